"""The page in every browser engine (tests/browsers.py): each download checked by ssh-keygen,
puttygen and a live sshd, each referee file opened."""

import base64
import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
from cryptography.hazmat.primitives import serialization

import browsers
import referees
from page import ARTIFACTS, ROOT, WORK_TIMEOUT, ready_tab, wait_ready

PASSPHRASE = "correct horse battery"
TYPES = [("ed25519", None), ("rsa", "2048"), ("rsa", "4096"), ("ecdsa", "256"), ("ecdsa", "384"),
         ("ecdsa", "521"), ("dsa", None), ("ed448", None)]
TYPE_IDS = [f"{f}{b or ''}" for f, b in TYPES]


@pytest.fixture
def app(page_tab):
    """The page, ready, on the Generate panel with nothing shown (tests/conftest.py)."""
    return page_tab


def choose_type(tab, family, bits):
    if family in ("dsa", "ed448") and tab.attribute("#legacy", "open") is None:
        tab.click("#legacy summary")
    tab.check(f"input[name=family][value={family}]")
    if family == "rsa":
        tab.select("#rsa-bits", bits)
    elif family == "ecdsa":
        tab.select("#ecdsa-bits", bits)


def generate(tab, family, bits, passphrase, comment):
    choose_type(tab, family, bits)
    tab.fill("#comment", comment)
    tab.fill("#passphrase", passphrase)
    tab.fill("#passphrase2", passphrase)
    tab.click("#generate")
    tab.wait_for("#result:not([hidden])")
    return tab.value("#public-key")


def visible_downloads(tab):
    return tab.evaluate(f"""() => [...document.querySelectorAll("button.download")]
      .filter((b) => ({browsers.VISIBLE})("button.download[data-format='" + b.dataset.format + "']"))
      .map((b) => b.dataset.format)""")


def bare(line: str) -> str:
    """A public key line without its comment."""
    return " ".join(line.split()[:2])


def pem_public_key(path: Path, passphrase: str | None):
    """OpenSSL (through `cryptography`) reading a PKCS#8 or public key PEM file: its public key."""
    data = path.read_bytes()
    if b"PUBLIC KEY" in data:
        return serialization.load_pem_public_key(data)
    secret = passphrase.encode() if passphrase else None
    return serialization.load_pem_private_key(data, secret).public_key()


def openssl_public(path: Path, passphrase: str | None) -> str:
    openssh = serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    return pem_public_key(path, passphrase).public_bytes(*openssh).decode()


def check_file(fmt: str, path: Path, line: str, passphrase: str | None):
    """One downloaded file against the referee that reads it."""
    key = bare(line)
    if key.startswith("ssh-ed448"):     # OpenSSH has no Ed448: PuTTY and OpenSSL are its referees
        check_ed448_file(fmt, path, line, passphrase)
    elif fmt == "openssh":
        assert path.read_bytes().startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")
        assert bare(referees.ssh_keygen_public(path, passphrase)) == key
    elif key.startswith("ssh-ed25519") and fmt in ("pkcs8", "public-pem"):
        assert openssl_public(path, passphrase) == key    # ssh-keygen 9.2 reads neither
    elif fmt in ("pem", "pkcs8"):
        assert bare(referees.ssh_keygen_public(path, passphrase)) == key
        assert (b"ENCRYPTED" in path.read_bytes()) == bool(passphrase)
    elif fmt == "ppk":
        assert referees.puttygen_public(path, passphrase) == line
        referees.puttygen_text(path, passphrase)       # decrypts and checks the MAC
        assert (b"Encryption: aes256-cbc" in path.read_bytes()) == bool(passphrase)
    elif fmt == "public-openssh":
        assert path.read_text() == line + "\n"
    elif fmt == "rfc4716":
        assert referees.ssh_keygen_import(path, "RFC4716") == key
    elif fmt == "public-pem":
        assert referees.ssh_keygen_import(path, "PKCS8") == key
    else:
        raise AssertionError(f"unexpected format {fmt}")



def only_protected_outside_chromium(engine: str, protected: bool):
    """Firefox and WebKit take the protected cells only: they go through every step a plain
    one does (the same worker, the engine's primitives) and the KDF and cipher besides, and
    each cell there costs a fresh Python start after Clear (seconds in WebKit)."""
    if not protected and engine != "chromium":
        pytest.skip("plain cells run in Chromium; this engine runs the protected ones")


def check_ed448_file(fmt: str, path: Path, line: str, passphrase: str | None):
    if fmt in ("openssh", "ppk"):
        assert bare(referees.puttygen_public(path, passphrase)) == bare(line)
        referees.puttygen_text(path, passphrase)      # decrypts it
    elif fmt == "public-openssh":
        assert path.read_text() == line + "\n"
    elif fmt == "rfc4716":
        assert bare(referees.puttygen_public(path)) == bare(line)
    elif fmt in ("pkcs8", "public-pem"):
        raw = pem_public_key(path, passphrase).public_bytes(serialization.Encoding.Raw,
                                                            serialization.PublicFormat.Raw)
        assert base64.b64decode(line.split()[1]).endswith(raw)
    else:
        raise AssertionError(f"unexpected format {fmt} for Ed448")


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("family,bits", TYPES, ids=TYPE_IDS)
def test_every_type_generates_and_saves(app, tmp_path, engine, family, bits, protected):
    """Every type in every engine: the private key as OpenSSH and .ppk and the public key,
    each read by its referee."""
    only_protected_outside_chromium(engine, protected)
    passphrase = PASSPHRASE if protected else ""
    comment = f"{engine} {family}{bits or ''}"
    line = generate(app, family, bits, passphrase, comment)
    assert line.startswith(("ssh-", "ecdsa-")) and line.endswith(" " + comment)
    for fmt in ("openssh", "ppk", "public-openssh"):
        check_file(fmt, app.download(f"button.download[data-format={fmt}]", tmp_path), line,
                   passphrase or None)
    app.click("#clear")
    app.wait_for("#result", "hidden")
    assert app.value("#public-key") == "" and app.value("#passphrase") == ""


# The whole matrix of formats, fingerprints and logins runs once, in Chromium: the files are
# the worker's (the same Python in every engine); the engine only makes the primitives.
@pytest.mark.parametrize("engine", ["chromium"], scope="module")
@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("family,bits", TYPES, ids=TYPE_IDS)
def test_generate_and_download_everything(app, sshd, tmp_path, family, bits, protected):
    passphrase = PASSPHRASE if protected else ""
    comment = f"page {family}{bits or ''}"
    line = generate(app, family, bits, passphrase, comment)
    stem = "id_" + family
    app.click("#other-formats > summary")        # folded: open it as a person would
    formats = visible_downloads(app)
    expected = {"openssh", "public-openssh", "ppk", "rfc4716", "pkcs8", "public-pem"}
    assert set(formats) == (expected if family.startswith("ed") else expected | {"pem"})
    files = {}
    for fmt in formats:
        path = app.download(f"button.download[data-format={fmt}]", tmp_path)
        files[fmt] = path
        check_file(fmt, path, line, passphrase or None)
    assert files["openssh"].name == stem and files["public-openssh"].name == stem + ".pub"
    assert files["ppk"].name == stem + ".ppk"
    if family == "ed448":
        return                          # ssh-keygen and sshd have no Ed448
    fingerprint = referees.ssh_keygen_fingerprint(files["public-openssh"]).split()[1]
    assert app.text("#fp-sha256") == fingerprint
    assert app.text("#fp-md5") == referees.ssh_keygen_fingerprint(
        files["public-openssh"], "md5").split()[1]
    art = referees.ssh_keygen_randomart(files["public-openssh"]).split("\n", 1)[1]
    assert app.text("#randomart") == art
    if not protected:
        sshd.authorize(line)
        assert sshd.login_openssh(files["openssh"]) == "ok"
        assert sshd.login_plink(files["ppk"]) == "ok"


def test_ppk_version_2_for_old_putty(app, tmp_path):
    line = generate(app, "ecdsa", "256", PASSPHRASE, "old putty")
    app.check("#ppk-v2")
    path = app.download("button.download[data-format=ppk]", tmp_path)
    assert path.read_bytes().startswith(b"PuTTY-User-Key-File-2: ecdsa-sha2-nistp256\n")
    assert referees.puttygen_public(path, PASSPHRASE) == line
    referees.puttygen_text(path, PASSPHRASE)


def test_mismatched_passphrases_are_refused(app):
    app.fill("#passphrase", "one")
    app.fill("#passphrase2", "two")
    app.click("#generate")
    app.wait_for_text("#passphrase-error", "do not match")
    assert app.text("#passphrase-error") == "The two passphrases do not match."
    assert not app.visible("#result")


# -- the engine's fallbacks (web/engine.js), in every engine ------------------------------------

# Every WebCrypto algorithm the engine can do without: with ?engine-hide, the audited libraries
# do them instead, even where the browser has them, so their output meets the referees too.
HIDDEN = ["ECDSA", "ECDSA-derive", "Ed25519", "Ed25519-derive", "Ed448", "Ed448-derive", "AES-192"]


@pytest.fixture
def fallbacks(shared_tabs, browser, site):
    from conftest import tab_for_test
    yield from tab_for_test(shared_tabs, browser, site.url + "?engine-hide=" + ",".join(HIDDEN))


def test_the_page_reports_the_fallbacks_it_uses(fallbacks):
    used = fallbacks.evaluate("() => performance.getEntriesByName('sshkeys:engine')[0].detail")
    assert {name: used[name] for name in HIDDEN} == {
        name: "@noble/ciphers" if name == "AES-192" else "@noble/curves" for name in HIDDEN}
    assert used["RSA"] == "WebCrypto" and used["Triple DES"] == "des.js"


@pytest.mark.parametrize("family,bits", [("ed25519", None), ("ecdsa", "384"), ("ed448", None)])
def test_fallbacks_generate_keys_the_referees_read(fallbacks, tmp_path, engine, family, bits):
    line = generate(fallbacks, family, bits, PASSPHRASE, f"{engine} fallback {family}")
    for fmt in ("openssh", "ppk", "public-openssh"):
        check_file(fmt, fallbacks.download(f"button.download[data-format={fmt}]", tmp_path), line,
                   PASSPHRASE)


@pytest.mark.parametrize("keytype", ["ecdsa", "ed25519"])
def test_fallbacks_open_an_aes192_file(fallbacks, tmp_path, keytype):
    """ssh-keygen's -Z aes192-ctr: AES-192 and the public key derivation by the libraries."""
    path = tmp_path / "theirs"
    referees.ssh_keygen_generate(path, keytype, comment="aes192", passphrase=PASSPHRASE,
                                 cipher="aes192-ctr")
    fallbacks.click("#tab-open")
    fallbacks.set_files("#key-file", path)
    fallbacks.wait_for("#open-passphrase-row:not([hidden])")
    fallbacks.fill("#open-passphrase", PASSPHRASE)
    fallbacks.click("#open")
    fallbacks.wait_for("#result:not([hidden])")
    assert fallbacks.value("#public-key") == (tmp_path / "theirs.pub").read_text().strip()


# -- opening files made by the referees -------------------------------------------------------

THEIR_FILES = [
    ("ssh-keygen ed25519", "ssh-keygen", "ed25519", None),
    ("ssh-keygen rsa pem", "ssh-keygen", "rsa", "PEM"),
    ("ssh-keygen ecdsa pkcs8", "ssh-keygen", "ecdsa", "PKCS8"),
    ("puttygen rsa ppk3", "puttygen", "rsa", "private"),
    ("puttygen ed25519 ppk2", "puttygen", "ed25519", "private,version=2"),
    ("puttygen ecdsa openssh", "puttygen", "ecdsa", "private-openssh"),    # PEM, Triple DES
    ("puttygen rsa sshcom", "puttygen", "rsa", "private-sshcom"),          # Triple DES
    ("ssh-keygen ed25519 chacha20", "ssh-keygen", "ed25519", "-Z chacha20-poly1305@openssh.com"),
]


def their_file(tmp_path, tool, keytype, fmt, passphrase):
    path = tmp_path / "theirs"
    if tool == "ssh-keygen":
        cipher = fmt.removeprefix("-Z ") if fmt and fmt.startswith("-Z ") else None
        referees.ssh_keygen_generate(path, keytype, 2048 if keytype == "rsa" else None,
                                     "their key", passphrase, None if cipher else fmt, cipher)
    else:
        plain = tmp_path / "plain.ppk"
        referees.puttygen_generate(plain, keytype, 2048 if keytype == "rsa" else None, "their key")
        output, _, params = fmt.partition(",")
        referees.puttygen_convert(plain, path, output, None, passphrase, params or None)
    return path


@pytest.fixture
def fresh(app):
    app.click("#tab-open")
    return app


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("name,tool,keytype,fmt", THEIR_FILES, ids=[f[0] for f in THEIR_FILES])
def test_open_change_and_save_their_files(fresh, tmp_path, engine, name, tool, keytype, fmt,
                                          protected):
    only_protected_outside_chromium(engine, protected)
    passphrase = PASSPHRASE if protected else None
    path = their_file(tmp_path, tool, keytype, fmt, passphrase)
    expected = (referees.ssh_keygen_public if tool == "ssh-keygen" else referees.puttygen_public)(
        path, passphrase)
    tab = fresh
    tab.set_files("#key-file", path)
    if protected:
        tab.wait_for("#open-passphrase-row:not([hidden])")
        tab.fill("#open-passphrase", "not it")
        tab.click("#open")
        tab.wait_for("#open-error:not([hidden])")
        assert "Wrong passphrase" in tab.text("#open-error")
        tab.fill("#open-passphrase", passphrase)
        tab.click("#open")
    tab.wait_for("#result:not([hidden])")
    shown = tab.value("#public-key")
    if "their key" in expected:          # PEM files carry no comment
        assert shown == expected
    assert bare(shown) == bare(expected)

    tab.fill("#edit-comment", "renamed here")
    tab.click("#apply-comment")
    tab.wait_for_text("#key-summary", "renamed here")
    tab.fill("#save-passphrase", "a new passphrase")
    tab.fill("#save-passphrase2", "a new passphrase")
    ppk = tab.download("button.download[data-format=ppk]", tmp_path)
    assert referees.puttygen_public(ppk) == bare(expected) + " renamed here"
    assert referees.puttygen_text(ppk, "a new passphrase")
    openssh = tab.download("button.download[data-format=openssh]", tmp_path)
    assert bare(referees.ssh_keygen_public(openssh, "a new passphrase")) == bare(expected)


def test_a_huge_file_is_refused_before_it_is_read(fresh, tmp_path):
    huge = tmp_path / "movie.mp4"
    huge.write_bytes(bytes(2 << 20))
    fresh.set_files("#key-file", huge)
    fresh.wait_for("#open-error:not([hidden])")
    assert fresh.text("#open-error") == "movie.mp4 is 2.0 MB: that is not a key file."
    assert fresh.disabled("#open")


def test_paste_a_public_key(fresh, tmp_path):
    path = tmp_path / "k"
    referees.ssh_keygen_generate(path, "ed25519", comment="pasted <b>bold</b>")
    line = (tmp_path / "k.pub").read_text().strip()
    fresh.fill("#paste", line)
    fresh.click("#open")
    fresh.wait_for("#result:not([hidden])")
    assert fresh.value("#public-key") == line
    assert "Public key only" in fresh.text("#key-summary")
    assert fresh.count("#key-summary b") == 0        # the comment stayed text
    fresh.click("#other-formats > summary")
    assert set(visible_downloads(fresh)) == {"public-openssh", "rfc4716", "public-pem"}
    assert not fresh.visible("#save-passphrase")


# WebKit: WebDriver cannot read its clipboard, and reading it from the page needs a gesture
# on a paste menu that only a person can choose.
@pytest.mark.parametrize("engine", ["chromium", "firefox"], scope="module")
def test_copy_puts_exactly_the_public_line_on_the_clipboard(browser, site):
    options = {"permissions": ["clipboard-read", "clipboard-write"]} if browser.name == "chromium" else {}
    with browsers.ready(browser, site.url, **options) as tab:
        tab.click("#generate")
        tab.wait_for("#result:not([hidden])")
        tab.click("#copy")
        tab.wait_for_text("#copy-status", "Copied")
        assert tab.evaluate("() => navigator.clipboard.readText()") == tab.value("#public-key")


def generate_save_and_reopen(tab, fmt: str, folder: Path):
    """What a user does once the page is ready: make a key, save it, open its public line."""
    tab.click("#generate")
    tab.wait_for("#result:not([hidden])")
    tab.download(f"button.download[data-format={fmt}]", folder)
    tab.click("#tab-open")
    tab.fill("#paste", tab.value("#public-key"))
    tab.click("#open")
    tab.wait_for_text("#open-status", "Opened")


# WebKit: WebDriver classic reports no requests (the server's own log is checked instead in
# test_no_request_reaches_the_server_after_ready).
@pytest.mark.parametrize("engine", ["chromium", "firefox"], scope="module")
def test_every_request_is_same_origin_and_none_after_ready(browser, site, tmp_path):
    tab = browser.tab()
    try:
        tab.goto(site.url)
        tab.wait_ready()
        requests = tab.requests()
        generate_save_and_reopen(tab, "ppk", tmp_path)
        after_ready = tab.requests()
    finally:
        tab.close()
    origin = urlparse(site.url).netloc
    requests = [u for u in requests if not u.startswith("data:")]     # Firefox lists these too
    # blob: the worker, run from a Blob of worker.js (web/client.js), of the page's origin
    assert requests and all(urlparse(u.removeprefix("blob:")).netloc == origin for u in requests), requests
    assert all(u.startswith(("blob:", "data:")) for u in after_ready), after_ready
    names = {urlparse(u).path.lstrip("/") for u in requests}
    assert {"pyodide.asm.wasm", "python_stdlib.zip", "worker.js", "manifest.json"} <= names


def test_no_request_reaches_the_server_after_ready(app, site, built_dist, tmp_path):
    """Making, saving and opening keys asks the server for nothing. The service worker may
    still be installing then (the page registers it at load): it asks for sw.js and this
    build's files by their names, never with a query, a body or anything of a key."""
    build_files = {"/" + name for name in json.loads((built_dist / "manifest.json").read_text())["files"]}
    site.requests.clear()
    generate_save_and_reopen(app, "openssh", tmp_path)
    assert [r for r in site.requests if r not in build_files | {"/sw.js", "/manifest.json"}] == []


def test_nothing_is_stored(app):
    app.click("#generate")
    app.wait_for("#result:not([hidden])")
    assert app.evaluate("() => document.cookie") == ""
    assert app.evaluate("() => localStorage.length + sessionStorage.length") == 0
    assert app.evaluate("""async () => indexedDB.databases
      ? (await indexedDB.databases()).length : 0""") == 0


# Chromium only, through Playwright itself: the keyboard walk, axe and the screenshots look at
# the page's markup and styles, which are the same in every engine.

def test_keyboard_only(chromium, site):
    with ready_tab(chromium, site.url) as page:

        def tab_to(selector, limit=60):
            for _ in range(limit):
                page.keyboard.press("Tab")
                focused = f"document.activeElement === document.querySelector('{selector}')"
                if page.evaluate(focused):
                    return
            raise AssertionError(f"Tab never reached {selector}")

        tab_to("#tab-generate")
        page.keyboard.press("ArrowRight")
        assert page.locator("#panel-open").is_visible()
        assert page.locator("#panel-generate").is_hidden()
        page.keyboard.press("ArrowLeft")
        tab_to("input[name=family][value=ed25519]")
        page.keyboard.press("ArrowDown")                  # radio group: on to RSA
        assert page.locator("#rsa-size-row").is_visible()
        tab_to("#comment")
        page.keyboard.type(" laptop")
        tab_to("#generate")
        page.keyboard.press("Enter")
        page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
        assert page.evaluate("document.activeElement.id") == "result"
        assert page.input_value("#public-key").startswith("ssh-rsa ")
        assert page.input_value("#public-key").endswith(" laptop")
        tab_to("#copy")
        page.keyboard.press("Enter")
        page.wait_for_selector("#copy-status:not(:empty)")


def test_axe_reports_no_serious_violations(chromium, site):
    # bypass_csp only so that axe's script can be injected
    with ready_tab(chromium, site.url, bypass_csp=True) as page:
        page.click("#generate")
        page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
        page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            serious = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                       for v in result["violations"] if v["impact"] in ("serious", "critical")]
            assert serious == [], f"{scheme}: {serious}"


# A phone and a laptop (tests/test_first_screen.py measures what they show after Generate).
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width,height", [(375, 667), (1280, 800)])
def test_screenshots_of_the_main_states(chromium, site, scheme, width, height):
    ARTIFACTS.mkdir(exist_ok=True)
    context = chromium.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url)
    page.screenshot(path=str(ARTIFACTS / f"page-loading-{scheme}-{width}.png"))
    wait_ready(page)
    page.screenshot(path=str(ARTIFACTS / f"page-ready-{scheme}-{width}.png"), full_page=True)
    page.click("#generate")
    page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
    page.wait_for_selector("#save-passphrase-strength:not([hidden])")
    page.screenshot(path=str(ARTIFACTS / f"page-result-first-screen-{scheme}-{width}.png"))
    page.screenshot(path=str(ARTIFACTS / f"page-result-{scheme}-{width}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"
    context.close()
