"""The page's SSH signatures (web/sign.js), judged by ssh-keygen and git: a key made in the page
signs a typed text and a chosen file in the namespaces file and git, and ssh-keygen -Y verify
(Debian's 9.2 and today's) accepts each .sig with the allowed_signers line the page showed;
the page's verdict on signatures ssh-keygen -Y sign made (good, tampered message, wrong
namespace, wrong principal, another key) is ssh-keygen's own, word for word and by exit
status; the git config lines the page shows make git commit -S and git verify-commit work with
the page's key.

Each engine signs with its own primitives, for each family (Ed25519, ECDSA, RSA) and with
WebCrypto's hidden (the fallback libraries): one signature each, downloaded and checked by both
ssh-keygens; Chromium signs every case (text and file, both namespaces, both hashes) with
Ed25519. The verdicts and git are the same Python in every engine and run in Chromium only."""

import os
import subprocess

import pytest

import referees

EMAIL = "alice@example.com"
TEXT = "A text typed in the page,\nwith no new line at its end"
FILE = b"a file's bytes \x00\xff\n" * 100
# (what is signed, namespace, hash): every case in Chromium, the first in the others.
CASES = [("text", "git", "sha512"), ("file", "git", "sha256"), ("text", "file", "sha256"),
         ("file", "file", "sha512")]


def ssh_keygen(generation, *args, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """ssh-keygen of that OpenSSH, its exit status as it is (a failure is an answer here)."""
    return subprocess.run([generation.path("ssh-keygen"), *map(str, args)], input=stdin,
                          capture_output=True, timeout=referees.TIMEOUT,
                          env=dict(os.environ, LC_ALL="C", TZ="UTC"))


def generations():
    found = [g for g in referees.OPENSSH_GENERATIONS if "ssh-keygen" in g.programs]
    assert referees.DEBIAN_OPENSSH in found, "Debian's ssh-keygen is missing"
    return found


def make_key(tab, family="ed25519", bits=None) -> str:
    """A key made in the page with an email comment; its allowed_signers line as shown."""
    line = tab.generate(family, bits, comment=EMAIL)
    tab.open_section("#sig-sign")
    tab.wait_for_text("#sig-allowed code", line.split()[1])
    allowed = tab.text("#sig-allowed code")
    assert allowed == f"{EMAIL} {' '.join(line.split()[:2])}"
    assert tab.value("#sig-principal") == EMAIL
    return allowed


def sign_and_check(tab, tmp_path, family, bits, cases):
    """Each case signed in the page, its .sig downloaded and judged by every ssh-keygen."""
    allowed = make_key(tab, family, bits)
    (tmp_path / "allowed_signers").write_text(allowed + "\n")
    source = tmp_path / "report.bin"
    source.write_bytes(FILE)
    kind = {"ed25519": "ED25519", "ecdsa": "ECDSA", "rsa": "RSA"}[family]
    for n, (what, namespace, hash_name) in enumerate(cases):
        if what == "text":
            tab.fill("#sig-text", TEXT)
            message = TEXT.encode()
        else:
            tab.set_files("#sig-file", source)
            tab.wait_for_text("#sig-file-name", "report.bin")
            message = FILE
        tab.fill("#sig-namespace", namespace)
        tab.select("#sig-hash", hash_name)
        folder = tmp_path / str(n)
        folder.mkdir()
        sig = tab.download("#sig-sign", folder)
        assert sig.name == ("message.sig" if what == "text" else "report.bin.sig")
        tab.wait_for_text("#sig-sign-status", sig.name)
        armored = sig.read_text()
        assert armored.startswith("-----BEGIN SSH SIGNATURE-----\n")
        for generation in generations():
            r = ssh_keygen(generation, "-Y", "verify", "-f", tmp_path / "allowed_signers",
                           "-I", EMAIL, "-n", namespace, "-s", sig, stdin=message)
            assert r.returncode == 0, (generation, what, namespace, r.stdout, r.stderr)
            assert r.stdout.decode().startswith(
                f'Good "{namespace}" signature for {EMAIL} with {kind} key SHA256:')
            # The same signature does not hold for another namespace or another message.
            other = "file" if namespace == "git" else "git"
            assert ssh_keygen(generation, "-Y", "verify", "-f", tmp_path / "allowed_signers",
                              "-I", EMAIL, "-n", other, "-s", sig, stdin=message).returncode
            assert ssh_keygen(generation, "-Y", "verify", "-f", tmp_path / "allowed_signers",
                              "-I", EMAIL, "-n", namespace, "-s", sig,
                              stdin=message + b"!").returncode
        if what == "text":
            tab.fill("#sig-text", "")


# Each family signs with its own primitive of the engine (RSA as rsa-sha2-512).
FAMILIES = [("ed25519", None), ("ecdsa", 256), ("rsa", 3072)]


@pytest.mark.parametrize("family,bits", FAMILIES, ids=[f for f, _ in FAMILIES])
def test_what_the_page_signs_ssh_keygen_verifies(tab, engine, tmp_path, family, bits):
    every = engine == "chromium" and family == "ed25519"
    sign_and_check(tab, tmp_path, family, bits, CASES if every else CASES[:1])


@pytest.mark.parametrize("family,bits", FAMILIES[:2], ids=[f for f, _ in FAMILIES[:2]])
def test_the_fallback_libraries_sign_what_ssh_keygen_verifies(fallback_tab, tmp_path, family,
                                                              bits):
    sign_and_check(fallback_tab, tmp_path, family, bits, CASES[:1])


# -- the page's verdicts against ssh-keygen's, on signatures ssh-keygen made ----------------

@pytest.fixture(scope="module")
def theirs(tmp_path_factory):
    """A key of ssh-keygen's, another one, a message and its signature (-Y sign -n file)."""
    folder = tmp_path_factory.mktemp("theirs")
    referees.ssh_keygen_generate(folder / "id_ed25519", "ed25519", comment=EMAIL)
    referees.ssh_keygen_generate(folder / "other", "ecdsa", 256, comment="other")
    (folder / "message.txt").write_bytes(b"signed by ssh-keygen\n")
    r = ssh_keygen(referees.DEBIAN_OPENSSH, "-Y", "sign", "-f", folder / "id_ed25519", "-n",
                   "file", folder / "message.txt")
    assert r.returncode == 0, r.stderr
    public = (folder / "id_ed25519.pub").read_text().split()
    (folder / "allowed_signers").write_text(
        f"bob@example.com {(folder / 'other.pub').read_text().split()[0]} "
        f"{(folder / 'other.pub').read_text().split()[1]}\n{EMAIL} {public[0]} {public[1]}\n")
    return folder


@pytest.mark.parametrize("engine", ["chromium"], scope="module")   # the same Python everywhere
def test_an_opened_key_with_a_certificate_signs_as_itself(tab, theirs, tmp_path):
    """A key ssh-keygen made, opened on the page with a certificate attached, signs by the key
    itself (as ssh-keygen -Y sign -f id_ed25519 does): its allowed_signers line verifies it."""
    referees.ssh_keygen_generate(tmp_path / "ca", "ed25519", comment="CA")
    public = tmp_path / "id_ed25519.pub"
    public.write_bytes((theirs / "id_ed25519.pub").read_bytes())
    cert = referees.ssh_keygen_sign(tmp_path / "ca", public, "alice", "-n", "alice")
    line = tab.open_file(theirs / "id_ed25519")
    tab.open_section("#attach-file")
    tab.set_files("#attach-file", cert)
    tab.wait_for_text("#attach-status", "Attached")
    tab.open_section("#sig-sign")
    tab.wait_for_text("#sig-allowed code", line.split()[1])
    (tmp_path / "allowed_signers").write_text(tab.text("#sig-allowed code") + "\n")
    tab.fill("#sig-text", TEXT)
    sig = tab.download("#sig-sign", tmp_path)
    for generation in generations():
        r = ssh_keygen(generation, "-Y", "verify", "-f", tmp_path / "allowed_signers", "-I",
                       EMAIL, "-n", "file", "-s", sig, stdin=TEXT.encode())
        assert r.returncode == 0, (generation, r.stdout, r.stderr)
        assert b"with ED25519 key SHA256:" in r.stdout


VERDICTS = {
    # case: (message, namespace, principal) for allowed_signers; a key file for a public key
    "good": (b"signed by ssh-keygen\n", "file", EMAIL),
    "tampered": (b"signed by ssh-keygen!\n", "file", EMAIL),
    "wrong-namespace": (b"signed by ssh-keygen\n", "git", EMAIL),
    "wrong-principal": (b"signed by ssh-keygen\n", "file", "bob@example.com"),
    "unknown-principal": (b"signed by ssh-keygen\n", "file", "eve@example.com"),
    "key-good": (b"signed by ssh-keygen\n", "file", "id_ed25519.pub"),
    "key-other": (b"signed by ssh-keygen\n", "file", "other.pub"),
}


@pytest.mark.parametrize("engine", ["chromium"], scope="module")   # the same Python everywhere
@pytest.mark.parametrize("case", VERDICTS)
def test_the_page_judges_as_ssh_keygen(tab, theirs, case, tmp_path):
    message, namespace, who = VERDICTS[case]
    (tmp_path / "message").write_bytes(message)
    sig = theirs / "message.txt.sig"
    tab.click("#tab-check")
    tab.set_files("#sig-verify-sig-file", sig)
    tab.set_files("#sig-verify-file", tmp_path / "message")
    tab.fill("#sig-verify-namespace", namespace)
    if who.endswith(".pub"):
        # ssh-keygen's own answer for "this key signed it": an allowed_signers file of that
        # key alone, for any principal.
        (tmp_path / "only").write_text("signer " + " ".join(
            (theirs / who).read_text().split()[:2]) + "\n")
        expected = ssh_keygen(referees.DEBIAN_OPENSSH, "-Y", "verify", "-f", tmp_path / "only",
                              "-I", "signer", "-n", namespace, "-s", sig, stdin=message)
        tab.check("input[name=sig-verify-by][value=key]")
        tab.set_files("#sig-verify-key-file", theirs / who)
    else:
        expected = ssh_keygen(referees.DEBIAN_OPENSSH, "-Y", "verify", "-f",
                              theirs / "allowed_signers", "-I", who, "-n", namespace, "-s",
                              sig, stdin=message)
        tab.set_files("#sig-verify-allowed-file", theirs / "allowed_signers")
        tab.fill("#sig-verify-principal", who)
    tab.click("#sig-verify")
    tab.wait_for("#sig-output")
    good = expected.returncode == 0
    assert good == (case in ("good", "key-good"))
    assert tab.attribute("#sig-verdict", "class") == f"verdict {'valid' if good else 'bad'}"
    assert tab.text("#sig-verdict").startswith("Good signature" if good else "Not verified")
    shown = tab.text("#sig-output").splitlines()
    said = (expected.stderr + expected.stdout).decode().replace("\r", "").splitlines()
    if who.endswith(".pub"):
        if good:     # -Y check-novalidate's line: no principal for a bare key
            said = [said[0].replace(" for signer", "")]
        else:        # ours says which key signed instead
            assert shown[-1] == said[-1] == "Could not verify signature."
            assert "made by another key (ED25519 SHA256:" in shown[0]
            return
    assert shown == said


# -- git, with the lines the page shows ------------------------------------------------------

@pytest.mark.parametrize("engine", ["chromium"], scope="module")   # git needs one key file
def test_git_signs_and_verifies_with_the_page_s_lines(tab, tmp_path):
    allowed = make_key(tab)
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    for fmt in ("openssh", "public-openssh"):
        saved = tab.download(f"button.download[data-format={fmt}]", home / ".ssh")
        assert saved.name in ("id_ed25519", "id_ed25519.pub")
    (home / ".ssh" / "allowed_signers").write_text(allowed + "\n")
    lines = tab.evaluate("""() => [...document.querySelectorAll("#sig-git code")]
      .map((c) => c.textContent)""")
    assert "git config --global gpg.format ssh" in lines
    assert "git config --global user.signingkey ~/.ssh/id_ed25519.pub" in lines
    assert "git config --global gpg.ssh.allowedSignersFile ~/.ssh/allowed_signers" in lines
    assert "git config --global commit.gpgsign true" in lines
    env = dict(os.environ, HOME=str(home), GIT_CONFIG_NOSYSTEM="1", LC_ALL="C")
    env.pop("SSH_AUTH_SOCK", None)
    work = tmp_path / "work"
    work.mkdir()

    def run(*args, shell=False):
        r = subprocess.run(args[0] if shell else list(args), shell=shell, cwd=work, env=env,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, (args, r.stdout, r.stderr)
        return r

    run("git", "init", "-q")
    run("git", "config", "--global", "user.name", "Alice")
    run("git", "config", "--global", "user.email", EMAIL)
    for line in lines:                       # as a person pastes them into a shell
        run(line, shell=True)
    (work / "file").write_text("hello\n")
    run("git", "add", "file")
    run("git", "commit", "-q", "-m", "signed by default")   # commit.gpgsign: no -S needed
    run("git", "commit", "-q", "-S", "--allow-empty", "-m", "signed with -S")
    for rev in ("HEAD", "HEAD~1"):
        r = run("git", "verify-commit", "-v", rev)
        assert f'Good "git" signature for {EMAIL} with ED25519 key SHA256:' in r.stderr
    assert run("git", "log", "-1", "--format=%G? %GS").stdout.strip() == f"G {EMAIL}"



def test_each_copy_button_copies_exactly_its_line(chromium, site):
    # Chromium: the test reads the clipboard (WebKit's WebDriver cannot; see test_page.py).
    import browsers
    with browsers.ready(chromium, site.url,
                        permissions=["clipboard-read", "clipboard-write"]) as tab:
        allowed = make_key(tab)
        git = tab.evaluate("""() => [...document.querySelectorAll("#sig-git code")]
          .map((c) => c.textContent)""")
        buttons = [("#sig-allowed li:nth-child(1) button", allowed)] + [
            (f"#sig-git li:nth-child({n}) button", line) for n, line in enumerate(git, 1)]
        for button, line in buttons:
            tab.evaluate("""() => {
              document.getElementById("sig-setup-status").textContent = "";
              return navigator.clipboard.writeText("");
            }""")
            tab.click(button)
            tab.wait_for_text("#sig-setup-status", "Copied")
            assert tab.evaluate("() => navigator.clipboard.readText()") == line
            assert tab.attribute(button, "aria-label") == f"Copy {line}"
