// The page's side of the worker: a promise per request, callbacks for loading progress.

export class KeyError extends Error {
  constructor({ type, message }) {
    super(message);
    this.type = type;
  }
}

export class KeyWorker {
  constructor(url, { onProgress, onReady, onFatal }) {
    this.pending = new Map();
    this.nextId = 1;
    this.worker = new Worker(url, { type: "module" });
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
