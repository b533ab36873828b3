"""PEM armor (RFC 7468) and OpenSSL's traditional private key files.

"RSA PRIVATE KEY" is PKCS#1 (RFC 8017 A.1.2), "EC PRIVATE KEY" is SEC1 (RFC 5915) and
"DSA PRIVATE KEY" is OpenSSL's own SEQUENCE of six integers. Encrypted ones carry
Proc-Type/DEK-Info headers (RFC 1421) with a key from EVP_BytesToKey(MD5, one round):
that is what `ssh-keygen -m PEM -N pw` writes (AES-128-CBC) and what PuTTYgen writes
(DES-EDE3-CBC). Ed25519 and Ed448 have no traditional form.

The DER codecs of the RSA and EC private key structures, the named-curve table and the
CBC helpers live here too, because PKCS#8 wraps the same structures.
"""

import hashlib
import re
from dataclasses import dataclass, replace

from ..errors import (FormatError, InvalidKeyError, PassphraseRequired, UnsupportedError,
                      WrongPassphrase)
from ..keys import (DSAPrivateKey, DSAPublicKey, ECDSAPrivateKey, ECDSAPublicKey, Key,
                    RSAPrivateKey, RSAPublicKey, ecdsa, impl)
from ..limits import DEFAULT
from . import der
from .base import Format, Protection, b64decode, b64lines, passphrase_given, text
from ..i18n import N_, _

WRONG = N_("Wrong passphrase, or the file is corrupted.")
NEED_PASSPHRASE = N_("This key file is encrypted: a passphrase is needed to read it.")

# -- armor ---------------------------------------------------------------------------------

_BEGIN = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")


def armor(label: str, body: bytes, headers: dict | None = None) -> bytes:
    """PEM text as OpenSSL writes it: 64-column base64, LF line ends, a blank line after headers."""
    head = "".join(f"{name}: {value}\n" for name, value in (headers or {}).items())
    return (f"-----BEGIN {label}-----\n" + head + ("\n" if head else "")
            + b64lines(body, 64) + f"-----END {label}-----\n").encode()


def unarmor(data: bytes, labels=None) -> tuple:
    """(label, headers, body) of the first PEM block whose label is in `labels` (any if None).

    Text before the block is skipped, as OpenSSL does: `openssl ecparam -genkey` puts an
    "EC PARAMETERS" block before the key, and some tools add "Bag Attributes" lines.
    """
    lines = [line.strip() for line in text(data, N_("PEM file")).split("\n")]
    for i, line in enumerate(lines):
        match = _BEGIN.fullmatch(line)
        if match and (labels is None or match[1] in labels):
            return _block(match[1], lines[i + 1:])
    if not labels:
        raise FormatError(_("The file has no PEM block."))
    # TRANSLATORS: {labels} are PEM labels joined by " or ", e.g. "RSA PRIVATE KEY or PRIVATE KEY".
    raise FormatError(_("The file has no PEM block labelled {labels}.").format(labels=" or ".join(labels)))


def _block(label: str, lines: list) -> tuple:
    try:
        end = lines.index(f"-----END {label}-----")
    except ValueError:
        raise FormatError(_("The {label} PEM block has no END line: the file is truncated.").format(label=label)) from None
    headers, i = {}, 0
    while i < end and ":" in lines[i]:    # RFC 1421 headers come first; base64 has no colons
        name, _colon, value = lines[i].partition(":")
        headers[name.strip()] = value.strip()
        i += 1
    body = b64decode("".join(lines[i:end]), _("{label} PEM block").format(label=label))
    if not body:
        raise FormatError(_("The {label} PEM block is empty.").format(label=label))
    return label, headers, body


def load(data: bytes, labels, limits) -> tuple:
    """unarmor() after the size check every reader makes first."""
    if len(data) > limits.file_bytes:
        raise FormatError(_("The file is over {file_bytes} bytes, too large for a key file.").format(file_bytes=limits.file_bytes))
    return unarmor(data, labels)


def detector(*labels: str):
    """A cheap detect(data) for files holding a PEM block with one of `labels`."""
    names = b"|".join(re.escape(label.encode()) for label in labels)
    pattern = re.compile(rb"(?m)^(?:\xef\xbb\xbf)?[ \t]*-----BEGIN (?:" + names + rb")-----")

    def detect(data) -> bool:
        return isinstance(data, (bytes, bytearray)) and pattern.search(data) is not None
    return detect


# -- CBC encryption with PKCS#7 padding ------------------------------------------------------

@dataclass(frozen=True)
class CBC:
    name: str
    key_size: int
    block: int          # also the IV size

    async def decrypt(self, engine, key: bytes, iv: bytes, data: bytes) -> bytes:
        if not data or len(data) % self.block:
            raise FormatError(_("The encrypted key data is not a whole number of cipher blocks."))
        run = engine.tdes_cbc_decrypt if self.block == 8 else engine.aes_cbc_decrypt
        return unpad(await run(key, iv, data), self.block)

    async def encrypt(self, engine, key: bytes, iv: bytes, data: bytes) -> bytes:
        return await engine.aes_cbc_encrypt(key, iv, pad(data, self.block))   # AES only


AES128, AES192, AES256 = (CBC(f"AES-{n}-CBC", n // 8, 16) for n in (128, 192, 256))
DES3 = CBC("DES-EDE3-CBC", 24, 8)
LEGACY_CIPHERS = {c.name: c for c in (AES128, AES192, AES256, DES3)}


def pad(data: bytes, block: int) -> bytes:
    n = block - len(data) % block
    return data + bytes([n]) * n


def unpad(data: bytes, block: int) -> bytes:
    # A wrong key leaves random bytes, which almost never end in valid padding.
    n = data[-1]
    if not 1 <= n <= block or data[-n:] != bytes([n]) * n:
        raise WrongPassphrase(_(WRONG))
    return data[:-n]


def bytes_to_key(passphrase: bytes, salt: bytes, length: int) -> bytes:
    """OpenSSL's EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_{i-1} || pass || salt)."""
    out = block = b""
    while len(out) < length:
        block = hashlib.md5(block + passphrase + salt).digest()
        out += block
    return out[:length]


# -- the key structures --------------------------------------------------------------------

CURVE_OIDS = {"nistp256": "1.2.840.10045.3.1.7",     # prime256v1
              "nistp384": "1.3.132.0.34",            # secp384r1
              "nistp521": "1.3.132.0.35"}            # secp521r1
_CURVE_BY_OID = {oid: name for name, oid in CURVE_OIDS.items()}


def named_curve(r: der.Reader) -> str:
    """The SSH curve name from SEC1 ECParameters, which must be the namedCurve choice."""
    if r.peek() != der.OID:
        raise UnsupportedError(_("Explicit elliptic curve parameters are not supported, only named curves."))
    oid = r.oid()
    r.done()
    try:
        return _CURVE_BY_OID[oid]
    except KeyError:
        raise UnsupportedError(_("Unsupported elliptic curve {oid}: SSH uses only NIST P-256, "
                               "P-384 and P-521.").format(oid=oid)) from None


def rsa_private_der(priv: RSAPrivateKey) -> bytes:
    pub = priv.public
    return der.sequence(*map(der.integer, (0, pub.n, pub.e, priv.d, priv.p, priv.q,
                                           priv.dp, priv.dq, priv.iqmp)))


def read_rsa_private(data: bytes) -> RSAPrivateKey:
    r = der.decode(data, "RSA private key")
    version = r.integer()
    if version == 1:
        raise UnsupportedError(_("Multi-prime RSA keys are not supported."))
    if version != 0:
        r.fail(_("its version is unknown"))
    n, e, d, p, q, dp, dq, iqmp = (r.integer() for _ in range(8))
    r.done()
    # check() vets the rest; bad primes are left to it, so guard the modulo here.
    if p > 1 and q > 1 and (dp, dq) != (d % (p - 1), d % (q - 1)):
        raise InvalidKeyError(_("The RSA CRT exponents do not match the private exponent."))
    return RSAPrivateKey(RSAPublicKey(n, e), d, p, q, iqmp)


def ec_private_der(priv: ECDSAPrivateKey, with_curve: bool) -> bytes:
    """SEC1 ECPrivateKey; PKCS#8 leaves out the curve, which its algorithm already names."""
    size = ecdsa.curve(priv.public.curve).size
    items = [der.integer(1), der.octet_string(priv.d.to_bytes(size, "big"))]
    if with_curve:
        items.append(der.explicit(0, der.oid(CURVE_OIDS[priv.public.curve])))
    items.append(der.explicit(1, der.bit_string(priv.public.point)))
    return der.sequence(*items)


async def read_ec_private(data: bytes, engine, curve: str | None = None) -> ECDSAPrivateKey:
    """SEC1 ECPrivateKey; `curve` is the one PKCS#8 names outside it."""
    r = der.decode(data, "EC private key")
    if r.integer() != 1:
        r.fail(_("its version is not 1"))
    secret = r.octet_string()
    params = r.explicit(0)
    if params is not None:
        named = named_curve(params)
        if curve is not None and named != curve:
            r.fail(_("its curve differs from the one its algorithm names"))
        curve = named
    if curve is None:
        r.fail(_("it does not name its curve"))
    point = None
    if (public := r.explicit(1)) is not None:
        point = public.bit_string()
        public.done()
    r.done()
    d = int.from_bytes(secret, "big")      # PuTTY pads it like an mpint: a 00 byte may lead
    if not 0 < d < ecdsa.curve(curve).n:
        raise InvalidKeyError(_("The ECDSA private scalar is out of range."))
    if point is None or point[:1] in (b"\x02", b"\x03"):
        point = await _derive_point(engine, curve, d, point)
    return ECDSAPrivateKey(ECDSAPublicKey(curve, point), d)


async def _derive_point(engine, curve: str, d: int, compressed: bytes | None) -> bytes:
    """The uncompressed public point, from d, when the file has none or a compressed one."""
    point = await engine.ecdsa_public(curve, d)
    size = ecdsa.curve(curve).size
    if compressed is not None and compressed != bytes([2 + (point[-1] & 1)]) + point[1:1 + size]:
        raise InvalidKeyError(_("The ECDSA private key does not match its public key."))
    return point


def dsa_private_der(priv: DSAPrivateKey) -> bytes:
    pub = priv.public
    return der.sequence(*map(der.integer, (0, pub.p, pub.q, pub.g, pub.y, priv.x)))


def read_dsa_private(data: bytes) -> DSAPrivateKey:
    r = der.decode(data, "DSA private key")
    if r.integer() != 0:
        r.fail(_("its version is not 0"))
    p, q, g, y, x = (r.integer() for _ in range(5))
    r.done()
    return DSAPrivateKey(DSAPublicKey(p, q, g, y), x)


# -- shared by the private key readers and writers -------------------------------------------

def check_limits(pub, limits) -> None:
    if (bound := impl(pub.algorithm).size_limit) is not None:
        what, name = bound
        limits.check(what, pub.bits, name)


async def private_key(priv, engine, limits) -> Key:
    """A checked Key from parsed numbers. These formats store no comment."""
    check_limits(priv.public, limits)
    await priv.check(engine)
    return Key(public=priv.public, private=priv, comment="")


def require_private(key: Key, what: str):
    if key.private is None:
        raise UnsupportedError(_("{what} files hold a private key, and this key has only its public half.").format(what=what))
    return key.private


# -- the traditional format ------------------------------------------------------------------

LABELS = ("RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY")
_ENCRYPTED = re.compile(rb"Proc-Type:[ \t]*4,[ \t]*ENCRYPTED")


def _encrypted(headers: dict) -> bool:
    return headers.get("Proc-Type", "").replace(" ", "") == "4,ENCRYPTED"


async def _decrypt(headers: dict, body: bytes, passphrase, engine) -> bytes:
    name, _comma, iv_hex = headers.get("DEK-Info", "").partition(",")
    name = name.strip().upper()
    if not name:
        raise FormatError(_("The PEM file says it is encrypted but has no DEK-Info header."))
    cipher = LEGACY_CIPHERS.get(name)
    if cipher is None:
        raise UnsupportedError(_("Unsupported PEM encryption cipher {name!r}; "
                               "supported are {value}.").format(name=name, value=', '.join(LEGACY_CIPHERS)))
    try:
        iv = bytes.fromhex(iv_hex.strip())
    except ValueError:
        iv = b""
    if len(iv) != cipher.block:
        raise FormatError(_("The PEM DEK-Info header has a malformed IV."))
    if not passphrase_given(passphrase):
        raise PassphraseRequired(_(NEED_PASSPHRASE), _protection(headers))
    key = bytes_to_key(passphrase, iv[:8], cipher.key_size)    # OpenSSL salts with 8 IV bytes
    return await cipher.decrypt(engine, key, iv, body)


async def _parse(label: str, body: bytes, engine):
    if label == "EC PRIVATE KEY":
        return await read_ec_private(body, engine)
    return (read_rsa_private if label == "RSA PRIVATE KEY" else read_dsa_private)(body)


async def read(data: bytes, passphrase, engine, limits=DEFAULT) -> Key:
    label, headers, body = load(data, LABELS, limits)
    encrypted = _encrypted(headers)
    if encrypted:
        body = await _decrypt(headers, body, passphrase, engine)
    try:
        priv = await _parse(label, body, engine)
    except FormatError:
        if encrypted:     # valid padding by chance, garbage inside
            raise WrongPassphrase(_(WRONG)) from None
        raise
    return replace(await private_key(priv, engine, limits), source=_protection(headers))


# Each label's structure; a key type names its label (KeyImpl.pem_label).
_WRITERS = {"RSA PRIVATE KEY": rsa_private_der,
            "EC PRIVATE KEY": lambda priv: ec_private_der(priv, with_curve=True),  # PuTTY requires [0] and [1]
            "DSA PRIVATE KEY": dsa_private_der}


def _encode(priv) -> tuple:
    label = impl(priv.public.algorithm).pem_label(priv.public)
    return label, _WRITERS[label](priv)


async def write(key: Key, engine, passphrase=None, **options) -> bytes:
    label, body = _encode(require_private(key, "PEM"))
    if not passphrase_given(passphrase):
        return armor(label, body)
    iv = await engine.random(AES128.block)
    encrypted = await AES128.encrypt(engine, bytes_to_key(passphrase, iv[:8], AES128.key_size), iv, body)
    return armor(label, encrypted, {"Proc-Type": "4,ENCRYPTED",
                                    "DEK-Info": f"{AES128.name},{iv.hex().upper()}"})


def is_encrypted(data) -> bool:
    return isinstance(data, (bytes, bytearray)) and _ENCRYPTED.search(data) is not None


def protection(data: bytes) -> Protection:
    return _protection(load(data, LABELS, DEFAULT)[1])


def _protection(headers: dict) -> Protection:
    if not _encrypted(headers):
        return Protection(FORMAT.name, FORMAT.label, True)
    cipher = headers.get("DEK-Info", "").partition(",")[0].strip().upper() or "unknown"
    return Protection(FORMAT.name, FORMAT.label, True, cipher, "evp-md5", rounds=1)


FORMAT = Format(name="pem", label=N_("PEM (PKCS#1 / SEC1 / DSA)"), private=True,
                detect=detector(*LABELS), read=read, write=write,
                is_encrypted=is_encrypted, file_name="id_{stem}.pem",
                holds=lambda impl: impl.traditional_pem, protection=protection)
