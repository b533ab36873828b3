"""OpenSSH certificates, proven against ssh-keygen, sshd, ssh, puttygen and plink.

Ours -> theirs: every certificate we sign is listed by `ssh-keygen -L` exactly as we list it;
a loopback sshd with TrustedUserCAKeys lets `ssh` log in with our user certificate for each CA
type x user key type (DSA user keys re-enabled, as in test_login), and refuses a wrong
principal, an expired certificate and an untrusted CA; a host certificate we sign, served as
sshd's HostCertificate, satisfies `ssh` with only a @cert-authority known_hosts line and
StrictHostKeyChecking=yes; plink logs in with a .ppk carrying our certificate, and that .ppk
is byte for byte what `puttygen --certificate` makes.
Theirs -> ours: certificates `ssh-keygen -s` makes with every CA type and signature algorithm,
user and host, with options, load and verify, and our -L text equals ssh-keygen's; a
certificate altered after signing, or re-labelled with another CA, is refused.

Each cell runs against both referee generations (tests/referees.py): ossh92/ossh103 for the
OpenSSH cells, putty078/putty085 for PuTTY's, and the cells needing both tools as the pairs
ossh92-putty078 and ossh103-putty085. DSA cells are skipped by name in OpenSSH 10.x.
"""

import asyncio
import base64
import getpass
import os
import time

import pytest

import referees
import sshkeys
from sshkeys import certificate, certsign, operations
from sshkeys.cli_certinfo import putty_info
from sshkeys.keygen_listing import show
from sshkeys.keygen_options import parse_options, parse_validity
from sshkeys.engine import get_engine
from sshkeys.errors import CertificateError

USER = getpass.getuser()
CA_SPECS = ["ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa2048"]
SUBJECT_SPECS = ["ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa2048", "dsa"]


def run(coroutine):
    return asyncio.run(coroutine)


@pytest.fixture(autouse=True, scope="module")
def utc():
    """Our -L text in UTC, as the referees run (ssh-keygen prints local time)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture(scope="module")
def ca_key():
    """ca_key('ecdsa384') -> a CA key of ours, distinct from the user keys of our_key."""
    cache = {}

    def get(spec):
        if spec not in cache:
            family, bits = referees.KEY_SPECS[spec]
            cache[spec] = run(sshkeys.generate(family, bits, comment=f"CA {spec}"))
        return cache[spec]
    return get


BOTH_ERAS = pytest.mark.parametrize("ossh,putty", referees.GENERATION_PAIRS, indirect=True,
                                    ids=repr)
DEBIANS_SSHD = pytest.mark.parametrize("ossh", [referees.DEBIAN_OPENSSH], indirect=True, ids=repr)


@pytest.fixture(scope="module")
def ca_sshd(ossh, tmp_path_factory, ca_key):
    """A loopback sshd of the cell's OpenSSH, trusting every CA of CA_SPECS for user
    certificates."""
    trusted = "".join(sshkeys.public_line(ca_key(s)) + "\n" for s in CA_SPECS)
    server = referees.Sshd(tmp_path_factory.mktemp(f"ca-sshd-{ossh.id}"),
                           trusted_user_ca_keys=trusted, generation=ossh)
    server.start()
    yield server
    server.stop()


def user_cert(ca, key, principals=(USER,), validity="-5m:+1h", **kw):
    return run(operations.sign_certificate(ca, key, "test user", principals=principals,
                                           validity=validity, **kw))


def write(path, data: bytes):
    path.write_bytes(data)
    path.chmod(0o600)
    return path


def listing(path, certified) -> str:
    return f"{path}:\n" + show(certified.certificate)


# -- ours -> theirs -------------------------------------------------------------------------------

@pytest.mark.parametrize("ca_spec", CA_SPECS)
@pytest.mark.parametrize("subject", SUBJECT_SPECS)
def test_sshd_accepts_our_user_certificate(ossh, ca_sshd, ca_key, our_key, our_file, tmp_path,
                                           ca_spec, subject):
    ca_sshd.authorize("")                       # only the certificate can let us in
    certified = user_cert(ca_key(ca_spec), our_key(subject))
    cert = write(tmp_path / "key-cert.pub", operations.certificate_file(certified))
    assert ca_sshd.login_openssh(our_file(subject, "openssh"), certificate=cert) == "ok"
    assert referees.ssh_keygen_show_cert(cert) == listing(cert, certified)


def test_our_rsa_ca_signs_with_rsa_sha2_512_by_default(ca_key, our_key):
    certified = user_cert(ca_key("rsa2048"), our_key("ed25519"))
    assert certified.certificate.signature_algorithm == "rsa-sha2-512"
    sha256 = user_cert(ca_key("rsa2048"), our_key("ed25519"), algorithm="rsa-sha2-256")
    assert sha256.certificate.signature_algorithm == "rsa-sha2-256"


@pytest.mark.parametrize("why,kwargs", [
    ("wrong principal", {"principals": ("someone-else",)}),
    ("expired", {"validity": "20200101:20200102"}),
    ("not yet valid", {"validity": "+1w:+2w"}),
    ("force-command", {"options": ("force-command=echo forced",)}),
])
def test_sshd_applies_our_certificate_fields(ossh, ca_sshd, ca_key, our_key, our_file, tmp_path,
                                             why, kwargs):
    ca_sshd.authorize("")
    certified = user_cert(ca_key("ed25519"), our_key("ecdsa256"), **kwargs)
    cert = write(tmp_path / "key-cert.pub", operations.certificate_file(certified))
    if why == "force-command":
        assert ca_sshd.login_openssh(our_file("ecdsa256", "openssh"), certificate=cert) == "forced"
        return
    with pytest.raises(AssertionError, match="denied|refused"):
        ca_sshd.login_openssh(our_file("ecdsa256", "openssh"), certificate=cert)


def test_sshd_refuses_a_certificate_from_an_untrusted_ca(ossh, ca_sshd, our_key, our_file,
                                                         tmp_path):
    stranger = run(sshkeys.generate("ed25519", comment="not trusted"))
    certified = user_cert(stranger, our_key("ed25519"))
    cert = write(tmp_path / "key-cert.pub", operations.certificate_file(certified))
    ca_sshd.authorize("")
    with pytest.raises(AssertionError, match="denied|refused"):
        ca_sshd.login_openssh(our_file("ed25519", "openssh"), certificate=cert)


@pytest.mark.parametrize("host_spec,ca_spec", [("ed25519", "ecdsa384"), ("rsa2048", "ed25519"),
                                               ("ecdsa256", "rsa2048")])
def test_ssh_trusts_our_host_certificate(ossh, tmp_path, ca_key, our_key, our_file, host_spec,
                                         ca_spec):
    host = run(sshkeys.generate(*referees.KEY_SPECS[host_spec], comment="host"))
    host_file = write(tmp_path / "host", run(sshkeys.save(host, "openssh")))
    certified = run(operations.sign_certificate(
        ca_key(ca_spec), host, "test host", principals=("127.0.0.1", "localhost"),
        type=certificate.HOST, validity="-5m:+1h"))
    assert certified.certificate.extensions == ()        # ssh-keygen -h: none by default
    cert = write(tmp_path / "host-cert.pub", operations.certificate_file(certified))
    server = referees.Sshd(tmp_path / "sshd", host_key=host_file, host_certificate=cert,
                           generation=ossh)
    (tmp_path / "sshd").mkdir()
    server.start()
    try:
        server.authorize(sshkeys.public_line(our_key("ed25519")))
        with pytest.raises(AssertionError, match="Host key verification failed"):
            server.login_openssh(our_file("ed25519", "openssh"))     # no CA trusted yet
        server.trust_host_ca(sshkeys.public_line(ca_key("ecdsa521")))
        with pytest.raises(AssertionError, match="Host key verification failed"):
            server.login_openssh(our_file("ed25519", "openssh"))     # another CA
        server.trust_host_ca(sshkeys.public_line(ca_key(ca_spec)))
        assert server.login_openssh(our_file("ed25519", "openssh")) == "ok"
    finally:
        server.stop()


# ssh's rules for a host certificate's principals changed in 10.x: 9.2 takes a certificate with
# none as valid for any host and matches principals literally; 10.3 refuses one with none and
# matches wildcards (only host certificates may carry them).
HOST_PRINCIPALS = [
    pytest.param((), "Certificate lacks principal list", id="no-principals"),
    pytest.param(("127.0.0.*",), "Certificate invalid: name is not a listed principal",
                 id="wildcard"),
]


@pytest.mark.parametrize("principals,refusal", HOST_PRINCIPALS)
def test_ssh_host_certificate_principal_rules(ossh, tmp_path, ca_key, our_key, our_file,
                                              principals, refusal):
    host = run(sshkeys.generate("ed25519", comment="host"))
    host_file = write(tmp_path / "host", run(sshkeys.save(host, "openssh")))
    certified = run(operations.sign_certificate(
        ca_key("ed25519"), host, "test host", principals=principals, type=certificate.HOST,
        validity="-5m:+1h"))
    cert = write(tmp_path / "host-cert.pub", operations.certificate_file(certified))
    (tmp_path / "sshd").mkdir()
    server = referees.Sshd(tmp_path / "sshd", host_key=host_file, host_certificate=cert,
                           generation=ossh).start()
    try:
        server.authorize(sshkeys.public_line(our_key("ed25519")))
        server.trust_host_ca(sshkeys.public_line(ca_key("ed25519")))
        accepts = ossh.at_least("10.3") == bool(principals)
        if accepts:
            assert server.login_openssh(our_file("ed25519", "openssh")) == "ok"
        else:
            with pytest.raises(AssertionError, match=refusal):
                server.login_openssh(our_file("ed25519", "openssh"))
    finally:
        server.stop()


@DEBIANS_SSHD
@pytest.mark.parametrize("subject", ["ed25519", "rsa2048", "ecdsa384"])
def test_plink_logs_in_with_our_ppk_carrying_a_certificate(ossh, putty, ca_sshd, ca_key, our_key,
                                                           our_file, tmp_path, subject):
    ca_sshd.authorize("")
    certified = user_cert(ca_key("ed25519"), our_key(subject))
    key = our_key(subject).with_certificate(certified.certificate)
    ppk = write(tmp_path / "key.ppk", run(sshkeys.save(key, "ppk")))
    assert ca_sshd.login_plink(ppk) == "ok"
    # PuTTYgen's --certificate makes the same file from the plain .ppk and the -cert.pub.
    cert = write(tmp_path / "key-cert.pub", operations.certificate_file(certified))
    theirs = tmp_path / "theirs.ppk"
    referees.run(["puttygen", our_file(subject, "ppk3"), "--old-passphrase",
                  referees._passphrase_file(None), "--new-passphrase",
                  referees._passphrase_file(None), "--certificate", cert, "-o", theirs])
    assert theirs.read_bytes() == ppk.read_bytes()
    loaded = run(sshkeys.load(theirs.read_bytes()))
    assert loaded.certificate == certified.certificate and loaded.has_private


def test_a_dsa_or_ed448_ca_is_refused_with_a_sentence(our_key):
    with pytest.raises(CertificateError, match="DSA key cannot be a CA"):
        user_cert(our_key("dsa"), our_key("ed25519"))
    with pytest.raises(CertificateError, match="does not accept ssh-ed448 CA keys"):
        user_cert(our_key("ed448"), our_key("ed25519"))
    with pytest.raises(CertificateError, match="no certificates for ssh-ed448 keys"):
        user_cert(our_key("ed25519"), our_key("ed448"))


# -- theirs -> ours -------------------------------------------------------------------------------

# (CA key type, ssh-keygen -t for the signature or None, subject, extra ssh-keygen options)
THEIR_CERTS = [
    ("ed25519", None, "rsa", ["-n", "alice,bob", "-V", "20250101:20300101"]),
    ("ecdsa", None, "ed25519", ["-h", "-n", "host.example.com", "-V", "always:forever"]),
    ("ecdsa-384", None, "ecdsa", ["-O", "clear", "-O", "permit-pty", "-z", "18446744073709551615"]),
    ("ecdsa-521", None, "dsa", ["-O", "force-command=/bin/true", "-O",
                                "source-address=10.0.0.0/8,::1/128", "-V", "20250101123000:forever"]),
    ("rsa", None, "ecdsa", ["-O", "verify-required", "-O", "no-touch-required", "-V", "always:20300101"]),
    ("rsa", "rsa-sha2-256", "ed25519", ["-O", "extension:login@example.com=alice",
                                        "-O", "critical:custom@example.com", "-O", "no-x11-forwarding"]),
    ("rsa", "ssh-rsa", "rsa", ["-V", "0x10:0x20000000"]),
    ("dsa", None, "ed25519", ["-O", "no-port-forwarding", "-O", "no-agent-forwarding"]),
]


def _their_key(tmp_path, spec, name):
    kind, _, bits = spec.partition("-")
    path = tmp_path / name
    referees.ssh_keygen_generate(path, kind, int(bits) if bits else None, comment=name)
    return path


@BOTH_ERAS
@pytest.mark.parametrize("ca_type,sig,subject,options", THEIR_CERTS,
                         ids=[f"{c}-{s or 'default'}-{k}" for c, s, k, _ in THEIR_CERTS])
def test_their_certificates_load_verify_and_list_identically(ossh, putty, tmp_path, ca_type, sig,
                                                             subject, options):
    ca = _their_key(tmp_path, ca_type, "ca")
    key = _their_key(tmp_path, subject, "key")
    cert = referees.ssh_keygen_sign(ca, f"{key}.pub", "their id", *(["-t", sig] if sig else []),
                                    *options)
    loaded = run(sshkeys.load(cert.read_bytes()))
    assert loaded.comment == "key" and loaded.certificate is not None
    assert sshkeys.public_line(loaded).split()[:2] == (tmp_path / "key.pub").read_text().split()[:2]
    assert referees.ssh_keygen_show_cert(cert) == listing(cert, loaded)
    # ... and our -O parser makes the options ssh-keygen made from the same words.
    words = [options[i + 1] for i, o in enumerate(options) if o == "-O"]
    critical, extensions = parse_options(words, host="-h" in options)
    assert (critical, extensions) == (loaded.certificate.critical_options,
                                      loaded.certificate.extensions)
    # A .ppk with their certificate, and our --cert-info rows as puttygen prints them.
    ppk = tmp_path / "key.ppk"
    referees.puttygen_convert(key, ppk, "private")
    with_cert = tmp_path / "cert.ppk"
    referees.run(["puttygen", ppk, "--old-passphrase", referees._passphrase_file(None),
                  "--new-passphrase", referees._passphrase_file(None),
                  "--certificate", cert, "-o", with_cert])
    assert run(sshkeys.load(with_cert.read_bytes())).certificate == loaded.certificate
    info = referees.run(["puttygen", with_cert, "--cert-info"]).stdout
    assert info == "".join(f"{k}: {v}\n" for k, v in putty_info(loaded.certificate))


@pytest.mark.parametrize("validity", ["20250101:20300101", "20250101Z:20300101123456UTC",
                                      "always:forever", "0x10:0x20", "always:20991231",
                                      "19991231235959:forever"])
def test_absolute_validity_matches_ssh_keygen(ossh, tmp_path, validity):
    ca = _their_key(tmp_path, "ed25519", "ca")
    key = _their_key(tmp_path, "ed25519", "key")
    cert = referees.ssh_keygen_sign(ca, f"{key}.pub", "v", "-V", validity)
    theirs = run(sshkeys.load(cert.read_bytes())).certificate
    assert parse_validity(validity) == (theirs.valid_after, theirs.valid_before)


def test_relative_validity_is_ssh_keygens_arithmetic():
    now = 1_700_000_017
    assert parse_validity("+52w", now) == (1_699_999_920, now + 52 * 604800)
    assert parse_validity("-1d:+1w", now) == (now - 86400, now + 604800)
    assert parse_validity("-1h30m:forever", now) == (now - 5400, certificate.FOREVER)
    for bad, message in [("+1y", "relative certificate life"), ("20250101", "specification"),
                         ("20251301:forever", 'from time "20251301"'),
                         ("+1d:-1d", "Empty certificate validity"),
                         ("always:tomorrow", 'to time "tomorrow"')]:
        with pytest.raises(CertificateError, match=message):
            parse_validity(bad, now)


def test_an_altered_certificate_or_another_ca_is_refused(ossh, tmp_path):
    ca = _their_key(tmp_path, "ed25519", "ca")
    _their_key(tmp_path, "ed25519", "other")          # other and other.pub: a second CA
    key = _their_key(tmp_path, "ecdsa", "key")
    cert = referees.ssh_keygen_sign(ca, f"{key}.pub", "alice", "-n", "alice")
    kind, b64, comment = cert.read_text().split()
    blob = base64.b64decode(b64)

    def line(data):
        return f"{kind} {base64.b64encode(data).decode()} {comment}\n".encode()

    forged = blob.replace(b"\x00\x00\x00\x05alice", b"\x00\x00\x00\x05admin")
    assert forged != blob
    with pytest.raises(CertificateError, match="signature does not verify"):
        run(sshkeys.load(line(forged)))
    # The CA field swapped for another CA's key: the signature no longer matches it.
    ca_blob = base64.b64decode((tmp_path / "ca.pub").read_text().split()[1])
    other_blob = base64.b64decode((tmp_path / "other.pub").read_text().split()[1])
    with pytest.raises(CertificateError, match="signature does not verify"):
        run(sshkeys.load(line(blob.replace(ca_blob, other_blob))))
    # Checked against the CA a caller trusts.
    good = run(sshkeys.load(cert.read_bytes())).certificate
    other_key = run(sshkeys.load((tmp_path / "other.pub").read_bytes())).public
    with pytest.raises(CertificateError, match="not by SHA256:"):
        run(certsign.verify(good, get_engine(), ca=other_key))
    # A certificate never goes into a .ppk of another key.
    wrong = run(sshkeys.load((tmp_path / "other").read_bytes())).with_certificate(good)
    with pytest.raises(CertificateError, match="for another key"):
        run(sshkeys.save(wrong, "ppk"))


# -- the puttygen-style command line --------------------------------------------------------------

def sshkeys_cli(*args):
    import subprocess
    import sys
    from pathlib import Path
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "py"))
    r = subprocess.run([sys.executable, "-m", "sshkeys", *map(str, args)], capture_output=True,
                       env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout


@pytest.mark.parametrize("subject", ["ed25519", "rsa2048", "ecdsa521"])
def test_cli_certificate_options_match_puttygen(putty, tmp_path, ca_key, our_key, our_file,
                                                subject):
    empty = referees._passphrase_file(None)
    certified = run(operations.sign_certificate(
        ca_key("ecdsa256"), our_key(subject), "cli", principals=("alice",),
        validity="20250101:20300101", options=("no-pty", "source-address=127.0.0.1/32")))
    cert = write(tmp_path / "key-cert.pub", operations.certificate_file(certified))
    plain = our_file(subject, "ppk3")
    ours_ppk, theirs_ppk = tmp_path / "ours.ppk", tmp_path / "theirs.ppk"
    sshkeys_cli(plain, "--certificate", cert, "-o", ours_ppk)
    referees.run(["puttygen", plain, "--old-passphrase", empty, "--new-passphrase", empty,
                  "--certificate", cert, "-o", theirs_ppk])
    assert ours_ppk.read_bytes() == theirs_ppk.read_bytes()
    for args in (["--cert-info"], ["-l"], ["-l", "-E", "sha256-cert"], ["-l", "-E", "md5-cert"],
                 ["-l", "-E", "md5"], ["-L"], ["-p"], ["--dump"]):
        theirs = referees.run(["puttygen", theirs_ppk, *args]).stdout
        assert sshkeys_cli(ours_ppk, *args).decode() == theirs, args
    # A -cert.pub alone: puttygen reads it as a public key too.
    assert sshkeys_cli(cert, "--cert-info").decode() == referees.run(
        ["puttygen", cert, "--cert-info"]).stdout
    # --remove-certificate gives back the plain .ppk; --cert-info of a plain key says nothing.
    removed = tmp_path / "removed.ppk"
    sshkeys_cli(ours_ppk, "--remove-certificate", "-o", removed)
    assert removed.read_bytes() == plain.read_bytes()
    assert sshkeys_cli(removed, "--cert-info") == b""
