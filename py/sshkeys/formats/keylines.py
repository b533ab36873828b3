"""authorized_keys and known_hosts lines (sshd(8) AUTHORIZED_KEYS FILE FORMAT and
SSH_KNOWN_HOSTS FILE FORMAT): one key a line, after options or host patterns.

    authorized_keys:  [options] keytype base64 [comment]
    known_hosts:      [@cert-authority | @revoked] hostpatterns keytype base64 [comment]

Options are comma-separated and end at the first space outside double quotes (a quote inside
quotes is escaped with a backslash); host patterns are comma-separated names, addresses,
[host]:port, wildcards and !negations, or one hashed name |1|salt|hash. Blank lines and
lines starting with # are skipped. Keys of types we do not handle are still parsed: their
type and fingerprint are in clear.
"""

import base64
import hashlib
from dataclasses import dataclass, field

from ..errors import FormatError, SSHKeyError, UnsupportedError
from .. import certificate
from ..keys import KEY_TYPES, is_certificate_type, parse_public_blob, public_blob
from .base import b64decode
from .pubkey import names_blob
from ..i18n import N_, _

MARKERS = ("@cert-authority", "@revoked")
# sshd's option names (auth-options.c, matched without case): flags, the negatable ones also
# with "no-", and options that take a quoted value. sshd refuses a line with any other.
_NEGATABLE = ("agent-forwarding", "port-forwarding", "pty", "touch-required", "user-rc",
              "verify-required", "x11-forwarding")
FLAGS = {"restrict", "cert-authority", *_NEGATABLE, *("no-" + f for f in _NEGATABLE)}
VALUED = {"command", "environment", "expiry-time", "from", "permitlisten", "permitopen",
          "principals", "tunnel"}


@dataclass(frozen=True)
class KeyLine:
    number: int                  # 1-based line number in the text
    kind: str                    # authorized_keys | known_hosts
    algorithm: str               # the key type the blob names
    blob: bytes
    comment: str = ""
    options: tuple = ()          # authorized_keys options, as written
    hosts: tuple = ()            # known_hosts patterns; ("|1|...",) when hashed
    marker: str = ""             # @cert-authority | @revoked
    bad_options: tuple = ()      # options sshd does not take (it then refuses the line)
    public: object = None        # the parsed key (a certificate's certified key), or None
    unsupported: str = ""        # why public is None

    @property
    def hashed(self) -> bool:
        return any(h.startswith("|1|") for h in self.hosts)

    @property
    def sha256(self) -> str:
        """As ssh-keygen -l prints it: a hash of the key's blob, for a certificate of its
        certified key's ("" for a certificate of a type we cannot take apart)."""
        if self.public is not None:
            blob = public_blob(self.public)
        elif is_certificate_type(self.algorithm):
            return ""
        else:
            blob = self.blob
        return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


@dataclass(frozen=True)
class BadLine:
    number: int
    text: str
    error: str


@dataclass
class Parsed:
    keys: list = field(default_factory=list)      # KeyLine
    bad: list = field(default_factory=list)       # BadLine


def split_prefix(line: str) -> tuple:
    """(options or host patterns, the rest): up to the first blank outside double quotes."""
    quoted, i = False, 0
    while i < len(line):
        c = line[i]
        if c == "\\" and quoted and i + 1 < len(line) and line[i + 1] == '"':
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c in " \t" and not quoted:
            return line[:i], line[i:].lstrip(" \t")
        i += 1
    if quoted:
        raise FormatError(_("An option's double quotes are not closed."))
    return line, ""


def split_options(prefix: str) -> tuple:
    """The comma-separated items of an options field, commas inside quotes kept."""
    items, start, quoted, i = [], 0, False, 0
    while i < len(prefix):
        c = prefix[i]
        if c == "\\" and quoted and i + 1 < len(prefix):
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            items.append(prefix[start:i])
            start = i + 1
        i += 1
    items.append(prefix[start:])
    return tuple(items)


def unknown_options(items: tuple) -> tuple:
    """The items sshd would not take: unknown names, a flag given a value, or a value that is
    missing or not in double quotes (misc.c opt_dequote)."""
    def known(item: str) -> bool:
        name, eq, value = item.partition("=")
        if not eq:
            return name.lower() in FLAGS
        return name.lower() in VALUED and len(value) >= 2 and value[0] == value[-1] == '"'
    return tuple(item for item in items if not known(item))


def _is_options(items: tuple) -> bool:
    """Options rather than host patterns: all known, or holding what no host pattern holds
    (a hashed name, |1|salt|hash, has base64's = but starts with |)."""
    return not unknown_options(items) or any(
        ("=" in i or '"' in i) and not i.startswith("|") for i in items)


def _starts_with_key(text: str) -> bool:
    tokens = text.split(None, 2)
    return len(tokens) >= 2 and names_blob(tokens[0], tokens[1])


def parse_line(number: int, line: str, kind: str | None = None) -> KeyLine | None:
    """One line; None for blank and comment lines. Raises SSHKeyError for what is no key.
    `kind` says what the text before the key is; without it, the line's own look decides."""
    s = line.strip()
    if not s or s.startswith("#"):
        return None
    marker = ""
    if s.startswith("@"):
        marker, _space, s = s.partition(" ")
        if marker not in MARKERS:
            raise FormatError(_("Unknown known_hosts marker {marker!r}.").format(marker=marker))
        s = s.lstrip()
        if not s:
            raise FormatError(_("Nothing follows the {marker} marker.").format(marker=marker))
    prefix = ""
    first = s.split(None, 1)[0]
    if not marker and first in KEY_TYPES and not _starts_with_key(s):
        raise FormatError(_("The {first} key on this line is truncated or corrupted.").format(first=first))
    if marker or not _starts_with_key(s):
        prefix, s = split_prefix(s)
    tokens = s.split(None, 2)
    if len(tokens) < 2 or not names_blob(tokens[0], tokens[1]):
        raise FormatError(_("There is no key type and base64 key after the options or host names.")
                          if prefix else _("There is no key type and base64 key on it."))
    algorithm, blob = tokens[0], b64decode(tokens[1], N_("key"))
    comment = tokens[2].strip() if len(tokens) > 2 else ""
    items = split_options(prefix) if prefix else ()
    if marker or kind == "known_hosts" or kind is None and items and not _is_options(items):
        kind, options, hosts = "known_hosts", (), tuple(prefix.split(",")) if prefix else ()
    else:
        kind, options, hosts = "authorized_keys", items, ()
    public = None
    unsupported = ""
    try:
        if is_certificate_type(algorithm):
            cert = certificate.parse(blob)
            public, named = cert.public, cert.algorithm
        else:
            public = parse_public_blob(blob)
            named = public.algorithm
    except UnsupportedError as e:
        unsupported = str(e)
    if public is not None and named != algorithm:
        raise FormatError(_("The line says {algorithm} but holds a {named} key.").format(algorithm=algorithm, named=named))
    return KeyLine(number, kind, algorithm, blob, comment, options, hosts, marker,
                   unknown_options(options), public, unsupported)


def _file_kind(entries: list) -> str | None:
    """What a whole text is, where its lines say so one way only: markers or hashed names
    make known_hosts, options make authorized_keys."""
    hosts = any(e.marker or e.hashed for e in entries)
    options = any(e.options for e in entries)
    return "known_hosts" if hosts and not options else "authorized_keys" if options and not hosts else None


def parse(text: str, kind: str | None = None) -> Parsed:
    """Every line of an authorized_keys or known_hosts text (`kind`, or judged from the text);
    what will not parse is kept with its line number and the reason."""
    if kind not in (None, "authorized_keys", "known_hosts"):
        raise ValueError(_("Unknown kind of key list {kind!r}; use authorized_keys or known_hosts.").format(kind=kind))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def run(kind):
        out = Parsed()
        for number, line in enumerate(lines, 1):
            try:
                entry = parse_line(number, line, kind)
            except SSHKeyError as e:
                out.bad.append(BadLine(number, line.strip()[:200], str(e)))
                continue
            if entry is not None:
                out.keys.append(entry)
        return out
    out = run(kind)
    if kind is None and (judged := _file_kind(out.keys)) is not None:
        if any(e.kind != judged and not e.marker for e in out.keys):
            out = run(judged)
    return out
