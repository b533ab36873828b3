// Saving files the user can trust, and not leaving with a key that was never saved.
//
// Where the browser offers the File System Access API (Chromium), a save opens the system's
// save dialog with the suggested name, and is reported done only once the file is written and
// closed. Elsewhere it is a download. Downloads are queued and spaced: Chromium silently drops
// the downloads of a tab past about ten started within a second (tests/test_saving.py makes
// 40 in a row in every engine).
import { $, sayMessage } from "./dom.js";
import { setMessage, t } from "./l10n.js";

const DOWNLOAD_GAP_MS = 250;   // at most four downloads a second

export class SaveCancelled extends Error {}

let queue = Promise.resolve();
let lastStart = -Infinity;

// Resolves once the browser has been handed the download (when it lands is its own business).
export function download({ data, filename, mime }) {
  const start = async () => {
    const wait = lastStart + DOWNLOAD_GAP_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastStart = performance.now();
    const url = URL.createObjectURL(new Blob([data], { type: mime }));
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.click();
    // Revoke once the browser has surely read the blob; the link was never in the document.
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
  queue = queue.then(start, start);
  return queue;
}

// The save dialog, when this page may open one: not in a cross-origin frame (embed mode), where
// the browser refuses it, and not from disk (file://), where there is no secure origin.
function pickerOffered() {
  if (typeof window.showSaveFilePicker !== "function") return false;
  try {
    return window.top === window || window.top.location.origin === location.origin;
  } catch {
    return false;       // a cross-origin parent
  }
}

// save(name, make): `name` is the suggested file name; `make()` resolves with the file
// ({data, filename, mime}) and runs only once the user has chosen where it goes (the dialog
// must open while the click that asked for it still counts). Resolves with how it was saved:
// "written" (the file is on disk) or "downloaded" (handed to the browser's downloads).
// Rejects with SaveCancelled when the user closes the dialog.
export async function save(name, make) {
  if (!pickerOffered()) {
    await download(await make());
    return "downloaded";
  }
  let handle;
  try {
    handle = await window.showSaveFilePicker({ suggestedName: name, id: "sshkeys" });
  } catch (error) {
    if (error.name === "AbortError") throw new SaveCancelled(t("save-cancelled"));
    if (error.name !== "SecurityError" && error.name !== "NotAllowedError") throw error;
    await download(await make());     // the browser will not show a dialog here after all
    return "downloaded";
  }
  const file = await make();
  const writable = await handle.createWritable();
  try {
    await writable.write(new Blob([file.data], { type: file.mime }));
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw new Error(t("save-not-written", { filename: handle.name, error: error.message }));
  }
  return "written";
}

// The guard: while a private key that was generated or changed here has not been saved in a
// private format, leaving the page asks first, and `notice` says what is unsaved.
// onChange(unsaved) hears each change: the next steps stay open until the key is saved.
export function guardUnsaved(notice, onChange = () => {}) {
  let unsaved = null;    // what is unsaved: the message id that says so; null when nothing is
  const render = () => {
    if (unsaved) setMessage(notice, unsaved);
    else {
      delete notice.dataset.l10nId;
      notice.textContent = "";
    }
    notice.hidden = !unsaved;
    onChange(unsaved);
  };
  addEventListener("beforeunload", (event) => {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = "";    // older browsers ask only when this is set
  });
  return {
    // A key on the page: a new one is unsaved; one opened from a file is saved as it was.
    shown(key, { fresh }) {
      if (key.private && fresh) {
        unsaved = "save-unsaved";
      } else if (!key.private) {
        unsaved = null;
      }
      render();
    },
    // `what`: the message that says what changed (save-unsaved-comment).
    changed(key, what) {
      if (!key.private) return;
      unsaved = what;
      render();
    },
    saved(isPrivate) {
      if (!isPrivate) return;
      unsaved = null;
      render();
    },
    forget() {
      unsaved = null;
      render();
    },
    get unsaved() {
      return unsaved;
    },
  };
}

// "Save all": one .zip made by Python (sshkeys.archive) with the private key in each format
// ticked, the .pub and NEXT-STEPS.txt. Returns the function that fits the ticks to a key.
export function setupSaveAll({ worker, busy, passphrase, saveOptions, say, current, unsaved }) {
  const boxes = [...document.querySelectorAll("input[name=save-all-format]")];
  $("save-all").addEventListener("click", async () => {
    const secret = passphrase();
    if (secret === null) return;
    const key = current();
    const formats = boxes.filter((b) => b.checked && !b.closest("label").hidden).map((b) => b.value);
    try {
      const { filename } = await worker.call("file_name", { key: key.id, format: "all" });
      const how = await save(filename, () => busy("download-status", { id: "save-preparing-zip" }, () =>
        worker.call("save_all", { key: key.id, formats, passphrase: secret || null,
          options: Object.fromEntries(formats.map((f) => [f, saveOptions(f)])) }),
      ));
      unsaved.saved(true);
      sayMessage("download-status", "save-all-done", { how, filename, protection: secret ? "passphrase" : "none" });
    } catch (error) {
      say("download-status", error instanceof SaveCancelled ? error.message : "");
      if (!(error instanceof SaveCancelled)) say("save-error", error.message);
    }
  });
  return (key) => {
    $("save-all-group").hidden = !key.private;
    for (const box of boxes) box.closest("label").hidden = !key.formats.includes(box.value);
  };
}

// The Advanced fields' save options; one left empty is left out, and the save uses its default
// (sshkeys/defaults.py).
export function saveOptions(format) {
  const number = (id) => Number($(id).value);
  const options = format === "openssh" ? { rounds: number("rounds") }
    : format === "ppk" ? { version: $("ppk-v2").checked && 2, kdf: $("ppk-kdf").value,
      memory: number("ppk-memory"), passes: number("ppk-passes"), parallelism: number("ppk-parallelism") }
    : {};
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value));
}

// The save buttons (button.download, data-format): each asks the worker for its file, protected
// by the passphrase when it is a private key. Returns the function that fits them to a key.
export function setupSaveButtons({ worker, busy, mark, passphrase, say, current, unsaved }) {
  for (const button of document.querySelectorAll("button.download")) {
    button.addEventListener("click", async () => {
      const format = button.dataset.format;
      const isPrivate = button.hasAttribute("data-private");
      const secret = isPrivate ? passphrase() : null;
      if (secret === null && isPrivate) return;
      const key = current();
      try {
        mark("save");
        const { filename } = await worker.call("file_name", { key: key.id, format });
        const how = await save(filename, () => busy("download-status", { id: "save-preparing" }, () =>
          worker.call("save", { key: key.id, format, passphrase: secret || null, options: saveOptions(format) }),
        ));
        mark("saved");
        unsaved.saved(isPrivate);
        const protection = isPrivate ? (secret ? "passphrase" : "none") : "public";
        sayMessage("download-status", "save-done", { how, filename, protection });
      } catch (error) {
        say("download-status", error instanceof SaveCancelled ? error.message : "");
        if (!(error instanceof SaveCancelled)) say("save-error", error.message);
      }
    });
  }
  return (key) => {
    for (const button of document.querySelectorAll("button.download")) {
      button.hidden = !key.formats.includes(button.dataset.format);
    }
    for (const row of document.querySelectorAll(".download-grid > div")) {
      row.hidden = ![...row.querySelectorAll("button.download")].some((b) => !b.hidden);
    }
    $("other-formats").hidden = !$("other-formats").querySelector("button.download:not([hidden])");
  };
}
