"""The keys we generate are good keys, over many of them, from both engines.

For each key: RSA moduli of exactly the requested size from two distinct probable primes of
half that size, far apart (|p - q| > 2^(bits/2 - 100), FIPS 186-5 B.3.1), e = 65537 coprime
to (p-1)(q-1); ECDSA scalars in [1, n-1]; DSA x in [1, q-1] with q | p-1; EdDSA seeds of the
right length. Across keys: no two keys or seeds equal. Every key passes its own check(), and
one of each family is read back by `ssh-keygen -y` (Ed448: puttygen). The browser engine
(WebCrypto under Node, see test_browser_engine.py) makes fewer keys, checked the same way.
"""

import asyncio
import inspect
import random
from math import gcd

import pytest

import referees
import sshkeys
from node_host import PyodideHost
from sshkeys.keys.ecdsa import CURVES

E = 65537

# (family, bits) -> how many keys the native engine makes
NATIVE = {("rsa", 2048): 20, ("rsa", 3072): 3, ("ecdsa", 256): 20, ("ecdsa", 384): 10,
          ("ecdsa", 521): 10, ("ed25519", None): 30, ("ed448", None): 10, ("dsa", 1024): 5}
BROWSER = {("rsa", 2048): 5, ("ecdsa", 256): 5, ("ecdsa", 521): 3, ("ed25519", None): 5,
           ("dsa", 1024): 2}


def probably_prime(n: int, rounds: int = 16) -> bool:
    """Miller-Rabin with fixed bases: deterministic, so a failure reproduces."""
    if n < 4:
        return n in (2, 3)
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    rng = random.Random(n)
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 1), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def check_numbers(family: str, bits: int | None, numbers: dict) -> None:
    """The per-key promises, on puttygen -O text's names (referees.private_numbers)."""
    if family == "rsa":
        n, e, p, q = (numbers[k] for k in ("public_modulus", "public_exponent", "private_p",
                                           "private_q"))
        assert n.bit_length() == bits and p * q == n
        assert p != q and abs(p - q) > 1 << (bits // 2 - 100)
        assert p.bit_length() == q.bit_length() == bits // 2
        assert probably_prime(p) and probably_prime(q)
        assert e == E and gcd(e, (p - 1) * (q - 1)) == 1
    elif family == "ecdsa":
        order = CURVES[f"nistp{bits}"].n
        assert 1 <= numbers["private_exponent"] <= order - 1
    elif family == "dsa":
        p, q, x = numbers["p"], numbers["q"], numbers["private_x"]
        assert p.bit_length() == 1024 and q.bit_length() == 160 and (p - 1) % q == 0
        assert probably_prime(p) and probably_prime(q) and 1 <= x <= q - 1
    else:
        seed = numbers["private_exponent"]
        assert seed.bit_length() <= (256 if family == "ed25519" else 456)


def check_distinct(made: list) -> None:
    """made: (public line, secret number) pairs of one run; nothing may repeat."""
    lines = [line.split()[1] for line, _ in made]
    secrets = [secret for _, secret in made]
    assert len(set(lines)) == len(lines), "two keys are equal"
    assert len(set(secrets)) == len(secrets), "two private keys share a secret"


def secret_of(family: str, numbers: dict) -> int:
    return numbers["private_x"] if family == "dsa" else (
        numbers["private_p"] if family == "rsa" else numbers["private_exponent"])


# -- native ---------------------------------------------------------------------------------

async def _make(family, bits, count):
    out = []
    for i in range(count):
        key = await sshkeys.generate(family, bits, comment=f"quality {i}")
        await sshkeys.validate(key)
        out.append(key)
    return out


@pytest.fixture(scope="module")
def native_keys():
    return {spec: asyncio.run(_make(*spec, count)) for spec, count in NATIVE.items()}


@pytest.mark.parametrize("spec", list(NATIVE), ids=lambda s: f"{s[0]}{s[1] or ''}")
def test_native_keys(native_keys, spec):
    family, bits = spec
    keys = native_keys[spec]
    assert len(keys) == NATIVE[spec]
    for key in keys:
        check_numbers(family, bits, referees.private_numbers(key))
    check_distinct([(sshkeys.public_line(k), secret_of(family, referees.private_numbers(k)))
                    for k in keys])


def test_no_two_native_keys_are_equal_across_types(native_keys):
    lines = [sshkeys.public_line(k).split()[1] for keys in native_keys.values() for k in keys]
    assert len(set(lines)) == len(lines)


def test_a_sample_of_each_family_is_read_back_by_the_referees(native_keys, tmp_path):
    for (family, bits), keys in native_keys.items():
        key = keys[0]
        if family == "ed448":        # OpenSSH has no Ed448: puttygen reads it
            path = tmp_path / "ed448.ppk"
            path.write_bytes(asyncio.run(sshkeys.save(key, "ppk")))
            assert referees.puttygen_public(path) == sshkeys.public_line(key)
            continue
        path = tmp_path / f"{family}{bits}"
        path.write_bytes(asyncio.run(sshkeys.save(key, "openssh")))
        assert referees.ssh_keygen_public(path).split()[:2] == \
            sshkeys.public_line(key).split()[:2]


def test_the_checks_can_fail():
    """Close primes, a wrong size, e = 3 and an out-of-range scalar are each caught."""
    p = 2**1023 + 2**1022 + 1    # not prime, but with q = p + 2 it passes the size checks
    with pytest.raises(AssertionError):
        check_numbers("rsa", 2048, {"public_modulus": p * (p + 2), "public_exponent": E,
                                    "private_p": p, "private_q": p + 2})
    with pytest.raises(AssertionError):
        check_numbers("ecdsa", 256, {"private_exponent": CURVES["nistp256"].n})
    with pytest.raises(AssertionError):
        check_distinct([("ssh-ed25519 AAAA", 1), ("ssh-ed25519 AAAA", 2)])
    assert not probably_prime(561) and probably_prime(2**127 - 1)


# -- browser engine (WebCrypto, under Node) ---------------------------------------------------

SNIPPET = """
import sshkeys
out = []
for i in range({count}):
    key = await sshkeys.generate({family!r}, {bits!r}, comment="quality")
    await sshkeys.validate(key)
    out.append({{"line": sshkeys.public_line(key),
                "numbers": {{k: hex(v) for k, v in private_numbers(key).items()}},
                "openssh": (await sshkeys.save(key, "openssh")).decode()}})
out
"""


@pytest.fixture(scope="module")
def pyodide(built_dist):
    """sshkeys on the browser engine in Pyodide under Node.js (tests/node_host.py), not in a
    browser: the page's own tests take `browser` and `tab` (tests/README.md)."""
    host = PyodideHost(built_dist)
    host.run(inspect.getsource(referees.private_numbers))
    yield host
    host.close()


@pytest.mark.parametrize("spec", list(BROWSER), ids=lambda s: f"{s[0]}{s[1] or ''}")
def test_browser_engine_keys(pyodide, spec, tmp_path):
    family, bits = spec
    made = pyodide.run(SNIPPET.format(count=BROWSER[spec], family=family,
                                      bits=bits))
    assert len(made) == BROWSER[spec]
    pairs = []
    for item in made:
        numbers = {k: int(v, 16) for k, v in item["numbers"].items()}
        check_numbers(family, bits, numbers)
        pairs.append((item["line"], secret_of(family, numbers)))
    check_distinct(pairs)
    path = tmp_path / "id"
    path.write_text(made[0]["openssh"])
    assert referees.ssh_keygen_public(path).split()[:2] == made[0]["line"].split()[:2]
