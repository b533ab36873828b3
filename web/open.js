// The Open panel: a key file chosen, dropped or pasted, sent to the worker once; its passphrase
// asked for only when the worker says the file is protected.
import { $, show, say, sayMessage } from "./dom.js";
import { takeFiles, tooLarge } from "./files.js";

// A status about the key being opened: the file's name in it, or the pasted key's own words
// (name null) — open-opening, open-opening-pasted…
const about = (id, name) => (name === null ? { id: `${id}-pasted` } : { id, args: { name } });

export function setupOpen({ worker, state, mark, busy, updateButtons, strength, showKey }) {
  // A file's bytes go to the worker once. Its answer is the key, or that the file needs its
  // passphrase: the worker keeps the file (pending.opening) and only the passphrase follows.
  async function take(bytes, name) {
    forgetOpening();
    const pending = (state.pending = { bytes, name, opening: null });
    say("open-error", "");
    show($("open-passphrase-row"), false);
    $("open-passphrase").value = "";
    waitForPython(name);
    try {
      mark("open");
      const load = () => worker.call("load", { data: bytes, name });
      const reply = await (state.ready ? busy("open-status", about("open-opening", name), load) : load());
      state.waiting = null;
      if (reply.needs_passphrase) {
        pending.opening = reply.opening;
        askPassphrase(name);
      } else {
        opened(reply.key, name, "");
      }
    } catch (error) {
      state.waiting = null;
      state.pending = null;
      updateButtons();
      say("open-status", "");
      say("open-error", error.message);
    }
  }

  // A file given before Python is ready opens once it is (its size cap comes with it too).
  function waitForPython(name) {
    if (state.ready) return;
    state.waiting = { statusId: "open-status", message: about("open-opening-later", name) };
    sayMessage("open-status", state.waiting.message.id, state.waiting.message.args);
  }

  function askPassphrase(name) {
    show($("open-passphrase-row"), true);
    updateButtons();
    const { id, args } = about("open-protected", name);
    sayMessage("open-status", id, args);
    $("open-passphrase").focus();
  }

  function opened(key, name, passphrase) {
    show($("open-passphrase-row"), false);     // it was this file's: the next one asks anew
    const { id, args } = about("open-opened", name);
    sayMessage("open-status", id, args);
    $("save-passphrase").value = $("save-passphrase2").value = passphrase;
    strength.carry(null, "save-passphrase");
    $("open-passphrase").value = "";
    state.pending = null;
    updateButtons();
    showKey(key, { reveal: true });
    mark("opened");
  }

  // A file the worker keeps for its passphrase, given up for another (or none).
  function forgetOpening() {
    if (state.pending?.opening) worker.call("forget", { key: state.pending.opening }).catch(() => {});
  }

  async function openPending() {
    const { opening, name } = state.pending;
    const passphrase = $("open-passphrase").value;
    say("open-error", "");      // a new attempt: the last one's error no longer holds
    try {
      mark("open");
      const reply = await busy("open-status", about("open-opening", name), () =>
        worker.call("load", { opening, passphrase: passphrase || null }),
      );
      if (reply.needs_passphrase) askPassphrase(name);    // sent empty
      else opened(reply.key, name, passphrase);
    } catch (error) {
      say("open-status", "");
      say("open-error", error.message);
      if (error.type === "WrongPassphrase" || error.type === "PassphraseRequired") {
        show($("open-passphrase-row"), true);
        $("open-passphrase").select();
        $("open-passphrase").focus();
      }
    }
  }

  async function takeFile(file) {
    show($("open-passphrase-row"), false);     // the last file's, until this one's answer
    waitForPython(file.name);
    const large = await tooLarge(worker, file);
    if (large) {
      state.waiting = null;
      state.pending = null;
      updateButtons();
      say("open-status", "");
      say("open-error", large);
      return;
    }
    await take(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  takeFiles($("key-file"), $("drop-zone"), takeFile);

  $("paste").addEventListener("input", () => {
    forgetOpening();
    const text = $("paste").value.trim();
    state.pending = text ? { bytes: new TextEncoder().encode(text + "\n"), name: null } : null;
    show($("open-passphrase-row"), false);
    updateButtons();
  });

  $("open-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!state.pending || state.busy) return;
    if ($("open-passphrase-row").hidden) await take(state.pending.bytes, state.pending.name);
    else await openPending();
  });
}
