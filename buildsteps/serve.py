"""The development server: dist/ on 127.0.0.1 with the headers the page needs."""

import http.server
import mimetypes
from pathlib import Path

from .common import BuildError, say
from .compress import PRECOMPRESSED


MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".whl": "application/zip",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
}


# The policy of a worker started from its URL comes from its own response, not from the page:
# this one lets worker.js (and rater.js) load nothing but this folder's scripts and WebAssembly
# and fetch nothing but this folder's files. (The page starts them from Blobs, under the page's
# policy; this header covers them wherever else they are started.)
WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"
WORKER_SCRIPTS = ("worker.js", "rater.js")


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types module workers and WebAssembly need, never cached, a
    file's .br or .gz copy when the browser accepts that encoding, and the workers' scripts (in
    any encoding) with their Content-Security-Policy."""

    def guess_type(self, path):
        suffix = Path(str(path)).suffix.lower()
        return MIME_TYPES.get(suffix) or mimetypes.guess_type(str(path))[0] or "application/octet-stream"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        accepted = {e.split(";")[0].strip() for e in self.headers.get("Accept-Encoding", "").split(",")}
        self.encoding = None
        if path.is_file():
            for suffix, encoding in PRECOMPRESSED.items():
                if encoding in accepted and path.with_name(path.name + suffix).is_file():
                    self.encoding = encoding
                    original, self.path = self.path, self.path.split("?")[0] + suffix
                    self.content_type = self.guess_type(path)
                    try:
                        return super().send_head()
                    finally:
                        self.path = original
        return super().send_head()

    def send_header(self, keyword, value):
        if keyword == "Content-type" and getattr(self, "encoding", None):
            value = self.content_type
        super().send_header(keyword, value)

    def end_headers(self):
        if getattr(self, "encoding", None):
            self.send_header("Content-Encoding", self.encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "no-cache")   # revalidate: a rebuild shows at once
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.path.split("?")[0].rsplit("/", 1)[-1] in (
                *WORKER_SCRIPTS, *(name + suffix for name in WORKER_SCRIPTS for suffix in PRECOMPRESSED)):
            self.send_header("Content-Security-Policy", WORKER_CSP)
        super().end_headers()


def serve(out: Path, port: int) -> None:
    handler = lambda *args, **kwargs: Handler(*args, directory=str(out), **kwargs)  # noqa: E731
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise BuildError(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    say(f"serving {out} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("stopped")
    finally:
        server.server_close()
