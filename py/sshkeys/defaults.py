"""What we make and save when nobody says otherwise: stated once, here.

Every writer takes its keyword defaults from these names, the check-up and the strength model
judge against them, and the page gets them from the worker (session's capabilities), so no
number is copied into HTML or JavaScript. The caps on what an untrusted file may ask for are
limits.py's.
"""

# -- new keys ----------------------------------------------------------------------------------
KEY_BITS = {"ed25519": 256, "rsa": 4096, "ecdsa": 256, "dsa": 1024, "ed448": 448,
            "mldsa44-ed25519": 256}

# -- OpenSSH private keys: what ssh-keygen writes -----------------------------------------------
OPENSSH_CIPHER = "aes256-ctr"
BCRYPT_ROUNDS = 24            # ssh-keygen -a default since OpenSSH 9.4 (16 before)

# -- PuTTY .ppk: what PuTTYgen writes ------------------------------------------------------------
PPK_VERSION = 3
PPK_KDF = "argon2id"
ARGON2_MEMORY_KIB = 8192
ARGON2_PASSES = None          # None: timed, as PuTTYgen does, to take ARGON2_TIME_MS
ARGON2_TIME_MS = 100
ARGON2_PARALLELISM = 1

# -- PKCS#8: PBES2 with PBKDF2-HMAC-SHA256 -------------------------------------------------------
PBKDF2_ITERATIONS = 100_000

# The options save(key, format, passphrase, **options) takes, by format, with the value used
# when one is not given (the writers' own keyword names).
SAVE = {
    "openssh": {"rounds": BCRYPT_ROUNDS, "cipher_name": OPENSSH_CIPHER},
    "ppk": {"version": PPK_VERSION, "kdf": PPK_KDF, "memory": ARGON2_MEMORY_KIB,
            "passes": ARGON2_PASSES, "parallelism": ARGON2_PARALLELISM,
            "time_ms": ARGON2_TIME_MS},
    "pkcs8": {"iterations": PBKDF2_ITERATIONS},
    "pem": {},
}
