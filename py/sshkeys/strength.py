"""How long an offline attacker would need to guess a passphrase, given the file it protects.

The guess count comes from a strength estimator (the page runs zxcvbn-ts in rater.js); this
module turns it into time for the key derivation as it will be saved: the save defaults
(defaults.SAVE, which the writers take theirs from) with the caller's options on top. Only a number of guesses reaches it, never the passphrase.
"""

import math
from dataclasses import dataclass, replace

from . import defaults, formats, keys
from .formats import pem, ppk
from .formats.base import Protection
from .formats.ciphers import cipher
from .i18n import N_plural, _, ngettext

# -- the attacker: stated once, here ----------------------------------------------------------
# A well-funded offline attacker, counted generously so that we never overstate a passphrase:
# 100 GPUs of the NVIDIA RTX 4090 class (hardware one can rent by the hour), each at its speed
# in hashcat 6.2.6's published benchmark of the RTX 4090 (Chick3nman, October 2022), with
# perfect scaling and no time lost to anything but hashing. Faster hardware will come: the
# estimates shrink as it does.
GPUS = 100
ATTACKER = f"{GPUS} RTX 4090-class GPUs"


def attacker() -> str:
    """ATTACKER in the session's language."""
    # TRANSLATORS: as in "An attacker with 100 RTX 4090-class GPUs would need …".
    return _("{gpus} RTX 4090-class GPUs").format(gpus=GPUS)
MD5_PER_S = 164.1e9          # hashcat -m 0
SHA1_PER_S = 50.6e9          # hashcat -m 100
# hashcat -m 3200 runs bcrypt at cost 5 (2^5 iterations: 65 Blowfish key expansions) at 184 kH/s.
# OpenSSH's bcrypt_pbkdf hashes with 64 iterations (129 expansions) per round and output block.
BCRYPT_HASH_PER_S = 184e3 * 65 / 129
# hashcat -m 10900: PBKDF2-HMAC-SHA256 at 999 iterations, 8.87 MH/s: iterations per second.
PBKDF2_SHA256_ITERATIONS_PER_S = 8.87e6 * 999
# Argon2 is bound by memory bandwidth (1008 GB/s on an RTX 4090): t passes over m KiB move
# about m * (3t - 1) KiB (the first pass writes each block; later ones read two, write one), the
# model of tobtu.com's "minimum password settings" (2022). It needs no figure for a GPU's
# Argon2 code, and the lanes (parallelism) do not slow an attacker who runs many guesses.
MEMORY_BYTES_PER_S = 1008e9

# A guess count that is cheaper to break than these times is named by the first word.
RATINGS = ((86400, "very weak"), (365.25 * 86400, "weak"), (1e4 * 365.25 * 86400, "fair"),
           (math.inf, "strong"))


def as_saved(fmt: str, **options) -> Protection:
    """The protection `operations.save(key, fmt, passphrase, **options)` gives a private key."""
    f = formats.get(fmt)
    o = {**defaults.SAVE.get(fmt, {}), **{k: v for k, v in options.items() if v is not None}}
    if fmt == "openssh":
        return Protection(fmt, f.label, True, o["cipher_name"], "bcrypt", rounds=int(o["rounds"]))
    if fmt == "ppk" and int(o["version"]) == 2:
        return Protection(fmt, f.label, True, "aes256-cbc", "ppk2-sha1", version=2)
    if fmt == "ppk":
        # passes=None: timed when saving (PuTTYgen's 0.1 s), so unknown here; 1 is its floor.
        return Protection(fmt, f.label, True, "aes256-cbc", o["kdf"], memory_kib=int(o["memory"]),
                          passes=int(o["passes"] or 1), parallelism=int(o["parallelism"]),
                          version=3)
    if fmt == "pem":
        return Protection(fmt, f.label, True, pem.AES128.name, "evp-md5", rounds=1)
    if fmt == "pkcs8":
        return Protection(fmt, f.label, True, "AES-256-CBC", "pbkdf2", rounds=int(o["iterations"]),
                          prf="sha256")
    raise ValueError(_("{label} holds no passphrase-protected private key.").format(label=_(f.label)))


def guesses_per_second(p: Protection) -> float:
    """How many passphrases the attacker tries a second against a file protected so."""
    if p.kdf == "bcrypt":
        c = cipher(p.cipher)
        blocks = math.ceil((c.key_len + c.iv_len) / 32)   # bcrypt_pbkdf gives 32 bytes a block
        return GPUS * BCRYPT_HASH_PER_S / (p.rounds * blocks)
    if p.kdf in ("argon2id", "argon2i", "argon2d"):
        return GPUS * MEMORY_BYTES_PER_S / (1024 * p.memory_kib * (3 * p.passes - 1))
    if p.kdf == "ppk2-sha1":
        return GPUS * SHA1_PER_S           # the key is SHA-1 of the passphrase
    if p.kdf == "evp-md5":
        return GPUS * MD5_PER_S / p.rounds  # EVP_BytesToKey: one MD5 per 16 key bytes
    if p.kdf == "pbkdf2" and p.prf in (None, "sha256"):
        return GPUS * PBKDF2_SHA256_ITERATIONS_PER_S / p.rounds
    raise ValueError(_("No guessing model for the {kdf} key derivation.").format(kdf=p.kdf))


def kdf_text(p: Protection) -> str:
    """The key derivation in a few words, as the estimate names it."""
    if p.kdf == "bcrypt":
        return ngettext("OpenSSH bcrypt_pbkdf, {rounds} round", "OpenSSH bcrypt_pbkdf, {rounds} rounds",
                        p.rounds).format(rounds=p.rounds)
    if p.kdf.startswith("argon2"):
        mib = f"{p.memory_kib / 1024:g} MiB" if p.memory_kib % 1024 == 0 else f"{p.memory_kib} KiB"
        return ngettext("PPK v3 {kdf} {memory} × {passes} pass", "PPK v3 {kdf} {memory} × {passes} passes",
                        p.passes).format(kdf=ppk.KDF_NAMES[p.kdf], memory=mib, passes=p.passes)
    if p.kdf == "ppk2-sha1":
        return _("PPK v2: one SHA-1 per guess")
    if p.kdf == "evp-md5":
        return _("PEM: one MD5 per guess")
    return ngettext("PKCS#8 PBKDF2-HMAC-SHA256, {rounds} iteration",
                    "PKCS#8 PBKDF2-HMAC-SHA256, {rounds} iterations", p.rounds).format(rounds=f"{p.rounds:,}")


# The units of duration(); {count} is the number, already written with its digit grouping (40,000).
UNITS = (N_plural("about {count} year", "about {count} years"), N_plural("about {count} month", "about {count} months"),
         N_plural("about {count} day", "about {count} days"), N_plural("about {count} hour", "about {count} hours"),
         N_plural("about {count} minute", "about {count} minutes"),
         N_plural("about {count} second", "about {count} seconds"))


def duration(seconds: float) -> str:
    """'less than a second', 'about 3 hours', 'about 40,000 years', 'more than a billion years'."""
    if seconds < 1:
        return _("less than a second")
    year = 365.25 * 86400
    if seconds >= 1e9 * year:
        return _("more than a billion years")
    for unit, size in ((UNITS[0], year), (UNITS[1], year / 12), (UNITS[2], 86400), (UNITS[3], 3600),
                       (UNITS[4], 60), (UNITS[5], 1)):
        if seconds >= size:
            n = seconds / size
            step = 10 ** int(math.log10(n))       # one significant digit, halves up
            n = math.floor(n / step + 0.5) * step
            if unit is UNITS[0] and n >= 1e6:
                return _("about {count} million years").format(count=f"{n / 1e6:,.0f}")
            return ngettext(*unit, int(n)).format(count=f"{n:,.0f}")


@dataclass(frozen=True)
class Estimate:
    format: str
    kdf: str            # kdf_text
    seconds: float
    time: str           # duration
    rating: str

    def as_dict(self) -> dict:
        return dict(vars(self))


def guesses(estimated: float, entropy_bits: float | None = None) -> float:
    """The estimator's guess count, or fewer for a passphrase drawn at random with
    `entropy_bits` bits (the page's suggestion): an attacker who knows how it was made needs
    2**(bits - 1) guesses on average, which a pattern-matching estimator cannot see."""
    return estimated if entropy_bits is None else min(estimated, 2 ** (float(entropy_bits) - 1))


def estimate(guesses: float, protection: Protection) -> Estimate:
    """Time to guess a passphrase that an estimator says needs `guesses` guesses."""
    if not guesses >= 0:                    # NaN too
        raise ValueError(_("A guess count is a number, at least 0."))
    seconds = max(guesses, 1.0) / guesses_per_second(protection)
    rating = next(word for limit, word in RATINGS if seconds < limit)
    return Estimate(protection.format, kdf_text(protection), seconds, duration(seconds), rating)


def estimate_saved(guesses: float, fmt: str, **options) -> Estimate:
    """estimate() for the protection save(key, fmt, passphrase, **options) gives."""
    e = estimate(guesses, as_saved(fmt, **options))
    if fmt == "ppk" and e.kdf.startswith("PPK v3") and options.get("passes") is None:
        # TRANSLATORS: {kdf} is a key derivation as above, e.g. "PPK v3 Argon2id 8 MiB × 1 pass".
        e = replace(e, kdf=_("{kdf} or more (timed when saving)").format(kdf=e.kdf))
    return e


def private_formats(family: str | None = None) -> list[str]:
    """The passphrase-protected formats a key of `family` (None: any) can be saved in."""
    return [f.name for f in formats.FORMATS.values()
            if f.private and f.write and not f.certificate
            and (family is None or f.holds is None or f.holds(keys.IMPLS[family]))]

