"""Known answers: fingerprints and randomart of fixed keys, byte for byte against the text the
referees printed for them.

tests/data/known/ holds public keys (ssh-keygen made the RSA, ECDSA, DSA and Ed25519 ones,
puttygen the Ed448 one; the crafted-* Ed25519 keys were searched for to hit randomart edge
cases: a cell visited often enough to saturate at '^', and a walk that ends where it
started so 'E' covers 'S'). Beside each, the expected output, made once with:
    ssh-keygen -lv -E sha256|md5 -f NAME.pub > NAME.ssh-keygen.HASH.txt    (not Ed448)
    puttygen NAME.pub -l -E sha256|md5 -o NAME.puttygen.HASH.txt
We compose the same text from sshkeys.fingerprint / sshkeys.randomart and compare, and also
check that today's referees still print the stored text (so stale data cannot hide a bug).
"""

import asyncio
from pathlib import Path

import pytest

import referees
import sshkeys

DATA = Path(__file__).parent / "data" / "known"
NAMES = sorted(p.stem for p in DATA.glob("*.pub"))
HASHES = ["sha256", "md5"]
SSH_KEYGEN_CASES = [pytest.param(n, h, id=f"{n}-{h}") for n in NAMES for h in HASHES
                    if (DATA / f"{n}.ssh-keygen.{h}.txt").exists()]
PUTTYGEN_CASES = [pytest.param(n, h, id=f"{n}-{h}") for n in NAMES for h in HASHES]


def load(name: str) -> sshkeys.Key:
    return asyncio.run(sshkeys.load((DATA / f"{name}.pub").read_bytes()))


def expected(name: str, tool: str, hash_name: str) -> str:
    return (DATA / f"{name}.{tool}.{hash_name}.txt").read_text()


def test_the_data_is_there():
    assert len(NAMES) >= 12 and len(SSH_KEYGEN_CASES) >= 22


@pytest.mark.parametrize("name,hash_name", SSH_KEYGEN_CASES)
def test_ssh_keygen_lv(name, hash_name):
    key = load(name)
    ours = (referees.ssh_keygen_line(key.bits, sshkeys.fingerprint(key.public, hash_name),
                                     key.comment, key.type.family)
            + "\n" + sshkeys.randomart(key.public, hash_name) + "\n")
    assert ours == expected(name, "ssh-keygen", hash_name)


@pytest.mark.parametrize("name,hash_name", SSH_KEYGEN_CASES)
def test_describe_agrees(name, hash_name):
    """describe() reports the same fingerprints and the SHA256 randomart."""
    key = load(name)
    info = sshkeys.describe(key)
    lines = expected(name, "ssh-keygen", hash_name).splitlines()
    assert info[hash_name] == lines[0].split()[1]
    if hash_name == "sha256":
        assert info["randomart"] == "\n".join(lines[1:])


@pytest.mark.parametrize("name,hash_name", PUTTYGEN_CASES)
def test_puttygen_l(name, hash_name):
    key = load(name)
    bits = referees.PUTTY_BITS.get(key.type.family, key.bits)
    fp = sshkeys.fingerprint(key.public, hash_name).removeprefix("MD5:")
    assert f"{key.algorithm} {bits} {fp}\n" == expected(name, "puttygen", hash_name)


@pytest.mark.parametrize("name,hash_name", SSH_KEYGEN_CASES)
def test_stored_text_is_what_ssh_keygen_prints(name, hash_name):
    assert referees.ssh_keygen_randomart(DATA / f"{name}.pub", hash_name) + "\n" == \
        expected(name, "ssh-keygen", hash_name)


@pytest.mark.parametrize("name,hash_name", PUTTYGEN_CASES)
def test_stored_text_is_what_puttygen_prints(name, hash_name):
    assert referees.puttygen_fingerprint(DATA / f"{name}.pub", hash_name) + "\n" == \
        expected(name, "puttygen", hash_name)
