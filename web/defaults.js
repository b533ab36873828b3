// The Advanced save fields show what a save writes when they are left empty (sshkeys/defaults.py)
// and stop at what a file may ask for (sshkeys/limits.py). Both come from the worker's
// capabilities once Python is ready: the page holds no copy. A field already typed into keeps
// its value; an element with data-default="format.option" says that default (its message, once
// the default is known, is the one without "-unknown", with the value as $rounds).
import { richMessage } from "./dom.js";

export function showDefaults({ save_defaults: save, limits }) {
  const field = (id, value, max) => {
    const input = document.getElementById(id);
    input.max = max;
    if (input.value === "" && value != null) input.value = value;
  };
  field("rounds", save.openssh.rounds, limits.bcrypt_rounds);
  field("ppk-memory", save.ppk.memory, limits.argon2_memory_kib);
  field("ppk-passes", save.ppk.passes, limits.argon2_passes);
  field("ppk-parallelism", save.ppk.parallelism, limits.argon2_parallelism);
  for (const el of document.querySelectorAll("[data-default]")) {
    const [format, option] = el.dataset.default.split(".");
    richMessage(el, el.dataset.l10nRich.replace(/-unknown$/, ""), { [option]: String(save[format][option]) });
  }
}
