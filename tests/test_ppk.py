"""PuTTY .ppk files, with puttygen (0.78 at /usr/bin/puttygen) as the referee.

puttygen must read what we write (it checks the MAC and decrypts when asked for `-O text`,
which also prints the private numbers), we must read what puttygen writes, and rewriting
a puttygen file with the same salt and Argon2 parameters must give the same bytes.
"""

import asyncio
import base64
import hashlib
import hmac
import os
import random
import re
import shutil
import subprocess
import tempfile
import time

import pytest

from sshkeys.engine.native import NativeEngine
from sshkeys.errors import (CostLimitError, FormatError, IntegrityError, PassphraseRequired,
                            SSHKeyError, UnsupportedError, WrongPassphrase)
from sshkeys.formats import ppk
from sshkeys.keys import public_blob
from sshkeys.keys import EdDSAPrivateKey, EdDSAPublicKey, Key, generate, key_type
from sshkeys.limits import Limits
from sshkeys.wire import string

PUTTYGEN = shutil.which("puttygen")
# PuTTY tools keep a random seed under PUTTYDIR (default ~/.putty); keep it out of home.
_PUTTYDIR = tempfile.TemporaryDirectory(prefix="test_ppk-putty-")
PUTTY_ENV = dict(os.environ, PUTTYDIR=_PUTTYDIR.name, LC_ALL="C")

ENGINE = NativeEngine()
PW = "correct horse ✓".encode()
COMMENT = "tëst key ✓ with: colons"

# (pytest id, our family, bits, puttygen -t, puttygen -b)
TYPES = [
    ("rsa2048", "rsa", 2048, "rsa", "2048"),
    ("dsa1024", "dsa", 1024, "dsa", "1024"),
    ("nistp256", "ecdsa", 256, "ecdsa", "256"),
    ("nistp384", "ecdsa", 384, "ecdsa", "384"),
    ("nistp521", "ecdsa", 521, "ecdsa", "521"),
    ("ed25519", "ed25519", None, "ed25519", None),
    ("ed448", "ed448", None, "ed448", None),
]
TYPE_IDS = [t[0] for t in TYPES]


def run(coro):
    return asyncio.run(coro)


def read(data, passphrase=None, engine=ENGINE, limits=Limits()):
    return run(ppk.read(data, passphrase, engine, limits))


def write(key, passphrase=None, engine=ENGINE, **options):
    return run(ppk.write(key, engine, passphrase, **options))


def public_line(key):
    return key.algorithm + " " + base64.b64encode(public_blob(key.public)).decode()


def private_numbers(priv) -> dict:
    """The private values as `puttygen -O text` names them."""
    family = key_type(priv.public.algorithm).family
    if family == "rsa":
        return {"private_exponent": priv.d, "private_p": priv.p, "private_q": priv.q,
                "private_inverse_q_mod_p": priv.iqmp}
    if family == "dsa":
        return {"private_x": priv.x}
    if family == "ecdsa":
        return {"private_exponent": priv.d}
    return {"private_exponent": int.from_bytes(priv.seed, "little")}   # EdDSA seed as LE number


def puttygen(*args) -> subprocess.CompletedProcess:
    if PUTTYGEN is None:    # a missing referee is a failure, not a skip
        pytest.fail("puttygen is missing: install putty-tools (see .ci/run).")
    # stdin from /dev/null: puttygen prompts for a missing passphrase instead of failing.
    return subprocess.run([PUTTYGEN, *map(str, args)], stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=120, env=PUTTY_ENV)


def puttygen_text(path, pwfile=None) -> dict:
    """Load the whole key in puttygen (MAC, decryption, private blob); its private numbers."""
    args = [path, "-O", "text"] + (["--old-passphrase", pwfile] if pwfile else [])
    result = puttygen(*args)
    assert result.returncode == 0, result.stderr.decode()
    return {name: int(value, 16) for name, value in
            re.findall(r"^(private_\w+)=0x([0-9a-f]+)$", result.stdout.decode(), re.M)}


def puttygen_public(path) -> str:
    result = puttygen(path, "-O", "public-openssh")
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8").rstrip("\n")


def headers(data: bytes) -> dict:
    return dict(re.findall(rb"^([\w-]+): (.*)$", data, re.M))


@pytest.fixture(scope="module")
def keys():
    async def make(family, bits, comment):
        priv = await generate(ENGINE, family, bits)
        return Key(public=priv.public, private=priv, comment=comment)
    return {tid: run(make(family, bits, f"{COMMENT} {tid}"))
            for tid, family, bits, *_ in TYPES}


@pytest.fixture
def pwfile(tmp_path):
    path = tmp_path / "pw"
    path.write_bytes(PW + b"\n")    # puttygen reads the first line
    return path


def assert_same_key(loaded, key):
    assert loaded.public == key.public
    assert loaded.private == key.private
    assert loaded.comment == key.comment


# -- 1. puttygen reads what we write -------------------------------------------------------

FORMATS = {   # the write options of each file layout we test
    "v2": dict(version=2),
    "v3-argon2id": dict(kdf="argon2id", passes=1),
    "v3-argon2i": dict(kdf="argon2i", passes=2),
    "v3-argon2d": dict(kdf="argon2d", passes=1, memory=1024, parallelism=2),
}


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "passphrase"])
@pytest.mark.parametrize("layout", FORMATS)
@pytest.mark.parametrize("tid", TYPE_IDS)
def test_puttygen_reads_ours(keys, pwfile, tmp_path, tid, layout, encrypted):
    key = keys[tid]
    passphrase = PW if encrypted else None
    data = write(key, passphrase, **FORMATS[layout])
    h = headers(data)
    assert h[b"Encryption"] == (b"aes256-cbc" if encrypted else b"none")
    assert (b"Key-Derivation" in h) == (encrypted and layout != "v2")
    path = tmp_path / "ours.ppk"
    path.write_bytes(data)

    assert puttygen_public(path) == public_line(key) + " " + key.comment
    assert puttygen_text(path, pwfile if encrypted else None) == private_numbers(key.private)
    assert_same_key(read(data, passphrase), key)


def test_layout_is_puttygens(keys):
    data = write(keys["ed25519"], PW, passes=3).decode()
    lines = data.split("\n")
    assert data.endswith("\n") and "\r" not in data
    assert [line.split(":")[0] for line in lines if ": " in line] == [
        "PuTTY-User-Key-File-3", "Encryption", "Comment", "Public-Lines", "Key-Derivation",
        "Argon2-Memory", "Argon2-Passes", "Argon2-Parallelism", "Argon2-Salt",
        "Private-Lines", "Private-MAC"]
    h = headers(data.encode())
    assert h[b"Argon2-Memory"] == b"8192" and h[b"Argon2-Passes"] == b"3"
    assert h[b"Argon2-Parallelism"] == b"1" and re.fullmatch(rb"[0-9a-f]{32}", h[b"Argon2-Salt"])
    assert re.fullmatch(rb"[0-9a-f]{64}", h[b"Private-MAC"])
    assert re.fullmatch(rb"[0-9a-f]{40}", headers(write(keys["ed25519"], version=2))[b"Private-MAC"])
    rsa = write(keys["rsa2048"], PW, passes=1).decode().split("\n")
    assert {len(line) for line in rsa[4:9]} == {64}     # full base64 lines are 64 characters


# -- 2. we read what puttygen writes --------------------------------------------------------

PUTTYGEN_FORMATS = {   # (passphrase?, --ppk-param) for re-saving puttygen's own key
    "v3-plain": (False, "version=3"),
    "v2-plain": (False, "version=2"),
    "v2": (True, "version=2"),
    "v3-argon2id": (True, "version=3,kdf=argon2id,passes=1"),
    "v3-argon2i": (True, "kdf=argon2i,passes=2"),
    "v3-argon2d": (True, "kdf=argon2d,passes=1,memory=1024,parallelism=2"),
}


@pytest.fixture(scope="module", params=TYPES, ids=TYPE_IDS)
def puttygen_files(request, tmp_path_factory):
    """A key made by puttygen, saved by puttygen with its defaults (v3, Argon2id, passes
    timed to 100 ms) and in each layout of PUTTYGEN_FORMATS."""
    tid, _, _, ptype, pbits = request.param
    d = tmp_path_factory.mktemp(tid)
    pw, empty = d / "pw", d / "empty"
    pw.write_bytes(PW + b"\n")
    empty.write_bytes(b"")
    comment = f"pütty {tid} ✓"
    base = d / "base.ppk"
    result = puttygen("-q", "-t", ptype, *(["-b", pbits] if pbits else []), "-C", comment,
                      "-o", base, "--new-passphrase", empty)
    assert result.returncode == 0, result.stderr.decode()
    files = {}
    for name, (encrypted, params) in {"default": (True, None), **PUTTYGEN_FORMATS}.items():
        out = d / f"{name}.ppk"
        result = puttygen(base, "-o", out, "-P", "--new-passphrase", pw if encrypted else empty,
                          *(["--ppk-param", params] if params else []))
        assert result.returncode == 0, result.stderr.decode()
        files[name] = (out, encrypted)
    return comment, pw, files


class SaltEngine(NativeEngine):
    """Hands out a chosen salt, so we can rewrite a puttygen file byte for byte."""

    def __init__(self, salt):
        self.salt = salt

    async def random(self, n):
        assert n == len(self.salt)
        return self.salt


def rewrite_options(data: bytes) -> dict:
    h = headers(data)
    options = {"version": int(data[len(b"PuTTY-User-Key-File-"):][:1])}
    if b"Key-Derivation" in h:
        options.update(kdf=h[b"Key-Derivation"].decode().lower(),
                       memory=int(h[b"Argon2-Memory"]), passes=int(h[b"Argon2-Passes"]),
                       parallelism=int(h[b"Argon2-Parallelism"]))
    return options


@pytest.mark.parametrize("layout", ["default", *PUTTYGEN_FORMATS])
def test_we_read_puttygens(puttygen_files, layout):
    comment, pwfile, files = puttygen_files
    path, encrypted = files[layout]
    data = path.read_bytes()
    passphrase = PW if encrypted else None
    key = read(data, passphrase)

    assert key.comment == comment
    assert puttygen_public(path) == public_line(key) + " " + comment
    assert private_numbers(key.private) == puttygen_text(path, pwfile if encrypted else None)
    run(key.private.check(ENGINE))

    salt = bytes.fromhex(headers(data).get(b"Argon2-Salt", b"").decode())
    assert write(key, passphrase, SaltEngine(salt), **rewrite_options(data)) == data


# -- our own round trips and options ---------------------------------------------------------

def test_round_trip_crlf_bom_and_blank_lines(keys):
    key = keys["nistp256"]
    data = write(key, PW, passes=1)
    mangled = b"\xef\xbb\xbf\n" + data.replace(b"\n", b"\r\n") + b"\r\n\r\n"
    assert_same_key(read(mangled, PW), key)
    assert_same_key(read(write(key).replace(b"\n", b"\r")), key)


def test_unencrypted_ignores_a_passphrase(keys):
    for version in (2, 3):
        assert_same_key(read(write(keys["ed448"], version=version), b"unused"), keys["ed448"])


class SpyEngine(NativeEngine):
    """Records the pass counts Argon2 is asked for."""

    def __init__(self, fail=False):
        self.passes = []
        self.fail = fail

    async def argon2(self, flavour, password, salt, memory_kib, passes, parallelism, length):
        assert not self.fail, "argon2 must not run"
        self.passes.append(passes)
        return await super().argon2(flavour, password, salt, memory_kib, passes, parallelism,
                                    length)


def test_default_passes_are_timed_like_puttygen(keys, pwfile, tmp_path):
    key, spy = keys["ed25519"], SpyEngine()
    started = time.perf_counter()
    data = write(key, PW, spy)
    elapsed = time.perf_counter() - started
    # Fibonacci pass counts until one run takes >= 100 ms; that run's output is the key.
    fib = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987]
    assert spy.passes == fib[:len(spy.passes)]
    assert int(headers(data)[b"Argon2-Passes"]) == spy.passes[-1]
    assert 0.1 <= elapsed < 10
    path = tmp_path / "default.ppk"
    path.write_bytes(data)
    assert puttygen_text(path, pwfile) == private_numbers(key.private)
    assert_same_key(read(data, PW), key)


def test_time_ms_option(keys):
    spy = SpyEngine()
    data = write(keys["ed25519"], PW, spy, time_ms=0)
    assert spy.passes == [1] and headers(data)[b"Argon2-Passes"] == b"1"


def test_write_rejects_bad_options(keys):
    key = keys["ed25519"]
    for options in (dict(version=1), dict(version=4), dict(kdf="scrypt"), dict(passes=0),
                    dict(parallelism=0), dict(memory=15, parallelism=2)):
        with pytest.raises(ValueError):
            write(key, PW, **options)
    with pytest.raises(ValueError):
        write(key.public_only())
    with pytest.raises(ValueError):
        write(key.with_comment("two\nlines"))


def test_detect_and_is_encrypted(keys):
    plain, encrypted = write(keys["ed25519"]), write(keys["ed25519"], PW, passes=1)
    assert ppk.detect(plain) and ppk.detect(b"\xef\xbb\xbf \r\n" + encrypted)
    assert not ppk.detect(b"-----BEGIN OPENSSH PRIVATE KEY-----\n") and not ppk.detect(b"")
    assert ppk.is_encrypted(encrypted) and not ppk.is_encrypted(plain)
    assert ppk.is_encrypted(encrypted.replace(b"\n", b"\r\n"))
    assert not ppk.is_encrypted(b"garbage")
    assert ppk.FORMAT.name == "ppk" and ppk.FORMAT.file_name == "id_{stem}.ppk" and ppk.FORMAT.private


# -- 3. bad input ---------------------------------------------------------------------------

def flip_private(data: bytes) -> bytes:
    """Change the first base64 character after Private-Lines (always a significant one)."""
    at = data.index(b"\n", data.index(b"Private-Lines: ")) + 1
    return data[:at] + (b"B" if data[at:at + 1] == b"A" else b"A") + data[at + 1:]


@pytest.mark.parametrize("version", [2, 3])
def test_flipped_bit_unencrypted_is_integrity_error(keys, version):
    data = write(keys["rsa2048"], version=version)
    with pytest.raises(IntegrityError):
        read(flip_private(data))
    with pytest.raises(IntegrityError):        # the MAC covers the comment too
        read(data.replace(b"Comment: t", b"Comment: T"))


@pytest.mark.parametrize("options", [dict(version=2), dict(passes=1)], ids=["v2", "v3"])
def test_flipped_bit_encrypted_is_wrong_passphrase(keys, options):
    data = write(keys["dsa1024"], PW, **options)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase, or the .ppk file is corrupted."):
        read(flip_private(data), PW)


@pytest.mark.parametrize("options", [dict(version=2), dict(passes=1)], ids=["v2", "v3"])
def test_wrong_or_missing_passphrase(keys, options):
    data = write(keys["nistp384"], PW, **options)
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase):
        read(data, b"not it")
    assert time.perf_counter() - started < 2
    for missing in (None, b""):
        with pytest.raises(PassphraseRequired):
            read(data, missing)


@pytest.mark.parametrize("options", [dict(version=2), dict(version=3), dict(passes=1)],
                         ids=["v2-plain", "v3-plain", "v3-argon2"])
def test_truncated_files_are_format_errors(keys, options):
    data = write(keys["ed25519"], PW if "passes" in options else None, **options)
    spy = SpyEngine(fail=True)
    for n in range(len(data) - 1):   # only the final newline may be missing
        with pytest.raises(FormatError):
            read(data[:n], PW, spy)
    read(data[:-1], PW)


def test_unknown_encryption_kdf_type_and_version(keys):
    plain, encrypted = write(keys["ed25519"]), write(keys["ed25519"], PW, passes=1)
    for data, old, new in [
        (encrypted, b"Encryption: aes256-cbc", b"Encryption: aes128-ctr"),
        (plain, b"Encryption: none", b"Encryption: 3des-cbc"),
        (encrypted, b"Key-Derivation: Argon2id", b"Key-Derivation: scrypt"),
        (plain, b": ssh-ed25519", b": ssh-foo"),
        (plain, b"PuTTY-User-Key-File-3", b"PuTTY-User-Key-File-4"),
    ]:
        with pytest.raises(UnsupportedError):
            read(data.replace(old, new, 1), PW, SpyEngine(fail=True))
    short_salt = re.sub(rb"^Argon2-Salt: .*$", b"Argon2-Salt: 00112233", encrypted, flags=re.M)
    with pytest.raises(UnsupportedError, match="salt"):
        read(short_salt, PW, SpyEngine(fail=True))


def test_version_1_is_unsupported():
    v1 = (b"PuTTY-User-Key-File-1: ssh-rsa\nEncryption: none\nComment: old\n"
          b"Public-Lines: 1\nAAAAB3NzaC1yc2E=\nPrivate-Lines: 1\nAAAA\nPrivate-Hash: 00\n")
    with pytest.raises(UnsupportedError, match="version 1"):
        read(v1)


@pytest.mark.parametrize("header, value", [
    (b"Argon2-Memory", b"4294967296"),
    (b"Argon2-Passes", b"4294967296"),
    (b"Argon2-Parallelism", b"4294967296"),
    (b"Argon2-Memory", b"99999999999999999999"),
])
def test_absurd_argon2_costs_fail_fast(keys, header, value):
    data = write(keys["ed25519"], PW, passes=1)
    data = re.sub(rb"^" + header + rb": \d+$", header + b": " + value, data, flags=re.M)
    started = time.perf_counter()
    for passphrase in (PW, None):           # before even asking for a passphrase
        with pytest.raises(CostLimitError):
            read(data, passphrase, SpyEngine(fail=True))
    assert time.perf_counter() - started < 0.5


def _with_headers(data: bytes, **values) -> bytes:
    for name, value in values.items():
        header = name.replace("_", "-").encode()
        data, n = re.subn(rb"^" + header + rb": \d+$", header + b": " + str(value).encode(),
                          data, flags=re.M)
        assert n == 1
    return data


RAISED = Limits(argon2_memory_kib=1 << 40, argon2_passes=1 << 40, argon2_parallelism=1 << 40)


@pytest.mark.parametrize("values, limits, sentence", [
    (dict(Argon2_Passes=0), Limits(),
     "its Argon2 pass count of 0 is outside RFC 9106's 1 to 4294967295."),
    (dict(Argon2_Passes=2 ** 32), RAISED,
     "its Argon2 pass count of 4294967296 is outside RFC 9106's 1 to 4294967295."),
    (dict(Argon2_Parallelism=0), Limits(),
     "its Argon2 parallelism of 0 is outside RFC 9106's 1 to 16777215."),
    (dict(Argon2_Parallelism=1 << 24, Argon2_Memory=1 << 30), RAISED,
     "its Argon2 parallelism of 16777216 is outside RFC 9106's 1 to 16777215."),
    (dict(Argon2_Memory=31, Argon2_Parallelism=4), Limits(),
     "its Argon2 memory of 31 KiB is less than the 32 KiB RFC 9106 requires for parallelism 4."),
    (dict(Argon2_Memory=0), Limits(),
     "its Argon2 memory of 0 KiB is less than the 8 KiB RFC 9106 requires for parallelism 1."),
    (dict(Argon2_Memory=2 ** 32), RAISED,
     "its Argon2 memory of 4294967296 KiB is above RFC 9106's 4294967295 KiB."),
])
def test_argon2_parameters_are_checked_against_rfc9106_before_deriving(keys, values, limits,
                                                                        sentence):
    """PuTTY 0.85's ppk_load_s (sshpubk.c) asks argon2_params_bad, RFC 9106 section 3.1,
    before it derives anything; ours names the broken rule in one sentence, even where the
    caller has raised sshkeys.limits past what a uint32 holds, and Argon2 never runs."""
    data = _with_headers(write(keys["ed25519"], PW, passes=1), **values)
    for passphrase in (PW, None):
        with pytest.raises(FormatError) as e:
            read(data, passphrase, SpyEngine(fail=True), limits)
        assert str(e.value) == "The PPK file is malformed: " + sentence


def test_four_gib_of_argon2_memory_is_refused_unallocated(keys):
    """A crafted file asking 4 GiB (RFC 9106 allows it): refused by the cap in sshkeys.limits
    before Argon2 runs, in one sentence that says how to accept it."""
    data = _with_headers(write(keys["ed25519"], PW, passes=1), Argon2_Memory=4 << 20)
    with pytest.raises(CostLimitError) as e:
        read(data, PW, SpyEngine(fail=True))
    assert str(e.value) == ("The file asks for Argon2 memory (KiB) 4194304, above the limit of "
                            "1048576; raise Limits.argon2_memory_kib if you trust this file.")


def test_costs_within_raised_limits_are_accepted(keys):
    data = write(keys["ed25519"], PW, passes=3)
    with pytest.raises(CostLimitError):
        read(data, PW, limits=Limits(argon2_passes=2))
    assert_same_key(read(data, PW, limits=Limits(argon2_passes=3)), keys["ed25519"])


def test_oversized_file(keys):
    data = write(keys["ed25519"])
    with pytest.raises(CostLimitError):
        read(data + b"\n" * 100, limits=Limits(file_bytes=len(data)))


def test_header_type_must_match_public_blob(keys):
    data = write(keys["ed25519"]).replace(b": ssh-ed25519", b": ssh-ed448", 1)
    with pytest.raises(FormatError, match="ssh-ed448"):
        read(data)


@pytest.mark.parametrize("old, new", [
    (b"Encryption: none", b"Encryption:none"),
    (b"Public-Lines: 2", b"Public-Lines: +2"),
    (b"Public-Lines: 2", b"Public-Lines: 9"),
    (b"Public-Lines: 2", b"Public-Lines: 1"),
    (b"Comment:", b"Kommentar:"),
    (b"Private-MAC: ", b"Private-MAC: 0"),
    (b"Private-MAC: ", b"Private-MAC: zz"),
    (b"\nAAAA", b"\nAA!A"),
    (b"\nAAAA", b"\nAAA"),
    (b"PuTTY-User-Key-File-3", b"PuTTY-User-Key-File-x"),
    (b"PuTTY-User-Key-File-3", b"PuTTY-Private-Key-File-3"),
])
def test_malformed_headers_are_format_errors(keys, old, new):
    data = write(keys["ed25519"], version=3)
    assert old in data
    with pytest.raises(FormatError):
        read(data.replace(old, new, 1))


def test_text_after_the_mac_is_a_format_error(keys):
    with pytest.raises(FormatError):
        read(write(keys["ed25519"]) + b"trailing text\n")


def test_argon2_headers_out_of_order_or_bad(keys):
    data = write(keys["ed25519"], PW, passes=1)
    for old, new in [(b"Argon2-Passes: 1", b"Argon2-Passes: 0"),
                     (b"Argon2-Memory: 8192", b"Argon2-Memory: 7"),
                     (b"Argon2-Salt: ", b"Argon2-Salt: 0"),
                     (b"Argon2-Memory", b"Argon2-Mem")]:
        with pytest.raises(FormatError):
            read(data.replace(old, new, 1), PW, SpyEngine(fail=True))
    with pytest.raises(FormatError):   # a v2 file has no Key-Derivation lines
        read(data.replace(b"File-3", b"File-2", 1), PW, SpyEngine(fail=True))


def test_fuzzed_files_raise_only_package_errors(keys):
    rng = random.Random(1234)
    samples = [write(keys["nistp256"], version=2), write(keys["rsa2048"]),
               write(keys["ed25519"], PW, version=2),
               write(keys["ed448"], PW, passes=1, memory=8)]
    for _ in range(600):
        data = bytearray(rng.choice(samples))
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(data))
            op = rng.randrange(4)
            if op == 0:
                data[at] = rng.randrange(256)
            elif op == 1:
                del data[at]
            elif op == 2:
                data.insert(at, rng.choice(b"0123456789\n\r: =A/+\xff"))
            else:
                data[at:at] = data[max(0, at - 30):at]
        try:
            read(bytes(data), PW)
        except SSHKeyError:
            pass


# -- private blobs built by hand, as other writers (and older PuTTYs) may have made them ------

def plain_v3(key, private_blob: bytes) -> bytes:
    """An unencrypted v3 file around a private blob we choose (the MAC key is empty)."""
    pub, comment = public_blob(key.public), key.comment.encode()
    mac = hmac.new(b"", b"".join(map(string, (key.algorithm, "none", comment, pub,
                                             private_blob))), hashlib.sha256).hexdigest()
    lines = lambda blob: [base64.b64encode(blob[i:i + 48]) for i in range(0, len(blob), 48)]
    return b"\n".join([
        f"PuTTY-User-Key-File-3: {key.algorithm}".encode(), b"Encryption: none",
        b"Comment: " + comment, b"Public-Lines: %d" % len(lines(pub)), *lines(pub),
        b"Private-Lines: %d" % len(lines(private_blob)), *lines(private_blob),
        f"Private-MAC: {mac}".encode(), b""])


def test_short_eddsa_seed_from_putty_0_74(tmp_path):
    """PuTTY up to 0.74 wrote the Ed25519 seed as a minimal little-endian number, so a seed
    ending in zero bytes was stored shorter than 32 bytes."""
    seed = bytes(range(1, 31)) + b"\0\0"
    public = EdDSAPublicKey("ed25519", run(ENGINE.eddsa_public("ed25519", seed)))
    key = Key(public=public, private=EdDSAPrivateKey(public, seed), comment="old putty")
    data = plain_v3(key, string(seed[:30]))
    assert_same_key(read(data), key)
    path = tmp_path / "short.ppk"
    path.write_bytes(data)
    assert puttygen_text(path) == private_numbers(key.private)
    # and we write it as PuTTY 0.75+ does, at full length
    assert ppk._parse(write(key), Limits()).private == string(seed)


def test_private_blob_must_be_exact(keys):
    key = keys["rsa2048"]
    blob = ppk._private_blob(key.private)
    assert_same_key(read(plain_v3(key, blob)), key)
    with pytest.raises(FormatError, match="trailing data"):
        read(plain_v3(key, blob + b"\0"))        # unencrypted files have no padding
    with pytest.raises(FormatError, match="ends too early"):
        read(plain_v3(key, blob[:-1]))
    ed = keys["ed25519"]
    with pytest.raises(FormatError, match="longer than 32"):
        read(plain_v3(ed, string(ed.private.seed + b"\0")))


def test_padding_is_sha1_of_the_blob(keys):
    """PuTTY pads the private blob to the AES block with SHA-1(blob), not random bytes."""
    key = keys["nistp521"]
    blob = ppk._private_blob(key.private)
    padded = ppk._pad(blob, 16)
    assert len(padded) % 16 == 0 and padded[len(blob):] == hashlib.sha1(blob).digest()[
        :len(padded) - len(blob)]
    assert ppk._pad(blob, 1) == blob
