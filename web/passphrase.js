// Suggested passphrases: words of the EFF large word list (7,776 words), chosen in the worker
// with the browser's CSPRNG (crypto.getRandomValues, without modulo bias). Each word adds
// log2(7776) ≈ 12.9 bits; the page says how many the passphrase has. Nothing is stored.
import { $, say, sayMessage } from "./dom.js";

export function setupPassphrase(worker) {
  $("suggest").addEventListener("click", async () => {
    try {
      const { passphrase, words, list_size, bits } = await worker.call("passphrase", { words: Number($("suggest-words").value) });
      for (const id of ["passphrase", "passphrase2"]) {
        $(id).value = passphrase;
        $(id).type = "text";       // a passphrase to write down must be seen
        // The strength line follows it, counting its entropy until the user edits it.
        $(id).dataset.entropyBits = bits;
        $(id).dispatchEvent(new CustomEvent("input", { detail: { suggested: true } }));
      }
      $("show-passphrase").checked = true;
      sayMessage("suggest-info", "gen-suggested", { words, size: list_size, bits });
    } catch (error) {
      say("suggest-info", error.message);
    }
  });
}
