"""Hand-off to another device (issue 14): bubblebabble as ssh-keygen -B prints it, on the page
and in describe(); the page's QR code, screenshotted and decoded by zbarimg, is the public key
line; a line too long for one code says so."""

import asyncio
import base64
import concurrent.futures
import secrets
import shutil
import struct
import subprocess

import pytest

import browsers
import referees
import sshkeys
from sshkeys.errors import InvalidKeyError

SSH_KEYGEN_SPECS = [s for s in referees.KEY_SPECS if not s.startswith("ed448")]


def ssh_keygen_bubblebabble(path) -> str:
    out = referees.run(["ssh-keygen", "-B", "-f", path]).stdout
    return out.split()[1]


@pytest.mark.parametrize("spec", SSH_KEYGEN_SPECS)
def test_describe_gives_ssh_keygens_bubblebabble(our_key, our_file, spec):
    path = our_file(spec, "public-openssh")
    assert sshkeys.describe(our_key(spec))["bubblebabble"] == ssh_keygen_bubblebabble(path)


def _screenshot_decodes(tab, tmp_path) -> list[str]:
    image = tmp_path / "qr.png"
    tab.playwright.locator("#qr-code svg").screenshot(path=str(image))
    proc = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(image)], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.decode().removesuffix("\n").split("\n")


FAMILIES = [("ed25519", None), ("rsa", "2048"), ("ecdsa", "521"), ("dsa", None), ("ed448", None)]


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) is not installed")
def test_page_shows_bubblebabble_and_a_qr_code_of_the_line(chromium, site, tmp_path):
    with browsers.ready(chromium, site.url) as tab:
        for family, size in FAMILIES:
            line = tab.generate(family, size)
            if family == FAMILIES[0][0]:     # folded: "Send to another device" (it stays open)
                tab.click("#send > summary")
            tab.wait_for("#qr-code svg")
            assert _screenshot_decodes(tab, tmp_path) == [line], family
            pub = tmp_path / f"{family}.pub"
            pub.write_text(line + "\n")
            if family != "ed448":          # ssh-keygen does not know Ed448
                assert tab.text("#fp-bubblebabble") == ssh_keygen_bubblebabble(pub)
            assert not tab.visible("#qr-note")
            tab.click("#clear")


def _huge_rsa_public_line() -> bytes:
    """An RSA 16384 public key line with a long comment: more than one QR code holds."""
    def string(b):
        return struct.pack(">I", len(b)) + b

    def mpint(n):
        return string(n.to_bytes((n.bit_length() + 8) // 8, "big"))
    while True:     # a random modulus without the small factors load_public refuses
        n = secrets.randbits(16384) | (1 << 16383) | 1
        blob = string(b"ssh-rsa") + mpint(65537) + mpint(n)
        line = b"ssh-rsa " + base64.b64encode(blob) + b" " + b"c" * 300 + b"\n"
        try:
            with concurrent.futures.ThreadPoolExecutor(1) as pool:    # Playwright holds
                pool.submit(asyncio.run, sshkeys.load_public(line)).result()   # this loop
            return line
        except InvalidKeyError:
            continue


def test_a_line_too_long_for_one_code_says_so(chromium, site):
    line = _huge_rsa_public_line()
    with browsers.ready(chromium, site.url) as tab:
        tab.click("#tab-open")
        tab.fill("#paste", line.decode())
        tab.click("#open")
        tab.wait_for("#result:not([hidden])")
        tab.click("#send > summary")
        tab.wait_for("#qr-note")
        assert tab.text("#qr-note").startswith(f"The public key line is {len(line) - 1} bytes")
        assert tab.count("#qr-code svg") == 0
