"""Fingerprints, the randomart picture and Bubble Babble, exactly as `ssh-keygen -l [-v]
[-E md5]` and `ssh-keygen -B` print them."""

import base64
import hashlib

from .keys import impl, public_blob
from .i18n import _

HASHES = ("sha256", "md5")
_SYMBOLS = " .o+=*BOX@%&#/^SE"     # sshkey.c: symbols for ever more visits, then Start and End
_WIDTH, _HEIGHT = 17, 9


def _digest(public, hash_name: str) -> bytes:
    if hash_name not in HASHES:
        raise ValueError(_("Unknown fingerprint hash {hash_name!r}; use sha256 or md5.").format(hash_name=hash_name))
    return hashlib.new(hash_name, public_blob(public)).digest()


def fingerprint(public, hash_name: str = "sha256") -> str:
    """'SHA256:<base64 without padding>' or 'MD5:aa:bb:...'."""
    digest = _digest(public, hash_name)
    if hash_name == "md5":
        return "MD5:" + ":".join(f"{b:02x}" for b in digest)
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


_VOWELS, _CONSONANTS = "aeiouy", "bcdfghklmnprstvzx"


def bubblebabble(public) -> str:
    """Antti Huima's Bubble Babble encoding of the key's SHA-1 digest (`ssh-keygen -B`):
    each pair of bytes is vowel-consonant-vowel consonant-consonant, the vowels mixed with a
    running checksum; an odd final byte, or the checksum alone, closes it between x...x."""
    digest = hashlib.sha1(public_blob(public)).digest()
    out, seed = ["x"], 1
    for i in range(len(digest) // 2 + 1):
        if i < len(digest) // 2 or len(digest) % 2:
            a = digest[2 * i]
            out += [_VOWELS[((a >> 6 & 3) + seed) % 6], _CONSONANTS[a >> 2 & 15],
                    _VOWELS[((a & 3) + seed // 6) % 6]]
            if i < len(digest) // 2:
                b = digest[2 * i + 1]
                out += [_CONSONANTS[b >> 4 & 15], "-", _CONSONANTS[b & 15]]
                seed = (seed * 5 + a * 7 + b) % 36
        else:
            out += [_VOWELS[seed % 6], _CONSONANTS[16], _VOWELS[seed // 6]]
    return "".join(out + ["x"])


def _border(label: str) -> str:
    left = (_WIDTH - len(label)) // 2
    return "+" + "-" * left + label + "-" * (_WIDTH - left - len(label)) + "+"


def randomart(public, hash_name: str = "sha256") -> str:
    """The 'drunken bishop' picture (sshkey.c fingerprint_randomart), lines joined by \\n."""
    top = len(_SYMBOLS) - 1
    field = [[0] * _HEIGHT for _ in range(_WIDTH)]
    x, y = _WIDTH // 2, _HEIGHT // 2
    for byte in _digest(public, hash_name):
        for _ in range(4):   # each byte is four 2-bit moves, low bits first
            x = min(max(x + (1 if byte & 1 else -1), 0), _WIDTH - 1)
            y = min(max(y + (1 if byte & 2 else -1), 0), _HEIGHT - 1)
            if field[x][y] < top - 2:
                field[x][y] += 1
            byte >>= 2
    field[_WIDTH // 2][_HEIGHT // 2] = top - 1
    field[x][y] = top
    label = impl(public.algorithm).short          # sshkey_type()
    title = f"[{label} {public.bits}]"
    if len(title) > _WIDTH:                         # and sshkey.c cuts it to 16 characters
        title = f"[{label}]"
    rows = ["|" + "".join(_SYMBOLS[field[i][j]] for i in range(_WIDTH)) + "|" for j in range(_HEIGHT)]
    return "\n".join([_border(title[:_WIDTH - 1])] + rows + [_border(f"[{hash_name.upper()}]")])
