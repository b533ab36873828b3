"""The page in Debian's Chromium: every download checked by ssh-keygen, puttygen and a live sshd."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
from cryptography.hazmat.primitives import serialization

import referees
from page import ARTIFACTS, ROOT, WORK_TIMEOUT, download, ready_tab, wait_ready

PASSPHRASE = "correct horse battery"
TYPES = [("ed25519", None), ("rsa", "2048"), ("rsa", "4096"), ("ecdsa", "256"), ("ecdsa", "384"),
         ("ecdsa", "521"), ("dsa", None)]


@pytest.fixture
def app(chromium, site):
    """A fresh tab per test: Chromium silently drops every 11th download in one tab."""
    with ready_tab(chromium, site.url, accept_downloads=True) as page:
        yield page


def choose_type(page, family, bits):
    if family in ("dsa", "ed448") and page.locator("#legacy").get_attribute("open") is None:
        page.click("#legacy summary")
    page.check(f"input[name=family][value={family}]")
    if family == "rsa":
        page.select_option("#rsa-bits", bits)
    elif family == "ecdsa":
        page.select_option("#ecdsa-bits", bits)


def generate(page, family, bits, passphrase, comment):
    choose_type(page, family, bits)
    page.fill("#comment", comment)
    page.fill("#passphrase", passphrase)
    page.fill("#passphrase2", passphrase)
    page.click("#generate")
    page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
    return page.input_value("#public-key")


def visible_downloads(page):
    return [b.get_attribute("data-format") for b in page.locator("button.download").all()
            if b.is_visible()]


def bare(line: str) -> str:
    """A public key line without its comment."""
    return " ".join(line.split()[:2])


def openssl_public(path: Path, passphrase: str | None) -> str:
    """OpenSSL (through `cryptography`) reading a PKCS#8 or public key PEM file."""
    data = path.read_bytes()
    if b"PUBLIC KEY" in data:
        public = serialization.load_pem_public_key(data)
    else:
        secret = passphrase.encode() if passphrase else None
        public = serialization.load_pem_private_key(data, secret).public_key()
    openssh = serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    return public.public_bytes(*openssh).decode()


def check_file(fmt: str, path: Path, line: str, passphrase: str | None):
    """One downloaded file against the referee that reads it."""
    key = bare(line)
    if fmt == "openssh":
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


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("family,bits", TYPES, ids=[f"{f}{b or ''}" for f, b in TYPES])
def test_generate_and_download_everything(app, sshd, tmp_path, family, bits, protected):
    passphrase = PASSPHRASE if protected else ""
    comment = f"page {family}{bits or ''}"
    line = generate(app, family, bits, passphrase, comment)
    assert line.startswith(("ssh-", "ecdsa-")) and line.endswith(" " + comment)
    stem = "id_" + family
    formats = visible_downloads(app)
    expected = {"openssh", "public-openssh", "ppk", "rfc4716", "pkcs8", "public-pem"}
    assert set(formats) == (expected if family == "ed25519" else expected | {"pem"})
    files = {}
    for fmt in formats:
        path = download(app, f"button.download[data-format={fmt}]", tmp_path)
        files[fmt] = path
        check_file(fmt, path, line, passphrase or None)
    assert files["openssh"].name == stem and files["public-openssh"].name == stem + ".pub"
    assert files["ppk"].name == stem + ".ppk"
    fingerprint = referees.ssh_keygen_fingerprint(files["public-openssh"]).split()[1]
    assert app.text_content("#fp-sha256") == fingerprint
    assert app.text_content("#fp-md5") == referees.ssh_keygen_fingerprint(
        files["public-openssh"], "md5").split()[1]
    art = referees.ssh_keygen_randomart(files["public-openssh"]).split("\n", 1)[1]
    assert app.text_content("#randomart") == art
    if not protected:
        sshd.authorize(line)
        assert sshd.login_openssh(files["openssh"]) == "ok"
        assert sshd.login_plink(files["ppk"]) == "ok"
    app.click("#clear")
    app.wait_for_selector("#result", state="hidden")
    assert app.input_value("#public-key") == "" and app.input_value("#passphrase") == ""


def test_ppk_version_2_for_old_putty(app, tmp_path):
    line = generate(app, "ecdsa", "256", PASSPHRASE, "old putty")
    app.check("#ppk-v2")
    path = download(app, "button.download[data-format=ppk]", tmp_path)
    assert path.read_bytes().startswith(b"PuTTY-User-Key-File-2: ecdsa-sha2-nistp256\n")
    assert referees.puttygen_public(path, PASSPHRASE) == line
    referees.puttygen_text(path, PASSPHRASE)


def test_mismatched_passphrases_are_refused(app):
    app.fill("#passphrase", "one")
    app.fill("#passphrase2", "two")
    app.click("#generate")
    assert app.text_content("#passphrase-error") == "The two passphrases do not match."
    assert app.locator("#result").is_hidden()


# -- opening files made by the referees -------------------------------------------------------

THEIR_FILES = [
    ("ssh-keygen ed25519", "ssh-keygen", "ed25519", None),
    ("ssh-keygen rsa pem", "ssh-keygen", "rsa", "PEM"),
    ("ssh-keygen ecdsa pkcs8", "ssh-keygen", "ecdsa", "PKCS8"),
    ("puttygen rsa ppk3", "puttygen", "rsa", "private"),
    ("puttygen ed25519 ppk2", "puttygen", "ed25519", "private,version=2"),
    ("puttygen ecdsa openssh", "puttygen", "ecdsa", "private-openssh"),
]


def their_file(tmp_path, tool, keytype, fmt, passphrase):
    path = tmp_path / "theirs"
    if tool == "ssh-keygen":
        referees.ssh_keygen_generate(path, keytype, 2048 if keytype == "rsa" else None,
                                     "their key", passphrase, fmt)
    else:
        plain = tmp_path / "plain.ppk"
        referees.puttygen_generate(plain, keytype, 2048 if keytype == "rsa" else None, "their key")
        output, _, params = fmt.partition(",")
        referees.puttygen_convert(plain, path, output, None, passphrase, params or None)
    return path


@pytest.fixture
def fresh(chromium, site):
    with ready_tab(chromium, site.url, accept_downloads=True) as page:
        page.click("#tab-open")
        yield page


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("name,tool,keytype,fmt", THEIR_FILES, ids=[f[0] for f in THEIR_FILES])
def test_open_change_and_save_their_files(fresh, tmp_path, name, tool, keytype, fmt, protected):
    passphrase = PASSPHRASE if protected else None
    path = their_file(tmp_path, tool, keytype, fmt, passphrase)
    expected = (referees.ssh_keygen_public if tool == "ssh-keygen" else referees.puttygen_public)(
        path, passphrase)
    page = fresh
    page.set_input_files("#key-file", str(path))
    if protected:
        page.wait_for_selector("#open-passphrase-row:not([hidden])")
        page.fill("#open-passphrase", "not it")
        page.click("#open")
        page.wait_for_selector("#open-error:not([hidden])")
        error = page.text_content("#open-error")
        if fmt == "private-openssh":     # PuTTYgen encrypts these with Triple DES
            assert error.startswith("Triple DES is not available in this browser")
            return
        assert "Wrong passphrase" in error
        page.fill("#open-passphrase", passphrase)
        page.click("#open")
    page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
    shown = page.input_value("#public-key")
    if "their key" in expected:          # PEM files carry no comment
        assert shown == expected
    assert bare(shown) == bare(expected)

    page.fill("#edit-comment", "renamed here")
    page.click("#apply-comment")
    page.wait_for_selector("#key-summary:has-text('renamed here')")
    page.fill("#save-passphrase", "a new passphrase")
    page.fill("#save-passphrase2", "a new passphrase")
    ppk = download(page, "button.download[data-format=ppk]", tmp_path)
    assert referees.puttygen_public(ppk) == bare(expected) + " renamed here"
    assert referees.puttygen_text(ppk, "a new passphrase")
    openssh = download(page, "button.download[data-format=openssh]", tmp_path)
    assert bare(referees.ssh_keygen_public(openssh, "a new passphrase")) == bare(expected)


def test_a_huge_file_is_refused_before_it_is_read(fresh, tmp_path):
    huge = tmp_path / "movie.mp4"
    huge.write_bytes(bytes(2 << 20))
    fresh.set_input_files("#key-file", str(huge))
    fresh.wait_for_selector("#open-error:not([hidden])")
    assert fresh.text_content("#open-error") == "movie.mp4 is 2.0 MB: that is not a key file."
    assert fresh.locator("#open").is_disabled()


def test_paste_a_public_key(fresh, tmp_path):
    path = tmp_path / "k"
    referees.ssh_keygen_generate(path, "ed25519", comment="pasted <b>bold</b>")
    line = (tmp_path / "k.pub").read_text().strip()
    fresh.fill("#paste", line)
    fresh.click("#open")
    fresh.wait_for_selector("#result:not([hidden])")
    assert fresh.input_value("#public-key") == line
    assert "Public key only" in fresh.text_content("#key-summary")
    assert fresh.locator("#key-summary b").count() == 0        # the comment stayed text
    assert set(visible_downloads(fresh)) == {"public-openssh", "rfc4716", "public-pem"}
    assert fresh.locator("#save-passphrase").is_hidden()


def test_copy_puts_exactly_the_public_line_on_the_clipboard(chromium, site):
    with ready_tab(chromium, site.url, permissions=["clipboard-read", "clipboard-write"]) as page:
        page.click("#generate")
        page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
        page.click("#copy")
        page.wait_for_selector("#copy-status:has-text('Copied')")
        assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#public-key")


def test_every_request_is_same_origin_and_none_after_ready(chromium, site):
    context = chromium.new_context(accept_downloads=True)
    requests, after_ready = [], []
    context.on("request", lambda r: (after_ready if ready else requests).append(r.url))
    ready = False
    page = context.new_page()
    page.goto(site.url)
    wait_ready(page)
    ready = True
    page.click("#generate")
    page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
    with page.expect_download():
        page.click("button.download[data-format=ppk]")
    page.click("#tab-open")
    page.fill("#paste", page.input_value("#public-key"))
    page.click("#open")
    page.wait_for_selector("#open-status:has-text('Opened')")
    context.close()
    origin = urlparse(site.url).netloc
    assert requests and all(urlparse(u).netloc == origin for u in requests), requests
    assert all(u.startswith("blob:") for u in after_ready), after_ready
    names = {urlparse(u).path.lstrip("/") for u in requests}
    assert {"pyodide.asm.wasm", "python_stdlib.zip", "worker.js", "manifest.json"} <= names


def test_nothing_is_stored(chromium, site):
    with ready_tab(chromium, site.url) as page:
        page.click("#generate")
        page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
        storage = page.context.storage_state()
        assert storage["cookies"] == []
        assert all(not o.get("localStorage") for o in storage["origins"])
        assert page.evaluate("localStorage.length + sessionStorage.length") == 0
        assert page.evaluate("indexedDB.databases().then(d => d.length)") == 0


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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_of_the_main_states(chromium, site, scheme, width):
    ARTIFACTS.mkdir(exist_ok=True)
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url)
    page.screenshot(path=str(ARTIFACTS / f"page-loading-{scheme}-{width}.png"))
    wait_ready(page)
    page.screenshot(path=str(ARTIFACTS / f"page-ready-{scheme}-{width}.png"), full_page=True)
    page.click("#generate")
    page.wait_for_selector("#result:not([hidden])", timeout=WORK_TIMEOUT)
    page.screenshot(path=str(ARTIFACTS / f"page-result-{scheme}-{width}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"
    context.close()
