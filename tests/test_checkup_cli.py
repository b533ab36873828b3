"""sshkeys --check [--json] FILE... and the worker session's check-up messages."""

import asyncio
import json

import pytest

import referees
from sshkeys import check_file
from sshkeys.errors import FormatError
from sshkeys.session import Session
from test_cli import ours

PW = "secret words"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("check")
    (d / "pw").write_text(PW + "\n")
    referees.ssh_keygen_generate(d / "good", "ed25519", comment="good", passphrase=PW, rounds=24)
    referees.ssh_keygen_generate(d / "old", "ed25519", comment="old", passphrase=PW, rounds=16)
    referees.ssh_keygen_generate(d / "bare", "ecdsa", 521, comment="bare")
    good = (d / "good.pub").read_text().strip()
    (d / "authorized_keys").write_text(f"# keys\nrestrict {good}\n{good}\nnot a key\n")
    return d


def test_check_prints_one_finding_a_line_and_exits_2_on_a_weakness(files):
    r = ours("--check", files / "good", files / "old", files / "bare", files / "authorized_keys",
             check=False)
    assert r.returncode == 2, r.stderr
    lines = r.stdout.decode().splitlines()
    good, old, bare, ak = (str(files / n) for n in ("good", "old", "bare", "authorized_keys"))
    assert lines[0] == f"{good}: info not-decrypted: No passphrase was given, so only what the " \
                       "file keeps in clear was checked: its encryption and its public key."
    assert lines[1].startswith(f"{old}: weak bcrypt-rounds: The passphrase is protected by 16 ")
    assert lines[1].endswith(" Fix: Save it again with a passphrase in OpenSSH format "
                             "(24 bcrypt rounds) or as .ppk v3 (Argon2id).")
    assert lines[2].startswith(f"{old}: info not-decrypted: ")
    assert lines[3].startswith(f"{bare}: note p521-putty: PuTTY 0.68 to 0.80 ")
    assert lines[4].startswith(f"{bare}: weak no-passphrase: ")
    assert lines[5].startswith(f"{ak}:2: note duplicate: The same key (SHA256:")
    assert lines[6].startswith(f"{ak}:4: note unparsable: This line will not parse: ")
    assert len(lines) == 7


def test_check_with_the_passphrase_and_a_clean_key_exits_0(files):
    r = ours("--check", "--old-passphrase", files / "pw", files / "good", files / "good.pub")
    fingerprint = referees.ssh_keygen_fingerprint(files / "good.pub").split()[1]
    assert r.stdout.decode().splitlines() == [
        f"{files / 'good'}: ok: ssh-ed25519 256 {fingerprint}",
        f"{files / 'good.pub'}: ok: ssh-ed25519 256 {fingerprint}"]


def test_check_json(files):
    r = ours("--check", "--json", "--old-passphrase", files / "pw", files / "old",
             files / "authorized_keys", files / "missing", check=False)
    assert r.returncode == 1          # a file could not be checked
    reports = json.loads(r.stdout)
    assert [x["file"] for x in reports] == [str(files / n) for n in ("old", "authorized_keys",
                                                                      "missing")]
    old, ak, missing = reports
    assert old["key"]["comment"] == "old" and old["protection"]["rounds"] == 16
    assert [(f["id"], f["severity"], f["action"]) for f in old["findings"]] == [
        ("bcrypt-rounds", "weak", "resave")]
    assert [row["line"] for row in ak["rows"]] == [2, 3, 4]
    assert ak["rows"][0]["options"] == ["restrict"]
    assert missing == {"file": str(files / "missing"), "error": "No such file or directory"}


def test_check_needs_files_and_json_needs_check():
    assert ours("--check", check=False).stderr == b"sshkeys: --check needs one or more files.\n"
    r = ours("--json", "-t", "ed25519", check=False)
    assert r.stderr == b"sshkeys: --json applies only to --check.\n"


# -- the worker session --------------------------------------------------------------------------

@pytest.fixture
def call():
    session = Session()
    return lambda op, **kw: asyncio.run(session.handle({"op": op, **kw}))


def test_loading_a_key_returns_its_check_up(call, files):
    key = call("load", data=(files / "old").read_bytes(), passphrase=PW)["key"]
    assert key["protection"]["kdf"] == "bcrypt" and key["protection"]["rounds"] == 16
    assert [f["id"] for f in key["checkup"]] == ["bcrypt-rounds"]
    made = call("generate", family="dsa", comment="legacy")["key"]
    assert made["protection"] is None and [f["id"] for f in made["checkup"]] == ["dsa"]


def test_fix_resave_gives_a_file_whose_check_up_is_clean(call, files, tmp_path):
    key = call("load", data=(files / "bare").read_bytes())["key"]
    assert {f["id"] for f in key["checkup"]} == {"no-passphrase", "p521-putty"}
    fixed = call("fix", key=key["id"], action="resave", passphrase="new words")
    assert fixed["ok"] and fixed["format"] == "openssh" and fixed["filename"] == "id_ecdsa"
    assert [f["id"] for f in fixed["key"]["checkup"]] == ["p521-putty"]
    path = tmp_path / "fixed"
    path.write_bytes(fixed["data"])
    assert referees.ssh_keygen_public(path, "new words").endswith(" bare")
    report = asyncio.run(check_file(fixed["data"], "new words"))
    assert [f["id"] for f in report["findings"]] == ["p521-putty"]
    assert call("fix", key=key["id"], action="resave")["error"] == {
        "type": "ValueError", "message": "A passphrase is needed to protect the key."}


def test_fix_new_key_keeps_the_comment(call):
    old = call("generate", family="dsa", comment="build server")["key"]
    new = call("fix", key=old["id"], action="new-key")["key"]
    assert new["id"] != old["id"] and new["type"] == "ssh-ed25519"
    assert new["comment"] == "build server" and new["checkup"] == []
    assert call("fix", key=old["id"], action="polish")["error"]["type"] == "ValueError"


def test_check_lines_message(call, files):
    text = (files / "authorized_keys").read_text()
    report = call("check_lines", text=text)
    assert report["ok"] and report["kind"] == "lines"
    assert [(r["line"], bool(r["error"])) for r in report["rows"]] == [(2, False), (3, False),
                                                                       (4, True)]
    assert call("check_lines", text=text.encode())["rows"] == report["rows"]


def test_check_file_without_passphrase_reports_what_is_in_clear(files):
    report = asyncio.run(check_file((files / "old").read_bytes()))
    assert report["key"]["comment"] is None       # inside the encrypted part
    assert [f["id"] for f in report["findings"]] == ["bcrypt-rounds", "not-decrypted"]
    with pytest.raises(FormatError):
        asyncio.run(check_file(b"nothing"))
