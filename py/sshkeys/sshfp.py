"""SSHFP DNS records (RFC 4255, RFC 6594, RFC 7479), as `ssh-keygen -r host [-g]` prints them:
one record per digest (SHA-1, then SHA-256) of the key's blob."""

import hashlib

from . import keytext
from .keys import key_type

ALGORITHMS = {"rsa": 1, "dsa": 2, "ecdsa": 3, "ed25519": 4}
DIGESTS = ((1, "sha1"), (2, "sha256"))
RRTYPE = 44


def records(hostname: str, key, generic: bool = False) -> list:
    """The SSHFP lines for `key` (a Key or a public key); [] for a type DNS has no number for
    (certificates, Ed448)."""
    if getattr(key, "certificate", None) is not None:
        return []
    public = getattr(key, "public", key)
    algorithm = ALGORITHMS.get(key_type(public.algorithm).family)
    if algorithm is None:
        return []
    blob = keytext.plain_blob(public)
    out = []
    for number, name in DIGESTS:
        digest = hashlib.new(name, blob).digest()
        if generic:
            out.append(f"{hostname} IN TYPE{RRTYPE} \\# {2 + len(digest)} {algorithm:02x} "
                       f"{number:02x} {digest.hex()}")
        else:
            out.append(f"{hostname} IN SSHFP {algorithm} {number} {digest.hex()}")
    return out
