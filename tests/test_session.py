"""The worker's message handler, driven natively: every reply is a dict, errors are typed."""

import asyncio
import subprocess

import pytest

from sshkeys import checkup
from sshkeys.session import MIME as MIME_TYPE, Session


@pytest.fixture
def call():
    session = Session()
    return lambda op, **kw: asyncio.run(session.handle({"op": op, **kw}))


def test_capabilities_list_every_family_and_writable_format(call):
    caps = call("capabilities")
    assert caps["ok"] and caps["engine"] == "native"
    families = {t["family"]: t for t in caps["types"]}
    assert set(families) == {"ed25519", "rsa", "ecdsa", "dsa", "ed448", "mldsa44-ed25519"}
    assert families["mldsa44-ed25519"]["supported"]
    assert "Experimental" in families["mldsa44-ed25519"]["note"]
    assert families["rsa"]["bits"] == [2048, 3072, 4096, 8192]
    assert families["rsa"]["default_bits"] == 4096
    assert families["ecdsa"]["bits"] == [256, 384, 521]
    assert not families["dsa"]["openssh"] and "deprecated" in families["dsa"]["note"]
    assert {f["name"] for f in caps["formats"]} == {
        "openssh", "ppk", "pem", "pkcs8", "public-openssh", "rfc4716", "public-pem"}


def test_generate_save_load_round_trip(call, tmp_path):
    made = call("generate", family="ecdsa", bits=384, comment="box")["key"]
    assert made["type"] == "ecdsa-sha2-nistp384" and made["comment"] == "box"
    assert made["public_line"].endswith(" box") and made["sha256"].startswith("SHA256:")
    saved = call("save", key=made["id"], format="openssh", passphrase="pw", options={"rounds": 4})
    assert saved["filename"] == "id_ecdsa" and saved["mime"] == "application/octet-stream"
    path = tmp_path / saved["filename"]
    path.write_bytes(saved["data"])
    path.chmod(0o600)
    out = subprocess.run(["ssh-keygen", "-y", "-P", "pw", "-f", path], capture_output=True,
                         text=True, check=True).stdout
    assert out.split()[:2] == made["public_line"].split()[:2]

    # The file's bytes are sent once: the answer asks for the passphrase, which comes alone.
    asked = call("load", data=saved["data"])
    assert asked["needs_passphrase"] and asked["format"] == "openssh" and "key" not in asked
    assert asked["protection"]["kdf"] == "bcrypt" and asked["protection"]["rounds"] == 4
    wrong = call("load", opening=asked["opening"], passphrase="nope")
    assert wrong == {"ok": False, "error": {
        "type": "WrongPassphrase", "message": "Wrong passphrase for this OpenSSH private key."}}
    loaded = call("load", opening=asked["opening"], passphrase="pw")["key"]
    assert loaded["sha256"] == made["sha256"] and loaded["comment"] == "box"
    assert loaded["source_format"] == "openssh" and loaded["encrypted"]
    # Opened, the file is no longer kept; a file dropped by `forget` neither.
    assert call("load", opening=asked["opening"], passphrase="pw")["error"]["type"] == "ValueError"
    again = call("load", data=saved["data"])["opening"]
    call("forget", key=again)
    assert call("load", opening=again, passphrase="pw")["error"]["type"] == "ValueError"
    # With the passphrase at once, one request opens it.
    assert call("load", data=saved["data"], passphrase="pw")["key"]["sha256"] == made["sha256"]


def test_change_comment_then_passphrase_by_saving(call):
    key = call("generate", family="ed25519", comment="old")["key"]
    assert key["formats"] == ["openssh", "ppk", "pkcs8", "public-pem", "rfc4716", "public-openssh"]
    renamed = call("set_comment", key=key["id"], comment="new name")["key"]
    assert renamed["comment"] == "new name" and renamed["id"] == key["id"]
    ppk = call("save", key=key["id"], format="ppk", passphrase="second",
               options={"passes": 1})
    assert ppk["filename"] == "id_ed25519.ppk"
    assert b"Comment: new name\n" in ppk["data"]
    assert call("load", data=ppk["data"], passphrase="second")["key"]["comment"] == "new name"


def test_errors_are_replies_not_exceptions(call):
    key = call("generate", family="ed25519")["key"]
    assert call("set_comment", key=key["id"], comment="two\nlines")["error"]["type"] == "ValueError"
    assert call("save", key=key["id"], format="pem")["error"]["type"] == "UnsupportedError"
    assert call("save", key="k999", format="openssh")["error"]["message"].startswith(
        "That key is no longer loaded")
    assert call("load", data=b"hello")["error"]["type"] == "FormatError"
    assert call("generate", family="rsa", bits=1024)["error"]["type"] == "ValueError"
    assert call("explode")["error"] == {"type": "ValueError", "message": "Unknown operation 'explode'."}


def test_public_only_keys_save_only_public_formats(call):
    key = call("generate", family="rsa", bits=2048)["key"]
    line = key["public_line"].encode() + b"\n"
    public = call("load", data=line)["key"]
    assert not public["private"] and public["sha256"] == key["sha256"]
    assert public["formats"] == ["public-pem", "rfc4716", "public-openssh"]
    assert call("save", key=public["id"], format="rfc4716")["ok"]
    assert call("save", key=public["id"], format="ppk")["error"]["type"] == "UnsupportedError"


def test_forget_drops_a_key(call):
    a = call("generate", family="ed25519")["key"]["id"]
    assert call("forget", key=a) == {"ok": True}
    assert not call("save", key=a, format="public-openssh")["ok"]


# -- certificates ---------------------------------------------------------------------------------

def test_a_certificate_line_is_recognised_and_described(call, tmp_path):
    for name in ("ca", "user"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
                        tmp_path / name], check=True)
    subprocess.run(["ssh-keygen", "-q", "-s", tmp_path / "ca", "-I", "alice", "-n", "alice",
                    "-O", "no-pty", tmp_path / "user.pub"], check=True)
    data = (tmp_path / "user-cert.pub").read_bytes()
    loaded = call("load", data=data)["key"]
    assert loaded["source_format"] == "certificate" and not loaded["private"]
    assert loaded["certificate"]["key_id"] == "alice"
    assert loaded["certificate"]["principals"] == ["alice"]
    assert "certificate" in loaded["formats"]
    listing = subprocess.run(["ssh-keygen", "-L", "-f", tmp_path / "user-cert.pub"],
                             capture_output=True, text=True, check=True).stdout
    shown = call("inspect_certificate", data=data, name=str(tmp_path / "user-cert.pub"))
    assert shown["certificate"]["listing"] == listing and shown["comment"] == "user"
    saved = call("save", key=loaded["id"], format="certificate")
    assert saved["data"] == data and saved["filename"] == "id_ed25519-cert.pub"
    plain = call("inspect_certificate", data=(tmp_path / "user.pub").read_bytes())
    assert plain["error"]["type"] == "CertificateError"
    forged = data.replace(data.split()[1][-12:], b"AAAAAAAAAAA=")
    assert call("load", data=forged)["error"]["type"] in ("CertificateError", "FormatError")


def test_sign_attach_and_save_a_certificate(call, tmp_path):
    ca = call("generate", family="ecdsa", bits=256, comment="ca")["key"]
    user = call("generate", family="ed25519", comment="me")["key"]
    signed = call("sign_certificate", ca=ca["id"], key=user["id"], key_id="me@example",
                  principals="me, deploy", validity="+1w", options=["no-pty"])
    assert signed["ok"], signed
    assert signed["filename"] == "id_ed25519-cert.pub" and signed["mime"] == MIME_TYPE
    cert = tmp_path / "me-cert.pub"
    cert.write_bytes(signed["data"])
    listing = subprocess.run(["ssh-keygen", "-L", "-f", cert], capture_output=True, text=True,
                             check=True).stdout
    assert "Principals: \n                me\n                deploy\n" in listing
    assert "permit-pty" not in listing and signed["key"]["certificate"]["cert_type"] == "user"
    # Attached to the private key, a .ppk carries it (PuTTYgen reads it back).
    attached = call("attach_certificate", key=user["id"], data=signed["data"])["key"]
    assert attached["certificate"]["key_id"] == "me@example" and attached["private"]
    ppk = tmp_path / "me.ppk"
    ppk.write_bytes(call("save", key=user["id"], format="ppk")["data"])
    info = subprocess.run(["puttygen", ppk, "--cert-info"], capture_output=True, text=True,
                          check=True).stdout
    assert "Valid user names: me,deploy\nValidity period: " in info
    assert "PTY allocation permitted: no\n" in info
    assert call("remove_certificate", key=user["id"])["key"]["certificate"] is None
    # A host certificate of a public key file; a DSA CA and a foreign certificate refused.
    host = call("sign_certificate", ca=ca["id"], data=user["public_line"], key_id="web",
                cert_type="host", principals=["web.example.com"], validity=[0, 2 ** 64 - 1])
    assert host["key"]["certificate"]["extensions"] == []
    dsa = call("generate", family="dsa")["key"]
    refused = call("sign_certificate", ca=dsa["id"], key=user["id"], key_id="x")
    assert refused["error"]["type"] == "CertificateError" and "DSA" in refused["error"]["message"]
    other = call("generate", family="ed25519")["key"]
    wrong = call("attach_certificate", key=other["id"], data=signed["data"])
    assert wrong["error"] == {"type": "CertificateError",
                              "message": "The certificate is for another key."}


# -- pre-generation: one key made while the user reads the form ----------------------------------

def run_session(*messages):
    """Send messages to one Session on one event loop (a key made in advance is a task of it);
    the replies."""
    async def flow():
        session = Session()
        return [await session.handle(m) for m in messages]
    return asyncio.run(flow())


@pytest.fixture
def made(monkeypatch):
    """The (family, bits) of every private key the engine is asked for, in order."""
    import sshkeys.keys as keys
    log, real = [], keys.generate

    async def counting(engine, family, bits=None):
        log.append((family, bits))
        return await real(engine, family, bits)
    monkeypatch.setattr(keys, "generate", counting)
    return log


def test_generate_hands_out_the_key_made_in_advance_once(made):
    pre, first, second = run_session(
        {"op": "pregenerate", "family": "ecdsa", "bits": 384},
        {"op": "generate", "family": "ecdsa", "bits": 384, "comment": "first"},
        {"op": "generate", "family": "ecdsa", "bits": 384, "comment": "second"})
    assert pre == {"ok": True, "pregenerating": True}
    assert made == [("ecdsa", 384), ("ecdsa", 384)]       # the advance one, then a new one
    assert first["key"]["comment"] == "first" and second["key"]["comment"] == "second"
    assert first["key"]["sha256"] != second["key"]["sha256"]
    assert first["made_in_advance"] and not second["made_in_advance"]


def test_a_new_selection_replaces_the_key_made_in_advance(made):
    *_, key = run_session(
        {"op": "pregenerate", "family": "rsa", "bits": 2048},
        {"op": "pregenerate", "family": "ed25519"},
        {"op": "pregenerate", "family": "ed25519"},            # the same selection: kept
        {"op": "generate", "family": "ed25519"})
    assert made.count(("ed25519", None)) == 1 and made[-1] == ("ed25519", None)
    assert key["key"]["type"] == "ssh-ed25519"


def test_a_key_made_in_advance_for_another_type_is_not_used(made):
    *_, key = run_session(
        {"op": "pregenerate", "family": "ed25519"},
        {"op": "generate", "family": "ecdsa", "bits": 256})
    assert made[-1] == ("ecdsa", 256)
    assert key["key"]["type"] == "ecdsa-sha2-nistp256"


def test_dsa_is_never_made_in_advance(made):
    pre, key = run_session({"op": "pregenerate", "family": "dsa"},
                           {"op": "generate", "family": "ed25519"})
    assert pre == {"ok": True, "pregenerating": False} and made == [("ed25519", None)]


def test_a_failed_advance_key_is_made_again_and_a_wrong_request_still_says_why(made, monkeypatch):
    import sshkeys.keys as keys
    real = keys.generate
    calls = []

    async def fails_first(engine, family, bits=None):
        calls.append(family)
        if len(calls) == 1:
            raise RuntimeError("the engine dropped it")
        return await real(engine, family, bits)
    monkeypatch.setattr(keys, "generate", fails_first)
    _, key, wrong = run_session(
        {"op": "pregenerate", "family": "ed25519"},
        {"op": "generate", "family": "ed25519", "comment": "fine"},
        {"op": "pregenerate", "family": "rsa", "bits": 1000})
    assert key["ok"] and key["key"]["comment"] == "fine" and calls[:2] == ["ed25519", "ed25519"]
    assert not key["made_in_advance"]
    assert wrong["ok"]      # a wrong size fails when the key is asked for, not before
    bad, = run_session({"op": "generate", "family": "rsa", "bits": 1000})
    assert not bad["ok"] and bad["error"]["type"] == "ValueError"


@pytest.mark.parametrize("fmt", ["openssh", "ppk"])
def test_one_open_detects_and_parses_the_file_once(fmt, monkeypatch):
    from sshkeys import formats
    from sshkeys.formats import openssh, ppk
    counts = {"detect": 0, "parse": 0}

    def counted(what, function):
        def count(*args):
            counts[what] += 1
            return function(*args)
        return count

    monkeypatch.setattr(formats, "detect", counted("detect", formats.detect))
    monkeypatch.setattr(openssh, "_unarmor", counted("parse", openssh._unarmor))
    monkeypatch.setattr(ppk, "_parse", counted("parse", ppk._parse))
    session = Session()
    key = asyncio.run(session.handle({"op": "generate"}))["key"]["id"]
    for passphrase in (None, "pw"):
        data = asyncio.run(session.handle({"op": "save", "key": key, "format": fmt,
                                           "passphrase": passphrase}))["data"]
        counts.update(detect=0, parse=0)
        first = asyncio.run(session.handle({"op": "load", "data": data}))
        assert counts == {"detect": 1, "parse": 1}
        if passphrase:        # the passphrase comes alone; the file kept is read once more
            assert first["needs_passphrase"]
            asyncio.run(session.handle({"op": "load", "opening": first["opening"],
                                        "passphrase": passphrase}))
            assert counts == {"detect": 2, "parse": 2}
        counts.update(detect=0, parse=0)
        asyncio.run(checkup.check_file(data, passphrase))
        assert counts == {"detect": 1, "parse": 1}
