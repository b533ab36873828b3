"""ssh-mldsa44-ed25519@openssh.com: OpenSSH's experimental post-quantum composite key (10.4+),
an ML-DSA-44 key (FIPS 204) and an Ed25519 key (RFC 8032) that sign everything together.

As OpenSSH 10.5 defines it (ssh-mldsa-eddsa.c, draft-miller-sshm-mldsa44-ed25519-composite-sigs,
which takes MLDSA44-Ed25519-SHA512 from the IETF LAMPS composite signatures draft):
  public key   one SSH string: the ML-DSA-44 public key (1312 bytes) || the Ed25519 one (32)
  private key  one SSH string: the ML-DSA-44 seed xi (32 bytes) || the Ed25519 seed (32);
               OpenSSH's private section is the public string, then this one
  signature    both halves sign M' = prefix || label || len(ctx) || ctx || SHA-512(message),
               ML-DSA with the label as its FIPS 204 context (hedged), Ed25519 plainly;
               the blob is ML-DSA's 2420 bytes || Ed25519's 64, one SSH string
SSH signs with an empty ctx; the LAMPS test vector also has one with a context.
ssh-keygen reports 256 bits for it (sshkey.c's keybits).
"""

import base64
import hashlib
from dataclasses import dataclass

from ..errors import InvalidKeyError, UnsupportedError
from ..wire import string
from . import eddsa
from .impl import KeyImpl, hex_number
from ..i18n import _

NAME = "ssh-mldsa44-ed25519@openssh.com"
PARAM = "ml-dsa-44"
MLDSA_PUBLIC, ED25519_PUBLIC, SEED = 1312, 32, 32
PUBLIC_SIZE, PRIVATE_SIZE = MLDSA_PUBLIC + ED25519_PUBLIC, 2 * SEED
MLDSA_SIGNATURE, ED25519_SIGNATURE = 2420, 64
SIGNATURE_SIZE = MLDSA_SIGNATURE + ED25519_SIGNATURE
BITS = 256

_PREFIX = b"CompositeAlgorithmSignatures2025"
_LABEL = b"COMPSIG-MLDSA44-Ed25519-SHA512"


def message_representative(message: bytes, context: bytes = b"") -> bytes:
    """M', what both halves sign (LAMPS composite signatures, section on signing)."""
    if len(context) > 255:
        raise ValueError(_("A composite signature context is at most 255 bytes."))
    return _PREFIX + _LABEL + bytes([len(context)]) + context + hashlib.sha512(message).digest()


@dataclass(frozen=True)
class MLDSAEd25519PublicKey:
    data: bytes       # ML-DSA-44 public key || Ed25519 public key

    algorithm = NAME
    bits = BITS

    @property
    def mldsa(self) -> bytes:
        return self.data[:MLDSA_PUBLIC]

    @property
    def ed25519(self) -> bytes:
        return self.data[MLDSA_PUBLIC:]

    def check(self) -> None:
        if len(self.data) != PUBLIC_SIZE:
            raise InvalidKeyError(
                _("An mldsa44-ed25519 public key must be {PUBLIC_SIZE} bytes (ML-DSA-44 "
                "{MLDSA_PUBLIC} + Ed25519 {ED25519_PUBLIC}), not {size}.").format(PUBLIC_SIZE=PUBLIC_SIZE, MLDSA_PUBLIC=MLDSA_PUBLIC, ED25519_PUBLIC=ED25519_PUBLIC, size=len(self.data)))
        # Every 1312-byte string decodes as an ML-DSA-44 key (rho and 10-bit t1 coefficients);
        # the Ed25519 half must be a point.
        eddsa.affine("ed25519", self.ed25519)

    async def verify(self, engine, message: bytes, signature: bytes, context: bytes = b"") -> bool:
        """Both halves must verify; a signature of the wrong size is simply not valid."""
        if len(signature) != SIGNATURE_SIZE:
            return False
        m_prime = message_representative(message, context)
        return (await engine.verify_mldsa(PARAM, self.mldsa, m_prime,
                                          signature[:MLDSA_SIGNATURE], _LABEL)
                and await engine.verify_eddsa("ed25519", self.ed25519, m_prime,
                                              signature[MLDSA_SIGNATURE:]))


@dataclass(frozen=True, repr=False)
class MLDSAEd25519PrivateKey:
    public: MLDSAEd25519PublicKey
    seeds: bytes      # ML-DSA-44 seed || Ed25519 seed

    @property
    def mldsa_seed(self) -> bytes:
        return self.seeds[:SEED]

    @property
    def ed25519_seed(self) -> bytes:
        return self.seeds[SEED:]

    async def check(self, engine) -> None:
        self.public.check()
        if len(self.seeds) != PRIVATE_SIZE:
            raise InvalidKeyError(
                _("An mldsa44-ed25519 private key must be {PRIVATE_SIZE} bytes (two "
                "{SEED}-byte seeds), not {size}.").format(PRIVATE_SIZE=PRIVATE_SIZE, SEED=SEED, size=len(self.seeds)))
        if await engine.mldsa_public(PARAM, self.mldsa_seed) != self.public.mldsa:
            raise InvalidKeyError(_("The ML-DSA-44 private key does not match its public key."))
        if await engine.eddsa_public("ed25519", self.ed25519_seed) != self.public.ed25519:
            raise InvalidKeyError(_("The Ed25519 half of the private key does not match its "
                                  "public key."))

    async def sign(self, engine, message: bytes, context: bytes = b"") -> bytes:
        m_prime = message_representative(message, context)
        signature = (await engine.sign_mldsa(PARAM, self.mldsa_seed, m_prime, _LABEL)
                     + await engine.sign_eddsa("ed25519", self.ed25519_seed, m_prime))
        if len(signature) != SIGNATURE_SIZE:
            raise InvalidKeyError(_("The engine made a composite signature of the wrong size."))
        return signature

    def __repr__(self):
        return "<MLDSAEd25519PrivateKey>"


async def from_seeds(engine, seeds: bytes) -> MLDSAEd25519PrivateKey:
    """The key two seeds expand to (for known-answer tests and key recovery)."""
    if len(seeds) != PRIVATE_SIZE:
        raise InvalidKeyError(_("An mldsa44-ed25519 private key must be {PRIVATE_SIZE} bytes.").format(PRIVATE_SIZE=PRIVATE_SIZE))
    public = (await engine.mldsa_public(PARAM, seeds[:SEED])
              + await engine.eddsa_public("ed25519", seeds[SEED:]))
    return MLDSAEd25519PrivateKey(MLDSAEd25519PublicKey(public), seeds)


async def generate(engine) -> MLDSAEd25519PrivateKey:
    mldsa_seed, mldsa_public = await engine.generate_mldsa(PARAM)
    ed_seed, ed_public = await engine.generate_eddsa("ed25519")
    key = MLDSAEd25519PrivateKey(MLDSAEd25519PublicKey(mldsa_public + ed_public),
                                 mldsa_seed + ed_seed)
    await key.check(engine)
    return key


class MLDSAEd25519(KeyImpl):
    """OpenSSH's ssh-mldsa-eddsa.c. It has no PEM, PKCS#8 or PuTTY form: OpenSSH writes it
    only in its own format (sshkey_private_to_fileblob), PuTTY does not know it, and the
    LAMPS composite OIDs are a draft."""
    family = "mldsa44-ed25519"
    short = "MLDSA44-ED25519"
    traditional_pem = False
    putty = False

    def pem_label(self, pub):
        raise UnsupportedError(_("mldsa44-ed25519 keys have no PEM form; save it in OpenSSH format."))

    def public_fields(self, pub):
        return string(pub.data)

    def read_public(self, r, name):
        return MLDSAEd25519PublicKey(r.string())

    def private_fields(self, priv):
        return string(priv.public.data) + string(priv.seeds)

    def read_private(self, r, name):
        public = MLDSAEd25519PublicKey(r.string())
        public.check()
        return MLDSAEd25519PrivateKey(public, r.string())

    def ppk_private(self, priv):
        raise UnsupportedError(_("PuTTY .ppk files do not hold mldsa44-ed25519 keys; save it in "
                               "OpenSSH format."))

    def read_ppk_private(self, r, pub):
        raise UnsupportedError(_("PuTTY .ppk files do not hold mldsa44-ed25519 keys."))

    def dump(self, pub, priv):
        # puttygen has no such type: its EdDSA rows for the Ed25519 half, b64() for ML-DSA's.
        b64 = lambda data: f'b64("{base64.b64encode(data).decode()}")'  # noqa: E731
        x, y = eddsa.affine("ed25519", pub.ed25519)
        rows = [("key_type", '"MLDSA44-Ed25519"'), ("public_mldsa44", b64(pub.mldsa)),
                ("public_ed25519_affine_x", hex_number(x)),
                ("public_ed25519_affine_y", hex_number(y))]
        if priv:
            rows += [("private_mldsa44_seed", b64(priv.mldsa_seed)),
                     ("private_ed25519_exponent",
                      hex_number(int.from_bytes(priv.ed25519_seed, "little")))]
        return rows

    async def generate(self, engine, bits):
        if bits != BITS:
            raise ValueError(_("mldsa44-ed25519 keys have a fixed size."))
        return await generate(engine)


IMPL = MLDSAEd25519()
