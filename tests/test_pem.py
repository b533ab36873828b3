"""PEM-family formats (traditional PEM, PKCS#8, public key PEM, ssh.com) against the referees:
ssh-keygen (OpenSSH 9.2), puttygen 0.78, the openssl CLI and pyca `cryptography`."""

import asyncio
import base64
import functools
import random
import shutil
import subprocess
import time

import pytest
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x25519

from sshkeys import keys
from sshkeys.engine.native import NativeEngine
from sshkeys.errors import (CostLimitError, FormatError, InvalidKeyError, PassphraseRequired,
                            SSHKeyError, UnsupportedError, WrongPassphrase)
from sshkeys.formats import der, pem, pkcs8, sshcom
from sshkeys.keys import Key, public_blob
from sshkeys.limits import Limits
from sshkeys.wire import string, u32

pytestmark = pytest.mark.filterwarnings("ignore:SSH DSA key support is deprecated")

ENGINE = NativeEngine()
PW = b"correct horse"
KINDS = {"rsa": ("rsa", 2048), "p256": ("ecdsa", 256), "p384": ("ecdsa", 384),
         "p521": ("ecdsa", 521), "dsa": ("dsa", 1024), "ed25519": ("ed25519", None),
         "ed448": ("ed448", None)}
TRADITIONAL = ["rsa", "p256", "p384", "p521", "dsa"]
OPENSSH_TYPES = TRADITIONAL   # what ssh-keygen 9.2 loads from PEM and PKCS#8 (not EdDSA)
SSH_KEYGEN = {"rsa": ["-t", "rsa", "-b", "2048"], "p256": ["-t", "ecdsa", "-b", "256"],
              "p384": ["-t", "ecdsa", "-b", "384"], "p521": ["-t", "ecdsa", "-b", "521"],
              "dsa": ["-t", "dsa"]}
FORMATS = {"pem": pem.FORMAT, "pkcs8": pkcs8.FORMAT, "public-pem": pkcs8.PUBLIC_FORMAT,
           "sshcom": sshcom.FORMAT}

have = pytest.mark.skipif
needs_openssl = have(not shutil.which("openssl"), reason="openssl CLI not installed")
needs_puttygen = have(not shutil.which("puttygen"), reason="puttygen not installed")
needs_ssh_keygen = have(not shutil.which("ssh-keygen"), reason="ssh-keygen not installed")


def run(coro):
    return asyncio.run(coro)


def sh(*args, stdin=None) -> str:
    done = subprocess.run(args, input=stdin, capture_output=True, check=False)
    assert done.returncode == 0, (args, done.stderr.decode(errors="replace"))
    return done.stdout.decode()


@functools.cache
def sample_key(kind: str) -> Key:
    priv = run(keys.generate(ENGINE, *KINDS[kind]))
    return Key(public=priv.public, private=priv)


def line(key: Key) -> str:
    return f"{key.algorithm} {base64.b64encode(public_blob(key.public)).decode()}"


def first_two(text: str) -> str:
    return " ".join(text.split()[:2])


def crypto_line(public) -> str:
    """A cryptography public key as an OpenSSH line (built by hand for Ed448, which it lacks)."""
    if isinstance(public, ed448.Ed448PublicKey):
        raw = public.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
        return "ssh-ed448 " + base64.b64encode(string("ssh-ed448") + string(raw)).decode()
    return public.public_bytes(ser.Encoding.OpenSSH, ser.PublicFormat.OpenSSH).decode()


def save(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    path.chmod(0o600)      # ssh-keygen refuses readable private keys
    return path


def pwfile(tmp_path, pw=PW):
    return save(tmp_path, "pw", pw + b"\n")


def load(fmt: str, data: bytes, passphrase=None, limits=None) -> Key:
    args = (data, passphrase, ENGINE) + ((limits,) if limits else ())
    return run(FORMATS[fmt].read(*args))


def write(fmt: str, key: Key, passphrase=None, **options) -> bytes:
    return run(FORMATS[fmt].write(key, ENGINE, passphrase, **options))


def write_encrypted(fmt: str, key: Key, passphrase=PW) -> bytes:
    """An encrypted file, with a PBKDF2 count that keeps the tests quick for PKCS#8."""
    options = {"iterations": 2000} if fmt == "pkcs8" else {}
    return write(fmt, key, passphrase, **options)


PRIVATE_CASES = ([("pem", k) for k in TRADITIONAL] + [("pkcs8", k) for k in KINDS])


# -- ours -> theirs ------------------------------------------------------------------------

@pytest.mark.parametrize("fmt,kind", PRIVATE_CASES)
def test_unencrypted_output_is_byte_identical_to_openssl(fmt, kind):
    key = sample_key(kind)
    ours = write(fmt, key)
    theirs = ser.load_pem_private_key(ours, None).private_bytes(
        ser.Encoding.PEM,
        ser.PrivateFormat.TraditionalOpenSSL if fmt == "pem" else ser.PrivateFormat.PKCS8,
        ser.NoEncryption())
    assert ours == theirs
    assert load(fmt, ours).public == key.public


@pytest.mark.parametrize("kind", list(KINDS))
def test_public_pem_is_byte_identical_to_openssl(kind):
    key = sample_key(kind)
    ours = write("public-pem", key.public_only())
    public = ser.load_pem_public_key(ours)
    assert crypto_line(public) == line(key)
    assert ours == public.public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo)
    assert load("public-pem", ours).public == key.public


@pytest.mark.parametrize("fmt,kind", PRIVATE_CASES)
def test_encrypted_output_loads_in_cryptography(fmt, kind):
    key = sample_key(kind)
    data = write_encrypted(fmt, key)
    assert crypto_line(ser.load_pem_private_key(data, PW).public_key()) == line(key)
    assert load(fmt, data, PW).public == key.public


def test_encrypted_output_layout():
    pem_text = write("pem", sample_key("rsa"), PW).decode()
    head = pem_text.split("\n")
    assert head[:2] == ["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED"]
    assert head[2].startswith("DEK-Info: AES-128-CBC,") and len(head[2]) == len("DEK-Info: AES-128-CBC,") + 32
    assert head[3] == "" and all(len(x) == 64 for x in head[4:-3]) and pem_text.endswith("-----\n")
    p8 = write("pkcs8", sample_key("p256"), PW)
    body = pem.unarmor(p8)[2]
    # PBES2 / PBKDF2 / 16-byte salt / 100000 iterations / hmacWithSHA256 / AES-256-CBC
    r = der.decode(body)
    alg = r.sequence()
    assert alg.oid() == pkcs8.PBES2
    pbes2 = alg.sequence()
    kdf = pbes2.sequence()
    assert kdf.oid() == pkcs8.PBKDF2
    params = kdf.sequence()
    assert len(params.octet_string()) == 16 and params.integer() == 100_000
    assert params.sequence().oid() == pkcs8.HMAC_SHA256
    assert pbes2.sequence().oid() == pkcs8.AES256_CBC


@needs_ssh_keygen
@pytest.mark.parametrize("encrypted", [False, True])
@pytest.mark.parametrize("fmt,kind", [(f, k) for f in ("pem", "pkcs8") for k in OPENSSH_TYPES])
def test_ssh_keygen_reads_ours(tmp_path, fmt, kind, encrypted):
    key = sample_key(kind)
    pw = PW if encrypted else b""
    path = save(tmp_path, "key", write_encrypted(fmt, key, pw))
    assert first_two(sh("ssh-keygen", "-y", "-P", pw.decode(), "-f", str(path))) == line(key)


@needs_ssh_keygen
@pytest.mark.parametrize("kind", OPENSSH_TYPES)
def test_ssh_keygen_imports_our_public_pem(tmp_path, kind):
    key = sample_key(kind)
    path = save(tmp_path, "key.pub.pem", write("public-pem", key.public_only()))
    assert first_two(sh("ssh-keygen", "-i", "-m", "PKCS8", "-f", str(path))) == line(key)


@needs_puttygen
@pytest.mark.parametrize("encrypted", [False, True])
@pytest.mark.parametrize("kind", TRADITIONAL)
def test_puttygen_reads_our_traditional_pem(tmp_path, kind, encrypted):
    # puttygen 0.78 reads traditional PEM (DES-EDE3-CBC or AES-128-CBC) but not PKCS#8 at all.
    key = sample_key(kind)
    path = save(tmp_path, "key", write("pem", key, PW if encrypted else None))
    args = ["--old-passphrase", str(pwfile(tmp_path))] if encrypted else []
    out = tmp_path / "out.pub"
    sh("puttygen", str(path), *args, "-O", "public-openssh", "-o", str(out))
    assert first_two(out.read_text()) == line(key)


@needs_openssl
@pytest.mark.parametrize("fmt,kind", PRIVATE_CASES)
def test_openssl_cli_reads_ours_encrypted(tmp_path, fmt, kind):
    key = sample_key(kind)
    path = save(tmp_path, "key", write_encrypted(fmt, key))
    out = sh("openssl", "pkey", "-in", str(path), "-passin", "pass:" + PW.decode(), "-pubout")
    assert out.encode() == write("public-pem", key.public_only())


# -- theirs -> ours ------------------------------------------------------------------------

@functools.cache
def ssh_keygen_files(kind: str, mode: str, encrypted: bool, tmp: str) -> tuple:
    path = f"{tmp}/{kind}-{mode}-{encrypted}"
    sh("ssh-keygen", "-q", *SSH_KEYGEN[kind], "-m", mode, "-N", PW.decode() if encrypted else "",
       "-C", "c", "-f", path)
    with open(path, "rb") as f, open(path + ".pub") as p:
        return f.read(), first_two(p.read()), path + ".pub"


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return str(tmp_path_factory.mktemp("theirs"))


@needs_ssh_keygen
@pytest.mark.parametrize("encrypted", [False, True])
@pytest.mark.parametrize("mode", ["PEM", "PKCS8"])
@pytest.mark.parametrize("kind", OPENSSH_TYPES)
def test_we_read_ssh_keygen_private(tmp, kind, mode, encrypted):
    data, expected, _ = ssh_keygen_files(kind, mode, encrypted, tmp)
    fmt = "pem" if mode == "PEM" else "pkcs8"
    assert [f for f, v in FORMATS.items() if v.detect(data)] == [fmt]
    assert FORMATS[fmt].is_encrypted(data) is encrypted
    if encrypted:
        with pytest.raises(PassphraseRequired):
            load(fmt, data)
        with pytest.raises(WrongPassphrase, match="Wrong passphrase, or the file is corrupted."):
            load(fmt, data, b"not it")
    key = load(fmt, data, PW if encrypted else None)
    assert line(key) == expected and key.comment == ""


@needs_ssh_keygen
@pytest.mark.parametrize("mode", ["PEM", "PKCS8"])
@pytest.mark.parametrize("kind", OPENSSH_TYPES)
def test_we_read_ssh_keygen_public_exports(tmp, kind, mode):
    _, expected, pub = ssh_keygen_files(kind, "PEM", False, tmp)
    data = sh("ssh-keygen", "-e", "-m", mode, "-f", pub).encode()
    label = "RSA PUBLIC KEY" if (kind, mode) == ("rsa", "PEM") else "PUBLIC KEY"
    assert pem.unarmor(data)[0] == label
    assert pkcs8.PUBLIC_FORMAT.detect(data) and not pem.FORMAT.detect(data)
    assert line(load("public-pem", data)) == expected


@needs_puttygen
@needs_ssh_keygen
@pytest.mark.parametrize("encrypted", [False, True])
@pytest.mark.parametrize("kind", TRADITIONAL)
def test_we_read_puttygen_openssh_pem(tmp_path, tmp, kind, encrypted):
    _, expected, _ = ssh_keygen_files(kind, "RFC4716", False, tmp)
    src = f"{tmp}/{kind}-RFC4716-False"
    out = tmp_path / "out"
    args = ["--new-passphrase", str(pwfile(tmp_path))] if encrypted else []
    sh("puttygen", src, *args, "-O", "private-openssh", "-o", str(out))
    data = out.read_bytes()
    assert (b"DEK-Info: DES-EDE3-CBC," in data) is encrypted
    assert line(load("pem", data, PW if encrypted else None)) == expected
    if encrypted:
        with pytest.raises(WrongPassphrase):
            load("pem", data, b"not it")


@needs_puttygen
@needs_ssh_keygen
@pytest.mark.parametrize("encrypted", [False, True])
@pytest.mark.parametrize("kind", ["rsa", "dsa"])
def test_we_read_puttygen_sshcom(tmp_path, tmp, kind, encrypted):
    _, expected, _ = ssh_keygen_files(kind, "RFC4716", False, tmp)
    src = f"{tmp}/{kind}-RFC4716-False"
    out = tmp_path / "out"
    comment = "a comment long enough that puttygen continues it with a backslash: " + "x" * 40
    args = ["--new-passphrase", str(pwfile(tmp_path))] if encrypted else []
    sh("puttygen", src, *args, "-C", comment, "-O", "private-sshcom", "-o", str(out))
    data = out.read_bytes()
    assert b"\\\n" in data
    assert [f for f, v in FORMATS.items() if v.detect(data)] == ["sshcom"]
    assert sshcom.FORMAT.is_encrypted(data) is encrypted and sshcom.FORMAT.write is None
    key = load("sshcom", data, PW if encrypted else None)
    assert line(key) == expected and key.comment == comment
    if encrypted:
        with pytest.raises(PassphraseRequired):
            load("sshcom", data)
        with pytest.raises(WrongPassphrase):
            load("sshcom", data, b"not it")


def _crypto_key(kind):
    return ser.load_pem_private_key(write("pkcs8", sample_key(kind)), None)


@pytest.mark.parametrize("fmt,kind", PRIVATE_CASES)
def test_we_read_cryptography_best_available_encryption(fmt, kind):
    # TraditionalOpenSSL gives legacy PEM with AES-256-CBC; PKCS8 gives PBES2.
    private_format = ser.PrivateFormat.TraditionalOpenSSL if fmt == "pem" else ser.PrivateFormat.PKCS8
    data = _crypto_key(kind).private_bytes(ser.Encoding.PEM, private_format,
                                           ser.BestAvailableEncryption(PW))
    assert line(load(fmt, data, PW)) == line(sample_key(kind))


@needs_openssl
@pytest.mark.parametrize("kind,tool,cipher", [
    ("rsa", "rsa", "-des3"), ("p256", "ec", "-aes128"), ("p384", "ec", "-aes192"),
    ("dsa", "dsa", "-aes256"), ("p521", "ec", "-des3")])
def test_we_read_openssl_legacy_encryption(tmp_path, kind, tool, cipher):
    src = save(tmp_path, "src", write("pem", sample_key(kind)))
    data = sh("openssl", tool, "-in", str(src), "-traditional", cipher,
              "-passout", "pass:" + PW.decode()).encode()
    assert b"Proc-Type: 4,ENCRYPTED" in data
    assert line(load("pem", data, PW)) == line(sample_key(kind))


@needs_openssl
@pytest.mark.parametrize("kind,cipher,prf", [
    ("rsa", "aes-128-cbc", "hmacWithSHA1"), ("p256", "aes-192-cbc", "hmacWithSHA256"),
    ("ed25519", "aes-256-cbc", "hmacWithSHA384"), ("ed448", "aes-128-cbc", "hmacWithSHA512"),
    ("dsa", "des3", "hmacWithSHA256"), ("p521", "aes-256-cbc", "hmacWithSHA1")])
def test_we_read_openssl_pbes2_variants(tmp_path, kind, cipher, prf):
    src = save(tmp_path, "src", write("pkcs8", sample_key(kind)))
    data = sh("openssl", "pkcs8", "-topk8", "-in", str(src), "-v2", cipher, "-v2prf", prf,
              "-iter", "1000", "-passout", "pass:" + PW.decode()).encode()
    assert line(load("pkcs8", data, PW)) == line(sample_key(kind))
    with pytest.raises(WrongPassphrase):
        load("pkcs8", data, b"not it")


@needs_openssl
@pytest.mark.parametrize("algorithm", ["ed25519", "ed448"])
def test_we_read_openssl_genpkey_eddsa(algorithm):
    data = sh("openssl", "genpkey", "-algorithm", algorithm).encode()
    key = load("pkcs8", data)
    assert line(key) == crypto_line(ser.load_pem_private_key(data, None).public_key())
    public = sh("openssl", "pkey", "-pubout", stdin=data).encode()
    assert load("public-pem", public).public == key.public


@needs_openssl
def test_we_read_openssl_ecparam_genkey_and_compressed_points(tmp_path):
    data = sh("openssl", "ecparam", "-genkey", "-name", "prime256v1").encode()
    assert data.startswith(b"-----BEGIN EC PARAMETERS-----")
    key = load("pem", data)
    expected = crypto_line(ser.load_pem_private_key(data, None).public_key())
    assert line(key) == expected
    compressed = sh("openssl", "ec", "-conv_form", "compressed", stdin=data).encode()
    assert line(load("pem", compressed)) == expected
    explicit = sh("openssl", "ec", "-param_enc", "explicit", stdin=data).encode()
    with pytest.raises(UnsupportedError, match="Explicit"):
        load("pem", explicit)


def _ed25519_v2(seed: bytes, public: bytes) -> bytes:
    """RFC 5958 OneAsymmetricKey version 2, which carries the public key in [1]."""
    return pem.armor("PRIVATE KEY", der.sequence(
        der.integer(1), der.sequence(der.oid("1.3.101.112")), der.octet_string(der.octet_string(seed)),
        der.tlv(der.context(1, constructed=False), b"\x00" + public)))


def test_we_read_pkcs8_v2_with_public_key():
    key = sample_key("ed25519")
    assert load("pkcs8", _ed25519_v2(key.private.seed, key.public.data)).public == key.public
    with pytest.raises(InvalidKeyError):
        load("pkcs8", _ed25519_v2(key.private.seed, bytes(31) + b"\x01"))


def test_sec1_without_public_key_is_derived():
    key = sample_key("p384")
    priv = key.private
    data = der.sequence(der.integer(1), der.octet_string(priv.d.to_bytes(48, "big")),
                        der.explicit(0, der.oid(pem.CURVE_OIDS["nistp384"])))
    assert load("pem", pem.armor("EC PRIVATE KEY", data)).public == key.public


# -- detection -----------------------------------------------------------------------------

def test_detect_tolerates_bom_whitespace_crlf_and_leading_text():
    data = write("pem", sample_key("p256"))
    for variant in (b"\xef\xbb\xbf" + data, b"\n\n  " + data, data.replace(b"\n", b"\r\n"),
                    b"Bag Attributes\n    localKeyID: 01\n" + data):
        assert pem.FORMAT.detect(variant) and not pkcs8.FORMAT.detect(variant)
        assert load("pem", variant).public == sample_key("p256").public
    assert not any(f.detect(b"") or f.detect(None) or f.detect("text") for f in FORMATS.values())
    assert not pem.FORMAT.is_encrypted(data) and pem.FORMAT.is_encrypted(write("pem", sample_key("p256"), PW))
    assert not sshcom.FORMAT.is_encrypted(b"junk")


# -- refusals ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["ed25519", "ed448"])
def test_eddsa_has_no_traditional_pem(kind):
    with pytest.raises(UnsupportedError, match="PKCS#8 or OpenSSH"):
        write("pem", sample_key(kind))


@pytest.mark.parametrize("fmt", ["pem", "pkcs8"])
def test_private_writers_need_a_private_key(fmt):
    with pytest.raises(UnsupportedError, match="public half"):
        write(fmt, sample_key("rsa").public_only())


def test_unknown_curves_and_algorithms_are_named():
    k1 = ec.generate_private_key(ec.SECP256K1())
    for fmt, pf in (("pem", ser.PrivateFormat.TraditionalOpenSSL), ("pkcs8", ser.PrivateFormat.PKCS8)):
        with pytest.raises(UnsupportedError, match=r"1\.3\.132\.0\.10"):
            load(fmt, k1.private_bytes(ser.Encoding.PEM, pf, ser.NoEncryption()))
    spki = k1.public_key().public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(UnsupportedError, match=r"1\.3\.132\.0\.10"):
        load("public-pem", spki)
    x = x25519.X25519PrivateKey.generate().private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8,
                                                         ser.NoEncryption())
    with pytest.raises(UnsupportedError, match="X25519"):
        load("pkcs8", x)


def test_unknown_dek_info_cipher_and_bad_headers():
    data = write("pem", sample_key("rsa"), PW)
    with pytest.raises(UnsupportedError, match="BF-CBC"):
        load("pem", data.replace(b"AES-128-CBC,", b"BF-CBC,"), PW)
    with pytest.raises(UnsupportedError, match="BF-CBC"):     # before asking for a passphrase
        load("pem", data.replace(b"AES-128-CBC,", b"BF-CBC,"))
    with pytest.raises(FormatError, match="IV"):
        load("pem", data.replace(b"AES-128-CBC,", b"AES-128-CBC,ZZ"), PW)
    with pytest.raises(FormatError, match="DEK-Info"):
        load("pem", data.replace(b"DEK-Info", b"DEK-Inf0"), PW)


@pytest.mark.parametrize("fmt,kind", [("pem", "rsa"), ("pkcs8", "ed25519")])
def test_passphrase_required(fmt, kind):
    data = write_encrypted(fmt, sample_key(kind))
    for nothing in (None, b""):
        with pytest.raises(PassphraseRequired):
            load(fmt, data, nothing)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase, or the file is corrupted."):
        load(fmt, data, b"wrong")


def _pbes2(iterations: int, prf="1.2.840.113549.2.9", cipher=pkcs8.AES256_CBC) -> bytes:
    kdf = der.sequence(der.oid(pkcs8.PBKDF2), der.sequence(
        der.octet_string(bytes(16)), der.integer(iterations), der.sequence(der.oid(prf), der.null())))
    scheme = der.sequence(der.oid(cipher), der.octet_string(bytes(16)))
    body = der.sequence(der.sequence(der.oid(pkcs8.PBES2), der.sequence(kdf, scheme)),
                        der.octet_string(bytes(32)))
    return pem.armor("ENCRYPTED PRIVATE KEY", body)


def test_pbkdf2_cost_is_capped_before_any_work():
    start = time.monotonic()
    with pytest.raises(CostLimitError, match="PBKDF2 iterations 2147483648"):
        load("pkcs8", _pbes2(2 ** 31), PW)
    assert time.monotonic() - start < 1
    data = write("pkcs8", sample_key("p256"), PW, iterations=5000)
    with pytest.raises(CostLimitError):
        load("pkcs8", data, PW, Limits(pbkdf2_iterations=4999))
    assert load("pkcs8", data, PW, Limits(pbkdf2_iterations=5000)).public == sample_key("p256").public


def test_unknown_pbes2_parts_are_named():
    with pytest.raises(UnsupportedError, match="hmacWithSHA224"):
        load("pkcs8", _pbes2(1000, prf="1.2.840.113549.2.8"), PW)
    with pytest.raises(UnsupportedError, match=r"1\.2\.3\.4"):
        load("pkcs8", _pbes2(1000, cipher="1.2.3.4"), PW)


def test_file_size_limit():
    data = write("pem", sample_key("p256"))
    for fmt in ("pem", "sshcom", "pkcs8", "public-pem"):
        with pytest.raises(FormatError, match="too large"):
            load(fmt, data + b"\n" * (1 << 20))


# -- DER strictness ------------------------------------------------------------------------

def test_der_rejects_deep_nesting():
    deep = b""
    for _ in range(10_000):
        deep = der.sequence(deep)
    with pytest.raises(FormatError):
        load("pem", pem.armor("RSA PRIVATE KEY", deep))
    with pytest.raises(FormatError):
        load("pkcs8", pem.armor("PRIVATE KEY", deep))
    r = der.decode(deep)
    with pytest.raises(FormatError, match="nests too deeply"):
        for _ in range(100):
            r = r.sequence()


@pytest.mark.parametrize("data", [
    b"\x30\x80\x00\x00",                       # indefinite length
    b"\x30\x81\x01\x05",                       # non-minimal length
    b"\x30\x82\x00\x81" + bytes(129),          # non-minimal long length
    b"\x30\x84\xff\xff\xff\xff",               # length past the end
    b"\x30\x85\x01\x00\x00\x00\x00",           # length field too long
    b"\x30\x03\x02\x01\x80",                   # negative integer
    b"\x30\x04\x02\x02\x00\x01",               # padded integer
    b"\x30\x02\x02\x00",                       # empty integer
    b"\x30\x02\x1f\x00",                       # high tag number
    b"\x30\x00\x00",                           # trailing data
    b"\x30",                                   # truncated
    b"",
])
def test_der_rejects_malformed(data):
    with pytest.raises(FormatError):
        r = der.decode(data)
        r.integer()


def test_der_oid_and_strings():
    for dotted in ("1.2.840.10045.3.1.7", "1.3.101.112", "2.16.840.1.101.3.4.1.42", "2.999.3"):
        assert der.Reader(der.oid(dotted)).oid() == dotted
    with pytest.raises(FormatError):
        der.Reader(b"\x06\x02\x2a\x80").oid()           # unterminated arc
    with pytest.raises(FormatError):
        der.Reader(b"\x06\x03\x2a\x80\x01").oid()       # non-minimal arc
    with pytest.raises(FormatError):
        der.Reader(b"\x03\x02\x01\xff").bit_string()    # unused bits
    with pytest.raises(FormatError):
        der.Reader(b"\x05\x01\x00").null()
    assert der.Reader(der.integer(2 ** 64)).integer() == 2 ** 64


# -- truncation and corruption -------------------------------------------------------------

@functools.cache
def samples() -> list:
    """(format, file, passphrase) for every reader, plain and encrypted."""
    out = [("pem", write("pem", sample_key(k), pw), pw) for k in ("rsa", "p256", "dsa") for pw in (None, PW)]
    out += [("pkcs8", write("pkcs8", sample_key(k), pw, iterations=10), pw)
            for k in ("rsa", "p521", "dsa", "ed25519", "ed448") for pw in (None, PW)]
    out += [("public-pem", write("public-pem", sample_key(k).public_only()), None) for k in KINDS]
    out += [("public-pem", pem.armor("RSA PUBLIC KEY", der.sequence(
        der.integer(sample_key("rsa").public.n), der.integer(sample_key("rsa").public.e))), None)]
    return out


def only_our_errors(fmt, data, pw):
    try:
        load(fmt, data, pw)
    except SSHKeyError:
        pass


@pytest.mark.parametrize("index", range(len(samples())))
def test_truncation_raises_only_our_errors(index):
    fmt, data, pw = samples()[index]
    label, headers, body = pem.unarmor(data)
    for cut in range(0, len(body), max(1, len(body) // 60)):
        with pytest.raises(SSHKeyError):
            load(fmt, pem.armor(label, body[:cut], headers), pw)
    end = data.rindex(b"-----END") + 10       # cutting only the final newline leaves a valid file
    for cut in range(0, end, max(1, end // 40)):
        with pytest.raises(SSHKeyError):
            load(fmt, data[:cut], pw)


@pytest.mark.parametrize("index", range(len(samples())))
def test_bit_flips_raise_only_our_errors(index):
    fmt, data, pw = samples()[index]
    label, headers, body = pem.unarmor(data)
    rng = random.Random(index)
    for _ in range(150):
        flipped = bytearray(body)
        flipped[rng.randrange(len(body))] ^= 1 << rng.randrange(8)
        only_our_errors(fmt, pem.armor(label, bytes(flipped), headers), pw)
        raw = bytearray(data)
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        only_our_errors(fmt, bytes(raw), pw)


def test_flipped_ciphertext_is_wrong_passphrase_or_corrupt():
    data = write("pem", sample_key("p256"), PW)
    label, headers, body = pem.unarmor(data)
    flipped = body[:-1] + bytes([body[-1] ^ 0x40])
    with pytest.raises((WrongPassphrase, FormatError)):
        load("pem", pem.armor(label, flipped, headers), PW)


def test_random_garbage_raises_only_our_errors():
    rng = random.Random(7)
    for fmt in FORMATS:
        for _ in range(100):
            junk = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
            for data in (junk, pem.armor("RSA PRIVATE KEY", junk), pem.armor("PRIVATE KEY", junk),
                         pem.armor("PUBLIC KEY", junk), pem.armor("EC PRIVATE KEY", junk),
                         b"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n"
                         + base64.encodebytes(b"\x3f\x6f\xf9\xeb" + junk)
                         + b"---- END SSH2 ENCRYPTED PRIVATE KEY ----\n"):
                only_our_errors(fmt, data, PW)


def _sshcom(kind: str, numbers: list) -> bytes:
    payload = b"".join(u32(n.bit_length()) + n.to_bytes((n.bit_length() + 7) // 8, "big") for n in numbers)
    body = string(kind) + string("none") + string(string(payload))
    blob = u32(sshcom.MAGIC) + u32(8 + len(body)) + body
    return (sshcom.BEGIN + "\n" + base64.encodebytes(blob).decode() + sshcom.END + "\n").encode()


def test_sshcom_crafted_files():
    rsa = sample_key("rsa").private
    n, e = rsa.public.n, rsa.public.e
    # The file's p is the smaller prime and u = p^-1 mod q, per ssh.com; we recompute u anyway.
    p, q = sorted((rsa.p, rsa.q))
    good = _sshcom("if-modn{sign{rsa-pkcs1-sha1},encrypt{rsa-pkcs1v2-oaep}}",
                   [e, rsa.d, n, pow(p, -1, q), p, q])
    assert load("sshcom", good).public == rsa.public
    with pytest.raises(UnsupportedError, match="ec-modp"):
        load("sshcom", _sshcom("ec-modp", [1]))
    with pytest.raises(InvalidKeyError):
        load("sshcom", _sshcom("if-modn{sign{rsa}}", [e, rsa.d, n, 1, p, p]))
    start = time.monotonic()
    huge = (1 << 40000) + 1
    with pytest.raises(CostLimitError):
        load("sshcom", _sshcom("if-modn{sign{rsa}}", [e, 3, huge, 1, huge - 2, huge - 4]))
    assert time.monotonic() - start < 1


@needs_puttygen
@needs_ssh_keygen
@pytest.mark.parametrize("encrypted", [False, True])
def test_sshcom_corruption_raises_only_our_errors(tmp_path, tmp, encrypted):
    ssh_keygen_files("dsa", "RFC4716", False, tmp)
    out = tmp_path / "out"
    args = ["--new-passphrase", str(pwfile(tmp_path))] if encrypted else []
    sh("puttygen", f"{tmp}/dsa-RFC4716-False", *args, "-O", "private-sshcom", "-o", str(out))
    data = out.read_bytes()
    pw = PW if encrypted else None
    lines = data.decode().split("\n")
    blob = base64.b64decode("".join(lines[2:-2]))

    def rearmor(blob: bytes) -> bytes:
        return "\n".join(lines[:2] + [base64.b64encode(blob).decode()] + lines[-2:]).encode()

    assert load("sshcom", rearmor(blob), pw).public == load("sshcom", data, pw).public
    for cut in range(0, len(blob), 3):
        with pytest.raises(SSHKeyError):
            load("sshcom", rearmor(blob[:cut]), pw)
    rng = random.Random(1)
    for _ in range(300):
        flipped = bytearray(blob)
        flipped[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        only_our_errors("sshcom", rearmor(bytes(flipped)), pw)
