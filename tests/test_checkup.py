"""The check-up on files the referees write in each weak setting (known answers), ROCA on the
authors' published moduli, and the one-step fixes proven by ssh-keygen and puttygen."""

import asyncio
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa as crypto_rsa

import referees
import sshkeys
from sshkeys.checkup import check_key, has_roca_structure

PW = "secret words"
DATA = Path(__file__).parent / "data"
ROCA = DATA / "roca"


def findings(data: bytes, passphrase=None) -> set:
    report = asyncio.run(sshkeys.check_file(data, passphrase))
    return {(f["id"], f["severity"]) for f in report["findings"]}


def keygen(tmp_path, keytype, bits=None, passphrase=PW, rounds=None, fmt=None) -> bytes:
    path = tmp_path / "id"
    referees.ssh_keygen_generate(path, keytype, bits, "known answer", passphrase, fmt,
                                 rounds=rounds)
    return path.read_bytes()


def puttygen(tmp_path, keytype, ppk_params, bits=None) -> bytes:
    plain, path = tmp_path / "plain.ppk", tmp_path / "key.ppk"
    referees.puttygen_generate(plain, keytype, bits, "known answer")
    referees.puttygen_convert(plain, path, "private", new_passphrase=PW, ppk_params=ppk_params)
    return path.read_bytes()


NOT_DECRYPTED = ("not-decrypted", "info")

# ssh-keygen here is OpenSSH 9.2, whose default is 16 rounds; -a 24 is what 9.4 and later write.
SSH_KEYGEN_CASES = {
    "ed25519 -a 24 (today's default)": (("ed25519",), {"rounds": 24}, set()),
    "ed25519 -a 8": (("ed25519",), {"rounds": 8}, {("bcrypt-rounds", "weak")}),
    "ed25519 -a 16 (the old default)": (("ed25519",), {"rounds": 16}, {("bcrypt-rounds", "weak")}),
    "ed25519 -a 20": (("ed25519",), {"rounds": 20}, {("bcrypt-rounds", "note")}),
    "ed25519 -N ''": (("ed25519",), {"passphrase": None}, {("no-passphrase", "weak")}),
    "dsa": (("dsa",), {"rounds": 24}, {("dsa", "weak")}),
    "rsa -b 1024": (("rsa", 1024), {"rounds": 24}, {("rsa-size", "weak")}),
    "rsa -b 2048": (("rsa", 2048), {"rounds": 24}, {("rsa-2030", "note")}),
    "rsa -b 3072": (("rsa", 3072), {"rounds": 24}, set()),
    "ecdsa -b 521": (("ecdsa", 521), {"rounds": 24}, {("p521-putty", "note")}),
    "rsa -b 3072 -m PEM": (("rsa", 3072), {"fmt": "PEM"},
                           {("pem-legacy-encryption", "weak"), ("format-age", "note")}),
    "ecdsa -m PKCS8 (2048 PBKDF2 iterations)": (("ecdsa", 256), {"fmt": "PKCS8"},
                                                {("pbkdf2-iterations", "weak")}),
}


@pytest.mark.parametrize("case", list(SSH_KEYGEN_CASES))
def test_ssh_keygen_files(tmp_path, case):
    args, options, expected = SSH_KEYGEN_CASES[case]
    data = keygen(tmp_path, *args, **options)
    passphrase = options.get("passphrase", PW)
    assert findings(data, passphrase) == expected
    if passphrase:
        # Without it: the protection always; key findings only where the public key is in clear.
        in_clear = options.get("fmt") is None
        key_ids = {"dsa", "rsa-size", "rsa-2030", "p521-putty"}
        seen = {f for f in expected if in_clear or f[0] not in key_ids} | {NOT_DECRYPTED}
        assert findings(data) == seen


PUTTYGEN_CASES = {
    "defaults": ("ed25519", None, set()),
    "version=2": ("ed25519", "version=2", {("ppk2", "weak")}),
    "memory=1024,passes=1": ("ed25519", "memory=1024,passes=1", {("argon2-memory", "weak")}),
    "memory=8192,passes=1": ("ed25519", "memory=8192,passes=1", set()),   # PuTTYgen may pick 1
    "rsa 2048 version=2": ("rsa", "version=2", {("ppk2", "weak"), ("rsa-2030", "note")}),
}


@pytest.mark.parametrize("case", list(PUTTYGEN_CASES))
def test_puttygen_files(tmp_path, case):
    keytype, params, expected = PUTTYGEN_CASES[case]
    data = puttygen(tmp_path, keytype, params, 2048 if keytype == "rsa" else None)
    assert findings(data, PW) == expected
    assert findings(data) == expected | {NOT_DECRYPTED}


def test_puttygen_sshcom_file(tmp_path):
    plain, path = tmp_path / "plain.ppk", tmp_path / "key.sshcom"
    referees.puttygen_generate(plain, "rsa", 3072, "known answer")
    referees.puttygen_convert(plain, path, "private-sshcom", new_passphrase=PW)
    assert findings(path.read_bytes(), PW) == {("sshcom-encryption", "weak"), ("format-age", "note")}


def test_cryptography_legacy_pem():
    key = crypto_rsa.generate_private_key(65537, 3072)
    data = key.private_bytes(serialization.Encoding.PEM,
                             serialization.PrivateFormat.TraditionalOpenSSL,
                             serialization.BestAvailableEncryption(PW.encode()))
    assert b"DEK-Info: AES-256-CBC" in data
    assert findings(data, PW) == {("pem-legacy-encryption", "weak"), ("format-age", "note")}


def test_an_unusual_public_exponent_is_a_note():
    key = crypto_rsa.generate_private_key(3, 3072)
    data = key.private_bytes(serialization.Encoding.PEM,
                             serialization.PrivateFormat.TraditionalOpenSSL,
                             serialization.NoEncryption())
    assert findings(data) == {("rsa-exponent", "note"), ("no-passphrase", "weak"),
                              ("format-age", "note")}


@pytest.mark.parametrize("fmt, options, expected", [
    ("openssh", {"rounds": 30}, dict(cipher="aes256-ctr", kdf="bcrypt", rounds=30)),
    ("ppk", {"memory": 4096, "passes": 2, "parallelism": 2},
     dict(cipher="aes256-cbc", kdf="argon2id", memory_kib=4096, passes=2, parallelism=2, version=3)),
    ("ppk", {"version": 2}, dict(cipher="aes256-cbc", kdf="ppk2-sha1", version=2)),
    ("pem", {}, dict(cipher="AES-128-CBC", kdf="evp-md5", rounds=1)),
    ("pkcs8", {"iterations": 5000}, dict(cipher="AES-256-CBC", kdf="pbkdf2", rounds=5000, prf="sha256")),
])
def test_load_surfaces_how_the_file_was_protected(our_key, fmt, options, expected):
    data = asyncio.run(sshkeys.save(our_key("ecdsa256"), fmt, PW, **options))
    loaded = asyncio.run(sshkeys.load(data, PW))
    assert loaded.source == sshkeys.protection(data)
    got = loaded.source.as_dict()
    assert got.pop("format") == fmt and got.pop("private") and got.pop("label")
    assert got == expected
    assert asyncio.run(sshkeys.load(asyncio.run(sshkeys.save(loaded, fmt)))).source.kdf == "none"


def test_pkcs8_pbes1_is_reported_though_we_cannot_decrypt_it():
    data = (DATA / "checkup" / "pbes1-sha1-3des.p8.pem").read_bytes()
    assert sshkeys.protection(data).rounds == 2048
    assert findings(data, "secretwords") == {("pkcs8-pbes1", "weak"), NOT_DECRYPTED}
    assert findings(data) == {("pkcs8-pbes1", "weak"), NOT_DECRYPTED}


@pytest.mark.parametrize("fmt, options", [("openssh", {}), ("ppk", {}), ("pkcs8", {})])
def test_our_own_defaults_with_a_passphrase_are_clean(our_key, fmt, options):
    data = asyncio.run(sshkeys.save(our_key("ed25519"), fmt, PW, **options))
    expected = {("pbkdf2", "note")} if fmt == "pkcs8" else set()
    assert findings(data, PW) == expected


def test_public_files_have_only_key_findings(our_file):
    assert findings(our_file("ed25519", "public-openssh").read_bytes()) == set()
    assert findings(our_file("dsa", "rfc4716").read_bytes()) == {("dsa", "weak")}


# -- ROCA ----------------------------------------------------------------------------------------

def _modulus(name: str) -> int:
    return int((ROCA / name).read_text().strip(), 16)


@pytest.mark.parametrize("name, vulnerable", [
    ("mod01.txt", True), ("mod02.txt", True), ("mod03.txt", True), ("mod08.txt", True),
    ("mod09.txt", True), ("mod04.txt", False), ("mod05.txt", False), ("mod06.txt", False),
    ("mod07.txt", False),
])
def test_roca_on_the_authors_moduli(name, vulnerable):
    assert has_roca_structure(_modulus(name)) is vulnerable


@pytest.mark.parametrize("name, vulnerable", [
    ("ssh06.pub", True), ("ssh01.pub", False), ("ssh02.pub", False), ("ssh05.pub", False)])
def test_roca_on_the_authors_ssh_keys(name, vulnerable):
    data = (ROCA / name).read_bytes()
    ids = {f[0] for f in findings(data)}
    assert ("roca" in ids) is vulnerable


def test_roca_is_not_found_in_keys_we_make(our_key):
    assert not has_roca_structure(our_key("rsa2048").public.n)


# -- one-step fixes --------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["openssh -a 8", "openssh no passphrase", "pem"])
def test_resave_fixes_openssh_protection(tmp_path, case):
    old_pw = None if case == "openssh no passphrase" else PW
    data = keygen(tmp_path, "rsa" if case == "pem" else "ed25519", 3072 if case == "pem" else None,
                  old_pw, rounds=8 if case == "openssh -a 8" else None,
                  fmt="PEM" if case == "pem" else None)
    key = asyncio.run(sshkeys.load(data, old_pw))
    fmt, fixed = asyncio.run(sshkeys.resave(key, "new words"))
    assert fmt == "openssh"
    path = tmp_path / "fixed"
    path.write_bytes(fixed)
    line = referees.ssh_keygen_public(path, "new words")
    assert line.split()[:2] == sshkeys.public_line(key).split()[:2]
    assert findings(fixed, "new words") == set()
    assert sshkeys.protection(fixed).rounds == 24


def test_resave_keeps_a_ppk_a_ppk(tmp_path):
    data = puttygen(tmp_path, "ed25519", "version=2")
    key = asyncio.run(sshkeys.load(data, PW))
    fmt, fixed = asyncio.run(sshkeys.resave(key, PW))
    assert fmt == "ppk" and sshkeys.protection(fixed).version == 3
    path = tmp_path / "fixed.ppk"
    path.write_bytes(fixed)
    numbers = referees.puttygen_text(path, PW)        # decrypts and checks the MAC
    assert numbers["key_type"] == "EdDSA"
    assert findings(fixed, PW) == set()


def test_resave_needs_a_passphrase(our_key):
    with pytest.raises(ValueError, match="passphrase is needed"):
        asyncio.run(sshkeys.resave(our_key("ed25519"), ""))


@pytest.mark.parametrize("keytype, bits, new_type, new_bits", [
    ("dsa", None, "ssh-ed25519", 256), ("rsa", 1024, "ssh-rsa", 4096),
    ("ecdsa", 521, "ecdsa-sha2-nistp521", 521)])
def test_renew_makes_a_new_key_with_the_same_comment(tmp_path, keytype, bits, new_type, new_bits):
    old = asyncio.run(sshkeys.load(keygen(tmp_path, keytype, bits, rounds=24), PW))
    new = asyncio.run(sshkeys.renew(old))
    assert (new.algorithm, new.bits, new.comment) == (new_type, new_bits, "known answer")
    assert sshkeys.fingerprint(new.public) != sshkeys.fingerprint(old.public)
    ids = {f.id for f in check_key(new)}
    assert ids <= {"p521-putty"}       # a note about how a P-521 key is used, not the key
    _, data = asyncio.run(sshkeys.resave(new, PW))
    path = tmp_path / "new"
    path.write_bytes(data)
    assert referees.ssh_keygen_public(path, PW).split()[:2] == sshkeys.public_line(new).split()[:2]
