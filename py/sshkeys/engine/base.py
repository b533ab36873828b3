"""The engine interface: every cryptographic primitive the package uses, and nothing else.

All methods are coroutines because the browser's primitives are Promises. Engines deal in
bytes and integers only; the key model and the file formats build on top of them.
An engine that lacks a primitive raises UnsupportedError with a sentence saying so.
"""

from ..errors import UnsupportedError
from ..i18n import _


class Engine:
    name = "abstract"
    families = ()       # key families this engine can generate

    def _missing(self, what: str):
        # TRANSLATORS: {what} is an operation, such as "RSA key generation", translated on its own.
        raise UnsupportedError(_("{what} is not available in the {name} engine.").format(what=what, name=self.name))

    async def primitives(self) -> dict:
        """{primitive: the library that does it here}, for the page to report truthfully."""
        self._missing(_("A list of primitives"))

    # -- randomness and key generation --------------------------------------------------
    async def random(self, n: int) -> bytes:
        """n bytes from a CSPRNG."""
        self._missing(_("Random bytes"))

    async def generate_rsa(self, bits: int, e: int) -> tuple:
        """(n, e, d, p, q) with n of exactly `bits` bits."""
        self._missing(_("{algorithm} key generation").format(algorithm="RSA"))

    async def generate_dsa(self, bits: int) -> tuple:
        """(p, q, g, y, x)."""
        self._missing(_("{algorithm} key generation").format(algorithm="DSA"))

    async def generate_ecdsa(self, curve: str) -> tuple:
        """(d, uncompressed point bytes) on curve 'nistp256' | 'nistp384' | 'nistp521'."""
        self._missing(_("{algorithm} key generation").format(algorithm="ECDSA"))

    async def generate_eddsa(self, curve: str) -> tuple:
        """(seed, public bytes) for curve 'ed25519' | 'ed448'."""
        self._missing(_("{algorithm} key generation").format(algorithm=curve))

    async def generate_mldsa(self, param: str) -> tuple:
        """(seed, public bytes) for FIPS 204 parameter set 'ml-dsa-44': the 32-byte seed
        xi of ML-DSA.KeyGen, which is the private key OpenSSH stores."""
        self._missing(_("{algorithm} key generation").format(algorithm=param.upper()))

    async def ecdsa_public(self, curve: str, d: int) -> bytes:
        """Uncompressed public point for scalar d."""
        self._missing(_("{algorithm} public key derivation").format(algorithm="ECDSA"))

    async def eddsa_public(self, curve: str, seed: bytes) -> bytes:
        """Public key bytes for an EdDSA seed."""
        self._missing(_("{algorithm} public key derivation").format(algorithm=curve))

    async def mldsa_public(self, param: str, seed: bytes) -> bytes:
        """The ML-DSA public key (1312 bytes for ML-DSA-44) that a 32-byte seed expands to."""
        self._missing(_("{algorithm} public key derivation").format(algorithm=param.upper()))

    # -- symmetric ciphers (no padding: callers pad) -------------------------------------
    async def aes_ctr(self, key: bytes, iv: bytes, data: bytes) -> bytes:
        self._missing("AES-CTR")

    async def aes_cbc_encrypt(self, key: bytes, iv: bytes, data: bytes) -> bytes:
        self._missing("AES-CBC")

    async def aes_cbc_decrypt(self, key: bytes, iv: bytes, data: bytes) -> bytes:
        self._missing("AES-CBC")

    async def aes_gcm_encrypt(self, key: bytes, iv: bytes, data: bytes, aad: bytes = b"") -> bytes:
        """Ciphertext followed by the 16-byte tag."""
        self._missing("AES-GCM")

    async def aes_gcm_decrypt(self, key: bytes, iv: bytes, data: bytes, aad: bytes = b"") -> bytes | None:
        """Plaintext, or None when the tag does not verify."""
        self._missing("AES-GCM")

    async def tdes_cbc_decrypt(self, key: bytes, iv: bytes, data: bytes) -> bytes:
        """DES-EDE3-CBC decryption, for reading legacy files only."""
        self._missing("Triple DES")

    async def chacha20(self, key: bytes, nonce: bytes, counter: int, data: bytes) -> bytes:
        """Original ChaCha20 (64-bit nonce, 64-bit block counter)."""
        self._missing("ChaCha20")

    async def poly1305(self, key: bytes, data: bytes) -> bytes:
        self._missing("Poly1305")

    # -- key derivation ------------------------------------------------------------------
    async def bcrypt_pbkdf(self, password: bytes, salt: bytes, rounds: int, length: int) -> bytes:
        self._missing("bcrypt_pbkdf")

    async def argon2(self, flavour: str, password: bytes, salt: bytes, memory_kib: int,
                     passes: int, parallelism: int, length: int) -> bytes:
        """Argon2 version 0x13; flavour is 'argon2d' | 'argon2i' | 'argon2id'."""
        self._missing("Argon2")

    async def pbkdf2(self, hash_name: str, password: bytes, salt: bytes, iterations: int,
                     length: int) -> bytes:
        """PBKDF2-HMAC with hash 'sha1' | 'sha256' | 'sha384' | 'sha512'."""
        self._missing("PBKDF2")

    # -- signatures (certificates): data is the whole message, the engine hashes it ------
    async def sign_rsa(self, n: int, e: int, d: int, p: int, q: int, hash_name: str,
                       data: bytes) -> bytes:
        """RSASSA-PKCS1-v1_5 with hash 'sha1' | 'sha256' | 'sha512'; len(n) bytes."""
        self._missing(_("{algorithm} signing").format(algorithm="RSA"))

    async def verify_rsa(self, n: int, e: int, hash_name: str, data: bytes,
                         signature: bytes) -> bool:
        self._missing(_("{algorithm} signature verification").format(algorithm="RSA"))

    async def sign_ecdsa(self, curve: str, d: int, data: bytes) -> tuple:
        """(r, s) with the curve's hash (RFC 5656: SHA-256/384/512 for nistp256/384/521)."""
        self._missing(_("{algorithm} signing").format(algorithm="ECDSA"))

    async def verify_ecdsa(self, curve: str, point: bytes, data: bytes, r: int, s: int) -> bool:
        self._missing(_("{algorithm} signature verification").format(algorithm="ECDSA"))

    async def sign_eddsa(self, curve: str, seed: bytes, data: bytes) -> bytes:
        self._missing(_("{algorithm} signing").format(algorithm=curve))

    async def verify_eddsa(self, curve: str, public: bytes, data: bytes,
                           signature: bytes) -> bool:
        self._missing(_("{algorithm} signature verification").format(algorithm=curve))

    async def sign_mldsa(self, param: str, seed: bytes, data: bytes, context: bytes = b"") -> bytes:
        """ML-DSA.Sign (FIPS 204 algorithm 2, pure, hedged: fresh randomness each time) of
        data under `context` (at most 255 bytes), with the key the seed expands to."""
        self._missing(_("{algorithm} signing").format(algorithm=param.upper()))

    async def verify_mldsa(self, param: str, public: bytes, data: bytes, signature: bytes,
                           context: bytes = b"") -> bool:
        """ML-DSA.Verify (FIPS 204 algorithm 3); False for a signature of the wrong size."""
        self._missing(_("{algorithm} signature verification").format(algorithm=param.upper()))

    async def verify_dsa(self, p: int, q: int, g: int, y: int, data: bytes, r: int,
                         s: int) -> bool:
        """DSA with SHA-1, to read certificates an old DSA CA signed (never to sign)."""
        self._missing(_("{algorithm} signature verification").format(algorithm="DSA"))
