"""The page's security promises (SECURITY.md), in every engine: hostile key comments and file
names stay text, a changed module is refused, the CSP refuses scripts from elsewhere and
inline scripts, nothing is stored, and Clear empties every key field."""

import asyncio
import shutil
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

import referees
import sshkeys
from page import Site, cache_storage

IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=2</script>"


@pytest.fixture
def page(page_tab):
    return page_tab


def run(coro):
    """asyncio.run in a thread: Playwright's sync API keeps an event loop in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def open_file(page, path):
    page.click("#tab-open")
    page.set_files("#key-file", path)
    page.wait_for("#result:not([hidden])")


def assert_shown_as_text(page, comment: str, images_before: int):
    assert page.evaluate("() => window.__pwned") is None
    assert f"comment “{comment}”" in page.text("#key-summary")
    assert page.value("#public-key").endswith(" " + comment)
    assert page.value("#edit-comment") == comment
    assert page.count("img") == images_before       # no element was parsed from it
    assert page.count("#result script") == 0


def settle():
    time.sleep(0.3)                     # time for an onerror handler, had an <img> been made


def test_an_html_comment_in_an_openssh_file_stays_text(page, tmp_path):
    path = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(path, "ed25519", comment=IMG)
    images = page.count("img")
    open_file(page, path)
    settle()
    assert_shown_as_text(page, IMG, images)


def test_a_script_comment_and_file_name_in_a_ppk_stay_text(page, tmp_path):
    key = run(sshkeys.generate("ed25519", comment=SCRIPT))
    path = tmp_path / '<img src=x onerror="window.__pwned=3">.ppk'
    path.write_bytes(run(sshkeys.save(key, "ppk")))
    images = page.count("img")
    open_file(page, path)
    settle()
    assert_shown_as_text(page, SCRIPT, images)
    assert path.name in page.text("#open-status")


def test_a_changed_module_is_refused(browser, built_dist, tmp_path):
    """integrity (build.py) on the page's script, its imports (modulepreload) and styles:
    a client.js changed after the build stops the page from starting."""
    copy = tmp_path / "dist"
    shutil.copytree(built_dist, copy)
    with open(copy / "client.js", "a") as f:
        f.write("\nwindow.__changed = 1;\n")
    for stale in copy.glob("client.js.*"):      # else the server sends its unchanged .br copy
        stale.unlink()
    changed = Site(copy)
    tab = browser.tab()
    try:
        tab.goto(changed.url)
        tab.wait("() => document.readyState === 'complete'")
        time.sleep(3)
        assert tab.disabled("#generate") and tab.evaluate("() => window.__changed") is None
        assert "/client.js" in changed.requests         # it was fetched, and refused
    finally:
        tab.close()
        changed.stop()


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory):
    """Another origin (another port) serving a script that would mark the page."""
    folder = tmp_path_factory.mktemp("elsewhere")
    (folder / "x.js").write_text("window.__foreign = 1;\n")
    server = Site(folder)
    yield server
    server.stop()


def test_csp_refuses_a_script_from_another_origin(page, elsewhere):
    url = elsewhere.origin + "/x.js"
    assert b"__foreign" in urllib.request.urlopen(url, timeout=10).read()   # it is servable
    blocked = page.evaluate("""url => new Promise(resolve => {
        const seen = [];
        document.addEventListener("securitypolicyviolation", e => seen.push(e.blockedURI));
        const s = document.createElement("script");
        s.src = url;
        s.onload = () => resolve({loaded: true, seen});
        s.onerror = () => setTimeout(() => resolve({loaded: false, seen}), 100);
        document.head.append(s);
    })""", url)
    assert not blocked["loaded"] and page.evaluate("() => window.__foreign") is None
    assert any(u.startswith(elsewhere.origin) for u in blocked["seen"]), blocked


def test_csp_refuses_an_inline_script(page):
    seen = page.evaluate("""() => new Promise(resolve => {
        const seen = [];
        document.addEventListener("securitypolicyviolation", e => seen.push(e.violatedDirective));
        const s = document.createElement("script");
        s.textContent = "window.__inline = 1";
        document.head.append(s);
        setTimeout(() => resolve(seen), 200);
    })""")
    assert page.evaluate("() => window.__inline") is None
    assert any(d.startswith("script-src") for d in seen), seen


def test_storage_holds_nothing_but_the_build_after_generate_save_and_open(page, tmp_path):
    page.click("#generate")
    page.wait_for("#result:not([hidden])")
    saved = page.download("button.download[data-format=openssh]", tmp_path)
    open_file(page, saved)
    state = page.evaluate("""async () => ({
        local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
        idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
        workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL),
    })""")
    cached = [url for urls in cache_storage(page).values() for url in urls]
    url = page.evaluate("() => location.href")
    assert state.pop("workers") in ([], [url + "sw.js"])
    assert state == {"local": 0, "session": 0, "cookie": "", "idb": 0}
    # The service worker's cache: this build's public files, nothing else.
    manifest = page.evaluate("() => fetch('manifest.json').then((r) => r.json())")
    assert {u.removeprefix(url) for u in cached} <= set(manifest["files"]) | {"manifest.json"}


KEY_FIELDS = ["#public-key", "#edit-comment", "#passphrase", "#passphrase2", "#save-passphrase",
              "#save-passphrase2", "#open-passphrase", "#paste"]
KEY_TEXT = ["#fp-sha256", "#fp-md5", "#randomart", "#key-summary", "#help"]


def test_clear_empties_every_key_field(page):
    page.fill("#passphrase", "a secret")
    page.fill("#passphrase2", "a secret")
    page.click("#generate")
    page.wait_for("#result:not([hidden])")
    page.fill("#save-passphrase", "another")
    assert page.value("#public-key") and page.text("#fp-sha256")
    page.click("#clear")
    page.wait_for("#result[hidden]", "attached")
    for field in KEY_FIELDS:
        assert page.value(field) == "", field
    for element in KEY_TEXT:
        assert page.text(element) == "", element
