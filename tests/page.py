"""The page built and served on 127.0.0.1 (build, Site), a proxy that answers nothing (Trap), and
the time limits every browser test shares. Driving a browser is tests/browsers.py's."""

import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
READY_TIMEOUT = 120_000     # ms: Python's first start on a loaded 2-core machine
WORK_TIMEOUT = 180_000      # ms: RSA 8192 or Argon2 under load


def build(out: Path) -> Path:
    proc = subprocess.run([sys.executable, str(ROOT / "build.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert proc.returncode == 0, f"build.py failed:\n{proc.stdout}\n{proc.stderr}"
    return out


class Site:
    """dist/ served by build.py's own handler (the MIME types module workers need)."""

    def __init__(self, directory: Path):
        sys.path.insert(0, str(ROOT))
        import build

        requests = self.requests = []      # the path of every request, in order
        self.offline = False                # True: every connection is dropped unanswered
        site = self

        class Quiet(build.Handler):
            def log_message(self, *args):
                pass

            def handle_one_request(self):
                if site.offline:
                    self.close_connection = True
                    return
                super().handle_one_request()

            def send_head(self):
                requests.append(self.path)
                return super().send_head()

        handler = functools.partial(Quiet, directory=str(directory))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = self.origin + "/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class Trap:
    """A proxy that answers nothing: a browser told to use it has no network at all, and every
    request it tries is recorded (its first line: the method and URL)."""

    def __init__(self):
        import socketserver
        tried = self.tried = []

        class Record(socketserver.StreamRequestHandler):
            def handle(self):
                tried.append(self.rfile.readline().decode("latin-1").strip())

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Record)
        self.address = "127.0.0.1:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def cache_storage(tab) -> dict:
    """Every Cache Storage cache of the page's origin: {cache name: [URL of each entry]}.
    tab: a tests/browsers.py Tab."""
    return tab.evaluate("""async () => {
      const found = {};
      for (const name of await caches.keys()) {
        found[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
      }
      return found;
    }""")
