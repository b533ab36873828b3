"""OpenSSH certificates (PROTOCOL.certkeys): a public key, who and when it is good for, and a
CA's signature over all of it.

The blob is `string "<type>-cert-v01@openssh.com", string nonce, <the key's public fields>,
uint64 serial, uint32 type, string key id, string principals, uint64 valid after, uint64
valid before, string critical options, string extensions, string reserved, string CA key,
string signature`; the signature covers everything before it. Parsing is pure; signing and
verifying go through the engine (signature.py). ssh-keygen's `-V` and `-O` languages and its
`-L` listing, and PuTTYgen's `--cert-info`, live here too, so every front end shares them.
"""

import base64
import calendar
import datetime
import hashlib
import re
import time
from dataclasses import dataclass, field, replace

from . import signature
from .errors import CertificateError, SSHKeyError, UnsupportedError
from .fingerprint import fingerprint
from .keys import CERT_SUFFIX as SUFFIX
from .keys import impl, is_certificate_type, key_type, parse_public_blob, public_blob
from .wire import Reader, string, u32, u64

USER, HOST = 1, 2
TYPE_NAMES = {USER: "user", HOST: "host"}
FOREVER = 2 ** 64 - 1
MAX_PRINCIPALS = 256                 # sshkey.h SSHKEY_CERT_MAX_PRINCIPALS
NONCE_BYTES = 32                     # what ssh-keygen uses
# The families OpenSSH certifies and accepts as CAs (Ed448 is PuTTY's alone; DSA is read only).
CERTIFIED_FAMILIES = ("rsa", "dsa", "ecdsa", "ed25519")
CA_FAMILIES = ("rsa", "ecdsa", "ed25519")

# ssh-keygen -O: the flag extensions it knows, by the option that grants them, and its default.
PERMITS = {"x11-forwarding": "permit-X11-forwarding",
           "agent-forwarding": "permit-agent-forwarding",
           "port-forwarding": "permit-port-forwarding",
           "pty": "permit-pty",
           "user-rc": "permit-user-rc"}
DEFAULT_EXTENSIONS = tuple(PERMITS.values())
FLAG_EXTENSIONS = DEFAULT_EXTENSIONS + ("no-touch-required",)
STRING_OPTIONS = ("force-command", "source-address")


def base_algorithm(name: str) -> str:
    """'ssh-ed25519-cert-v01@openssh.com' -> 'ssh-ed25519' (UnsupportedError if unknown)."""
    base = name.removesuffix(SUFFIX)
    try:
        family = key_type(base).family
    except UnsupportedError:        # name the type the file says, not what is left of it
        raise UnsupportedError(f"Unsupported key type {name!r}.") from None
    if family not in CERTIFIED_FAMILIES:
        raise CertificateError(f"OpenSSH has no certificates for {base} keys.")
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
        return self.public.algorithm + SUFFIX

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
    r = Reader(data, f"certificate's {what}")
    out = []
    while r.remaining:
        out.append((r.text(), r.string()))
    names = [name for name, _ in out]
    if len(set(names)) != len(names):
        r.fail("an option appears twice")
    return tuple(out)


def _option_text(data: bytes) -> str:
    r = Reader(data, "certificate option")
    value = r.text()
    r.done()
    return value


def parse(blob: bytes) -> Certificate:
    """The certificate in `blob`, its signature not yet checked (see verify)."""
    r = Reader(blob, "certificate")
    name = r.text()
    if not is_certificate_type(name):
        r.fail(f"{name!r} is not a certificate type")
    base = base_algorithm(name)
    nonce = r.string()
    public = impl(base).read_public(r, base)
    public.check()
    serial, kind, key_id = r.u64(), r.u32(), r.text()
    principals = Reader(r.string(), "certificate's principals")
    names = []
    while principals.remaining:
        names.append(principals.text())
        if len(names) > MAX_PRINCIPALS:
            raise CertificateError(f"The certificate lists more than {MAX_PRINCIPALS} principals.")
    valid_after, valid_before = r.u64(), r.u64()
    critical = _unpack(r.string(), "critical options")
    extensions = _unpack(r.string(), "extensions")
    reserved = r.string()
    ca_blob = r.string()
    sig = r.string()
    r.done()
    if kind not in TYPE_NAMES:
        raise CertificateError(f"The certificate's type {kind} is neither user (1) nor host (2).")
    if is_certificate_type(Reader(ca_blob, "CA key").text()):
        raise CertificateError("The certificate's CA key is itself a certificate, which "
                               "OpenSSH does not allow.")
    ca = parse_public_blob(ca_blob, "certificate's CA key")
    return Certificate(public, ca, key_id, tuple(names), kind, serial, valid_after,
                       valid_before, critical, extensions, nonce, reserved, sig, blob)


async def verify(cert: Certificate, engine, ca=None) -> None:
    """Raise CertificateError unless the CA's signature is good (and the CA is `ca`, if given)."""
    family = key_type(cert.ca.algorithm).family
    if family not in CERTIFIED_FAMILIES:
        raise CertificateError(f"OpenSSH does not accept {cert.ca.algorithm} CA keys.")
    if ca is not None and public_blob(ca) != public_blob(cert.ca):
        raise CertificateError(
            f"The certificate was signed by CA {fingerprint(cert.ca)}, not by {fingerprint(ca)}.")
    blob = cert.to_blob()
    data = blob[:len(blob) - 4 - len(cert.signature)]
    try:
        good = await signature.verify(cert.ca, data, cert.signature, engine)
    except SSHKeyError as e:        # malformed, or an algorithm the CA's type does not use
        raise CertificateError(f"The certificate's signature is unusable: {e}") from None
    if not good:
        raise CertificateError("The certificate's CA signature does not verify: it was altered "
                               "after signing, or signed by another key.")


async def certify(ca_private, public, *, key_id: str, engine, principals=(), type: int = USER,
                  serial: int = 0, valid_after: int = 0, valid_before: int = FOREVER,
                  critical_options=(), extensions=None, algorithm: str | None = None,
                  nonce: bytes | None = None) -> Certificate:
    """A certificate of `public` signed by the CA's private key. extensions=None gives
    ssh-keygen's default: its five permits for user certificates, none for host ones."""
    ca_family = key_type(ca_private.public.algorithm).family
    if ca_family == "dsa":
        raise CertificateError("A DSA key cannot be a CA here: DSA is deprecated and OpenSSH 10 "
                               "removed it; use an Ed25519, ECDSA or RSA CA key.")
    if ca_family not in CA_FAMILIES:
        raise CertificateError(f"OpenSSH does not accept {ca_private.public.algorithm} CA keys.")
    if key_type(public.algorithm).family not in CERTIFIED_FAMILIES:
        raise CertificateError(f"OpenSSH has no certificates for {public.algorithm} keys.")
    if type not in TYPE_NAMES:
        raise CertificateError("A certificate is either a user (1) or a host (2) certificate.")
    principals = tuple(principals)
    if any(not p for p in principals):
        raise CertificateError("A principal name cannot be empty.")
    if len(principals) > MAX_PRINCIPALS:
        raise CertificateError(f"A certificate can list at most {MAX_PRINCIPALS} principals.")
    if not 0 <= serial < 2 ** 64:
        raise CertificateError("The serial number must fit in 64 bits.")
    if not 0 <= valid_after < valid_before <= FOREVER:
        raise CertificateError("The certificate's validity interval is empty.")
    if extensions is None:
        extensions = tuple((name, b"") for name in DEFAULT_EXTENSIONS) if type == USER else ()
    unsigned = Certificate(public, ca_private.public, key_id, principals, type, serial,
                           valid_after, valid_before, _sorted(critical_options),
                           _sorted(extensions), nonce or await engine.random(NONCE_BYTES))
    sig = await signature.sign(ca_private, unsigned.signed_part(), engine, algorithm)
    cert = replace(unsigned, signature=sig)
    return replace(cert, blob=cert.to_blob())


def _sorted(options) -> tuple:
    # PROTOCOL.certkeys: each name at most once, in lexical order.
    items = sorted((name, data.encode() if isinstance(data, str) else bytes(data))
                   for name, data in options)
    names = [name for name, _ in items]
    if len(set(names)) != len(names):
        raise CertificateError("A certificate option can appear only once.")
    return tuple(items)


# -- ssh-keygen's -V and -O ---------------------------------------------------------------------

_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_INT_MAX = 2 ** 31 - 1


def _seconds(spec: str) -> int:
    """misc.c convtime: '1h30m', '52w', '90' -> seconds; -1 when invalid."""
    parts = re.findall(r"(\d+)([smhdwSMHDW]?)", spec)
    if not spec or "".join(n + u for n, u in parts) != spec:
        return -1
    if any(not u for _, u in parts[:-1]):
        return -1
    total = sum(int(n) * _UNITS[u.lower()] for n, u in parts)
    return total if total <= _INT_MAX else -1


def _absolute(spec: str) -> int | None:
    utc = False
    if len(spec) > 1 and spec[-1:].upper() == "Z":
        spec, utc = spec[:-1], True
    elif len(spec) > 3 and spec[-3:].upper() == "UTC":
        spec, utc = spec[:-3], True
    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    if len(spec) not in formats or not spec.isdigit():
        return None
    try:
        t = datetime.datetime.strptime(spec, formats[len(spec)]).timetuple()
    except ValueError:
        return None
    # ssh-keygen fills a zeroed struct tm: local time read as standard time (tm_isdst 0).
    value = calendar.timegm(t) if utc else int(time.mktime(t[:8] + (0,)))
    return value if value >= 0 else None


def parse_validity(spec: str, now: int | None = None) -> tuple:
    """ssh-keygen -V: '+52w', '-1d:+4w', '20250101:20260101', 'always:forever', '0x...'
    -> (valid_after, valid_before)."""
    now = int(time.time()) if now is None else now
    if spec.startswith("+") and ":" not in spec:
        secs = _seconds(spec[1:])
        if secs < 0:
            raise CertificateError(f"Invalid relative certificate life {spec}.")
        # Backdated a minute, as ssh-keygen does, for clocks a little behind.
        return (now - 59) // 60 * 60, now + secs
    start, sep, end = spec.partition(":")
    if not start or not end:
        raise CertificateError(f"Invalid certificate life specification {spec}.")
    after = _bound(start, now, "always", 0, "from")
    before = _bound(end, now, "forever", FOREVER, "to")
    if before <= after:
        raise CertificateError("Empty certificate validity interval.")
    return after, before


def _bound(text: str, now: int, word: str, word_value: int, which: str) -> int:
    if text[0] in "+-":
        secs = _seconds(text[1:])
        if secs < 0:
            raise CertificateError(f"Invalid relative certificate time {text}.")
        if text[0] == "-" and secs > now:
            raise CertificateError(f"Certificate time {text} cannot be represented.")
        return now + secs if text[0] == "+" else now - secs
    if text == word:
        return word_value
    if text.startswith("0x"):
        if not re.fullmatch(r"0x[0-9a-fA-F]{1,16}", text):
            raise CertificateError("Invalid certificate time: not a number.")
        return int(text, 16)
    value = _absolute(text)
    if value is None:
        raise CertificateError(f'Invalid {which} time "{text}".')
    return value


def parse_options(options, host: bool = False) -> tuple:
    """ssh-keygen -O for signing ('clear', 'no-pty', 'force-command=ls', 'extension:x@y=z',
    ...) -> (critical options, extensions), each ((name, data), ...) in lexical order."""
    permits = set() if host else set(DEFAULT_EXTENSIONS)
    flags, critical, extensions = set(), {}, {}
    for opt in options:
        low = opt.lower()
        if low == "clear":          # every flag: the permits and both FIDO ones
            permits.clear()
            flags.discard("no-touch-required")
            critical.pop("verify-required", None)
        elif low.startswith("no-") and low[3:] in PERMITS:
            permits.discard(PERMITS[low[3:]])
        elif low.startswith("permit-") and low[7:] in PERMITS:
            permits.add(PERMITS[low[7:]])
        elif low in ("no-touch-required", "touch-required"):
            (flags.add if low == "no-touch-required" else flags.discard)("no-touch-required")
        elif low in ("verify-required", "no-verify-required"):
            (critical.__setitem__("verify-required", b"") if low == "verify-required"
             else critical.pop("verify-required", None))
        elif "=" in low and low.split("=", 1)[0] in STRING_OPTIONS:
            name, value = low.split("=", 1)[0], opt.split("=", 1)[1]
            if not value:
                raise CertificateError(f"Empty {name} option.")
            if name in critical:
                raise CertificateError(f"{name} already specified.")
            if name == "source-address":
                _check_cidr_list(value)
            critical[name] = string(value)
        elif low.startswith(("extension:", "critical:")):
            name, sep, value = opt.split(":", 1)[1].partition("=")
            if not name:
                raise CertificateError(f'Unsupported certificate option "{opt}".')
            target = critical if low.startswith("critical:") else extensions
            target[name] = string(value) if sep else b""
        else:
            raise CertificateError(f'Unsupported certificate option "{opt}".')
    extensions.update({name: b"" for name in permits | flags})
    return _sorted(critical.items()), _sorted(extensions.items())


def _check_cidr_list(value: str) -> None:
    import ipaddress        # only here: most certificates have no source-address
    for item in value.split(","):
        try:
            ipaddress.ip_network(item, strict=True)
        except ValueError:
            raise CertificateError("Invalid source-address list.") from None


# -- listings -------------------------------------------------------------------------------------

def short_type(public, certified: bool = False) -> str:
    """sshkey_type(): 'ED25519', or 'ED25519-CERT' for a certificate."""
    return impl(public.algorithm).short + ("-CERT" if certified else "")


def _local(t: int) -> str:
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(min(t, 2 ** 63 - 1)))
    except (OverflowError, OSError, ValueError):
        return str(t)


def validity_text(cert: Certificate) -> str:
    """As ssh-keygen -L prints it (local time, like ssh-keygen)."""
    if cert.valid_after == 0 and cert.valid_before == FOREVER:
        return "forever"
    if cert.valid_after == 0:
        return f"before {_local(cert.valid_before)}"
    if cert.valid_before == FOREVER:
        return f"after {_local(cert.valid_after)}"
    return f"from {_local(cert.valid_after)} to {_local(cert.valid_before)}"


def _show_options(options, critical: bool) -> list:
    lines = []
    for name, data in options:
        text = ""
        if (name in FLAG_EXTENSIONS and not critical) or (critical and name == "verify-required"):
            pass
        elif critical and name in STRING_OPTIONS:
            text = " " + _option_text(data)
        elif data:
            text = f" UNKNOWN OPTION: {data.hex()} (len {len(data)})"
        else:
            text = " UNKNOWN FLAG OPTION"
        lines.append(f"                {name}{text}")
    return lines


def show(cert: Certificate, hash_name: str = "sha256") -> str:
    """The body of `ssh-keygen -L` (after the 'path:' line), lines ending in \\n."""
    lines = [
        f"        Type: {cert.algorithm} {cert.type_name} certificate",
        f"        Public key: {short_type(cert.public, True)} {fingerprint(cert.public, hash_name)}",
        f"        Signing CA: {short_type(cert.ca)} {fingerprint(cert.ca, hash_name)} "
        f"(using {cert.signature_algorithm})",
        f'        Key ID: "{cert.key_id}"',
        f"        Serial: {cert.serial}",
        f"        Valid: {validity_text(cert)}",
    ]
    if cert.principals:
        lines.append("        Principals: ")
        lines += [f"                {p}" for p in cert.principals]
    else:
        lines.append("        Principals: (none)")
    for title, options, critical in (("Critical Options", cert.critical_options, True),
                                     ("Extensions", cert.extensions, False)):
        if options:
            lines.append(f"        {title}: ")
            lines += _show_options(options, critical)
        else:
            lines.append(f"        {title}: (none)")
    return "".join(line + "\n" for line in lines)


def _utc(t: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(min(t, 2 ** 63 - 1)))


def putty_fingerprint(algorithm: str, public, blob: bytes, hash_name: str = "sha256") -> str:
    """PuTTY's fingerprint line: 'ALGORITHM BITS FINGERPRINT' (Ed25519 is 255 bits; MD5
    without ssh-keygen's 'MD5:' prefix), of `blob` (the key's or the whole certificate's)."""
    bits = impl(public.algorithm).putty_bits(public)
    digest = hashlib.new(hash_name, blob).digest()
    fp = (":".join(f"{b:02x}" for b in digest) if hash_name == "md5"
          else "SHA256:" + base64.b64encode(digest).decode().rstrip("="))
    return f"{algorithm} {bits} {fp}"


def putty_info(cert: Certificate) -> list:
    """PuTTYgen --cert-info: (label, value) rows."""
    rows = []
    if cert.type == HOST:
        rows += [("Certificate type", "host key"), ("Valid host names", ",".join(cert.principals))]
    else:
        rows += [("Certificate type", "user authentication key"),
                 ("Valid user names", ",".join(cert.principals))]
    if cert.valid_after == 0:
        period = "forever" if cert.valid_before == FOREVER else f"until {_utc(cert.valid_before)}"
    elif cert.valid_before == FOREVER:
        period = f"after {_utc(cert.valid_after)}"
    else:
        period = f"{_utc(cert.valid_after)} - {_utc(cert.valid_before)}"
    rows.append(("Validity period", period))
    if cert.type == USER:
        labels = {"source-address": "Permitted client IP addresses",
                  "force-command": "Forced remote command"}
        for name, data in cert.critical_options:
            if name in labels:
                rows.append((labels[name], _option_text(data)))
        present = {name for name, _ in cert.extensions}
        for ext, label in (("permit-X11-forwarding", "X11 forwarding permitted"),
                           ("permit-agent-forwarding", "Agent forwarding permitted"),
                           ("permit-port-forwarding", "Port forwarding permitted"),
                           ("permit-pty", "PTY allocation permitted"),
                           ("permit-user-rc", "Running user ~/.ssh.rc permitted")):
            if ext not in present:
                rows.append((label, "no"))
    rows += [("Certificate ID string", cert.key_id),
             ("Certificate serial number", str(cert.serial)),
             ("Fingerprint of signing CA key",
              putty_fingerprint(cert.ca.algorithm, cert.ca, public_blob(cert.ca))),
             ("Fingerprint including certificate",
              putty_fingerprint(cert.algorithm, cert.public, cert.to_blob()))]
    return rows


def describe(cert: Certificate) -> dict:
    """What a page shows about a certificate (plain values only)."""
    return {
        "type": cert.algorithm,
        "cert_type": cert.type_name,
        "key_id": cert.key_id,
        "serial": cert.serial,
        "principals": list(cert.principals),
        "valid_after": cert.valid_after,
        "valid_before": cert.valid_before,
        "validity": validity_text(cert),
        "valid_now": cert.valid_at(int(time.time())),
        "critical_options": {name: (_option_text(data) if name in STRING_OPTIONS else data.hex())
                             for name, data in cert.critical_options},
        "extensions": [name for name, _ in cert.extensions],
        "ca_type": cert.ca.algorithm,
        "ca_sha256": fingerprint(cert.ca, "sha256"),
        "signature_algorithm": cert.signature_algorithm,
        "listing": show(cert),
    }
