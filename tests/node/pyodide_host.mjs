// sshkeys under Pyodide in Node.js, driven over stdin/stdout: the tests' stand-in for the
// page's worker, loading the same files from a dist/ made by `python build.py`.
//
//   node tests/node/pyodide_host.mjs DIST
//
// Start-up: load Pyodide with DIST's runtime files and Pyodide's loader and runtime glue from
// node_modules, which dist/worker.js bundles; import web/engine.js (the source dist/worker.js bundles) and
// register it as "sshkeys_engine_js"; load the sshkeys wheel that DIST's lock lists; check
// that sshkeys picked the browser engine (Pyodide has no `cryptography`). Then one line
// {"ready": true, ...} on stdout.
//
// Requests: one JSON object a line on stdin, {"id", "code"}, where code is Python (top-level
// await allowed) run in one namespace kept across requests; the value of its last expression
// is the result. Answers, one a line, in order: {"id", "ok": true, "result"} or
// {"id", "ok": false, "type", "message", "error"} (exception class, str(), traceback).
// Python writes each answer line itself, so integers of any size stay exact; bytes are
// {"$bytes": base64}. Anything else printed goes to stderr: stdout carries only the protocol.

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";

const dist = path.resolve(process.argv[2] || "dist");
const send = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
const log = (text) => process.stderr.write(text + "\n");
console.log = console.info = console.warn = (...args) => log(args.join(" "));

const SETUP = `
import base64, json, traceback
from pyodide.code import eval_code_async

_namespace = {"__name__": "__sshkeys_host__"}

def _encode(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return {"$repr": repr(value)}

async def _host_run(request_id, code):
    # The whole answer line is made here: JSON.parse in JS would round big integers.
    try:
        value = await eval_code_async(code, _namespace)
        answer = {"ok": True, "result": _encode(value)}
    except BaseException as exc:
        answer = {"ok": False, "type": type(exc).__name__, "message": str(exc),
                  "error": "".join(traceback.format_exception(exc))}
    return json.dumps({"id": request_id, **answer})
`;

async function main() {
  const timings = {};
  let start = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - start);
    start = now;
  };

  const lock = JSON.parse(fs.readFileSync(path.join(dist, "pyodide-lock.json"), "utf8"));
  if (!lock.packages?.sshkeys?.file_name) throw new Error(`${dist}/pyodide-lock.json lists no sshkeys wheel`);
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
  const pyodideModule = path.join(root, "node_modules", "pyodide");
  const { loadPyodide } = await import(pathToFileURL(path.join(pyodideModule, "pyodide.mjs")).href);
  const { default: createPyodideModule } = await import(
    pathToFileURL(path.join(pyodideModule, "pyodide.asm.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL: dist + path.sep, createPyodideModule, stdout: log, stderr: log,
  });
  lap("pyodide_ms");

  const engine = await import(pathToFileURL(path.join(root, "web", "engine.js")).href);
  pyodide.registerJsModule("sshkeys_engine_js", engine);
  await pyodide.loadPackage("sshkeys", { messageCallback: log, errorCallback: log });
  lap("install_ms");

  await pyodide.runPythonAsync(SETUP);
  const info = JSON.parse(await pyodide.runPythonAsync(`
import sys, sshkeys
from sshkeys.engine import get_engine
json.dumps({"engine": get_engine().name, "python": sys.version.split()[0],
            "sshkeys": sshkeys.__file__})
`));
  lap("import_ms");
  if (info.engine !== "browser") {
    throw new Error(`sshkeys chose the ${info.engine} engine under Pyodide, not the browser one`);
  }
  const run = pyodide.globals.get("_host_run");
  send({ id: null, ready: true, pyodide: pyodide.version, ...info, timings });

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let request;
    try {
      request = JSON.parse(line);
    } catch (e) {
      send({ id: null, ok: false, type: "ProtocolError", error: `not JSON: ${e.message}` });
      continue;
    }
    try {
      process.stdout.write(await run(request.id ?? null, String(request.code)) + "\n");
    } catch (e) {   // a failure of the host itself, not of the Python code
      send({ id: request.id, ok: false, type: "HostError", error: String(e && e.stack || e) });
    }
  }
}

main().catch((e) => {
  send({ id: null, ready: false, error: String(e && e.stack || e) });
  process.exitCode = 1;
});
