"""The ciphers OpenSSH uses for private key files (cipher.c's table), built on engine calls.

decrypt() returns None when an AEAD tag does not verify, so the caller can say
"wrong passphrase" rather than "corrupted" for the common case.
"""

from dataclasses import dataclass

from ..errors import UnsupportedError
from ..i18n import _


@dataclass(frozen=True)
class Cipher:
    name: str
    key_len: int
    iv_len: int
    block: int
    tag_len: int
    mode: str          # ctr | cbc | gcm | chachapoly | none

    async def encrypt(self, engine, key: bytes, iv: bytes, data: bytes) -> bytes:
        """Ciphertext, followed by the tag for AEAD modes."""
        if self.mode == "none":
            return data
        if self.mode == "ctr":
            return await engine.aes_ctr(key, iv, data)
        if self.mode == "cbc":
            return await engine.aes_cbc_encrypt(key, iv, data)
        if self.mode == "gcm":
            return await engine.aes_gcm_encrypt(key, iv, data)
        body = await engine.chacha20(key[:32], bytes(8), 1, data)
        return body + await engine.poly1305(await _poly_key(engine, key), body)

    async def decrypt(self, engine, key: bytes, iv: bytes, data: bytes, tag: bytes = b""):
        if self.mode == "none":
            return data
        if self.mode == "ctr":
            return await engine.aes_ctr(key, iv, data)
        if self.mode == "cbc":
            return await engine.aes_cbc_decrypt(key, iv, data)
        if self.mode == "gcm":
            return await engine.aes_gcm_decrypt(key, iv, data + tag)
        if not _equal(await engine.poly1305(await _poly_key(engine, key), data), tag):
            return None
        return await engine.chacha20(key[:32], bytes(8), 1, data)


async def _poly_key(engine, key: bytes) -> bytes:
    # chacha20-poly1305@openssh.com (PROTOCOL.chacha20poly1305) with sequence number 0 and no
    # length header: the Poly1305 key is the first keystream block of the main key.
    return await engine.chacha20(key[:32], bytes(8), 0, bytes(32))


def _equal(a: bytes, b: bytes) -> bool:
    import hmac
    return hmac.compare_digest(a, b)


CIPHERS = {c.name: c for c in (
    Cipher("none", 0, 0, 8, 0, "none"),
    Cipher("aes128-ctr", 16, 16, 16, 0, "ctr"),
    Cipher("aes192-ctr", 24, 16, 16, 0, "ctr"),
    Cipher("aes256-ctr", 32, 16, 16, 0, "ctr"),
    Cipher("aes128-cbc", 16, 16, 16, 0, "cbc"),
    Cipher("aes192-cbc", 24, 16, 16, 0, "cbc"),
    Cipher("aes256-cbc", 32, 16, 16, 0, "cbc"),
    Cipher("aes128-gcm@openssh.com", 16, 12, 16, 16, "gcm"),
    Cipher("aes256-gcm@openssh.com", 32, 12, 16, 16, "gcm"),
    Cipher("chacha20-poly1305@openssh.com", 64, 0, 8, 16, "chachapoly"),
)}


def cipher(name: str) -> Cipher:
    try:
        return CIPHERS[name]
    except KeyError:
        raise UnsupportedError(_("The file is encrypted with {name!r}, which is not supported.").format(name=name)) from None
