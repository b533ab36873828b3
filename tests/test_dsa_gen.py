"""DSA generation per FIPS 186-4 (py/sshkeys/engine/dsa_gen.py), run natively.

The browser engine's DSA keys come from this module, so it is checked where the referees are:
  - known answers: NIST CAVP's FIPS 186-3 PQGVer vectors (as kept in pyca/cryptography's
    vectors/cryptography_vectors/asymmetric/DSA/FIPS_186-3/PQGVer.rsp), the entries marked
    "Result = P" for L=1024, N=160: from the given seed, A.1.1.2 must find the same q, and p
    at the same counter, for each hash function;
  - Miller-Rabin (C.3.1) on known primes and on composites built to fool weak tests;
  - keys it makes: sshkeys' own check, ssh-keygen -y on them saved as OpenSSH files,
    puttygen on them saved as .ppk, and pyca/cryptography verifying a DSA signature made
    with them (its signing, and a signature computed here per FIPS 186-4 section 4.6).
"""

import asyncio
import hashlib
import secrets

import pytest

import referees
import sshkeys
from sshkeys.engine import dsa_gen
from sshkeys.keys import DSAPrivateKey, DSAPublicKey, Key

# (hash, domain_parameter_seed, counter, q, p) from PQGVer.rsp, [mod = L=1024, N=160, SHA-x].
PQG_VECTORS = [
    ("sha1", "a51d359c76d7e6f55de7d5debe14a510e1639e5a", 370,
     "9e9d6b2587d39727e87039fcb9b974f5fa424aa9",
     "9dd03ca284e00b4c8253f3fdc5c5c573d1460cb8595e24147ee36de6b1c9b26865c1a79dcc3c682978ea96d8"
     "6243eb1f08ffe09aab1d9048c6e466acfb82beeee18cc581400c958a712497b231fa19053918c871f5163c9d"
     "b6d477b546d857477225037c14b825cc274120cf5dbd8a2844991fb75017884b8bad359a097a9ea1"),
    ("sha1", "7325c9bb79cd9032ddc9a49b4992abef431944e2", 766,
     "fcbcb16ddbcfa42eb412349710d607e027734fdd",
     "be9c388bf40347ca9588bdb47eddc3ea57458cbe7adefdb1433904019775a88fa82812b1e5dc096abc3b0619"
     "d80bffce724dcf24ba02e6f7043c12841a6a02e821f398922fe804b5bff36a5718f1f40c0e30bd54744e2727"
     "04fb0e2d50b1c979e8ff78d2c94ed1678c05795abbd63bc1a583d0108821084fcf9ce2acf2255b5d"),
    ("sha224", "88c65f92d593707984a8926e538d562df904c7c1", 535,
     "d4b518e59bbece199f6e603021daa3d28862fd03",
     "c253427487558e5d1e45b7923256a135375a14c594688e887edc0c2a6088b0a2e841fd381223e84fc5c460eb"
     "2fd5ce767463e46e377a4d10cfd6830db18904a5360e8bff1175b8243c9a3eab584ebeae6cbb0cfba830c2b8"
     "7add2bdffa2bb240478be99073b0000bf904104a9b800c429025226e884a1054ef6a0dcb433028cd"),
    ("sha256", "aab093c83eef8483ae28014e5388aa749e453839", 466,
     "bfadef9eee13c15f6d2eae7d1a8f894879370879",
     "d71028d4c07c92334713d97e2634e06dd076ff08c40518297b42b4f9c992ab59010133bd2cba3ebf520f8962"
     "f4fa87d60e091b905f160f99aa79d2b71dbaacc6bc838e39e187d5bcd298639a0425414eb1a0b71e2c74c663"
     "885f4822658eda5aad7a559a0a6b0b13fa1b7e93d58a5462c619e2be687d7b84397bdbdd4a768df1"),
    ("sha256", "a84c963ceecb3eb7bb412486824cdc305fe99f55", 21,
     "acb4da5afcf56b7bb06236e4d25f735966c79d01",
     "a94bc15fd581142f08f084dbf3c56df0b346fcebd9212e178c8f10f7c630012fa760cccdc7e1f41ad5d67026"
     "8d975c933ad3441b9c971ec2645d38c74c28537491539a37507c426e1dba3dfed9e0ef5e79ab4a962f2e8fcd"
     "e2cfc91ddb5da6aeb9d4d8bece581c9c5444a3b7f445dcc39b76e8c88232c9aa5347c935778d9a55"),
    ("sha384", "245802fef054978672a918d58ee2e27f3e3be5dc", 191,
     "89a7ce1ddcc76d88ac9043a531e8795c62e71e9b",
     "f2e02be92b50e6940f129821d11c0315d9074abff03597588f1373f6104d1135f42e56dad8f08a80f9c55677"
     "d55ecc43be264425f42debad6489ee66b0a6dc61a54a8c4d0f8b37fd8e454ce6656fd5d164d175e71cad5e3c"
     "49100174e914dd4eb367cac7f43b0f4425ec4b7a5bfecc4e5655e02c885654721ecd1dd27e120cb9"),
    ("sha512", "eee4850b4bb5a4477fa32a2643b089b7d966ed9a", 739,
     "e023242ec9dda41bc33d4d54b94459e9c16db1f3",
     "c45e70b6fb19956fe60f3ea848860631b410efb05b9de84dafeaf1ff9ef4b6cf2c110eee2e2ffbe123a0a139"
     "bcc70c2cdff6ce2fc6cfe8da3128bfa1aa2d28b1219e9d21ef7ca7b12e58c88003af6a3e1eed4e65423ae0ad"
     "72cea211f3d5fcc9c51dc3f8e0dee006cc09f56383c507fc3b6c71d691832861d3583e8aec3349a5"),
]


@pytest.mark.parametrize("hash_name,seed,counter,q,p", PQG_VECTORS,
                         ids=[f"{v[0]}-{v[2]}" for v in PQG_VECTORS])
def test_cavp_probable_primes(hash_name, seed, counter, q, p):
    got = dsa_gen.generate_pq(1024, 160, hash_name=hash_name, seed=bytes.fromhex(seed),
                              max_seeds=1)
    assert got == (int(p, 16), int(q, 16), bytes.fromhex(seed), counter)


def test_a_seed_whose_q_is_not_prime_is_given_up():
    """Steps 8-9: a seed whose q = 2^159 + U + 1 - (U mod 2) is composite is never used."""
    for i in range(256):
        seed = bytes(19) + bytes([i])
        u = int.from_bytes(hashlib.sha256(seed).digest(), "big") % (1 << 159)
        q = (1 << 159) + u + 1 - (u % 2)
        if any(q % d == 0 for d in (3, 5, 7, 11, 13)):
            break
    with pytest.raises(ValueError, match="No DSA primes"):
        dsa_gen.generate_pq(1024, 160, seed=seed, max_seeds=1)


KNOWN_PRIMES = [2, 3, 5, 7919, 2 ** 61 - 1, 2 ** 127 - 1, 2 ** 521 - 1,
                0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff]
# Carmichael numbers, strong pseudoprimes to several small bases, and products of large primes.
COMPOSITES = [1, 4, 561, 41041, 825265, 3215031751, 2152302898747, 3474749660383,
              341550071728321, 3825123056546413051, (2 ** 61 - 1) * (2 ** 89 - 1),
              (2 ** 127 - 1) ** 2, 318665857834031151167461]


@pytest.mark.parametrize("n", KNOWN_PRIMES)
def test_miller_rabin_accepts_primes(n):
    assert dsa_gen.is_probable_prime(n, 40)


@pytest.mark.parametrize("n", COMPOSITES)
def test_miller_rabin_rejects_composites(n):
    assert not dsa_gen.is_probable_prime(n, 40)


def test_table_c1_rounds_and_sizes():
    assert dsa_gen.MR_ROUNDS[(1024, 160)] == (40, 40)
    with pytest.raises(ValueError):
        dsa_gen.generate_pq(1024, 224)
    with pytest.raises(ValueError):
        dsa_gen.generate(2048)


def test_generator_and_private_key_ranges():
    p, q, g, y, x = dsa_gen.generate()
    assert p.bit_length() == 1024 and q.bit_length() == 160 and (p - 1) % q == 0
    assert 1 < g < p and pow(g, q, p) == 1
    assert 1 <= x <= q - 1 and y == pow(g, x, p)
    # A.2.1: g comes from the first h that works
    assert g == next(pow(h, (p - 1) // q, p) for h in range(2, 100)
                     if pow(h, (p - 1) // q, p) != 1)


@pytest.fixture(scope="module")
def dsa_keys():
    """Two keys from dsa_gen, as sshkeys Keys."""
    made = []
    for i in range(2):
        p, q, g, y, x = dsa_gen.generate(1024)
        made.append(Key(DSAPublicKey(p, q, g, y), DSAPrivateKey(DSAPublicKey(p, q, g, y), x),
                        f"dsa_gen key {i}"))
    return made


def test_keys_pass_sshkeys_check(dsa_keys):
    for key in dsa_keys:
        asyncio.run(key.private.check())
        asyncio.run(sshkeys.validate(key))


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "passphrase"])
def test_ssh_keygen_reads_them(dsa_keys, tmp_path, encrypted):
    passphrase = referees.PASSPHRASE if encrypted else None
    for i, key in enumerate(dsa_keys):
        path = tmp_path / f"id_dsa{i}"
        path.write_bytes(asyncio.run(sshkeys.save(key, "openssh", passphrase)))
        assert referees.ssh_keygen_public(path, passphrase) == sshkeys.public_line(key)


@pytest.mark.parametrize("version", [2, 3])
def test_puttygen_reads_them(dsa_keys, tmp_path, version):
    for i, key in enumerate(dsa_keys):
        path = tmp_path / f"dsa{i}.ppk"
        path.write_bytes(asyncio.run(sshkeys.save(key, "ppk", referees.PASSPHRASE,
                                                  version=version)))
        assert referees.puttygen_public(path, referees.PASSPHRASE) == sshkeys.public_line(key)
        dump = referees.puttygen_text(path, referees.PASSPHRASE)
        assert {k: dump.get(k) for k in ("p", "q", "g", "public_y", "private_x")} == \
            referees.private_numbers(key)


def _fips_sign(key, message: bytes) -> tuple:
    """FIPS 186-4 section 4.6 with SHA-1 (N = 160 = outlen): (r, s)."""
    pub = key.private.public
    z = int.from_bytes(hashlib.sha1(message).digest(), "big")
    while True:
        k = 1 + secrets.randbelow(pub.q - 1)
        r = pow(pub.g, k, pub.p) % pub.q
        s = pow(k, -1, pub.q) * (z + key.private.x * r) % pub.q
        if r and s:
            return r, s


def test_cryptography_verifies_their_signatures(dsa_keys):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import dsa
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
    for key in dsa_keys:
        pub = key.private.public
        public_numbers = dsa.DSAPublicNumbers(pub.y, dsa.DSAParameterNumbers(pub.p, pub.q, pub.g))
        public = public_numbers.public_key()
        message = b"signed with a key from dsa_gen"
        # a signature made here from x, verified by OpenSSL
        public.verify(encode_dss_signature(*_fips_sign(key, message)), message, hashes.SHA1())
        # and OpenSSL signing with our numbers, verified against our public key
        private = dsa.DSAPrivateNumbers(key.private.x, public_numbers).private_key()
        public.verify(private.sign(message, hashes.SHA256()), message, hashes.SHA256())
        with pytest.raises(Exception):
            public.verify(private.sign(message, hashes.SHA256()), message + b"!", hashes.SHA256())
