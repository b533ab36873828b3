"""Hostile and broken input: every failure is an SSHKeyError subclass, the right one, quickly.

For a file of each format (made by us, and ssh.com by puttygen since we only read it):
  - truncations at many points, bit flips across the raw text, and bit flips across the
    decoded base64 payload (re-encoded, so they reach the binary parsers);
  each load either raises an SSHKeyError subclass (never anything else) or, where the file
  can tell (a private half checked against its public half, or a MAC), gives the original key.
  Each load must finish within LOAD_SECONDS: the files use cheap KDF settings, so anything
  slower means a parser is doing work an attacker controls.
Then the specific classes: wrong passphrase -> WrongPassphrase (many tries: CBC padding can
come out valid by chance), none -> PassphraseRequired, unknown openssh-key-v1 cipher or KDF ->
UnsupportedError, absurd bcrypt rounds / Argon2 / PBKDF2 costs -> CostLimitError before any
work, a caller's raised Limits lets a costlier file load, and garbage -> FormatError.
"""

import asyncio
import base64
import random
import re
import struct
import time

import pytest

import referees
import sshkeys
from referees import strip_comment
from sshkeys import Limits

PW = "bad input test"
LOAD_SECONDS = 2.0
FAST = {"openssh": {"rounds": 1}, "ppk": {"memory": 64, "passes": 1},
        "pkcs8": {"iterations": 1000}}

# name -> (key spec, format, variant options, encrypted, does the file check itself?)
# "checks itself": a successful load of a damaged file must still give the original public
# key (private half validated against the public half, or a MAC). Public files and PKCS#8
# Ed25519 (no public key inside) legitimately load a different key when a bit changes.
FILES = {
    "openssh-plain": ("ed25519", "openssh", {}, False, True),
    "openssh-enc": ("ecdsa256", "openssh", {}, True, True),
    "ppk3-plain": ("ed25519", "ppk", {"version": 3}, False, True),
    "ppk3-enc": ("rsa2048", "ppk", {"version": 3}, True, True),
    "ppk2-enc": ("ecdsa384", "ppk", {"version": 2}, True, True),
    "pem-plain": ("ecdsa256", "pem", {}, False, True),
    "pem-enc": ("rsa2048", "pem", {}, True, True),
    "pkcs8-plain": ("ed25519", "pkcs8", {}, False, False),
    "pkcs8-enc": ("dsa", "pkcs8", {}, True, True),
    "sshcom-plain": ("rsa2048", "sshcom", {}, False, True),
    "sshcom-enc": ("dsa", "sshcom", {}, True, True),
    "rfc4716": ("ed25519", "rfc4716", {}, False, False),
    "public-line": ("rsa2048", "public-openssh", {}, False, False),
    "public-pem": ("ecdsa521", "public-pem", {}, False, False),
}
ENCRYPTED_FILES = [name for name, spec in FILES.items() if spec[3]]


def run(coro):
    return asyncio.run(coro)


@pytest.fixture(scope="module")
def files(our_key, tmp_path_factory):
    """name -> (bytes of the file, the Key it holds)."""
    out, directory = {}, tmp_path_factory.mktemp("bad-input")
    for name, (spec, fmt, options, encrypted, _) in FILES.items():
        key = our_key(spec)
        passphrase = PW if encrypted else None
        if fmt == "sshcom":     # we read ssh.com files but do not write them: puttygen does
            ppk = directory / f"{name}.ppk"
            ppk.write_bytes(run(sshkeys.save(key, "ppk")))
            referees.puttygen_convert(ppk, directory / name, "private-sshcom", None, passphrase)
            data = (directory / name).read_bytes()
        else:
            data = run(sshkeys.save(key, fmt, passphrase, **options, **FAST.get(fmt, {})))
        out[name] = (data, key)
    return out


def attempt(data: bytes, passphrase=None, limits=Limits()):
    """Load; return the Key or the SSHKeyError. Anything else, or a slow load, fails."""
    start = time.perf_counter()
    try:
        result = run(sshkeys.load(data, passphrase, limits=limits))
    except sshkeys.SSHKeyError as e:
        result = e
    except Exception as e:   # noqa: BLE001 - this is what the test is looking for
        raise AssertionError(f"{type(e).__name__} instead of an SSHKeyError: {e!r}\n"
                             f"input: {data!r}") from e
    elapsed = time.perf_counter() - start
    assert elapsed < LOAD_SECONDS, f"loading took {elapsed:.1f} s: {data!r}"
    return result


def check_outcomes(name, files, variants) -> None:
    """Load every (label, data) variant of file `name`; collect every broken promise."""
    original, key = files[name]
    checks_itself = FILES[name][4]
    passphrase = PW if FILES[name][3] else None
    problems = []
    for label, data in variants:
        if data == original:
            continue
        try:
            result = attempt(data, passphrase)
        except AssertionError as e:
            problems.append(f"{label}: {e}")
            continue
        same = isinstance(result, sshkeys.Key) and \
            strip_comment(sshkeys.public_line(result)) == strip_comment(sshkeys.public_line(key))
        if isinstance(result, sshkeys.Key) and checks_itself and not same:
            problems.append(f"{label}: loaded a different key without noticing")
    assert not problems, (f"{len(problems)} of {len(variants)} variants:\n"
                          + "\n".join(problems[:20]))


def test_the_undamaged_files_load(files):
    for name, (data, key) in files.items():
        loaded = attempt(data, PW if FILES[name][3] else None)
        assert isinstance(loaded, sshkeys.Key), f"{name}: {loaded!r}"
        assert strip_comment(sshkeys.public_line(loaded)) == \
            strip_comment(sshkeys.public_line(key)), name


# -- truncations and bit flips ------------------------------------------------------------

def truncations(data: bytes) -> list:
    n = len(data)
    points = {1, 2, 5, 10, 16, 20, 32, 40, n // 8, n // 4, n // 3, n // 2, 2 * n // 3,
              3 * n // 4, 7 * n // 8, n - 64, n - 40, n - 30, n - 20, n - 10, n - 5, n - 3,
              n - 2, n - 1}
    return [(f"first {p} bytes", data[:p]) for p in sorted(points) if 0 < p < n]


def raw_flips(data: bytes, count: int = 64) -> list:
    out = []
    for i in range(count):
        pos = i * len(data) // count
        bit = i % 8
        flipped = bytearray(data)
        flipped[pos] ^= 1 << bit
        out.append((f"bit {bit} of byte {pos}", bytes(flipped)))
    return out


B64_LINE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
B64_TOKEN = re.compile(r"(?<=[ \t])[A-Za-z0-9+/]{40,}={0,2}(?=[ \t\n]|$)")


def payload_segments(text: str) -> list:
    """(start, end) character spans of base64 payloads: runs of whole base64 lines, or the
    base64 token of a public key line."""
    spans, offset, run_start, run_end = [], 0, None, None
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if (len(body) >= 16 or run_start is not None and body) and B64_LINE.fullmatch(body):
            run_start = offset if run_start is None else run_start
            run_end = offset + len(body)
        else:
            if run_start is not None:
                spans.append((run_start, run_end))
                run_start = None
            for m in B64_TOKEN.finditer(body):
                spans.append((offset + m.start(), offset + m.end()))
        offset += len(line)
    if run_start is not None:
        spans.append((run_start, run_end))
    return spans


def payload_flips(data: bytes, count: int = 64) -> list:
    """Flip bits inside the decoded payload and re-encode it with the same line breaks."""
    text = data.decode()
    out = []
    for start, end in payload_segments(text):
        segment = text[start:end]
        lines = re.split(r"\r?\n", segment)
        try:
            blob = base64.b64decode("".join(lines), validate=True)
        except ValueError:
            continue
        widths = [len(l) for l in lines]
        for i in range(count):
            pos = i * len(blob) // count
            bit = (i * 3) % 8
            flipped = bytearray(blob)
            flipped[pos] ^= 1 << bit
            encoded, rebuilt, at = base64.b64encode(bytes(flipped)).decode(), [], 0
            for w in widths:
                rebuilt.append(encoded[at:at + w])
                at += w
            newline = "\r\n" if "\r\n" in segment else "\n"
            out.append((f"payload at {start}: bit {bit} of byte {pos}",
                        (text[:start] + newline.join(rebuilt) + text[end:]).encode()))
    return out


@pytest.mark.parametrize("name", FILES)
def test_truncated(files, name):
    check_outcomes(name, files, truncations(files[name][0]))


@pytest.mark.parametrize("name", FILES)
def test_bit_flips_in_the_text(files, name):
    check_outcomes(name, files, raw_flips(files[name][0]))


@pytest.mark.parametrize("name", FILES)
def test_bit_flips_in_the_payload(files, name):
    variants = payload_flips(files[name][0])
    assert variants, "found no base64 payload to damage"
    check_outcomes(name, files, variants)


@pytest.mark.parametrize("name", FILES)
def test_random_line_damage(files, name):
    """Delete, duplicate or swap whole lines, and cut the file at every line end."""
    data, _ = files[name]
    lines = data.split(b"\n")
    rng = random.Random(name)
    variants = []
    for i in range(len(lines)):
        variants.append((f"without line {i}", b"\n".join(lines[:i] + lines[i + 1:])))
        variants.append((f"line {i} twice", b"\n".join(lines[:i + 1] + lines[i:])))
        variants.append((f"cut after line {i}", b"\n".join(lines[:i + 1])))
    for _ in range(10):
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        swapped = list(lines)
        swapped[a], swapped[b] = swapped[b], swapped[a]
        variants.append((f"lines {a} and {b} swapped", b"\n".join(swapped)))
    check_outcomes(name, files, variants)


# -- passphrases --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ENCRYPTED_FILES)
def test_wrong_passphrase(files, name):
    """Twenty wrong passphrases, each WrongPassphrase: with CBC and no MAC (PEM, PKCS#8,
    ssh.com) about 1 in 256 decrypts to valid padding, and must still not be a FormatError."""
    data, _ = files[name]
    for wrong in [PW + "x", PW.upper(), " " + PW, "x"] + [f"wrong {i}" for i in range(16)]:
        result = attempt(data, wrong)
        assert isinstance(result, sshkeys.WrongPassphrase), f"{wrong!r}: {result!r}"


@pytest.mark.parametrize("name", ENCRYPTED_FILES)
def test_no_passphrase(files, name):
    data, _ = files[name]
    for nothing in (None, "", b""):
        assert isinstance(attempt(data, nothing), sshkeys.PassphraseRequired)
    assert sshkeys.is_encrypted(data)


# -- openssh-key-v1 built by hand: ciphers, KDFs and their costs -------------------------------

def _string(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def _openssh_fields(data: bytes) -> tuple:
    """(cipher, kdf, kdfoptions, rest of the blob after them) of an openssh-key-v1 file."""
    body = "".join(data.decode().strip().splitlines()[1:-1])
    blob = base64.b64decode(body)
    assert blob.startswith(b"openssh-key-v1\0")
    pos, fields = 15, []
    for _ in range(3):
        (n,) = struct.unpack(">I", blob[pos:pos + 4])
        fields.append(blob[pos + 4:pos + 4 + n])
        pos += 4 + n
    return fields[0], fields[1], fields[2], blob[pos:]


def _openssh_file(cipher: bytes, kdf: bytes, kdfoptions: bytes, rest: bytes) -> bytes:
    blob = b"openssh-key-v1\0" + _string(cipher) + _string(kdf) + _string(kdfoptions) + rest
    b64 = base64.b64encode(blob).decode()
    lines = [b64[i:i + 70] for i in range(0, len(b64), 70)]
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines)
            + "\n-----END OPENSSH PRIVATE KEY-----\n").encode()


def _bcrypt_options(salt: bytes, rounds: int) -> bytes:
    return _string(salt) + struct.pack(">I", rounds)


@pytest.fixture(scope="module")
def openssh_encrypted(our_key):
    """An Ed25519 openssh-key-v1 file, aes256-ctr + bcrypt, 4 rounds."""
    return run(sshkeys.save(our_key("ed25519"), "openssh", PW, rounds=4))


def test_the_hand_rebuilt_file_still_loads(openssh_encrypted):
    """The rebuild below changes only what each test says it changes."""
    assert _openssh_file(*_openssh_fields(openssh_encrypted)) == openssh_encrypted


@pytest.mark.parametrize("cipher", ["aes512-ctr", "3des-cbc", "blowfish-cbc", "", "none\0x"])
@pytest.mark.parametrize("passphrase", [PW, None], ids=["passphrase", "no-passphrase"])
def test_unknown_cipher(openssh_encrypted, cipher, passphrase):
    _, kdf, options, rest = _openssh_fields(openssh_encrypted)
    result = attempt(_openssh_file(cipher.encode(), kdf, options, rest), passphrase)
    assert isinstance(result, sshkeys.UnsupportedError), repr(result)


@pytest.mark.parametrize("kdf", ["scrypt", "argon2", "bcrypt2"])
def test_unknown_kdf(openssh_encrypted, kdf):
    cipher, _, options, rest = _openssh_fields(openssh_encrypted)
    result = attempt(_openssh_file(cipher, kdf.encode(), options, rest), PW)
    assert isinstance(result, sshkeys.UnsupportedError), repr(result)


@pytest.mark.parametrize("rounds", [1001, 2**31, 2**32 - 1])
def test_bcrypt_rounds_over_the_cap_fail_before_any_work(openssh_encrypted, rounds):
    cipher, kdf, options, rest = _openssh_fields(openssh_encrypted)
    salt = options[4:-4]
    start = time.perf_counter()
    result = attempt(_openssh_file(cipher, kdf, _bcrypt_options(salt, rounds), rest), PW)
    assert isinstance(result, sshkeys.CostLimitError), repr(result)
    assert time.perf_counter() - start < 0.5
    assert "Limits.bcrypt_rounds" in str(result)      # tells the caller how to allow it


def test_a_caller_can_allow_more_bcrypt_rounds(our_key):
    """The override path, at a cost a test can pay: bcrypt here runs ~10 ms a round, so
    a real 2000-round file would take 20 s to write and 20 s to read. A 48-round file,
    refused under a cap of 32, loads under the caller's Limits(bcrypt_rounds=5000) (and
    under the default cap of 1000)."""
    key = our_key("ed25519")
    data = run(sshkeys.save(key, "openssh", PW, rounds=48))
    assert _openssh_fields(data)[2][-4:] == struct.pack(">I", 48)
    refused = attempt(data, PW, Limits(bcrypt_rounds=32))
    assert isinstance(refused, sshkeys.CostLimitError), repr(refused)
    for limits in (Limits(bcrypt_rounds=5000), Limits(bcrypt_rounds=48), Limits()):
        loaded = run(sshkeys.load(data, PW, limits=limits))
        assert sshkeys.public_line(loaded) == sshkeys.public_line(key)


def test_the_default_bcrypt_cap_is_1000():
    assert Limits().bcrypt_rounds == 1000


# -- PPK and PKCS#8 KDF costs -----------------------------------------------------------------

@pytest.mark.parametrize("header,value,cap", [
    ("Argon2-Memory", 2**32 - 1, "argon2_memory_kib"),
    ("Argon2-Memory", (1 << 20) + 1, "argon2_memory_kib"),
    ("Argon2-Passes", 2**32 - 1, "argon2_passes"),
    ("Argon2-Parallelism", 2**24 - 1, "argon2_parallelism"),
])
def test_ppk_argon2_costs_over_the_cap(files, header, value, cap):
    data, _ = files["ppk3-enc"]
    patched = re.sub(rf"^{header}: \d+$".encode(), f"{header}: {value}".encode(), data, flags=re.M)
    assert patched != data
    start = time.perf_counter()
    result = attempt(patched, PW)
    assert isinstance(result, sshkeys.CostLimitError), repr(result)
    assert f"Limits.{cap}" in str(result)
    assert time.perf_counter() - start < 0.5


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    size = bytes([n]) if n < 128 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + \
        n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag]) + size + body


def _oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        while p > 0x7F:
            p >>= 7
            chunk.insert(0, 0x80 | (p & 0x7F))
        body += bytes(chunk)
    return _der(0x06, body)


def _int(n: int) -> bytes:
    return _der(0x02, n.to_bytes(n.bit_length() // 8 + 1, "big"))


@pytest.mark.parametrize("iterations", [10_000_001, 2**31 - 1, 2**64])
def test_pkcs8_pbkdf2_iterations_over_the_cap(iterations):
    seq = lambda *parts: _der(0x30, b"".join(parts))     # noqa: E731
    kdf = seq(_oid("1.2.840.113549.1.5.12"),                            # PBKDF2
              seq(_der(0x04, bytes(16)), _int(iterations),
                  seq(_oid("1.2.840.113549.2.9"), b"\x05\x00")))        # HMAC-SHA256
    scheme = seq(_oid("2.16.840.1.101.3.4.1.42"), _der(0x04, bytes(16)))  # AES-256-CBC
    info = seq(seq(_oid("1.2.840.113549.1.5.13"), seq(kdf, scheme)),    # PBES2
               _der(0x04, bytes(48)))
    b64 = base64.b64encode(info).decode()
    pem = ("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
           + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
           + "\n-----END ENCRYPTED PRIVATE KEY-----\n").encode()
    start = time.perf_counter()
    result = attempt(pem, PW)
    assert isinstance(result, sshkeys.CostLimitError), repr(result)
    assert time.perf_counter() - start < 0.5


# -- garbage --------------------------------------------------------------------------------

GARBAGE = {
    "empty": b"",
    "newline": b"\n",
    "whitespace": b"  \t\r\n\n  ",
    "nul bytes": bytes(256),
    "random binary": random.Random(1).randbytes(2000),
    "random binary 2": random.Random(2).randbytes(64),
    "utf-8 BOM only": b"\xef\xbb\xbf",
    "prose": b"This is not a key file, it is a letter to my aunt.\n",
    "latin-1": "clé privée ¿?".encode("latin-1"),
    "json": b'{"key": "ssh-ed25519 AAAA"}',
    "shell script": b"#!/bin/sh\necho hello\n",
    "a gzip header": b"\x1f\x8b\x08\x00" + bytes(60),
    "DER without armor": bytes.fromhex("3082025c02010002818100"),
    "unknown PEM label": b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    "over the size limit": b"ssh-ed25519 " + b"A" * (Limits().file_bytes + 1),
    "key type alone": b"ssh-ed25519\n",
    "key type and junk": b"ssh-ed25519 !!!!not-base64!!!!\n",
    "key type and empty blob": b"ssh-rsa AAAA\n",
    "openssh armor, no body": b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
                              b"-----END OPENSSH PRIVATE KEY-----\n",
    "openssh armor, junk": b"-----BEGIN OPENSSH PRIVATE KEY-----\n%%%%\n"
                           b"-----END OPENSSH PRIVATE KEY-----\n",
    "openssh armor, wrong magic": b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                  + base64.b64encode(b"openssh-key-v2\0" + bytes(40))
                                  + b"\n-----END OPENSSH PRIVATE KEY-----\n",
    "openssh armor, random": b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
                             + base64.b64encode(random.Random(3).randbytes(300))
                             + b"\n-----END OPENSSH PRIVATE KEY-----\n",
    "openssh magic, huge lengths": b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                   + base64.b64encode(b"openssh-key-v1\0" + b"\xff" * 64)
                                   + b"\n-----END OPENSSH PRIVATE KEY-----\n",
    "ppk header only": b"PuTTY-User-Key-File-3: ssh-ed25519\n",
    "ppk with junk lines": b"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n"
                           b"Comment: x\nPublic-Lines: 99999999\nAAAA\n",
    "pkcs8 armor, random": b"-----BEGIN PRIVATE KEY-----\n"
                           + base64.b64encode(random.Random(4).randbytes(120))
                           + b"\n-----END PRIVATE KEY-----\n",
    "pkcs8 armor, huge DER length": b"-----BEGIN PRIVATE KEY-----\n"
                                    + base64.b64encode(b"\x30\x84\xff\xff\xff\xff" + bytes(30))
                                    + b"\n-----END PRIVATE KEY-----\n",
    "pkcs8 armor, deep nesting": b"-----BEGIN PRIVATE KEY-----\n"
                                 + base64.b64encode(b"\x30\x80" * 400)
                                 + b"\n-----END PRIVATE KEY-----\n",
    "rsa pem armor, random": b"-----BEGIN RSA PRIVATE KEY-----\n"
                             + base64.b64encode(random.Random(5).randbytes(200))
                             + b"\n-----END RSA PRIVATE KEY-----\n",
    "public pem armor, random": b"-----BEGIN PUBLIC KEY-----\n"
                                + base64.b64encode(random.Random(6).randbytes(90))
                                + b"\n-----END PUBLIC KEY-----\n",
    "rfc4716 armor, random": b"---- BEGIN SSH2 PUBLIC KEY ----\n"
                             + base64.b64encode(random.Random(7).randbytes(90))
                             + b"\n---- END SSH2 PUBLIC KEY ----\n",
    "rfc4716 begin only": b"---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n",
    "sshcom armor, random": b"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n"
                            + base64.b64encode(random.Random(8).randbytes(90))
                            + b"\n---- END SSH2 ENCRYPTED PRIVATE KEY ----\n",
}


@pytest.mark.parametrize("label", GARBAGE)
def test_garbage_is_a_format_error(label):
    data = GARBAGE[label]
    for passphrase in (None, PW):
        result = attempt(data, passphrase)
        assert isinstance(result, sshkeys.FormatError), f"{type(result).__name__}: {result}"


@pytest.mark.parametrize("label", GARBAGE)
def test_probing_garbage_raises_only_sshkeyerror(label):
    """is_encrypted() and detect_format() either answer or raise FormatError."""
    data = GARBAGE[label]
    for probe in (sshkeys.is_encrypted, sshkeys.detect_format):
        try:
            probe(data)
        except sshkeys.SSHKeyError:
            pass
