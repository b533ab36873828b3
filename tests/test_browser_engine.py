"""The browser engine, proven under Node.js: sshkeys running in Pyodide on WebCrypto and the
libraries web/engine.js bundles, loaded from the dist/ that `python build.py` makes for the page.

One Node process (tests/node/pyodide_host.mjs) loads Pyodide, registers web/engine.js as the
worker does, loads the sshkeys wheel from the lock and runs the Python snippets we send it;
it starts once for this module (loading Pyodide takes seconds). Node 20's globalThis.crypto is
WebCrypto, and it has every algorithm engine.js can take from WebCrypto (Ed448 and AES-192
too), so the library fallbacks run where a test hides WebCrypto's (engine.js configure(),
the `fallbacks` fixture): each is checked like the WebCrypto path it replaces.

  - Keys the browser engine makes (Ed25519, Ed448, RSA 2048/3072/4096, ECDSA P-256/384/521,
    DSA) in every format, plain and passphrase-protected, are read by ssh-keygen and puttygen
    (and by OpenSSL through pyca/cryptography where neither reads the file), and log in to a
    loopback sshd with ssh and plink; the EdDSA and ECDSA keys the fallbacks make too.
  - Files ssh-keygen, puttygen and openssl make, plain and encrypted with every cipher they
    offer (Triple DES, ChaCha20-Poly1305 and AES-192 included), load in the browser engine to
    the key the referee reports and the native engine loads, on WebCrypto and on the fallbacks.
  - Engine parity: the same inputs give the same bytes in the native and browser engines for
    bcrypt_pbkdf, Argon2d/i/id, PBKDF2, AES-CTR/CBC/GCM, ChaCha20, Poly1305 and Triple DES,
    and the same public keys, on WebCrypto and on the fallbacks.
  - Published vectors, in both engines: bcrypt_pbkdf from pyca/bcrypt's test_kdf, Argon2i and
    Argon2id from the reference implementation's src/test.c, PBKDF2-HMAC-SHA1 from RFC 6070.
    RFC 9106's Argon2 vectors need a secret and associated data, which neither engine's
    interface (nor hash-wasm) takes: they are checked against argon2-cffi's reference C code,
    which the parity tests then tie to hash-wasm for all three flavours.
  - engine.js reports which library does what, truthfully, and a WebCrypto that refuses an
    algorithm outright becomes an UnsupportedError saying so.
"""

import asyncio
import base64
import inspect
import random
import shutil
from pathlib import Path

import pytest

import referees
import sshkeys
from node_host import BrowserError, PyodideHost
from referees import PASSPHRASE, comment_for, strip_comment
from sshkeys.engine.native import NativeEngine

ROOT = Path(__file__).resolve().parent.parent

def native(coroutine):
    return asyncio.run(coroutine)


def lit(value) -> str:
    """A Python literal of value for a snippet (bytes, str, int, None, tuples of them)."""
    return repr(value)


# What every snippet may use: the package, the engine, our keys by spec, and the referees'
# numbering of a key's private numbers (its source, sent over: it only reads attributes).
HELPERS = "\n".join([
    "import sshkeys",
    "from sshkeys.engine import get_engine",
    "engine = get_engine()",
    "keys = {}",
    inspect.getsource(referees.private_numbers),
    "async def hide(*names):",
    "    # engine.js's test switch: these WebCrypto algorithms hidden, their fallbacks used",
    "    import sshkeys_engine_js",
    "    from js import Object",
    "    from pyodide.ffi import to_js",
    "    found = await sshkeys_engine_js.configure(to_js({'hide': list(names)},",
    "                                                    dict_converter=Object.fromEntries))",
    "    return found.to_py()",
    "import sshkeys_engine_js",
    "HIDEABLE = list(sshkeys_engine_js.HIDEABLE)",
    "def summary(key):",
    "    return {'line': sshkeys.public_line(key), 'bits': key.bits,",
    "            'family': key.type.family, 'comment': key.comment,",
    "            'sha256': sshkeys.fingerprint(key.public, 'sha256'),",
    "            'numbers': private_numbers(key) if key.private else None}",
])


@pytest.fixture(scope="module")
def pyodide(built_dist):
    """sshkeys on the browser engine in Pyodide under Node.js (tests/node_host.py), not in a
    browser: the page's own tests take `browser` and `tab` (tests/README.md)."""
    host = PyodideHost(built_dist)
    host.run(HELPERS)
    yield host
    host.close()


@pytest.fixture
def fallbacks(pyodide):
    """Every WebCrypto algorithm that has a fallback hidden for one test (the libraries'
    report as the value); WebCrypto's again afterwards."""
    yield pyodide.run("await hide(*HIDEABLE)")
    pyodide.run("await hide()")


PROVIDERS = ["webcrypto", "fallbacks"]


@pytest.fixture(params=PROVIDERS)
def provider(request, pyodide):
    """Parametrizes a test over WebCrypto and the fallbacks."""
    if request.param == "fallbacks":
        request.getfixturevalue("fallbacks")
    return request.param


# -- keys the browser engine makes ---------------------------------------------------------

# The native tests' keys plus RSA 3072: the big RSA sizes get one cell per check, not the
# matrix. Ed448 only where PuTTY reads it (OpenSSH has no Ed448).
SPECS = referees.KEY_SPECS | {"rsa3072": ("rsa", 3072)}
MATRIX = ["ed25519", "rsa2048", "ecdsa256", "ecdsa384", "ecdsa521", "dsa"]
NOT_ED = [s for s in MATRIX if s != "ed25519"]
# The keys the fallbacks make (RSA and DSA have none), named "<spec>-fallback" below.
FALLBACK_MADE = ["ed25519", "ed448", "ecdsa256", "ecdsa384", "ecdsa521"]

VARIANTS = {
    "openssh": ("openssh", {}),
    "ppk3": ("ppk", {"version": 3}),
    "ppk3-argon2i": ("ppk", {"version": 3, "kdf": "argon2i"}),
    "ppk3-argon2d": ("ppk", {"version": 3, "kdf": "argon2d"}),
    "ppk2": ("ppk", {"version": 2}),
    "pem": ("pem", {}),
    "pkcs8": ("pkcs8", {}),
    "public-openssh": ("public-openssh", {}),
    "rfc4716": ("rfc4716", {}),
    "public-pem": ("public-pem", {}),
}


@pytest.fixture(scope="module")
def browser_key(pyodide):
    """browser_key('rsa2048') -> summary of a key the browser engine made (same all module)."""
    made = {}

    def get(spec: str) -> dict:
        if spec not in made:
            base = spec.removesuffix("-fallback")
            family, bits = SPECS[base]
            switch = ("await hide(*HIDEABLE)", "await hide()") if base != spec else ("", "")
            made[spec] = pyodide.run(
                f"{switch[0]}\n"
                f"try:\n"
                f"    keys[{spec!r}] = await sshkeys.generate({family!r}, {bits!r}, "
                f"comment={comment_for(base)!r})\n"
                f"finally:\n"
                f"    {switch[1] or 'pass'}\n"
                f"summary(keys[{spec!r}])")
        return made[spec]
    return get


@pytest.fixture(scope="module")
def browser_file(pyodide, browser_key, tmp_path_factory):
    """browser_file('rsa2048', 'pem', encrypted) -> path of that key saved by the browser engine."""
    made = {}
    directory = tmp_path_factory.mktemp("browser-files")

    def get(spec: str, variant: str, encrypted: bool = False) -> Path:
        ident = (spec, variant, encrypted)
        if ident not in made:
            browser_key(spec)
            fmt, options = VARIANTS[variant]
            passphrase = PASSPHRASE if encrypted else None
            data = pyodide.run(f"await sshkeys.save(keys[{spec!r}], {fmt!r}, {passphrase!r}, "
                               f"**{options!r})")
            path = directory / f"{spec}.{variant}.{'enc' if encrypted else 'plain'}"
            path.write_bytes(data)
            path.chmod(0o600)
            made[ident] = path
        return made[ident]
    return get


def pw(encrypted: bool):
    return PASSPHRASE if encrypted else None


def cells(specs, variants, encryptions=(False, True)) -> list:
    return [pytest.param(s, v, e, id=f"{s}-{v}-{'passphrase' if e else 'plain'}")
            for v in variants for s in specs for e in encryptions]


def test_host_runs_sshkeys_on_the_browser_engine(pyodide):
    assert pyodide.info["engine"] == "browser"
    assert pyodide.info["python"].startswith("3.")
    assert pyodide.run("engine.name") == "browser"
    # The browser engine is chosen because cryptography is not there, as on the page.
    assert pyodide.run("import importlib.util\nimportlib.util.find_spec('cryptography')") is None


SSH_KEYGEN_READS = (cells(MATRIX, ["openssh"]) + cells(NOT_ED, ["pem", "pkcs8"])
                    + cells(["rsa3072", "rsa4096"], ["openssh"], [True]))


@pytest.mark.parametrize("spec,variant,encrypted", SSH_KEYGEN_READS)
def test_ssh_keygen_reads_browser_private(browser_key, browser_file, spec, variant, encrypted):
    key = browser_key(spec)
    got = referees.ssh_keygen_public(browser_file(spec, variant, encrypted), pw(encrypted))
    # PEM and PKCS#8 carry no comment
    assert got == (key["line"] if variant == "openssh" else strip_comment(key["line"]))


@pytest.mark.parametrize("spec", ["ed25519", "rsa2048", "ecdsa256", "dsa"])
def test_ssh_keygen_fingerprints_browser_key(browser_key, browser_file, spec):
    key = browser_key(spec)
    expected = referees.ssh_keygen_line(key["bits"], key["sha256"], key["comment"], key["family"])
    assert referees.ssh_keygen_fingerprint(browser_file(spec, "openssh")) == expected
    assert referees.ssh_keygen_fingerprint(browser_file(spec, "public-openssh")) == expected


def putty_mismatches(key: dict, dump: dict) -> dict:
    """Numbers in `puttygen -O text` that differ from the browser key's (empty if all agree)."""
    ours = dict(key["numbers"])
    return {name: (hex(value), dump.get(name)) for name, value in ours.items()
            if dump.get(name) != value}


PUTTYGEN_READS = (cells(MATRIX + ["ed448"], ["ppk3", "ppk2"])
                  + cells(["ed25519", "rsa2048"], ["ppk3-argon2i", "ppk3-argon2d"], [True])
                  + cells(["rsa4096"], ["ppk3"], [True])
                  + cells([f"{s}-fallback" for s in FALLBACK_MADE], ["ppk3"], [True]))


@pytest.mark.parametrize("spec,variant,encrypted", PUTTYGEN_READS)
def test_puttygen_reads_browser_ppk(browser_key, browser_file, spec, variant, encrypted):
    key = browser_key(spec)
    path = browser_file(spec, variant, encrypted)
    assert referees.puttygen_public(path, pw(encrypted)) == key["line"]
    # -O text decrypts the private half and checks the MAC
    assert putty_mismatches(key, referees.puttygen_text(path, pw(encrypted))) == {}


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "passphrase"])
def test_openssl_reads_browser_ed25519_pkcs8(browser_key, browser_file, encrypted):
    """ssh-keygen 9.2 and puttygen read no Ed25519 PKCS#8; OpenSSL (pyca/cryptography) does."""
    from cryptography.hazmat.primitives import serialization
    key = browser_key("ed25519")
    data = browser_file("ed25519", "pkcs8", encrypted).read_bytes()
    private = serialization.load_pem_private_key(
        data, PASSPHRASE.encode() if encrypted else None)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    assert _ed25519_line(raw) == strip_comment(key["line"])


def _ed25519_line(raw: bytes) -> str:
    blob = (len(b"ssh-ed25519").to_bytes(4, "big") + b"ssh-ed25519"
            + len(raw).to_bytes(4, "big") + raw)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


@pytest.mark.parametrize("spec", MATRIX)
def test_referees_read_browser_public_files(browser_key, browser_file, spec):
    key = browser_key(spec)
    line, bare = key["line"], strip_comment(key["line"])
    assert referees.puttygen_public(browser_file(spec, "public-openssh")) == line
    assert referees.puttygen_public(browser_file(spec, "rfc4716")) == line
    assert referees.ssh_keygen_import(browser_file(spec, "rfc4716"), "RFC4716") == bare
    if spec == "ed25519":      # ssh-keygen 9.2 imports no Ed25519 SubjectPublicKeyInfo
        from cryptography.hazmat.primitives import serialization
        public = serialization.load_pem_public_key(browser_file(spec, "public-pem").read_bytes())
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        assert _ed25519_line(raw) == bare
    else:
        assert referees.ssh_keygen_import(browser_file(spec, "public-pem"), "PKCS8") == bare


@pytest.mark.parametrize("spec", MATRIX + ["rsa4096"] + [f"{s}-fallback" for s in FALLBACK_MADE
                                                          if s != "ed448"])
def test_ssh_login_with_browser_key(sshd, browser_key, browser_file, spec):
    """A login proves the public key belongs to the private one: sshd verifies a signature."""
    sshd.authorize(browser_key(spec)["line"])
    assert sshd.login_openssh(browser_file(spec, "openssh")) == "ok"


@pytest.mark.parametrize("spec", MATRIX)
def test_plink_login_with_browser_key(sshd, browser_key, browser_file, spec):
    sshd.authorize(browser_key(spec)["line"])
    assert sshd.login_plink(browser_file(spec, "ppk3")) == "ok"


@pytest.mark.parametrize("spec", MATRIX + ["ed448"] + [f"{s}-fallback" for s in FALLBACK_MADE])
def test_native_engine_loads_browser_files(browser_key, browser_file, spec):
    """Both engines agree on every file: the native one decrypts what the browser one wrote,
    and checks with OpenSSL that each public key belongs to its private key (Ed448 has no
    other referee for that: no sshd takes it)."""
    key = browser_key(spec)
    eddsa = spec.startswith("ed")
    for variant in ["openssh", "ppk3", "ppk2"] + (["pkcs8"] if eddsa else ["pem", "pkcs8"]):
        loaded = native(sshkeys.load(browser_file(spec, variant, True).read_bytes(), PASSPHRASE))
        assert referees.private_numbers(loaded) == key["numbers"], variant


# -- files the referees make, loaded by the browser engine --------------------------------

KEYGEN_TYPES = {"ed25519": ("ed25519", None), "rsa2048": ("rsa", 2048),
                "ecdsa256": ("ecdsa", 256), "ecdsa384": ("ecdsa", 384),
                "ecdsa521": ("ecdsa", 521), "dsa": ("dsa", 1024),
                "ed448": ("ed448", None)}      # puttygen only
# openssl's variants: its legacy PEM encryption (-traditional -CIPHER) and PKCS#8's PBES2
# (-v2 CIPHER), of an ssh-keygen key.
OPENSSL_VARIANTS = {"des3": ("pem", "-des3"), "aes192": ("pem", "-aes192"),
                    "pkcs8-des3": ("pkcs8", "des3"), "pkcs8-aes192": ("pkcs8", "aes-192-cbc")}


@pytest.fixture(scope="module")
def their_file(tmp_path_factory):
    """their_file('ssh-keygen', 'rsa2048', 'pem', encrypted) -> a file the referee wrote.

    ssh-keygen variants: openssh (its default), PEM, PKCS8, and openssh-CIPHER;
    puttygen variants: ppk3 (Argon2id), ppk3-argon2i, ppk3-argon2d, ppk2,
    openssh (private-openssh-new), pem (private-openssh: Triple DES when encrypted) and sshcom
    (private-sshcom: Triple DES); openssl variants: OPENSSL_VARIANTS, always encrypted."""
    directory = tmp_path_factory.mktemp("their-files")
    made = {}

    def get(tool: str, spec: str, variant: str, encrypted: bool = False) -> Path:
        ident = (tool, spec, variant, encrypted)
        if ident in made:
            return made[ident]
        keytype, bits = KEYGEN_TYPES[spec]
        path = directory / f"{tool}.{spec}.{variant}.{'enc' if encrypted else 'plain'}"
        base = directory / f"{tool}.{spec}.base"
        if tool == "openssl":
            plain = get("ssh-keygen", spec, "pem")
            kind, cipher = OPENSSL_VARIANTS[variant]
            command = (["pkey", "-traditional", cipher] if kind == "pem"
                       else ["pkcs8", "-topk8", "-v2", cipher, "-iter", "1000"])
            referees.run(["openssl", *command, "-in", plain, "-out", path,
                          "-passout", f"pass:{PASSPHRASE}"])
        elif tool == "ssh-keygen":
            if not base.exists():
                referees.ssh_keygen_generate(base, keytype, bits, comment=f"their {spec}")
            shutil.copyfile(base, path)
            fmt = {"pem": "PEM", "pkcs8": "PKCS8"}.get(variant)
            cipher = variant[8:] if variant.startswith("openssh-") else None
            if encrypted or fmt:
                referees.ssh_keygen_rewrite(path, None, pw(encrypted), fmt=fmt, cipher=cipher)
        else:
            if not base.exists():
                referees.puttygen_generate(base, keytype, bits, comment=f"their {spec}")
            output, params = {
                "ppk3": ("private", None), "ppk3-argon2i": ("private", "kdf=argon2i"),
                "ppk3-argon2d": ("private", "kdf=argon2d"), "ppk2": ("private", "version=2"),
                "openssh": ("private-openssh-new", None), "pem": ("private-openssh", None),
                "sshcom": ("private-sshcom", None),
            }[variant]
            referees.puttygen_convert(base, path, output, None, pw(encrypted), ppk_params=params)
        path.chmod(0o600)
        made[ident] = path
        return path
    return get


def browser_load(pyodide, path: Path, passphrase=None) -> dict:
    return pyodide.run(f"summary(await sshkeys.load({lit(path.read_bytes())}, {passphrase!r}))")


SSH_KEYGEN_FILES = (cells(MATRIX, ["openssh"]) + cells(NOT_ED, ["pem", "pkcs8"])
                    + cells(["ed25519"], [f"openssh-{c}" for c in referees.CIPHERS], [True]))


@pytest.mark.parametrize("spec,variant,encrypted", SSH_KEYGEN_FILES)
def test_browser_loads_ssh_keygen_file(pyodide, their_file, spec, variant, encrypted):
    path = their_file("ssh-keygen", spec, variant, encrypted)
    loaded = browser_load(pyodide, path, pw(encrypted))
    theirs = referees.ssh_keygen_public(path, pw(encrypted))
    assert strip_comment(loaded["line"]) == strip_comment(theirs)
    if variant.startswith("openssh"):
        assert loaded["comment"] == f"their {spec}"


PUTTYGEN_FILES = (cells(MATRIX + ["ed448"], ["ppk3", "ppk2", "openssh"])
                  + cells(["ed25519", "rsa2048"], ["ppk3-argon2i", "ppk3-argon2d"], [True])
                  + cells(NOT_ED, ["pem"])
                  + cells(["rsa2048", "dsa"], ["sshcom"]))


@pytest.mark.parametrize("spec,variant,encrypted", PUTTYGEN_FILES)
def test_browser_loads_puttygen_file(pyodide, their_file, spec, variant, encrypted):
    path = their_file("puttygen", spec, variant, encrypted)
    loaded = browser_load(pyodide, path, pw(encrypted))
    theirs = referees.puttygen_public(path, pw(encrypted))
    assert strip_comment(loaded["line"]) == strip_comment(theirs)
    assert putty_mismatches(loaded, referees.puttygen_text(path, pw(encrypted))) == {}


def test_browser_refuses_a_wrong_passphrase(pyodide, their_file):
    for tool, spec, variant in [("ssh-keygen", "ecdsa256", "openssh"),
                                ("puttygen", "ecdsa256", "ppk3"),
                                ("ssh-keygen", "ecdsa256", "pem"),
                                ("puttygen", "ecdsa256", "pem"),          # Triple DES
                                ("puttygen", "dsa", "sshcom"),            # Triple DES
                                ("openssl", "rsa2048", "pkcs8-des3"),
                                ("ssh-keygen", "ed25519", "openssh-chacha20-poly1305@openssh.com")]:
        if tool == "openssl" and not shutil.which("openssl"):
            continue          # an optional referee (see test_browser_loads_every_cipher)
        path = their_file(tool, spec, variant, True)
        with pytest.raises(BrowserError) as caught:
            browser_load(pyodide, path, PASSPHRASE + "x")
        assert caught.value.type == "WrongPassphrase", (tool, variant, caught.value)


# Every cipher that needs a library in some browser (Triple DES, ChaCha20-Poly1305, AES-192),
# and a key of each family whose loading derives a public key: on WebCrypto and the fallbacks,
# the browser engine loads the key the native engine loads and the referee reports.
EVERY_CIPHER = [
    ("puttygen", "rsa2048", "pem"), ("puttygen", "ecdsa384", "pem"),    # DES-EDE3-CBC
    ("puttygen", "dsa", "sshcom"),                                      # ssh.com Triple DES
    ("openssl", "ecdsa521", "des3"), ("openssl", "dsa", "aes192"),
    ("openssl", "rsa2048", "pkcs8-des3"), ("openssl", "ecdsa256", "pkcs8-aes192"),
    ("ssh-keygen", "ecdsa256", "openssh-chacha20-poly1305@openssh.com"),
    ("ssh-keygen", "ed25519", "openssh-chacha20-poly1305@openssh.com"),
    ("ssh-keygen", "ed25519", "openssh-aes192-ctr"), ("ssh-keygen", "ecdsa384", "openssh-aes192-cbc"),
    ("ssh-keygen", "ecdsa521", "pkcs8"), ("puttygen", "ed448", "ppk3"),
    ("puttygen", "ed448", "openssh"),
]


@pytest.mark.parametrize("tool,spec,variant", EVERY_CIPHER,
                         ids=[f"{t}-{s}-{v}" for t, s, v in EVERY_CIPHER])
def test_browser_loads_every_cipher(pyodide, their_file, provider, tool, spec, variant):
    if tool == "openssl" and not shutil.which("openssl"):
        pytest.skip("the openssl command line tool is not installed")
    path = their_file(tool, spec, variant, True)
    loaded = browser_load(pyodide, path, PASSPHRASE)
    reference = native(sshkeys.load(path.read_bytes(), PASSPHRASE))
    assert loaded["numbers"] == referees.private_numbers(reference)
    assert loaded["line"] == sshkeys.public_line(reference)
    theirs = (referees.puttygen_public if tool == "puttygen" else referees.ssh_keygen_public)(
        path, PASSPHRASE)
    assert strip_comment(loaded["line"]) == strip_comment(theirs)


# -- engine parity and published vectors -------------------------------------------------

def both(pyodide, method: str, *args):
    """(native result, browser result) of one engine method on the same arguments."""
    mine = native(getattr(NativeEngine(), method)(*args))
    theirs = pyodide.run(f"await engine.{method}(*{lit(args)})")
    return mine, theirs


def rnd(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


@pytest.mark.parametrize("password,salt,rounds,length", [
    (b"correct horse battery", rnd(1, 16), 16, 48),   # ssh-keygen's default: aes256-ctr key+iv
    (b"x", rnd(2, 16), 1, 32),
    (b"\xff" * 100, rnd(3, 16), 4, 64),
    (b"pass", rnd(4, 8), 3, 100),                     # several output blocks, interleaved
])
def test_bcrypt_pbkdf_parity(pyodide, password, salt, rounds, length):
    mine, theirs = both(pyodide, "bcrypt_pbkdf", password, salt, rounds, length)
    assert len(mine) == length and theirs == mine


# pyca/bcrypt tests/test_bcrypt.py, test_kdf (the OpenBSD bcrypt_pbkdf regress values for
# today's bcrypt_pbkdf): (rounds, password, salt, key).
BCRYPT_PBKDF_VECTORS = [
    (4, b"password", b"salt", bytes.fromhex(
        "5bbf0cc293587f1c3635555c27796598d47e579071bf427e9d8fbe842aba34d9")),
    (4, b"password", b"\x00", bytes.fromhex("c12b566235eee04c212598970a579a67")),
    (4, b"\x00", b"salt", bytes.fromhex("6051be18c2f4f82cbf0efee5471b4bb9")),
    (4, b"password\x00", b"salt\x00", bytes.fromhex(
        "7410e44cf4fa07bfaac8a928b1727fac001375e7bf7384370f48efd121743050")),
    (4, b"pass\x00wor", b"sa\x00l", bytes.fromhex("c2bffd9db38f6569efef4372f4de83c0")),
    (4, b"pass\x00word", b"sa\x00lt", bytes.fromhex("4ba4ac3925c0e8d7f0cdb6bb1684a56f")),
    (8, b"password", b"salt", bytes.fromhex(
        "e1367ec5151a33faac4cc1c144cd23fa15d5548493ecc99b9b5d9c0d3b27bec7"
        "6227ea66088b849b20ab7aa478010246e74bba51723fefa9f9474d6508845e8d")),
    (42, b"password", b"salt", bytes.fromhex("833cf0dcf56db65608e8f0dc0ce882bd")),
    (8, b"\xe1\xbd\x88\xce\xb4\xcf\x85\xcf\x83\xcf\x83\xce\xb5\xcf\x8d\xcf\x82",
     b"\xce\xa4\xce\xb7\xce\xbb\xce\xad\xce\xbc\xce\xb1\xcf\x87\xce\xbf\xcf\x82",
     bytes.fromhex("43666c9b09ef33ed8c27e8e8f3e2d8e6")),
]


@pytest.mark.parametrize("rounds,password,salt,expected", BCRYPT_PBKDF_VECTORS)
def test_bcrypt_pbkdf_vectors(pyodide, rounds, password, salt, expected):
    mine, theirs = both(pyodide, "bcrypt_pbkdf", password, salt, rounds, len(expected))
    assert theirs == expected and mine == expected


@pytest.mark.parametrize("flavour", ["argon2d", "argon2i", "argon2id"])
@pytest.mark.parametrize("memory,passes,parallelism,length", [
    (8192, 3, 1, 80),        # PuTTYgen's memory; .ppk wants 80 bytes (key, IV, MAC key)
    (256, 2, 2, 32),
    (1024, 1, 4, 64),
    (64, 5, 8, 17),          # the least memory 8 lanes allow; an odd length
])
def test_argon2_parity(pyodide, flavour, memory, passes, parallelism, length):
    args = (flavour, b"correct horse battery", rnd(memory + passes, 16), memory, passes,
            parallelism, length)
    mine, theirs = both(pyodide, "argon2", *args)
    assert len(mine) == length and theirs == mine


# The reference implementation's src/test.c (P-H-C/phc-winner-argon2, version 0x13 cases):
# password, salt (both ASCII), t, log2(m KiB), p, 32-byte tag. It has none for Argon2d.
ARGON2_VECTORS = [
    ("argon2i", "password", "somesalt", 2, 16, 1,
     "c1628832147d9720c5bd1cfd61367078729f6dfb6f8fea9ff98158e0d7816ed0"),
    ("argon2i", "password", "somesalt", 2, 8, 1,
     "89e9029f4637b295beb027056a7336c414fadd43f6b208645281cb214a56452f"),
    ("argon2i", "password", "somesalt", 2, 8, 2,
     "4ff5ce2769a1d7f4c8a491df09d41a9fbe90e5eb02155a13e4c01e20cd4eab61"),
    ("argon2i", "password", "somesalt", 1, 16, 1,
     "d168075c4d985e13ebeae560cf8b94c3b5d8a16c51916b6f4ac2da3ac11bbecf"),
    ("argon2i", "differentpassword", "somesalt", 2, 16, 1,
     "14ae8da01afea8700c2358dcef7c5358d9021282bd88663a4562f59fb74d22ee"),
    ("argon2i", "password", "diffsalt", 2, 16, 1,
     "b0357cccfbef91f3860b0dba447b2348cbefecadaf990abfe9cc40726c521271"),
    ("argon2id", "password", "somesalt", 2, 16, 1,
     "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"),
    ("argon2id", "password", "somesalt", 2, 8, 1,
     "9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe"),
    ("argon2id", "password", "somesalt", 2, 8, 2,
     "6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037"),
    ("argon2id", "password", "somesalt", 4, 16, 1,
     "9025d48e68ef7395cca9079da4c4ec3affb3c8911fe4f86d1a2520856f63172c"),
    ("argon2id", "password", "diffsalt", 2, 16, 1,
     "bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c"),
]


@pytest.mark.parametrize("flavour,password,salt,passes,log_m,lanes,tag", ARGON2_VECTORS)
def test_argon2_reference_vectors(pyodide, flavour, password, salt, passes, log_m, lanes, tag):
    mine, theirs = both(pyodide, "argon2", flavour, password.encode(), salt.encode(),
                        1 << log_m, passes, lanes, 32)
    assert theirs.hex() == tag and mine.hex() == tag


# RFC 9106 section 5 (= the reference implementation's kats/argon2{d,i,id}): 32 KiB, 3 passes,
# 4 lanes, password 32 x 01, salt 16 x 02, secret 8 x 03, associated data 12 x 04.
RFC9106 = {"argon2d": "512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb",
           "argon2i": "c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8",
           "argon2id": "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"}


@pytest.mark.parametrize("flavour", sorted(RFC9106))
def test_argon2_rfc9106_anchor(pyodide, flavour):
    """RFC 9106's vectors use a secret and associated data, which neither engine takes, so they
    check argon2-cffi's reference C code (the native engine's), and the same code must then
    agree with hash-wasm in the browser without them: all three flavours trace to the RFC."""
    from argon2 import low_level
    buffers = [low_level.ffi.new("uint8_t[]", n) for n in (32, 32, 16, 8, 12)]
    out, pwd, salt, secret, ad = buffers
    for buf, fill in zip(buffers[1:], (1, 2, 3, 4)):
        for i in range(len(buf)):
            buf[i] = fill
    ctx = low_level.ffi.new("argon2_context *", dict(
        version=low_level.ARGON2_VERSION, out=out, outlen=32, pwd=pwd, pwdlen=32, salt=salt,
        saltlen=16, secret=secret, secretlen=8, ad=ad, adlen=12, t_cost=3, m_cost=32, lanes=4,
        threads=1, allocate_cbk=low_level.ffi.NULL, free_cbk=low_level.ffi.NULL,
        flags=low_level.lib.ARGON2_DEFAULT_FLAGS))
    kind = {"argon2d": low_level.Type.D, "argon2i": low_level.Type.I,
            "argon2id": low_level.Type.ID}[flavour]
    assert low_level.core(ctx, kind.value) == low_level.lib.ARGON2_OK
    assert bytes(low_level.ffi.buffer(out, 32)).hex() == RFC9106[flavour]
    # the same parameters without secret and associated data: both engines agree
    mine, theirs = both(pyodide, "argon2", flavour, b"\x01" * 32, b"\x02" * 16, 32, 3, 4, 32)
    assert theirs == mine


@pytest.mark.parametrize("hash_name", ["sha1", "sha256", "sha384", "sha512"])
def test_pbkdf2_parity(pyodide, hash_name):
    for password, salt, iterations, length in [(b"correct horse battery", rnd(5, 16), 1000, 32),
                                               (b"p", rnd(6, 8), 1, 100),
                                               (b"\x00" * 70, rnd(7, 16), 2048, 16)]:
        mine, theirs = both(pyodide, "pbkdf2", hash_name, password, salt, iterations, length)
        assert len(mine) == length and theirs == mine


# RFC 6070 section 2: PBKDF2-HMAC-SHA1 (password, salt, c, derived key).
PBKDF2_SHA1_VECTORS = [
    (b"password", b"salt", 1, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
    (b"password", b"salt", 2, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
    (b"password", b"salt", 4096, "4b007901b765489abead49d926f721d065a429c1"),
    (b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096,
     "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"),
    (b"pass\x00word", b"sa\x00lt", 4096, "56fa6aa75548099dcc37d7f03425e0c3"),
]


@pytest.mark.parametrize("password,salt,iterations,expected", PBKDF2_SHA1_VECTORS)
def test_pbkdf2_rfc6070(pyodide, password, salt, iterations, expected):
    mine, theirs = both(pyodide, "pbkdf2", "sha1", password, salt, iterations,
                        len(expected) // 2)
    assert theirs.hex() == expected and mine.hex() == expected


@pytest.mark.parametrize("key_size,provider", [(16, "webcrypto"), (24, "webcrypto"),
                                               (24, "fallbacks"), (32, "webcrypto")],
                         indirect=["provider"])
def test_aes_parity(pyodide, key_size, provider):
    """Node's WebCrypto has AES-192; Chromium's does not, and @noble/ciphers does it there."""
    key = rnd(key_size, key_size)
    for n in (0, 16, 48, 4096):
        data = rnd(n + 1, n)
        for iv in (rnd(n + 2, 16), b"\xff" * 16):     # the counter wraps past 2^128 - 1
            mine, theirs = both(pyodide, "aes_ctr", key, iv, data + b"tail"[: n % 5])
            assert theirs == mine
            mine, theirs = both(pyodide, "aes_cbc_encrypt", key, iv, data)
            assert theirs == mine and len(mine) == n
            # decrypting need not meet valid padding: any blocks decrypt, as natively
            mine, theirs = both(pyodide, "aes_cbc_decrypt", key, iv, data)
            assert theirs == mine
        nonce, aad = rnd(n + 3, 12), rnd(n + 4, n % 23)
        mine, theirs = both(pyodide, "aes_gcm_encrypt", key, nonce, data, aad)
        assert theirs == mine and len(mine) == n + 16
        mine, theirs = both(pyodide, "aes_gcm_decrypt", key, nonce, mine, aad)
        assert theirs == mine == data
        sealed = native(NativeEngine().aes_gcm_encrypt(key, nonce, data, aad))
        bad = bytes([sealed[0] ^ 1]) + sealed[1:]
        assert both(pyodide, "aes_gcm_decrypt", key, nonce, bad, aad) == (None, None)
        assert both(pyodide, "aes_gcm_decrypt", key, nonce, sealed, aad + b"x") == (None, None)


def test_public_key_derivation_parity(pyodide, provider):
    rng = random.Random(9)
    for curve, order in [("nistp256", sshkeys.keys.ecdsa.CURVES["nistp256"].n),
                         ("nistp384", sshkeys.keys.ecdsa.CURVES["nistp384"].n),
                         ("nistp521", sshkeys.keys.ecdsa.CURVES["nistp521"].n)]:
        for d in (1, 2, order - 1, rng.randrange(1, order), rng.randrange(1, 1 << 64)):
            mine, theirs = both(pyodide, "ecdsa_public", curve, d)
            assert theirs == mine
    for curve, size in [("ed25519", 32), ("ed448", 57)]:
        for seed in (bytes(size), b"\xff" * size, rnd(10, size)):
            mine, theirs = both(pyodide, "eddsa_public", curve, seed)
            assert theirs == mine


# The original ChaCha20's keystream (64-bit nonce and counter) for an all-zero key and nonce,
# and RFC 8439 section 2.5.2's Poly1305 tag: published anchors for the parity below.
CHACHA20_ZERO = ("76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7"
                 "da41597c5157488d7724e03fb8d84a376a43b8f41518a11cc387b669b2ee6586")
POLY1305_RFC8439 = ("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b",
                    b"Cryptographic Forum Research Group", "a8061dc1305136c6c22b8baf0c0127a9")


def test_chacha20_poly1305_parity(pyodide):
    mine, theirs = both(pyodide, "chacha20", bytes(32), bytes(8), 0, bytes(64))
    assert theirs.hex() == mine.hex() == CHACHA20_ZERO
    mine, theirs = both(pyodide, "chacha20", bytes(32), bytes(8), 1, bytes(32))
    stream = native(NativeEngine().chacha20(bytes(32), bytes(8), 0, bytes(96)))
    assert theirs == mine == stream[64:]             # counter 1 is the second 64-byte block
    key, message, tag = POLY1305_RFC8439
    mine, theirs = both(pyodide, "poly1305", bytes.fromhex(key), message)
    assert theirs.hex() == mine.hex() == tag
    for n in (0, 1, 63, 64, 65, 1000):       # OpenSSH starts its payload at block counter 1
        key, nonce, data = rnd(n, 32), rnd(n + 1, 8), rnd(n + 2, n)
        for counter in (0, 1, 7):
            mine, theirs = both(pyodide, "chacha20", key, nonce, counter, data)
            assert theirs == mine
        mine, theirs = both(pyodide, "poly1305", key, data)
        assert theirs == mine


def test_triple_des_parity(pyodide):
    for n in (0, 8, 16, 1024):
        key, iv, data = rnd(n, 24), rnd(n + 1, 8), rnd(n + 2, n)
        mine, theirs = both(pyodide, "tdes_cbc_decrypt", key, iv, data)
        assert theirs == mine and len(mine) == n
    with pytest.raises(BrowserError, match="whole number of 8-byte blocks"):
        pyodide.run("await engine.tdes_cbc_decrypt(bytes(24), bytes(8), bytes(12))")


def test_browser_generated_numbers_are_consistent(pyodide, browser_key):
    """What WebCrypto and the fallbacks return as JWK becomes keys the native engine validates."""
    for spec in ["rsa2048", "ecdsa256", "ecdsa521", "ed25519", "ed448", "dsa",
                 "ecdsa384-fallback", "ed448-fallback"]:
        key = browser_key(spec)
        data = pyodide.run(f"await sshkeys.save(keys[{spec!r}], 'openssh')")
        loaded = native(sshkeys.load(data))         # load() validates with the native engine
        assert sshkeys.public_line(loaded) == key["line"]


WEBCRYPTO = {"ECDSA", "ECDSA-derive", "Ed25519", "Ed25519-derive", "Ed448", "Ed448-derive",
             "AES-192", "RSA", "AES", "PBKDF2"}
LIBRARIES = {"ChaCha20-Poly1305": "@noble/ciphers", "Triple DES": "des.js", "Argon2": "hash-wasm",
             "bcrypt_pbkdf": "bcrypt-pbkdf", "DSA": "sshkeys (dsa_gen.py)",
             "ML-DSA-44": "@noble/post-quantum"}


def test_capabilities_say_which_library_does_what(pyodide):
    """The session's capabilities (what the page reports) name each primitive's provider as
    engine.js found it: Node has all of WebCrypto's, and hiding them names the fallbacks."""
    caps = "(await sshkeys.session.Session().handle({'op': 'capabilities'}))"
    pyodide.run("import sshkeys.session")
    found = pyodide.run(caps)
    assert {t["family"] for t in found["types"] if t["supported"]} == {
        "ed25519", "rsa", "ecdsa", "dsa", "ed448", "mldsa44-ed25519"}
    assert found["primitives"] == dict.fromkeys(WEBCRYPTO, "WebCrypto") | LIBRARIES
    try:
        hidden = pyodide.run("await hide('Ed25519', 'AES-192')")
        assert pyodide.run(caps)["primitives"] == {**hidden, "DSA": "sshkeys (dsa_gen.py)"}
        assert {k for k, v in hidden.items() if v != "WebCrypto"} == {
            "Ed25519", "AES-192"} | set(LIBRARIES) - {"DSA"}
        assert hidden["Ed25519"] == "@noble/curves" and hidden["AES-192"] == "@noble/ciphers"
        everything = pyodide.run("await hide(*HIDEABLE)")
        assert {k for k, v in everything.items() if v == "WebCrypto"} == {"RSA", "AES", "PBKDF2"}
    finally:
        pyodide.run("await hide()")
    with pytest.raises(BrowserError, match="Unknown WebCrypto algorithm Ed25519x to hide"):
        pyodide.run("await hide('Ed25519x')")
    assert pyodide.run(caps)["primitives"] == found["primitives"]


def test_platform_gaps_become_unsupported_errors(pyodide):
    """Where a browser lacks an algorithm outright, WebCrypto rejects it with a DOMException
    NotSupportedError, which the engine turns into UnsupportedError. engine.js falls back
    before that can happen, so a stand-in JS module throws what a browser without Ed25519
    throws, swapped in for one snippet."""
    code = """
from pyodide.code import run_js
from sshkeys.engine import browser as module
from sshkeys.errors import UnsupportedError
gaps = run_js('''({
  generateEddsa: async () => { throw new DOMException("Unrecognized name.",
                                                      "NotSupportedError"); },
})''')
real, module._js = module._js, gaps
try:
    await engine.generate_eddsa("ed25519")
except UnsupportedError as exc:
    message = str(exc)
finally:
    module._js = real
message
"""
    assert pyodide.run(code) == ("Ed25519 key generation is not supported by this browser: "
                                 "NotSupportedError: Unrecognized name.")
    assert pyodide.run("engine.name") == "browser"       # and the real module is back
    assert len(pyodide.run("(await engine.generate_eddsa('ed25519'))[1]")) == 32


def test_a_key_webcrypto_refuses_gets_the_librarys_public_key(pyodide):
    """WebKitGTK 2.50's WebCrypto refuses to import the all-zero Ed25519 seed (a DataError),
    though RFC 8032 allows it and its probe passes; engine.js then derives that one key with
    @noble/curves. Node's WebCrypto takes the seed, so a wrapped importKey refuses it here."""
    code = """
from pyodide.code import run_js
run_js('''
  const subtle = globalThis.crypto.subtle;
  subtle.importKey = async function (format, data, ...rest) {
    if (format === "pkcs8" && data.subarray(-32).every((b) => b === 0)) {
      throw new DOMException("Data provided to an operation does not meet requirements",
                             "DataError");
    }
    return Object.getPrototypeOf(subtle).importKey.call(subtle, format, data, ...rest);
  };
''')
try:
    result = await engine.eddsa_public("ed25519", bytes(32))
finally:
    run_js("delete globalThis.crypto.subtle.importKey")
result
"""
    assert pyodide.run(code) == native(NativeEngine().eddsa_public("ed25519", bytes(32)))
    assert pyodide.run("(await hide())['Ed25519-derive']") == "WebCrypto"


# -- signatures and certificates ------------------------------------------------------------------

SIGNERS = ["ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa2048"]


@pytest.mark.parametrize("providers", ["platform", "fallbacks"])
def test_signature_parity(pyodide, browser_key, our_key, providers):
    """Signatures the browser engine makes verify natively (pyca), and the native engine's
    verify in the browser; a changed message verifies in neither. RSA with each of SSH's
    hashes; ECDSA and EdDSA through WebCrypto, and through @noble/curves with it hidden."""
    from sshkeys import signature
    data = rnd(20, 300)
    for spec in SIGNERS + ["ed448"]:
        browser_key(spec)
    pyodide.run("await hide(*HIDEABLE)" if providers == "fallbacks" else "await hide()")
    try:
        for spec in SIGNERS + ["ed448"]:
            algorithms = (["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"] if spec.startswith("rsa")
                          else [None])
            for algorithm in algorithms:
                blob = pyodide.run(f"await sshkeys.signature.sign(keys[{spec!r}].private, "
                                   f"{lit(data)}, engine, {algorithm!r})")
                public = native(sshkeys.load(browser_key(spec)["line"].encode())).public
                assert native(signature.verify(public, data, blob, NativeEngine()))
                assert not native(signature.verify(public, data + b"!", blob, NativeEngine()))
                mine = native(signature.sign(our_key(spec).private, data, NativeEngine(),
                                             algorithm))
                line = sshkeys.public_line(our_key(spec))
                checks = pyodide.run(
                    f"pub = (await sshkeys.load({lit(line.encode())})).public\n"
                    f"[await sshkeys.signature.verify(pub, {lit(data)}, {lit(mine)}, engine),\n"
                    f" await sshkeys.signature.verify(pub, {lit(data + b'!')}, {lit(mine)}, "
                    f"engine)]")
                assert checks == [True, False], (spec, algorithm)
    finally:
        pyodide.run("await hide()")


@pytest.fixture(scope="module")
def browser_cas(pyodide, tmp_path_factory):
    """CA keys the browser engine made, by spec: their public lines."""
    lines = {}
    pyodide.run("cas = {}")
    for spec in SIGNERS:
        family, bits = SPECS[spec]
        lines[spec] = pyodide.run(
            f"cas[{spec!r}] = await sshkeys.generate({family!r}, {bits!r}, comment='CA')\n"
            f"sshkeys.public_line(cas[{spec!r}])")
    return lines


@pytest.fixture(scope="module")
def browser_ca_sshd(browser_cas, tmp_path_factory):
    server = referees.Sshd(tmp_path_factory.mktemp("browser-ca-sshd"),
                           trusted_user_ca_keys="\n".join(browser_cas.values()))
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("ca", SIGNERS)
def test_browser_signed_certificates_log_in(pyodide, browser_key, browser_file, browser_cas,
                                            browser_ca_sshd, tmp_path, ca):
    import getpass
    subject = "ecdsa256" if ca == "ed25519" else "ed25519"
    browser_key(subject)
    data = pyodide.run(
        f"certified = await sshkeys.operations.sign_certificate(cas[{ca!r}], keys[{subject!r}], "
        f"'browser', principals=({getpass.getuser()!r},), validity='-5m:+1h', "
        f"options=('no-x11-forwarding',))\n"
        f"sshkeys.operations.certificate_file(certified)")
    cert = tmp_path / "key-cert.pub"
    cert.write_bytes(data)
    loaded = native(sshkeys.load(data))           # the native engine checks the CA signature
    assert loaded.certificate.signature_algorithm == (
        "rsa-sha2-512" if ca.startswith("rsa") else loaded.certificate.ca.algorithm)
    listing = referees.ssh_keygen_show_cert(cert)
    assert '        Key ID: "browser"\n' in listing and "permit-X11-forwarding" not in listing
    assert f"{sshkeys.fingerprint(loaded.certificate.ca)} (using " in listing
    browser_ca_sshd.authorize("")
    assert browser_ca_sshd.login_openssh(browser_file(subject, "openssh"), certificate=cert) == "ok"


def test_browser_verifies_ssh_keygen_certificates(pyodide, tmp_path):
    """ssh-keygen -s certificates of each CA type load in the browser (which checks their
    signatures with WebCrypto); one altered byte is refused."""
    key = tmp_path / "key"
    referees.ssh_keygen_generate(key, "ed25519", comment="key")
    for kind, bits in [("ed25519", None), ("ecdsa", 256), ("ecdsa", 384), ("ecdsa", 521),
                       ("rsa", 2048)]:
        ca = tmp_path / f"ca-{kind}{bits or ''}"
        referees.ssh_keygen_generate(ca, kind, bits)
        cert = referees.ssh_keygen_sign(ca, f"{key}.pub", f"id {kind}", "-n", "alice")
        data = cert.read_bytes()
        shown = pyodide.run(f"k = await sshkeys.load({lit(data)})\n"
                            f"[k.certificate.key_id, k.certificate.signature_algorithm]")
        assert shown[0] == f"id {kind}"
        kind_, b64, comment = data.split()
        blob = bytearray(base64.b64decode(b64))
        blob[-10] ^= 1          # inside the signature
        forged = b" ".join([kind_, base64.b64encode(bytes(blob)), comment])
        with pytest.raises(BrowserError) as caught:
            pyodide.run(f"await sshkeys.load({lit(forged)})")
        assert caught.value.type == "CertificateError", caught.value.message
