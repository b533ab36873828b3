"""ssh-mldsa44-ed25519@openssh.com, OpenSSH 10.4+'s experimental post-quantum composite key.

No OpenSSH with this type is served by the package registries, so the proof is published data
(tests/data/mldsa/ORIGIN.md says where each file comes from):
  - NIST's ACVP vectors for FIPS 204: ML-DSA-44 key generation from a seed, in both engines;
    signature verification (ML-DSA.Verify_internal) against the library each engine uses.
  - OpenSSH's own test keys, made by ssh-keygen 10.5: each opens to the public line, SHA-256
    fingerprint and Bubble Babble OpenSSH stored for it, with the passphrase-protected one too,
    and OpenSSH's certificate of key #1 loads (its CA signature checked) and re-encodes to the
    same bytes; what we write of those keys differs from OpenSSH's file only in the random
    check integers.
  - The IETF LAMPS composite MLDSA44-Ed25519-SHA512 vector OpenSSH tests with: the key its two
    seeds expand to, and its signatures with and without a context, in both engines.
  - The browser engine (@noble/post-quantum under Pyodide in Node) and the native one
    (cryptography on OpenSSL) verify each other's signatures and read each other's files.
"""

import asyncio
import base64
import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import sshkeys
from sshkeys import operations, signature
from sshkeys.keygen_listing import show
from sshkeys.checkup import check_file
from sshkeys.engine.native import NativeEngine
from sshkeys.fingerprint import bubblebabble
from sshkeys.formats import openssh
from sshkeys.keys import Key, mldsa
from sshkeys.wire import string

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "mldsa"
OPENSSH = DATA / "openssh"
PASSWORD = "mekmitasdigoat"           # mktestdata.sh's PW
KEYS = ["mldsa44_ed25519_1", "mldsa44_ed25519_2"]
NATIVE = NativeEngine()


def run(coroutine):
    return asyncio.run(coroutine)


def vectors(name: str):
    return json.loads((DATA / name).read_text())


def lamps() -> dict:
    return {k: base64.b64decode(v) for k, v in vectors("draft-ietf-lamps-pq-composite-sigs.json").items()}


def openssh_key(name: str = "mldsa44_ed25519_1") -> Key:
    return run(sshkeys.load((OPENSSH / name).read_bytes()))


def stored(name: str) -> str:
    return (OPENSSH / name).read_text().strip()


# -- FIPS 204 (ACVP) and OpenSSH's ML-DSA-44 known answers, native engine -----------------------

KEYGEN = vectors("acvp-keygen-mldsa44.json")["tests"]
SIGVER = vectors("acvp-sigver-mldsa44.json")
NISTKATS = vectors("nistkats-44-first10.json")


@pytest.mark.parametrize("case", KEYGEN, ids=lambda c: f"tc{c['tcId']}")
def test_acvp_keygen_native(case):
    public = run(NATIVE.mldsa_public("ml-dsa-44", bytes.fromhex(case["seed"])))
    assert public.hex().upper() == case["pk"]


def test_openssh_kat_public_keys_native():
    for kat in NISTKATS:
        public = run(NATIVE.mldsa_public("ml-dsa-44", bytes.fromhex(kat["key_generation_seed"])))
        assert hashlib.sha3_256(public).hexdigest() == kat["sha3_256_hash_of_verification_key"]


def internal_mu(public: bytes, message: bytes) -> bytes:
    """FIPS 204 algorithm 8, steps 6-7: mu = H(H(pk, 64) || M', 64), H being SHAKE256."""
    return hashlib.shake_256(hashlib.shake_256(public).digest(64) + message).digest(64)


@pytest.mark.parametrize("case", SIGVER["tests"], ids=lambda c: f"tc{c['tcId']}-{c['reason']}")
def test_acvp_sigver_native_library(case):
    """ACVP's sigVer vectors test ML-DSA.Verify_internal, which no engine call exposes (SSH
    signs with a context): cryptography's verify_mu, on the mu those steps give, checks the
    very library the native engine's verify_mldsa calls."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import mldsa as pyca_mldsa
    public = bytes.fromhex(SIGVER["pk"])
    key = pyca_mldsa.MLDSA44PublicKey.from_public_bytes(public)
    mu = internal_mu(public, bytes.fromhex(case["message"]))
    try:
        key.verify_mu(bytes.fromhex(case["signature"]), mu)
        verified = True
    except InvalidSignature:
        verified = False
    assert verified is case["testPassed"]


def test_engine_signs_and_verifies_with_a_context():
    seed = bytes(range(32))
    public = run(NATIVE.mldsa_public("ml-dsa-44", seed))
    sig = run(NATIVE.sign_mldsa("ml-dsa-44", seed, b"message", b"ctx"))
    assert len(sig) == 2420
    assert run(NATIVE.verify_mldsa("ml-dsa-44", public, b"message", sig, b"ctx"))
    assert not run(NATIVE.verify_mldsa("ml-dsa-44", public, b"message", sig, b""))
    assert not run(NATIVE.verify_mldsa("ml-dsa-44", public, b"message", sig[:-1], b"ctx"))
    # hedged, as OpenSSH signs: fresh randomness each time
    assert sig != run(NATIVE.sign_mldsa("ml-dsa-44", seed, b"message", b"ctx"))


def test_native_engine_reports_ml_dsa():
    assert "mldsa44-ed25519" in NATIVE.families
    assert run(NATIVE.primitives())["ML-DSA-44"] == "cryptography"


# -- the composite (LAMPS MLDSA44-Ed25519-SHA512, as OpenSSH uses it) ---------------------------

def test_lamps_vector_native():
    v = lamps()
    key = run(mldsa.from_seeds(NATIVE, v["sk"]))
    assert key.public.data == v["pk"]
    assert run(key.public.verify(NATIVE, v["m"], v["s"]))
    assert run(key.public.verify(NATIVE, v["m"], v["sWithContext"], v["ctx"]))
    assert not run(key.public.verify(NATIVE, v["m"], v["s"], v["ctx"]))
    for at in (0, mldsa.MLDSA_SIGNATURE - 1, mldsa.MLDSA_SIGNATURE, mldsa.SIGNATURE_SIZE - 1):
        bad = bytearray(v["s"])
        bad[at] ^= 1            # either half wrong is wrong
        assert not run(key.public.verify(NATIVE, v["m"], bytes(bad)))
    assert not run(key.public.verify(NATIVE, v["m"] + b".", v["s"]))


def test_ssh_signature_blob_is_openssh_s():
    """string "ssh-mldsa44-ed25519@openssh.com", string (2420 + 64 bytes), empty context."""
    key = openssh_key()
    blob = run(signature.sign(key.private, b"data", NATIVE))
    algorithm, raw = blob[4:4 + 31].decode(), blob[4 + 31 + 4:]
    assert algorithm == mldsa.NAME and len(raw) == 2484
    assert run(signature.verify(key.public, b"data", blob, NATIVE))
    assert run(key.public.verify(NATIVE, b"data", raw))
    assert not run(signature.verify(key.public, b"other", blob, NATIVE))


# -- OpenSSH 10.5's own test keys ------------------------------------------------------------

@pytest.mark.parametrize("name", KEYS)
def test_openssh_keys_open_to_openssh_s_line_fingerprint_and_bubblebabble(name):
    key = openssh_key(name)
    assert key.has_private and key.bits == 256
    assert key.comment == f"MLDSA44-ED25519 test key #{name[-1]}"
    assert sshkeys.public_line(key) == stored(f"{name}.pub")
    assert sshkeys.fingerprint(key.public) == stored(f"{name}.fp")
    assert bubblebabble(key.public) == stored(f"{name}.fp.bb")
    public = run(sshkeys.load((OPENSSH / f"{name}.pub").read_bytes()))
    assert public.public == key.public and public.comment == key.comment
    info = sshkeys.describe(key)
    assert info["randomart"].splitlines()[0] == "+[MLDSA44-ED25519-+"     # sshkey.c's cut title
    assert info["file_stem"] == "id_mldsa44_ed25519"


def test_passphrase_protected_openssh_key():
    data = (OPENSSH / "mldsa44_ed25519_1_pw").read_bytes()
    assert sshkeys.protection(data).kdf == "bcrypt"
    with pytest.raises(sshkeys.PassphraseRequired):
        run(sshkeys.load(data))
    with pytest.raises(sshkeys.WrongPassphrase):
        run(sshkeys.load(data, "not it"))
    key = run(sshkeys.load(data, PASSWORD))
    plain = openssh_key()
    assert (key.public, key.private, key.comment) == (plain.public, plain.private, plain.comment)
    # its public half is readable without the passphrase, as in every OpenSSH file
    assert run(sshkeys.load_public(data)).public == plain.public


@pytest.mark.parametrize("name", KEYS)
def test_what_we_write_differs_from_openssh_s_file_only_in_the_check_integers(name):
    ours = openssh._unarmor(run(sshkeys.save(openssh_key(name), "openssh")))
    theirs = openssh._unarmor((OPENSSH / name).read_bytes())
    assert len(ours) == len(theirs)
    differ = [i for i in range(len(ours)) if ours[i] != theirs[i]]
    # the two random uint32 check integers open the private section: 8 bytes, nothing else
    assert differ and differ[-1] - differ[0] < 8 and len(differ) <= 8
    start = theirs.index(theirs[differ[0] - 4:differ[0]]) + 4
    assert ours[:start] == theirs[:start] and ours[start + 8:] == theirs[start + 8:]


@pytest.mark.parametrize("passphrase", [None, "a passphrase"])
def test_generated_key_round_trips(passphrase):
    key = run(sshkeys.generate("mldsa44-ed25519", comment="pq@example"))
    assert key.algorithm == mldsa.NAME and key.bits == 256
    data = run(sshkeys.save(key, "openssh", passphrase))
    again = run(sshkeys.load(data, passphrase))
    assert (again.public, again.private, again.comment) == (key.public, key.private, key.comment)
    assert sshkeys.public_line(again) == sshkeys.public_line(key)
    for fmt in ("public-openssh", "rfc4716"):
        assert run(sshkeys.load(run(sshkeys.save(key, fmt)))).public == key.public


def test_openssh_certificate_loads_and_reencodes_to_its_bytes(monkeypatch):
    data = (OPENSSH / "mldsa44_ed25519_1-cert.pub").read_bytes()
    key = run(sshkeys.load(data))               # the CA's Ed25519 signature is checked
    cert = key.certificate
    assert key.public == openssh_key().public
    assert cert.algorithm == "ssh-mldsa44-ed25519-cert-v01@openssh.com"
    assert (cert.type_name, cert.key_id, cert.principals, cert.serial) == \
        ("host", "julius", ("host1", "host2"), 8)
    assert sshkeys.fingerprint(key.public) == stored("mldsa44_ed25519_1-cert.fp")
    assert replace(cert, blob=b"").to_blob() == base64.b64decode(data.split()[1])
    assert operations.certificate_file(key) == data
    assert show(cert).splitlines()[1].strip().startswith(
        "Public key: MLDSA44-ED25519-CERT SHA256:")


def test_certificates_by_and_for_the_composite_key():
    ca = run(sshkeys.generate("mldsa44-ed25519", comment="pq ca"))
    for subject in (openssh_key().public_only(), run(sshkeys.generate("ed25519"))):
        certified = run(operations.sign_certificate(ca, subject, "someone",
                                                    principals=("alice",), serial=7))
        cert = certified.certificate
        assert cert.signature_algorithm == mldsa.NAME
        line = operations.certificate_file(certified)
        again = run(sshkeys.load(line))         # parses and checks the composite signature
        assert again.certificate.ca == ca.public and again.public == subject.public
        tampered = bytearray(cert.to_blob())
        tampered[-100] ^= 1                     # inside the Ed25519 half of the signature
        forged = line.split()[0] + b" " + base64.b64encode(bytes(tampered)) + b"\n"
        with pytest.raises(sshkeys.CertificateError, match="does not verify"):
            run(sshkeys.load(forged))


def test_checkup_says_experimental():
    report = run(check_file((OPENSSH / "mldsa44_ed25519_1.pub").read_bytes()))
    finding, = [f for f in report["findings"] if f["id"] == "mldsa44-ed25519"]
    assert finding["severity"] == "note"
    assert "experimental" in finding["message"] and "OpenSSH 10.4" in finding["message"]
    assert "PuTTY cannot use it" in finding["message"]
    assert "PubkeyAcceptedAlgorithms" in finding["message"]
    assert sshkeys.KEY_TYPES[mldsa.NAME].note


# -- what cannot hold it, and bad input: one sentence each -------------------------------------

@pytest.mark.parametrize("fmt", ["ppk", "pem", "pkcs8", "public-pem"])
def test_formats_that_cannot_hold_it_say_so(fmt):
    key = openssh_key()
    with pytest.raises(sshkeys.UnsupportedError) as caught:
        run(sshkeys.save(key, fmt))
    message = str(caught.value)
    assert message.endswith("cannot hold mldsa44-ed25519 keys; save it in OpenSSH format.")
    assert message.count(".") <= 3 and "\n" not in message
    assert fmt not in operations.formats_for(key)


def composite_line(public: bytes) -> bytes:
    blob = b"".join(len(p).to_bytes(4, "big") + p for p in (mldsa.NAME.encode(), public))
    return mldsa.NAME.encode() + b" " + base64.b64encode(blob) + b" bad\n"


def test_a_public_key_of_the_wrong_length_is_one_sentence():
    good = openssh_key().public.data
    for data in (good[:-1], good + b"\0", good[:mldsa.MLDSA_PUBLIC]):
        with pytest.raises(sshkeys.InvalidKeyError,
                           match=r"^An mldsa44-ed25519 public key must be 1344 bytes "
                                 r"\(ML-DSA-44 1312 \+ Ed25519 32\), not \d+\.$"):
            run(sshkeys.load(composite_line(data)))


def test_an_ed25519_half_that_is_no_point_is_one_sentence():
    good = openssh_key().public.data
    # y = 2 is not the y of any Ed25519 point (x^2 would be a non-residue)
    bad = good[:mldsa.MLDSA_PUBLIC] + (2).to_bytes(32, "little")
    with pytest.raises(sshkeys.InvalidKeyError, match=r"^The ed25519 public key is not a point"):
        run(sshkeys.load(composite_line(bad)))


def private_file(public: bytes, seeds: bytes) -> bytes:
    """An unencrypted openssh-key-v1 file with these fields, laid out as OpenSSH does."""
    s = lambda b: len(b).to_bytes(4, "big") + b       # noqa: E731
    blob = s(mldsa.NAME.encode()) + s(public)
    section = b"\1\2\3\4" * 2 + s(mldsa.NAME.encode()) + s(public) + s(seeds) + s(b"c")
    section += bytes(range(1, 1 + (-len(section) % 8)))
    body = (b"openssh-key-v1\0" + s(b"none") + s(b"none") + s(b"") + (1).to_bytes(4, "big")
            + s(blob) + s(section))
    text = base64.b64encode(body).decode()
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "".join(text[i:i + 70] + "\n" for i in range(0, len(text), 70))
            + "-----END OPENSSH PRIVATE KEY-----\n").encode()


def test_private_seeds_of_the_wrong_length_or_another_key_are_one_sentence():
    key = openssh_key()
    public, seeds = key.public.data, key.private.seeds
    assert run(sshkeys.load(private_file(public, seeds))).private == key.private
    with pytest.raises(sshkeys.InvalidKeyError, match=r"^An mldsa44-ed25519 private key must be "
                                                      r"64 bytes \(two 32-byte seeds\), not 63\.$"):
        run(sshkeys.load(private_file(public, seeds[:-1])))
    other = openssh_key("mldsa44_ed25519_2").private.seeds
    with pytest.raises(sshkeys.InvalidKeyError,
                       match="^The ML-DSA-44 private key does not match its public key.$"):
        run(sshkeys.load(private_file(public, other[:32] + seeds[32:])))
    with pytest.raises(sshkeys.InvalidKeyError,
                       match="^The Ed25519 half of the private key does not match its public key.$"):
        run(sshkeys.load(private_file(public, seeds[:32] + other[32:])))


def test_a_signature_of_the_wrong_size_is_one_sentence():
    ca = openssh_key()
    certified = run(operations.sign_certificate(ca, run(sshkeys.generate("ed25519")), "x"))
    cert = certified.certificate
    raw = cert.signature[-2484:]
    assert cert.signature == string(mldsa.NAME) + string(raw)
    short = cert.signed_part() + string(string(mldsa.NAME) + string(raw[:-1]))
    line = cert.algorithm.encode() + b" " + base64.b64encode(short) + b"\n"
    with pytest.raises(sshkeys.CertificateError,
                       match=r"^The certificate's signature is unusable: The mldsa44-ed25519 "
                             r"signature is 2483 bytes, not 2484 \(ML-DSA-44 2420 \+ Ed25519 64\)\.$"):
        run(sshkeys.load(line))


def test_a_ppk_claiming_the_type_is_one_sentence():
    """No PuTTY makes this type: a .ppk naming it was not made by PuTTYgen."""
    key = openssh_key()
    public = base64.b64encode(string(mldsa.NAME) + string(key.public.data)).decode()
    lines = [public[i:i + 64] for i in range(0, len(public), 64)]
    text = (f"PuTTY-User-Key-File-3: {mldsa.NAME}\nEncryption: none\nComment: x\n"
            f"Public-Lines: {len(lines)}\n" + "\n".join(lines)
            + f"\nPrivate-Lines: 1\nAAAA\nPrivate-MAC: {'00' * 32}\n").encode()
    for read in (sshkeys.load, sshkeys.load_public):
        with pytest.raises(sshkeys.UnsupportedError,
                           match="^PuTTY .ppk files do not hold mldsa44-ed25519 keys; this file "
                                 "was not made by PuTTYgen.$"):
            run(read(text))


def test_puttygen_style_cli_reads_and_dumps_it(tmp_path):
    from sshkeys.cli import dump
    key = openssh_key()
    text = dump(key)
    assert text.startswith('key_type="MLDSA44-Ed25519"\npublic_mldsa44=b64("')
    assert f'private_mldsa44_seed=b64("{base64.b64encode(key.private.mldsa_seed).decode()}")' in text
    r = subprocess.run([sys.executable, "-m", "sshkeys", str(OPENSSH / "mldsa44_ed25519_1"),
                        "-O", "public-openssh", "-o", str(tmp_path / "out.pub")],
                       capture_output=True, text=True, timeout=120,
                       env={"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.pub").read_text().strip() == stored("mldsa44_ed25519_1.pub")


# -- sshkeys-keygen -t mldsa44-ed25519 --------------------------------------------------------

def keygen(home, *args, status=0):
    from test_keygen_cli import ours
    return ours(home, *args, status=status)


def test_keygen_makes_reads_and_rewrites_it(tmp_path):
    home = tmp_path
    out = keygen(home, "-t", "mldsa44-ed25519", "-N", "", "-C", "pq@host", "-f", "id_pq")
    assert "Generating public/private mldsa44-ed25519 key pair." in out.stdout
    assert "+[MLDSA44-ED25519-+" in out.stdout
    key = run(sshkeys.load((home / "id_pq").read_bytes()))
    line = (home / "id_pq.pub").read_text()
    assert line == sshkeys.public_line(key) + "\n" and line.endswith(" pq@host\n")
    assert keygen(home, "-y", "-f", "id_pq").stdout == line
    assert keygen(home, "-l", "-f", "id_pq").stdout == \
        f"256 {sshkeys.fingerprint(key.public)} pq@host (MLDSA44-ED25519)\n"
    assert keygen(home, "-B", "-f", "id_pq").stdout.split()[1] == bubblebabble(key.public)
    keygen(home, "-p", "-N", "new pass", "-f", "id_pq")
    assert sshkeys.protection((home / "id_pq").read_bytes()).kdf == "bcrypt"
    keygen(home, "-c", "-C", "renamed", "-P", "new pass", "-f", "id_pq")
    again = run(sshkeys.load((home / "id_pq").read_bytes(), "new pass"))
    assert (again.private, again.comment) == (key.private, "renamed")
    assert (home / "id_pq.pub").read_text().endswith(" renamed\n")
    # -m PEM does not apply to it: ssh-keygen writes OpenSSH's format, and so do we
    keygen(home, "-t", "ssh-mldsa44-ed25519@openssh.com", "-m", "PEM", "-N", "", "-f", "id_pem")
    assert sshkeys.detect_format((home / "id_pem").read_bytes()) == "openssh"
    err = keygen(home, "-e", "-m", "PKCS8", "-f", "id_pq.pub", status=255).stderr
    assert err.strip().endswith("unsupported key type MLDSA44-ED25519")


def test_keygen_certificates_with_it(tmp_path):
    home = tmp_path
    keygen(home, "-q", "-t", "mldsa44-ed25519", "-N", "", "-C", "ca", "-f", "ca")
    keygen(home, "-q", "-t", "mldsa44-ed25519", "-N", "", "-C", "user", "-f", "user")
    keygen(home, "-s", "ca", "-I", "alice", "-n", "alice", "-V", "always:forever", "user.pub")
    listing = keygen(home, "-L", "-f", "user-cert.pub").stdout
    assert "Type: ssh-mldsa44-ed25519-cert-v01@openssh.com user certificate" in listing
    assert f"(using {mldsa.NAME})" in listing


def test_default_file_name(tmp_path):
    r = subprocess.run([sys.executable, "-m", "sshkeys.keygen", "-t", "mldsa44-ed25519", "-N", ""],
                       input="\n", capture_output=True, text=True, timeout=120, cwd=tmp_path,
                       env={"PYTHONPATH": str(ROOT / "py"), "HOME": str(tmp_path),
                            "PATH": "/usr/bin:/bin", "LC_ALL": "C"})
    assert r.returncode == 0, r.stderr
    assert f"({tmp_path}/.ssh/id_mldsa44_ed25519)" in r.stdout
    assert (tmp_path / ".ssh" / "id_mldsa44_ed25519.pub").is_file()


# -- the browser engine: @noble/post-quantum under Pyodide in Node -----------------------------

BROWSER_HELPERS = "\n".join([
    "import base64, hashlib",
    "import sshkeys",
    "from sshkeys import operations, signature",
    "from sshkeys.engine import get_engine",
    "from sshkeys.fingerprint import bubblebabble",
    "from sshkeys.keys import mldsa",
    "engine = get_engine()",
    "keys = {}",
])


@pytest.fixture(scope="module")
def pyodide(built_dist):
    from node_host import PyodideHost
    host = PyodideHost(built_dist)
    host.run(BROWSER_HELPERS)
    yield host
    host.close()


def test_browser_engine_reports_ml_dsa(pyodide):
    assert pyodide.run("engine.name") == "browser"
    assert "mldsa44-ed25519" in pyodide.run("list(engine.families)")
    assert pyodide.run("(await engine.primitives())['ML-DSA-44']") == "@noble/post-quantum"


def test_acvp_keygen_and_openssh_kats_browser(pyodide):
    seeds = [bytes.fromhex(c["seed"]) for c in KEYGEN]
    publics = pyodide.run(f"[await engine.mldsa_public('ml-dsa-44', s) for s in {seeds!r}]")
    assert [p.hex().upper() for p in publics] == [c["pk"] for c in KEYGEN]
    seeds = [bytes.fromhex(k["key_generation_seed"]) for k in NISTKATS]
    hashes = pyodide.run(f"[hashlib.sha3_256(await engine.mldsa_public('ml-dsa-44', s))"
                         f".hexdigest() for s in {seeds!r}]")
    assert hashes == [k["sha3_256_hash_of_verification_key"] for k in NISTKATS]


def test_lamps_vector_browser(pyodide):
    v = lamps()
    assert pyodide.run(
        f"key = await mldsa.from_seeds(engine, {v['sk']!r})\n"
        f"(key.public.data == {v['pk']!r},\n"
        f" await key.public.verify(engine, {v['m']!r}, {v['s']!r}),\n"
        f" await key.public.verify(engine, {v['m']!r}, {v['sWithContext']!r}, {v['ctx']!r}),\n"
        f" await key.public.verify(engine, {v['m']!r}, {v['s']!r}, {v['ctx']!r}),\n"
        f" await key.public.verify(engine, {v['m']!r}, {v['s'][:-1]!r}))") == \
        [True, True, True, False, False]


@pytest.mark.parametrize("name", KEYS)
def test_openssh_keys_in_the_browser(pyodide, name):
    data = (OPENSSH / name).read_bytes()
    line, fp, bb = pyodide.run(f"key = await sshkeys.load({data!r})\n"
                               f"(sshkeys.public_line(key), sshkeys.fingerprint(key.public),"
                               f" bubblebabble(key.public))")
    assert (line, fp, bb) == (stored(f"{name}.pub"), stored(f"{name}.fp"), stored(f"{name}.fp.bb"))


def test_openssh_passphrase_key_and_certificate_in_the_browser(pyodide):
    pw = (OPENSSH / "mldsa44_ed25519_1_pw").read_bytes()
    cert = (OPENSSH / "mldsa44_ed25519_1-cert.pub").read_bytes()
    line, cert_fp, key_id = pyodide.run(
        f"key = await sshkeys.load({pw!r}, {PASSWORD!r})\n"
        f"c = await sshkeys.load({cert!r})\n"
        f"(sshkeys.public_line(key), sshkeys.fingerprint(c.public), c.certificate.key_id)")
    assert (line, cert_fp, key_id) == (stored("mldsa44_ed25519_1.pub"),
                                       stored("mldsa44_ed25519_1-cert.fp"), "julius")


@pytest.mark.parametrize("passphrase", [None, "a passphrase"])
def test_browser_made_keys_read_natively_and_back(pyodide, passphrase):
    data = pyodide.run(f"keys['b'] = await sshkeys.generate('mldsa44-ed25519', comment='made in pyodide')\n"
                       f"await sshkeys.save(keys['b'], 'openssh', {passphrase!r})")
    native = run(sshkeys.load(data, passphrase))
    assert native.comment == "made in pyodide" and native.algorithm == mldsa.NAME
    assert pyodide.run("sshkeys.public_line(keys['b'])") == sshkeys.public_line(native)
    # and a natively made file reads in the browser to the same key
    ours = run(sshkeys.generate("mldsa44-ed25519", comment="native"))
    data = run(sshkeys.save(ours, "openssh", passphrase))
    seeds = pyodide.run(f"k = await sshkeys.load({data!r}, {passphrase!r})\n"
                        f"(k.private.seeds, sshkeys.public_line(k))")
    assert seeds == [ours.private.seeds, sshkeys.public_line(ours)]


def test_signatures_cross_between_engines(pyodide):
    key = openssh_key()
    data = (OPENSSH / "mldsa44_ed25519_1").read_bytes()
    pyodide.run(f"keys['o'] = await sshkeys.load({data!r})")
    blob = pyodide.run("await signature.sign(keys['o'].private, b'across', engine)")
    assert run(signature.verify(key.public, b"across", blob, NATIVE))
    assert not run(signature.verify(key.public, b"acr0ss", blob, NATIVE))
    ours = run(signature.sign(key.private, b"back", NATIVE))
    assert pyodide.run(f"(await signature.verify(keys['o'].public, b'back', {ours!r}, engine),"
                       f" await signature.verify(keys['o'].public, b'bock', {ours!r}, engine))") \
        == [True, False]


def test_browser_signed_certificates_verify_natively(pyodide):
    subject = run(sshkeys.generate("ed25519", comment="subject"))
    line = sshkeys.public_line(subject).encode()
    cert_file = pyodide.run(
        f"ca = await sshkeys.generate('mldsa44-ed25519')\n"
        f"subject = await sshkeys.load({line!r})\n"
        f"certified = await operations.sign_certificate(ca, subject, 'id', principals=('p',))\n"
        f"operations.certificate_file(certified)")
    loaded = run(sshkeys.load(cert_file))        # the composite CA signature checked natively
    assert loaded.public == subject.public
    assert loaded.certificate.signature_algorithm == mldsa.NAME
