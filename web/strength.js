// Live strength of a typed passphrase, under the generate panel's field and the save field: the
// rater (client.js, rater.js) runs zxcvbn-ts on it and Python (sshkeys/strength.py) turns the
// guess count (never the passphrase) into an offline attacker's time for each private format as
// it would be saved now (bcrypt rounds, .ppk version and Argon2 costs from the Advanced
// options). A weak passphrase is allowed: this only says so. The passphrase stays in its field
// and the rater's message; nothing is kept.
import { $ } from "./dom.js";

const DEBOUNCE_MS = 300;   // one estimate per pause in typing, not one per key
const OPTION_FIELDS = ["rounds", "ppk-kdf", "ppk-memory", "ppk-passes", "ppk-parallelism", "ppk-v2"];

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
        else render(out, null, `The strength of this passphrase could not be estimated: ${error.message}`);
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
// follow, with their own rating where it is different. No reply: no passphrase.
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
    out.textContent = "No passphrase: the private key file will not be protected.";
    return;
  }
  const [main, ...others] = reply.estimates;
  if (!main) {
    out.hidden = true;   // no key that takes a passphrase
    return;
  }
  out.classList.add(main.rating.replace(" ", "-"));
  const rating = document.createElement("strong");
  rating.textContent = `${main.rating[0].toUpperCase()}${main.rating.slice(1)} passphrase.`;
  const advice = [reply.warning, reply.suggestions?.[0]].filter(Boolean).join(" ");
  out.append(rating, ` ${advice ? advice + " " : ""}An attacker with ${reply.attacker} would need `
    + `${main.time} to guess it offline against ${main.kdf}.`);
  if (main.rating.includes("weak")) out.append(" You can still use it.");
  if (others.length) {
    const detail = document.createElement("small");
    detail.textContent = "Saved as " + others.map((e) =>
      `${e.kdf}: ${e.time}${e.rating === main.rating ? "" : ` (${e.rating})`}`).join("; ") + ".";
    out.append(document.createElement("br"), detail);
  }
}
