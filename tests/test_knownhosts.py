"""known_hosts -F, -R and -H against ssh-keygen 9.2 on the same files: the same output, files,
backups and exit statuses (hashed names compared by what they hash, their salts being random)."""

import re
import shutil

import pytest

from keygen_pair import both, keygen, ours, theirs
from sshkeys import knownhosts

HOSTS = ["alpha", "Beta.example.com", "[gamma]:2222", "delta", "10.0.0.7", "eps1", "eps2",
         "zeta"]


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("knownhosts")
    keys = {}
    for n, kind in ((1, "ed25519"), (2, "ecdsa"), (3, "ed25519"), (4, "ed25519")):
        keygen(home, f"k{n}", "-t", kind)
        keys[n] = " ".join((home / f"k{n}.pub").read_text().split()[:2])
    hashed_src = home / "to-hash"
    hashed_src.write_text(f"zeta {keys[4]}\n")
    theirs(home, "-q", "-H", "-f", hashed_src)
    hashed = hashed_src.read_text().strip()
    lines = [
        "# a comment", f"alpha {keys[1]}", f"Beta.example.com,10.0.0.7 {keys[2]}",
        f"[gamma]:2222 {keys[3]}", "", f"@cert-authority *.example.com {keys[4]}",
        f"@revoked delta {keys[1]}", f"eps* {keys[2]} a wildcard", f"delta {keys[3]}\r",
        f"alpha,!alpha {keys[4]}", hashed, f"   alpha\t{keys[2]}   # indented",
    ]
    (home / "clean").write_text("\n".join(lines) + "\n")
    (home / "broken").write_bytes(((home / "clean").read_text() +
                                   "host-i \n\x01\xfe\xffgarbage ssh-ed25519\n").encode("latin-1"))
    return home


@pytest.mark.parametrize("file", ["clean", "broken"])
@pytest.mark.parametrize("host", HOSTS + ["ALPHA", "gamma", "beta.example.com", "nowhere",
                                          "x.example.com"])
def test_find(home, file, host):
    for extra in ([], ["-q"], ["-H"], ["-l"]):
        a, b = both(home, "-f", file, "-F", host, *extra)
        if extra == ["-H"]:
            assert _structure(a.out, HOSTS) == _structure(b.out, HOSTS)
        else:
            assert a.out == b.out, (extra, a.out, b.out)


def _structure(text: str, names) -> list:
    """Each hashed name replaced by the name it hashes (found among `names`)."""
    out = []
    for line in text.splitlines():
        m = re.match(r"(\|1\|[^| ]+\|[^ ]+) (.*)", line)
        if m:
            salt = knownhosts._salt(m[1])
            name = next((n.lower() for n in names
                         if knownhosts.hash_host(n.lower(), salt) == m[1]), "?")
            line = f"<hash of {name}> {m[2]}"
        out.append(line)
    return out


@pytest.mark.parametrize("host", HOSTS + ["nowhere", "*.example.com"])
def test_remove(home, tmp_path, host):
    for run in ("ours", "theirs"):
        (tmp_path / run).mkdir()
        shutil.copy(home / "clean", tmp_path / run / "known_hosts")
    a = ours(tmp_path, "-f", "ours/known_hosts", "-R", host)
    b = theirs(tmp_path, "-f", "theirs/known_hosts", "-R", host)
    assert a.out == b.out.replace("theirs/", "ours/")
    assert a.err == b.err.replace("theirs/", "ours/")
    for name in ("known_hosts", "known_hosts.old"):
        mine, their = tmp_path / "ours" / name, tmp_path / "theirs" / name
        assert mine.exists() == their.exists()
        if mine.exists():
            assert mine.read_bytes() == their.read_bytes()
            assert mine.stat().st_mode == their.stat().st_mode


def test_remove_and_hash_refuse_a_broken_file(home, tmp_path):
    """A line ssh-keygen cannot read: the file is left as it was, exit 1, the line named."""
    for args in (["-R", "alpha"], ["-H"]):
        shutil.copy(home / "broken", tmp_path / "kh")
        a, _ = both(tmp_path, "-f", "kh", *args, status=1)
        assert (tmp_path / "kh").read_bytes() == (home / "broken").read_bytes()
        assert "kh:13: invalid line" in a.err and "kh:14: invalid line" in a.err
        assert a.err == _.err
        assert not (tmp_path / "kh.old").exists()


def test_hash_all(home, tmp_path):
    for run in ("ours", "theirs"):
        (tmp_path / run).mkdir()
        shutil.copy(home / "clean", tmp_path / run / "kh")
    a = ours(tmp_path, "-f", "ours/kh", "-H")
    b = theirs(tmp_path, "-f", "theirs/kh", "-H")
    assert a.out == b.out.replace("theirs/", "ours/")
    assert a.err == b.err.replace("theirs/", "ours/")
    names = HOSTS + ["beta.example.com"]
    assert _structure((tmp_path / "ours/kh").read_text("latin-1"), names) == \
        _structure((tmp_path / "theirs/kh").read_text("latin-1"), names)
    assert (tmp_path / "ours/kh.old").read_bytes() == (home / "clean").read_bytes()
    # Every name is now found through its hash, by both.
    for host in ("alpha", "[gamma]:2222", "10.0.0.7"):
        x, y = both(tmp_path, "-f", "ours/kh", "-F", host, status=0)
        assert x.out == y.out


def test_missing_file(home):
    a, b = both(home, "-f", "no-such-file", "-F", "alpha", status=255)
    assert "no-such-file" in a.err
