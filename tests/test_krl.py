"""Key revocation lists and SSHFP records against ssh-keygen 9.2: -k makes the same KRL bytes
from the same spec (the time it was made aside), -Q gives the same answers on KRLs either
tool wrote, -r prints the same records; a damaged KRL is refused as ssh-keygen refuses it."""

import pytest

from keygen_pair import both, keygen, ours, theirs
from sshkeys import krl
from sshkeys.wire import string, u64

SERIALS = (1, 4, 10, 50, 90, 500, 510, 799, 999, 5, 9, 800)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("krl")
    keygen(home, "ca", "-t", "ed25519")
    keygen(home, "ca2", "-t", "ecdsa")
    for n in SERIALS:
        keygen(home, f"k{n}", "-t", "ecdsa" if n % 2 else "ed25519")
        theirs(home, "-q", "-s", "ca", "-z", n, "-I", f"key {n}", f"k{n}.pub")
    keygen(home, "zero", "-t", "ed25519")
    theirs(home, "-q", "-s", "ca", "-I", "serial zero", "zero.pub")
    keygen(home, "rsa", "-t", "rsa", "-b", "2048")
    keygen(home, "dsa", "-t", "dsa")
    (home / "serials").write_text("serial: 1-4\nserial: 10\n# a comment\nserial: 50\n"
                                  "serial: 90  \nserial: 500-600\nserial: 0x3e7\n"
                                  "serial: 700-798\nserial: 599-701\n")
    (home / "ids").write_text("id: key 5\nid: serial zero\n")
    fp = theirs(home, "-l", "-f", "k9.pub").out.split()[1]
    (home / "hashes").write_text(f"hash: {fp}\nsha1: {(home / 'rsa.pub').read_text()}"
                                 f"sha256: {(home / 'k800.pub').read_text()}"
                                 f"key: {(home / 'dsa.pub').read_text()}")
    return home


SPECS = {
    "keys": (["k1.pub", "rsa.pub"], []),
    "certs": (["k10-cert.pub", "zero-cert.pub"], []),
    "ca": (["ca.pub"], []),
    "serials": (["serials"], ["-s", "ca.pub"]),
    "serials-wild": (["serials"], ["-s", "none"]),
    "ids": (["ids"], ["-s", "ca"]),
    "hashes": (["hashes"], []),
    "all": (["k1.pub", "serials", "ids", "hashes", "-"], ["-s", "ca.pub", "-z", "42",
                                                          "-C", "the list"]),
}
FILES = ([f"k{n}.pub" for n in SERIALS] + [f"k{n}-cert.pub" for n in SERIALS]
         + ["zero.pub", "zero-cert.pub", "rsa.pub", "dsa.pub", "ca.pub"])


def _same_but_date(a: bytes, b: bytes) -> bool:
    # magic 8, version 4, krl_version 8, then the date (8 bytes)
    return a[:20] == b[:20] and a[28:] == b[28:]


@pytest.mark.parametrize("spec", SPECS)
def test_same_krl_and_same_answers(home, spec):
    inputs, options = SPECS[spec]
    stdin = (home / "k4-cert.pub").read_bytes()
    a = ours(home, "-k", "-f", f"ours-{spec}", *options, *inputs, stdin=stdin)
    b = theirs(home, "-k", "-f", f"theirs-{spec}", *options, *inputs, stdin=stdin)
    assert a.out == b.out
    ours_krl, their_krl = (home / f"ours-{spec}").read_bytes(), (home / f"theirs-{spec}").read_bytes()
    assert _same_but_date(ours_krl, their_krl)
    for krl_file in (f"ours-{spec}", f"theirs-{spec}"):
        x, y = both(home, "-Q", "-f", krl_file, *FILES)
        assert x.out == y.out
    x, y = both(home, "-Q", "-l", "-f", f"theirs-{spec}")
    assert x.out == y.out


def test_update_keeps_and_adds(home):
    for tool, name in ((theirs, "u-theirs"), (ours, "u-ours")):
        tool(home, "-k", "-f", name, "k1.pub")
        tool(home, "-k", "-u", "-f", name, "-s", "ca2.pub", "serials")
    assert _same_but_date((home / "u-ours").read_bytes(), (home / "u-theirs").read_bytes())
    x, y = both(home, "-Q", "-f", "u-ours", *FILES)
    assert x.out == y.out


def test_spec_errors(home):
    (home / "bad-spec").write_text("serial: 12x\n")
    for args in (["-k", "-f", "e1", "serials"], ["-k", "-f", "e2", "ids"],
                 ["-k", "-f", "e3", "-s", "ca.pub", "bad-spec"],
                 ["-k", "-u", "-f", "does-not-exist", "k1.pub"],
                 ["-k", "-f", "e4", "no-such-spec"], ["-Q", "-f", "no-such-krl", "k1.pub"]):
        a, b = both(home, *args, status=255)
        assert a.out == b.out
        assert len(a.err.strip().splitlines()) == 1


def test_damaged_krls_are_refused(home):
    good = (home / "theirs-all").read_bytes()
    header_end = 8 + 4 + 8 + 8 + 8 + 4 + 4 + len("the list")
    bad = {
        "truncated": good[:-7],
        "unknown section": good + bytes([9]) + string(b"x"),
        "bad signature": good + bytes([krl.SIGNATURE]) + string(
            (home / "ca.pub").read_text().split()[1].encode()) + string(b"x" * 20),
        "bad magic": b"SSHKRL\n\1" + good[8:],
        "section after signature": good[:header_end] + bytes([krl.SIGNATURE]) + string(b"")
        + string(b"") + good[header_end:],
        "serial range of zero": good[:header_end] + bytes([krl.CERTIFICATES]) + string(
            string(b"") + string(b"") + bytes([krl.SERIAL_RANGE]) + string(u64(0) + u64(3))),
    }
    for name, data in bad.items():
        (home / "bad.krl").write_bytes(data)
        a, b = both(home, "-Q", "-f", "bad.krl", "k1.pub", status=255)
        assert "bad.krl" in a.err and len(a.err.strip().splitlines()) == 1, (name, a.err)


@pytest.mark.parametrize("key", ["rsa.pub", "dsa.pub", "k1.pub", "k5.pub", "ca", "k5-cert.pub"])
def test_sshfp_records(home, key):
    for extra in ([], ["-g"]):
        a, b = both(home, "-r", "host.example.com", "-f", key, *extra, status=0)
        assert a.stdout == b.stdout


def test_sshfp_missing_file(home):
    a, b = both(home, "-r", "host.example.com", "-f", "missing.pub", status=255)
    assert "missing.pub" in a.err


@pytest.mark.parametrize("args,status,words", [
    (["-M", "generate", "out"], 1, "ssh-keygen -M generate"),
    (["-M", "screen", "-f", "in", "out"], 1, "ssh-keygen -M screen"),
    (["-t", "ed25519-sk", "-f", "sk", "-N", ""], 255, "FIDO"),
    (["-t", "ecdsa-sk", "-f", "sk", "-N", ""], 255, "FIDO"),
    (["-U", "-s", "ca", "-I", "x", "k1.pub"], 1, "ssh-agent"),
])
def test_what_we_leave_to_ssh_keygen(home, args, status, words):
    r = ours(home, *args, status=status)
    assert words in r.err and len(r.err.strip().splitlines()) == 1
