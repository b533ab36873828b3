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
from ..keys import KEY_TYPES
from . import keyblob
from .base import b64decode
from .pubkey import names_blob

MARKERS = ("@cert-authority", "@revoked")
# sshd's option names (auth-options.c); a prefix made only of these is authorized_keys options.
OPTIONS = {"agent-forwarding", "cert-authority", "command", "environment", "expiry-time", "from",
           "no-agent-forwarding", "no-port-forwarding", "no-pty", "no-touch-required",
           "no-user-rc", "no-x11-forwarding", "permitlisten", "permitopen", "port-forwarding",
           "principals", "pty", "restrict", "touch-required", "tunnel", "user-rc",
           "verify-required", "x11-forwarding"}


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
    public: object = None        # the parsed key, None for types we do not handle
    unsupported: str = ""        # why public is None

    @property
    def hashed(self) -> bool:
        return any(h.startswith("|1|") for h in self.hosts)

    @property
    def sha256(self) -> str:
        """As ssh-keygen -l prints it, for any key type: a hash of the blob."""
        digest = hashlib.sha256(self.blob).digest()
        return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


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
        raise FormatError("An option's double quotes are not closed.")
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


def _is_options(items: tuple) -> bool:
    return all(item.partition("=")[0].lower() in OPTIONS for item in items)


def _starts_with_key(text: str) -> bool:
    tokens = text.split(None, 2)
    return len(tokens) >= 2 and names_blob(tokens[0], tokens[1])


def parse_line(number: int, line: str) -> KeyLine | None:
    """One line; None for blank and comment lines. Raises SSHKeyError for what is no key."""
    s = line.strip()
    if not s or s.startswith("#"):
        return None
    marker = ""
    if s.startswith("@"):
        marker, _, s = s.partition(" ")
        if marker not in MARKERS:
            raise FormatError(f"Unknown known_hosts marker {marker!r}.")
        s = s.lstrip()
    prefix = ""
    first = s.split(None, 1)[0]
    if not marker and first in KEY_TYPES and not _starts_with_key(s):
        raise FormatError(f"The {first} key on this line is truncated or corrupted.")
    if marker or not _starts_with_key(s):
        prefix, s = split_prefix(s)
    tokens = s.split(None, 2)
    if len(tokens) < 2 or not names_blob(tokens[0], tokens[1]):
        raise FormatError("There is no key type and base64 key "
                          + ("after the options or host names." if prefix else "on it."))
    algorithm, blob = tokens[0], b64decode(tokens[1], "key")
    comment = tokens[2].strip() if len(tokens) > 2 else ""
    items = split_options(prefix) if prefix else ()
    if marker or items and not _is_options(items):
        kind, options, hosts = "known_hosts", (), tuple(prefix.split(","))
    else:
        kind, options, hosts = "authorized_keys", items, ()
    public = None
    unsupported = ""
    try:
        public = keyblob.parse_public_blob(blob)
    except UnsupportedError as e:
        unsupported = str(e)
    if public is not None and public.algorithm != algorithm:
        raise FormatError(f"The line says {algorithm} but holds a {public.algorithm} key.")
    return KeyLine(number, kind, algorithm, blob, comment, options, hosts, marker, public,
                   unsupported)


def parse(text: str) -> Parsed:
    """Every line of an authorized_keys or known_hosts text; what will not parse is kept
    with its line number and the reason."""
    out = Parsed()
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        try:
            entry = parse_line(number, line)
        except SSHKeyError as e:
            out.bad.append(BadLine(number, line.strip()[:200], str(e)))
            continue
        if entry is not None:
            out.keys.append(entry)
    return out
