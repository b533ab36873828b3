"""Passphrase strength (issue 14): the offline guessing time of sshkeys.strength for the key
derivation as saved, the worker's `strength` message, and the live line under the page's
passphrase fields (zxcvbn-ts in rater.js, a worker of its own)."""

import asyncio
import inspect
import math

import pytest

from sshkeys import defaults, formats, operations, strength
from sshkeys.session import Session

# zxcvbn-ts 4.2 (with its common and English dictionaries) counts these guesses.
PASSWORD1 = 230                       # "password1"
HORSE = 5.27e19                       # "correct horse battery staple"
SIX_WORDS = 2.97e32                   # six EFF words, "unbuilt anyhow snowbird lend unfitted dismount"
FORMATS = ["openssh", "ppk", "pkcs8", "pem"]


def seconds(guesses, fmt, **options):
    return strength.estimate_saved(guesses, fmt, **options).seconds


@pytest.mark.parametrize("fmt", FORMATS)
def test_more_guesses_take_longer(fmt):
    times = [seconds(g, fmt) for g in (1, PASSWORD1, 1e6, 1e11, HORSE, SIX_WORDS)]
    assert times == sorted(times) and len(set(times)) == len(times)


@pytest.mark.parametrize("fmt, cheap, dear", [
    ("openssh", {"rounds": 16}, {"rounds": 64}),
    ("ppk", {"memory": 8192}, {"memory": 65536}),
    ("ppk", {"passes": 1}, {"passes": 13}),
    ("ppk", {"version": 2}, {"version": 3}),
    ("pkcs8", {"iterations": 10_000}, {"iterations": 600_000}),
])
def test_a_dearer_kdf_takes_longer(fmt, cheap, dear):
    assert seconds(HORSE, fmt, **cheap) < seconds(HORSE, fmt, **dear)


def test_twice_the_bcrypt_rounds_take_twice_as_long():
    for rounds in (16, 24, 100):
        ratio = seconds(HORSE, "openssh", rounds=2 * rounds) / seconds(HORSE, "openssh", rounds=rounds)
        assert ratio == pytest.approx(2)


def test_the_save_defaults_are_what_each_writer_uses():
    # defaults.SAVE is what the strength model and the page assume save() does unasked.
    for name, options in defaults.SAVE.items():
        params = inspect.signature(formats.get(name).write).parameters.values()
        written = {p.name: p.default for p in params
                   if p.default is not p.empty and p.name != "passphrase"}
        assert written == options, name


def test_each_format_names_its_kdf_with_the_writers_defaults():
    o = strength.as_saved("openssh")
    assert (o.kdf, o.rounds, o.cipher) == ("bcrypt", defaults.BCRYPT_ROUNDS, defaults.OPENSSH_CIPHER)
    assert strength.estimate_saved(1, "openssh", rounds=64).kdf == "OpenSSH bcrypt_pbkdf, 64 rounds"
    p = strength.as_saved("ppk")
    assert (p.kdf, p.memory_kib, p.parallelism, p.version) == ("argon2id", 8192, 1, 3)
    assert strength.estimate_saved(1, "ppk").kdf == \
        "PPK v3 Argon2id 8 MiB × 1 pass or more (timed when saving)"
    assert strength.estimate_saved(1, "ppk", kdf="argon2d", memory=1000, passes=3).kdf == \
        "PPK v3 Argon2d 1000 KiB × 3 passes"
    assert strength.as_saved("ppk", version=2).kdf == "ppk2-sha1"
    assert strength.as_saved("pem").kdf == "evp-md5"
    assert strength.as_saved("pkcs8").kdf == "pbkdf2"
    with pytest.raises(ValueError):
        strength.as_saved("public-openssh")
    assert strength.private_formats("ed25519") == ["openssh", "ppk", "pkcs8"]
    assert strength.private_formats("rsa") == FORMATS


@pytest.mark.parametrize("spec, fmt, options", [
    ("ed25519", "openssh", {}), ("ed25519", "openssh", {"rounds": 5}),
    ("ed25519", "ppk", {"passes": 2, "memory": 1024}), ("ed25519", "ppk", {"version": 2}),
    ("ecdsa256", "pem", {}), ("ed25519", "pkcs8", {}), ("ed25519", "pkcs8", {"iterations": 2000}),
])
def test_what_is_estimated_is_what_save_writes(our_key, spec, fmt, options):
    """The file save() makes, read back by the check-up's reader, has the KDF and costs
    the estimate assumed."""
    data = asyncio.run(operations.save(our_key(spec), fmt, "pass phrase", **options))
    written, assumed = operations.protection(data), strength.as_saved(fmt, **options)
    for field in ("format", "kdf", "rounds", "memory_kib", "passes", "parallelism"):
        if getattr(written, field) is not None or fmt != "ppk":
            assert getattr(written, field) == getattr(assumed, field), field


def test_known_passphrases_are_rated_plainly():
    for fmt in FORMATS:
        weak = strength.estimate_saved(PASSWORD1, fmt)
        assert (weak.rating, weak.time) == ("very weak", "less than a second")
        assert strength.estimate_saved(SIX_WORDS, fmt).rating == "strong"
    # The KDF is the difference: four common words hold for ages against bcrypt, weeks against
    # one MD5 a guess.
    assert strength.estimate_saved(HORSE, "openssh").time == "about 9 million years"
    assert strength.estimate_saved(HORSE, "pem").rating == "weak"
    assert strength.estimate_saved(SIX_WORDS, "openssh").time == "more than a billion years"


def test_a_suggested_passphrase_counts_by_its_entropy():
    """zxcvbn sees six EFF words as 10^32 guesses; an attacker who knows they are six of 7,776
    needs 2^76.5 on average."""
    bits = 6 * math.log2(7776)
    assert strength.guesses(SIX_WORDS, bits) == pytest.approx(2 ** (bits - 1))
    assert strength.guesses(PASSWORD1, bits) == PASSWORD1 and strength.guesses(HORSE) == HORSE
    four = strength.estimate_saved(strength.guesses(SIX_WORDS, 4 * math.log2(7776)), "openssh")
    assert (four.time, four.rating) == ("about 300 years", "fair")


@pytest.mark.parametrize("seconds, text", [
    (0.2, "less than a second"), (1, "about 1 second"), (150, "about 3 minutes"),
    (3 * 3600, "about 3 hours"), (86400 * 50, "about 2 months"),
    (86400 * 365.25 * 8700, "about 9,000 years"), (86400 * 365.25 * 3.2e7, "about 30 million years"),
    (1e30, "more than a billion years"),
])
def test_durations_read_as_a_person_says_them(seconds, text):
    assert strength.duration(seconds) == text


def test_the_worker_message_takes_a_guess_count_never_a_passphrase():
    call = lambda **kw: asyncio.run(Session().handle({"op": "strength", **kw}))
    assert call(guesses_log10=32.47, entropy_bits=51.7)["estimates"][0]["time"] == "about 300 years"
    reply = call(guesses_log10=19.72, family="ed25519",
                 options={"openssh": {"rounds": 48}, "ppk": {"version": 2}})
    assert reply["ok"] and reply["attacker"] == strength.ATTACKER
    assert [e["format"] for e in reply["estimates"]] == ["openssh", "ppk", "pkcs8"]
    assert reply["estimates"][0]["kdf"] == "OpenSSH bcrypt_pbkdf, 48 rounds"
    assert reply["estimates"][1]["kdf"] == "PPK v2: one SHA-1 per guess"
    assert [e["format"] for e in call(guesses_log10=2, formats=["ppk", "pem"])["estimates"]] == \
        ["ppk", "pem"]
    assert not call(guesses_log10=2, passphrase="password1")["ok"]


# -- the page ------------------------------------------------------------------------------------

LINE = "#passphrase-strength"
SAVE_LINE = "#save-passphrase-strength"


def line_after(tab, selector, text):
    tab.wait_for_text(selector, text)
    return tab.text(selector)


def test_the_page_says_how_long_a_typed_passphrase_holds(tab):
    tab.fill("#passphrase", "password1")
    weak = line_after(tab, LINE, "Very weak passphrase.")
    assert "commonly used password" in weak and "less than a second" in weak
    assert f"An attacker with {strength.ATTACKER}" in weak
    assert "OpenSSH bcrypt_pbkdf, 24 rounds" in weak and "You can still use it." in weak

    tab.click("#suggest")                      # six words by default
    strong = line_after(tab, LINE, "Strong passphrase.")
    assert "more than a billion years" in strong and "You can still use it." not in strong
    # Four suggested words count by their entropy (51.7 bits), not zxcvbn's far larger count.
    tab.select("#suggest-words", "4")
    tab.click("#suggest")
    line_after(tab, LINE, "Fair passphrase. An attacker with")
    assert "would need about 300 years" in tab.text(LINE)
    tab.generate()                             # the save field takes it, counted the same
    line_after(tab, SAVE_LINE, "would need about 300 years")
    tab.click("#clear")
    tab.wait_for("#result", "hidden")
    tab.wait_ready()
    tab.select("#suggest-words", "6")

    # A passphrase of days, not ages: the costs saved move it.
    tab.fill("#passphrase", "Tr0ub4dor&3")
    line_after(tab, LINE, "about 6 days to guess it offline against OpenSSH bcrypt_pbkdf, 24 rounds")
    try:
        tab.fill("#rounds", "240")
        line_after(tab, LINE, "about 2 months to guess it offline against OpenSSH bcrypt_pbkdf, 240 rounds")
        assert "PPK v3 Argon2id 8 MiB × 1 pass or more" in tab.text(LINE)
        tab.fill("#ppk-memory", "65536")
        tab.fill("#ppk-passes", "3")
        line_after(tab, LINE, "PPK v3 Argon2id 64 MiB × 3 passes")
    finally:
        for field, value in (("#rounds", "24"), ("#ppk-memory", "8192"), ("#ppk-passes", "")):
            tab.fill(field, value)

    tab.fill("#passphrase", "")
    line_after(tab, LINE, "No passphrase: the private key file will not be protected.")

    # The save field of the key on screen: weak, allowed, said.
    tab.generate(passphrase="password1")
    saved = line_after(tab, SAVE_LINE, "Very weak passphrase.")
    assert "PKCS#8 PBKDF2-HMAC-SHA256, 100,000 iterations" in saved and "PEM" not in saved
    tab.fill("#save-passphrase", "Tr0ub4dor&3")
    line_after(tab, SAVE_LINE, "about 6 days to guess it offline")
    tab.click("#ppk-v2")                       # beside the .ppk button: a version 2 file
    line_after(tab, SAVE_LINE, "PPK v2: one SHA-1 per guess: less than a second (very weak)")
