"""The page's certificates (web/certs.js), in every engine, proven by ssh-keygen, sshd, ssh,
puttygen and plink: the Certificates tab signs a user certificate with a CA key ssh-keygen
made (passphrase asked), ssh-keygen -L shows the fields set on the page and sshd lets it log
in; it inspects ssh-keygen's certificates with ssh-keygen's listing and a verdict; an opened
certificate line is explained; a certificate attached to the key on screen goes into the
.ppk exactly as puttygen --certificate puts it, and plink logs in with it."""

import base64
import getpass
import re
from datetime import datetime

import pytest

import referees

USER = getpass.getuser()
CA_PASSPHRASE = "ca secret"


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    """A CA key of ssh-keygen's (passphrase-protected), a user key, and a loopback sshd that
    trusts the CA for user certificates and authorizes no key."""
    folder = tmp_path_factory.mktemp("ca")
    referees.ssh_keygen_generate(folder / "ca", "ed25519", comment="test CA",
                                 passphrase=CA_PASSPHRASE)
    referees.ssh_keygen_generate(folder / "id_ecdsa", "ecdsa", 256, comment="alice@laptop")
    server = referees.Sshd(tmp_path_factory.mktemp("sshd"),
                           trusted_user_ca_keys=(folder / "ca.pub").read_text())
    server.start()
    server.authorize("")                    # only a certificate lets anyone in
    yield folder, server
    server.stop()


def their_certificate(ca, tmp_path, *options, name="id_ecdsa"):
    """ssh-keygen -s of the module's user key: the -cert.pub path, in tmp_path."""
    folder, _ = ca
    public = tmp_path / f"{name}.pub"
    public.write_bytes((folder / "id_ecdsa.pub").read_bytes())
    return referees.ssh_keygen_sign(folder / "ca", public, "their cert", *options,
                                    passphrase=CA_PASSPHRASE)


def open_ca(tab, ca):
    folder, _ = ca
    tab.click("#tab-certs")
    tab.set_files("#ca-file", folder / "ca")
    tab.wait_for("#ca-passphrase-row:not([hidden])")
    tab.fill("#ca-passphrase", CA_PASSPHRASE)
    tab.click("#ca-open")
    tab.wait_for_text("#ca-status", "CA key: ssh-ed25519")


def test_the_page_signs_a_user_certificate_that_logs_in(tab, ca, tmp_path):
    folder, server = ca
    open_ca(tab, ca)
    tab.set_files("#subject-file", folder / "id_ecdsa.pub")
    tab.fill("#cert-id", "alice@example.com")
    tab.fill("#cert-principals", f"{USER}, deploy")
    tab.select("#cert-validity", "+1d")
    tab.fill("#cert-serial", "42")
    for name in ("permit-X11-forwarding", "permit-user-rc"):
        tab.click(f"input[name=cert-ext][value={name}]")
    tab.fill("#cert-force-command", "echo forced")
    tab.fill("#cert-source-address", "127.0.0.1/32, ::1/128")
    cert = tab.download("#cert-sign", tmp_path)
    assert cert.name == "id_ecdsa-cert.pub"          # ssh-keygen's name for id_ecdsa.pub's

    listing = referees.ssh_keygen_show_cert(cert)
    fields = listing.split("\n", 1)[1]
    assert "Type: ecdsa-sha2-nistp256-cert-v01@openssh.com user certificate" in fields
    assert 'Key ID: "alice@example.com"' in fields and "Serial: 42" in fields
    assert f"Principals: \n                {USER}\n                deploy\n" in fields
    assert ("Critical Options: \n                force-command echo forced\n"
            "                source-address 127.0.0.1/32,::1/128\n") in fields
    assert ("Extensions: \n                permit-agent-forwarding\n"
            "                permit-port-forwarding\n                permit-pty\n") in fields
    after, before = (datetime.fromisoformat(t) for t in
                     re.search(r"Valid: from (\S+) to (\S+)", fields).groups())
    assert 86400 <= (before - after).total_seconds() < 86400 + 120
    # The page lists what it signed as ssh-keygen -L does, under the file's name.
    tab.wait_for_text("#inspect-verdict", "Valid now")
    assert tab.text("#inspect-listing") == f"{cert.name}:\n{fields}"

    # sshd trusts it: the forced command runs instead of ours.
    assert server.login_openssh(folder / "id_ecdsa", certificate=cert) == "forced"


def test_inspect_shows_ssh_keygen_s_listing_and_a_verdict(tab, ca, tmp_path):
    tab.click("#tab-certs")
    now = their_certificate(ca, tmp_path, "-n", "alice,bob", "-V", "-5m:+1h", "-z", "7",
                            "-O", "no-pty", "-O", "source-address=10.0.0.0/8")
    tab.set_files("#inspect-file", now)
    expected = f"{now.name}:\n" + referees.ssh_keygen_show_cert(now).split("\n", 1)[1]
    tab.wait_for_text("#inspect-listing", expected)       # (a shared tab shows the last one first)
    assert tab.text("#inspect-listing") == expected
    assert tab.text("#inspect-verdict").startswith("Valid now")
    assert "The CA's signature checks out" in tab.text("#inspect-verdict")

    for validity, verdict in [("20200101:20200102", "Expired"), ("+1w:+2w", "Not yet valid")]:
        sub = tmp_path / validity.replace(":", "-")
        sub.mkdir()
        path = their_certificate(ca, sub, "-V", validity)
        tab.fill("#inspect-paste", path.read_text())
        tab.click("#inspect-run")
        tab.wait_for_text("#inspect-verdict", verdict)
        assert tab.text("#inspect-listing") == (
            "(pasted):\n" + referees.ssh_keygen_show_cert(path).split("\n", 1)[1])

    # A certificate altered after signing is refused, with the reason.
    kind, blob, *rest = now.read_text().split()
    raw = bytearray(base64.b64decode(blob))
    raw[-5] ^= 1                                        # inside the CA's signature
    forged = " ".join([kind, base64.b64encode(bytes(raw)).decode(), *rest])
    tab.fill("#inspect-paste", forged)
    tab.click("#inspect-run")
    tab.wait_for("#inspect-error")
    assert "signature" in tab.text("#inspect-error").lower()
    assert not tab.visible("#inspect-listing")


def test_an_opened_certificate_line_is_explained(tab, ca, tmp_path):
    folder, _ = ca
    cert = their_certificate(ca, tmp_path, "-n", "alice", "-V", "+52w")
    tab.click("#tab-open")
    tab.fill("#paste", cert.read_text())
    tab.click("#open")
    tab.wait_for("#key-cert")
    tab.click("#key-cert > summary")                    # folded: open it as a person would
    assert "This is an OpenSSH user certificate, not a key" in tab.text("#key-cert-about")
    assert "Valid now" in tab.text("#key-cert-verdict")
    assert tab.text("#key-cert-listing") == referees.ssh_keygen_show_cert(cert).split("\n", 1)[1]
    assert tab.value("#public-key") == (folder / "id_ecdsa.pub").read_text().strip()
    assert not tab.visible("#attach-group")            # nothing private to attach it to
    saved = tab.download("button.download[data-format=certificate]", tmp_path)
    assert saved.name == "id_ecdsa-cert.pub" and saved.read_bytes() == cert.read_bytes()


def test_attach_a_certificate_and_save_a_ppk_plink_logs_in_with(tab, ca, tmp_path):
    folder, server = ca
    cert = their_certificate(ca, tmp_path, "-n", USER, "-V", "-5m:+1h")
    tab.click("#tab-open")
    tab.set_files("#key-file", folder / "id_ecdsa")
    tab.wait_for("#result")
    tab.click("#key-cert > summary")
    assert tab.text("#key-cert-about") == "This key has no certificate."
    assert not tab.visible("#remove-cert")
    tab.set_files("#attach-file", cert)
    tab.wait_for_text("#attach-status", "Attached")
    assert "This key carries an OpenSSH user certificate" in tab.text("#key-cert-about")
    assert tab.visible("#remove-cert")
    ppk = tab.download("button.download[data-format=ppk]", tmp_path)

    # PuTTYgen's --certificate makes the same file from the key and the -cert.pub.
    theirs = tmp_path / "theirs.ppk"
    empty = referees._passphrase_file(None)
    referees.run(["puttygen", folder / "id_ecdsa", "--old-passphrase", empty,
                  "--new-passphrase", empty, "--certificate", cert, "-o", theirs])
    assert ppk.read_bytes() == theirs.read_bytes()
    assert "ecdsa-sha2-nistp256-cert-v01@openssh.com" in referees.run(
        ["puttygen", ppk, "--cert-info"]).stdout
    assert server.login_plink(ppk) == "ok"

    tab.click("#remove-cert")
    tab.wait_for_text("#attach-status", "Removed")
    assert not tab.visible("button.download[data-format=certificate]")
