// The Generate panel: the key type and size, the comment suggested for it, the passphrase, and
// a key of the selected type made in advance while the user reads the form.
import { $, show, say, sayMessage } from "./dom.js";

// How long the slow types take, measured in the three engines on a 2-core machine
// (bench/page.py): said before the work starts, so a wait is expected, not a surprise.
// Returns the status message's id.
function generating(family, bits) {
  if (family === "rsa" && bits >= 8192) return "gen-generating-rsa-8192";
  if (family === "rsa" && bits >= 4096) return "gen-generating-rsa-4096";
  if (family === "dsa") return "gen-generating-dsa";
  return "gen-generating";
}

export function selectedFamily() {
  return document.querySelector("input[name=family]:checked").value;
}

function selectedBits(family) {
  if (family === "rsa") return Number($("rsa-bits").value);
  if (family === "ecdsa") return Number($("ecdsa-bits").value);
  return null;
}

// While the user reads the form, the worker makes one key of the selected type and size in
// advance (sshkeys.session), so that Generate shows it at once; a new selection replaces it.
// Asked for once the selection has stood still for a moment (someone trying the types in turn
// would otherwise set an RSA key going for each) and the page is idle.
// (An idle period may never come in a page that draws nothing: a second at most.)
const whenIdle = self.requestIdleCallback
  ? (fn) => requestIdleCallback(fn, { timeout: 1000 }) : (fn) => setTimeout(fn, 0);
const SETTLED_MS = 400;

// Returns { suggestComment, pregenerate } for the page to call once the worker is ready.
export function setupGenerate({ worker, state, options, mark, busy, passphrasePair, strength, showKey }) {
  function suggestComment() {
    if (state.commentEdited || !state.capabilities) return;
    $("comment").value = options.comment ?? state.capabilities.default_comments[selectedFamily()];
  }

  let pregenerateTimer = null;
  function pregenerate() {
    clearTimeout(pregenerateTimer);
    pregenerateTimer = setTimeout(() => whenIdle(() => {
      if (!state.ready || state.busy) return;
      const family = selectedFamily();
      mark("pregenerate", { family });
      worker.call("pregenerate", { family, bits: selectedBits(family) }).catch(() => {});
    }), SETTLED_MS);
  }

  document.querySelectorAll("input[name=family]").forEach((input) =>
    input.addEventListener("change", () => {
      const family = selectedFamily();
      show($("rsa-size-row"), family === "rsa");
      show($("ecdsa-curve-row"), family === "ecdsa");
      suggestComment();
      pregenerate();
    }),
  );
  for (const id of ["rsa-bits", "ecdsa-bits"]) $(id).addEventListener("change", () => pregenerate());
  $("comment").addEventListener("input", () => (state.commentEdited = true));

  $("generate-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    if (state.failed || state.busy) return;
    const passphrase = passphrasePair("passphrase", "passphrase2", "passphrase-error");
    if (passphrase === null) return;
    const family = selectedFamily();
    const message = { id: generating(family, selectedBits(family)) };
    try {
      mark("generate");
      const started = performance.now();
      const { key, made_in_advance } = await busy("generate-status", message, () =>
        // Before Python is ready the comment is not suggested yet: Python's default it is.
        worker.call("generate", { family, bits: selectedBits(family),
          comment: state.ready || state.commentEdited ? $("comment").value : null }),
      );
      sayMessage("generate-status", "gen-generated", { ms: Math.max(1, Math.round(performance.now() - started)) });
      $("save-passphrase").value = $("save-passphrase2").value = passphrase;
      strength.carry("passphrase", "save-passphrase");
      showKey(key, { fresh: true, reveal: true });
      mark("key-shown", { made_in_advance });
      pregenerate();      // the next Generate gets a new key at once too
    } catch (error) {
      say("generate-status", "");
      say("passphrase-error", error.message);
    }
  });

  return { suggestComment, pregenerate };
}
