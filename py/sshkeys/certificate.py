"""OpenSSH certificates (PROTOCOL.certkeys): a public key, who and when it is good for, and a
CA's signature over all of it.

The blob is `string "<type>-cert-v01@openssh.com", string nonce, <the key's public fields>,
uint64 serial, uint32 type, string key id, string principals, uint64 valid after, uint64
valid before, string critical options, string extensions, string reserved, string CA key,
string signature`; the signature covers everything before it. This module holds the model and
its wire format, and parsing is pure. Signing and verifying are in certsign.py; ssh-keygen's
`-V`/`-O` languages in keygen_options.py and its `-L` listing in keygen_listing.py; PuTTYgen's
`--cert-info` in cli_certinfo.py; what the page shows in operations.describe_certificate.
"""

from dataclasses import dataclass, field

from . import signature
from .errors import CertificateError, UnsupportedError
from .keys import (CERT_SUFFIX, impl, is_certificate_type, key_type, parse_public_blob,
                   public_blob)
from .wire import Reader, string, u32, u64
from .i18n import N_, _

USER, HOST = 1, 2
TYPE_NAMES = {USER: "user", HOST: "host"}
FOREVER = 2 ** 64 - 1
MAX_PRINCIPALS = 256                 # sshkey.h SSHKEY_CERT_MAX_PRINCIPALS
# The families OpenSSH certifies and accepts as CAs (Ed448 is PuTTY's alone; DSA is read only).
# OpenSSH 10.5 certifies mldsa44-ed25519 keys and signs with them as a CA, though sshd's
# default CASignatureAlgorithms leaves its signatures out (the check-up says so).
CERTIFIED_FAMILIES = ("rsa", "dsa", "ecdsa", "ed25519", "mldsa44-ed25519")
CA_FAMILIES = ("rsa", "ecdsa", "ed25519", "mldsa44-ed25519")

# ssh-keygen -O: the flag extensions it knows, by the option that grants them, and its default.
PERMITS = {"x11-forwarding": "permit-X11-forwarding",
           "agent-forwarding": "permit-agent-forwarding",
           "port-forwarding": "permit-port-forwarding",
           "pty": "permit-pty",
           "user-rc": "permit-user-rc"}
DEFAULT_EXTENSIONS = tuple(PERMITS.values())
FLAG_EXTENSIONS = DEFAULT_EXTENSIONS + ("no-touch-required",)
STRING_OPTIONS = ("force-command", "source-address")


def certificate_algorithm(base: str) -> str:
    """'ssh-ed25519' -> 'ssh-ed25519-cert-v01@openssh.com'; a type OpenSSH names in its own
    domain keeps only one: 'ssh-mldsa44-ed25519@openssh.com' ->
    'ssh-mldsa44-ed25519-cert-v01@openssh.com' (as sk-ssh-ed25519@openssh.com's)."""
    return base.removesuffix("@openssh.com") + CERT_SUFFIX


def base_algorithm(name: str) -> str:
    """'ssh-ed25519-cert-v01@openssh.com' -> 'ssh-ed25519' (UnsupportedError if unknown)."""
    stem = name.removesuffix(CERT_SUFFIX)
    for base in (stem, stem + "@openssh.com"):
        try:
            family = key_type(base).family
            break
        except UnsupportedError:
            continue
    else:                           # name the type the file says, not what is left of it
        raise UnsupportedError(_("Unsupported key type {name!r}.").format(name=name))
    if family not in CERTIFIED_FAMILIES:
        raise CertificateError(_("OpenSSH has no certificates for {algorithm} keys.").format(algorithm=base))
    return base


@dataclass(frozen=True)
class Certificate:
    public: object                       # the certified key
    ca: object                           # the CA's public key ("signature key")
    key_id: str = ""
    principals: tuple = ()
    type: int = USER
    serial: int = 0
    valid_after: int = 0
    valid_before: int = FOREVER
    critical_options: tuple = ()         # ((name, data bytes), ...) in the blob's order
    extensions: tuple = ()
    nonce: bytes = b""
    reserved: bytes = b""
    signature: bytes = b""               # the signature blob
    blob: bytes = field(default=b"", compare=False, repr=False)

    @property
    def algorithm(self) -> str:
        return certificate_algorithm(self.public.algorithm)

    @property
    def type_name(self) -> str:
        return TYPE_NAMES.get(self.type, "unknown")

    @property
    def signature_algorithm(self) -> str:
        return signature.blob_algorithm(self.signature)

    def signed_part(self) -> bytes:
        name = self.public.algorithm
        return b"".join([
            string(self.algorithm), string(self.nonce), impl(name).public_fields(self.public),
            u64(self.serial), u32(self.type), string(self.key_id),
            string(b"".join(string(p) for p in self.principals)),
            u64(self.valid_after), u64(self.valid_before),
            string(_pack(self.critical_options)), string(_pack(self.extensions)),
            string(self.reserved), string(public_blob(self.ca))])

    def to_blob(self) -> bytes:
        return self.blob or self.signed_part() + string(self.signature)

    def valid_at(self, when: int) -> bool:
        return self.valid_after <= when < self.valid_before


def _pack(options) -> bytes:
    return b"".join(string(name) + string(data) for name, data in options)


def _unpack(data: bytes, what: str) -> tuple:
    r = Reader(data, _("certificate's {what}").format(what=what))
    out = []
    while r.remaining:
        out.append((r.text(), r.string()))
    names = [name for name, _ in out]
    if len(set(names)) != len(names):
        r.fail(_("an option appears twice"))
    return tuple(out)


def option_text(data: bytes) -> str:
    r = Reader(data, N_("certificate option"))
    value = r.text()
    r.done()
    return value


def sorted_options(options) -> tuple:
    # PROTOCOL.certkeys: each name at most once, in lexical order.
    items = sorted((name, data.encode() if isinstance(data, str) else bytes(data))
                   for name, data in options)
    names = [name for name, _ in items]
    if len(set(names)) != len(names):
        raise CertificateError(_("A certificate option can appear only once."))
    return tuple(items)


def parse(blob: bytes) -> Certificate:
    """The certificate in `blob`, its signature not yet checked (see verify)."""
    r = Reader(blob, N_("certificate"))
    name = r.text()
    if not is_certificate_type(name):
        r.fail(_("{name!r} is not a certificate type").format(name=name))
    base = base_algorithm(name)
    nonce = r.string()
    public = impl(base).read_public(r, base)
    public.check()
    serial, kind, key_id = r.u64(), r.u32(), r.text()
    principals = Reader(r.string(), N_("certificate's principals"))
    names = []
    while principals.remaining:
        names.append(principals.text())
        if len(names) > MAX_PRINCIPALS:
            raise CertificateError(_("The certificate lists more than {MAX_PRINCIPALS} principals.").format(MAX_PRINCIPALS=MAX_PRINCIPALS))
    valid_after, valid_before = r.u64(), r.u64()
    critical = _unpack(r.string(), "critical options")
    extensions = _unpack(r.string(), "extensions")
    reserved = r.string()
    ca_blob = r.string()
    sig = r.string()
    r.done()
    if kind not in TYPE_NAMES:
        raise CertificateError(_("The certificate's type {kind} is neither user (1) nor host (2).").format(kind=kind))
    if is_certificate_type(Reader(ca_blob, N_("CA key")).text()):
        raise CertificateError(_("The certificate's CA key is itself a certificate, which "
                               "OpenSSH does not allow."))
    ca = parse_public_blob(ca_blob, "certificate's CA key")
    return Certificate(public, ca, key_id, tuple(names), kind, serial, valid_after,
                       valid_before, critical, extensions, nonce, reserved, sig, blob)
