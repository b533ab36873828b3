"""DSA key generation per FIPS 186-4, for engines whose platform has none (the browser).

This is the one primitive the package writes itself: WebCrypto has no DSA, and SSH's ssh-dss
needs (L, N) = (1024, 160). The steps and their numbers follow FIPS 186-4:

  - domain parameters p, q: Appendix A.1.1.2, probable primes from a random seed with an
    approved hash function (SHA-256 by default; SHA-1 also meets A.1.1.2's outlen >= N for
    N = 160, and is what older CAVP vectors use);
  - primality: Appendix C.3.1 Miller-Rabin with random bases, the number of rounds from
    table C.1 ("M-R tests only": 40 for both p and q when L = 1024, N = 160); a quick trial
    division by small primes only discards composites earlier, it decides nothing else;
  - generator g: Appendix A.2.1 (unverifiable generation, h = 2, 3, ...);
  - key pair: Appendix B.1.2 (key pair generation by testing candidates).

Randomness comes from `secrets` (os.urandom; crypto.getRandomValues under Pyodide).
"""

import hashlib
import secrets
from ..i18n import _

# Table C.1, "M-R tests only": minimum Miller-Rabin rounds for (p, q), by (L, N).
MR_ROUNDS = {(1024, 160): (40, 40), (2048, 224): (56, 56), (2048, 256): (56, 64),
             (3072, 256): (64, 64)}
# The (L, N) pair used for each p size we generate: SSH's ssh-dss is 1024/160 only.
N_FOR_L = {1024: 160}

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(w: int, rounds: int) -> bool:
    """Appendix C.3.1: Miller-Rabin with `rounds` random bases b, 1 < b < w - 1."""
    if w < 3 or w % 2 == 0:
        return w == 2
    for p in _SMALL_PRIMES:          # not part of C.3.1: it only rejects composites cheaply
        if w % p == 0:
            return w == p
    m, a = w - 1, 0                  # w - 1 = 2^a * m with m odd
    while m % 2 == 0:
        m, a = m // 2, a + 1
    for _ in range(rounds):
        b = 2 + secrets.randbelow(w - 3)          # 2 <= b <= w - 2
        z = pow(b, m, w)
        if z in (1, w - 1):
            continue
        for _ in range(a - 1):
            z = pow(z, 2, w)
            if z == w - 1:
                break
            if z == 1:
                return False
        else:
            return False
    return True


def generate_pq(L: int = 1024, N: int = 160, *, hash_name: str = "sha256",
                seedlen: int | None = None, seed: bytes | None = None,
                max_seeds: int | None = None) -> tuple:
    """Appendix A.1.1.2: (p, q, domain_parameter_seed, counter).

    `seed` fixes the first domain_parameter_seed (known-answer tests); `max_seeds` bounds how
    many seeds are tried (None: until one works, as the standard's step 12 loops)."""
    if (L, N) not in MR_ROUNDS:                                          # step 1
        raise ValueError(_("(L, N) = ({L}, {N}) is not an approved DSA size pair.").format(L=L, N=N))
    outlen = hashlib.new(hash_name).digest_size * 8
    if outlen < N:
        raise ValueError(_("{hash_name} is too short for N = {N}.").format(hash_name=hash_name, N=N))
    seedlen = seedlen or (len(seed) * 8 if seed is not None else N)
    if seedlen < N or seedlen % 8:                                        # step 2
        raise ValueError(_("The seed must be a whole number of bytes and at least N bits."))
    rounds_p, rounds_q = MR_ROUNDS[(L, N)]
    n = -(-L // outlen) - 1                                               # step 3
    b = L - 1 - n * outlen                                                # step 4

    def hash_int(value: int) -> int:
        data = (value % (1 << seedlen)).to_bytes(seedlen // 8, "big")
        return int.from_bytes(hashlib.new(hash_name, data).digest(), "big")

    tried = 0
    while max_seeds is None or tried < max_seeds:
        tried += 1
        if seed is not None and tried == 1:                               # step 5
            dps = int.from_bytes(seed, "big")
        else:
            dps = int.from_bytes(secrets.token_bytes(seedlen // 8), "big")
        u = hash_int(dps) % (1 << (N - 1))                                # step 6
        q = (1 << (N - 1)) + u + 1 - (u % 2)                              # step 7
        if not is_probable_prime(q, rounds_q):                            # steps 8, 9
            continue
        offset = 1                                                        # step 10
        for counter in range(4 * L):                                      # step 11
            v = [hash_int(dps + offset + j) for j in range(n + 1)]        # 11.1
            w = sum(v[j] << (j * outlen) for j in range(n))               # 11.2
            w += (v[n] % (1 << b)) << (n * outlen)
            x = w + (1 << (L - 1))                                        # 11.3
            c = x % (2 * q)                                               # 11.4
            p = x - (c - 1)                                               # 11.5
            if p >= 1 << (L - 1) and is_probable_prime(p, rounds_p):      # 11.6 - 11.8
                return p, q, dps.to_bytes(seedlen // 8, "big"), counter
            offset += n + 1                                               # 11.9
    raise ValueError(_("No DSA primes found from the seeds given."))        # only with max_seeds


def generate_g(p: int, q: int) -> int:
    """Appendix A.2.1: g = h^((p-1)/q) mod p for the first h = 2, 3, ... that gives g != 1."""
    e = (p - 1) // q
    for h in range(2, p - 1):
        g = pow(h, e, p)
        if g != 1:
            return g
    raise ValueError(_("No generator exists for these DSA parameters."))


def generate_x(q: int) -> int:
    """Appendix B.1.2: x = c + 1 for a random N-bit c, retried while c > q - 2."""
    N = q.bit_length()
    while True:
        c = secrets.randbits(N)
        if c <= q - 2:
            return c + 1


def generate(bits: int = 1024) -> tuple:
    """(p, q, g, y, x): a new DSA key of `bits` bits, as Engine.generate_dsa returns it."""
    if bits not in N_FOR_L:
        raise ValueError(_("DSA keys for SSH are 1024 bits."))
    p, q = generate_pq(bits, N_FOR_L[bits])[:2]
    g = generate_g(p, q)
    x = generate_x(q)
    return p, q, g, pow(g, x, p), x
