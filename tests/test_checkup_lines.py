"""The check-up of authorized_keys and known_hosts texts against ssh-keygen -l, including a
property test: any line ssh-keygen accepts is parsed with its fingerprint; lines it rejects
are reported with their line number, never a crash."""

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


# -- options sshd refuses ---------------------------------------------------------------------------

@pytest.mark.parametrize("options, accepted", [
    ("no-pty", True),
    ("NO-PTY,Restrict", True),                 # sshd matches option names without case
    ('from="127.0.0.1",environment="A=b c"', True),
    ("no-ptty", False),                        # a typo
    ("command=true", False),                   # values must be in double quotes
    ('pty="yes"', False),                      # a flag takes no value
    ('restrict,permitopen="localhost:22",nope', False),
])
def test_bad_options_are_the_lines_sshd_refuses(ossh, sshd_of, our_key, our_file, options,
                                                accepted):
    """Against both OpenSSH generations (ossh92, ossh103): the option rules did not change."""
    sshd = sshd_of(ossh)
    line = f"{options} {sshkeys.public_line(our_key('ed25519'))}"
    report = sshkeys.check_lines(line, "authorized_keys")
    assert report["rows"][0]["kind"] == "authorized_keys" and not report["rows"][0]["error"]
    if options != "no-ptty":       # alone, that could be a known_hosts host name
        assert sshkeys.check_lines(line) == report
    flagged = [f for f in report["findings"] if f["id"] == "bad-option"]
    assert bool(flagged) is not accepted
    sshd.authorize(line)
    if accepted:
        assert sshd.login_openssh(our_file("ed25519", "openssh")) == "ok"
    else:
        with pytest.raises(AssertionError, match="denied|refused|No supported authentication"):
            sshd.login_openssh(our_file("ed25519", "openssh"))


def test_a_whole_text_decides_what_its_prefixes_are(pool):
    ed, ecdsa = pool["ed25519"], pool["ecdsa"]
    authorized = sshkeys.check_lines(f"restrict {ed}\nno-ptty {ecdsa}\n")
    assert [r["kind"] for r in authorized["rows"]] == ["authorized_keys"] * 2
    assert [(f["line"], f["id"]) for f in authorized["findings"]] == [(2, "bad-option")]
    hashed = "|1|JfKTdBh7rNbXkVAQCRp4OQoPfmI=|USECr3SWf1JUPsms5AqfD5QfxkM="
    known = sshkeys.check_lines(f"{hashed} {ed}\nno-ptty {ecdsa}\n")
    assert [r["kind"] for r in known["rows"]] == ["known_hosts"] * 2
    assert known["rows"][1]["hosts"] == ["no-ptty"] and known["findings"] == []
    with pytest.raises(ValueError, match="Unknown kind"):
        sshkeys.check_lines(ed, "sshd_config")


_PIECES = list('@|1=", \t#abc-\\') + ["@revoked", "@cert-authority", "ssh-ed25519", "ssh-rsa",
                                       "restrict", "no-pty", "AAAAC3NzaC1lZDI1NTE5"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_text_gives_one_row_per_line_and_never_crashes(pool, data):
    pieces = st.sampled_from(_PIECES + list(pool.values()))
    lines = data.draw(st.lists(st.lists(pieces, max_size=8).map("".join), max_size=5))
    kind = data.draw(st.sampled_from([None, "authorized_keys", "known_hosts"]))
    report = sshkeys.check_lines("\n".join(lines), kind)
    expected = [n for n, line in enumerate(lines, 1)
                if line.strip() and not line.strip().startswith("#")]
    assert [row["line"] for row in report["rows"]] == expected


def test_certificate_lines_show_their_key_as_ssh_keygen_does(tmp_path):
    names = ("rsa_1-cert.pub", "ed25519_1-cert.pub", "ed25519_sk1-cert.pub")
    lines = [(DATA / "openssh-regress" / name).read_text().strip() for name in names]
    report = sshkeys.check_lines("\n".join(f"cert-authority {line}" for line in lines))
    rows = report["rows"]
    assert [(r["type"], r["bits"]) for r in rows] == [
        ("ssh-rsa-cert-v01@openssh.com", 1024), ("ssh-ed25519-cert-v01@openssh.com", 256),
        ("sk-ssh-ed25519-cert-v01@openssh.com", None)]
    # ssh-keygen -l prints the certified key's fingerprint, not the certificate's
    assert [r["sha256"] for r in rows[:2]] == [ssh_keygen_l(tmp_path, line) for line in lines[:2]]
    assert rows[2]["sha256"] == ""          # a type we cannot take apart
    assert [(f["line"], f["id"]) for f in report["findings"]] == [
        (1, "rsa-size"), (3, "unsupported-type")]
