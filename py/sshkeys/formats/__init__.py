"""Every file format, by name, and detection of which one a file is in."""

from ..errors import FormatError
from . import certline, openssh, pem, pkcs8, ppk, pubkey, sshcom
from .base import Format, Protection
from ..i18n import _

# Detection order matters only where one format's marker could appear inside another's.
FORMATS = {f.name: f for f in (
    openssh.FORMAT,
    ppk.FORMAT,
    pkcs8.FORMAT,
    pem.FORMAT,
    sshcom.FORMAT,
    pkcs8.PUBLIC_FORMAT,
    pubkey.RFC4716_FORMAT,
    certline.FORMAT,
    pubkey.OPENSSH_FORMAT,
)}

# What any key can be saved as (the certificate format needs a certified key).
WRITABLE = tuple(name for name, f in FORMATS.items() if f.write and not f.certificate)


def get(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(_("Unknown format {name!r}; choose one of {value}.").format(name=name, value=', '.join(WRITABLE))) from None


def detect(data: bytes) -> Format:
    for f in FORMATS.values():
        if f.detect(data):
            return f
    raise FormatError(_("This is not a key file in any format we know "
                      "(OpenSSH, PuTTY .ppk, PEM, PKCS#8, RFC 4716, an OpenSSH public key or certificate)."))


__all__ = ["FORMATS", "WRITABLE", "Format", "Protection", "get", "detect"]
