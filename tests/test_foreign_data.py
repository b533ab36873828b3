"""Three defects found with other projects' test data, each with a real file, and today's default.

- An RSA key with q = 2 (an even modulus) is refused on load, in every private format.
- A public output of an unencrypted OpenSSH private key keeps its comment, as ssh-keygen -y does.
- OpenSSH public lines of types we do not handle say "unsupported key type", not "not a key".
OpenSSH's own certificates of the types we do handle load, and list as ssh-keygen lists them.
"""

import asyncio
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa as crypto_rsa

import referees
import sshkeys
from sshkeys import defaults
from sshkeys.keys import DSAPublicKey, Key, RSAPrivateKey, RSAPublicKey
from sshkeys.formats import openssh

DATA = Path(__file__).parent / "data"
REGRESS = DATA / "openssh-regress"


def even_modulus_key() -> Key:
    """n = 2 * p with p a real 1024-bit prime: consistent numbers (e*d = 1 mod lcm(p-1, q-1),
    iqmp right), so only a check for what no sound key can be refuses it."""
    p = crypto_rsa.generate_private_key(65537, 2048).private_numbers().p
    e, q = 65537, 2
    d = pow(e, -1, p - 1)
    return Key(RSAPublicKey(p * q, e), RSAPrivateKey(RSAPublicKey(p * q, e), d, p, q, pow(q, -1, p)),
               "q is two")


@pytest.fixture(scope="module")
def q2_files(tmp_path_factory):
    """The q = 2 key written by our writers (which do not validate) in every private format."""
    key, directory = even_modulus_key(), tmp_path_factory.mktemp("q2")
    files = {}
    for fmt in ("openssh", "pem", "pkcs8", "ppk"):
        files[fmt] = directory / f"q2.{fmt}"
        files[fmt].write_bytes(asyncio.run(sshkeys.save(key, fmt)))
        files[fmt].chmod(0o600)
    return files


@pytest.mark.parametrize("fmt", ["openssh", "pem", "pkcs8", "ppk"])
def test_even_modulus_is_refused_in_every_format(q2_files, fmt):
    data = q2_files[fmt].read_bytes()
    with pytest.raises(sshkeys.InvalidKeyError, match="^The RSA modulus is divisible by 2: "):
        asyncio.run(sshkeys.load(data))
    with pytest.raises(sshkeys.InvalidKeyError, match="divisible by 2"):
        asyncio.run(sshkeys.load_public(data))


def test_ssh_keygen_refuses_the_even_modulus_too(q2_files):
    proc = referees.run(["ssh-keygen", "-y", "-f", q2_files["openssh"]], check=False)
    assert proc.returncode != 0


def test_modulus_with_a_small_odd_factor_is_refused():
    p = crypto_rsa.generate_private_key(65537, 2048).private_numbers().p
    line = sshkeys.public_line(Key(RSAPublicKey(p * 7, 65537)))
    with pytest.raises(sshkeys.InvalidKeyError, match="divisible by 7"):
        asyncio.run(sshkeys.load(line.encode()))


def test_dsa_public_value_outside_its_subgroup_is_refused(our_key):
    pub = our_key("dsa").public
    bad = Key(DSAPublicKey(pub.p, pub.q, pub.g, pub.p - 1))     # order 2, not q
    with pytest.raises(sshkeys.InvalidKeyError, match="not in the subgroup"):
        asyncio.run(sshkeys.load(sshkeys.public_line(bad).encode()))


def test_sound_keys_still_load(our_file):
    for spec in ("rsa2048", "dsa"):
        asyncio.run(sshkeys.load(our_file(spec, "pem").read_bytes()))


@pytest.mark.parametrize("keytype", ["ed25519", "ecdsa", "rsa"])
def test_public_output_of_unencrypted_openssh_key_keeps_the_comment(tmp_path, keytype):
    path = tmp_path / "id"
    referees.ssh_keygen_generate(path, keytype, comment="dashboard name@laptop")
    expected = referees.ssh_keygen_public(path)
    assert expected.endswith(" dashboard name@laptop")
    from test_cli import ours
    assert ours(path, "-L").stdout.decode().strip() == expected
    assert ours(path, "-O", "public-openssh").stdout.decode().strip() == expected
    assert referees.puttygen_public(path) == expected
    loaded = asyncio.run(sshkeys.load_public(path.read_bytes()))
    assert loaded.comment == "dashboard name@laptop" and not loaded.has_private


@pytest.mark.parametrize("name, keytype", [
    ("ed25519_sk1.pub", "sk-ssh-ed25519@openssh.com"),
    ("ecdsa_sk1.pub", "sk-ecdsa-sha2-nistp256@openssh.com"),
    ("ed25519_sk1-cert.pub", "sk-ssh-ed25519-cert-v01@openssh.com"),
    ("ed25519_sk1", "sk-ssh-ed25519@openssh.com"),        # the private file already said so
])
def test_unsupported_types_say_so(name, keytype):
    data = (REGRESS / name).read_bytes()
    message = f"Unsupported key type {keytype!r}."
    for read in (sshkeys.load, sshkeys.load_public):
        with pytest.raises(sshkeys.UnsupportedError) as caught:
            asyncio.run(read(data))
        assert str(caught.value) == message
    # with authorized_keys options before it, too
    if name.endswith(".pub"):
        with pytest.raises(sshkeys.UnsupportedError, match="Unsupported key type"):
            asyncio.run(sshkeys.load(b'restrict,command="echo a b" ' + data))


@pytest.mark.parametrize("name", ["rsa_1-cert.pub", "ed25519_1-cert.pub"])
def test_openssh_regress_certificates_load_and_list_as_ssh_keygen_does(name, monkeypatch):
    import time
    from sshkeys.keygen_listing import show
    monkeypatch.setenv("TZ", "UTC")          # ssh-keygen -L prints local time; referees run in UTC
    time.tzset()
    try:
        key = asyncio.run(sshkeys.load((REGRESS / name).read_bytes()))   # CA signature checked
        listing = f"{REGRESS / name}:\n" + show(key.certificate)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert listing == referees.ssh_keygen_show_cert(REGRESS / name)


def test_a_non_key_is_still_not_a_key():
    with pytest.raises(sshkeys.FormatError, match="not a key file"):
        asyncio.run(sshkeys.load(b"hello world AAAA and more\n"))


def test_openssh_files_get_24_bcrypt_rounds_by_default(our_key):
    data = asyncio.run(sshkeys.save(our_key("ed25519"), "openssh", "pw"))
    r = openssh._header(data)
    assert openssh._kdf_options(r[2], r[3])[1] == 24 == defaults.BCRYPT_ROUNDS
