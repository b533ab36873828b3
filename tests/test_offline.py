"""The one-file edition in every engine: opened from disk (file://) in a browser with no network
(its only proxy answers nothing), it makes every type of key, which ssh-keygen and puttygen
read, and asks for nothing from anywhere."""

import hashlib
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

import page
import referees
from test_page import TYPE_IDS, TYPES, check_file

PASSPHRASE = "offline horse battery"


@pytest.fixture(scope="module")
def offline_file(built_dist):
    [path] = built_dist.glob("sshkeys-*-offline.html")
    return path


@pytest.fixture(scope="module")
def trap():
    proxy = page.Trap()
    yield proxy
    proxy.stop()


# What the browsers themselves ask for through the proxy, whatever page is open (Firefox's remote
# settings, Chromium's account and update checks): not the page's, which has no way to reach
# them. The page's own requests are in the engine's record (Chromium, Firefox), which holds none
# of these, and WebKit asks for nothing at all.
BROWSER_SERVICES = {"firefox.settings.services.mozilla.com", "accounts.google.com",
                    "update.googleapis.com"}


def host(request_line: str) -> str:
    """'CONNECT host:443 HTTP/1.1' or 'GET http://host/path HTTP/1.1' -> 'host'."""
    target = (request_line.split() + ["", ""])[1]
    return urlsplit(target if "://" in target else "//" + target).hostname or ""


@pytest.fixture
def offline(engine, launched, trap, offline_file, shared_tabs):
    """A tab on the file in a browser whose only proxy is the trap, so it has no network;
    yields the tab and a function listing every request that was not for a file:, blob: or
    data: URL (the trap's record, and the engine's own where its driver reports requests)."""
    from conftest import tab_for_test
    browser = launched(engine, proxy=trap.address)
    for tab in tab_for_test(shared_tabs, browser, offline_file.as_uri()):
        def network():
            seen = [] if engine == "webkit" else tab.requests()
            return ([t for t in trap.tried if host(t) not in BROWSER_SERVICES]
                    + [u for u in seen if not u.startswith(("file:", "blob:", "data:"))])
        yield tab, network


@pytest.mark.parametrize("family,bits,passphrase", [
    *((f, b, PASSPHRASE) for f, b in TYPES), ("ed25519", None, "")],
    ids=[*TYPE_IDS, "ed25519-plain"])
def test_every_type_from_file_url_with_no_network(offline, tmp_path, family, bits, passphrase):
    tab, network = offline
    line = tab.generate(family, bits, comment=f"offline {family}", passphrase=passphrase)
    for fmt in ("openssh", "ppk", "public-openssh"):
        path = tab.download(f"button.download[data-format={fmt}]", tmp_path)
        check_file(fmt, path, line, passphrase or None)
    assert network() == []
    assert tab.evaluate("() => location.protocol") == "file:"


def test_opens_a_protected_key_from_file_url(offline, tmp_path):
    tab, network = offline
    key = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(key, "ed25519", comment="theirs", passphrase=PASSPHRASE)
    assert tab.open_file(key, PASSPHRASE) == key.with_suffix(".pub").read_text().strip()
    tab.wait_for_text("#open-status", "Opened")
    assert network() == []


def test_rates_a_typed_passphrase_from_file_url(offline):
    """The passphrase rater (rater.js, zxcvbn-ts) comes out of the file as well and starts on
    the first rating, with no request."""
    tab, network = offline
    try:
        tab.fill("#passphrase", "password1")
        tab.wait_for_text("#passphrase-strength", "Very weak passphrase.")
        assert "commonly used password" in tab.text("#passphrase-strength")
    finally:
        tab.fill("#passphrase", "")
    assert network() == []


def test_the_file_is_self_contained_and_locked_down(offline_file, built_dist):
    html = offline_file.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'none'"
    assert directives["worker-src"] == "blob:"
    sources = policy.replace(";", " ").split()
    assert not {"'self'", "'unsafe-inline'", "'unsafe-eval'", "*"} & set(sources)
    # No reference to any file beside it: everything is inside.
    assert not re.search(r'\b(?:src|href)="(?!#|https?:|mailto:|data:)', html)
    assert 'rel="manifest"' not in html and 'type="module"' not in html
    for name in ("worker.js", "manifest.json", "pyodide-lock.json", "pyodide.asm.wasm.gz",
                 "python_stdlib.zip.gz"):
        assert f'data-file="{name}"' in html


def test_build_prints_the_size_and_sha256_of_the_file(tmp_path):
    out = tmp_path / "dist"
    result = subprocess.run([sys.executable, str(page.ROOT / "build.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    [path] = out.glob("sshkeys-*-offline.html")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert f"{path}: {path.stat().st_size:,} bytes, sha256 {digest}" in result.stdout
