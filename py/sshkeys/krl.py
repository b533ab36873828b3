"""Key revocation lists (OpenSSH PROTOCOL.krl), as `ssh-keygen -k` writes them and sshd's
RevokedKeys, `ssh-keygen -Q` and `-Y verify -r` read them.

    "SSHKRL\\n\\0" uint32 1, uint64 krl_version, uint64 generated_date, uint64 flags,
    string reserved, string comment, then sections: byte type, string data

Sections revoke certificates of a CA (or of any CA) by serial (lists, ranges, bitmaps) or
key ID, plain keys by blob, and keys by SHA-1 or SHA-256 of their blob; signature sections
come last and cover everything before their signature. Written sections follow ssh-keygen's
choices (the most compact serial encoding first), so the same input gives the same bytes.
"""

import base64
import binascii
import hashlib
import time
from dataclasses import dataclass, field

from . import keytext, signature
from .engine import get_engine
from .errors import FormatError, SSHKeyError
from .keys import Key
from .wire import Reader, mpint, string, u32, u64

MAGIC = b"SSHKRL\n\0"
FORMAT_VERSION = 1
CERTIFICATES, EXPLICIT_KEY, FINGERPRINT_SHA1, SIGNATURE, FINGERPRINT_SHA256 = 1, 2, 3, 4, 5
SERIAL_LIST, SERIAL_RANGE, SERIAL_BITMAP, KEY_ID = 0x20, 0x21, 0x22, 0x23
U64_MAX = 2 ** 64 - 1


class KRLError(SSHKeyError):
    """A KRL that cannot be read, or a revocation that cannot be made."""


@dataclass
class CertScope:
    """The certificates one CA signed (ca None: any CA) that are revoked."""
    ca: object = None                              # the CA's public key, or None
    ranges: list = field(default_factory=list)     # [(lo, hi)], sorted, disjoint, not abutting
    key_ids: set = field(default_factory=set)

    def revoke_serials(self, lo: int, hi: int) -> None:
        merged = []
        for a, b in sorted(self.ranges + [(lo, hi)]):
            if merged and a <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.ranges = merged

    def revokes(self, cert) -> bool:
        if cert.key_id in self.key_ids:
            return True
        return cert.serial != 0 and any(a <= cert.serial <= b for a, b in self.ranges)


@dataclass
class KRL:
    version: int = 0
    generated: int = 0
    flags: int = 0
    comment: str = ""
    scopes: list = field(default_factory=list)      # CertScope, in the order first named
    keys: set = field(default_factory=set)          # plain public key blobs
    sha1: set = field(default_factory=set)
    sha256: set = field(default_factory=set)
    signers: list = field(default_factory=list)     # keys whose signatures verified (read)

    # -- revoking ---------------------------------------------------------------------------
    def scope(self, ca, create: bool = True) -> CertScope | None:
        blob = None if ca is None else keytext.plain_blob(ca)
        for s in self.scopes:
            if (s.ca is None and blob is None) or \
                    (s.ca is not None and blob is not None and keytext.plain_blob(s.ca) == blob):
                return s
        if not create:
            return None
        s = CertScope(None if ca is None else getattr(ca, "public", ca))
        self.scopes.append(s)
        return s

    def revoke_serials(self, ca, lo: int, hi: int) -> None:
        if lo == 0 or lo > hi or hi > U64_MAX:
            raise KRLError("A revoked serial range must be from 1 to 2^64-1, low end first.")
        self.scope(ca).revoke_serials(lo, hi)

    def revoke_key_id(self, ca, key_id: str) -> None:
        self.scope(ca).key_ids.add(key_id)

    def revoke_explicit(self, key) -> None:
        self.keys.add(keytext.plain_blob(key))

    def revoke_hash(self, digest: bytes) -> None:
        {20: self.sha1, 32: self.sha256}[len(digest)].add(digest)

    def revoke_key(self, key: Key) -> None:
        """ssh_krl_revoke_key: a plain key by its blob, a certificate by serial (by key ID
        when its serial is 0)."""
        cert = key.certificate
        if cert is None:
            self.revoke_explicit(key)
        elif cert.serial == 0:
            self.revoke_key_id(cert.ca, cert.key_id)
        else:
            self.revoke_serials(cert.ca, cert.serial, cert.serial)

    # -- checking ---------------------------------------------------------------------------
    def _plain_revoked(self, public) -> bool:
        blob = keytext.plain_blob(public)
        return (hashlib.sha1(blob).digest() in self.sha1
                or hashlib.sha256(blob).digest() in self.sha256 or blob in self.keys)

    def is_revoked(self, key: Key) -> bool:
        """ssh_krl_check_key: the key itself, a certificate by serial or ID, or its CA."""
        if self._plain_revoked(key.public):
            return True
        cert = key.certificate
        if cert is None:
            return False
        for ca in (cert.ca, None):
            s = self.scope(ca, create=False)
            if s is not None and s.revokes(cert):
                return True
        return self._plain_revoked(cert.ca)

    # -- writing ----------------------------------------------------------------------------
    def to_bytes(self, now: int | None = None) -> bytes:
        generated = self.generated or (int(time.time()) if now is None else now)
        out = [MAGIC, u32(FORMAT_VERSION), u64(self.version), u64(generated), u64(self.flags),
               string(b""), string(self.comment)]
        for s in self.scopes:
            out.append(bytes([CERTIFICATES]) + string(_scope_bytes(s)))
        for kind, blobs in ((EXPLICIT_KEY, self.keys), (FINGERPRINT_SHA1, self.sha1),
                            (FINGERPRINT_SHA256, self.sha256)):
            if blobs:
                out.append(bytes([kind]) + string(b"".join(string(b) for b in sorted(blobs))))
        return b"".join(out)

    def dump(self) -> str:
        """`ssh-keygen -Q -l`: the KRL as a revocation spec with comments."""
        from .fingerprint import fingerprint
        lines = [f"# KRL version {self.version}",
                 f"# Generated at {time.strftime('%Y%m%dT%H%M%S', time.localtime(self.generated))}"]
        if self.comment:
            lines.append(f"# Comment: {self.comment}")
        lines.append("")
        for blob in sorted(self.keys):
            try:
                public = keytext.parse_plain(blob)
                lines.append(f"hash: {fingerprint(public)} # {public.algorithm}")
            except SSHKeyError:
                continue
        lines += [f"hash: SHA256:{h.hex()}" for h in sorted(self.sha256)]
        lines += [f"# hash SHA1:{h.hex()}" for h in sorted(self.sha1)]
        for s in self.scopes:
            lines.append("")
            lines.append("# Wildcard CA" if s.ca is None else
                         f"# CA key {s.ca.algorithm} {fingerprint(s.ca)}")
            lines += [f"serial: {a}" if a == b else f"serial: {a}-{b}" for a, b in s.ranges]
            lines += [f"id: {i}" for i in sorted(s.key_ids, key=lambda t: t.encode())]
        return "\n".join(lines) + "\n"


def _costs(state: int, contig: int, final: bool, last_gap: int, next_gap: int) -> tuple:
    """ssh-keygen's bit-cost model: the cheapest section for the next run of serials, and
    whether a new bitmap must be started."""
    contig, last_gap, next_gap = (min(v, 2 ** 31) for v in (contig, last_gap, next_gap))
    c_list = c_bitmap = c_restart = 0
    c_range = 8
    if state == SERIAL_LIST:
        c_restart = c_bitmap = 8 + 64
    elif state == SERIAL_BITMAP:
        c_list = 8
        c_restart = 8 + 64
    else:
        c_restart = c_bitmap = 8 + 64
        c_list = 8
    tail = 0 if final else 8 + 64
    c_list += 64 * contig + tail
    c_range += 2 * 64 + tail
    c_bitmap += last_gap + contig + (0 if final else min(next_gap, 8 + 64))
    c_restart += contig + (0 if final else min(next_gap, 8 + 64))
    c_list, c_bitmap, c_restart, c_range = ((c + 7) // 8 for c in
                                            (c_list, c_bitmap, c_restart, c_range))
    new, cost, restart = SERIAL_BITMAP, c_bitmap, False
    if c_range < cost:
        new, cost = SERIAL_RANGE, c_range
    if c_list < cost:
        new, cost = SERIAL_LIST, c_list
    if c_restart < cost:
        new, cost, restart = SERIAL_BITMAP, c_restart, True
    return new, restart


def _scope_bytes(s: CertScope) -> bytes:
    out = [string(b"" if s.ca is None else keytext.plain_blob(s.ca)), string(b"")]
    state, sect, bits, start, last = 0, b"", 0, 0, 0

    def flush():
        body = sect + (mpint(bits) if state == SERIAL_BITMAP else b"")
        out.append(bytes([state]) + string(body))

    for i, (lo, hi) in enumerate(s.ranges):
        final = i == len(s.ranges) - 1
        gap = 0 if final else s.ranges[i + 1][0] - hi
        contig = 1 + hi - lo
        new, restart = _costs(state, contig, final, 0 if state == 0 else lo - last, gap)
        if state != 0 and (restart or new != state or state == SERIAL_RANGE):
            flush()
            sect = b""
        if new != state or restart:
            state, sect = new, b""
            if state == SERIAL_BITMAP:
                bits, start = 0, lo
                sect = u64(start)
        if state == SERIAL_LIST:
            sect += b"".join(u64(n) for n in range(lo, hi + 1))
        elif state == SERIAL_RANGE:
            sect += u64(lo) + u64(hi)
        else:
            if lo - start > 2 ** 31 - 1:
                raise KRLError("The revoked serials are too far apart for a bitmap.")
            bits |= ((1 << contig) - 1) << (lo - start)
        last = hi
    if state != 0:
        flush()
    ids = b"".join(string(i) for i in sorted(s.key_ids, key=lambda t: t.encode()))
    if ids:
        out.append(bytes([KEY_ID]) + string(ids))
    return b"".join(out)


# -- reading ----------------------------------------------------------------------------------

def is_krl(data: bytes) -> bool:
    return data.startswith(MAGIC)


async def parse(data: bytes, *, engine=None) -> KRL:
    """A KRL; every signature section must verify (and no signing key be revoked by it)."""
    if not is_krl(data):
        raise KRLError("This is not a KRL (it does not start with SSHKRL).")
    try:
        return await _parse(data, engine or get_engine())
    except FormatError as e:
        raise KRLError(f"The KRL is corrupted: {e}") from None


async def _parse(data: bytes, engine) -> KRL:
    r = Reader(data[len(MAGIC):], "KRL")
    if r.u32() != FORMAT_VERSION:
        raise KRLError("The KRL's format version is not 1.")
    krl = KRL(r.u64(), r.u64(), r.u64())
    r.string()
    krl.comment = r.text()
    sections_at = len(data) - r.remaining
    # First pass: signatures, before anything else is believed.
    seen_signature, signers = False, []
    while r.remaining:
        kind = r.raw(1)[0]
        body = r.string()
        if kind != SIGNATURE:
            if seen_signature:
                raise KRLError("The KRL has a section after its signature.")
            continue
        seen_signature = True
        key = await keytext.from_blob(body, "KRL signing key", engine)
        signed = data[:len(data) - r.remaining]
        sig = r.string()
        try:
            good = await signature.verify(key.public, signed, sig, engine)
        except SSHKeyError:
            good = False
        if not good:
            raise KRLError("The KRL's signature does not verify.")
        if any(keytext.equal(key, k) for k in signers):
            raise KRLError("The KRL is signed more than once with the same key.")
        signers.append(key)
    # Second pass: the sections.
    r = Reader(data[sections_at:], "KRL")
    while r.remaining:
        kind = r.raw(1)[0]
        body = Reader(r.string(), "KRL section")
        if kind == CERTIFICATES:
            await _read_certs(body, krl, engine)
        elif kind in (EXPLICIT_KEY, FINGERPRINT_SHA1, FINGERPRINT_SHA256):
            size = {EXPLICIT_KEY: 0, FINGERPRINT_SHA1: 20, FINGERPRINT_SHA256: 32}[kind]
            target = {EXPLICIT_KEY: krl.keys, FINGERPRINT_SHA1: krl.sha1,
                      FINGERPRINT_SHA256: krl.sha256}[kind]
            while body.remaining:
                item = body.string()
                if size and len(item) != size:
                    raise KRLError(f"The KRL lists a hash of {len(item)} bytes, not {size}.")
                target.add(item)
        elif kind == SIGNATURE:
            r.string()
        else:
            raise KRLError(f"Unsupported KRL section {kind}")
    krl.signers = [k for k in signers if not krl.is_revoked(k)]
    if signers and not krl.signers:
        raise KRLError("All keys used to sign KRL were revoked")
    return krl


async def _read_certs(r: Reader, krl: KRL, engine) -> None:
    ca_blob = r.string()
    r.string()
    ca = (await keytext.from_blob(ca_blob, "KRL CA key", engine)).public if ca_blob else None
    while r.remaining:
        kind = r.raw(1)[0]
        sub = Reader(r.string(), "KRL certificate section")
        if kind == SERIAL_LIST:
            while sub.remaining:
                krl.revoke_serials(ca, *(2 * (sub.u64(),)))
        elif kind == SERIAL_RANGE:
            krl.revoke_serials(ca, sub.u64(), sub.u64())
        elif kind == SERIAL_BITMAP:
            offset, bits = sub.u64(), sub.mpint()
            n, run = 0, None
            while bits >> n:
                if offset + n > U64_MAX:
                    raise KRLError("A KRL serial bitmap runs past 2^64.")
                if bits >> n & 1:
                    run = (run[0], offset + n) if run else (offset + n, offset + n)
                elif run:
                    krl.revoke_serials(ca, *run)
                    run = None
                n += 1
            if run:
                krl.revoke_serials(ca, *run)
        elif kind == KEY_ID:
            while sub.remaining:
                krl.revoke_key_id(ca, sub.text())
        else:
            raise KRLError(f"Unsupported KRL certificate section {kind}")
        if sub.remaining:
            raise KRLError("KRL certificate section contains unparsed data")


# -- ssh-keygen -k's revocation spec ------------------------------------------------------------

class SpecError(KRLError):
    pass


def _serial(text: str, where: str) -> tuple:
    """strtoull(cp, &ep, 0): decimal, 0x hex or 0 octal, then the rest."""
    import re
    m = re.match(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)", text)
    if not text or m is None:
        raise SpecError(f'{where}: invalid serial "{text}"')
    value = int(m[2], 0)
    if m[1] == "-":
        value = (-value) % 2 ** 64
    if value > U64_MAX:
        raise SpecError(f"{where}: serial out of range")
    return value, text[m.end():]


async def apply_spec(krl: KRL, text: str, path: str, ca=None, wild_ca: bool = False,
                     engine=None) -> None:
    """Revoke what one `ssh-keygen -k` input file lists: `serial: N[-M]`, `id: ID` (both for
    the CA given, or any CA with wild_ca), `key:`, `sha1:`, `sha256:` (a public key) and
    `hash: SHA256:...` lines, and plain public key (or certificate) lines."""
    scope_ca = None if wild_ca else ca
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{path}:{number}"
        line = raw.lstrip(" \t")
        for stop in ("#", "\n"):
            if stop in line:
                line = line[:line.index(stop)]
        line = line.rstrip(" \t")
        if not line:
            continue
        lower = line.lower()
        if lower.startswith("serial:"):
            if ca is None and not wild_ca:
                raise SpecError("revoking certificates by serial number requires "
                                "specification of a CA key")
            spec = line[7:].lstrip(" \t")
            lo, rest = _serial(spec, where)
            hi = lo
            if rest.startswith("-"):
                hi, rest2 = _serial(rest[1:], where)
                if not rest[1:] or rest2:
                    raise SpecError(f'{where}: invalid serial "{rest[1:]}"')
                if hi <= lo:
                    raise SpecError(f"{where}: invalid serial range {lo}:{hi}")
            elif rest:
                raise SpecError(f'{where}: invalid serial "{spec}"')
            try:
                krl.revoke_serials(scope_ca, lo, hi)
            except KRLError:
                raise SpecError("revoke serial failed") from None
        elif lower.startswith("id:"):
            if ca is None and not wild_ca:
                raise SpecError("revoking certificates by key ID requires specification of "
                                "a CA key")
            krl.revoke_key_id(scope_ca, line[3:].lstrip(" \t"))
        elif lower.startswith("hash:"):
            value = line[5:].lstrip(" \t")
            if not value.startswith("SHA256:"):
                raise SpecError(f"{where}: unsupported hash algorithm")
            b64 = value[7:]
            try:
                digest = base64.b64decode(b64 + "=" * (-len(b64) % 4), validate=True)
            except (binascii.Error, ValueError):
                raise SpecError(f"{where}: decode hash failed") from None
            if len(digest) != 32:
                raise SpecError("revoke key failed: invalid format")
            krl.revoke_hash(digest)
        else:
            how = None
            for prefix in ("key:", "sha1:", "sha256:"):
                if lower.startswith(prefix):
                    how, line = prefix[:-1], line[len(prefix):].lstrip(" \t")
                    break
            found = await keytext.read(line, engine)
            if found is None:
                raise SpecError(f"{where}: invalid key")
            key = found[0]
            if how == "key":
                krl.revoke_explicit(key)
            elif how == "sha1":
                krl.revoke_hash(hashlib.sha1(keytext.plain_blob(key)).digest())
            elif how == "sha256":
                krl.revoke_hash(hashlib.sha256(keytext.plain_blob(key)).digest())
            else:
                krl.revoke_key(key)


# -- a revoked-keys file: a KRL or a list of public keys (sshkey_check_revoked) ---------------

async def check_revoked(data: bytes, key: Key, engine=None) -> bool:
    """Is `key` (or, for a certificate, its CA) revoked by this file? KRLError when the file is
    neither a KRL nor a list of keys (OpenSSH then treats the key as unusable)."""
    if is_krl(data):
        return (await parse(data, engine=engine)).is_revoked(key)
    for line in data.decode("utf-8", "surrogateescape").splitlines():
        text = line.lstrip(" \t")
        if not text or text[0] == "#":
            continue
        found = await keytext.read(text, engine)
        if found is None:
            raise KRLError("A line of the revoked keys file is not a public key.")
        listed = found[0]
        if keytext.equal_public(key, listed) or \
                (key.certificate is not None and keytext.equal_public(key.certificate.ca, listed)):
            return True
    return False
