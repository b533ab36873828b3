"""The check-up on the page (web/checkup.js): an opened key's findings above the save buttons
with their one-step fixes, proven by ssh-keygen, and the "Check authorized_keys" view."""

import browsers
import referees
import sshkeys
from page import WORK_TIMEOUT

PASSPHRASE = "correct horse battery"

FINDINGS = """() => [...document.querySelectorAll("#checkup-list li")]
  .map((li) => [li.getAttribute("data-id"), li.querySelector(".badge").textContent])"""


def findings(tab) -> list:
    return [tuple(finding) for finding in tab.evaluate(FINDINGS)]


def test_an_opened_key_shows_its_check_up_and_resave_fixes_it(chromium, site, tmp_path):
    path = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(path, "ed25519", comment="old laptop", passphrase=PASSPHRASE,
                                 rounds=8)
    with browsers.ready(chromium, site.url) as tab:
        tab.open_file(path, PASSPHRASE)
        tab.wait_for("#checkup:not([hidden])")
        assert findings(tab) == [("bcrypt-rounds", "Weakness")]
        assert "8 bcrypt rounds" in tab.text("#checkup-list")
        # below the saves (issue 23), and open: it has a finding above "not checked"
        assert tab.evaluate("""() => document.getElementById('checkup').compareDocumentPosition(
            document.querySelector('.downloads')) & Node.DOCUMENT_POSITION_PRECEDING""")
        assert tab.evaluate("() => document.getElementById('checkup').open")
        assert tab.visible("#fix-resave") and not tab.visible("#fix-new-key")

        fixed = tab.download("#fix-resave", tmp_path)      # the opened passphrase is kept
        assert fixed.name == "id_ed25519"
        assert referees.ssh_keygen_public(fixed, PASSPHRASE).endswith(" old laptop")
        assert sshkeys.protection(fixed.read_bytes()).rounds == 24
        tab.wait_for("#checkup-clean:not([hidden])")
        assert findings(tab) == []
        assert "modern protection" in tab.text("#checkup-status")


def test_a_weak_key_gets_a_new_one_with_the_same_comment(chromium, site):
    with browsers.ready(chromium, site.url) as tab:
        assert tab.value("#rounds") == "24"        # ssh-keygen's default since OpenSSH 9.4
        tab.generate("dsa", comment="build server")
        tab.wait_for("#checkup:not([hidden])")
        assert findings(tab) == [("dsa", "Weakness")]
        assert not tab.visible("#fix-resave")     # nothing to re-save: it is not stored yet
        tab.click("#fix-new-key")
        tab.wait_for("#checkup-clean:not([hidden])")
        line = tab.value("#public-key")
        assert line.startswith("ssh-ed25519 ") and line.endswith(" build server")


def test_check_authorized_keys_view(chromium, site, tmp_path):
    referees.ssh_keygen_generate(tmp_path / "ed", "ed25519", comment="alice <b>")
    referees.ssh_keygen_generate(tmp_path / "dsa", "dsa", comment="old")
    ed = (tmp_path / "ed.pub").read_text().strip()
    dsa = (tmp_path / "dsa.pub").read_text().strip()
    text = f'# team\nfrom="10.0.0.0/8",command="echo a, b" {ed}\n{dsa}\n{ed}\nnot a key line\n'
    fingerprint = referees.ssh_keygen_fingerprint(tmp_path / "ed.pub").split()[1]
    # bypass_csp only so that axe's script can be injected
    with browsers.ready(chromium, site.url, bypass_csp=True) as tab:
        page = tab.playwright
        page.click("#tab-check")
        assert page.locator("#panel-check").is_visible()
        (tmp_path / "authorized_keys").write_text(text)
        page.set_input_files("#check-file", str(tmp_path / "authorized_keys"))
        page.wait_for_selector("#check-table:not([hidden])", timeout=WORK_TIMEOUT)
        assert page.input_value("#check-text") == text
        rows = [[td.text_content() for td in tr.locator("td").all()[:5]]
                for tr in page.locator("#check-rows tr").all()]
        assert rows == [
            ["2", "ssh-ed25519 (256 bits)", fingerprint, "alice <b>",
             'from="10.0.0.0/8", command="echo a, b"'],
            ["3", "ssh-dss (1024 bits)", rows[1][2], "old", ""],
            ["4", "ssh-ed25519 (256 bits)", fingerprint, "alice <b>", ""],
            ["5", "not a key line", "", "", ""],
        ]
        assert page.locator("#check-rows b").count() == 0          # comments stay text
        ids = [[li.get_attribute("data-id") for li in tr.locator("li").all()]
               for tr in page.locator("#check-rows tr").all()]
        assert ids == [["duplicate"], ["dsa"], [], ["unparsable"]]
        assert page.text_content("#check-status") == \
            "3 key lines, 1 that will not parse; 1 weakness."

        page.fill("#check-text", ed)
        page.click("#check-run")
        page.wait_for_selector("#check-status:has-text('no weaknesses')")
        assert page.locator("#check-rows tr").count() == 1

        assert browsers.serious_axe_violations(tab) == []
