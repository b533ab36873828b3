"""The check-up: what is wrong with a key file, or with the lines of an authorized_keys or
known_hosts text, as data. Nothing is guessed: each finding says what it saw and why it
matters, and names the one-step fix (operations.resave, operations.renew) where there is one.

Severities: "weak" is a weakness to fix (the CLI exits non-zero); "note" is worth knowing
but not by itself a weakness; "info" says what could not be checked.
"""

import contextlib
from dataclasses import asdict, dataclass

from .. import defaults, operations
from ..errors import PassphraseRequired, UnsupportedError
from ..fingerprint import fingerprint
from ..formats import Protection, keylines
from ..keys import Key, key_type
from ..i18n import _
from .roca import has_roca_structure

WEAK, NOTE, INFO = "weak", "note", "info"
RESAVE, RENEW = "resave", "new-key"       # the one-step fixes (see operations)

BCRYPT_ROUNDS = defaults.BCRYPT_ROUNDS          # ssh-keygen's default since OpenSSH 9.4
OLD_BCRYPT_ROUNDS = 16                          # its default before
ARGON2_MEMORY_KIB = defaults.ARGON2_MEMORY_KIB  # PuTTYgen's; its passes are timed, so any >= 1
PBKDF2_MIN_ITERATIONS = 10_000   # NIST SP 800-63B's floor for PBKDF2



def _resave_fix() -> str:
    return _("Save it again with a passphrase in OpenSSH format ({rounds} bcrypt rounds) "
             "or as .ppk v3 (Argon2id).").format(rounds=BCRYPT_ROUNDS)


def _renew_fix() -> str:
    return _("Make a new key, authorize it where this one is, then remove this one.")


@dataclass(frozen=True)
class Finding:
    id: str
    severity: str         # weak | note | info
    message: str          # one sentence: what was seen and why it matters
    fix: str = ""         # one sentence: what to do
    action: str = ""      # the one-step fix: resave | new-key | "" (none)
    line: int = 0         # for a lines check: the 1-based line number

    def as_dict(self) -> dict:
        return asdict(self)


# -- the key itself ----------------------------------------------------------------------------

def key_findings(public, line: int = 0) -> list:
    """Type, size and structure of a public key against current guidance."""
    out = []
    kt = key_type(public.algorithm)

    def add(*args, **kw):
        out.append(Finding(*args, line=line, **kw))

    if kt.family == "dsa":
        add("dsa", WEAK, _("DSA keys are limited to 1024 bits and OpenSSH 10 no longer accepts them "
            "(disabled by default since OpenSSH 7.0)."), _renew_fix(), RENEW)
    elif kt.family == "rsa":
        if public.bits < 2048:
            add("rsa-size", WEAK, _("This RSA key has {bits} bits; NIST SP 800-131A has "
                "disallowed RSA below 2048 bits since 2013.").format(bits=public.bits), _renew_fix(), RENEW)
        elif public.bits < 3072:
            add("rsa-2030", NOTE, _("This RSA key has {bits} bits: NIST SP 800-57 accepts "
                "that only through 2030, and asks for 3072 bits or more after.").format(bits=public.bits), _renew_fix(), RENEW)
        if public.e != 65537:
            add("rsa-exponent", NOTE, _("The RSA public exponent is {e}, not 65537 as "
                "ssh-keygen, PuTTYgen and OpenSSL make it: unusual software made this key.").format(e=public.e))
        if has_roca_structure(public.n):
            add("roca", WEAK, _("The modulus has the structure of Infineon RSALib keys (ROCA, "
                "CVE-2017-15361): a published attack computes its private key from the public key."),
                _("Make a new key, authorize it where this one is, then remove this one. "
                  "Do not make it on the same chip or smart card."), RENEW)
    elif public.algorithm == "ecdsa-sha2-nistp521":
        add("p521-putty", NOTE, _("PuTTY 0.68 to 0.80 (and FileZilla, WinSCP, TortoiseGit using "
            "its code) signed with P-521 keys using biased nonces (CVE-2024-31497): if this "
            "key ever signed with them, about 60 signatures reveal it; the file cannot tell."),
            _("If it was used with those versions, make a new key, authorize it where this one "
              "is, then remove this one."), RENEW)
    elif kt.family == "mldsa44-ed25519":
        add("mldsa44-ed25519", NOTE, _("This is OpenSSH's experimental post-quantum key "
            "(ML-DSA-44 with Ed25519): only OpenSSH 10.4 and later use it, and only where "
            "PubkeyAcceptedAlgorithms (and, for a CA, CASignatureAlgorithms) add "
            "ssh-mldsa44-ed25519@openssh.com, as 10.5 does not by default; PuTTY cannot use it."),
            _("Keep an Ed25519 key beside it for PuTTY and for servers and clients before "
            "OpenSSH 10.4."))
    if not kt.openssh and kt.family != "dsa":
        add("openssh-unsupported", NOTE, _(kt.note) if kt.note else "")
    return out


# -- how the file protects it ------------------------------------------------------------------

def protection_findings(p: Protection, decrypted: bool) -> list:
    """The file's encryption and key derivation, all read in clear."""
    out = []

    def add(*args):
        out.append(Finding(*args))

    if not p.private:
        return out
    if not p.encrypted:
        add("no-passphrase", WEAK, _("The private key is stored without a passphrase: anyone "
            "who gets a copy of the file can use it."), _resave_fix(), RESAVE)
    elif p.kdf == "bcrypt" and p.rounds <= OLD_BCRYPT_ROUNDS:
        if p.rounds == OLD_BCRYPT_ROUNDS:
            said = _("The passphrase is protected by {rounds} bcrypt rounds, ssh-keygen's default "
                     "before OpenSSH 9.4; it writes {new} since, and each round is work for every "
                     "guess.")
        else:
            said = _("The passphrase is protected by {rounds} bcrypt rounds, fewer than "
                     "ssh-keygen's old default of {old}; it writes {new} since, and each round is "
                     "work for every guess.")
        add("bcrypt-rounds", WEAK, said.format(rounds=p.rounds, old=OLD_BCRYPT_ROUNDS,
                                               new=BCRYPT_ROUNDS), _resave_fix(), RESAVE)
    elif p.kdf == "bcrypt" and p.rounds < BCRYPT_ROUNDS:
        add("bcrypt-rounds", NOTE, _("The passphrase is protected by {rounds} bcrypt rounds, "
            "fewer than the {BCRYPT_ROUNDS} ssh-keygen writes since OpenSSH 9.4.").format(rounds=p.rounds, BCRYPT_ROUNDS=BCRYPT_ROUNDS),
            _resave_fix(), RESAVE)
    elif p.kdf.startswith("argon2") and p.memory_kib < ARGON2_MEMORY_KIB:
        add("argon2-memory", WEAK, _("The passphrase is protected by Argon2 with {memory_kib} "
            "KiB of memory, below PuTTYgen's default of {ARGON2_MEMORY_KIB} KiB: memory is "
            "what makes each guess costly on graphics cards.").format(memory_kib=p.memory_kib, ARGON2_MEMORY_KIB=ARGON2_MEMORY_KIB), _resave_fix(), RESAVE)
    elif p.kdf == "ppk2-sha1":
        add("ppk2", WEAK, _("PuTTY .ppk version 2 derives its encryption key from one SHA-1 hash "
            "of the passphrase: every guess costs an attacker next to nothing."),
            _resave_fix(), RESAVE)
    elif p.kdf == "evp-md5":
        add("pem-legacy-encryption", WEAK, _("Legacy PEM encryption ({cipher}) derives its key "
            "from one MD5 round of the passphrase (OpenSSL's EVP_BytesToKey): every guess costs "
            "an attacker next to nothing.").format(cipher=p.cipher), _resave_fix(), RESAVE)
    elif p.kdf == "pbkdf2" and p.rounds < PBKDF2_MIN_ITERATIONS:
        add("pbkdf2-iterations", WEAK, _("The passphrase is protected by {rounds} PBKDF2-"
            "HMAC-{prf} iterations, below NIST SP 800-63B's minimum of "
            "{PBKDF2_MIN_ITERATIONS}.").format(rounds=p.rounds, prf=p.prf.upper(), PBKDF2_MIN_ITERATIONS=PBKDF2_MIN_ITERATIONS), _resave_fix(), RESAVE)
    elif p.kdf == "pbkdf2":
        add("pbkdf2", NOTE, _("PBKDF2 ({rounds} iterations) needs no memory, so passphrase "
            "guesses run fast on graphics cards; bcrypt and Argon2 cost more per guess.").format(rounds=p.rounds),
            _resave_fix(), RESAVE)
    elif p.kdf == "sshcom-md5":
        add("sshcom-encryption", WEAK, _("The ssh.com format derives its 3DES key from MD5 of the "
            "passphrase, without salt or iterations."), _resave_fix(), RESAVE)
    elif p.format == "pkcs8" and p.kdf not in ("none", "pbkdf2"):
        add("pkcs8-pbes1", WEAK, _("The key is encrypted with {kdf}, an old PKCS#5 v1.5 / "
            "PKCS#12 scheme (DES, RC2 or RC4 with an MD5 or SHA-1 key derivation).").format(kdf=p.kdf),
            _resave_fix(), RESAVE)
    if p.format == "pem":
        add("format-age", NOTE, _("Traditional PEM (OpenSSL's PKCS#1 / SEC1 format, what "
            "ssh-keygen wrote before OpenSSH 7.8) stores no comment and knows only the legacy "
            "encryption."), _resave_fix(), RESAVE)
    elif p.format == "sshcom":
        add("format-age", NOTE, _("The ssh.com format dates from SSH Communications' SSH2 of the "
            "1990s; OpenSSH does not read it."), _resave_fix(), RESAVE)
    if p.encrypted and not decrypted:
        add("not-decrypted", INFO,
            _("No passphrase was given, so only what the file keeps in clear was checked: its "
              "encryption and its public key.") if p.format in ("openssh", "ppk") else
            _("No passphrase was given, so only what the file keeps in clear was checked: its "
              "encryption; the key's type and size are encrypted too."))
    return out


def check_key(key: Key) -> list:
    """The findings for a loaded key (its source, if operations.load set one, included)."""
    out = key_findings(key.public)
    if key.source is not None:
        out += protection_findings(key.source, decrypted=key.has_private or not key.source.private)
    return out


def _summary(key: Key, protection: Protection) -> dict:
    # An encrypted OpenSSH file keeps its comment in the encrypted part.
    hidden = protection.format == "openssh" and protection.encrypted and not key.has_private
    return {"type": key.algorithm, "bits": key.bits, "sha256": fingerprint(key.public),
            "comment": None if hidden else key.comment}


async def check_file(data: bytes, passphrase=None, *, engine=None) -> dict:
    """The check-up of one key file (private or public). Encrypted files without a passphrase
    are checked as far as their clear parts go (an "info" finding says so)."""
    unread = []
    try:
        loaded = await operations.read_file(data, passphrase, engine=engine)   # one parse
        protection, key = loaded.protection, loaded.key
    except UnsupportedError as e:
        # e.g. an old PKCS#8 scheme: what the file keeps in clear is still reported.
        protection = operations.protection(data)
        if not protection.encrypted:
            raise
        if passphrase:
            unread = [Finding("not-decrypted", INFO, _("The file could not be decrypted here: {e}").format(e=e))]
        key = None
        with contextlib.suppress(PassphraseRequired):
            key = await operations.load_public(data, engine=engine)
    findings = (key_findings(key.public) if key else []) + protection_findings(
        protection, decrypted=bool(key and key.has_private) or not protection.private or bool(unread))
    findings += unread
    return {"kind": "key", "format": protection.format, "protection": protection.as_dict(),
            "key": _summary(key, protection) if key else None,
            "findings": [f.as_dict() for f in findings]}


# -- authorized_keys and known_hosts -----------------------------------------------------------

def _row(entry: keylines.KeyLine) -> dict:
    return {"line": entry.number, "kind": entry.kind, "type": entry.algorithm,
            "bits": entry.public.bits if entry.public is not None else None,
            "sha256": entry.sha256, "comment": entry.comment, "options": list(entry.options),
            "hosts": [_("(hashed)")] if entry.hashed else list(entry.hosts),
            "marker": entry.marker, "error": "", "text": ""}


def check_lines(text: str, kind: str | None = None) -> dict:
    """Every line of an authorized_keys or known_hosts text (`kind`, or judged from the text),
    as table rows, and the findings: weak keys, keys on several lines, keys of types not
    checked, options sshd refuses, lines that will not parse."""
    parsed = keylines.parse(text, kind)
    rows, findings, seen = [], [], {}
    for entry in parsed.keys:
        rows.append(_row(entry))
        if entry.kind == "authorized_keys":
            seen.setdefault(entry.blob, []).append(entry.number)
        if entry.public is None:
            # TRANSLATORS: {reason} is a translated sentence without its final full stop.
            findings.append(Finding("unsupported-type", INFO, _("{reason}: this "
                                    "line was not checked beyond its fingerprint.").format(reason=entry.unsupported[:-1]),
                                    line=entry.number))
        elif entry.marker != "@revoked":
            findings += key_findings(entry.public, entry.number)
        if entry.bad_options:
            shown = ", ".join(repr(o.partition("=")[0]) for o in entry.bad_options)
            findings.append(Finding("bad-option", NOTE, _("sshd does not take the option {shown} "
                                    "as written, so it refuses this line's key.").format(shown=shown),
                                    _("Correct the option or remove it."), line=entry.number))
    for entry in parsed.keys:
        # known_hosts lists one host key under several names (host, address) by design.
        lines = seen.get(entry.blob, [])
        if entry.kind == "authorized_keys" and len(lines) > 1 and lines[0] == entry.number:
            findings.append(Finding(
                "duplicate", NOTE, _("The same key ({sha256}) is on lines "
                "{lines}.").format(sha256=entry.sha256, lines=', '.join(map(str, lines))),
                _("Keep one line per key, with the options it needs."), line=entry.number))
    for bad in parsed.bad:
        rows.append({"line": bad.number, "kind": "", "type": "", "bits": None, "sha256": "",
                     "comment": "", "options": [], "hosts": [], "marker": "",
                     "error": bad.error, "text": bad.text})
        findings.append(Finding("unparsable", NOTE, _("This line will not parse: {error}").format(error=bad.error),
                                _("Fix or remove the line: sshd skips it."), line=bad.number))
    rows.sort(key=lambda r: r["line"])
    findings.sort(key=lambda f: f.line)
    return {"kind": "lines", "rows": rows, "findings": [f.as_dict() for f in findings]}


def is_weak(report: dict) -> bool:
    return any(f["severity"] == WEAK for f in report["findings"])


__all__ = ["Finding", "WEAK", "NOTE", "INFO", "RESAVE", "RENEW", "key_findings",
           "protection_findings", "check_key", "check_file", "check_lines", "is_weak",
           "has_roca_structure"]
