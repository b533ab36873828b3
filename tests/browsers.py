"""Every page test's browser, in three engines, through one `Tab` interface.

- chromium: Debian's chromium under Playwright;
- firefox: Debian's firefox-esr under puppeteer-core over WebDriver BiDi, through
  tests/node/firefox_bridge.mjs (Python sends it one JSON command a line);
- webkit: WebKitGTK's MiniBrowser through WebKitWebDriver and Selenium, on an X server of
  xvfb-run's (MiniBrowser has no headless mode).

None of them downloads a browser. A `Tab` offers what the page tests need: navigate, run a JS
function, click, fill, choose files, wait, open a folded section, generate a key, and take a
download. Everything that can be read from the DOM is read with `evaluate`, the same way in
every engine; clicks, file choosing and downloads use each driver's own input, so they are what
a user does. A Chromium-only test that needs Playwright itself (key presses, CDP, init scripts,
routes, screenshots of an element, axe) reaches it through `tab.playwright`, the Playwright page
of a Chromium tab, and nowhere else. tests/README.md says which fixture a test takes.
"""

import contextlib
import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

from page import READY_TIMEOUT, ROOT, WORK_TIMEOUT

ENGINES = ("chromium", "firefox", "webkit")
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium phones home at start; this machine has no
# network, and the page must not need one anyway.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 # No save dialog (showSaveFilePicker): headless Chromium closes it at once, so
                 # saves are downloads; test_saving.py gives the page a stand-in dialog instead.
                 "--disable-blink-features=FileSystemAccessLocal"]
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"

# Visible as a user would see it: in the layout, not inside [hidden], not visibility:hidden.
# (checkVisibility, where there is one, also sees a folded <details>: Chromium keeps its content
# laid out, with content-visibility: hidden.)
VISIBLE = """(selector) => {
  const el = document.querySelector(selector);
  return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden"
    && (!el.checkVisibility || el.checkVisibility());
}"""


# The outermost closed <details> around the element (or the element itself): its <summary> is
# marked for a click; false when nothing around it is closed.
OUTERMOST_CLOSED = """(selector) => {
  let closed = null;
  for (let d = document.querySelector(selector)?.closest("details"); d;
       d = d.parentElement?.closest("details")) {
    if (!d.open) closed = d;
  }
  closed?.querySelector(":scope > summary").setAttribute("data-tab-unfold", "");
  return !!closed;
}"""


# How many keys the page has shown (web/app.js marks each one).
KEYS_SHOWN = "() => performance.getEntriesByName('sshkeys:key-shown').length"


class BrowserError(AssertionError):
    pass


class Tab:
    """One page in a fresh browser context. Subclasses provide the driver's primitives."""

    engine = "abstract"

    def __init__(self, downloads: Path):
        self.downloads = downloads

    # -- the driver's primitives ------------------------------------------------------------
    def goto(self, url: str): raise NotImplementedError
    def reload(self): raise NotImplementedError
    def _evaluate(self, fn: str, args: list, frame: str | None): raise NotImplementedError
    def _click(self, selector: str, frame: str | None): raise NotImplementedError
    def set_files(self, selector: str, *paths): raise NotImplementedError
    def screenshot(self, path: Path): raise NotImplementedError
    def resize(self, width: int, height: int): raise NotImplementedError
    def close(self): raise NotImplementedError

    def requests(self) -> list[str]:
        """Every URL the page and its workers asked for since the last call."""
        raise NotImplementedError

    # -- what the tests use -----------------------------------------------------------------
    def evaluate(self, fn: str, *args, frame: str | None = None):
        """Call the JS function `fn` (source text) with JSON-able args; its awaited result.
        frame: a selector of an <iframe> to run it in instead of the page."""
        return self._evaluate(fn, list(args), frame)

    def click(self, selector: str, frame: str | None = None):
        self.wait_for(selector, frame=frame)
        self._click(selector, frame)

    def fill(self, selector: str, text: str, frame: str | None = None):
        """Set a field's value and tell the page, as typing then leaving the field does."""
        self.evaluate("""(selector, text) => {
          const el = document.querySelector(selector);
          el.focus();
          el.value = text;
          el.dispatchEvent(new Event("input", { bubbles: true }));
          el.dispatchEvent(new Event("change", { bubbles: true }));
        }""", selector, text, frame=frame)

    def select(self, selector: str, value: str, frame: str | None = None):
        self.fill(selector, value, frame=frame)

    def checked(self, selector: str, frame: str | None = None) -> bool:
        return self.evaluate("(s) => document.querySelector(s).checked", selector, frame=frame)

    def check(self, selector: str, frame: str | None = None):
        if not self.checked(selector, frame=frame):
            self.click(selector, frame=frame)

    def value(self, selector: str, frame: str | None = None) -> str:
        return self.evaluate("(s) => document.querySelector(s).value", selector, frame=frame)

    def text(self, selector: str, frame: str | None = None) -> str:
        return self.evaluate("(s) => document.querySelector(s).textContent", selector,
                             frame=frame)

    def attribute(self, selector: str, name: str, frame: str | None = None):
        return self.evaluate("(s, n) => document.querySelector(s).getAttribute(n)", selector,
                             name, frame=frame)

    def visible(self, selector: str, frame: str | None = None) -> bool:
        return self.evaluate(VISIBLE, selector, frame=frame)

    def disabled(self, selector: str, frame: str | None = None) -> bool:
        return self.evaluate("(s) => document.querySelector(s).disabled", selector, frame=frame)

    def count(self, selector: str, frame: str | None = None) -> int:
        return self.evaluate("(s) => document.querySelectorAll(s).length", selector, frame=frame)

    def wait(self, fn: str, *args, timeout: float = WORK_TIMEOUT, frame: str | None = None):
        """Poll the JS function until it returns something truthy; that value. A value
        {"failed": text} ends the wait at once with that text."""
        deadline = time.monotonic() + timeout / 1000
        while True:
            try:
                value = self.evaluate(fn, *args, frame=frame)
            except BrowserError:
                value = None            # mid-navigation, or the frame is not there yet
            if isinstance(value, dict) and "failed" in value:
                raise BrowserError(f"{self.engine}: the page says: {value['failed']}")
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"{self.engine}: timed out waiting for {fn} {args}")
            time.sleep(0.05)

    def wait_for(self, selector: str, state: str = "visible", timeout: float = WORK_TIMEOUT,
                 frame: str | None = None):
        """state: visible | hidden | attached. Waiting for something to appear ends early
        when the page shows an error message instead (one of its .error elements)."""
        fn = {"visible": VISIBLE,
              "hidden": f"(s) => !({VISIBLE})(s)",
              "attached": "(s) => !!document.querySelector(s)"}[state]
        self.wait(f"""(s) => ({fn})(s) || ([...document.querySelectorAll(".error")]
          .filter((e) => e.textContent && !e.matches(s) && e.getClientRects().length > 0)
          .map((e) => ({{failed: e.textContent}}))[0] ?? false)""",
                  selector, timeout=timeout, frame=frame)

    def wait_for_text(self, selector: str, text: str, timeout: float = WORK_TIMEOUT,
                      frame: str | None = None):
        self.wait("(s, t) => (document.querySelector(s)?.textContent || '').includes(t)",
                  selector, text, timeout=timeout, frame=frame)

    def wait_ready(self, frame: str | None = None):
        """Until Python has started in the page (web/app.js marks #loading done)."""
        self.wait_for("#loading.done", "attached", timeout=READY_TIMEOUT, frame=frame)

    def open_section(self, selector: str, frame: str | None = None):
        """Open every closed <details> the element is in (or is), outermost first, by a click
        on its <summary>, as a user unfolds a section to reach what is inside."""
        for _ in range(10):
            if not self.evaluate(OUTERMOST_CLOSED, selector, frame=frame):
                return
            self.click("[data-tab-unfold]", frame=frame)
            self.evaluate("""() => document.querySelector("[data-tab-unfold]")
              .removeAttribute("data-tab-unfold")""", frame=frame)
        raise BrowserError(f"{self.engine}: a <details> around {selector} does not open")

    def choose_type(self, family: str, bits=None, frame: str | None = None):
        """Select a key type (and RSA or ECDSA size) on the Generate panel."""
        radio = f"input[name=family][value={family}]"
        self.open_section(radio, frame=frame)
        self.check(radio, frame=frame)
        if bits is not None and family in ("rsa", "ecdsa"):
            self.open_section(f"#{family}-bits", frame=frame)
            self.select(f"#{family}-bits", str(bits), frame=frame)

    def generate(self, family: str | None = None, bits=None, *, comment: str | None = None,
                 passphrase: str | None = None, frame: str | None = None) -> str:
        """Generate a key in the page as a user does: the type chosen (None: as the form
        stands), the comment and both passphrase fields filled where given, Generate clicked;
        once the key is shown, its public line."""
        if family is not None:
            self.choose_type(family, bits, frame=frame)
        if comment is not None:
            self.fill("#comment", comment, frame=frame)
        if passphrase is not None:
            self.fill("#passphrase", passphrase, frame=frame)
            self.fill("#passphrase2", passphrase, frame=frame)
        shown = self.evaluate(KEYS_SHOWN, frame=frame)
        self.click("#generate", frame=frame)
        self.wait_for("#result:not([hidden])", frame=frame)
        # A key already on screen is not this one: wait for the page's next key-shown mark.
        self.wait(f"(n) => ({KEYS_SHOWN})() > n", shown, frame=frame)
        return self.value("#public-key", frame=frame)

    def open_file(self, path, passphrase: str | None = None, frame: str | None = None) -> str:
        """Open a key file on the Open panel as a user does, giving the passphrase when the
        page asks for it; once the key is shown, its public line."""
        self.click("#tab-open", frame=frame)
        self.set_files("#key-file", path)
        if passphrase is not None:
            self.wait_for("#open-passphrase-row:not([hidden])", frame=frame)
            self.fill("#open-passphrase", passphrase, frame=frame)
            self.click("#open", frame=frame)
        self.wait_for("#result:not([hidden])", frame=frame)
        return self.value("#public-key", frame=frame)

    def reset(self) -> bool:
        """Back to a ready Generate panel with nothing shown, as Clear leaves it; False when
        the page is not in a state to get there (the caller reloads it)."""
        try:
            self.evaluate("""() => {
              for (const id of ["passphrase", "passphrase2", "open-passphrase", "paste"]) {
                document.getElementById(id).value = "";
              }
              for (const error of document.querySelectorAll(".error")) {
                error.textContent = "";
                error.hidden = true;
              }
              document.getElementById("ppk-v2").checked = false;
            }""")
            # Clear is on every panel: the test may have ended on any of them.
            clear = self.visible("#clear") and not self.disabled("#clear")
            if clear:
                self.click("#clear")
                self.wait_for("#result", "hidden", timeout=10_000)
            self.click("#tab-generate")
            if clear:
                self.wait_ready()           # Clear starts a fresh worker
            return self.evaluate("""() => !document.body.hasAttribute("aria-busy")
              && document.getElementById("result").hidden
              && !document.getElementById("generate").disabled""")
        except BrowserError:
            return False

    def download(self, selector: str, folder: Path, frame: str | None = None) -> Path:
        """Click and return the downloaded file, moved into folder under the page's name."""
        before = set(self._files())
        status = self.text("#download-status", frame=frame)
        self.click(selector, frame=frame)
        deadline = time.monotonic() + WORK_TIMEOUT / 1000
        # WebKit's driver now and then loses a click: a page whose save line still says what it
        # said before (nothing, or the last save) after 10 s never saw it, and gets it once more.
        again = time.monotonic() + 10
        sizes = {}
        while time.monotonic() < deadline:
            new = [p for p in self._files() if p not in before]
            if again and time.monotonic() > again:
                again = None
                if not new and self.text("#download-status", frame=frame) == status:
                    self.click(selector, frame=frame)
            done = [p for p in new if not any(q.name.startswith(p.name) and q != p and
                                              q.suffix in (".part", ".download") for q in new)]
            if done:
                path = done[0]
                size = path.stat().st_size
                if sizes.get(path) == size and size > 0:
                    target = folder / path.name
                    shutil.move(path, target)
                    target.chmod(0o600)
                    return target
                sizes[path] = size
            time.sleep(0.1)
        status = self.text("#download-status", frame=frame)
        raise BrowserError(f"{self.engine}: no download from {selector}: status {status!r}")

    def downloads_of(self, action, count: int, folder: Path) -> list[Path]:
        """Call action() (which starts `count` downloads); the files that arrived, each moved
        into folder as soon as it is complete (WebKit writes a file of the same name over the
        last one), once `count` have, or none came for 30 s."""
        before = set(self._files())
        action()
        moved = []
        quiet_until = time.monotonic() + 30
        while len(moved) < count and time.monotonic() < quiet_until:
            partial = {p.stem for p in self.downloads.iterdir()
                       if p.suffix in (".part", ".download")}
            for path in [p for p in self._files() if p not in before]:
                # Key files are written at once: a final name with bytes in it is complete.
                if path.stat().st_size > 0 and path.name not in partial:
                    target = folder / f"{len(moved):03d}-{path.name}"
                    shutil.move(path, target)
                    moved.append(target)
                    quiet_until = time.monotonic() + 30
            time.sleep(0.01)
        return moved

    def _files(self) -> list[Path]:
        return [p for p in self.downloads.iterdir()
                if p.is_file() and not p.name.startswith(".")
                and p.suffix not in (".part", ".download")]


# -- Chromium (Playwright) --------------------------------------------------------------------

class ChromiumTab(Tab):
    engine = "chromium"

    def __init__(self, browser, downloads: Path, _beside: "ChromiumTab | None" = None,
                 **context_options):
        super().__init__(downloads)
        self._owner = _beside is None       # the tab that made the context closes it
        if self._owner:
            context = browser.new_context(accept_downloads=True, **context_options)
            self._requests = []
            context.on("request", lambda r: self._requests.append(r.url))
        else:
            context = _beside.playwright.context
            self._requests = _beside._requests
        # The escape hatch: Playwright's own page (and through it .context), for the
        # Chromium-only tests that need what only Playwright does. Nothing else reaches it.
        self.playwright = context.new_page()

    def beside(self) -> "ChromiumTab":
        """Another tab in this one's context: the same service worker, caches and storage."""
        return ChromiumTab(None, self.downloads, _beside=self)

    def goto(self, url):
        self.playwright.goto(url)

    def reload(self):
        self.playwright.reload()

    def _target(self, frame):
        if frame is None:
            return self.playwright
        handle = self.playwright.wait_for_selector(frame, state="attached")
        return handle.content_frame()

    def _evaluate(self, fn, args, frame):
        from playwright.sync_api import Error
        try:
            return self._target(frame).evaluate(f"(args) => ({fn})(...args)", args)
        except Error as e:
            raise BrowserError(f"chromium: {e}") from None

    def _click(self, selector, frame):
        self._target(frame).click(selector)

    def set_files(self, selector, *paths):
        self.playwright.set_input_files(selector, [str(p) for p in paths])

    def screenshot(self, path):
        self.playwright.screenshot(path=str(path), full_page=True)

    def resize(self, width, height):
        self.playwright.set_viewport_size({"width": width, "height": height})

    def requests(self):
        found, self._requests[:] = list(self._requests), []
        return found

    def download(self, selector, folder, frame=None):
        # Playwright keeps downloads in its own folder; it tells when one starts.
        self.wait_for(selector, frame=frame)
        try:
            with self.playwright.expect_download(timeout=WORK_TIMEOUT) as info:
                self._target(frame).click(selector)
        except Exception as e:
            status = self.text("#download-status", frame=frame)
            raise BrowserError(f"chromium: no download from {selector}: status {status!r}") from e
        path = folder / info.value.suggested_filename
        info.value.save_as(path)
        path.chmod(0o600)
        return path

    def downloads_of(self, action, count, folder):
        # Playwright keeps downloads in its own folder and reports each one that starts.
        started = []

        def record(download):
            started.append(download)
        self.playwright.on("download", record)
        try:
            action()
            quiet_until, seen = time.monotonic() + 30, 0
            while len(started) < count and time.monotonic() < quiet_until:
                self.playwright.wait_for_timeout(200)
                if len(started) > seen:
                    quiet_until, seen = time.monotonic() + 30, len(started)
            paths = []
            for i, download in enumerate(started):
                path = folder / f"{i:03d}-{download.suggested_filename}"
                download.save_as(path)
                paths.append(path)
            return paths
        finally:
            self.playwright.remove_listener("download", record)

    def close(self):
        if self._owner:
            self.playwright.context.close()
        else:
            self.playwright.close()


class Chromium:
    name = "chromium"

    def __init__(self, downloads: Path, proxy: str | None = None):
        from playwright.sync_api import sync_playwright
        self.downloads = downloads
        self._playwright = sync_playwright().start()
        args = list(CHROMIUM_ARGS)
        if proxy:
            args += [f"--proxy-server=http://{proxy}", "--proxy-bypass-list=<-loopback>"]
        self.browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        self.version = self.browser.version

    def tab(self, **context_options) -> ChromiumTab:
        return ChromiumTab(self.browser, self.downloads, **context_options)

    def close(self):
        self.browser.close()
        self._playwright.stop()


def serious_axe_violations(tab: ChromiumTab) -> list:
    """axe-core's serious and critical findings on the tab's page as it stands: (rule, help,
    the first three elements) each. Its script is injected, so the tab's context needs
    bypass_csp=True (the page's policy refuses it otherwise)."""
    page = tab.playwright
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


# -- Firefox (puppeteer-core over WebDriver BiDi, in Node) --------------------------------------

class FirefoxTab(Tab):
    engine = "firefox"

    def __init__(self, browser: "Firefox"):
        super().__init__(browser.downloads)
        self.browser = browser
        self.id = browser.call("open")

    def _call(self, command, **args):
        return self.browser.call(command, tab=self.id, **args)

    def goto(self, url):
        self._call("goto", url=url)

    def reload(self):
        self._call("reload")

    def _evaluate(self, fn, args, frame):
        return self._call("evaluate", fn=fn, args=args, frame=frame)

    def _click(self, selector, frame):
        self._call("click", selector=selector, frame=frame)

    def set_files(self, selector, *paths):
        self._call("setFiles", selector=selector, paths=[str(p) for p in paths], frame=None)

    def screenshot(self, path):
        self._call("screenshot", path=str(path))

    def resize(self, width, height):
        self._call("viewport", width=width, height=height)

    def requests(self):
        return self._call("requests")

    def close(self):
        self._call("close")


class Firefox:
    name = "firefox"

    def __init__(self, downloads: Path, proxy: str | None = None):
        self.downloads = downloads
        prefs = {}
        if proxy:       # every request, loopback included, goes to the proxy
            host, port = proxy.rsplit(":", 1)
            prefs = {"network.proxy.type": 1, "network.proxy.http": host,
                     "network.proxy.http_port": int(port), "network.proxy.ssl": host,
                     "network.proxy.ssl_port": int(port), "network.proxy.no_proxies_on": "",
                     "network.proxy.allow_hijacking_localhost": True}
        options = json.dumps({"downloads": str(downloads), "prefs": prefs})
        self.proc = subprocess.Popen(
            ["node", str(ROOT / "tests" / "node" / "firefox_bridge.mjs"), options],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            cwd=ROOT)
        self._lock = threading.Lock()
        self._next = 0
        self.version = self.call("version")

    def call(self, command, **args):
        with self._lock:
            self._next += 1
            self.proc.stdin.write(json.dumps({"id": self._next, "command": command, **args}) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        if not line:
            raise BrowserError(f"firefox: the bridge stopped: {self.proc.stderr.read()[-2000:]}")
        answer = json.loads(line)
        if "error" in answer:
            raise BrowserError(f"firefox: {command}: {answer['error']}")
        return answer["value"]

    def tab(self, **_) -> FirefoxTab:
        return FirefoxTab(self)

    def close(self):
        self.proc.stdin.close()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# -- WebKit (WebKitGTK through Selenium) ----------------------------------------------------------

class WebKitTab(Tab):
    engine = "webkit"

    def __init__(self, browser: "WebKit"):
        super().__init__(browser.downloads)
        self.driver = browser.driver
        # One window a browser: a tab starts on a blank page, as a fresh context would.
        self.driver.get("about:blank")

    def goto(self, url):
        self.driver.get(url)

    def reload(self):
        self.driver.refresh()

    @contextlib.contextmanager
    def _in(self, frame):
        if frame is None:
            yield
            return
        from selenium.webdriver.common.by import By
        self.driver.switch_to.frame(self.driver.find_element(By.CSS_SELECTOR, frame))
        try:
            yield
        finally:
            self.driver.switch_to.default_content()

    def _evaluate(self, fn, args, frame):
        from selenium.common.exceptions import WebDriverException
        script = f"""const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => ({fn})(...arguments[0])).then(
            (value) => done({{value: value === undefined ? null : value}}),
            (error) => done({{error: String(error && error.stack || error)}}));"""
        try:
            with self._in(frame):
                answer = self.driver.execute_async_script(script, args)
        except WebDriverException as e:
            raise BrowserError(f"webkit: {e.msg}") from None
        if answer is None or "error" in answer:
            raise BrowserError(f"webkit: {answer and answer['error']}")
        return answer["value"]

    def _click(self, selector, frame):
        from selenium.webdriver.common.by import By
        with self._in(frame):
            self.driver.find_element(By.CSS_SELECTOR, selector).click()

    def set_files(self, selector, *paths):
        from selenium.webdriver.common.by import By
        self.driver.find_element(By.CSS_SELECTOR, selector).send_keys(
            "\n".join(str(p) for p in paths))

    def screenshot(self, path):
        self.driver.save_screenshot(str(path))

    def resize(self, width, height):
        """The viewport at this size: the window (one, shared by the tabs) grown by what
        its frame takes. WebKit.WINDOW is the window the other tests expect."""
        self.driver.set_window_size(width, height)
        inner = self.driver.execute_script("return [innerWidth, innerHeight]")
        self.driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])

    def requests(self):
        raise BrowserError("webkit: WebDriver classic does not report requests")

    def close(self):
        self.driver.get("about:blank")


class WebKit:
    name = "webkit"
    WINDOW = (1280, 2000)

    def __init__(self, downloads: Path, proxy: str | None = None):
        from selenium import webdriver
        options = webdriver.WebKitGTKOptions()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")      # MiniBrowser's first argument, or it refuses
        if proxy:
            from selenium.webdriver.common.proxy import Proxy, ProxyType
            options.proxy = Proxy({"proxyType": ProxyType.MANUAL, "httpProxy": proxy,
                                   "sslProxy": proxy})
        # Downloads land in $HOME (no XDG user-dirs file there), so $HOME is `downloads`.
        self.downloads = downloads
        env = {**os.environ, "HOME": str(downloads)}
        if "DISPLAY" not in env:
            raise BrowserError("webkit: no X display; run the tests under xvfb-run")
        service = webdriver.WebKitGTKService(executable_path=WEBKIT_DRIVER, env=env)
        self.driver = webdriver.WebKitGTK(options=options, service=service)
        self.driver.set_script_timeout(WORK_TIMEOUT / 1000)
        # Tall enough for a whole embedded generator: WebKit's driver does not scroll the page
        # to bring an element inside a frame into view, and a click outside the view is lost.
        self.driver.set_window_size(*self.WINDOW)
        self.version = self.driver.capabilities.get("browserVersion", "?")

    def tab(self, **_) -> WebKitTab:
        return WebKitTab(self)

    def close(self):
        self.driver.quit()


LAUNCHERS = {"chromium": Chromium, "firefox": Firefox, "webkit": WebKit}


def launch(engine: str, downloads: Path, proxy: str | None = None):
    return LAUNCHERS[engine](downloads, proxy=proxy)


@contextlib.contextmanager
def ready(browser, url: str, **context_options):
    """A tab on the page once Python is ready; closed afterwards."""
    tab = browser.tab(**context_options)
    try:
        tab.goto(url)
        tab.wait_ready()
        yield tab
    finally:
        tab.close()
