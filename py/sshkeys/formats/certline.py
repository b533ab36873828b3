"""OpenSSH certificate files (`id_ed25519-cert.pub`): one line, `<type>-cert-v01@openssh.com
base64 comment`, as ssh-keygen -s writes it. Reading gives the certified public key with its
certificate; operations.load checks the CA's signature."""

import base64
import re

from .. import certificate
from ..errors import FormatError
from ..keys import CERT_SUFFIX, Key
from .base import Format, b64decode, text
from ..i18n import N_, _



def certificate_line(key: Key) -> str:
    cert = key.certificate
    if cert is None:
        raise ValueError(_("This key has no certificate."))
    line = cert.algorithm + " " + base64.b64encode(cert.to_blob()).decode()
    return line + " " + key.comment if key.comment else line


def detect(data: bytes) -> bool:
    head = data[:8192].decode("utf-8", "replace")
    return any(token.endswith(CERT_SUFFIX) for token in head.split()[:8])


async def read(data: bytes, passphrase, engine, limits) -> Key:
    for line in text(data, N_("certificate")).split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        # authorized_keys options may come first, as before a public key line
        at = next((m.start() for m in re.finditer(r"\S+", line) if m[0].endswith(CERT_SUFFIX)), 0)
        fields = line[at:].split(None, 2)
        if len(fields) < 2 or not fields[0].endswith(CERT_SUFFIX):
            break
        cert = certificate.parse(b64decode(fields[1], N_("certificate")))
        if cert.algorithm != fields[0]:
            raise FormatError(_("The certificate line says {fields} but holds a "
                              "{algorithm}.").format(fields=fields[0], algorithm=cert.algorithm))
        return Key(cert.public, None, fields[2].strip() if len(fields) > 2 else "", cert)
    raise FormatError(_("The certificate line is incomplete: it needs a certificate type and "
                      "base64 data."))


async def write(key: Key, engine, passphrase=None) -> bytes:
    return (certificate_line(key) + "\n").encode()


FORMAT = Format("certificate", N_("OpenSSH certificate"), False, detect, read, write,
                file_name="id_{stem}-cert.pub", certificate=True)
