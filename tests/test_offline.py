"""The one-file edition: opened from disk (file://) with the network cut off in the browser,
it makes keys that ssh-keygen and puttygen read, and asks for nothing from anywhere."""

import hashlib
import re
import subprocess
import sys

import pytest

import page
import referees
from page import WORK_TIMEOUT, download, wait_ready
from test_page import check_file, generate

PASSPHRASE = "offline horse battery"


@pytest.fixture(scope="module")
def offline_file(built_dist):
    [path] = built_dist.glob("sshkeys-*-offline.html")
    return path


@pytest.fixture
def offline(chromium, offline_file):
    """A tab on the file, in a context that is offline and aborts every request that is not
    for a file:, blob: or data: URL; yields the tab and the list of every URL requested."""
    context = chromium.new_context(offline=True, accept_downloads=True)
    requested = []
    context.on("request", lambda r: requested.append(r.url))
    context.route(re.compile(r"^(?!file:|blob:|data:)"), lambda route: route.abort())
    try:
        tab = context.new_page()
        tab.goto(offline_file.as_uri())
        wait_ready(tab)
        yield tab, requested
    finally:
        context.close()


def no_network(requested):
    return [u for u in requested if not u.startswith(("file:", "blob:", "data:"))]


@pytest.mark.parametrize("family,bits,passphrase", [
    ("rsa", "4096", PASSPHRASE), ("ed25519", None, ""), ("ed25519", None, PASSPHRASE)],
    ids=["rsa4096-passphrase", "ed25519-plain", "ed25519-passphrase"])
def test_generates_and_downloads_from_file_url_with_no_network(offline, tmp_path, family, bits,
                                                               passphrase):
    tab, requested = offline
    line = generate(tab, family, bits, passphrase, f"offline {family}")
    for fmt in ("openssh", "ppk", "public-openssh"):
        path = download(tab, f"button.download[data-format={fmt}]", tmp_path)
        check_file(fmt, path, line, passphrase or None)
    assert no_network(requested) == []
    assert tab.evaluate("location.protocol") == "file:"


def test_opens_a_protected_key_from_file_url(offline, tmp_path):
    tab, requested = offline
    key = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(key, "ed25519", comment="theirs", passphrase=PASSPHRASE)
    tab.click("#tab-open")
    tab.set_input_files("#key-file", str(key))
    tab.wait_for_selector("#open-passphrase-row:not([hidden])")
    tab.fill("#open-passphrase", PASSPHRASE)
    tab.click("#open")
    tab.wait_for_selector("#open-status:has-text('Opened')", timeout=WORK_TIMEOUT)
    assert tab.input_value("#public-key") == key.with_suffix(".pub").read_text().strip()
    assert no_network(requested) == []


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
