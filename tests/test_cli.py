"""The command line against puttygen: same options, same outputs, one-sentence errors."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PY = str(Path(__file__).resolve().parents[1] / "py")
TYPES = [("ed25519", None), ("rsa", 2048), ("ecdsa", 256), ("ecdsa", 384), ("ecdsa", 521),
         ("dsa", 1024), ("ed448", None)]


def ours(*args, stdin=None, check=True):
    env = dict(os.environ, PYTHONPATH=PY)
    r = subprocess.run([sys.executable, "-m", "sshkeys", *map(str, args)], input=stdin,
                       capture_output=True, env=env, timeout=120)
    if check:
        assert r.returncode == 0, r.stderr.decode()
    return r


def puttygen(*args):
    r = subprocess.run(["puttygen", *map(str, args)], capture_output=True, timeout=120,
                       stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    (d / "pw").write_text("secret words\n")
    (d / "pw2").write_text("other words\n")
    (d / "empty").write_text("")
    return d


@pytest.fixture(scope="module")
def generated(workdir):
    """One passphrase-protected .ppk per type, made by our CLI with puttygen's options."""
    files = {}
    for family, bits in TYPES:
        name = f"{family}{bits or ''}"
        path = workdir / f"{name}.ppk"
        args = ["-t", family, "-C", f"cli {name}", "-o", path, "--new-passphrase",
                workdir / "pw", "-q", "--ppk-param", "passes=2"]
        ours(*(args + (["-b", bits] if bits else [])))
        files[name] = path
    return files


@pytest.mark.parametrize("name", [f"{f}{b or ''}" for f, b in TYPES])
def test_outputs_match_puttygen(generated, workdir, name):
    path, pw = generated[name], workdir / "pw"
    assert ours(path, "-l").stdout == puttygen(path, "-l")
    assert ours(path, "-l", "-E", "md5").stdout == puttygen(path, "-l", "-E", "md5")
    assert ours(path, "-L").stdout == puttygen(path, "-L")
    assert ours(path, "-p").stdout == puttygen(path, "-p")
    assert (ours(path, "-O", "text", "--old-passphrase", pw).stdout
            == puttygen(path, "-O", "text", "--old-passphrase", pw))


@pytest.mark.parametrize("output,reader", [
    ("private-openssh", "ssh-keygen"), ("private-openssh-new", "ssh-keygen"),
    ("private-pem", "ssh-keygen"), ("private", "puttygen")])
def test_conversion_keeps_passphrase(generated, workdir, output, reader):
    src = generated["rsa2048"]
    out = workdir / f"conv-{output}"
    ours(src, "-O", output, "-o", out, "--old-passphrase", workdir / "pw")
    assert out.stat().st_mode & 0o777 == 0o600
    expected = puttygen(src, "-L").split()[:2]
    if reader == "ssh-keygen":
        got = subprocess.run(["ssh-keygen", "-y", "-P", "secret words", "-f", out],
                             capture_output=True, check=True).stdout.split()[:2]
    else:
        got = puttygen(out, "-L", "--old-passphrase", workdir / "pw").split()[:2]
    assert got == expected


def test_private_openssh_for_eddsa_is_the_new_format(generated, workdir):
    out = workdir / "ed-openssh"
    ours(generated["ed25519"], "-O", "private-openssh", "-o", out, "--old-passphrase", workdir / "pw")
    assert out.read_bytes().startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----")


def test_change_comment_and_passphrase_in_place(generated, workdir):
    path = workdir / "inplace.ppk"
    path.write_bytes(generated["ed25519"].read_bytes())
    ours(path, "-C", "renamed", "-P", "--old-passphrase", workdir / "pw",
         "--new-passphrase", workdir / "pw2")
    assert puttygen(path, "-L").split()[2:] == [b"renamed"]
    out = workdir / "inplace.pub"
    subprocess.run(["puttygen", path, "-O", "public-openssh", "-o", out, "--old-passphrase",
                    workdir / "pw2"], check=True, capture_output=True)
    r = subprocess.run(["puttygen", path, "-O", "private-openssh", "-o", workdir / "x",
                        "--old-passphrase", workdir / "pw"], capture_output=True)
    assert r.returncode != 0      # the old passphrase no longer opens it


def test_empty_new_passphrase_means_unencrypted(workdir):
    path = workdir / "plain.ppk"
    ours("-t", "ed25519", "-o", path, "--new-passphrase", workdir / "empty", "-q")
    assert b"Encryption: none" in path.read_bytes()


def test_passphrases_from_standard_input(workdir):
    path = workdir / "stdin"
    ours("-t", "ecdsa", "-O", "private-openssh-new", "-o", path, "--new-passphrase", "-",
         "-a", "20", "-q", stdin=b"from stdin\n")
    subprocess.run(["ssh-keygen", "-y", "-P", "from stdin", "-f", path], check=True,
                   capture_output=True)
    r = ours(path, "-O", "text", "--old-passphrase", "-", stdin=b"from stdin\n")
    assert r.stdout.startswith(b'key_type="ECDSA"')


def test_key_from_standard_input(generated):
    r = ours("-", "-L", stdin=generated["ed448"].read_bytes())
    assert r.stdout == puttygen(generated["ed448"], "-L")


def test_fingerprint_with_randomart_matches_ssh_keygen(workdir, generated):
    pub = workdir / "rsa.pub"
    pub.write_bytes(ours(generated["rsa2048"], "-L").stdout)
    keygen = subprocess.run(["ssh-keygen", "-lv", "-f", pub], capture_output=True,
                            check=True).stdout.decode()
    mine = ours(pub, "-l", "-v").stdout.decode()
    assert mine.splitlines()[1:] == keygen.splitlines()[1:]


@pytest.mark.parametrize("args,message", [
    (["{ppk}", "-O", "text", "--old-passphrase", "{pw2}"], "Wrong passphrase"),
    (["{ppk}", "-O", "text"], "passphrase is needed"),
    (["{dir}/missing", "-l"], "No such file"),
    (["-t", "ed25519", "-L"], "discard the private part"),
    (["-t", "rsa", "-b", "1000", "-o", "{dir}/x", "--new-passphrase", "{pw}"], "2048 and 16384"),
    (["{ppk}", "-O", "private-openssh-new", "--old-passphrase", "{pw}"], "needs -o FILE"),
    (["{ppk}", "-O", "private", "--ppk-param", "colour=blue", "-o", "{dir}/y"], "Unknown --ppk-param"),
    (["{dir}/pw", "-l"], "not a key file"),
])
def test_errors_are_one_sentence(generated, workdir, args, message):
    subst = {"ppk": generated["ed25519"], "pw": workdir / "pw", "pw2": workdir / "pw2",
             "dir": workdir}
    r = ours(*(a.format(**subst) for a in args), check=False)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert err.startswith("sshkeys: ") and message in err and err.count("\n") == 1, err
    assert not (workdir / "x").exists() and not (workdir / "y").exists()


@pytest.mark.parametrize("header,value,message", [
    ("Argon2-Memory", 4 << 20, "Argon2 memory (KiB) 4194304, above the limit of 1048576"),
    ("Argon2-Passes", 2 ** 32, "Argon2 passes 4294967296, above the limit of 1000"),
    ("Argon2-Passes", 0, "pass count of 0 is outside RFC 9106's 1 to 4294967295"),
])
def test_crafted_argon2_costs_are_one_sentence(generated, workdir, header, value, message):
    """puttygen 0.85 checks a .ppk's Argon2 parameters before deriving; so does `sshkeys`, and
    its caps stop what RFC 9106 allows but no machine should be made to allocate."""
    import re
    data = generated["ed25519"].read_bytes()
    crafted = workdir / "crafted.ppk"
    crafted.write_bytes(re.sub(rf"^{header}: \d+$".encode(), f"{header}: {value}".encode(),
                               data, flags=re.M))
    r = ours(crafted, "-O", "private-openssh", "-o", workdir / "x", "--old-passphrase",
             workdir / "pw", check=False)
    err = r.stderr.decode()
    assert r.returncode == 1 and err.startswith("sshkeys: ") and message in err, err
    assert err.count("\n") == 1 and not (workdir / "x").exists()
