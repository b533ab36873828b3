"""A comment read from a key file can hold anything, a newline and a second key line included
(ssh-keygen and puttygen write what they are given): it is shown with its control characters
escaped and flagged, left out of the public line offered for copying, and can be edited."""

import asyncio

import pytest

import referees
from sshkeys import operations
from sshkeys.session import Session

SECOND_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE1yOUqeGYUVHSbaHCTpzkW8yUsp4twcmj5pH0Ayo2V3 attacker"
TWO_LINES = "me\n" + SECOND_KEY
ESCAPE = "a\x1b[2Jb\tc"


def ssh_keygen_file(tmp_path, comment):
    path = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(path, "ed25519", comment=comment)
    return path


def puttygen_file(tmp_path, comment, output_type=None, ppk_params=None, keytype="ed25519"):
    path = tmp_path / "key.ppk"
    referees.puttygen_generate(path, keytype, 2048 if keytype == "rsa" else None, comment=comment)
    if output_type or ppk_params:
        converted = tmp_path / "converted"
        referees.puttygen_convert(path, converted, output_type or "private", ppk_params=ppk_params)
        return converted
    return path


# (how the referee writes it, the comment it holds, whether load() or load_public() reads it)
FILES = {
    "openssh-two-lines": (lambda d: ssh_keygen_file(d, TWO_LINES), TWO_LINES, "load"),
    "openssh-escape": (lambda d: ssh_keygen_file(d, ESCAPE), ESCAPE, "load"),
    "public-line": (lambda d: ssh_keygen_file(d, ESCAPE).with_suffix(".pub"), ESCAPE, "load_public"),
    "ppk3": (lambda d: puttygen_file(d, ESCAPE), ESCAPE, "load"),
    "ppk2": (lambda d: puttygen_file(d, ESCAPE, ppk_params="version=2"), ESCAPE, "load"),
    "sshcom": (lambda d: puttygen_file(d, ESCAPE, "private-sshcom", keytype="rsa"), ESCAPE, "load"),
    "rfc4716": (lambda d: puttygen_file(d, ESCAPE, "public"), ESCAPE, "load_public"),
}


@pytest.mark.parametrize("name", FILES)
def test_a_control_character_in_a_comment_is_escaped_flagged_and_kept_off_the_line(tmp_path, name):
    write, comment, reader = FILES[name]
    path = write(tmp_path)
    data = path.read_bytes()
    key = asyncio.run(getattr(operations, reader)(data))
    assert key.comment == comment                  # read as the file has it
    shown = operations.describe(key)
    assert shown["comment"] == comment.encode("unicode_escape").decode()
    assert "\n" not in shown["comment"] and "\x1b" not in shown["comment"]
    assert "control characters" in shown["comment_warning"]
    line = shown["public_line"]
    assert "\n" not in line and len(line.split()) == 2
    assert line == referees.strip_comment(referees.puttygen_public(path))


def test_the_session_opens_it_with_a_warning_and_the_comment_can_be_edited(tmp_path):
    session = Session()
    call = lambda op, **kw: asyncio.run(session.handle({"op": op, **kw}))  # noqa: E731
    opened = call("load", data=ssh_keygen_file(tmp_path, TWO_LINES).read_bytes())
    assert opened["ok"]
    key = opened["key"]
    assert key["comment"] == "me\\n" + SECOND_KEY and key["comment_warning"]
    assert SECOND_KEY not in key["public_line"]
    refused = call("save", key=key["id"], format="public-openssh")
    assert not refused["ok"] and refused["error"]["message"] == (
        "A key comment must be a single line without control characters.")
    edited = call("set_comment", key=key["id"], comment="me")["key"]
    assert edited["comment_warning"] is None and edited["public_line"].endswith(" me")
    saved = call("save", key=key["id"], format="public-openssh")
    assert saved["ok"] and bytes(saved["data"]).decode().count("\n") == 1


def test_a_plain_comment_is_not_flagged():
    key = asyncio.run(operations.generate("ed25519", comment="you@laptop"))
    shown = operations.describe(key)
    assert shown["comment_warning"] is None and shown["public_line"].endswith(" you@laptop")
