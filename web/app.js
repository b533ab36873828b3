// The page: renders state and exchanges messages with the worker. No key logic lives here:
// Python (in the worker) generates, parses, encrypts and names every file.
import { KeyWorker, Rater } from "./client.js";
import { showDefaults } from "./defaults.js";
import { $, localizeRich, show, say, sayMessage } from "./dom.js";
import { applyOptions, readOptions } from "./options.js";
import { selectedFamily, setupGenerate } from "./generate.js";
import { setupOpen } from "./open.js";
import { fitNextSteps, setupResult, setupTabs } from "./result.js";
import { setupCheckView, setupKeyCheckup } from "./checkup.js";
import { setupCerts } from "./certs.js";
import { setupSign } from "./sign.js";
import { download, guardUnsaved, saveOptions, setupSaveAll, setupSaveButtons } from "./saving.js";
import { setupHandoff } from "./handoff.js";
import { setupPassphrase } from "./passphrase.js";
import { setupStrength } from "./strength.js";
import { chooseLanguage, currentLanguage, onLanguageChange, setLanguage, setMessage } from "./l10n.js";
import { languageMenu } from "./language.js";

// User Timing marks ("sshkeys:ready", "sshkeys:generate" … "sshkeys:key-shown"): the page
// benchmark (bench/page.py) reads them; they hold no key material. "sshkeys:engine" holds which
// library does each primitive in this browser (the capabilities' primitives), for the tests.
const mark = (name, detail) => performance.mark(`sshkeys:${name}`, { detail });
const state = { ready: false, failed: false, busy: false, key: null, capabilities: null, commentEdited: false,
  pending: null, waiting: null };

// The reader's language first: ?lang= (embed.js passes data-lang), else the browser's. A tag the
// page has no catalog for (or no tag at all) is said once in the console, for the page's author.
const asked = new URLSearchParams(location.search).get("lang");
setLanguage(chooseLanguage(asked));
if (asked !== null && asked.toLowerCase().split("-")[0] !== currentLanguage().toLowerCase().split("-")[0]) {
  console.info(`sshkeys: lang=${JSON.stringify(asked)} is not a language this page speaks: ` +
    `it speaks ${currentLanguage()}.`);
}
localizeRich(document);
onLanguageChange(() => localizeRich(document));
languageMenu(document.getElementById("language-menu"));

// Start the worker before anything else: Python takes the longest to arrive.
const worker = new KeyWorker({
  onProgress({ stage, loaded, total }) {
    const bar = $("load-bar");
    bar.max = total || 1;
    bar.value = Math.min(loaded, total);
    const mb = (n) => Math.round(n / 104857.6) / 10;
    const args = { stage };
    if (total) setMessage($("load-text"), "load-progress", { ...args, loaded: mb(loaded), total: mb(total) });
    else setMessage($("load-text"), "load-stage", args);
    // A request made before Python is ready shows the loading where it was asked for.
    if (state.waiting) sayWaiting(state.waiting);
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
    setMessage($("load-text"), "load-ready");
    $("version").textContent = `sshkeys ${version}`;
    showDefaults(capabilities);
    for (const type of capabilities.types) {
      const input = document.querySelector(`input[name=family][value="${type.family}"]`);
      if (input && !type.supported) {
        input.disabled = true;
        setMessage(input.closest("label").querySelector("small"), "gen-unsupported");
      }
    }
    generate.suggestComment();
    updateButtons();
    if (state.waiting) status(state.waiting.statusId, state.waiting.message);
    generate.pregenerate();
  },
  // {id, args}: a load-…-failed message.
  onFatal({ id, args }) {
    state.failed = true;
    $("loading").classList.add("failed");
    setMessage($("load-text"), id, args);
    updateButtons();
  },
});
worker.speak(currentLanguage());
onLanguageChange((lang) => worker.speak(lang));
// The passphrase rater's script comes next (its worker starts on the first rating).
const rater = new Rater(worker.inline);

// Presets from the query string, embed mode (applied below, once the listeners exist).
const options = readOptions(location.search);

// Generate and Open work from the first paint: a request made while Python loads waits in the
// worker's queue and is answered once it is ready.
function updateButtons() {
  $("generate").disabled = state.failed || state.busy;
  $("open").disabled = state.failed || state.busy || !state.pending;
  for (const button of document.querySelectorAll("button.download, #save-all, #apply-comment, #copy, #clear, #fix-resave, #fix-new-key")) {
    button.disabled = state.busy;
  }
}

// A status line: `message` is a catalog message ({id, args}), or text already in the page's
// language (Python's, or a view's t()).
function status(statusId, message) {
  if (typeof message === "string") say(statusId, message);
  else sayMessage(statusId, message.id, message.args);
}

// What was asked for, and that Python is still loading (with the loading line's progress): two
// sentences, each its own message.
function sayWaiting({ statusId, message }) {
  const asked = document.createElement("span");
  const loading = document.createElement("span");
  if (typeof message === "string") asked.textContent = message;
  else setMessage(asked, message.id, message.args);
  setMessage(loading, "load-waiting", { progress: $("load-text").textContent });
  say(statusId, "");
  $(statusId).append(...(asked.textContent ? [asked, " "] : []), loading);
}

// Work runs in the worker, so the page stays responsive; anything that takes over a second
// shows the seconds passing beside its status (hidden from screen readers, which would
// otherwise hear every tick; the status itself says what is happening).
async function busy(statusId, message, task) {
  state.busy = true;
  updateButtons();
  document.body.setAttribute("aria-busy", "true");
  status(statusId, message);
  if (!state.ready) state.waiting = { statusId, message };
  const elapsed = document.createElement("span");
  elapsed.className = "elapsed";
  elapsed.setAttribute("aria-hidden", "true");
  $(statusId).after(elapsed);
  const started = performance.now();
  const ticker = setInterval(() => {
    setMessage(elapsed, "busy-elapsed", { seconds: Math.round((performance.now() - started) / 1000) });
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

function passphrasePair(first, second, errorId) {
  const a = $(first).value;
  if (a !== $(second).value) {
    sayMessage(errorId, "gen-mismatch");
    $(second).focus();
    return null;
  }
  say(errorId, "");
  return a;
}
const savePassphrase = () => passphrasePair("save-passphrase", "save-passphrase2", "save-error");

setupTabs(document.querySelector("main > .tabs"), (tab) => {
  show($("panel-generate"), tab.id === "tab-generate");
  show($("panel-open"), tab.id === "tab-open");
  show($("panel-check"), tab.id === "tab-check");
  show($("panel-certs"), tab.id === "tab-certs");
});

for (const [box, fields] of [
  ["show-passphrase", ["passphrase", "passphrase2"]],
  ["show-save-passphrase", ["save-passphrase", "save-passphrase2"]],
]) {
  $(box).addEventListener("change", () => {
    for (const id of fields) $(id).type = $(box).checked ? "text" : "password";
  });
}

// -- the views (each its own module) ----------------------------------------------------------
const unsaved = guardUnsaved($("unsaved"), fitNextSteps);
const strength = setupStrength({ worker, rater, saveOptions, fields: [
  { input: "passphrase", output: "passphrase-strength", family: selectedFamily, formats: () => null,
    comment: () => $("comment").value },
  { input: "save-passphrase", output: "save-passphrase-strength", family: () => state.key?.family,
    formats: () => state.key?.formats ?? [], comment: () => state.key?.comment },
] });
const showKey = setupResult({ worker, state, busy, unsaved, strength, views: () => keyViews });
const generate = setupGenerate({ worker, state, options, mark, busy, passphrasePair, strength, showKey });
setupOpen({ worker, state, mark, busy, updateButtons, strength, showKey });
setupPassphrase(worker);
setupCheckView(worker);
const keyViews = [
  setupSaveButtons({ worker, busy, mark, passphrase: savePassphrase, say, current: () => state.key, unsaved }),
  setupSaveAll({ worker, busy, saveOptions, say, unsaved, current: () => state.key, passphrase: savePassphrase }),
  setupHandoff(worker),
  setupKeyCheckup({ worker, busy, showKey: (key) => showKey(key, { fresh: key.id !== state.key?.id }),
    download: (file) => download(file).then(() => unsaved.saved(true)), passphrase: savePassphrase }),
  setupCerts({ worker, busy, download, showKey }),
  setupSign({ worker, busy, download }),
];

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
    "public-key", "paste", "edit-comment", "sig-text"]) {
    $(id).value = "";
  }
  for (const id of ["fp-sha256", "fp-md5", "fp-bubblebabble", "qr-code", "randomart", "key-summary", "help"]) say(id, "");
  show($("result"), false);
  show($("open-passphrase-row"), false);
  sayMessage("generate-status", "gen-cleared");
  strength.refresh();
  state.commentEdited = false;
  generate.suggestComment();
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
