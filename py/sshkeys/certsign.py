"""Signing and verifying OpenSSH certificates: the CA's signature over the blob goes through
the engine (signature.py), with the checks ssh-keygen and sshd make around it."""

from dataclasses import replace

from . import signature
from .certificate import (CA_FAMILIES, CERTIFIED_FAMILIES, DEFAULT_EXTENSIONS, FOREVER,
                          MAX_PRINCIPALS, TYPE_NAMES, USER, Certificate, sorted_options)
from .errors import CertificateError, SSHKeyError
from .fingerprint import fingerprint
from .keys import key_type, public_blob
from .i18n import _

NONCE_BYTES = 32                     # what ssh-keygen uses


async def verify(cert: Certificate, engine, ca=None) -> None:
    """Raise CertificateError unless the CA's signature is good (and the CA is `ca`, if given)."""
    family = key_type(cert.ca.algorithm).family
    if family not in CERTIFIED_FAMILIES:
        raise CertificateError(_("OpenSSH does not accept {algorithm} CA keys.").format(algorithm=cert.ca.algorithm))
    if ca is not None and public_blob(ca) != public_blob(cert.ca):
        raise CertificateError(
            _("The certificate was signed by CA {ca}, not by {ca2}.").format(ca=fingerprint(cert.ca), ca2=fingerprint(ca)))
    blob = cert.to_blob()
    data = blob[:len(blob) - 4 - len(cert.signature)]
    try:
        good = await signature.verify(cert.ca, data, cert.signature, engine)
    except SSHKeyError as e:        # malformed, or an algorithm the CA's type does not use
        raise CertificateError(_("The certificate's signature is unusable: {e}").format(e=e)) from None
    if not good:
        raise CertificateError(_("The certificate's CA signature does not verify: it was altered "
                               "after signing, or signed by another key."))


async def certify(ca_private, public, *, key_id: str, engine, principals=(), type: int = USER,
                  serial: int = 0, valid_after: int = 0, valid_before: int = FOREVER,
                  critical_options=(), extensions=None, algorithm: str | None = None,
                  nonce: bytes | None = None) -> Certificate:
    """A certificate of `public` signed by the CA's private key. extensions=None gives
    ssh-keygen's default: its five permits for user certificates, none for host ones."""
    ca_family = key_type(ca_private.public.algorithm).family
    if ca_family == "dsa":
        raise CertificateError(_("A DSA key cannot be a CA here: DSA is deprecated and OpenSSH 10 "
                               "removed it; use an Ed25519, ECDSA or RSA CA key."))
    if ca_family not in CA_FAMILIES:
        raise CertificateError(_("OpenSSH does not accept {algorithm} CA keys.").format(algorithm=ca_private.public.algorithm))
    if key_type(public.algorithm).family not in CERTIFIED_FAMILIES:
        raise CertificateError(_("OpenSSH has no certificates for {algorithm} keys.").format(algorithm=public.algorithm))
    if type not in TYPE_NAMES:
        raise CertificateError(_("A certificate is either a user (1) or a host (2) certificate."))
    principals = tuple(principals)
    if any(not p for p in principals):
        raise CertificateError(_("A principal name cannot be empty."))
    if len(principals) > MAX_PRINCIPALS:
        raise CertificateError(_("A certificate can list at most {MAX_PRINCIPALS} principals.").format(MAX_PRINCIPALS=MAX_PRINCIPALS))
    if not 0 <= serial < 2 ** 64:
        raise CertificateError(_("The serial number must fit in 64 bits."))
    if not 0 <= valid_after < valid_before <= FOREVER:
        raise CertificateError(_("The certificate's validity interval is empty."))
    if extensions is None:
        extensions = tuple((name, b"") for name in DEFAULT_EXTENSIONS) if type == USER else ()
    unsigned = Certificate(public, ca_private.public, key_id, principals, type, serial,
                           valid_after, valid_before, sorted_options(critical_options),
                           sorted_options(extensions), nonce or await engine.random(NONCE_BYTES))
    sig = await signature.sign(ca_private, unsigned.signed_part(), engine, algorithm)
    cert = replace(unsigned, signature=sig)
    return replace(cert, blob=cert.to_blob())
