"""The check-up of authorized_keys and known_hosts texts against ssh-keygen -l, including a
property test: any line ssh-keygen accepts is parsed with its fingerprint; lines it rejects
are reported with their line number, never a crash."""

import asyncio
import base64
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import referees
import sshkeys

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    """Public lines of real keys made by ssh-keygen: type -> 'type base64 comment'."""
    directory, lines = tmp_path_factory.mktemp("pool"), {}
    for keytype, bits in (("ed25519", None), ("rsa", 1024), ("ecdsa", 256), ("dsa", None)):
        path = directory / keytype
        referees.ssh_keygen_generate(path, keytype, bits, f"{keytype}@pool")
        lines[keytype] = Path(str(path) + ".pub").read_text().strip()
    return lines


def ssh_keygen_l(tmp_path, line: str):
    """ssh-keygen -l on a one-line file: its SHA256 fingerprint, or None if it rejects it."""
    path = tmp_path / "line"
    path.write_text(line + "\n")
    proc = referees.run(["ssh-keygen", "-l", "-f", path], check=False)
    return proc.stdout.split()[1] if proc.returncode == 0 else None


def test_authorized_keys_rows_and_findings(pool, tmp_path):
    ed, rsa, dsa = pool["ed25519"], pool["rsa"], pool["dsa"]
    sk = (DATA / "openssh-regress" / "ed25519_sk1.pub").read_text().strip()
    text = "\n".join([
        "# deploy keys",                                                      # 1
        "",                                                                   # 2
        f'from="10.0.0.0/8,!10.1.2.3",command="/bin/echo a, b \\"c\\"",no-pty {ed}',  # 3
        f'restrict,environment="LANG=C x" {rsa}',                             # 4
        f"cert-authority,principals=\"a,b\" {dsa}",                           # 5
        f"{ed} second copy",                                                  # 6
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB truncated",                         # 7
        "this is not a key",                                                  # 8
        "ssh-ed25519 AAAAB3NzaC1yc2E= wrong blob",                            # 9
        sk,                                                                   # 10
    ])
    report = sshkeys.check_lines(text)
    rows = {r["line"]: r for r in report["rows"]}
    assert sorted(rows) == [3, 4, 5, 6, 7, 8, 9, 10]
    for n in (3, 4, 5, 6):
        line = text.split("\n")[n - 1]
        assert rows[n]["sha256"] == ssh_keygen_l(tmp_path, line), n
        assert rows[n]["kind"] == "authorized_keys" and not rows[n]["error"]
    assert rows[3]["options"] == ['from="10.0.0.0/8,!10.1.2.3"',
                                  'command="/bin/echo a, b \\"c\\""', "no-pty"]
    assert rows[4]["options"] == ["restrict", 'environment="LANG=C x"']
    assert (rows[4]["type"], rows[4]["bits"]) == ("ssh-rsa", 1024)
    assert rows[5]["options"] == ["cert-authority", 'principals="a,b"']
    assert rows[3]["comment"] == "ed25519@pool" and rows[6]["comment"] == "ed25519@pool second copy"
    assert rows[7]["error"] == "The public key is corrupted: it ends too early."
    assert rows[8]["error"] == "There is no key type and base64 key after the options or host names."
    assert rows[8]["text"] == "this is not a key"
    assert rows[9]["error"] == "The ssh-ed25519 key on this line is truncated or corrupted."
    assert (rows[10]["type"], rows[10]["bits"]) == ("sk-ssh-ed25519@openssh.com", None)
    assert rows[10]["sha256"] == ssh_keygen_l(tmp_path, sk)
    found = {(f["line"], f["id"], f["severity"]) for f in report["findings"]}
    assert found == {(3, "duplicate", "note"), (4, "rsa-size", "weak"), (5, "dsa", "weak"),
                     (7, "unparsable", "note"),
                     (8, "unparsable", "note"), (9, "unparsable", "note"),
                     (10, "unsupported-type", "info")}
    duplicate = next(f for f in report["findings"] if f["id"] == "duplicate")
    assert "lines 3, 6" in duplicate["message"]


def test_known_hosts_rows(pool, tmp_path):
    ed, ecdsa = pool["ed25519"], pool["ecdsa"]
    known = tmp_path / "known_hosts"
    known.write_text(f"example.com,192.0.2.1 {ed}\n[git.example.com]:2222 {ecdsa}\n")
    referees.run(["ssh-keygen", "-H", "-f", known])          # hashes the host names in place
    hashed = known.read_text().strip().split("\n")
    # one line per name: example.com and 192.0.2.1 each get theirs
    assert len(hashed) == 3 and all(line.startswith("|1|") for line in hashed)
    text = "\n".join(hashed + [
        f"@cert-authority *.example.com,!bad.example.com {ecdsa}",     # 4
        f"@revoked * {pool['dsa']}",                                   # 5
        f"*.internal,10.0.0.? {ed}",                                   # 6
        "@bogus host " + ed,                                           # 7
    ])
    report = sshkeys.check_lines(text)
    rows = {r["line"]: r for r in report["rows"]}
    for n in (1, 2, 3):
        assert rows[n]["hosts"] == ["(hashed)"] and rows[n]["kind"] == "known_hosts"
        assert rows[n]["sha256"] == ssh_keygen_l(tmp_path, hashed[n - 1])
    assert rows[4]["marker"] == "@cert-authority"
    assert rows[4]["hosts"] == ["*.example.com", "!bad.example.com"]
    assert rows[5]["marker"] == "@revoked" and rows[5]["type"] == "ssh-dss"
    assert rows[6]["hosts"] == ["*.internal", "10.0.0.?"] and rows[6]["kind"] == "known_hosts"
    assert rows[6]["sha256"] == rows[1]["sha256"]
    assert "marker" in rows[7]["error"]
    # The same host key under several names is how known_hosts works; a revoked DSA key is
    # not one in use.
    found = {(f["line"], f["id"]) for f in report["findings"]}
    assert found == {(7, "unparsable")}


# -- the property test --------------------------------------------------------------------------

_quoted = st.text(st.sampled_from('ab ,=-/*!"\\'), max_size=12).map(
    lambda s: '"' + s.replace("\\", "").replace('"', '\\"') + '"')
_option = st.one_of(
    st.sampled_from(["restrict", "no-pty", "cert-authority", "no-port-forwarding",
                     "no-agent-forwarding", "no-X11-forwarding", "pty", "no-user-rc"]),
    st.builds(lambda name, value: f"{name}={value}",
              st.sampled_from(["from", "command", "environment", "permitopen", "principals",
                               "expiry-time", "permitlisten"]), _quoted))
_options = st.lists(_option, max_size=4).map(",".join)
_comment = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=20)


def _mangle(line: str, how: int) -> str:
    if how == 1:                   # cut the base64
        return line[:len(line) * 2 // 3]
    if how == 2:                   # a stray character in the base64
        cut = line.find("AAAA") + 10
        return line[:cut] + "*" + line[cut:]
    if how == 3:                   # two option fields
        return "no-pty " + line
    return line


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keytype=st.sampled_from(["ed25519", "rsa", "ecdsa", "dsa"]), options=_options,
       comment=_comment, mangle=st.sampled_from([0, 0, 0, 1, 2, 3]))
def test_parser_agrees_with_ssh_keygen(pool, tmp_path, keytype, options, comment, mangle):
    key_type, blob, _ = pool[keytype].split(" ", 2)
    line = " ".join(part for part in (options, key_type, blob, comment) if part)
    if mangle == 3 and not options:
        line = "no-pty,pty " + line
    line = _mangle(line, mangle)
    expected = ssh_keygen_l(tmp_path, line)
    report = sshkeys.check_lines("# header\n" + line + "\n")
    assert len(report["rows"]) == 1
    row = report["rows"][0]
    assert row["line"] == 2
    if expected is None:
        assert row["error"], f"ssh-keygen rejects {line!r} but we parsed it"
        assert {(f["line"], f["id"]) for f in report["findings"]} >= {(2, "unparsable")}
    else:
        assert not row["error"], row["error"]
        assert row["sha256"] == expected
        assert row["comment"] == comment.strip()
