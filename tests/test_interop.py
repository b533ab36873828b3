"""The interoperability matrix: our files read by OpenSSH and PuTTY, and theirs read by us.

Ours -> theirs: every key type x every private format we write that holds the type x plain
or passphrase-protected, read back by `ssh-keygen -y` (the OpenSSH-accepted types, in the
formats ssh-keygen 9.2 reads: openssh-key-v1, PEM, PKCS#8 except Ed25519) and by puttygen
(openssh-key-v1, PEM, PPK v2 and v3), whose `-O text` dump must hold our private numbers;
`ssh-keygen -lv [-E md5]` must print our fingerprint and randomart; our public files go
through `ssh-keygen -l`, `ssh-keygen -i -m RFC4716|PKCS8` and puttygen.

Theirs -> ours: every file ssh-keygen and puttygen write for every type they make, with and
without a passphrase, loads in ours to the same public key (and comment, where the format
carries one); for puttygen's files our private numbers must equal its `-O text` dump.

Each cell is its own test id. Keys are made once per session (RSA 2048, with one RSA 4096
cell each way); per-cell work is one save or one conversion plus one referee run.

Every cell runs against both referee generations (tests/referees.py): the ssh-keygen cells as
ossh92 (Debian's OpenSSH 9.2) and ossh103 (today's), the puttygen cells as putty078 and
putty085. What only one generation can do has cells of its own, skipped by name in the other:
DSA (gone from OpenSSH 10.x), Ed25519 in PKCS#8 (read by ssh-keygen 9.6+, written by 10.3),
OpenSSH files encrypted with aes256-gcm@openssh.com (read by puttygen 0.84+).
"""

import asyncio
import base64
import re
import shutil

import pytest

import referees
import sshkeys
from referees import (CIPHERS, KEY_SPECS, MATRIX_KEYS, OPENSSH_KEYS, PASSPHRASE, PEM_KEYS,
                      comment_for, private_numbers, strip_comment)

PLAIN = pytest.param(False, id="plain")
ENCRYPTED = pytest.param(True, id="passphrase")
BOTH = [PLAIN, ENCRYPTED]


def cells(*groups) -> list:
    """[(spec, variant, encrypted), ...] -> pytest params with ids spec-variant-plain|passphrase."""
    out = []
    for group in groups:
        for spec, variant, encrypted in group:
            ident = f"{spec}-{variant}-{'passphrase' if encrypted else 'plain'}"
            out.append(pytest.param(spec, variant, encrypted, id=ident))
    return out


def both(specs, variants) -> list:
    return [(s, v, e) for v in variants for s in specs for e in (False, True)]


def pw(encrypted: bool):
    return PASSPHRASE if encrypted else None


def load(path, passphrase=None) -> sshkeys.Key:
    return asyncio.run(sshkeys.load(path.read_bytes(), passphrase))


def putty_numbers_match(key: sshkeys.Key, dump: dict) -> dict:
    """The numbers in a `puttygen -O text` dump that differ from ours (empty when all agree)."""
    ours = private_numbers(key)
    if key.type.family in ("ed25519", "ed448"):
        data = key.public.data           # RFC 8032 encoding: y little-endian, x's sign on top
        ours["public_affine_y"] = int.from_bytes(data, "little") & ~(1 << (8 * len(data) - 1))
    theirs = {name: hex(v) if isinstance(v, int) else v for name, v in dump.items()}
    return {name: (hex(value), theirs.get(name))
            for name, value in ours.items() if dump.get(name) != value}


def test_every_writable_format_is_in_the_matrix():
    """A new writable format must get cells here before it ships."""
    assert set(sshkeys.WRITABLE) == {"openssh", "ppk", "pem", "pkcs8", "public-openssh",
                                     "rfc4716", "public-pem"}


# == ours -> ssh-keygen ========================================================================

# openssh-CIPHER: our openssh-key-v1 writer with cipher_name=CIPHER (aes256-ctr is the default,
# covered by the plain "openssh" cells): every cipher on Ed25519, the three kinds of mode
# (CBC, GCM, ChaCha20-Poly1305) again on RSA, whose longer private section pads differently.
SSH_KEYGEN_READS = cells(
    both(OPENSSH_KEYS, ["openssh"]),
    both(PEM_KEYS, ["pem", "pkcs8"]),
    both(["ed25519"], ["pkcs8"]),                   # ssh-keygen 9.6+
    [("ed25519", f"openssh-{c}", True) for c in CIPHERS if c != "aes256-ctr"],
    [("rsa2048", f"openssh-{c}", True)
     for c in ("aes128-cbc", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com")],
    [("rsa4096", "openssh", True)],
)


@pytest.mark.parametrize("spec,variant,encrypted", SSH_KEYGEN_READS)
def test_ssh_keygen_reads_our_private(ossh, our_key, our_file, spec, variant, encrypted):
    ossh.skip_if_lacks(KEY_SPECS[spec][0], variant)
    key = our_key(spec)
    path = our_file(spec, variant, encrypted)
    if variant.startswith("openssh-"):
        assert _openssh_blob(path).startswith(
            b"openssh-key-v1\0" + len(variant[8:]).to_bytes(4, "big") + variant[8:].encode())
    got = referees.ssh_keygen_public(path, pw(encrypted))
    # PEM and PKCS#8 hold no comment; ssh-keygen -y then prints none.
    assert got == (sshkeys.public_line(key) if variant.startswith("openssh")
                   else strip_comment(sshkeys.public_line(key)))


@pytest.mark.parametrize("spec,variant", [("ed25519", "openssh"), ("ecdsa256", "pem"),
                                          ("rsa2048", "pkcs8")])
def test_ssh_keygen_refuses_our_file_with_the_wrong_passphrase(ossh, our_file, spec, variant):
    """Our encrypted files are really encrypted: the referee needs the passphrase too."""
    path = our_file(spec, variant, True)
    for wrong in (None, PASSPHRASE + "x"):
        with pytest.raises(referees.RefereeError):
            referees.ssh_keygen_public(path, wrong)


# What `ssh-keygen -l` can read without a passphrase: any openssh-key-v1 file (its public half
# is clear text), unencrypted PEM/PKCS#8, and the public line. It prints the comment only
# where it can read one: the public line and an unencrypted openssh-key-v1 file.
SSH_KEYGEN_FINGERPRINTS = cells(
    both(OPENSSH_KEYS, ["openssh"]),
    [(s, v, False) for v in ("pem", "pkcs8") for s in PEM_KEYS],
    [("ed25519", "pkcs8", False)],                  # ssh-keygen 9.6+
    [(s, "public-openssh", False) for s in OPENSSH_KEYS],
)


@pytest.mark.parametrize("hash_name", ["sha256", "md5"])
@pytest.mark.parametrize("spec,variant,encrypted", SSH_KEYGEN_FINGERPRINTS)
def test_ssh_keygen_fingerprint_and_randomart(ossh, our_key, our_file, spec, variant, encrypted,
                                              hash_name):
    ossh.skip_if_lacks(KEY_SPECS[spec][0], variant)
    key = our_key(spec)
    shows_comment = variant == "public-openssh" or (variant == "openssh" and not encrypted)
    line = referees.ssh_keygen_line(key.bits, sshkeys.fingerprint(key.public, hash_name),
                                    key.comment if shows_comment else "", key.type.family)
    expected = line + "\n" + sshkeys.randomart(key.public, hash_name)
    assert referees.ssh_keygen_randomart(our_file(spec, variant, encrypted), hash_name) == expected


SSH_KEYGEN_IMPORTS = (
    [pytest.param(s, "rfc4716", "RFC4716", id=f"{s}-rfc4716") for s in OPENSSH_KEYS]
    + [pytest.param(s, "public-pem", "PKCS8", id=f"{s}-public-pem") for s in PEM_KEYS])


@pytest.mark.parametrize("spec,variant,mode", SSH_KEYGEN_IMPORTS)
def test_ssh_keygen_imports_our_public(ossh, our_key, our_file, spec, variant, mode):
    key = our_key(spec)
    got = referees.ssh_keygen_import(our_file(spec, variant), mode)
    assert got == strip_comment(sshkeys.public_line(key))      # -i drops comments


# == ours -> puttygen ==========================================================================

PUTTYGEN_READS = cells(
    both(MATRIX_KEYS, ["openssh", "ppk2", "ppk3"]),
    both(PEM_KEYS, ["pem"]),                       # puttygen reads no PKCS#8
    [(s, v, True) for v in ("ppk3-argon2i", "ppk3-argon2d") for s in ("ed25519", "rsa2048")],
    [("rsa4096", "ppk3", True)],
    # The ciphers of openssh-key-v1 PuTTY reads besides aes256-ctr: aes256-cbc, and
    # aes256-gcm@openssh.com from 0.84.
    [("ed25519", "openssh-aes256-cbc", True)],
    [(s, "openssh-aes256-gcm@openssh.com", True) for s in ("ed25519", "rsa2048")],
)


@pytest.mark.parametrize("spec,variant,encrypted", PUTTYGEN_READS)
def test_puttygen_reads_our_private(putty, our_key, our_file, spec, variant, encrypted):
    putty.skip_if_lacks(KEY_SPECS[spec][0], variant)
    key = our_key(spec)
    path = our_file(spec, variant, encrypted)
    public = referees.puttygen_public(path, pw(encrypted))
    if variant == "pem":     # no comment in PEM; puttygen invents "imported-openssh-key"
        assert strip_comment(public) == strip_comment(sshkeys.public_line(key))
    else:
        assert public == sshkeys.public_line(key)
    # -O text needs the private half: puttygen decrypts it (and checks a .ppk MAC).
    assert putty_numbers_match(key, referees.puttygen_text(path, pw(encrypted))) == {}


@pytest.mark.parametrize("spec,variant", [("ed25519", "ppk3"), ("rsa2048", "ppk2"),
                                          ("ecdsa256", "openssh"), ("dsa", "pem")])
def test_puttygen_refuses_our_file_with_the_wrong_passphrase(putty, our_file, spec, variant):
    path = our_file(spec, variant, True)
    for wrong in (None, PASSPHRASE + "x"):
        with pytest.raises(referees.RefereeError, match="(?i)passphrase|decrypt"):
            referees.puttygen_text(path, wrong)


@pytest.mark.parametrize("hash_name", ["sha256", "md5"])
@pytest.mark.parametrize("spec", MATRIX_KEYS)
def test_puttygen_fingerprint(putty, our_key, our_file, spec, hash_name):
    key = our_key(spec)
    fp = sshkeys.fingerprint(key.public, hash_name).removeprefix("MD5:")
    bits = referees.PUTTY_BITS.get(key.type.family, key.bits)
    assert referees.puttygen_fingerprint(our_file(spec, "ppk3"), hash_name) == \
        f"{key.algorithm} {bits} {fp}"


@pytest.mark.parametrize("variant", ["public-openssh", "rfc4716"])
@pytest.mark.parametrize("spec", MATRIX_KEYS)
def test_puttygen_reads_our_public(putty, our_key, our_file, spec, variant):
    key = our_key(spec)
    assert referees.puttygen_public(our_file(spec, variant)) == sshkeys.public_line(key)


# == ours -> OpenSSL, where neither referee reads the file ====================================
# ssh-keygen reads no Ed448 (and no Ed25519 PKCS#8 before 9.6), puttygen no PKCS#8 at all, so
# OpenSSL (through pyca/cryptography, whose DER parsing shares nothing with ours) checks those.

@pytest.mark.parametrize("encrypted", BOTH)
@pytest.mark.parametrize("spec", ["ed25519", "ed448"])
def test_openssl_reads_our_eddsa_pkcs8(our_key, our_file, spec, encrypted):
    from cryptography.hazmat.primitives import serialization as s
    key = our_key(spec)
    theirs = s.load_pem_private_key(our_file(spec, "pkcs8", encrypted).read_bytes(),
                                    PASSPHRASE.encode() if encrypted else None)
    assert theirs.private_bytes_raw() == key.private.seed
    assert theirs.public_key().public_bytes_raw() == key.public.data


@pytest.mark.parametrize("spec", ["ed25519", "ed448"])
def test_openssl_reads_our_eddsa_public_pem(our_key, our_file, spec):
    from cryptography.hazmat.primitives import serialization as s
    theirs = s.load_pem_public_key(our_file(spec, "public-pem").read_bytes())
    assert theirs.public_bytes_raw() == our_key(spec).public.data


# == ssh-keygen -> ours ========================================================================

@pytest.fixture(scope="module")
def ssh_keygen_key(tmp_path_factory):
    """ssh_keygen_key('rsa2048') -> path of a key the active ssh-keygen made (unencrypted,
    default format) with its .pub beside it; made once per module and generation."""
    cache, directory = {}, tmp_path_factory.mktemp("ssh-keygen")

    def get(spec):
        ident = (referees.active("openssh").id, spec)
        if ident not in cache:
            family, bits = KEY_SPECS[spec]
            path = directory / f"{spec}-{ident[0]}"
            referees.ssh_keygen_generate(path, family, bits, comment_for(spec))
            cache[ident] = path
        return cache[ident]
    return get


def pub_line(path) -> str:
    return (path.parent / (path.name + ".pub")).read_text().strip()


# -m: None is ssh-keygen's default (openssh-key-v1). ssh-keygen 9.2 writes Ed25519 in that
# format whatever -m says; 10.3 writes it as PKCS#8 for -m PKCS8 (and refuses -m PEM). -Z picks
# the cipher of an encrypted openssh-key-v1 file: every cipher ssh-keygen offers, on Ed25519
# and RSA.
SSH_KEYGEN_WRITES = cells(
    both(OPENSSH_KEYS, ["default"]),
    both(PEM_KEYS, ["PEM", "PKCS8"]),
    both(["ed25519"], ["PKCS8"]),                   # ssh-keygen 10.3
    [(s, c, True) for c in CIPHERS for s in ("ed25519", "rsa2048")],
    [("ed25519", "rounds32", True), ("rsa4096", "default", True)],
)


@pytest.mark.parametrize("spec,variant,encrypted", SSH_KEYGEN_WRITES)
def test_we_read_ssh_keygen_private(ossh, ssh_keygen_key, tmp_path, spec, variant, encrypted):
    ossh.skip_if_lacks(KEY_SPECS[spec][0], variant, writes=True)
    source = ssh_keygen_key(spec)
    path = tmp_path / "key"
    shutil.copy(source, path)
    fmt = variant if variant in ("PEM", "PKCS8") else None
    cipher = variant if variant in CIPHERS else None
    rounds = 32 if variant == "rounds32" else None
    if encrypted or fmt:
        referees.ssh_keygen_rewrite(path, None, pw(encrypted), fmt, cipher, rounds)
    if cipher:
        assert re.search(cipher.encode(), _openssh_blob(path)), "ssh-keygen ignored -Z"
    if fmt == "PKCS8":
        assert path.read_text().startswith("-----BEGIN " + ("ENCRYPTED " if encrypted else ""))
    key = load(path, pw(encrypted))
    assert key.has_private
    if fmt:       # PEM and PKCS#8 carry no comment
        assert (strip_comment(sshkeys.public_line(key)), key.comment) == \
            (strip_comment(pub_line(source)), "")
    else:
        assert sshkeys.public_line(key) == pub_line(source)
    if encrypted:
        with pytest.raises(sshkeys.PassphraseRequired):
            load(path)
        with pytest.raises(sshkeys.WrongPassphrase):
            load(path, PASSPHRASE + "x")


def _openssh_blob(path) -> bytes:
    lines = path.read_text().strip().splitlines()
    return base64.b64decode("".join(lines[1:-1]))


SSH_KEYGEN_EXPORTS = (
    [pytest.param(s, kind, id=f"{s}-{kind}") for kind in ("pub", "RFC4716") for s in OPENSSH_KEYS]
    + [pytest.param(s, kind, id=f"{s}-{kind}") for kind in ("PKCS8", "PEM") for s in PEM_KEYS])


@pytest.mark.parametrize("spec,kind", SSH_KEYGEN_EXPORTS)
def test_we_read_ssh_keygen_public(ossh, ssh_keygen_key, spec, kind):
    source = ssh_keygen_key(spec)
    pub = source.parent / (source.name + ".pub")
    data = pub.read_bytes() if kind == "pub" else referees.ssh_keygen_export(pub, kind)
    key = asyncio.run(sshkeys.load(data))
    assert not key.has_private
    expected_comment = {"pub": comment_for(spec),
                        "RFC4716": referees.unquote_rfc4716_comment(data)}.get(kind, "")
    if kind == "RFC4716":
        assert "converted by" in expected_comment      # ssh-keygen's own Comment header
    assert (strip_comment(sshkeys.public_line(key)), key.comment) == \
        (strip_comment(pub_line(source)), expected_comment)


# == puttygen -> ours ==========================================================================

@pytest.fixture(scope="module")
def puttygen_key(tmp_path_factory):
    """puttygen_key('ed448') -> (path of an unencrypted PPK v3 the active puttygen made, its
    public line per puttygen, its `-O text` numbers); made once per module and generation."""
    cache, directory = {}, tmp_path_factory.mktemp("puttygen")

    def get(spec):
        ident = (referees.active("putty").id, spec)
        if ident not in cache:
            family, bits = KEY_SPECS[spec]
            path = directory / f"{spec}-{ident[0]}.ppk"
            referees.puttygen_generate(path, family, bits, comment_for(spec))
            cache[ident] = (path, referees.puttygen_public(path), referees.puttygen_text(path))
        return cache[ident]
    return get


# variant -> (puttygen -O type, --ppk-param). PuTTY writes Ed25519/Ed448 as openssh-key-v1
# even for -O private-openssh, so those have only private-openssh-new cells; it exports
# ssh.com files only for RSA and DSA; an unencrypted PPK v3 has no KDF, so one plain cell.
PUTTYGEN_OUTPUTS = {
    "ppk3": ("private", None),
    "ppk3-argon2id": ("private", "version=3,kdf=argon2id"),
    "ppk3-argon2i": ("private", "version=3,kdf=argon2i"),
    "ppk3-argon2d": ("private", "version=3,kdf=argon2d"),
    "ppk2": ("private", "version=2"),
    "private-openssh": ("private-openssh", None),
    "private-openssh-new": ("private-openssh-new", None),
    "private-sshcom": ("private-sshcom", None),
}
PUTTYGEN_WRITES = cells(
    [(s, "ppk3", False) for s in MATRIX_KEYS],
    [(s, v, True) for v in ("ppk3-argon2id", "ppk3-argon2i", "ppk3-argon2d") for s in MATRIX_KEYS],
    both(MATRIX_KEYS, ["ppk2", "private-openssh-new"]),
    both(PEM_KEYS, ["private-openssh"]),
    both(["rsa2048", "dsa"], ["private-sshcom"]),
)


@pytest.mark.parametrize("spec,variant,encrypted", PUTTYGEN_WRITES)
def test_we_read_puttygen_private(putty, puttygen_key, tmp_path, spec, variant, encrypted):
    source, public, numbers = puttygen_key(spec)
    output, params = PUTTYGEN_OUTPUTS[variant]
    path = tmp_path / "key"
    referees.puttygen_convert(source, path, output, None, pw(encrypted), params)
    if variant.startswith("ppk3-"):
        assert f"Key-Derivation: {variant[5:].capitalize()}\n" in path.read_text()
    if variant == "ppk2":
        assert path.read_text().startswith("PuTTY-User-Key-File-2: ")
    key = load(path, pw(encrypted))
    if variant == "private-openssh":      # PEM carries no comment
        assert (strip_comment(sshkeys.public_line(key)), key.comment) == (strip_comment(public), "")
    else:
        assert sshkeys.public_line(key) == public
    assert putty_numbers_match(key, numbers) == {}
    if encrypted:
        with pytest.raises(sshkeys.PassphraseRequired):
            load(path)
        with pytest.raises(sshkeys.WrongPassphrase):
            load(path, PASSPHRASE + "x")


@pytest.mark.parametrize("output", ["public", "public-openssh"])
@pytest.mark.parametrize("spec", MATRIX_KEYS)
def test_we_read_puttygen_public(putty, puttygen_key, tmp_path, spec, output):
    source, public, _ = puttygen_key(spec)
    path = tmp_path / "key.pub"
    referees.puttygen_convert(source, path, output)
    key = load(path)
    assert not key.has_private
    assert sshkeys.public_line(key) == public
