"""known_hosts files (sshd(8) SSH_KNOWN_HOSTS FILE FORMAT) as ssh-keygen -F, -R and -H read
and rewrite them: line by line, each kept byte for byte unless it is the one acted on.

    [@cert-authority | @revoked] patterns keytype base64 [comment]

Patterns are comma-separated names, [host]:port, `*`/`?` wildcards and `!` negations, or one
hashed name `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`. A line ssh-keygen cannot read
(a bad marker, a missing or unknown key type, a bad hash) is "invalid": -F skips it, -R and -H
keep it but then refuse to replace the file.
"""

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass

from .engine import get_engine
from .keys import KEY_TYPES
from .match import match_list

HASH_MAGIC = "|1|"
MARKERS = {"@cert-authority": "CA", "@revoked": "REVOKED"}
SALT_BYTES = 20
# The key type names OpenSSH 9.2 knows (sshkey_type_from_name), the short names included.
_PLAIN = ("ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521", "ssh-ed25519", "sk-ecdsa-sha2-nistp256@openssh.com",
          "sk-ssh-ed25519@openssh.com", "rsa-sha2-256", "rsa-sha2-512")
KNOWN_TYPES = set(_PLAIN) | {n.replace("@openssh.com", "") + "-cert-v01@openssh.com"
                             for n in _PLAIN}
SHORT_TYPES = {"rsa", "dsa", "ecdsa", "ed25519", "ecdsa-sk", "ed25519-sk"}

OK, INVALID, COMMENT, MATCHED = "ok", "invalid", "comment", "matched"


@dataclass
class Line:
    number: int
    text: str             # the line without its newline, as ssh-keygen holds it (latin-1)
    status: str = OK
    marker: str = ""      # "", "CA" or "REVOKED"
    hosts: str = ""
    rawkey: str = ""      # from the key type to the end of the line

    @property
    def hashed(self) -> bool:
        return self.hosts.startswith("|")

    @property
    def wildcard(self) -> bool:
        return any(c in self.hosts for c in "*?!")


def _lines(data: bytes) -> list:
    """getline() then C strings: split at newlines, each cut at its first NUL byte."""
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    return [p.split(b"\0", 1)[0].decode("latin-1") for p in parts]


def encode(text: str) -> bytes:
    return text.encode("latin-1")


def hash_host(name: str, salt: bytes) -> str:
    digest = hmac.new(salt, name.encode("latin-1"), hashlib.sha1).digest()
    return f"{HASH_MAGIC}{base64.b64encode(salt).decode()}|{base64.b64encode(digest).decode()}"


def _salt(hashed: str) -> bytes | None:
    """extract_salt: the 20-byte salt of `|1|salt|hash`, or None when malformed."""
    if not hashed.startswith(HASH_MAGIC):
        return None
    rest = hashed[len(HASH_MAGIC):]
    end = rest.find("|")
    if end <= 0 or end > 1024:
        return None
    try:
        salt = base64.b64decode(rest[:end], validate=True)
    except (binascii.Error, ValueError):
        return None
    return salt if len(salt) == SALT_BYTES else None


def match_host(host: str, hosts: str) -> int:
    """1 if `host` matches the patterns (or hashed name), 0 if not, -1 for a bad hash."""
    if hosts.startswith("|"):
        salt = _salt(hosts)
        if salt is None:
            return -1
        return int(hash_host(host, salt) == hosts)
    return int(match_list(host.lower(), hosts, lower=True) == 1)


def _markers(text: str) -> tuple:
    """check_markers: (marker, rest), marker None when a marker is malformed."""
    marker = ""
    while text.startswith("@"):
        if marker:
            return None, text
        space = text.find(" ")
        if space < 0:
            space = text.find("\t")
        if space < 0 or space <= 1 or space >= 32:
            return None, text
        word = text[:space]
        if word not in MARKERS:
            return None, text
        marker = MARKERS[word]
        text = text[space:].lstrip(" \t")
    return marker, text


def _known_type(name: str) -> bool:
    return name in KNOWN_TYPES or name.lower() in SHORT_TYPES


def read(data: bytes, host: str | None = None, want_match: bool = False) -> list:
    """hostkeys_foreach: every line with its status (with want_match, only those matching
    `host`, invalid ones included)."""
    out = []
    for number, text in enumerate(_lines(data), 1):
        line = Line(number, text)
        cp = text.lstrip(" \t")
        if not cp or cp[0] == "#":
            if not want_match:
                line.status = COMMENT
                out.append(line)
            continue
        marker, cp = _markers(cp)
        if marker is None:
            if not want_match:
                line.status = INVALID
                out.append(line)
            continue
        line.marker = marker
        cut = next((i for i, c in enumerate(cp) if c in " \t"), len(cp))
        line.hosts, rest = cp[:cut], cp[cut + 1:] if cut < len(cp) else None
        if host is not None:
            found = match_host(host, line.hosts)
            if found == -1:
                line.status = INVALID
                out.append(line)
                continue
            if found:
                line.status = MATCHED
            elif want_match:
                continue
        rest = (rest or "").lstrip(" \t")
        if not rest or rest[0] == "#":
            line.status = INVALID
            out.append(line)
            continue
        line.rawkey = rest
        cut = next((i for i, c in enumerate(rest) if c in " \t"), len(rest))
        name = rest[:cut]
        after = rest[cut:].lstrip(" \t")
        if cut <= 1 or cut >= 128 or cut == len(rest) or not _known_type(name) \
                or not after or after[0] == "#":
            line.status = INVALID
        out.append(line)
    return out


# -- what -F, -R and -H do ---------------------------------------------------------------------

def find(data: bytes, host: str) -> list:
    """The lines for `host`, in file order (invalid ones left out, as ssh-keygen -F does)."""
    return [line for line in read(data, host, want_match=True) if line.status == MATCHED]


async def hashed_lines(line: Line, engine=None) -> list:
    """known_hosts_hash: the line with each of its names hashed, one line a name; as it was
    when already hashed, a wildcard pattern or a marked (CA, revoked) line."""
    if line.hashed or line.wildcard or line.marker:
        return [line.text]
    engine = engine or get_engine()
    out = []
    for name in line.hosts.split(","):
        if not name:
            break
        out.append(f"{hash_host(name.lower(), await engine.random(SALT_BYTES))} {line.rawkey}")
    return out


@dataclass
class Rewrite:
    """A new file (when `data` is not None) and what ssh-keygen reports about it."""
    data: bytes | None
    removed: list          # line numbers deleted (-R)
    invalid: list          # line numbers of invalid lines
    wildcards: list        # (line number, hosts) left unhashed for a wildcard (-H)
    hashed_any: bool = False


def remove(data: bytes, host: str) -> Rewrite:
    """-R: every unmarked line for `host` removed, the rest kept byte for byte (data None when
    the file has invalid lines, which ssh-keygen will not rewrite)."""
    kept, removed, invalid = [], [], []
    for line in read(data, host):
        if line.status == MATCHED and not line.marker:
            removed.append(line.number)
            continue
        if line.status == INVALID:
            invalid.append(line.number)
        kept.append(line.text)
    return Rewrite(None if invalid else _join(kept), removed, invalid, [])


async def hash_all(data: bytes, engine=None) -> Rewrite:
    """-H: every name hashed (see hashed_lines); comments and invalid lines kept."""
    out, invalid, wild, any_hashed = [], [], [], False
    for line in read(data):
        if line.status in (OK, MATCHED):
            new = await hashed_lines(line, engine)
            if line.wildcard:
                wild.append((line.number, line.hosts))
            any_hashed = any_hashed or new != [line.text]
            out += new
        else:
            if line.status == INVALID:
                invalid.append(line.number)
            out.append(line.text)
    return Rewrite(None if invalid else _join(out), [], invalid, wild, any_hashed)


def _join(lines: list) -> bytes:
    return b"".join(encode(t) + b"\n" for t in lines)
