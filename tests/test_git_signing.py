"""git's SSH commit signing (gpg.format=ssh) with sshkeys-keygen as gpg.ssh.program: commits it
signs verify with Debian's ssh-keygen, and commits ssh-keygen signs verify through ours."""

import os
import subprocess
import sys

import pytest

from keygen_pair import ROOT, env, keygen

EMAIL = "alice@example.com"


@pytest.fixture
def repo(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    wrapper = tmp_path / "sshkeys-keygen"
    wrapper.write_text(f"#!/bin/sh\nPYTHONPATH={ROOT / 'py'} exec {sys.executable} "
                       '-m sshkeys.keygen "$@"\n')
    wrapper.chmod(0o755)
    key = keygen(home, "id_ed25519", "-t", "ed25519")
    (home / "allowed_signers").write_text(
        f"{EMAIL} namespaces=\"git\" {(home / 'id_ed25519.pub').read_text()}")
    work = tmp_path / "work"
    work.mkdir()
    base = env(home, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_DATE="2026-01-01T00:00:00Z",
               GIT_COMMITTER_DATE="2026-01-01T00:00:00Z")

    def git(*args, program=None, check=True):
        config = ["-c", f"gpg.ssh.program={program}"] if program else []
        r = subprocess.run(["git", *config, *args], cwd=work, env=base, capture_output=True,
                           text=True, timeout=120)
        if check:
            assert r.returncode == 0, (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr, r.stderr
        return r

    git("init", "-q")
    for name, value in (("user.name", "Alice"), ("user.email", EMAIL), ("gpg.format", "ssh"),
                        ("user.signingkey", str(key)),
                        ("gpg.ssh.allowedSignersFile", str(home / "allowed_signers"))):
        git("config", name, value)
    git.ours = str(wrapper)
    git.work = work
    return git


@pytest.mark.parametrize("signer,verifier", [("ours", "ssh-keygen"), ("ssh-keygen", "ours"),
                                             ("ours", "ours")])
def test_signed_commit_verifies(repo, signer, verifier):
    program = {"ours": repo.ours, "ssh-keygen": "ssh-keygen"}
    (repo.work / "file").write_text("hello\n")
    repo("add", "file")
    repo("commit", "-q", "-S", "-m", "signed", program=program[signer])
    raw = repo("cat-file", "commit", "HEAD").stdout
    assert "-----BEGIN SSH SIGNATURE-----" in raw
    r = repo("verify-commit", "-v", "HEAD", program=program[verifier])
    assert f'Good "git" signature for {EMAIL} with ED25519 key SHA256:' in r.stderr
    log = repo("log", "--show-signature", "-1", program=program[verifier]).stdout
    assert f'Good "git" signature for {EMAIL} with ED25519 key' in log
    # %G? says G (good, and the signer is trusted) either way.
    assert repo("log", "-1", "--format=%G? %GS", program=program[verifier]).stdout.strip() \
        == f"G {EMAIL}"


def test_tampered_commit_fails_either_way(repo):
    (repo.work / "file").write_text("hello\n")
    repo("add", "file")
    repo("commit", "-q", "-S", "-m", "signed", program=repo.ours)
    raw = repo("cat-file", "commit", "HEAD").stdout.replace("signed", "forged")
    forged = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"],
                            input=raw, cwd=repo.work, capture_output=True, text=True,
                            check=True).stdout.strip()
    for program in (repo.ours, "ssh-keygen"):
        r = repo("verify-commit", forged, program=program, check=False)
        assert r.returncode != 0
        assert repo("log", "-1", "--format=%G?", forged, program=program).stdout.strip() == "B"


def test_unknown_signer_is_not_trusted(repo):
    """A good signature by a key allowed_signers does not list: git shows U with ssh-keygen's
    check-novalidate, and our program gives the same answer."""
    other = keygen(repo.work.parent / "home", "other", "-t", "ecdsa")
    repo("config", "user.signingkey", str(other))
    (repo.work / "file").write_text("x\n")
    repo("add", "file")
    repo("commit", "-q", "-S", "-m", "other", program=repo.ours)
    answers = {repo("log", "-1", "--format=%G?", program=p).stdout.strip()
               for p in (repo.ours, "ssh-keygen")}
    assert answers == {"U"}
