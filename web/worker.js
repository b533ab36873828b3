// The worker: loads Pyodide from this folder, installs the sshkeys wheel, and forwards the
// page's messages to sshkeys.session. No key logic here: Python answers every request.
//
// Page -> worker: {id, op, ...arguments}            (op as in sshkeys/session.py)
// Worker -> page: {type: "progress", stage, loaded, total}
//                 {type: "ready", engine, version} | {type: "fatal", message}
//                 {type: "reply", id, ok, ...result | error: {type, message}}
import { loadPyodide } from "./pyodide.mjs";
import * as engine from "./engine.js";

const base = new URL("./", import.meta.url);
const progress = { stage: "Starting", loaded: 0, total: 0 };

function report(stage) {
  if (stage) progress.stage = stage;
  self.postMessage({ type: "progress", ...progress });
}

// Count every response body as it streams in, so the page can show real bytes.
const realFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const response = await realFetch(input, init);
  if (!response.body) return response;
  const reader = response.body.getReader();
  const counted = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      progress.loaded += value.byteLength;
      report();
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(counted, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

async function boot() {
  const manifest = await (await realFetch(new URL("manifest.json", base))).json();
  const files = manifest.files;
  const wheel = Object.keys(files).find((name) => /^sshkeys-.*\.whl$/.test(name));
  const micropipWheel = Object.keys(files).find((name) => /^micropip-.*\.whl$/.test(name));
  progress.total = ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json", wheel, micropipWheel]
    .reduce((sum, name) => sum + files[name].bytes, 0);
  report("Loading Python");
  const pyodide = await loadPyodide({
    indexURL: base.href,
    lockFileURL: new URL("pyodide-lock.json", base).href,
    stdout: () => {},
    stderr: (line) => console.warn(line),
  });
  pyodide.registerJsModule("sshkeys_engine_js", engine);
  report("Installing sshkeys");
  await pyodide.loadPackage("micropip", { messageCallback: () => {} });
  const micropip = pyodide.pyimport("micropip");
  // By name: micropip finds sshkeys in our lock file, and loadPackage checks its sha256.
  await micropip.install("sshkeys");
  micropip.destroy();
  report("Starting sshkeys");
  const session = pyodide.pyimport("sshkeys.session");
  const caps = (await session.handle(pyodide.toPy({ op: "capabilities" }))).toJs({
    dict_converter: Object.fromEntries,
  });
  self.postMessage({ type: "ready", engine: caps.engine, version: manifest.version, capabilities: caps });
  return { pyodide, handle: session.handle };
}

const booted = boot().catch((error) => {
  self.postMessage({ type: "fatal", message: `Python could not start: ${error.message || error}` });
  throw error;
});

// One request at a time: each runs to completion before the next starts.
let queue = Promise.resolve();

self.onmessage = (event) => {
  const { id, ...request } = event.data;
  queue = queue.then(() => answer(id, request));
};

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
