"""SSH signatures (PROTOCOL.sshsig) against ssh-keygen 9.2: it verifies every signature we make,
we verify every one it makes, and on the same bad cases (tampered message, wrong namespace or
principal, a signer out of its validity, a revoked key or certificate) `sshkeys-keygen -Y`
gives the same verdict, output and exit status as `ssh-keygen -Y`."""

import asyncio
import base64

import pytest

from keygen_pair import both, keygen, ours, theirs
from sshkeys import keytext, operations, sshsig

TYPES = {"ed25519": ["-t", "ed25519"], "ecdsa256": ["-t", "ecdsa", "-b", "256"],
         "ecdsa384": ["-t", "ecdsa", "-b", "384"], "ecdsa521": ["-t", "ecdsa", "-b", "521"],
         "rsa": ["-t", "rsa", "-b", "2048"]}
MESSAGE = b"The quick brown fox\njumps over the lazy dog.\n" * 50
PRINCIPAL = "alice@example.com"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("sshsig")
    for name, args in TYPES.items():
        keygen(home, name, *args)
    keygen(home, "other", "-t", "ed25519")
    keygen(home, "ca", "-t", "ed25519")
    # A user certificate of the Ed25519 key for alice, valid in the 1980s, serial 7.
    theirs(home, "-q", "-s", "ca", "-I", "alice's key", "-n", PRINCIPAL, "-z", "7",
           "-V", "19840101:19860101", "ed25519.pub")
    (home / "message").write_bytes(MESSAGE)
    (home / "tampered").write_bytes(MESSAGE + b"!")
    return home


def load(path):
    return asyncio.run(operations.load(path.read_bytes(), ""))


def allowed(home, line: str, name: str = "allowed") -> str:
    (home / name).write_text(line + "\n")
    return name


def signer_line(home, key: str, options: str = "", principal: str = PRINCIPAL) -> str:
    pub = " ".join((home / f"{key}.pub").read_text().split()[:2])
    return f"{principal} {options + ' ' if options else ''}{pub}"


@pytest.mark.parametrize("namespace", ["file", "git"])
@pytest.mark.parametrize("hash_name", ["sha512", "sha256"])
@pytest.mark.parametrize("kind", TYPES)
def test_ssh_keygen_verifies_ours(home, kind, hash_name, namespace):
    armored = asyncio.run(sshsig.sign(load(home / kind), MESSAGE, namespace, hash_name))
    sig = home / f"ours-{kind}-{hash_name}-{namespace}.sig"
    sig.write_text(armored)
    allowed(home, signer_line(home, kind), f"allowed-{kind}")
    r = theirs(home, "-Y", "verify", "-f", f"allowed-{kind}", "-I", PRINCIPAL, "-n", namespace,
               "-s", sig, stdin=MESSAGE)
    assert r.out.startswith(f'Good "{namespace}" signature for {PRINCIPAL} with ')
    # The hash named inside is the one asked for; RSA signs as rsa-sha2-512 whatever it is.
    parsed = asyncio.run(sshsig.parse(sshsig.dearmor(armored)))
    assert parsed.hash == hash_name
    if kind == "rsa":
        assert parsed.signature[4:16] == b"rsa-sha2-512"
    # A signature of something else is refused by ssh-keygen too.
    theirs(home, "-Y", "verify", "-f", f"allowed-{kind}", "-I", PRINCIPAL, "-n", namespace,
           "-s", sig, stdin=MESSAGE + b".", status=255)


@pytest.mark.parametrize("namespace", ["file", "git"])
@pytest.mark.parametrize("hash_name", ["sha512", "sha256"])
@pytest.mark.parametrize("kind", TYPES)
def test_we_verify_ssh_keygens(home, kind, hash_name, namespace):
    r = theirs(home, "-Y", "sign", "-f", kind, "-n", namespace, "-O", f"hashalg={hash_name}",
               stdin=MESSAGE)
    sig = asyncio.run(sshsig.verify(r.stdout, MESSAGE, namespace))
    assert keytext.equal(sig.key, load(home / kind).public_only())
    assert sig.hash == hash_name
    verdict = asyncio.run(sshsig.check_allowed(signer_line(home, kind), sig.key, PRINCIPAL,
                                               namespace))
    assert verdict.ok
    for message, ns in ((MESSAGE[:-1], namespace), (MESSAGE, "other")):
        with pytest.raises(sshsig.SignatureError):
            asyncio.run(sshsig.verify(r.stdout, message, ns))


def test_ed25519_signatures_are_byte_identical(home):
    """Ed25519 is deterministic: our signature file is ssh-keygen's, byte for byte."""
    for hash_name in ("sha512", "sha256"):
        r = theirs(home, "-Y", "sign", "-f", "ed25519", "-n", "file", "-O",
                   f"hashalg={hash_name}", stdin=MESSAGE)
        mine = ours(home, "-Y", "sign", "-f", "ed25519", "-n", "file", "-O",
                    f"hashalg={hash_name}", stdin=MESSAGE)
        assert mine.stdout == r.stdout
        assert mine.err == r.err == "Signing data on standard input\n"


def test_sign_a_file_and_verify_on_the_command_line(home):
    """-Y sign FILE writes FILE.sig with ssh-keygen's messages; check-novalidate, verify with
    -O print-pubkey and find-principals print what ssh-keygen prints."""
    (home / "doc.txt").write_bytes(MESSAGE)
    r = ours(home, "-Y", "sign", "-f", "ecdsa256", "-n", "file", "doc.txt")
    assert r.err == "Signing file doc.txt\nWrite signature to doc.txt.sig\n"
    allowed(home, signer_line(home, "ecdsa256"))
    for args in (["-Y", "check-novalidate", "-n", "file", "-s", "doc.txt.sig"],
                 ["-Y", "verify", "-n", "file", "-s", "doc.txt.sig", "-f", "allowed", "-I",
                  PRINCIPAL, "-O", "print-pubkey"],
                 ["-Y", "verify", "-q", "-n", "file", "-s", "doc.txt.sig", "-f", "allowed",
                  "-I", PRINCIPAL],
                 ["-Y", "verify", "-E", "md5", "-n", "file", "-s", "doc.txt.sig", "-f",
                  "allowed", "-I", PRINCIPAL],
                 ["-Y", "find-principals", "-s", "doc.txt.sig", "-f", "allowed"]):
        a, b = both(home, *args, stdin=MESSAGE, status=0)
        assert a.out == b.out
    # The key given as its .pub file: the private key beside it signs.
    ours(home, "-Y", "sign", "-f", "ecdsa256.pub", "-n", "file", "-", stdin=MESSAGE)


CASES = {
    # name: (allowed_signers line, signature's key, extra args, message)
    "good": ("{ed25519}", "ed25519", [], MESSAGE),
    "tampered message": ("{ed25519}", "ed25519", [], MESSAGE + b"x"),
    "wrong namespace": ("{ed25519}", "ed25519", ["-n", "git"], MESSAGE),
    "wrong principal": ("bob@example.com {ed25519}", "ed25519", [], MESSAGE),
    "wildcard principal": ("*@example.com {ed25519}", "ed25519", [], MESSAGE),
    "negated principal": ("*@example.com,!alice@* {ed25519}", "ed25519", [], MESSAGE),
    "wrong key": ("{other}", "ed25519", [], MESSAGE),
    "namespaces allow": ('{ed25519:namespaces="git,fi*"}', "ed25519", [], MESSAGE),
    "namespaces exclude": ('{ed25519:namespaces="git"}', "ed25519", [], MESSAGE),
    "expired valid-before": ('{ed25519:valid-before="20000101"}', "ed25519", [], MESSAGE),
    "not yet valid-after": ('{ed25519:valid-after="29990101"}', "ed25519", [], MESSAGE),
    "inside validity": ('{ed25519:valid-after="19800101",valid-before="19900101"}', "ed25519",
                        ["-O", "verify-time=19850101"], MESSAGE),
    "verify-time UTC": ('{ed25519:valid-before="19900101Z"}', "ed25519",
                        ["-O", "verify-time=19891231235959Z"], MESSAGE),
    "unknown option": ("{ed25519:octopus}", "ed25519", [], MESSAGE),
    "certificate via CA": ("{ca:cert-authority}", "cert", ["-O", "verify-time=19850101"],
                           MESSAGE),
    "expired certificate": ("{ca:cert-authority}", "cert", [], MESSAGE),
    "certificate wrong principal": ("bob@example.com {ca:cert-authority}", "cert",
                                    ["-O", "verify-time=19850101"], MESSAGE),
    "certificate wildcard": ("*@example.com {ca:cert-authority}", "cert",
                             ["-O", "verify-time=19850101"], MESSAGE),
    "CA not marked": ("{ca}", "cert", ["-O", "verify-time=19850101"], MESSAGE),
    "signer listed as CA": ("{ed25519:cert-authority}", "ed25519", [], MESSAGE),
    "CA out of its validity": ('{ca:cert-authority,valid-before="19820101"}', "cert",
                               ["-O", "verify-time=19850101"], MESSAGE),
    "certificate listed itself": ("{cert}", "cert", [], MESSAGE),
}


def _signers_line(home, spec: str) -> str:
    """'[principals] {key[:options]}' -> an allowed_signers line (alice's by default)."""
    words = spec.split(" ")
    principal = PRINCIPAL if words[0].startswith("{") else words.pop(0)
    name, _, options = words[0][1:-1].partition(":")
    path = home / ("ed25519-cert.pub" if name == "cert" else f"{name}.pub")
    key = " ".join(path.read_text().split()[:2])
    return " ".join([principal] + ([options] if options else []) + [key])


@pytest.mark.parametrize("case", CASES)
def test_same_verdict_as_ssh_keygen(home, case):
    spec, signer, extra, message = CASES[case]
    key_file = "ed25519-cert.pub" if signer == "cert" else signer
    sig = home / f"case-{signer}.sig"
    if not sig.exists():
        sig.write_bytes(theirs(home, "-Y", "sign", "-f", key_file, "-n", "file",
                               stdin=MESSAGE).stdout)
    allowed(home, _signers_line(home, spec), "case-allowed")
    args = ["-Y", "verify", "-n", "file", "-s", sig, "-f", "case-allowed", "-I", PRINCIPAL]
    if "-n" in extra:
        args[3] = extra[extra.index("-n") + 1]
        extra = [a for i, a in enumerate(extra) if a != "-n" and extra[i - 1:i] != ["-n"]]
    a, b = both(home, *args, *extra, stdin=message)
    assert a.out == b.out, (a.out, b.out, a.err, b.err)
    assert a.returncode == (0 if case in ("good", "wildcard principal", "namespaces allow",
                                          "inside validity", "verify-time UTC",
                                          "certificate via CA", "certificate wildcard",
                                          "certificate listed itself")
                            else 255)
    # find-principals (no namespace, no principal) agrees as well.
    args = ["-Y", "find-principals", "-s", sig, "-f", "case-allowed", *
            [x for x in extra if x != "-n"]]
    a, b = both(home, *args)
    assert a.out == b.out


@pytest.mark.parametrize("revoked", ["key list", "CA in key list", "KRL serial", "KRL key id",
                                     "KRL of another key"])
def test_revoked_signers_are_refused(home, revoked):
    """-r: a plain list of keys, or a KRL ssh-keygen wrote (by serial, by key ID)."""
    sig = home / "case-cert.sig"
    sig.write_bytes(theirs(home, "-Y", "sign", "-f", "ed25519-cert.pub", "-n", "file",
                           stdin=MESSAGE).stdout)
    allowed(home, f"{PRINCIPAL} cert-authority " + (home / "ca.pub").read_text().strip(),
            "rev-allowed")
    spec = home / "revoked-spec"
    if revoked == "key list":
        (home / "revoked").write_text((home / "ed25519.pub").read_text())
    elif revoked == "CA in key list":
        (home / "revoked").write_text((home / "ca.pub").read_text())
    else:
        spec.write_text({"KRL serial": "serial: 5-9\n", "KRL key id": "id: alice's key\n",
                         "KRL of another key": (home / "other.pub").read_text()}[revoked])
        (home / "revoked").unlink(missing_ok=True)
        theirs(home, "-k", "-f", "revoked", "-s", "ca.pub", spec)
    a, b = both(home, "-Y", "verify", "-n", "file", "-s", sig, "-f", "rev-allowed", "-I",
                PRINCIPAL, "-r", "revoked", "-O", "verify-time=19850101", stdin=MESSAGE)
    assert a.out == b.out
    assert a.returncode == (0 if revoked == "KRL of another key" else 255)


def test_match_principals(home):
    pub = (home / "ed25519.pub").read_text().strip()
    allowed(home, f"principal1 {pub}\nprinci* {pub}\nunique {pub}", "match-allowed")
    for who in ("unique", "princip", "principal1", "princ", "unknown"):
        a, b = both(home, "-Y", "match-principals", "-f", "match-allowed", "-I", who)
        assert a.out == b.out


def test_allowed_signers_api_gives_reasons(home):
    """The page shows why a signature is not accepted: ssh-keygen's words, naming the line."""
    key = load(home / "ed25519").public_only()
    text = "# team\n" + signer_line(home, "ed25519", 'namespaces="git"') + "\n"
    verdict = asyncio.run(sshsig.check_allowed(text, key, PRINCIPAL, "file", path="signers"))
    assert not verdict.ok
    assert verdict.messages == ['signers:2: key is not permitted for use in signature '
                                'namespace "file"']
    line = sshsig.allowed_signers_line(key, PRINCIPAL, "git")
    assert asyncio.run(sshsig.check_allowed(line, key, PRINCIPAL, "git")).ok
    assert "git config --global gpg.format ssh" in sshsig.git_config("~/.ssh/id_ed25519.pub")


# -- bad input: ssh-keygen's exit status, one sentence naming the file, never a traceback ----

def test_bad_signature_files(home):
    good = theirs(home, "-Y", "sign", "-f", "ed25519", "-n", "file", stdin=MESSAGE).stdout
    b64 = "".join(good.decode().splitlines()[1:-1])
    blob = base64.b64decode(b64)
    bad = {
        "not armored": b"hello\n",
        "no footer": good[:-30],
        "bad base64": b"-----BEGIN SSH SIGNATURE-----\n@@@@\n-----END SSH SIGNATURE-----\n",
        "truncated blob": sshsig.armor(blob[:-20]).encode(),
        "unknown hash": sshsig.armor(blob.replace(b"\x00\x00\x00\x06sha512",
                                                  b"\x00\x00\x00\x06sha999")).encode(),
        "version 2": sshsig.armor(blob[:6] + b"\x00\x00\x00\x02" + blob[10:]).encode(),
        "empty": b"",
    }
    allowed(home, signer_line(home, "ed25519"), "bad-allowed")
    for name, data in bad.items():
        (home / "bad.sig").write_bytes(data)
        for args in (["-Y", "verify", "-n", "file", "-s", "bad.sig", "-f", "bad-allowed", "-I",
                      PRINCIPAL],
                     ["-Y", "check-novalidate", "-n", "file", "-s", "bad.sig"],
                     ["-Y", "find-principals", "-s", "bad.sig", "-f", "bad-allowed"]):
            # find-principals reads only the key: a damaged tail is ssh-keygen's business too
            a, b = both(home, *args, stdin=MESSAGE,
                        status=None if args[1] == "find-principals" else 255)
            assert a.out == b.out, name
            if a.returncode:
                lines = [x for x in a.err.splitlines() if x != "No principal matched."]
                assert len(lines) == 1 and ("bad.sig" in lines[0] or "hash" in lines[0]), \
                    (name, a.err)


def test_bad_allowed_signers_lines(home):
    sig = home / "ok.sig"
    sig.write_bytes(theirs(home, "-Y", "sign", "-f", "ed25519", "-n", "file",
                           stdin=MESSAGE).stdout)
    pub = " ".join((home / "ed25519.pub").read_text().split()[:2])
    for line in (PRINCIPAL, f'{PRINCIPAL} namespaces="file {pub}', f"{PRINCIPAL} ssh-ed25519",
                 f"{PRINCIPAL} valid-after=\"1999\" {pub}", f"{PRINCIPAL} ssh-ed25519 AAAA",
                 f'{PRINCIPAL} valid-after="20200101",valid-before="20100101" {pub}',
                 f"{PRINCIPAL} \xff\xfe\x01garbage"):
        (home / "broken-allowed").write_bytes(("# first\n" + line + "\n").encode("latin-1"))
        a, b = both(home, "-Y", "verify", "-n", "file", "-s", sig, "-f", "broken-allowed",
                    "-I", PRINCIPAL, stdin=MESSAGE, status=255)
        assert a.out == b.out == "Could not verify signature.\n"
        assert a.err.startswith("broken-allowed:2: "), a.err


def test_bad_arguments(home):
    for args, status in ((["-Y", "sign", "-f", "ed25519"], 1),
                         (["-Y", "sign", "-n", "file"], 1),
                         (["-Y", "verify", "-n", "file", "-s", "x.sig", "-f", "allowed"], 1),
                         (["-Y", "check-novalidate", "-s", "x.sig"], 1),
                         (["-Y", "find-principals", "-f", "allowed"], 1),
                         (["-Y", "sign", "-f", "ed25519", "-n", "file", "-O", "hashalg=sha1"],
                          255),
                         (["-Y", "sign", "-f", "ed25519", "-n", "file", "-O", "octopus"], 255),
                         (["-Y", "sign", "-f", "nonexistent", "-n", "file"], 255),
                         (["-Y", "verify", "-n", "file", "-s", "nonexistent.sig", "-f",
                           "allowed", "-I", PRINCIPAL], 255),
                         (["-Y", "verify", "-n", "file", "-s", "case-ed25519.sig", "-f",
                           "allowed", "-I", PRINCIPAL, "-O", "verify-time=yesterday"], 255),
                         (["-Y", "frobnicate"], 1)):
        a, b = both(home, *args, stdin=MESSAGE, status=status)
        assert a.out == b.out
