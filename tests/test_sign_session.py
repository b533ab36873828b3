"""The worker's signature operations (sign_message, verify_message, signing_setup), driven
natively on the inputs a page can send that ssh-keygen never sees: a principal the comment does
not give, a principal git cannot use, a signature that is not one, a file above the cap. Every
answer is a reply (a verdict or a one-sentence error), never a traceback. What they sign and
their verdicts are judged by ssh-keygen in tests/test_sign_page.py."""

import asyncio

import pytest

from sshkeys import operations
from sshkeys.errors import CostLimitError
from sshkeys.limits import Limits
from sshkeys.session import Session


@pytest.fixture
def call():
    session = Session()
    return lambda op, **kw: asyncio.run(session.handle({"op": op, **kw}))


def test_the_principal_is_the_comment_only_when_it_is_an_email_address(call):
    mailed = call("generate", family="ed25519", comment="alice@example.com")["key"]
    setup = call("signing_setup", key=mailed["id"], principal=None)
    assert setup["principal"] == "alice@example.com"
    assert setup["allowed_signers"] == "alice@example.com " + " ".join(
        mailed["public_line"].split()[:2])
    assert "git config --global user.signingkey ~/.ssh/id_ed25519.pub" in setup["git_config"]
    plain = call("generate", family="ed25519", comment="ed25519-key-20260101")["key"]
    setup = call("signing_setup", key=plain["id"], principal=None)
    assert setup["principal"] == "" and setup["allowed_signers"] is None
    assert call("signing_setup", key=plain["id"], principal=" bob@example.com ")[
        "allowed_signers"].startswith("bob@example.com ssh-ed25519 ")


def test_a_principal_with_a_space_is_refused_in_a_sentence(call):
    key = call("generate", family="ed25519", comment="x")["key"]
    reply = call("signing_setup", key=key["id"], principal="alice smith")
    assert not reply["ok"] and reply["error"]["type"] == "ValueError"
    assert reply["error"]["message"] == "The principal must be one word, such as an email address."


def test_a_text_is_signed_as_given_and_named_message_sig(call):
    key = call("generate", family="ed25519", comment="alice@example.com")["key"]
    sig = call("sign_message", key=key["id"], data="hi", name=None, namespace="git",
               hash="sha256")
    assert sig["filename"] == "message.sig" and sig["data"].startswith(b"-----BEGIN SSH SIGNATURE")
    assert call("sign_message", key=key["id"], data=b"hi", name="notes.txt", namespace="file",
                hash="sha512")["filename"] == "notes.txt.sig"
    good = call("verify_message", signature=sig["data"], data=b"hi", namespace="git",
                public=key["public_line"])
    assert good["good"] and good["output"] == [
        f'Good "git" signature with ED25519 key {key["sha256"]}']
    assert not call("verify_message", signature=sig["data"], data=b"hi\n", namespace="git",
                    public=key["public_line"])["good"]


@pytest.mark.parametrize("namespace,hash_name,message", [
    ("", "sha512", "The signature namespace must not be empty."),
    ("file", "md5", 'unsupported hash algorithm "md5"'),
])
def test_a_bad_namespace_or_hash_is_refused_in_a_sentence(call, namespace, hash_name, message):
    key = call("generate", family="ed25519", comment="x")["key"]
    reply = call("sign_message", key=key["id"], data=b"x", name=None, namespace=namespace,
                 hash=hash_name)
    assert not reply["ok"] and reply["error"]["message"] == message


@pytest.mark.parametrize("signature,reason", [
    (b"not a signature", "Couldn't parse signature: missing header"),
    (b"-----BEGIN SSH SIGNATURE-----\nU1NI\n", "Couldn't parse signature: missing footer"),
    (b"-----BEGIN SSH SIGNATURE-----\n!!\n-----END SSH SIGNATURE-----\n",
     "Couldn't parse signature: invalid base64"),
])
def test_what_is_not_a_signature_gets_a_verdict_with_the_reason(call, signature, reason):
    reply = call("verify_message", signature=signature, data=b"x", namespace="file",
                 allowed="a@b ssh-ed25519 AAAA", principal="a@b")
    assert reply["ok"] and not reply["good"] and reply["signer"] is None
    assert reply["output"] == [reason, "Could not verify signature."]


def test_verifying_for_an_allowed_signers_text_needs_a_principal(call):
    reply = call("verify_message", signature=b"x", data=b"x", namespace="file", allowed="",
                 principal="")
    assert not reply["ok"] and "principal" in reply["error"]["message"]


def test_a_message_above_the_cap_is_refused_before_it_is_hashed():
    key = asyncio.run(operations.generate("ed25519"))
    with pytest.raises(CostLimitError, match="above the limit of 8 bytes"):
        asyncio.run(operations.sign_message(key, b"123456789", limits=Limits(message_bytes=8)))
    with pytest.raises(CostLimitError):
        asyncio.run(operations.verify_message(b"", b"123456789", "file",
                                              limits=Limits(message_bytes=8)))
