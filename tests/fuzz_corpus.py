"""Shared by tests/test_fuzz.py and bench/fuzz.py: seed files, mutators and fuzz targets.

Seeds are valid files of every key type, written by ssh-keygen, puttygen and us, encrypted
with the cheapest KDF settings (so a mutated file costs milliseconds, not seconds). Mutators
damage them at the byte level, inside the decoded base64 payload (so the binary parsers see
the damage), and in header values (so cost and length fields take boundary values).

A target feeds one input to one parser. Its promise: it returns, or raises an SSHKeyError
subclass; nothing else, and never slowly (see `guarded`).
"""

import asyncio
import base64
import re
import signal
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "py"))

import referees  # noqa: E402
import sshkeys  # noqa: E402
from sshkeys.engine import get_engine  # noqa: E402
from sshkeys.formats import certline, der, openssh, pem, pkcs8, ppk, pubkey, sshcom  # noqa: E402
from sshkeys.operations import formats_for  # noqa: E402

PW = "fuzz passphrase"
SECONDS = 2.0        # no single input may take longer

# -- seeds --------------------------------------------------------------------------------

SSH_KEYGEN_TYPES = [("ed25519", None), ("rsa", 2048), ("ecdsa", 256), ("ecdsa", 384),
                    ("ecdsa", 521), ("dsa", 1024)]
OUR_SPECS = [("ed25519", None), ("rsa", 2048), ("ecdsa", 256), ("ecdsa", 521), ("dsa", 1024),
             ("ed448", None)]
CHEAP = {"openssh": {"rounds": 1}, "ppk": {"memory": 64, "passes": 1},
         "pkcs8": {"iterations": 1}}
PUTTY_CHEAP = "memory=64,passes=1,parallelism=1"


def _referee_seeds(directory: Path) -> list:
    """(name, data, passphrase) of files ssh-keygen and puttygen wrote."""
    out = []

    def add(name, path, passphrase=None):
        out.append((name, Path(path).read_bytes(), passphrase))

    for family, bits in SSH_KEYGEN_TYPES:
        tag = f"{family}{bits or ''}"
        base = directory / f"kg-{tag}"
        referees.ssh_keygen_generate(base, family, bits, comment=f"kg {tag}")
        add(f"ssh-keygen {tag} openssh", base)
        add(f"ssh-keygen {tag} public line", str(base) + ".pub")
        add(f"ssh-keygen {tag} rfc4716", _write(directory / f"{tag}.4716",
                                                referees.ssh_keygen_export(str(base) + ".pub")))
        if family != "ed25519":         # ssh-keygen cannot export Ed25519 as PKCS8
            add(f"ssh-keygen {tag} pkcs8 public", _write(directory / f"{tag}.spki",
                referees.ssh_keygen_export(str(base) + ".pub", "PKCS8")))
        for fmt in (["PEM"] if family != "ed25519" else []) + ["PKCS8"]:
            copy = _write(directory / f"{tag}.{fmt}", base.read_bytes())
            referees.ssh_keygen_rewrite(copy, None, PW, fmt=fmt)
            add(f"ssh-keygen {tag} {fmt} encrypted", copy, PW)
        enc = _write(directory / f"{tag}.enc", base.read_bytes())
        referees.ssh_keygen_rewrite(enc, None, PW, rounds=1)
        add(f"ssh-keygen {tag} openssh encrypted", enc, PW)
        for output, suffix, ppk_params in (("private", "ppk3", PUTTY_CHEAP),
                                           ("private", "ppk2", "version=2"),
                                           ("private-sshcom", "sshcom", None)):
            if output == "private-sshcom" and family not in ("rsa", "dsa"):
                continue
            for passphrase in (None, PW):
                dest = directory / f"{tag}.{suffix}.{bool(passphrase)}"
                referees.puttygen_convert(base, dest, output, None, passphrase, ppk_params)
                add(f"puttygen {tag} {suffix}{' encrypted' if passphrase else ''}", dest,
                    passphrase)
    ed448 = directory / "ed448.ppk"
    referees.puttygen_generate(ed448, "ed448", comment="putty ed448")
    add("puttygen ed448 ppk3", ed448)
    # Certificates: ssh-keygen -s with options, and PuTTYgen's .ppk carrying one.
    for tag, ca in (("ed25519", "ecdsa256"), ("rsa2048", "ed25519"), ("ecdsa384", "rsa2048")):
        cert = referees.ssh_keygen_sign(directory / f"kg-{ca}", directory / f"kg-{tag}.pub",
                                        f"fuzz {tag}", "-n", "alice,bob", "-V", "20250101:forever",
                                        "-O", "force-command=true", "-O", "no-pty")
        add(f"ssh-keygen {tag} certificate", cert)
        ppk = directory / f"{tag}.ppk3.False"
        with_cert = directory / f"{tag}.cert.ppk"
        referees.run(["puttygen", ppk, "--old-passphrase", referees._passphrase_file(None),
                      "--new-passphrase", referees._passphrase_file(None), "--certificate",
                      cert, "-o", with_cert])
        add(f"puttygen {tag} ppk3 certificate", with_cert)
    return out


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    path.chmod(0o600)
    return path


def _our_seeds() -> list:
    out = []
    for family, bits in OUR_SPECS:
        key = asyncio.run(sshkeys.generate(family, bits, comment=f"ours {family}"))
        for fmt in formats_for(key):
            f = sshkeys.FORMATS[fmt]
            for passphrase in ((None, PW) if f.private else (None,)):
                options = CHEAP.get(fmt, {}) if passphrase else {}
                if fmt == "ppk":
                    options = dict(options, version=3)
                data = asyncio.run(sshkeys.save(key, fmt, passphrase, **options))
                out.append((f"ours {family} {fmt}{' encrypted' if passphrase else ''}", data,
                            passphrase))
        if family != "ed448":
            data = asyncio.run(sshkeys.save(key, "ppk", PW, version=2))
            out.append((f"ours {family} ppk2 encrypted", data, PW))
    return out


def make_seeds(directory) -> list:
    """Every seed: (name, data, passphrase or None)."""
    return _referee_seeds(Path(directory)) + _our_seeds()


# -- mutators -----------------------------------------------------------------------------

BOUNDARY_U32 = [0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0xFFFF, 0x10000, 0x7FFFFFFF,
                0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]
BOUNDARY_TEXT = [b"0", b"1", b"-1", b"", b"4294967295", b"4294967296", b"18446744073709551617",
                 b"1" * 5000, b"0x10", b" 7", b"9" * 30]
INTERESTING = [b"none", b"bcrypt", b"aes256-ctr", b"aes256-cbc", b"3des-cbc", b"ssh-rsa",
               b"ssh-dss", b"ssh-ed25519", b"ssh-ed448", b"ecdsa-sha2-nistp256", b"nistp384",
               b"Argon2-Memory: ", b"Argon2-Passes: ", b"Public-Lines: ", b"Private-Lines: ",
               b"Encryption: aes256-cbc", b"Key-Derivation: Argon2id", b"Proc-Type: 4,ENCRYPTED",
               b"DEK-Info: AES-128-CBC,", b"Comment: ", b"\\", b"\r\n", b"\x00", b"\xff" * 4,
               b"-----END", b"-----BEGIN", b"---- END SSH2", b":", b"=", b"\xef\xbb\xbf"]


def _bytes_op(rng, data: bytes, seeds: list) -> bytes:
    """One random byte-level change."""
    b = bytearray(data)
    n = len(b)
    op = rng.randrange(10)
    if n == 0:
        return bytes(rng.choice(seeds)[1][:rng.randrange(200)])
    i = rng.randrange(n)
    if op == 0:                                         # bit flip
        b[i] ^= 1 << rng.randrange(8)
    elif op == 1:                                       # random byte
        b[i] = rng.randrange(256)
    elif op == 2:                                       # truncate
        del b[i:]
    elif op == 3:                                       # delete a range
        del b[i:i + rng.randrange(1, 64)]
    elif op == 4:                                       # duplicate a range
        j = min(n, i + rng.randrange(1, 64))
        b[i:i] = b[i:j] * rng.randrange(1, 4)
    elif op == 5:                                       # insert random bytes
        b[i:i] = rng.randbytes(rng.randrange(1, 16))
    elif op == 6:                                       # insert an interesting token
        b[i:i] = rng.choice(INTERESTING)
    elif op == 7:                                       # a u32 takes a boundary value
        b[i:i + 4] = struct.pack(">I", rng.choice(BOUNDARY_U32))
    elif op == 8:                                       # splice with another seed
        other = rng.choice(seeds)[1]
        j = rng.randrange(len(other) + 1)
        b = b[:i] + other[j:]
    else:                                               # swap two ranges
        j = rng.randrange(n)
        k = rng.randrange(1, 32)
        b[i:i + k], b[j:j + k] = b[j:j + k], b[i:i + k]
    return bytes(b)


B64_RUN = re.compile(rb"(?:[A-Za-z0-9+/=]{16,}\r?\n?)+|(?<= )[A-Za-z0-9+/]{40,}={0,2}")


def _payload_op(rng, data: bytes, seeds: list) -> bytes:
    """Decode a base64 payload, change the binary, re-encode it with the same line width."""
    runs = list(B64_RUN.finditer(data))
    if not runs:
        return _bytes_op(rng, data, seeds)
    m = rng.choice(runs)
    chunk = m.group()
    lines = chunk.split(b"\n")
    width = max(len(line.rstrip(b"\r")) for line in lines) or 64
    try:
        blob = base64.b64decode(re.sub(rb"\s+", b"", chunk), validate=True)
    except ValueError:
        return _bytes_op(rng, data, seeds)
    for _ in range(rng.randrange(1, 4)):
        blob = _bytes_op(rng, blob, seeds)
    encoded = base64.b64encode(blob)
    if rng.randrange(4) == 0:
        encoded = encoded.rstrip(b"=")
    body = b"\n".join(encoded[i:i + width] for i in range(0, len(encoded), width))
    if chunk.endswith(b"\n"):
        body += b"\n"
    return data[:m.start()] + body + data[m.end():]


HEADER_VALUE = re.compile(rb"(?m)^([A-Za-z][A-Za-z0-9-]*: ?)(.*)$")


def _header_op(rng, data: bytes, seeds: list) -> bytes:
    """A header line's value (PPK, PEM, RFC 4716, ssh.com) becomes a boundary or junk value."""
    heads = list(HEADER_VALUE.finditer(data))
    if not heads:
        return _bytes_op(rng, data, seeds)
    m = rng.choice(heads)
    value = rng.choice(BOUNDARY_TEXT + INTERESTING + [m.group(2) * 2, m.group(2)[:-1]])
    return data[:m.start(2)] + value + data[m.end(2):]


def _line_op(rng, data: bytes, seeds: list) -> bytes:
    lines = data.split(b"\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    op = rng.randrange(3)
    if op == 0:
        del lines[i]
    elif op == 1:
        lines.insert(i, lines[j])
    else:
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


MUTATORS = [_bytes_op, _payload_op, _payload_op, _header_op, _line_op]


def mutate(rng, data: bytes, seeds: list, rounds: int = 0) -> bytes:
    for _ in range(rounds or rng.choice((1, 1, 1, 2, 3))):
        data = rng.choice(MUTATORS)(rng, data, seeds)
    return data


# -- targets ------------------------------------------------------------------------------

class Hang(Exception):
    """The watchdog fired: one input took more than SECONDS."""


def _alarm(signum, frame):
    raise Hang(f"an input took more than {SECONDS} s")


def guarded(fn, *args):
    """fn(*args) with a SIGALRM watchdog (Unix, main thread); SSHKeyError counts as success."""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, SECONDS)
    try:
        return fn(*args)
    except sshkeys.SSHKeyError as e:
        return e
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# Tighter than the defaults (which allow ~10 s of bcrypt): the fuzzer checks that parsers do
# no work the caps do not bound, and the caps themselves are tested in test_bad_input.py.
LIMITS = sshkeys.Limits(bcrypt_rounds=32, argon2_memory_kib=16384, argon2_passes=16,
                        argon2_parallelism=8, pbkdf2_iterations=200_000)


def _run(coro):
    # One reusable loop: asyncio.run() per input would dominate the fuzzing time.
    global _loop
    try:
        loop = _loop
    except NameError:
        loop = _loop = asyncio.new_event_loop()
    return loop.run_until_complete(coro)


def _reader(fmt, *probes):
    """A target for one format: its detector, probes (is_encrypted, read_public) and reader."""
    def target(data: bytes, passphrase) -> None:
        fmt.detect(data)
        for probe in probes:
            try:
                probe(data)
            except sshkeys.SSHKeyError:
                pass
        engine = get_engine()
        for pw in {None, passphrase}:
            try:
                _run(fmt.read(data, pw.encode() if pw else None, engine, LIMITS))
            except sshkeys.SSHKeyError:
                pass
    return target


def _load(data: bytes, passphrase) -> None:
    for probe in (sshkeys.detect_format, sshkeys.is_encrypted):
        try:
            probe(data)
        except sshkeys.SSHKeyError:
            pass
    try:
        _run(sshkeys.load_public(data, limits=LIMITS))
    except sshkeys.SSHKeyError:
        pass
    key = _run(sshkeys.load(data, passphrase, limits=LIMITS))
    sshkeys.describe(key)       # a loaded key must also be showable and savable
    for fmt in formats_for(key):         # unencrypted: no KDF work
        try:
            _run(sshkeys.save(key, fmt, None))
        except ValueError as e:
            # save() documents ValueError for a comment it will not write (control
            # characters, over 1024 bytes), which a loaded file may carry.
            if "comment" not in str(e):
                raise


def _walk(r, budget: list) -> None:
    """Read every element of a DER body, descending into constructed ones."""
    while not r.empty:
        budget[0] -= 1
        assert budget[0] > 0, "the DER walk did not end"
        tag = r.peek()
        if tag & 0x20:
            _walk(r._child(r.element()[1]), budget)
        else:
            {der.INTEGER: r.integer, der.OID: r.oid, der.BIT_STRING: r.bit_string,
             der.NULL: r.null}.get(tag, r.element)()


def _der(data: bytes, passphrase) -> None:
    """The DER decoder alone, on the body of a PEM block (or the raw bytes)."""
    try:
        body = pem.unarmor(data)[2]
    except sshkeys.SSHKeyError:
        body = data
    _walk(der.Reader(body), [1 << 20])


# target -> (the seeds it starts from: a predicate on the seed name, the parser)
TARGETS = {
    "openssh": (lambda n: "openssh" in n and "public" not in n,
                _reader(openssh.FORMAT, openssh.is_encrypted, openssh.read_public)),
    "public-line": (lambda n: "public line" in n or "public-openssh" in n,
                    _reader(pubkey.OPENSSH_FORMAT)),
    "rfc4716": (lambda n: "4716" in n, _reader(pubkey.RFC4716_FORMAT)),
    "ppk": (lambda n: "ppk" in n, _reader(ppk.FORMAT, ppk.is_encrypted, ppk.read_public)),
    "pem": (lambda n: "PEM" in n or " pem" in n, _reader(pem.FORMAT, pem.FORMAT.is_encrypted)),
    "pkcs8": (lambda n: "PKCS8" in n or "pkcs8" in n,
              _reader(pkcs8.FORMAT, pkcs8.FORMAT.is_encrypted)),
    "public-pem": (lambda n: "public-pem" in n or "pkcs8 public" in n,
                   _reader(pkcs8.PUBLIC_FORMAT)),
    "der": (lambda n: any(m in n for m in ("PEM", " pem", "PKCS8", "pkcs8", "public-pem")), _der),
    "sshcom": (lambda n: "sshcom" in n, _reader(sshcom.FORMAT, sshcom.FORMAT.is_encrypted)),
    "certificate": (lambda n: "certificate" in n, _reader(certline.FORMAT)),
    "load": (lambda n: True, _load),
}


def seeds_for(target: str, seeds: list) -> list:
    chosen = [s for s in seeds if TARGETS[target][0](s[0])]
    assert chosen, f"no seeds for {target}"
    return chosen
