// The page: renders state and exchanges messages with the worker. No key logic lives here:
// Python (in the worker) generates, parses, encrypts and names every file.
import { KeyWorker, Rater } from "./client.js";
import { showDefaults } from "./defaults.js";
import { takeFiles, tooLarge } from "./files.js";
import { renderHelp } from "./help.js";
import { setupCheckView, setupKeyCheckup } from "./checkup.js";
import { setupCerts } from "./certs.js";
import { download, guardUnsaved, save, SaveCancelled, setupSaveAll } from "./saving.js";
import { setupHandoff } from "./handoff.js";
import { setupPassphrase } from "./passphrase.js";
import { setupStrength } from "./strength.js";

const $ = (id) => document.getElementById(id);
// User Timing marks ("sshkeys:ready", "sshkeys:generate" … "sshkeys:key-shown"): the page
// benchmark (bench/page.py) reads them; they hold no key material. "sshkeys:engine" holds which
// library does each primitive in this browser (the capabilities' primitives), for the tests.
const mark = (name, detail) => performance.mark(`sshkeys:${name}`, { detail });
const state = { ready: false, failed: false, busy: false, key: null, capabilities: null, commentEdited: false,
  pending: null, waiting: null };

// Start the worker before anything else: Python takes the longest to arrive.
const worker = new KeyWorker({
  onProgress({ stage, loaded, total }) {
    const bar = $("load-bar");
    bar.max = total || 1;
    bar.value = Math.min(loaded, total);
    const mb = (n) => (n / 1048576).toFixed(1);
    $("load-text").textContent = total ? `${stage}… ${mb(loaded)} of ${mb(total)} MB` : `${stage}…`;
    // A request made before Python is ready shows the loading where it was asked for.
    if (state.waiting) say(state.waiting.statusId, `${state.waiting.message} Python is still loading (${$("load-text").textContent}).`);
  },
  onReady({ capabilities, version, timings }) {
    // The worker's stages on this page's timeline (bench/page.py reports them).
    const offset = timings.script - performance.timeOrigin;
    const stages = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(k === "script" ? offset : offset + v)]));
    mark("ready", stages);
    mark("engine", capabilities.primitives);
    state.ready = true;
    state.capabilities = capabilities;
    $("loading").classList.add("done");
    $("load-bar").value = $("load-bar").max;
    $("load-text").textContent = "Ready. Nothing you do here leaves this page.";
    $("version").textContent = `sshkeys ${version}`;
    showDefaults(capabilities);
    for (const type of capabilities.types) {
      const input = document.querySelector(`input[name=family][value="${type.family}"]`);
      if (input && !type.supported) {
        input.disabled = true;
        input.closest("label").querySelector("small").textContent =
          "Not available in this browser: its cryptography library does not provide this type.";
      }
    }
    suggestComment();
    updateButtons();
    if (state.waiting) say(state.waiting.statusId, state.waiting.message);
    pregenerate();
  },
  onFatal(message) {
    state.failed = true;
    $("loading").classList.add("failed");
    $("load-text").textContent = `${message} Reload the page to try again.`;
    updateButtons();
  },
});
// The passphrase rater's script comes next (its worker starts on the first rating).
const rater = new Rater(worker.inline);

// -- presets from the query string, embed mode (applied below, once the listeners exist) ------
import { applyOptions, readOptions } from "./options.js";
const options = readOptions(location.search);

// -- small helpers ---------------------------------------------------------------------------
function show(el, visible) {
  el.hidden = !visible;
}

function say(id, text) {
  const el = $(id);
  el.textContent = text;
  if (el.classList.contains("error")) show(el, Boolean(text));
}

// Generate and Open work from the first paint: a request made while Python loads waits in the
// worker's queue and is answered once it is ready.
function updateButtons() {
  $("generate").disabled = state.failed || state.busy;
  $("open").disabled = state.failed || state.busy || !state.pending;
  for (const button of document.querySelectorAll("button.download, #save-all, #apply-comment, #copy, #clear, #fix-resave, #fix-new-key")) {
    button.disabled = state.busy;
  }
}

// Work runs in the worker, so the page stays responsive; anything that takes over a second
// shows the seconds passing beside its status (hidden from screen readers, which would
// otherwise hear every tick; the status itself says what is happening).
async function busy(statusId, message, task) {
  state.busy = true;
  updateButtons();
  document.body.setAttribute("aria-busy", "true");
  say(statusId, message);
  if (!state.ready) state.waiting = { statusId, message };
  const elapsed = document.createElement("span");
  elapsed.className = "elapsed";
  elapsed.setAttribute("aria-hidden", "true");
  $(statusId).after(elapsed);
  const started = performance.now();
  const ticker = setInterval(() => {
    elapsed.textContent = `${Math.round((performance.now() - started) / 1000)} s`;
  }, 1000);
  try {
    return await task();
  } finally {
    state.waiting = null;
    clearInterval(ticker);
    elapsed.remove();
    state.busy = false;
    document.body.removeAttribute("aria-busy");
    updateButtons();
  }
}

// How long the slow types take, measured in the three engines on a 2-core machine
// (bench/page.py): said before the work starts, so a wait is expected, not a surprise.
function expectedWait(family, bits) {
  if (family === "rsa" && bits >= 8192) return " RSA 8192 and larger can take a minute or more.";
  if (family === "rsa" && bits >= 4096) return " RSA 4096 usually takes a few seconds, now and then up to 15.";
  if (family === "dsa") return " DSA takes a few seconds.";
  return "";
}

function selectedFamily() {
  return document.querySelector("input[name=family]:checked").value;
}

function selectedBits(family) {
  if (family === "rsa") return Number($("rsa-bits").value);
  if (family === "ecdsa") return Number($("ecdsa-bits").value);
  return null;
}

function suggestComment() {
  if (state.commentEdited || !state.capabilities) return;
  $("comment").value = options.comment ?? state.capabilities.default_comments[selectedFamily()];
}

function passphrasePair(first, second, errorId) {
  const a = $(first).value;
  if (a !== $(second).value) {
    say(errorId, "The two passphrases do not match.");
    $(second).focus();
    return null;
  }
  say(errorId, "");
  return a;
}

// -- tabs (WAI-ARIA tabs pattern: arrow keys move between tabs) -------------------------------
function setupTabs(tablist, onSelect) {
  const tabs = [...tablist.querySelectorAll("[role=tab]")];
  const select = (tab, focus) => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
    }
    if (focus) tab.focus();
    onSelect(tab);
  };
  tablist.addEventListener("click", (e) => {
    const tab = e.target.closest("[role=tab]");
    if (tab) select(tab, false);
  });
  tablist.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(document.activeElement);
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i };
    if (i < 0 || !(e.key in moves)) return;
    e.preventDefault();
    select(tabs[(i + moves[e.key] + tabs.length) % tabs.length], true);
  });
  return select;
}

setupTabs(document.querySelector("main > .tabs"), (tab) => {
  show($("panel-generate"), tab.id === "tab-generate");
  show($("panel-open"), tab.id === "tab-open");
  show($("panel-check"), tab.id === "tab-check");
  show($("panel-certs"), tab.id === "tab-certs");
});

let helpOs = "putty";
setupTabs(document.querySelector(".next .tabs"), (tab) => {
  helpOs = tab.id.slice(3);
  $("help").setAttribute("aria-labelledby", tab.id);
  if (state.key) renderHelp($("help"), helpOs, state.key);
});

// -- generate ----------------------------------------------------------------------------------
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

// While the user reads the form, the worker makes one key of the selected type and size in
// advance (sshkeys.session), so that Generate shows it at once; a new selection replaces it.
// Asked for once the selection has stood still for a moment (someone trying the types in turn
// would otherwise set an RSA key going for each) and the page is idle.
// (An idle period may never come in a page that draws nothing: a second at most.)
const whenIdle = self.requestIdleCallback
  ? (fn) => requestIdleCallback(fn, { timeout: 1000 }) : (fn) => setTimeout(fn, 0);
const SETTLED_MS = 400;
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
$("comment").addEventListener("input", () => (state.commentEdited = true));

for (const [box, fields] of [
  ["show-passphrase", ["passphrase", "passphrase2"]],
  ["show-save-passphrase", ["save-passphrase", "save-passphrase2"]],
]) {
  $(box).addEventListener("change", () => {
    for (const id of fields) $(id).type = $(box).checked ? "text" : "password";
  });
}

$("generate-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  if (state.failed || state.busy) return;
  const passphrase = passphrasePair("passphrase", "passphrase2", "passphrase-error");
  if (passphrase === null) return;
  const family = selectedFamily();
  const slow = expectedWait(family, selectedBits(family));
  try {
    mark("generate");
    const started = performance.now();
    const { key, made_in_advance } = await busy("generate-status", `Generating…${slow}`, () =>
      // Before Python is ready the comment is not suggested yet: Python's default it is.
      worker.call("generate", { family, bits: selectedBits(family),
        comment: state.ready || state.commentEdited ? $("comment").value : null }),
    );
    say("generate-status", `Generated in ${Math.max(1, Math.round(performance.now() - started))} ms.`);
    $("save-passphrase").value = $("save-passphrase2").value = passphrase;
    strength.carry("passphrase", "save-passphrase");
    showKey(key, { fresh: true });
    mark("key-shown", { made_in_advance });
    pregenerate();      // the next Generate gets a new key at once too
  } catch (error) {
    say("generate-status", "");
    say("passphrase-error", error.message);
  }
});

// -- open ------------------------------------------------------------------------------------
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
    const reply = await (state.ready ? busy("open-status", `Opening ${name}…`, load) : load());
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
  state.waiting = { statusId: "open-status", message: `Opening ${name} once Python is ready.` };
  say("open-status", state.waiting.message);
}

function askPassphrase(name) {
  show($("open-passphrase-row"), true);
  updateButtons();
  say("open-status", `${name} is protected by a passphrase.`);
  $("open-passphrase").focus();
}

function opened(key, name, passphrase) {
  say("open-status", `Opened ${name}.`);
  $("save-passphrase").value = $("save-passphrase2").value = passphrase;
  strength.carry(null, "save-passphrase");
  $("open-passphrase").value = "";
  state.pending = null;
  updateButtons();
  showKey(key);
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
    const reply = await busy("open-status", `Opening ${name}…`, () =>
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

// -- the result ------------------------------------------------------------------------------
const unsaved = guardUnsaved($("unsaved"));

function showKey(key, { fresh = false } = {}) {
  // The worker keeps only the key on screen: the one this replaces is forgotten.
  if (state.key && state.key.id !== key.id) worker.call("forget", { key: state.key.id }).catch(() => {});
  state.key = key;
  unsaved.shown(key, { fresh });
  fitSaveAll(key);
  showHandoff(key);
  const half = key.private ? "Private and public key" : "Public key only";
  $("key-summary").textContent = `${half}: ${key.type}, ${key.bits} bits, comment “${key.comment}”.`;
  const note = [key.comment_warning, key.note].filter(Boolean).join(" ");
  $("key-note").textContent = note;
  show($("key-note"), Boolean(note));
  $("public-key").value = key.public_line;
  $("fp-sha256").textContent = key.sha256;
  $("fp-md5").textContent = key.md5;
  $("randomart").textContent = key.randomart;
  $("edit-comment").value = key.comment;
  say("copy-status", "");
  say("download-status", "");
  for (const button of document.querySelectorAll("button.download")) {
    const allowed = key.formats.includes(button.dataset.format);
    show(button, allowed);
  }
  for (const row of document.querySelectorAll(".download-grid > div")) {
    show(row, [...row.querySelectorAll("button.download")].some((b) => !b.hidden));
  }
  show($("save-passphrase-group"), key.private);
  strength.refresh();
  showCheckup(key);
  showCertificate(key);
  renderHelp($("help"), helpOs, key);
  show($("result"), true);
  $("result").focus();
}

$("copy").addEventListener("click", async () => {
  const text = $("public-key").value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older browsers, or no clipboard permission: copy the selection the classic way.
    $("public-key").select();
    if (!document.execCommand("copy")) {
      say("copy-status", "Copying was blocked: the key is selected, press Ctrl+C (⌘C) to copy it.");
      return;
    }
  }
  say("copy-status", "Copied to the clipboard.");
});

// Enter in the comment field applies it; the form is never submitted anywhere.
$("edit-form").addEventListener("submit", (e) => {
  e.preventDefault();
  $("apply-comment").click();
});

$("apply-comment").addEventListener("click", async () => {
  try {
    const { key } = await busy("download-status", "", () =>
      worker.call("set_comment", { key: state.key.id, comment: $("edit-comment").value }),
    );
    showKey(key);
    unsaved.changed(key, "the new comment");
    say("download-status", "Comment changed: save the files again to keep it.");
  } catch (error) {
    say("save-error", error.message);
  }
});

// The Advanced fields' save options; one left empty is left out, and the save uses its default
// (sshkeys/defaults.py).
function saveOptions(format) {
  const number = (id) => Number($(id).value);
  const options = format === "openssh" ? { rounds: number("rounds") }
    : format === "ppk" ? { version: $("ppk-v2").checked && 2, kdf: $("ppk-kdf").value,
      memory: number("ppk-memory"), passes: number("ppk-passes"), parallelism: number("ppk-parallelism") }
    : {};
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value));
}

for (const button of document.querySelectorAll("button.download")) {
  button.addEventListener("click", async () => {
    const format = button.dataset.format;
    const isPrivate = button.hasAttribute("data-private");
    const passphrase = isPrivate ? passphrasePair("save-passphrase", "save-passphrase2", "save-error") : null;
    if (passphrase === null && isPrivate) return;
    try {
      mark("save");
      const { filename } = await worker.call("file_name", { key: state.key.id, format });
      const how = await save(filename, () => busy("download-status", "Preparing the file…", () =>
        worker.call("save", { key: state.key.id, format, passphrase: passphrase || null, options: saveOptions(format) }),
      ));
      mark("saved");
      unsaved.saved(isPrivate);
      const protectedNote = isPrivate ? (passphrase ? ", protected by your passphrase" : ", without a passphrase") : "";
      say("download-status", `${how === "written" ? "Saved" : "Saved to your downloads:"} ${filename}${protectedNote}.`);
    } catch (error) {
      say("download-status", error instanceof SaveCancelled ? error.message : "");
      if (!(error instanceof SaveCancelled)) say("save-error", error.message);
    }
  });
}

// Clear ends the worker, and with it every byte of its memory, and starts a fresh one; the
// rater, which has seen the passphrases, ends too (the next rating starts another).
function clearAll() {
  unsaved.forget();
  worker.restart();
  rater.stop();
  state.ready = false;
  $("loading").classList.remove("done");
  state.key = null;
  state.pending = null;
  for (const id of ["passphrase", "passphrase2", "save-passphrase", "save-passphrase2", "open-passphrase",
    "public-key", "paste", "edit-comment"]) {
    $(id).value = "";
  }
  for (const id of ["fp-sha256", "fp-md5", "fp-bubblebabble", "qr-code", "randomart", "key-summary", "help"]) $(id).textContent = "";
  show($("result"), false);
  say("generate-status", "Cleared: the key is gone from this page.");
  strength.refresh();
  state.commentEdited = false;
  suggestComment();
  updateButtons();
}

$("clear").addEventListener("click", () => {
  clearAll();
  $("generate").focus();
});
// Leaving the page ends the worker too; a page the browser brings back from its cache starts
// afresh.
addEventListener("pagehide", () => {
  worker.stop();
  rater.stop();
});
addEventListener("pageshow", (event) => {
  if (event.persisted) clearAll();
});

const showHandoff = setupHandoff(worker);
setupPassphrase(worker);
const strength = setupStrength({ worker, rater, saveOptions, fields: [
  { input: "passphrase", output: "passphrase-strength", family: selectedFamily, formats: () => null,
    comment: () => $("comment").value },
  { input: "save-passphrase", output: "save-passphrase-strength", family: () => state.key?.family,
    formats: () => state.key?.formats ?? [], comment: () => state.key?.comment },
] });
const fitSaveAll = setupSaveAll({ worker, busy, saveOptions, say, unsaved, current: () => state.key,
  passphrase: () => passphrasePair("save-passphrase", "save-passphrase2", "save-error") });
const showCheckup = setupKeyCheckup({ worker, busy, showKey: (key) => showKey(key, { fresh: key.id !== state.key?.id }),
  download: (file) => download(file).then(() => unsaved.saved(true)),
  passphrase: () => passphrasePair("save-passphrase", "save-passphrase2", "save-error") });
setupCheckView(worker);
const showCertificate = setupCerts({ worker, busy, download, showKey });

applyOptions(options);
updateButtons();

// Offline after the first visit: sw.js keeps this build's files. (The one-file edition, opened
// from disk, needs none.)
// A new build's service worker waits until no tab of this one is open: say so, and let the
// user switch now (after saving: a reload clears the key).
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  addEventListener("load", async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register("sw.js");
    } catch (error) {
      console.warn(`No offline copy: ${error.message}`);
      return;
    }
    const offer = () => {
      if (registration.waiting && navigator.serviceWorker.controller) show($("update"), true);
    };
    offer();
    registration.addEventListener("updatefound", () => {
      registration.installing?.addEventListener("statechange", offer);
    });
    $("update-reload").addEventListener("click", () => {
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload());
      registration.waiting?.postMessage("take-over");
    });
  });
}
