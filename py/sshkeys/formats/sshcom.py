"""The ssh.com (SSH Communications Security) private key format, read only.

This is what `puttygen -O private-sshcom` writes; PuTTY's import.c documents it. Inside
RFC 4716-style armor ("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----", header lines that a
trailing backslash continues) the blob is

    uint32 0x3f6ff9eb, uint32 total size, string key type, string cipher, string payload

and the payload, after 3des-cbc decryption if the cipher is not "none", holds one string
with the numbers in it, followed by padding. Numbers are a uint32 bit count and then that
many bits, big-endian. RSA stores e, d, n, u, p, q; DSA stores a zero (no predefined
parameters), then p, g, q, y, x. The 3DES key is MD5(pass) || MD5(pass || MD5(pass)),
cut to 24 bytes, with a zero IV.
"""

import hashlib
import re
from dataclasses import replace
from math import gcd

from ..errors import (FormatError, InvalidKeyError, PassphraseRequired, SSHKeyError,
                      UnsupportedError, WrongPassphrase)
from ..keys import DSAPrivateKey, DSAPublicKey, Key, RSAPrivateKey, RSAPublicKey
from ..limits import DEFAULT
from ..wire import Reader
from . import pem
from .base import Format, Protection, b64decode, passphrase_given, text
from ..i18n import N_, _

BEGIN = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----"
END = "---- END SSH2 ENCRYPTED PRIVATE KEY ----"
MAGIC = 0x3F6FF9EB
RSA_PREFIX = "if-modn{sign{rsa"      # the full names vary; PuTTY matches these prefixes too
DSA_PREFIX = "dl-modp{sign{dsa"
_DETECT = re.compile(rb"(?:\xef\xbb\xbf)?\s*" + re.escape(BEGIN.encode()))


def _unarmor(data: bytes) -> tuple:
    """(headers, blob) of the armored file."""
    lines = [line.strip() for line in text(data, N_("ssh.com key file")).strip().split("\n")]
    if lines[0] != BEGIN:
        raise FormatError(_("The file is not an ssh.com private key."))
    try:
        end = lines.index(END)
    except ValueError:
        raise FormatError(_("The ssh.com key file has no END line: it is truncated.")) from None
    headers, i = {}, 1
    while i < end and ":" in lines[i]:
        line = lines[i]
        i += 1
        while line.endswith("\\") and i < end:
            line, i = line[:-1] + lines[i], i + 1
        name, _colon, value = line.partition(":")
        headers[name.strip()] = value.strip()
    return headers, b64decode("".join(lines[i:end]), N_("ssh.com key file"))


def _parse(data: bytes) -> tuple:
    """(comment, key type, cipher, payload)."""
    headers, blob = _unarmor(data)
    r = Reader(blob, N_("ssh.com key file"))
    if r.u32() != MAGIC:
        r.fail(_("it lacks the ssh.com magic number"))
    r.u32()                       # total size, which the base64 already tells us
    kind, cipher, payload = r.text(), r.text(), r.string()
    r.done()
    comment = headers.get("Comment", "")
    if len(comment) >= 2 and comment[0] == comment[-1] == '"':
        comment = comment[1:-1]
    return comment, kind, cipher, payload


def _mpint(r: Reader) -> int:
    return int.from_bytes(r.raw((r.u32() + 7) // 8), "big")


def _rsa(r: Reader, limits) -> RSAPrivateKey:
    e, d, n, _u, p, q = (_mpint(r) for _ in range(6))
    r.done()
    pem.check_limits(RSAPublicKey(n, e), limits)     # before arithmetic on numbers of any size
    # Recompute the CRT coefficient rather than trust u's convention; that needs coprime primes.
    if not (1 < p < n and 1 < q < n and p * q == n and gcd(p, q) == 1):
        raise InvalidKeyError(_("The RSA primes do not multiply to the modulus."))
    return RSAPrivateKey.from_numbers(n, e, d, q, p)     # PuTTY's p is the file's q


def _dsa(r: Reader) -> DSAPrivateKey:
    predefined = r.u32()
    if predefined == 1:
        raise UnsupportedError(_("ssh.com DSA keys with predefined parameters are not supported."))
    if predefined:
        r.fail(_("its DSA parameter flag is invalid"))
    p, g, q, y, x = (_mpint(r) for _ in range(5))
    r.done()
    return DSAPrivateKey(DSAPublicKey(p, q, g, y), x)


def _numbers(kind: str, payload: bytes, limits):
    r = Reader(Reader(payload, N_("ssh.com key data")).string(), N_("ssh.com key data"))
    return _rsa(r, limits) if kind.startswith(RSA_PREFIX) else _dsa(r)


def _key(passphrase: bytes) -> bytes:
    a = hashlib.md5(passphrase).digest()
    return (a + hashlib.md5(passphrase + a).digest())[:24]


async def read(data: bytes, passphrase, engine, limits=DEFAULT) -> Key:
    if len(data) > limits.file_bytes:
        raise FormatError(_("The file is over {file_bytes} bytes, too large for a key file.").format(file_bytes=limits.file_bytes))
    comment, kind, cipher, payload = _parse(data)
    if not kind.startswith((RSA_PREFIX, DSA_PREFIX)):
        raise UnsupportedError(_("Unsupported ssh.com key type {kind!r}.").format(kind=kind))
    if cipher not in ("none", "3des-cbc"):
        raise UnsupportedError(_("Unsupported ssh.com key cipher {cipher!r}.").format(cipher=cipher))
    encrypted = cipher == "3des-cbc"
    source = _protection(cipher)
    if encrypted:
        if not passphrase_given(passphrase):
            raise PassphraseRequired(_(pem.NEED_PASSPHRASE), source)
        if not payload or len(payload) % 8:
            raise FormatError(_("The ssh.com key data is not a whole number of cipher blocks."))
        payload = await engine.tdes_cbc_decrypt(_key(passphrase), bytes(8), payload)
    try:
        key = await pem.private_key(_numbers(kind, payload, limits), engine, limits)
    except (FormatError, InvalidKeyError):
        if encrypted:             # the format has no check value: garbage is all we see
            raise WrongPassphrase(_(pem.WRONG)) from None
        raise
    return replace(key, comment=comment, source=source)


def detect(data) -> bool:
    return isinstance(data, (bytes, bytearray)) and _DETECT.match(data) is not None


def is_encrypted(data) -> bool:
    try:
        return _parse(data)[2] != "none"
    except SSHKeyError:
        return False


def protection(data: bytes) -> Protection:
    return _protection(_parse(data)[2])


def _protection(cipher: str) -> Protection:
    return Protection(FORMAT.name, FORMAT.label, True, cipher,
                      "sshcom-md5" if cipher != "none" else "none")


FORMAT = Format(name="sshcom", label=N_("ssh.com private key (read only)"), private=True,
                detect=detect, read=read, write=None, is_encrypted=is_encrypted,
                protection=protection)
