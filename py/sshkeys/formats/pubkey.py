"""Public key files: the OpenSSH one-line form and RFC 4716 "SSH2 PUBLIC KEY"."""

import base64
import re

from ..errors import FormatError
from .. import certificate
from ..keys import CERT_SUFFIX, KEY_TYPES, Key, parse_public_blob, public_blob
from ..wire import string
from .base import Format, b64decode, b64lines, text
from .certline import certificate_line
from ..i18n import N_, _

BEGIN_4716 = "---- BEGIN SSH2 PUBLIC KEY ----"
END_4716 = "---- END SSH2 PUBLIC KEY ----"
# SSH algorithm names (RFC 4251 section 6): printable, no spaces or commas, at most 64 chars.
_NAME = re.compile(r"[a-z0-9][a-z0-9.@+-]{1,63}")
_TYPED_BLOB = re.compile(r"(?:^|\s)[a-z0-9][a-z0-9.@+-]{1,63}[ \t]+AAAA[A-Za-z0-9+/]")


def public_line(key: Key) -> str:
    """`type base64 comment`, as in authorized_keys and every hosting dashboard."""
    line = key.algorithm + " " + base64.b64encode(public_blob(key.public)).decode()
    return line + " " + key.comment if key.comment else line


# -- OpenSSH one-line -------------------------------------------------------------------------

def names_blob(name: str, b64: str) -> bool:
    """Is `b64` a key blob whose type name is `name`? Any type: lines of types we do not
    handle (security keys, certificates) must say so rather than look like non-keys."""
    if not _NAME.fullmatch(name) or not b64.startswith("AAAA"):
        return False
    head = string(name)
    try:
        return base64.b64decode(b64[:(len(head) + 2) // 3 * 4] + "==", validate=False)[:len(head)] == head
    except ValueError:
        return False


def _openssh_line(data: bytes):
    """[type, base64, comment?] from the first key line; authorized_keys options may precede."""
    for line in text(data, N_("public key")).split("\n"):
        line = line.strip()
        if line.startswith("#"):
            continue
        tokens = line.split()
        for i, token in enumerate(tokens):
            if token in KEY_TYPES or i + 1 < len(tokens) and names_blob(token, tokens[i + 1]):
                return line.split(None, i + 2)[i:]
    return None


def detect_openssh(data: bytes) -> bool:
    # Checked last of all formats, so a key type name followed by a space is enough; for
    # other types, a name followed by base64 of a length-prefixed string ("AAAA...").
    head = data[:8192].decode("utf-8", "replace")
    return any(name + " " in head for name in KEY_TYPES) or _TYPED_BLOB.search(head) is not None


async def read_openssh(data: bytes, passphrase, engine, limits) -> Key:
    fields = _openssh_line(data)
    if not fields or len(fields) < 2:
        raise FormatError(_("The public key line is incomplete: it needs a key type and base64 data."))
    public = parse_public_blob(b64decode(fields[1], N_("public key line")))
    if public.algorithm != fields[0]:
        raise FormatError(_("The public key line says {fields} but holds a {algorithm} key.").format(fields=fields[0], algorithm=public.algorithm))
    return Key(public, None, fields[2].strip() if len(fields) > 2 else "")


async def write_openssh(key: Key, engine, passphrase=None) -> bytes:
    # A certified key's public file is its certificate, as PuTTYgen writes it.
    if key.certificate is not None:
        return (certificate_line(key) + "\n").encode()
    return (public_line(key) + "\n").encode()


# -- RFC 4716 -----------------------------------------------------------------------------

def detect_rfc4716(data: bytes) -> bool:
    return BEGIN_4716.encode() in data[:100]


def _headers_and_body(data: bytes) -> tuple:
    lines = text(data, N_("SSH2 public key")).strip().split("\n")
    try:
        start = next(i for i, l in enumerate(lines) if l.strip() == BEGIN_4716)
        end = next(i for i, l in enumerate(lines) if l.strip() == END_4716)
    except StopIteration:
        raise FormatError(_("The SSH2 public key is truncated: its BEGIN or END line is missing.")) from None
    headers, body, pending = {}, [], None
    for line in lines[start + 1:end]:
        if pending is not None:
            pending += line
        elif ":" in line and not body:
            pending = line
        else:
            body.append(line)
            continue
        if pending.endswith("\\"):         # RFC 4716 3.3: a trailing backslash continues
            pending = pending[:-1]
            continue
        name, _colon, value = pending.partition(":")
        headers[name.strip().lower()] = value.strip()
        pending = None
    return headers, "".join(body)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


async def read_rfc4716(data: bytes, passphrase, engine, limits) -> Key:
    headers, body = _headers_and_body(data)
    blob = b64decode(body, N_("SSH2 public key"))
    comment = _unquote(headers.get("comment", ""))
    if CERT_SUFFIX.encode() in blob[:64]:       # PuTTYgen -p of a certified key
        cert = certificate.parse(blob)
        return Key(cert.public, None, comment, cert)
    return Key(parse_public_blob(blob), None, comment)


def _header_line(name: str, value: str) -> str:
    line = f"{name}: {value}"
    out = []
    while len(line.encode()) > 72:   # RFC 4716 3.3: lines are at most 72 bytes
        cut = 71
        while len(line[:cut].encode()) > 71:
            cut -= 1
        out.append(line[:cut] + "\\")
        line = line[cut:]
    return "\n".join(out + [line]) + "\n"


async def write_rfc4716(key: Key, engine, passphrase=None) -> bytes:
    # PuTTYgen's "Save public key": quoted comment with \ and " escaped, 64-column base64.
    comment = key.comment.replace("\\", "\\\\").replace('"', '\\"')
    out = BEGIN_4716 + "\n"
    if key.comment:
        out += _header_line("Comment", f'"{comment}"')
    blob = (key.certificate.to_blob() if key.certificate is not None
            else public_blob(key.public))
    out += b64lines(blob, 64) + END_4716 + "\n"
    return out.encode()


OPENSSH_FORMAT = Format("public-openssh", N_("OpenSSH public key (authorized_keys line)"), False,
                        detect_openssh, read_openssh, write_openssh, file_name="id_{stem}.pub")
RFC4716_FORMAT = Format("rfc4716", N_("SSH2 public key (RFC 4716)"), False,
                        detect_rfc4716, read_rfc4716, write_rfc4716,
                        file_name="id_{stem}_rfc4716.pub")
