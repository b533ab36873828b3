"""Shared fixtures: our keys (made once per session), our files of them, and a private sshd."""

import asyncio
import os

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


# -- the referee generations (tests/referees.py) --------------------------------------------

@pytest.fixture(scope="session", params=referees.OPENSSH_GENERATIONS, ids=repr)
def ossh(request) -> referees.Generation:
    """A test that takes `ossh` runs once per OpenSSH generation: Debian's and today's."""
    return request.param


@pytest.fixture(scope="session", params=referees.PUTTY_GENERATIONS, ids=repr)
def putty(request) -> referees.Generation:
    """A test that takes `putty` runs once per PuTTY generation: Debian's and today's."""
    return request.param


def _families(params: dict):
    """The key families a cell's parameters name ('dsa', or a KEY_SPECS id such as 'rsa2048')."""
    for value in params.values():
        if isinstance(value, str) and value in referees.KEY_SPECS:
            yield referees.KEY_SPECS[value][0]
        elif isinstance(value, str) and value in referees.SSH_KEYGEN_LABEL:
            yield value


@pytest.fixture(autouse=True)
def referee_generation(request):
    """The referee helpers run the generations this cell names (Debian's otherwise); a cell
    whose key type its generation lacks is skipped, saying which and why."""
    callspec = getattr(request.node, "callspec", None)
    params = callspec.params if callspec else {}
    generations = [g for g in (params.get("ossh"), params.get("putty")) if g is not None]
    for generation in generations:
        for family in _families(params):
            generation.skip_if_lacks(family)
    with referees.using(*generations):
        yield


@pytest.fixture(scope="session")
def sshd_of(tmp_path_factory):
    """sshd_of(generation) -> a loopback sshd of that OpenSSH, started once a session."""
    servers = {}

    def get(generation: referees.Generation) -> referees.Sshd:
        if generation.id not in servers:
            directory = tmp_path_factory.mktemp(f"sshd-{generation.id}")
            servers[generation.id] = referees.Sshd(directory, generation=generation).start()
        return servers[generation.id]
    yield get
    for server in servers.values():
        server.stop()


@pytest.fixture(scope="session")
def sshd(sshd_of):
    """Debian's sshd, for the tests that run one generation (the page's)."""
    return sshd_of(referees.DEBIAN_OPENSSH)


# -- the built page, served (tests/page.py), and its browsers (tests/browsers.py) ------------
# tests/README.md says which of these fixtures a new test takes.

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


def engines_under_test() -> list[str]:
    """Every engine, or those named in $SSHKEYS_BROWSERS (comma-separated) for a quick run."""
    import browsers
    named = os.environ.get("SSHKEYS_BROWSERS")
    return [e.strip() for e in named.split(",")] if named else list(browsers.ENGINES)


@pytest.fixture(scope="module")
def launched(tmp_path_factory):
    """The browsers this module has started, by engine: each starts on first use and stops
    with the module (Playwright's sync API holds an event loop on this thread while it runs,
    so it cannot outlive a module whose neighbours call asyncio.run)."""
    import browsers
    started = {}

    def get(engine: str, proxy: str | None = None):
        if (engine, proxy) not in started:
            downloads = tmp_path_factory.mktemp(f"downloads-{engine}")
            started[engine, proxy] = browsers.launch(engine, downloads, proxy=proxy)
        return started[engine, proxy]
    yield get
    for browser in started.values():
        browser.close()


def pytest_generate_tests(metafunc):
    """A test that takes `engine` runs in every engine, or in those its own parametrize mark
    names (engines left out by $SSHKEYS_BROWSERS are skipped)."""
    if "engine" not in metafunc.fixturenames:
        return
    if not any(mark.args[0] == "engine" for mark in metafunc.definition.iter_markers("parametrize")):
        metafunc.parametrize("engine", engines_under_test(), scope="module")


@pytest.fixture(scope="module")
def browser(launched, engine):
    """The module's browser of the engine this test runs in: a tests/browsers.py browser,
    whose .tab() is a Tab (browsers.ready(browser, url) gives one on a ready page)."""
    if engine not in engines_under_test():
        pytest.skip(f"{engine} is not in $SSHKEYS_BROWSERS")
    return launched(engine)


@pytest.fixture(scope="module")
def chromium(launched):
    """Debian's Chromium, for the Chromium-only tests: the tests/browsers.py browser the
    module's chromium-engine tests use; its tabs reach Playwright through tab.playwright.
    These tests run whatever $SSHKEYS_BROWSERS names (deselect them with -k)."""
    return launched("chromium")


@pytest.fixture(scope="module")
def shared_tabs(launched):
    """Ready tabs kept for the module's tests, by (engine, url): starting Python takes seconds
    in Firefox and WebKit, so their tests go on in one tab, as a user does (generate, save,
    clear, open another file). Chromium gets a new tab for each test instead: it drops
    downloads when a tab has made many."""
    kept = {}
    yield kept          # closed before `launched` stops the browsers
    for tab in kept.values():
        tab.close()


def tab_for_test(shared_tabs, browser, url):
    """Yields the page at url, ready, on the Generate panel with no key shown."""
    import browsers
    if browser.name == "chromium":
        with browsers.ready(browser, url) as tab:
            yield tab
        return
    tab = shared_tabs.get((browser.name, url))
    if tab is None:
        tab = shared_tabs[browser.name, url] = browser.tab()
    # WebKit's tabs share one window: another test's tab may have taken it to another page.
    if tab.evaluate("() => location.href") != url:
        tab.goto(url)
        tab.wait_ready()
    yield tab
    if not tab.reset():
        tab.goto(url)
        tab.wait_ready()


@pytest.fixture
def tab(shared_tabs, browser, site):
    """The served page in the test's engine, ready, on the Generate panel with nothing shown
    (a fresh one in Chromium, the module's one reset in Firefox and WebKit)."""
    yield from tab_for_test(shared_tabs, browser, site.url)


# Every WebCrypto algorithm the engine can do without: with ?engine-hide, the audited libraries
# do them instead, even where the browser has them, so their output meets the referees too.
HIDDEN = ["ECDSA", "ECDSA-derive", "Ed25519", "Ed25519-derive", "Ed448", "Ed448-derive", "AES-192"]


@pytest.fixture
def fallback_tab(shared_tabs, browser, site):
    """As `tab`, on the page with every hideable WebCrypto algorithm hidden (?engine-hide):
    the engine's fallback libraries (web/engine.js) do that work."""
    yield from tab_for_test(shared_tabs, browser, site.url + "?engine-hide=" + ",".join(HIDDEN))


def pytest_collection_modifyitems(items):
    """A page test in Firefox or WebKit gets one more try (pytest-rerunfailures): their
    drivers here (puppeteer-core over BiDi, WebKitWebDriver) now and then lose a step of their
    own; a test that fails twice still fails, and the rerun is reported."""
    for item in items:
        engine = getattr(item, "callspec", None) and item.callspec.params.get("engine")
        if engine in ("firefox", "webkit"):
            item.add_marker(pytest.mark.flaky(reruns=1))
