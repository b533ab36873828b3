"""Caps on what an untrusted file controls, at every entry point, before the costly work.

test_bad_input.py covers the KDF costs (bcrypt rounds, Argon2, PBKDF2); these cover file
size, RSA size, and RSA numbers whose size the file sets (see SECURITY.md's table).
"""

import asyncio
import random
import time

import pytest

import sshkeys
from sshkeys import Limits
from sshkeys.keys import RSAPrivateKey


def run(coro):
    return asyncio.run(coro)


def test_every_cap_has_a_default_and_can_be_overridden():
    fields = Limits.__dataclass_fields__
    assert set(fields) == {"bcrypt_rounds", "argon2_memory_kib", "argon2_passes",
                           "argon2_parallelism", "pbkdf2_iterations", "rsa_bits", "file_bytes",
                           "message_bytes"}
    for name in fields:
        assert getattr(Limits(**{name: 7}), name) == 7


def test_file_size_is_capped_at_every_entry_point(our_key):
    line = sshkeys.public_line(our_key("ed25519")).encode()
    big = line + b" " + b"x" * Limits().file_bytes + b"\n"
    for call in (lambda: run(sshkeys.load(big)), lambda: run(sshkeys.load_public(big)),
                 lambda: sshkeys.is_encrypted(big)):
        with pytest.raises(sshkeys.FormatError, match="bytes"):
            call()
    roomy = Limits(file_bytes=len(big))
    assert run(sshkeys.load_public(big, limits=roomy)).public == our_key("ed25519").public
    assert sshkeys.is_encrypted(big, limits=roomy) is False


RSA_FORMATS = ["openssh", "ppk", "pem", "pkcs8", "public-openssh", "rfc4716", "public-pem"]


@pytest.mark.parametrize("fmt", RSA_FORMATS)
def test_a_lower_rsa_cap_refuses_every_format(our_key, fmt):
    key = our_key("rsa2048")
    options = {"version": 2} if fmt == "ppk" else {}
    data = run(sshkeys.save(key, fmt, **options))
    assert run(sshkeys.load(data)).public == key.public
    for call in (sshkeys.load, sshkeys.load_public):
        with pytest.raises(sshkeys.CostLimitError, match="Limits.rsa_bits"):
            run(call(data, limits=Limits(rsa_bits=2047)))


@pytest.mark.parametrize("fmt", ["openssh", "ppk"])
def test_rsa_primes_of_any_size_fail_fast(our_key, fmt):
    """The private fields' sizes are the file's choice: two 2.5-megabit 'primes' (a ~800 KB
    file) must be refused by a range check, not after multiplying them (over a second)."""
    key = our_key("rsa2048")
    rng = random.Random(1)
    p, q = (rng.getrandbits(2_500_000) | 1 for _ in range(2))
    bad = sshkeys.Key(key.public, RSAPrivateKey(key.public, key.private.d, p, q,
                                                key.private.iqmp), key.comment)
    data = run(sshkeys.save(bad, fmt, **({"version": 2} if fmt == "ppk" else {})))
    assert len(data) < Limits().file_bytes
    start = time.perf_counter()
    with pytest.raises(sshkeys.InvalidKeyError):
        run(sshkeys.load(data))
    assert time.perf_counter() - start < 0.5
