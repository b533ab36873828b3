// The page's side of the worker: a promise per request, callbacks for loading progress.

export class KeyError extends Error {
  constructor({ type, message }) {
    super(message);
    this.type = type;
  }
}

// The one-file edition (build.py) carries the worker and every file it needs inside the page,
// base64 in <script type="application/octet-stream" data-file="name"> elements: file:// pages
// may not fetch, so the worker runs from a Blob and is handed the files.
function inlinedFiles() {
  const elements = document.querySelectorAll("script[type='application/octet-stream'][data-file]");
  if (!elements.length) return null;
  return Object.fromEntries([...elements].map((el) => [el.dataset.file, el.textContent]));
}

function startWorker() {
  const inline = inlinedFiles();
  if (!inline) return { worker: new Worker(new URL("worker.js", import.meta.url)), inline };
  const source = Uint8Array.from(atob(inline["worker.js"]), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(url);
  return { worker, inline };
}

export class KeyWorker {
  constructor({ onProgress, onReady, onFatal }) {
    this.pending = new Map();
    this.nextId = 1;
    const { worker, inline } = startWorker();
    this.worker = worker;
    this.worker.onmessage = ({ data }) => {
      if (data.type === "progress") onProgress(data);
      else if (data.type === "ready") onReady(data);
      else if (data.type === "fatal") onFatal(data.message);
      else if (data.type === "reply") this.settle(data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      onFatal(event.message || "The key worker could not start.");
    };
    // ?engine-hide=Ed25519,AES-192 (a test switch): WebCrypto algorithms the engine must not
    // use, so that its bundled fallbacks run. It can only choose those audited libraries.
    const hide = new URLSearchParams(location.search).get("engine-hide");
    this.worker.postMessage({ type: "start", inline, hide });
  }

  settle({ id, ok, error, type, ...result }) {
    const request = this.pending.get(id);
    this.pending.delete(id);
    if (ok) request.resolve(result);
    else request.reject(new KeyError(error));
  }

  // Resolves with the reply's fields; rejects with a KeyError carrying the Python error type.
  call(op, args = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...args });
    });
  }
}
