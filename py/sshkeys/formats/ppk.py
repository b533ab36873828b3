"""PuTTY private key files (.ppk), versions 2 and 3.

Layout and key derivation follow the PuTTY manual's PPK appendix; the details the manual
leaves open follow PuTTY's sshpubk.c (ppk_save_sb, ppk_load_s), so that what we write is
byte for byte what PuTTYgen writes for the same key, salt and Argon2 parameters.
A key with an OpenSSH certificate is stored as PuTTYgen 0.78's --certificate stores it: the
certificate's type name in the header and its blob as the public blob; the private blob
stays the plain key's.
"""

import binascii
import hashlib
import hmac
import re
import time
from dataclasses import dataclass, replace

from .. import certificate, defaults
from ..errors import (FormatError, IntegrityError, PassphraseRequired,
                      UnsupportedError, WrongPassphrase)
from ..keys import Key, impl, is_certificate_type, key_type, parse_public_blob, public_blob
from ..limits import DEFAULT
from ..wire import Reader, string, u32
from .base import Format, Protection, b64lines
from ..i18n import N_, _

MAGIC = b"PuTTY-User-Key-File-"
LINE_CHARS = 64                       # base64 characters per line, as PuTTY writes them
AES_BLOCK = 16
UINT32_MAX = 0xFFFFFFFF
KDF_NAMES = {"argon2id": "Argon2id", "argon2i": "Argon2i", "argon2d": "Argon2d"}
KDF_FLAVOURS = {v: k for k, v in KDF_NAMES.items()}
MAC_HEX_DIGITS = {2: 40, 3: 64}       # HMAC-SHA-1 in v2, HMAC-SHA-256 in v3
V2_MAC_KEY_PREFIX = b"putty-private-key-file-mac-key"
KDF_OUTPUT = 32 + 16 + 32             # AES-256 key, CBC IV, HMAC-SHA-256 key


# -- private blobs: only what the public blob does not already hold ----------------------

def _private_blob(priv) -> bytes:
    return impl(priv.public.algorithm).ppk_private(priv)


def _read_private(pub, blob: bytes, block: int):
    r = Reader(blob, N_("PPK private key"))
    priv = impl(pub.algorithm).read_ppk_private(r, pub)
    # Encrypted files pad the blob to a whole cipher block; nothing else may follow it.
    if r.remaining >= block:
        r.fail(_("it has unexpected trailing data"))
    return priv


def _pad(blob: bytes, block: int) -> bytes:
    # PuTTY pads with the start of SHA-1(blob), not random bytes as the manual says.
    return blob + hashlib.sha1(blob).digest()[:-len(blob) % block]


# -- the text layer -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Argon2:
    flavour: str        # argon2id | argon2i | argon2d
    memory: int         # KiB
    passes: int
    parallelism: int
    salt: bytes

    def lines(self) -> list:
        return [f"Key-Derivation: {KDF_NAMES[self.flavour]}", f"Argon2-Memory: {self.memory}",
                f"Argon2-Passes: {self.passes}", f"Argon2-Parallelism: {self.parallelism}",
                f"Argon2-Salt: {self.salt.hex()}"]


@dataclass(frozen=True)
class _File:
    version: int
    algorithm: str
    encryption: str     # none | aes256-cbc
    comment: bytes
    public: bytes
    argon2: _Argon2 | None
    private: bytes      # as stored: ciphertext when encrypted
    mac: bytes

    @property
    def encrypted(self) -> bool:
        return self.encryption != "none"


def _fail(why: str):
    raise FormatError(_("The PPK file is malformed: {why}.").format(why=why))


def _strip(data: bytes) -> bytes:
    return data.removeprefix(b"\xef\xbb\xbf").lstrip()


class _Lines:
    """Walks the file's lines; PuTTY writes LF but accepts CR LF and bare CR too."""

    def __init__(self, data: bytes):
        self._lines = re.split(rb"\r\n|\r|\n", _strip(data))
        # Only the MAC line may lack its line break: anything else unterminated is truncated.
        self._terminated = len(self._lines) - 1
        self._next = 0

    def line(self, what: str, last: bool = False) -> bytes:
        if self._next >= (len(self._lines) if last else self._terminated):
            # TRANSLATORS: {what} is a part of the file, such as "first line", translated on its own.
            _fail(_("it ends before the end of the {what}").format(what=what))
        self._next += 1
        return self._lines[self._next - 1]

    def header(self, name: str, last: bool = False) -> bytes:
        line = self.line(_("{name!r} line").format(name=name), last)
        key, sep, value = line.partition(b": ")
        if not sep or key != name.encode():
            _fail(_("expected a {name!r} line, found {line}").format(name=name, line=_show(line)))
        return value

    def ascii(self, name: str) -> str:
        value = self.header(name)
        if not value.isascii():
            _fail(_("the {name!r} line is not ASCII").format(name=name))
        return value.decode()

    def number(self, name: str) -> int:
        value = self.header(name)
        # fullmatch on a short run of digits: no signs, spaces or int()'s digit limit.
        if not re.fullmatch(rb"[0-9]{1,20}", value):
            _fail(_("the {name!r} line is not a number").format(name=name))
        return int(value)

    def blob(self, name: str) -> bytes:
        count = self.number(name)
        if count > self._terminated - self._next:
            _fail(_("it ends inside the base64 lines after {name!r}").format(name=name))
        out = []
        for _line in range(count):
            line = self.line(_("base64 lines after {name!r}").format(name=name))
            # PuTTY decodes line by line, each a whole number of 4-character groups.
            if (len(line) > LINE_CHARS or len(line) % 4
                    or not re.fullmatch(rb"[A-Za-z0-9+/]*={0,2}", line)):
                _fail(_("a base64 line after {name!r} is invalid").format(name=name))
            out.append(binascii.a2b_base64(line))
        return b"".join(out)

    def finish(self) -> None:
        if any(line.strip() for line in self._lines[self._next:]):
            _fail(_("there is text after the 'Private-MAC' line"))


def _show(line: bytes) -> str:
    return repr(line[:40].decode("ascii", "replace"))


def _version(lines: _Lines) -> tuple:
    first = lines.line(_("first line"))
    key, sep, algorithm = first.partition(b": ")
    if not key.startswith(MAGIC) or not sep:
        _fail(_("it does not start with 'PuTTY-User-Key-File-'"))
    if not re.fullmatch(rb"[0-9]{1,3}", key[len(MAGIC):]):
        _fail(_("its version is not a number"))
    version = int(key[len(MAGIC):])
    if version == 1:
        raise UnsupportedError(_("PPK version 1 files (from PuTTY development snapshots before 0.52) "
                               "are not supported; re-save the key with a current PuTTYgen."))
    if version not in (2, 3):
        raise UnsupportedError(_("PPK version {version} is newer than this library supports.").format(version=version))
    if not algorithm.isascii():
        _fail(_("the key type is not ASCII"))
    name = algorithm.decode()
    base = certificate.base_algorithm(name) if is_certificate_type(name) else name
    if not impl(base).putty:          # UnsupportedError above for a type we do not know
        raise UnsupportedError(_("PuTTY .ppk files do not hold {family} keys; "
                               "this file was not made by PuTTYgen.").format(family=key_type(base).family))
    return version, name


def _check_rfc9106(memory: int, passes: int, parallelism: int) -> None:
    """RFC 9106 section 3.1's bounds, which PuTTY 0.85 checks before deriving (sshpubk.c's
    ppk_load_s asks argon2_params_bad); each broken rule gets its own sentence here."""
    if not 1 <= passes <= UINT32_MAX:
        _fail(_("its Argon2 pass count of {passes} is outside RFC 9106's 1 to 4294967295").format(passes=passes))
    if not 1 <= parallelism < 1 << 24:
        _fail(_("its Argon2 parallelism of {parallelism} is outside RFC 9106's 1 to 16777215").format(parallelism=parallelism))
    if memory < 8 * parallelism:
        _fail(_("its Argon2 memory of {memory} KiB is less than the {value} KiB "
              "RFC 9106 requires for parallelism {parallelism}").format(memory=memory, value=8 * parallelism, parallelism=parallelism))
    if memory > UINT32_MAX:
        _fail(_("its Argon2 memory of {memory} KiB is above RFC 9106's 4294967295 KiB").format(memory=memory))


def _argon2_headers(lines: _Lines, limits) -> _Argon2:
    name = lines.ascii("Key-Derivation")
    if name not in KDF_FLAVOURS:
        raise UnsupportedError(_("Unsupported PPK key derivation {name!r}.").format(name=name))
    # Check each cost as soon as it is read, so an absurd file fails before any work.
    memory = lines.number("Argon2-Memory")
    limits.check(N_("Argon2 memory (KiB)"), memory, "argon2_memory_kib")
    passes = lines.number("Argon2-Passes")
    limits.check(N_("Argon2 passes"), passes, "argon2_passes")
    parallelism = lines.number("Argon2-Parallelism")
    limits.check(N_("Argon2 parallelism"), parallelism, "argon2_parallelism")
    _check_rfc9106(memory, passes, parallelism)
    salt = lines.header("Argon2-Salt")
    if not re.fullmatch(rb"(?:[0-9a-fA-F]{2})*", salt):
        _fail(_("the Argon2 salt is not hexadecimal"))
    if len(salt) < 16:
        raise UnsupportedError(_("Argon2 salts shorter than 8 bytes are not supported."))
    return _Argon2(KDF_FLAVOURS[name], memory, passes, parallelism, bytes.fromhex(salt.decode()))


def _parse(data: bytes, limits) -> _File:
    """Read and check the whole text layer; no cryptography yet."""
    limits.check(N_("file size (bytes)"), len(data), "file_bytes")
    lines = _Lines(data)
    version, algorithm = _version(lines)
    encryption = lines.ascii("Encryption")
    if encryption not in ("none", "aes256-cbc"):
        raise UnsupportedError(_("Unsupported PPK encryption {encryption!r}.").format(encryption=encryption))
    comment = lines.header("Comment")
    public = lines.blob("Public-Lines")
    argon2 = (_argon2_headers(lines, limits)
              if version == 3 and encryption != "none" else None)
    private = lines.blob("Private-Lines")
    mac = lines.header("Private-MAC", last=True)
    if not re.fullmatch(rb"[0-9a-fA-F]{%d}" % MAC_HEX_DIGITS[version], mac):
        _fail(_("the MAC is not {MAC_HEX_DIGITS} hexadecimal digits").format(MAC_HEX_DIGITS=MAC_HEX_DIGITS[version]))
    lines.finish()
    if encryption != "none" and (not private or len(private) % AES_BLOCK):
        _fail(_("the encrypted private key is not a whole number of AES blocks"))
    return _File(version, algorithm, encryption, comment, public, argon2, private,
                 bytes.fromhex(mac.decode()))


def _comment(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Older Windows PuTTYgen stored comments in the ANSI code page; keep every byte.
        return raw.decode("latin-1")


# -- key derivation and MAC ---------------------------------------------------------------

def _v2_keys(passphrase: bytes) -> tuple:
    """PPK v2: AES key from two counter-prefixed SHA-1s, zero IV, SHA-1 MAC key."""
    key = b"".join(hashlib.sha1(u32(i) + passphrase).digest() for i in (0, 1))[:32]
    mac_key = hashlib.sha1(V2_MAC_KEY_PREFIX + passphrase).digest()
    return key, bytes(AES_BLOCK), mac_key


def _split_argon2(out: bytes) -> tuple:
    return out[:32], out[32:48], out[48:]


async def _argon2(engine, a: _Argon2, passphrase: bytes) -> bytes:
    return await engine.argon2(a.flavour, passphrase, a.salt, a.memory, a.passes,
                               a.parallelism, KDF_OUTPUT)


async def _keys(f: _File, passphrase: bytes, engine) -> tuple:
    if f.version == 2:
        return _v2_keys(passphrase)       # even unencrypted v2 files use the SHA-1 MAC key
    if f.argon2 is None:
        return b"", b"", b""              # unencrypted v3: HMAC with an empty key
    return _split_argon2(await _argon2(engine, f.argon2, passphrase))


def _mac(version: int, mac_key: bytes, algorithm: str, encryption: str, comment: bytes,
         public: bytes, private_plain: bytes) -> bytes:
    data = b"".join(map(string, (algorithm, encryption, comment, public, private_plain)))
    return hmac.new(mac_key, data, hashlib.sha1 if version == 2 else hashlib.sha256).digest()


# -- the format entry points --------------------------------------------------------------

def detect(data: bytes) -> bool:
    return isinstance(data, bytes) and _strip(data).startswith(MAGIC)


def is_encrypted(data: bytes) -> bool:
    m = re.search(rb"^Encryption: ([^\r\n]*)", data, re.M) if isinstance(data, bytes) else None
    return bool(m) and m.group(1) != b"none"


def _public(f: _File) -> tuple:
    """(public key, certificate or None); operations.load checks the certificate's signature."""
    if is_certificate_type(f.algorithm):
        cert = certificate.parse(f.public)
        public, name = cert.public, cert.algorithm
    else:
        cert = None
        public = parse_public_blob(f.public, "PPK public key")
        name = public.algorithm
    if name != f.algorithm:
        _fail(_("its header says {algorithm!r} but its public key is {name!r}").format(algorithm=f.algorithm, name=name))
    return public, cert


def protection(data: bytes) -> Protection:
    return _protection(_parse(data, DEFAULT))


def _protection(f: _File) -> Protection:
    if f.argon2 is not None:
        a = f.argon2
        return Protection(FORMAT.name, FORMAT.label, True, f.encryption, a.flavour,
                          memory_kib=a.memory, passes=a.passes, parallelism=a.parallelism,
                          version=3)
    kdf = "ppk2-sha1" if f.version == 2 and f.encrypted else "none"
    return Protection(FORMAT.name, FORMAT.label, True, f.encryption, kdf, version=f.version)


def read_public(data: bytes) -> Key:
    """Public key and comment are stored in clear (the MAC is checked only with the private part)."""
    f = _parse(data, DEFAULT)
    public, cert = _public(f)
    return Key(public=public, comment=_comment(f.comment), certificate=cert)


async def read(data: bytes, passphrase, engine, limits=DEFAULT) -> Key:
    f = _parse(data, limits)
    public, cert = _public(f)
    source = _protection(f)
    if f.encrypted and not passphrase:
        raise PassphraseRequired(_("This PuTTY private key is protected by a passphrase."), source,
                                 Key(public, None, _comment(f.comment), cert, source))
    cipher_key, iv, mac_key = await _keys(f, passphrase if f.encrypted else b"", engine)
    plain = await engine.aes_cbc_decrypt(cipher_key, iv, f.private) if f.encrypted else f.private
    expected = _mac(f.version, mac_key, f.algorithm, f.encryption, f.comment, f.public, plain)
    if not hmac.compare_digest(expected, f.mac):
        if f.encrypted:
            raise WrongPassphrase(_("Wrong passphrase, or the .ppk file is corrupted."))
        raise IntegrityError(_("The .ppk file's MAC does not match: it was altered or corrupted."))
    private = _read_private(public, plain, AES_BLOCK if f.encrypted else 1)
    return Key(public, private, _comment(f.comment), cert, source)


async def _choose_passes(engine, a: _Argon2, passphrase: bytes, time_ms: int) -> tuple:
    """PuTTYgen's argon2_choose_passes: run with Fibonacci pass counts until one run takes
    time_ms, and keep that run's parameters and output."""
    prev = 1
    while True:
        start = time.perf_counter()
        out = await _argon2(engine, a, passphrase)
        if (time.perf_counter() - start) * 1000 >= time_ms or prev > UINT32_MAX - a.passes:
            return a, out
        prev, a = a.passes, replace(a, passes=prev + a.passes)


async def _new_argon2(engine, passphrase: bytes, kdf, memory, passes, parallelism,
                      time_ms) -> tuple:
    a = _Argon2(kdf, memory, passes or 1, parallelism, await engine.random(16))
    if passes is None:
        return await _choose_passes(engine, a, passphrase, time_ms)
    return a, await _argon2(engine, a, passphrase)


def _check_options(key: Key, version, kdf, memory, passes, parallelism, time_ms) -> None:
    if key.private is None:
        raise ValueError(_("A .ppk file holds a private key, and this key has only its public half."))
    if "\r" in key.comment or "\n" in key.comment:
        raise ValueError(_("A .ppk comment cannot contain line breaks."))
    if version not in (2, 3):
        raise ValueError(_("PPK version must be 2 or 3."))
    if kdf not in KDF_NAMES:
        raise ValueError(_("Unknown PPK key derivation {kdf!r}; "
                         "choose one of {value}.").format(kdf=kdf, value=', '.join(KDF_NAMES)))
    if not (1 <= parallelism < 1 << 24 and 8 * parallelism <= memory <= UINT32_MAX):
        raise ValueError(_("Argon2 needs parallelism of at least 1 and 8 KiB of memory per lane."))
    if passes is not None and not 1 <= passes <= UINT32_MAX:
        raise ValueError(_("Argon2 passes must be at least 1."))
    if time_ms < 0:
        raise ValueError(_("The Argon2 time target cannot be negative."))


async def write(key: Key, engine, passphrase=None, *, version: int = defaults.PPK_VERSION,
                kdf: str = defaults.PPK_KDF, memory: int = defaults.ARGON2_MEMORY_KIB,
                passes: int | None = defaults.ARGON2_PASSES,
                parallelism: int = defaults.ARGON2_PARALLELISM,
                time_ms: int = defaults.ARGON2_TIME_MS) -> bytes:
    """What PuTTYgen writes for this key. passes=None times Argon2 to take about time_ms."""
    _check_options(key, version, kdf, memory, passes, parallelism, time_ms)
    encryption = "aes256-cbc" if passphrase else "none"
    cert = key.certificate
    algorithm = cert.algorithm if cert else key.algorithm
    public = cert.to_blob() if cert else public_blob(key.public)
    plain = _pad(_private_blob(key.private), AES_BLOCK if passphrase else 1)
    argon2 = None
    if version == 2:
        cipher_key, iv, mac_key = _v2_keys(passphrase or b"")
    elif not passphrase:
        cipher_key = iv = mac_key = b""
    else:
        argon2, out = await _new_argon2(engine, passphrase, kdf, memory, passes, parallelism,
                                        time_ms)
        cipher_key, iv, mac_key = _split_argon2(out)
    mac = _mac(version, mac_key, algorithm, encryption, key.comment.encode("utf-8"),
               public, plain)
    stored = await engine.aes_cbc_encrypt(cipher_key, iv, plain) if passphrase else plain
    text = (f"PuTTY-User-Key-File-{version}: {algorithm}\n"
            f"Encryption: {encryption}\n"
            f"Comment: {key.comment}\n"
            + _blob_lines("Public-Lines", public)
            + "".join(line + "\n" for line in (argon2.lines() if argon2 else ()))
            + _blob_lines("Private-Lines", stored)
            + f"Private-MAC: {mac.hex()}\n")
    return text.encode("utf-8")


def _blob_lines(name: str, blob: bytes) -> str:
    count = (len(blob) + 47) // 48       # 48 bytes make one 64-character line
    return f"{name}: {count}\n{b64lines(blob, LINE_CHARS)}"


FORMAT = Format(name="ppk", label=N_("PuTTY private key (.ppk)"), private=True, detect=detect,
                read=read, write=write, is_encrypted=is_encrypted, file_name="id_{stem}.ppk",
                read_public=read_public, protection=protection, holds=lambda impl: impl.putty)
