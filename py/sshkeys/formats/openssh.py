"""OpenSSH's own private key format, openssh-key-v1 (PROTOCOL.key; sshkey.c).

  "openssh-key-v1\\0" string cipher, string kdf, string kdfoptions, uint32 nkeys (1),
  string public blob, string encrypted section [+ AEAD tag]
  section: uint32 check, uint32 check, string type, private fields, string comment, pad 1 2 3...
"""

from .. import defaults
from ..errors import FormatError, PassphraseRequired, UnsupportedError, WrongPassphrase
from ..keys import (Key, openssh_private, parse_public_blob, public_blob,
                    read_openssh_private)
from ..wire import Reader, string, u32
from .base import Format, Protection, b64decode, b64lines, text
from .ciphers import cipher
from ..i18n import N_, _

MAGIC = b"openssh-key-v1\0"
BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----"
END = "-----END OPENSSH PRIVATE KEY-----"
SALT_LEN = 16              # what ssh-keygen writes


def detect(data: bytes) -> bool:
    return BEGIN.encode() in data[:200]


def _unarmor(data: bytes) -> bytes:
    s = text(data, N_("OpenSSH private key"))
    start, end = s.find(BEGIN), s.find(END)
    if start < 0 or end < start:
        raise FormatError(_("The OpenSSH private key is truncated: its END line is missing."))
    blob = b64decode(s[start + len(BEGIN):end], N_("OpenSSH private key"))
    if not blob.startswith(MAGIC):
        raise FormatError(_("The OpenSSH private key does not start with openssh-key-v1."))
    return blob[len(MAGIC):]


def _header(data: bytes):
    r = Reader(_unarmor(data), N_("OpenSSH private key"))
    ciphername, kdfname, kdfoptions = r.text(), r.text(), r.string()
    if r.u32() != 1:
        raise UnsupportedError(_("OpenSSH private key files holding several keys are not supported."))
    return r, ciphername, kdfname, kdfoptions


def is_encrypted(data: bytes) -> bool:
    return _header(data)[1] != "none"


def _kdf_options(kdfname: str, kdfoptions: bytes) -> tuple:
    if kdfname != "bcrypt":
        raise UnsupportedError(_("The key derivation {kdfname!r} is not supported.").format(kdfname=kdfname))
    r = Reader(kdfoptions, N_("OpenSSH private key's KDF options"))
    salt, rounds = r.string(), r.u32()
    r.done()
    if not 1 <= len(salt) <= 1024:
        r.fail(_("the KDF salt length is invalid"))
    if rounds < 1:
        r.fail(_("the KDF rounds are zero"))
    return salt, rounds


def _protection(ciphername: str, kdfname: str, rounds: int | None = None) -> Protection:
    return Protection(FORMAT.name, FORMAT.label, True, ciphername, kdfname, rounds=rounds)


def protection(data: bytes) -> Protection:
    _, ciphername, kdfname, kdfoptions = _header(data)
    rounds = _kdf_options(kdfname, kdfoptions)[1] if kdfname != "none" else None
    return _protection(ciphername, kdfname, rounds)


async def _derive(engine, c, passphrase: bytes, salt: bytes, rounds: int) -> tuple:
    km = await engine.bcrypt_pbkdf(passphrase, salt, rounds, c.key_len + c.iv_len)
    return km[:c.key_len], km[c.key_len:]


def read_public(data: bytes) -> Key:
    """The public key is stored in clear; the comment is inside the encrypted part."""
    r = _header(data)[0]
    return Key(parse_public_blob(r.string(), "OpenSSH private key's public key"))


async def read(data: bytes, passphrase, engine, limits) -> Key:
    r, ciphername, kdfname, kdfoptions = _header(data)
    public = parse_public_blob(r.string(), "OpenSSH private key's public key")
    c = cipher(ciphername)
    section = r.string()
    tag = r.raw(c.tag_len)
    r.done()
    if len(section) % c.block:
        raise FormatError(_("The OpenSSH private key is corrupted: its encrypted part has a bad length."))
    if c.name == "none":
        if kdfname != "none":
            raise FormatError(_("The OpenSSH private key names a KDF but no cipher."))
        plain = section
        source = _protection(ciphername, kdfname)
    else:
        salt, rounds = _kdf_options(kdfname, kdfoptions)
        source = _protection(ciphername, kdfname, rounds)
        if not passphrase:
            # The comment is in the encrypted part: the public key comes without it.
            raise PassphraseRequired(_("This OpenSSH private key is protected by a passphrase."),
                                     source, Key(public, source=source))
        limits.check(N_("bcrypt rounds"), rounds, "bcrypt_rounds")
        key, iv = await _derive(engine, c, passphrase, salt, rounds)
        plain = await c.decrypt(engine, key, iv, section, tag)
        if plain is None:
            raise WrongPassphrase(_("Wrong passphrase, or the OpenSSH private key is corrupted."))
    p = Reader(plain, N_("OpenSSH private key"))
    check1, check2 = p.u32(), p.u32()
    if check1 != check2:
        if c.name == "none":
            raise FormatError(_("The OpenSSH private key is corrupted: its check numbers differ."))
        raise WrongPassphrase(_("Wrong passphrase for this OpenSSH private key."))
    private = read_openssh_private(p)
    comment = p.text()
    padding = p.rest()
    # OpenSSH checks only the 1, 2, 3... pattern; PuTTY pads unencrypted keys to 16 bytes.
    if any(b != (i + 1) & 0xFF for i, b in enumerate(padding)):
        raise FormatError(_("The OpenSSH private key is corrupted: its padding is wrong."))
    if private.public != public:
        raise FormatError(_("The OpenSSH private key's public and private halves do not match."))
    return Key(public, private, comment, source=source)


async def write(key: Key, engine, passphrase=None, *, rounds: int = defaults.BCRYPT_ROUNDS,
                cipher_name: str = defaults.OPENSSH_CIPHER) -> bytes:
    c = cipher(cipher_name if passphrase else "none")
    check = await engine.random(4)
    plain = check + check + openssh_private(key.private) + string(key.comment)
    plain += bytes(range(1, 1 + -len(plain) % c.block))
    if passphrase:
        if not 1 <= rounds <= 1 << 20:
            raise ValueError(_("bcrypt rounds must be between 1 and 1048576."))
        salt = await engine.random(SALT_LEN)
        kdfname, kdfoptions = "bcrypt", string(salt) + u32(rounds)
        derived_key, iv = await _derive(engine, c, passphrase, salt, rounds)
        sealed = await c.encrypt(engine, derived_key, iv, plain)
    else:
        kdfname, kdfoptions, sealed = "none", b"", plain
    body, tag = sealed[:len(plain)], sealed[len(plain):]
    blob = (MAGIC + string(c.name) + string(kdfname) + string(kdfoptions) + u32(1)
            + string(public_blob(key.public)) + string(body) + tag)
    return (BEGIN + "\n" + b64lines(blob, 70) + END + "\n").encode()


FORMAT = Format("openssh", N_("OpenSSH private key"), True, detect, read, write, is_encrypted,
                file_name="id_{stem}", read_public=read_public, protection=protection)

