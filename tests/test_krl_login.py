"""sshd honours the revocation lists sshkeys-keygen -k writes (issue 20): with our KRL as its
RevokedKeys, sshd (Debian's 9.2 and today's) refuses the revoked key and the certificate whose
serial is revoked, saying in its log that they are revoked, and lets in a key and a
certificate of the same CA that the list does not name."""

import getpass

import pytest

import referees
from keygen_pair import ours

USER = getpass.getuser()


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    """ssh-keygen's CA, two plain keys, two keys with certificates (serials 7 and 8), and our
    KRL revoking the key `gone` and the CA's serial 7."""
    home = tmp_path_factory.mktemp("krl-login")
    referees.ssh_keygen_generate(home / "ca", "ed25519", comment="CA")
    for name in ("gone", "kept", "cert7", "cert8"):
        referees.ssh_keygen_generate(home / name, "ed25519", comment=name)
    for serial in (7, 8):
        referees.ssh_keygen_sign(home / "ca", home / f"cert{serial}.pub", f"serial {serial}",
                                 "-n", USER, "-z", str(serial))
    (home / "serials").write_text("serial: 7\n")
    ours(home, "-k", "-f", "revoked.krl", "-s", "ca.pub", "gone.pub", "serials")
    # ssh-keygen itself reads our list the same way.
    for name, status in (("gone.pub", 1), ("kept.pub", 0), ("cert7-cert.pub", 1),
                         ("cert8-cert.pub", 0)):
        r = referees.run(["ssh-keygen", "-Q", "-f", home / "revoked.krl", home / name],
                         check=False)
        assert r.returncode == status, (name, r.stdout, r.stderr)
    return home


@pytest.fixture
def server(keys, ossh, tmp_path):
    sshd = referees.Sshd(tmp_path, trusted_user_ca_keys=(keys / "ca.pub").read_text(),
                         revoked_keys=keys / "revoked.krl", generation=ossh).start()
    yield sshd
    sshd.stop()


def refused_as_revoked(sshd, key, certificate=None):
    mark = sshd.log_path.stat().st_size
    with pytest.raises(referees.RefereeError):
        sshd.login_openssh(key, certificate=certificate)
    log = sshd.log_path.read_bytes()[mark:].decode(errors="replace")
    assert "revoked by file" in log, log


def test_sshd_refuses_what_our_krl_revokes(keys, server):
    server.authorize((keys / "gone.pub").read_text())
    refused_as_revoked(server, keys / "gone")
    server.authorize((keys / "kept.pub").read_text())
    assert server.login_openssh(keys / "kept") == "ok"


def test_sshd_refuses_a_certificate_whose_serial_our_krl_revokes(keys, server):
    server.authorize("")                     # only a certificate lets anyone in
    refused_as_revoked(server, keys / "cert7", keys / "cert7-cert.pub")
    assert server.login_openssh(keys / "cert8", keys / "cert8-cert.pub") == "ok"
