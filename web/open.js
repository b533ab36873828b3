// The Open panel: a key file chosen, dropped or pasted; its passphrase asked for only when the
// worker says the file is protected.
import { $, show, say } from "./dom.js";
import { takeFiles } from "./files.js";

// Key files are a few KB; refuse anything huge before reading it into memory.
const MAX_FILE_BYTES = 1 << 20;

export function setupOpen({ worker, state, mark, busy, updateButtons, strength, showKey }) {
  async function take(bytes, name) {
    state.pending = { bytes, name };
    say("open-error", "");
    show($("open-passphrase-row"), false);
    $("open-passphrase").value = "";
    if (!state.ready) {
      state.waiting = { statusId: "open-status", message: `Opening ${name} once Python is ready.` };
      say("open-status", state.waiting.message);
    }
    try {
      const { encrypted } = await worker.call("needs_passphrase", { data: bytes });
      state.waiting = null;
      show($("open-passphrase-row"), encrypted);
      updateButtons();
      if (encrypted) {
        say("open-status", `${name} is protected by a passphrase.`);
        $("open-passphrase").focus();
      } else {
        await openPending();
      }
    } catch (error) {
      state.waiting = null;
      state.pending = null;
      updateButtons();
      say("open-status", "");
      say("open-error", error.message);
    }
  }

  async function openPending() {
    const { bytes, name } = state.pending;
    const passphrase = $("open-passphrase").value;
    say("open-error", "");      // a new attempt: the last one's error no longer holds
    try {
      mark("open");
      const { key } = await busy("open-status", `Opening ${name}…`, () =>
        worker.call("load", { data: bytes, passphrase: passphrase || null, name }),
      );
      say("open-status", `Opened ${name}.`);
      $("save-passphrase").value = $("save-passphrase2").value = passphrase;
      strength.carry(null, "save-passphrase");
      $("open-passphrase").value = "";
      state.pending = null;
      updateButtons();
      showKey(key, { reveal: true });
      mark("opened");
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
    if (file.size > MAX_FILE_BYTES) {
      state.pending = null;
      updateButtons();
      say("open-error", `${file.name} is ${(file.size / 1048576).toFixed(1)} MB: that is not a key file.`);
      return;
    }
    await take(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  takeFiles($("key-file"), $("drop-zone"), takeFile);

  $("paste").addEventListener("input", () => {
    const text = $("paste").value.trim();
    state.pending = text ? { bytes: new TextEncoder().encode(text + "\n"), name: "The pasted key" } : null;
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
