"""sshkeys-keygen against ssh-keygen: the commands hosting guides give, run with our name, make
files ssh-keygen agrees with, and print what ssh-keygen prints (byte for byte where ssh-keygen
is deterministic: -l, -lv, -y, -e, -i, -L, -B, and the messages scripts read)."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"ed25519": ["-t", "ed25519"], "rsa": ["-t", "rsa", "-b", "2048"],
         "ecdsa384": ["-t", "ecdsa", "-b", "384"], "dsa": ["-t", "dsa"]}


@pytest.fixture
def home(tmp_path):
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def env(home):
    return dict(os.environ, PYTHONPATH=str(ROOT / "py"), HOME=str(home), TZ="UTC", LC_ALL="C")


def ours(home, *args, stdin="", status=0):
    r = subprocess.run([sys.executable, "-m", "sshkeys.keygen", *map(str, args)], input=stdin,
                       capture_output=True, text=True, env=env(home), cwd=home, timeout=120)
    assert r.returncode == status, (r.stdout, r.stderr)
    return r


def theirs(home, *args, status=0):
    r = subprocess.run(["ssh-keygen", *map(str, args)], capture_output=True, text=True,
                       env=env(home), cwd=home, timeout=120, stdin=subprocess.DEVNULL)
    assert r.returncode == status, (r.stdout, r.stderr)
    return r


def test_the_guides_rsa_command(home):
    out = ours(home, "-t", "rsa", "-b", "4096", "-C", "you@example.com", "-f", "id_rsa", "-N", "")
    key = home / "id_rsa"
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    lines = out.stdout.splitlines()
    fp = theirs(home, "-l", "-f", key).stdout.split()[1]
    assert lines[:5] == ["Generating public/private rsa key pair.",
                         "Your identification has been saved in id_rsa",
                         "Your public key has been saved in id_rsa.pub",
                         "The key fingerprint is:", f"{fp} you@example.com"]
    assert lines[5] == "The key's randomart image is:"
    assert "\n".join(lines[6:]) + "\n" == "".join(
        theirs(home, "-lv", "-f", key).stdout.splitlines(True)[1:])
    assert theirs(home, "-y", "-f", key).stdout == (home / "id_rsa.pub").read_text()
    assert (home / "id_rsa.pub").read_text().endswith(" you@example.com\n")
    assert theirs(home, "-l", "-f", key).stdout.startswith("4096 ")


def test_default_type_path_and_prompts(home):
    """No -t and no -f, on standard input as a script would drive ssh-keygen: Ed25519 in
    ~/.ssh/id_ed25519 (the directory made), the passphrase asked twice, again on a mismatch."""
    out = ours(home, stdin="\nfirst\nsecond\npw\npw\n")
    default = home / ".ssh" / "id_ed25519"
    assert out.stdout.startswith(
        "Generating public/private ed25519 key pair.\n"
        f"Enter file in which to save the key ({default}): Created directory '{home / '.ssh'}'.\n"
        "Passphrases do not match.  Try again.\n"
        f"Your identification has been saved in {default}\n")
    assert out.stderr.count("Enter passphrase (empty for no passphrase): ") == 2
    line = theirs(home, "-y", "-P", "pw", "-f", default).stdout
    assert line.split()[0] == "ssh-ed25519"
    assert (home / ".ssh" / "id_ed25519.pub").read_text().split()[:2] == line.split()[:2]
    # A file that exists is overwritten only on "y".
    before = default.read_bytes()
    ours(home, "-f", default, "-N", "", stdin="n\n", status=1)
    assert default.read_bytes() == before


@pytest.mark.parametrize("kind", KINDS)
def test_outputs_equal_ssh_keygens(home, kind):
    key = home / "key"
    theirs(home, *KINDS[kind], "-C", "their key", "-N", "secret words", "-f", key)
    pub = home / "key.pub"
    for args in (["-lv"], ["-lv", "-E", "md5"], ["-B"]):       # -lv starts with -l's line
        for path in (key, pub):
            assert ours(home, *args, "-f", path).stdout == theirs(home, *args, "-f", path).stdout
    assert (ours(home, "-y", "-P", "secret words", "-f", key).stdout
            == theirs(home, "-y", "-P", "secret words", "-f", key).stdout)
    modes = ["RFC4716", "PKCS8", "PEM"] if kind != "ed25519" else ["RFC4716"]
    for mode in modes:
        exported = ours(home, "-e", "-m", mode, "-f", pub).stdout
        assert exported == theirs(home, "-e", "-m", mode, "-f", pub).stdout
        (home / "exported").write_text(exported)
        if mode == "PEM" and kind != "rsa":
            continue      # ssh-keygen -i -m PEM reads only PKCS#1 RSA public keys
        assert (ours(home, "-i", "-m", mode, "-f", home / "exported").stdout
                == theirs(home, "-i", "-m", mode, "-f", home / "exported").stdout)
    # Our own files of every kind ssh-keygen 10.x still makes: ssh-keygen reads them and agrees.
    mine = home / "mine"
    if kind == "dsa":
        return                  # refused since 10.0: test_dsa_generation_is_refused
    ours(home, *KINDS[kind], "-f", mine, "-N", "pw", "-C", "mine", "-q")
    assert theirs(home, "-y", "-P", "pw", "-f", mine).stdout == (home / "mine.pub").read_text()


@pytest.mark.parametrize("fmt", ["PEM", "PKCS8"])
def test_m_writes_pem_and_pkcs8_private_keys(home, fmt):
    key = home / "key"
    ours(home, "-t", "ecdsa", "-m", fmt, "-f", key, "-N", "secret words", "-q")
    label = "EC PRIVATE KEY" if fmt == "PEM" else "ENCRYPTED PRIVATE KEY"
    assert f"-----BEGIN {label}-----" in key.read_text()
    assert (theirs(home, "-y", "-P", "secret words", "-f", key).stdout.split()[:2]
            == (home / "key.pub").read_text().split()[:2])


def test_change_passphrase_and_comment(home):
    key = home / "key"
    theirs(home, "-t", "ed25519", "-C", "old", "-N", "one", "-f", key)
    out = ours(home, "-p", "-f", key, "-P", "one", "-N", "two", "-a", "4")
    assert out.stdout == ("Key has comment 'old'\n"
                          "Your identification has been saved with the new passphrase.\n")
    assert theirs(home, "-y", "-P", "two", "-f", key).stdout.split()[2] == "old"
    theirs(home, "-y", "-P", "one", "-f", key, status=255)
    # On standard input: the old passphrase, then the new one twice.
    ours(home, "-p", "-f", key, stdin="two\nthree\nthree\n")
    out = ours(home, "-c", "-C", "new comment", "-f", key, "-P", "three")
    assert out.stdout == "Old comment: old\nComment 'new comment' applied\n"
    assert (theirs(home, "-l", "-f", key).stdout.split(None, 2)[2]
            == "new comment (ED25519)\n")
    assert (home / "key.pub").read_text().endswith(" new comment\n")


def test_sign_and_list_certificates(home):
    ca, key = home / "ca", home / "user"
    theirs(home, "-t", "ecdsa", "-N", "", "-C", "ca", "-f", ca)
    theirs(home, "-t", "rsa", "-b", "2048", "-N", "", "-C", "user", "-f", key)
    args = ["-I", "alice@example", "-n", "alice,deploy", "-V", "20250101:20350101", "-z", "41",
            "-O", "no-port-forwarding", "-O", "force-command=uptime", "user.pub"]
    ours_out = ours(home, "-s", "ca", *args)
    cert = home / "user-cert.pub"
    ours_listing = ours(home, "-L", "-f", cert).stdout
    assert ours_listing == theirs(home, "-L", "-f", cert).stdout
    assert cert.read_text().endswith(" user\n")
    theirs_out = theirs(home, "-s", "ca", *args)
    assert ours_out.stderr == theirs_out.stderr          # "Signed user key ...: id ..."
    for args in (["-l"], ["-B"]):
        assert ours(home, *args, "-f", cert).stdout == theirs(home, *args, "-f", cert).stdout
    # A host certificate, then listed from one file with other lines, as ssh-keygen does.
    ours(home, "-q", "-s", "ca", "-I", "web", "-h", "-n", "web.example.com", "-V",
         "always:forever", "user.pub")
    both = home / "both"
    both.write_text(cert.read_text() + "# a comment\n" + (home / "user.pub").read_text())
    out = ours(home, "-L", "-f", both)
    assert out.stdout == theirs(home, "-L", "-f", both).stdout
    assert "is not a certificate" in out.stderr


@pytest.mark.parametrize("args,message", [
    (["-t", "ed448"], "unknown key type ed448"),
    (["-t", "ed25519", "-m", "PEM"], '/out" failed: invalid format'),
    (["-t", "rsa", "-b", "1000"], "RSA key size"),
    (["-t", "ecdsa", "-b", "300"], "Invalid ECDSA key length"),
    (["-s", "missing-ca", "-I", "x", "k.pub"], "missing-ca"),
    (["-s", "ca", "k.pub"], "Must specify key id (-I) when certifying"),
    (["-A"], "Option -A is not supported by sshkeys-keygen"),
    (["-l", "-f", "nothing-here"], "nothing-here"),
    (["-L", "-f", "notcert"], "is not a certificate"),
    (["-p", "-N", "x", "-f", "notcert"], "is not an OpenSSH, PEM or PKCS#8 private key"),
])
def test_errors_are_one_sentence(home, args, message):
    (home / "notcert").write_text("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOItEl9VwJMXS+otaTPbJHwchZyQEWbP6Rqp5Fj3MaV7\n")
    r = subprocess.run([sys.executable, "-m", "sshkeys.keygen", *args, "-N", "", "-f",
                        home / "out"] if args[0] == "-t" else
                       [sys.executable, "-m", "sshkeys.keygen", *args],
                       capture_output=True, text=True, env=env(home), cwd=home, timeout=60,
                       stdin=subprocess.DEVNULL)
    assert r.returncode != 0 and message in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and not (home / "out").exists()


def test_validity_and_option_errors(home):
    theirs(home, "-t", "ed25519", "-N", "", "-f", home / "ca")
    theirs(home, "-t", "ed25519", "-N", "", "-f", home / "k")
    for args, message in ((["-V", "+1y"], "Invalid relative certificate life +1y"),
                          (["-O", "no-such-thing"], 'Unsupported certificate option "no-such-thing"'),
                          (["-O", "source-address=10.0.0.1/8"], "Invalid source-address list"),
                          (["-n", "a,,b"], "Empty principal name")):
        r = ours(home, "-s", "ca", "-I", "x", *args, "k.pub", status=255)
        assert message in r.stderr
        assert not (home / "k-cert.pub").exists()


def test_console_script_and_module_entry_points():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"sshkeys": "sshkeys.cli:main", "sshkeys-keygen": "sshkeys.keygen:main"}


def test_prompts_on_a_terminal(home):
    """On a terminal, as a person runs it: the path asked (Enter keeps the default), the
    passphrase twice without echo, the key written with it."""
    import pty
    import select
    pid, fd = pty.fork()
    if pid == 0:                                   # the child: our command on the terminal
        os.chdir(home)
        os.execve(sys.executable, [sys.executable, "-m", "sshkeys.keygen", "-t", "ecdsa"],
                  env(home))
    seen = b""

    def expect(text: bytes):
        nonlocal seen
        while text not in seen:
            ready, _, _ = select.select([fd], [], [], 60)
            assert ready, f"no {text!r} on the terminal; it showed {seen!r}"
            try:
                chunk = os.read(fd, 1024)
            except OSError:          # the child closed the terminal
                chunk = b""
            assert chunk, f"the terminal closed before {text!r}; it showed {seen!r}"
            seen += chunk

    default = home / ".ssh" / "id_ecdsa"
    expect(f"Enter file in which to save the key ({default}): ".encode())
    os.write(fd, b"\n")
    expect(b"Enter passphrase (empty for no passphrase): ")
    os.write(fd, b"tty words\n")
    expect(b"Enter same passphrase again: ")
    os.write(fd, b"tty words\n")
    expect(b"The key's randomart image is:")
    expect(b"+----[SHA256]-----+")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"tty words" not in seen                 # never echoed
    assert theirs(home, "-y", "-P", "tty words", "-f", default).stdout.split()[:2] == \
        (home / ".ssh" / "id_ecdsa.pub").read_text().split()[:2]


# -- where ssh-keygen 10.x differs from the 9.2 referee ------------------------------------------
# The local referee is 9.2, so these cells check against ssh-keygen 10.3's source (named in each
# test) and, for the files, against OpenSSL and 9.2 where 9.2 can read them.

@pytest.mark.parametrize("name", ["dsa", "ssh-dss"])
def test_dsa_generation_is_refused(home, name):
    """ssh-keygen 10.0+ (V_10_3_P1 ssh-keygen.c, type_bits_valid): fatal("unknown key type %s"),
    exit 255, before "Generating ..." and before any file."""
    r = ours(home, "-t", name, "-N", "", "-f", home / "out", status=255)
    assert r.stdout == "" and r.stderr == f"sshkeys-keygen: unknown key type {name}\n"
    assert not (home / "out").exists()
    assert "[-t ecdsa | ed25519 | mldsa44-ed25519 | rsa]" in ours(home, "-j", status=1).stderr


def test_ed25519_is_the_default(home):
    ours(home, "-q", "-N", "", "-f", home / "k")
    assert (home / "k.pub").read_text().startswith("ssh-ed25519 ")
    assert theirs(home, "-l", "-f", home / "k").stdout.endswith("(ED25519)\n")


def _openssl_raw_public(home, path, passphrase=None):
    """The 32 raw public bytes OpenSSL reads from a PKCS#8 Ed25519 private key."""
    args = ["openssl", "pkey", "-in", str(path), "-pubout", "-outform", "DER"]
    if passphrase is not None:
        args += ["-passin", f"pass:{passphrase}"]
    der = subprocess.run(args, capture_output=True, check=True, timeout=60).stdout
    assert der.startswith(bytes.fromhex("302a300506032b6570032100"))     # Ed25519 SPKI
    return der[-32:]


def _blob_tail(line: str) -> bytes:
    import base64
    return base64.b64decode(line.split()[1])[-32:]


@pytest.mark.parametrize("passphrase", ["", "secret words"])
def test_ed25519_pkcs8_both_ways(home, passphrase):
    """10.3's sshkey_private_to_blob_pem_pkcs8 writes Ed25519 as PKCS#8 for -m PKCS8 (9.2 wrote
    its own format whatever -m said), and 9.6+ reads it: ours writes one OpenSSL opens, and
    reads one OpenSSL made, on generation and on -p."""
    key = home / "k"
    ours(home, "-q", "-t", "ed25519", "-m", "PKCS8", "-N", passphrase, "-f", key)
    label = "ENCRYPTED PRIVATE KEY" if passphrase else "PRIVATE KEY"
    assert key.read_text().startswith(f"-----BEGIN {label}-----\n")
    pub = (home / "k.pub").read_text()
    assert _openssl_raw_public(home, key, passphrase) == _blob_tail(pub)
    # -p -m PKCS8 re-encrypts in PKCS#8; -p alone writes OpenSSH's format, which 9.2 reads.
    ours(home, "-p", "-m", "PKCS8", "-P", passphrase, "-N", "other words", "-f", key)
    assert key.read_text().startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
    assert _openssl_raw_public(home, key, "other words") == _blob_tail(pub)
    ours(home, "-p", "-P", "other words", "-N", "pw", "-f", key)
    assert key.read_text().startswith("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    assert theirs(home, "-y", "-P", "pw", "-f", key).stdout.split()[:2] == pub.split()[:2]
    # A PKCS#8 Ed25519 key OpenSSL made: -y and -l read it.
    made = home / "openssl.pem"
    subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(made)],
                   check=True, timeout=60)
    line = ours(home, "-y", "-f", made).stdout
    assert line.startswith("ssh-ed25519 ") and _blob_tail(line) == _openssl_raw_public(home, made)
    assert ours(home, "-l", "-f", made).stdout.startswith("256 SHA256:")


def test_ed25519_has_no_pem_form(home):
    """-m PEM for Ed25519: 10.3's sshkey.c returns SSH_ERR_INVALID_FORMAT and ssh-keygen exits
    1 after error_r(r, "Saving key \"%s\" failed", ...); nothing is written or changed."""
    r = ours(home, "-t", "ed25519", "-m", "PEM", "-N", "", "-f", "out", status=1)
    assert r.stderr.endswith('Saving key "out" failed: invalid format\n')
    assert not (home / "out").exists() and not (home / "out.pub").exists()
    theirs(home, "-q", "-t", "ed25519", "-N", "", "-f", home / "k")
    before = (home / "k").read_bytes()
    ours(home, "-p", "-m", "PEM", "-N", "x", "-f", "k", status=1)
    assert (home / "k").read_bytes() == before


def _kdf_of(path) -> tuple:
    """(cipher, bcrypt rounds) from an OpenSSH private key's plaintext header (PROTOCOL.key)."""
    import base64
    import struct
    body = "".join(Path(path).read_text().splitlines()[1:-1])
    data = base64.b64decode(body)[len(b"openssh-key-v1\0"):]
    fields = []
    for _ in range(3):
        n = struct.unpack(">I", data[:4])[0]
        fields.append(data[4:4 + n])
        data = data[4 + n:]
    options = fields[2]
    salt_len = struct.unpack(">I", options[:4])[0]
    return fields[0].decode(), struct.unpack(">I", options[4 + salt_len:8 + salt_len])[0]


def test_change_passphrase_honours_cipher_and_rounds(home):
    """-p saves with -Z's cipher and -a's rounds (do_change_passphrase passes
    openssh_format_cipher and rounds to sshkey_save_private), and ssh-keygen opens the result."""
    key = home / "k"
    theirs(home, "-q", "-t", "ecdsa", "-N", "one", "-f", key)
    assert _kdf_of(key) == ("aes256-ctr", 16)
    ours(home, "-p", "-P", "one", "-N", "two", "-Z", "aes128-cbc", "-a", "7", "-f", key)
    assert _kdf_of(key) == ("aes128-cbc", 7)
    assert (theirs(home, "-y", "-P", "two", "-f", key).stdout.split()[:2]
            == (home / "k.pub").read_text().split()[:2])
    ours(home, "-p", "-P", "two", "-N", "three", "-Z", "chacha20-poly1305@openssh.com",
         "-f", key)
    assert _kdf_of(key) == ("chacha20-poly1305@openssh.com", 24)   # 10.x's default; 9.2: 16
    theirs(home, "-y", "-P", "three", "-f", key)


def test_signing_without_principals_warns(home):
    """ssh-keygen 10.3 (main(), before do_ca_sign): error("Warning: certificate will contain no
    principals (-n)") and the certificate is still made; with -n there is no warning."""
    theirs(home, "-q", "-t", "ed25519", "-N", "", "-f", home / "ca")
    theirs(home, "-q", "-t", "ed25519", "-N", "", "-f", home / "k")
    r = ours(home, "-s", "ca", "-I", "id", "k.pub")
    assert r.stderr.startswith("Warning: certificate will contain no principals (-n)\n")
    assert "Principals: (none)" in theirs(home, "-L", "-f", home / "k-cert.pub").stdout
    r = ours(home, "-s", "ca", "-I", "id", "-n", "alice", "k.pub")
    assert "Warning" not in r.stderr
