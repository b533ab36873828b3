// Live strength of a typed passphrase, under the generate panel's field and the save field: the
// rater (client.js, rater.js) runs zxcvbn-ts on it and Python (sshkeys/strength.py) turns the
// guess count (never the passphrase) into an offline attacker's time for each private format as
// it would be saved now (bcrypt rounds, .ppk version and Argon2 costs from the Advanced
// options). A weak passphrase is allowed: this only says so. The passphrase stays in its field
// and the rater's message; nothing is kept.
import { $ } from "./dom.js";
import { onLanguageChange, t } from "./l10n.js";

const DEBOUNCE_MS = 300;   // one estimate per pause in typing, not one per key
const OPTION_FIELDS = ["rounds", "ppk-kdf", "ppk-memory", "ppk-passes", "ppk-parallelism", "ppk-v2"];

// zxcvbn-ts's feedback keys (rater.js) -> this page's messages (strength.ftl).
const WARNINGS = {
  straightRow: "strength-warning-straight-row", keyPattern: "strength-warning-key-pattern",
  simpleRepeat: "strength-warning-simple-repeat", extendedRepeat: "strength-warning-extended-repeat",
  sequences: "strength-warning-sequences", recentYears: "strength-warning-recent-years",
  dates: "strength-warning-dates", topTen: "strength-warning-top-ten",
  topHundred: "strength-warning-top-hundred", common: "strength-warning-common",
  similarToCommon: "strength-warning-similar-to-common", wordByItself: "strength-warning-word-by-itself",
  namesByThemselves: "strength-warning-names-by-themselves", commonNames: "strength-warning-common-names",
  userInputs: "strength-warning-user-inputs", pwned: "strength-warning-pwned",
};
const SUGGESTIONS = {
  l33t: "strength-suggestion-l33t", reverseWords: "strength-suggestion-reverse-words",
  allUppercase: "strength-suggestion-all-uppercase", capitalization: "strength-suggestion-capitalization",
  dates: "strength-suggestion-dates", recentYears: "strength-suggestion-recent-years",
  associatedYears: "strength-suggestion-associated-years", sequences: "strength-suggestion-sequences",
  repeated: "strength-suggestion-repeated", longerKeyboardPattern: "strength-suggestion-longer-keyboard-pattern",
  anotherWord: "strength-suggestion-another-word", useWords: "strength-suggestion-use-words",
  noNeed: "strength-suggestion-no-need", pwned: "strength-suggestion-pwned",
};
// A key this page has no message for is left unsaid (a newer zxcvbn-ts's), never shown raw.
const said = (messages, key) => (Object.hasOwn(messages, key) ? t(messages[key]) : "");

export function setupStrength({ worker, rater, saveOptions, fields }) {
  const embed = () => document.documentElement.classList.contains("embed");

  const watchers = fields.map(({ input, output, family, formats, comment }) => {
    const out = $(output);
    let asked = 0;
    let timer = null;

    async function update() {
      const ask = ++asked;
      const passphrase = $(input).value;
      if (!passphrase) {
        render(out, null);
        return;
      }
      const offered = formats() ?? (embed() ? ["openssh", "ppk"] : null);   // embed mode saves only these
      try {
        const { guessesLog10, feedback } = await rater.rate(passphrase, [comment()].filter(Boolean));
        const reply = await worker.call("strength", {
          guesses_log10: guessesLog10, family: family(), formats: offered,
          entropy_bits: Number($(input).dataset.entropyBits) || null,
          options: { openssh: saveOptions("openssh"), ppk: saveOptions("ppk") },
        });
        if (ask === asked) render(out, { ...reply, ...feedback });
      } catch (error) {
        if (ask !== asked) return;
        if (error.type === "Stopped") out.hidden = true;   // Clear restarted it: the next keystroke asks again
        else render(out, null, t("strength-failed", { error: error.message }));
      }
    }

    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(update, DEBOUNCE_MS);
    };
    $(input).addEventListener("input", (event) => {
      // A suggested passphrase (passphrase.js) is counted by its entropy until it is edited.
      if (!event.detail?.suggested) delete $(input).dataset.entropyBits;
      later();
    });
    return { later, update };
  });

  const all = () => watchers.forEach((w) => w.later());
  for (const id of OPTION_FIELDS) {
    $(id).addEventListener("input", all);
    $(id).addEventListener("change", all);
  }
  document.querySelectorAll("input[name=family]").forEach((el) => el.addEventListener("change", all));
  watchers.forEach((w) => w.update());
  // Another language: Python's words (the times, the attacker) come again in it, and the line
  // is said again in it. (app.js tells the worker first: its listener was registered earlier.)
  onLanguageChange(all);
  // A field given another's value by the page (not typed) counts as that one did: a suggested
  // passphrase keeps its entropy; from = null, it is a typed one.
  const carry = (from, to) => {
    const bits = from && $(from).dataset.entropyBits;
    if (bits) $(to).dataset.entropyBits = bits;
    else delete $(to).dataset.entropyBits;
  };
  return { refresh: all, carry };
}

// The first estimate (OpenSSH, the first format offered) gives the rating; the other formats
// follow, with their own rating where it is different. No reply: no passphrase. A rating is
// Python's word ("very weak"), said here as a message (its key: "very-weak").
function render(out, reply, failure = "") {
  out.hidden = false;
  out.replaceChildren();
  out.className = "strength";
  if (failure) {
    out.classList.add("failed");
    out.textContent = failure;
    return;
  }
  if (!reply) {
    out.classList.add("none");
    out.textContent = t("strength-none");
    return;
  }
  const [main, ...others] = reply.estimates;
  if (!main) {
    out.hidden = true;   // no key that takes a passphrase
    return;
  }
  const rated = (e) => e.rating.replace(" ", "-");
  out.classList.add(rated(main));
  const rating = document.createElement("strong");
  rating.textContent = t("strength-rating", { rating: rated(main) });
  // Whole sentences, each its own message, one after another.
  const sentences = [said(WARNINGS, reply.warning), said(SUGGESTIONS, reply.suggestions?.[0]),
    t("strength-attack", { attacker: reply.attacker, time: main.time, kdf: main.kdf })];
  if (main.rating.includes("weak")) sentences.push(t("strength-still-usable"));
  out.append(rating, ` ${sentences.filter(Boolean).join(" ")}`);
  if (others.length) {
    const detail = document.createElement("small");
    const items = others.map((e) => (e.rating === main.rating
      ? t("strength-saved-item", { kdf: e.kdf, time: e.time })
      : t("strength-saved-item-rated", { kdf: e.kdf, time: e.time, rating: rated(e) })));
    detail.textContent = t("strength-saved", { estimates: items.join(t("strength-saved-separator")) });
    out.append(document.createElement("br"), detail);
  }
}
