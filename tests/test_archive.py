"""“Save all”: the zip the worker session makes, opened by unzip-like code and checked by
ssh-keygen and puttygen."""

import asyncio
import io
import stat
import subprocess
import zipfile

import pytest

import referees
from sshkeys.session import Session


@pytest.fixture
def call():
    session = Session()
    return lambda op, **kw: asyncio.run(session.handle({"op": op, **kw}))


@pytest.mark.parametrize("family,bits", [("ed25519", None), ("rsa", 2048), ("ecdsa", 256)])
def test_save_all_zip_holds_files_the_referees_accept(call, tmp_path, family, bits):
    key = call("generate", family=family, bits=bits, comment="zip me")["key"]
    reply = call("save_all", key=key["id"], formats=["openssh", "ppk", "pkcs8"],
                 passphrase=referees.PASSPHRASE,
                 options={"openssh": {"rounds": 4}, "ppk": {"passes": 1, "memory": 64}})
    assert reply["ok"], reply
    stem = key["file_stem"]
    assert reply["filename"] == f"{stem}-keys.zip" and reply["mime"] == "application/zip"
    assert call("file_name", key=key["id"], format="all")["filename"] == reply["filename"]
    with zipfile.ZipFile(io.BytesIO(reply["data"])) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        assert names == [stem, f"{stem}.ppk", f"{stem}.p8.pem", f"{stem}.pub", "NEXT-STEPS.txt"]
        modes = {i.filename: stat.S_IMODE(i.external_attr >> 16) for i in zf.infolist()}
        assert modes[stem] == modes[f"{stem}.ppk"] == modes[f"{stem}.p8.pem"] == 0o600
        zf.extractall(tmp_path)
    for name in names:
        (tmp_path / name).chmod(modes[name])
    line = " ".join(key["public_line"].split()[:2])
    assert (tmp_path / f"{stem}.pub").read_text() == key["public_line"] + "\n"
    assert referees.ssh_keygen_public(tmp_path / stem, referees.PASSPHRASE).startswith(line)
    assert referees.puttygen_public(tmp_path / f"{stem}.ppk", referees.PASSPHRASE).startswith(line)
    openssl = subprocess.run(["openssl", "pkey", "-in", tmp_path / f"{stem}.p8.pem", "-passin",
                              f"pass:{referees.PASSPHRASE}", "-noout"], capture_output=True)
    assert openssl.returncode == 0, openssl.stderr
    steps = (tmp_path / "NEXT-STEPS.txt").read_text()
    assert key["sha256"] in steps and "protected by your passphrase" in steps
    assert f"chmod 600 ~/.ssh/{stem}" in steps and f"{stem}.ppk" in steps


def test_save_all_without_passphrase_says_so(call):
    key = call("generate", family="ed25519")["key"]
    reply = call("save_all", key=key["id"], formats=["openssh"])
    with zipfile.ZipFile(io.BytesIO(reply["data"])) as zf:
        assert zf.namelist() == ["id_ed25519", "id_ed25519.pub", "NEXT-STEPS.txt"]
        assert "NOT protected" in zf.read("NEXT-STEPS.txt").decode()


@pytest.mark.parametrize("formats,message", [
    ([], "Choose at least one private key format to save."),
    (["public-openssh"], "is not a private key format."),
    (["pem"], "cannot be saved as"),
    (["nope"], "Unknown format"),
])
def test_save_all_refuses_what_it_cannot_make(call, formats, message):
    key = call("generate", family="ed25519")["key"]
    reply = call("save_all", key=key["id"], formats=formats)
    assert not reply["ok"] and message in reply["error"]["message"]
