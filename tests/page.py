"""Serving dist/ on 127.0.0.1 and driving it in Debian's Chromium with Playwright."""

import contextlib
import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium phones home at start; this machine has no
# network, and the page must not need one anyway.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 # No save dialog (showSaveFilePicker): headless Chromium closes it at once, so
                 # saves are downloads; test_saving.py gives the page a stand-in dialog instead.
                 "--disable-blink-features=FileSystemAccessLocal"]
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


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def cache_storage(page) -> dict:
    """Every Cache Storage cache of the page's origin: {cache name: [URL of each entry]}.
    page: a Playwright page or a tests/browsers.py tab."""
    return page.evaluate("""async () => {
      const found = {};
      for (const name of await caches.keys()) {
        found[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
      }
      return found;
    }""")


def wait_ready(page):
    page.wait_for_selector("#loading.done", state="attached", timeout=READY_TIMEOUT)


@contextlib.contextmanager
def ready_tab(browser, url: str, **context_options):
    """A tab in a new browser context on the page, once Python is ready; closed afterwards."""
    context = browser.new_context(**context_options)
    try:
        tab = context.new_page()
        tab.goto(url)
        wait_ready(tab)
        yield tab
    finally:
        context.close()


def download(page, selector: str, folder: Path) -> Path:
    try:
        with page.expect_download(timeout=WORK_TIMEOUT) as info:
            page.click(selector)
        d = info.value
    except Exception as e:
        raise AssertionError(f"no download from {selector}: status {page.text_content('#download-status')!r}, "
                             f"error {page.text_content('#save-error')!r}") from e
    path = folder / d.suggested_filename
    d.save_as(path)
    path.chmod(0o600)
    return path
