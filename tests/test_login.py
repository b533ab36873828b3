"""Live logins: keys we make and files we write, used by ssh and plink against a real sshd.

For every type OpenSSH accepts (Ed25519, RSA, ECDSA P-256/384/521, and DSA, which our test
sshd and ssh re-enable in 9.2; see referees.Sshd), sshd authorizes our public line and:
  - ssh logs in with our openssh-key-v1 file, and with our PEM and PKCS#8 files where
    OpenSSH reads those (all but Ed25519);
  - plink logs in with our .ppk, version 3 and version 2.
The files are unencrypted: ssh -o BatchMode and plink -batch cannot ask for a passphrase
(test_interop proves the encrypted files decrypt in both tools).

The ssh cells run against both OpenSSH generations (ossh92: Debian's ssh and sshd; ossh103:
today's, where DSA cells are skipped by name), the plink cells against both PuTTY generations
(putty078, putty085) logging in to Debian's sshd. Ed25519 PKCS#8 logs in with ssh 9.6+.
"""

import pytest

import sshkeys
from referees import KEY_SPECS, LOGIN_KEYS, PEM_KEYS

SSH_FILES = ([pytest.param(s, "openssh", id=f"{s}-openssh") for s in LOGIN_KEYS]
             + [pytest.param(s, v, id=f"{s}-{v}") for v in ("pem", "pkcs8") for s in PEM_KEYS]
             + [pytest.param("ed25519", "pkcs8", id="ed25519-pkcs8")]
             + [pytest.param("rsa4096", "openssh", id="rsa4096-openssh")])
PLINK_FILES = ([pytest.param(s, v, id=f"{s}-{v}") for v in ("ppk3", "ppk2") for s in LOGIN_KEYS]
               + [pytest.param("rsa4096", "ppk3", id="rsa4096-ppk3")])


@pytest.mark.parametrize("spec,variant", SSH_FILES)
def test_ssh_login(ossh, sshd_of, our_key, our_file, spec, variant):
    ossh.skip_if_lacks(KEY_SPECS[spec][0], variant)
    sshd = sshd_of(ossh)
    sshd.authorize(sshkeys.public_line(our_key(spec)))
    assert sshd.login_openssh(our_file(spec, variant)) == "ok"


@pytest.mark.parametrize("spec,variant", PLINK_FILES)
def test_plink_login(putty, sshd, our_key, our_file, spec, variant):
    sshd.authorize(sshkeys.public_line(our_key(spec)))
    assert sshd.login_plink(our_file(spec, variant)) == "ok"


def test_a_key_not_authorized_is_refused(ossh, sshd_of, our_key, our_file):
    """The harness itself: sshd must refuse a key it was not given, for both clients."""
    sshd = sshd_of(ossh)
    sshd.authorize(sshkeys.public_line(our_key("ecdsa256")))
    with pytest.raises(AssertionError, match="denied|refused|No supported authentication"):
        sshd.login_openssh(our_file("ed25519", "openssh"))
    with pytest.raises(AssertionError, match="denied|refused|No supported authentication"):
        sshd.login_plink(our_file("ed25519", "ppk3"))
