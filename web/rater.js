// The passphrase rater: zxcvbn-ts with its common and English dictionaries, in a worker of its
// own that the page (client.js Rater) starts on the first rating. build.py bundles it into
// dist/rater.js; the page fetches it with the key worker and checks its sha384 (index.html).
//
// Page -> rater: {id, passphrase, userInputs}
// Rater -> page: {id, guessesLog10, feedback: {warning, suggestions}} | {id, error}
//
// The feedback is zxcvbn-ts's keys ("common", "anotherWord"), not its English sentences: the
// page says them in its own language (web/locales/<tag>/strength.ftl). The English word lists
// stay: they find the words a passphrase is made of, whatever language the page speaks.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

// Unpacking and ranking the dictionaries takes about 0.25 s: done once, on the first rating.
let zxcvbn = null;

self.onmessage = ({ data: { id, passphrase, userInputs } }) => {
  try {
    zxcvbn ??= new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      // no translations: zxcvbn-ts then gives its translation keys
    });
    // userInputs (the key's comment) count as known words.
    const { guessesLog10, feedback } = zxcvbn.check(String(passphrase), userInputs.map(String));
    self.postMessage({ id, guessesLog10, feedback: { warning: feedback.warning, suggestions: feedback.suggestions } });
  } catch (error) {
    self.postMessage({ id, error: String(error.message || error) });
  }
};
