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
from conftest import HIDDEN
from page import ARTIFACTS, WORK_TIMEOUT

PASSPHRASE = "correct horse battery"
TYPES = [("ed25519", None), ("rsa", "2048"), ("rsa", "4096"), ("ecdsa", "256"), ("ecdsa", "384"),
         ("ecdsa", "521"), ("dsa", None), ("ed448", None)]
TYPE_IDS = [f"{f}{b or ''}" for f, b in TYPES]


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
def test_every_type_generates_and_saves(tab, tmp_path, engine, family, bits, protected):
    """Every type in every engine: the private key as OpenSSH and .ppk and the public key,
    each read by its referee."""
    only_protected_outside_chromium(engine, protected)
    passphrase = PASSPHRASE if protected else ""
    comment = f"{engine} {family}{bits or ''}"
    line = tab.generate(family, bits, comment=comment, passphrase=passphrase)
    assert line.startswith(("ssh-", "ecdsa-")) and line.endswith(" " + comment)
    for fmt in ("openssh", "ppk", "public-openssh"):
        check_file(fmt, tab.download(f"button.download[data-format={fmt}]", tmp_path), line,
                   passphrase or None)
    tab.click("#clear")
    tab.wait_for("#result", "hidden")
    assert tab.value("#public-key") == "" and tab.value("#passphrase") == ""


# The whole matrix of formats, fingerprints and logins runs once, in Chromium: the files are
# the worker's (the same Python in every engine); the engine only makes the primitives.
@pytest.mark.parametrize("engine", ["chromium"], scope="module")
@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("family,bits", TYPES, ids=TYPE_IDS)
def test_generate_and_download_everything(tab, sshd, tmp_path, family, bits, protected):
    passphrase = PASSPHRASE if protected else ""
    comment = f"page {family}{bits or ''}"
    line = tab.generate(family, bits, comment=comment, passphrase=passphrase)
    stem = "id_" + family
    tab.click("#other-formats > summary")        # folded: open it as a person would
    formats = visible_downloads(tab)
    expected = {"openssh", "public-openssh", "ppk", "rfc4716", "pkcs8", "public-pem"}
    assert set(formats) == (expected if family.startswith("ed") else expected | {"pem"})
    files = {}
    for fmt in formats:
        path = tab.download(f"button.download[data-format={fmt}]", tmp_path)
        files[fmt] = path
        check_file(fmt, path, line, passphrase or None)
    assert files["openssh"].name == stem and files["public-openssh"].name == stem + ".pub"
    assert files["ppk"].name == stem + ".ppk"
    if family == "ed448":
        return                          # ssh-keygen and sshd have no Ed448
    fingerprint = referees.ssh_keygen_fingerprint(files["public-openssh"]).split()[1]
    assert tab.text("#fp-sha256") == fingerprint
    assert tab.text("#fp-md5") == referees.ssh_keygen_fingerprint(
        files["public-openssh"], "md5").split()[1]
    art = referees.ssh_keygen_randomart(files["public-openssh"]).split("\n", 1)[1]
    assert tab.text("#randomart") == art
    if not protected:
        sshd.authorize(line)
        assert sshd.login_openssh(files["openssh"]) == "ok"
        assert sshd.login_plink(files["ppk"]) == "ok"


def test_ppk_version_2_for_old_putty(tab, tmp_path):
    line = tab.generate("ecdsa", "256", comment="old putty", passphrase=PASSPHRASE)
    tab.check("#ppk-v2")
    path = tab.download("button.download[data-format=ppk]", tmp_path)
    assert path.read_bytes().startswith(b"PuTTY-User-Key-File-2: ecdsa-sha2-nistp256\n")
    assert referees.puttygen_public(path, PASSPHRASE) == line
    referees.puttygen_text(path, PASSPHRASE)


def test_mismatched_passphrases_are_refused(tab):
    tab.fill("#passphrase", "one")
    tab.fill("#passphrase2", "two")
    tab.click("#generate")
    tab.wait_for_text("#passphrase-error", "do not match")
    assert tab.text("#passphrase-error") == "The two passphrases do not match."
    assert not tab.visible("#result")


# -- the engine's fallbacks (web/engine.js), in every engine ------------------------------------

# Every WebCrypto algorithm that has a fallback hidden (conftest.HIDDEN, the `fallback_tab`
# fixture): the audited libraries do them instead, so their output meets the referees too.

def test_the_page_reports_the_fallbacks_it_uses(fallback_tab):
    used = fallback_tab.evaluate("() => performance.getEntriesByName('sshkeys:engine')[0].detail")
    assert {name: used[name] for name in HIDDEN} == {
        name: "@noble/ciphers" if name == "AES-192" else "@noble/curves" for name in HIDDEN}
    assert used["RSA"] == "WebCrypto" and used["Triple DES"] == "des.js"


@pytest.mark.parametrize("family,bits", [("ed25519", None), ("ecdsa", "384"), ("ed448", None)])
def test_fallbacks_generate_keys_the_referees_read(fallback_tab, tmp_path, engine, family, bits):
    line = fallback_tab.generate(family, bits, comment=f"{engine} fallback {family}",
                                 passphrase=PASSPHRASE)
    for fmt in ("openssh", "ppk", "public-openssh"):
        check_file(fmt, fallback_tab.download(f"button.download[data-format={fmt}]", tmp_path), line,
                   PASSPHRASE)


@pytest.mark.parametrize("keytype", ["ecdsa", "ed25519"])
def test_fallbacks_open_an_aes192_file(fallback_tab, tmp_path, keytype):
    """ssh-keygen's -Z aes192-ctr: AES-192 and the public key derivation by the libraries."""
    path = tmp_path / "theirs"
    referees.ssh_keygen_generate(path, keytype, comment="aes192", passphrase=PASSPHRASE,
                                 cipher="aes192-ctr")
    assert fallback_tab.open_file(path, PASSPHRASE) == (tmp_path / "theirs.pub").read_text().strip()


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
def open_panel(tab):
    """The `tab` fixture on the Open panel."""
    tab.click("#tab-open")
    return tab


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("name,tool,keytype,fmt", THEIR_FILES, ids=[f[0] for f in THEIR_FILES])
def test_open_change_and_save_their_files(open_panel, tmp_path, engine, name, tool, keytype, fmt,
                                          protected):
    only_protected_outside_chromium(engine, protected)
    passphrase = PASSPHRASE if protected else None
    path = their_file(tmp_path, tool, keytype, fmt, passphrase)
    expected = (referees.ssh_keygen_public if tool == "ssh-keygen" else referees.puttygen_public)(
        path, passphrase)
    tab = open_panel
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
    # The passphrase row was this file's: left showing, the next file's wait would find it.
    assert not tab.visible("#open-passphrase-row")
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


def test_a_huge_file_is_refused_before_it_is_read(open_panel, tmp_path):
    huge = tmp_path / "movie.mp4"
    huge.write_bytes(bytes(2 << 20))
    open_panel.set_files("#key-file", huge)
    open_panel.wait_for("#open-error:not([hidden])")
    assert open_panel.text("#open-error") == "movie.mp4 is 2.0 MB: that is not a key file."
    assert open_panel.disabled("#open")


def test_paste_a_public_key(open_panel, tmp_path):
    path = tmp_path / "k"
    referees.ssh_keygen_generate(path, "ed25519", comment="pasted <b>bold</b>")
    line = (tmp_path / "k.pub").read_text().strip()
    open_panel.fill("#paste", line)
    open_panel.click("#open")
    open_panel.wait_for("#result:not([hidden])")
    assert open_panel.value("#public-key") == line
    assert "Public key only" in open_panel.text("#key-summary")
    assert open_panel.count("#key-summary b") == 0        # the comment stayed text
    open_panel.click("#other-formats > summary")
    assert set(visible_downloads(open_panel)) == {"public-openssh", "rfc4716", "public-pem"}
    assert not open_panel.visible("#save-passphrase")


# WebKit: WebDriver cannot read its clipboard, and reading it from the page needs a gesture
# on a paste menu that only a person can choose.
@pytest.mark.parametrize("engine", ["chromium", "firefox"], scope="module")
def test_copy_puts_exactly_the_public_line_on_the_clipboard(browser, site):
    options = {"permissions": ["clipboard-read", "clipboard-write"]} if browser.name == "chromium" else {}
    with browsers.ready(browser, site.url, **options) as tab:
        tab.generate()
        tab.click("#copy")
        tab.wait_for_text("#copy-status", "Copied")
        assert tab.evaluate("() => navigator.clipboard.readText()") == tab.value("#public-key")


def generate_save_and_reopen(tab, fmt: str, folder: Path):
    """What a user does once the page is ready: make a key, save it, open its public line."""
    tab.generate()
    tab.download(f"button.download[data-format={fmt}]", folder)
    tab.click("#tab-open")
    tab.fill("#paste", tab.value("#public-key"))
    tab.click("#open")
    tab.wait_for_text("#open-status", "Opened")


# WebKit: WebDriver classic reports no requests (the server's own log is checked instead in
# test_no_request_reaches_the_server_after_ready).
@pytest.mark.parametrize("engine", ["chromium", "firefox"], scope="module")
def test_every_request_is_same_origin_and_none_after_ready(browser, site, tmp_path):
    with browsers.ready(browser, site.url) as tab:
        requests = tab.requests()
        generate_save_and_reopen(tab, "ppk", tmp_path)
        after_ready = tab.requests()
    origin = urlparse(site.url).netloc
    requests = [u for u in requests if not u.startswith("data:")]     # Firefox lists these too
    # blob: the worker, run from a Blob of worker.js (web/client.js), of the page's origin
    assert requests and all(urlparse(u.removeprefix("blob:")).netloc == origin for u in requests), requests
    assert all(u.startswith(("blob:", "data:")) for u in after_ready), after_ready
    names = {urlparse(u).path.lstrip("/") for u in requests}
    assert {"pyodide.asm.wasm", "python_stdlib.zip", "worker.js", "manifest.json"} <= names


def test_no_request_reaches_the_server_after_ready(tab, site, built_dist, tmp_path):
    """Making, saving and opening keys asks the server for nothing. The service worker may
    still be installing then (the page registers it at load): it asks for sw.js and this
    build's files by their names, never with a query, a body or anything of a key."""
    build_files = {"/" + name for name in json.loads((built_dist / "manifest.json").read_text())["files"]}
    site.requests.clear()
    generate_save_and_reopen(tab, "openssh", tmp_path)
    assert [r for r in site.requests if r not in build_files | {"/sw.js", "/manifest.json"}] == []


def test_nothing_is_stored(tab):
    tab.generate()
    assert tab.evaluate("() => document.cookie") == ""
    assert tab.evaluate("() => localStorage.length + sessionStorage.length") == 0
    assert tab.evaluate("""async () => indexedDB.databases
      ? (await indexedDB.databases()).length : 0""") == 0


# Chromium only, through Playwright itself: the keyboard walk, axe and the screenshots look at
# the page's markup and styles, which are the same in every engine.

def test_keyboard_only(chromium, site):
    with browsers.ready(chromium, site.url) as tab:
        page = tab.playwright

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
    with browsers.ready(chromium, site.url, bypass_csp=True) as tab:
        tab.generate()
        for scheme in ("light", "dark"):
            tab.playwright.emulate_media(color_scheme=scheme)
            serious = browsers.serious_axe_violations(tab)
            assert serious == [], f"{scheme}: {serious}"


# A phone and a laptop (tests/test_first_screen.py measures what they show after Generate).
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width,height", [(375, 667), (1280, 800)])
def test_screenshots_of_the_main_states(chromium, site, scheme, width, height):
    ARTIFACTS.mkdir(exist_ok=True)
    tab = chromium.tab(viewport={"width": width, "height": height}, color_scheme=scheme)
    try:
        page = tab.playwright
        tab.goto(site.url)
        page.screenshot(path=str(ARTIFACTS / f"page-loading-{scheme}-{width}.png"))
        tab.wait_ready()
        page.screenshot(path=str(ARTIFACTS / f"page-ready-{scheme}-{width}.png"), full_page=True)
        tab.generate()
        tab.wait_for("#save-passphrase-strength")
        page.screenshot(path=str(ARTIFACTS / f"page-result-first-screen-{scheme}-{width}.png"))
        page.screenshot(path=str(ARTIFACTS / f"page-result-{scheme}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"
    finally:
        tab.close()
