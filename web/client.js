// The page's side of the worker: a promise per request, callbacks for loading progress.
import { t } from "./l10n.js";

export class KeyError extends Error {
  constructor({ type, message }) {
    super(message);
    this.type = type;
  }
}

// The one-file edition (build.py) carries the worker and every file it needs inside the page,
// base64 in <script type="application/octet-stream" data-file="name"> elements: file:// pages
// may not fetch, so the worker is handed the files.
function inlinedFiles() {
  const elements = document.querySelectorAll("script[type='application/octet-stream'][data-file]");
  if (!elements.length) return null;
  return Object.fromEntries([...elements].map((el) => [el.dataset.file, el.textContent]));
}

// The workers always run from a Blob of their script: a blob: worker is under this page's
// Content-Security-Policy (connect-src 'self': it can fetch nothing but this folder), whatever
// headers the server sends with the script, and the hosted page checks the script first against
// the sha384 that build.py writes beside its name in index.html (<meta name="sshkeys-worker">,
// "sshkeys-rater"), as it does the page's script.
async function scriptURL(inline, role) {
  let source;
  if (inline) {
    source = Uint8Array.from(atob(inline[`${role}.js`]), (c) => c.charCodeAt(0));
  } else {
    const meta = document.querySelector(`meta[name=sshkeys-${role}]`);
    if (!meta) throw new Error(t("load-no-script", { role }));
    const [name, integrity = ""] = meta.content.split(" ");
    const response = await fetch(new URL(name, document.baseURI), { integrity }).catch((error) => {
      throw new Error(t("load-fetch-failed", { name, error: error.message }));
    });
    if (!response.ok) throw new Error(t("load-http-failed", { name, status: String(response.status) }));
    source = await response.arrayBuffer();
  }
  return URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
}

// The requests a worker has not answered yet, by id: each a promise that its reply settles.
class Pending {
  constructor() {
    this.waiting = new Map();
    this.nextId = 1;
  }

  // send(id, reject) posts the request; it rejects itself if it cannot.
  add(send) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      send(id, reject);
    });
  }

  settle(id, error, value) {
    const request = this.waiting.get(id);
    if (!request) return;
    this.waiting.delete(id);
    if (error) request.reject(error);
    else request.resolve(value);
  }

  failAll(error) {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}

export class KeyWorker {
  constructor(callbacks) {
    this.callbacks = callbacks;
    this.pending = new Pending();
    this.inline = inlinedFiles();
    this.url = scriptURL(this.inline, "worker");
    // The capabilities, once Python is ready: what it makes and writes, its save defaults and
    // caps (sshkeys/defaults.py, limits.py), which the page holds no copy of.
    this.ready = new Promise((resolve, reject) => {
      this.readied = { resolve, reject };
    });
    this.ready.catch(() => {});
    this.start();
  }

  // A fresh worker: it loads Python again, and the caller hears onReady once more. onFatal hears
  // {id, args}: the message that says why it cannot start.
  start() {
    const { onProgress, onReady, onFatal } = this.callbacks;
    // ?engine-hide=Ed25519,AES-192 (a test switch): WebCrypto algorithms the engine must not
    // use, so that its bundled fallbacks run. It can only choose those audited libraries.
    const hide = new URLSearchParams(location.search).get("engine-hide");
    const base = this.inline ? null : new URL(".", document.baseURI).href;
    this.worker = this.url.then((url) => {
      const worker = new Worker(url);
      worker.onmessage = ({ data }) => {
        if (worker !== this.current) return;     // a message posted before it was stopped
        if (data.type === "progress") onProgress(data);
        else if (data.type === "ready") this.readied.resolve(data.capabilities), onReady(data);
        else if (data.type === "fatal") {
          this.readied.reject(new Error(data.message));
          onFatal({ id: "load-python-failed", args: { error: data.error } });
        }
        else if (data.type === "reply") this.settle(data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        onFatal(event.message ? { id: "load-worker-failed", args: { error: event.message } }
          : { id: "load-worker-failed-plain" });
      };
      worker.postMessage({ type: "start", inline: this.inline, hide, base });
      this.current = worker;
      return worker;
    });
    this.worker.catch((error) => onFatal({ id: "load-worker-failed", args: { error: error.message } }));
    if (this.lang) this.speak(this.lang);
  }

  // Python's messages (errors, check-up findings) in the page's language, from the first
  // request on; a restarted worker hears it again.
  speak(lang) {
    this.lang = lang;
    this.call("set_language", { lang }).catch(() => {});
  }

  // Ends the worker and everything in its memory (keys, passphrases, Python's whole heap):
  // requests still waiting fail.
  stop() {
    this.worker.then((worker) => worker.terminate(), () => {});
    this.current = null;
    this.pending.failAll(new KeyError({ type: "Stopped", message: t("load-worker-stopped") }));
  }

  restart() {
    this.stop();
    this.start();
  }

  settle({ id, ok, error, type, ...result }) {
    this.pending.settle(id, ok ? null : new KeyError(error), result);
  }

  // Resolves with the reply's fields; rejects with a KeyError carrying the Python error type.
  // The operations and their arguments are declared in sshkeys/api.py (tests/test_api.py
  // checks every call against it).
  call(op, args = {}) {
    return this.pending.add((id, reject) =>
      this.worker.then((worker) => worker.postMessage({ id, op, ...args }), reject));
  }
}

// The passphrase rater (rater.js: zxcvbn-ts and its dictionaries), a worker of its own started on
// the first rating: its dictionaries are more bytes than the key worker's script, and inside it
// they took memory whether or not a passphrase was ever typed (bench/RESULTS.md). Its script is
// fetched and checked at once, beside the key worker's, so that the page makes no request
// later. It sees the passphrase; Python gets only the guess count.
export class Rater {
  constructor(inline) {
    this.url = scriptURL(inline, "rater");
    this.url.catch(() => {});    // reported by the rating that needs it
    this.worker = null;
    this.pending = new Pending();
  }

  start() {
    return this.url.then((url) => {
      const worker = new Worker(url);
      worker.onmessage = ({ data: { id, error, ...rating } }) =>
        this.pending.settle(id, error ? new Error(error) : null, rating);
      worker.onerror = (event) => {   // its script failed: what waits fails, the next rating starts it anew
        event.preventDefault();
        this.pending.failAll(new Error(event.message || t("load-rater-failed")));
        worker.terminate();
        this.worker = null;
      };
      return worker;
    });
  }

  // Ends the rater and what it has seen; ratings still waiting fail.
  stop() {
    this.worker?.then((worker) => worker.terminate(), () => {});
    this.worker = null;
    this.pending.failAll(new KeyError({ type: "Stopped", message: t("load-rater-stopped") }));
  }

  // Resolves with {guessesLog10, feedback: {warning, suggestions}}; userInputs (the key's
  // comment) count as words an attacker knows.
  async rate(passphrase, userInputs = []) {
    this.worker ??= this.start();
    const worker = await this.worker;
    return this.pending.add((id) => worker.postMessage({ id, passphrase, userInputs }));
  }
}
