"""Shared fixtures: our keys (made once per session), our files of them, and a private sshd."""

import asyncio

import pytest

import referees
import sshkeys

# The private-format variants we write, by test id: (format name, save() options).
WRITE_VARIANTS = {
    "openssh": ("openssh", {}),
    "ppk3": ("ppk", {"version": 3}),                          # Argon2id, timed like PuTTYgen
    "ppk3-argon2i": ("ppk", {"version": 3, "kdf": "argon2i"}),
    "ppk3-argon2d": ("ppk", {"version": 3, "kdf": "argon2d"}),
    "ppk2": ("ppk", {"version": 2}),
    "pem": ("pem", {}),
    "pkcs8": ("pkcs8", {}),
}
WRITE_VARIANTS.update({f"openssh-{c}": ("openssh", {"cipher_name": c}) for c in referees.CIPHERS})


@pytest.fixture(scope="session")
def our_key():
    """our_key('rsa2048') -> a Key made by sshkeys.generate, the same one all session."""
    cache = {}

    def get(spec: str) -> sshkeys.Key:
        if spec not in cache:
            family, bits = referees.KEY_SPECS[spec]
            cache[spec] = asyncio.run(
                sshkeys.generate(family, bits, comment=referees.comment_for(spec)))
        return cache[spec]
    return get


@pytest.fixture(scope="session")
def our_file(our_key, tmp_path_factory):
    """our_file('rsa2048', 'pem', encrypted) -> path of our key saved in that variant,
    protected by referees.PASSPHRASE when encrypted. Public formats take encrypted=False."""
    cache = {}
    directory = tmp_path_factory.mktemp("ours")

    def get(spec: str, variant: str, encrypted: bool = False):
        ident = (spec, variant, encrypted)
        if ident not in cache:
            fmt, options = WRITE_VARIANTS.get(variant, (variant, {}))
            passphrase = referees.PASSPHRASE if encrypted else None
            data = asyncio.run(sshkeys.save(our_key(spec), fmt, passphrase, **options))
            path = directory / f"{spec}.{variant}.{'enc' if encrypted else 'plain'}"
            path.write_bytes(data)
            path.chmod(0o600)
            cache[ident] = path
        return cache[ident]
    return get


@pytest.fixture(scope="session")
def sshd(tmp_path_factory):
    server = referees.Sshd(tmp_path_factory.mktemp("sshd")).start()
    yield server
    server.stop()


# -- the built page, served, and Chromium (tests/page.py) -------------------------------------

@pytest.fixture(scope="session")
def built_dist(tmp_path_factory):
    """dist/ made by the real build.py, once a session."""
    import page
    return page.build(tmp_path_factory.mktemp("site") / "dist")


@pytest.fixture(scope="session")
def site(built_dist):
    import page
    server = page.Site(built_dist)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium under Playwright; per module, since Playwright's sync API holds an
    event loop on this thread while it runs."""
    import page
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = page.launch(p)
        yield b
        b.close()

