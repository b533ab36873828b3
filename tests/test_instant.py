"""A key the moment the user asks (issue 15): Generate and Open work from the first paint, and
the worker makes the selected type's key in advance while the user reads the form. What is
checked is what happens, never how long it took."""

import pytest

import referees
from page import READY_TIMEOUT

SHOWN = "#result:not([hidden])"


def marks(tab, name):
    """The details of the page's sshkeys:<name> User Timing marks (web/app.js), in order."""
    return tab.evaluate("(n) => performance.getEntriesByName('sshkeys:' + n).map((m) => m.detail)",
                        name)


def held_back_runtime(chromium):
    """A Chromium tab whose request for Python's runtime waits until release() is called
    (a Playwright route, through tab.playwright)."""
    tab = chromium.tab()
    context = tab.playwright.context
    held = []
    context.route("**/pyodide.asm.wasm*", lambda route: held.append(route))

    def release():
        for _ in range(600):        # the worker asks for it after its own start: up to 60 s
            if held:
                break
            tab.playwright.wait_for_timeout(100)    # lets Playwright deliver the route meanwhile
        assert held, "the runtime was never asked for"
        for route in held:
            route.continue_()
        context.unroute("**/pyodide.asm.wasm*")
    return tab, release


def test_generate_clicked_at_first_paint_ends_with_a_key(chromium, site):
    tab, release = held_back_runtime(chromium)
    try:
        tab.goto(site.url)
        tab.click("#generate")           # Playwright waits for it to be enabled, no longer
        tab.wait("() => document.getElementById('generate-status').textContent"
                 ".includes('Python is still loading')")
        assert tab.count("#loading.done") == 0 and not tab.visible("#result")
        release()
        tab.wait_for(SHOWN, timeout=READY_TIMEOUT)
        line = tab.value("#public-key")
        assert line.startswith("ssh-ed25519 ")
        # Python's default comment: the page had not suggested one yet.
        assert line.split(" ", 2)[2] == tab.value("#comment")
        assert tab.text("#generate-status").startswith("Generated in")
    finally:
        tab.close()


def test_a_file_chosen_at_first_paint_opens_when_python_is_ready(chromium, site, tmp_path):
    path = tmp_path / "id_ecdsa"
    referees.ssh_keygen_generate(path, "ecdsa", 384, "theirs")
    tab, release = held_back_runtime(chromium)
    try:
        tab.goto(site.url)
        tab.click("#tab-open")
        tab.set_files("#key-file", path)
        tab.wait("() => document.getElementById('open-status').textContent"
                 ".includes('once Python is ready')")
        release()
        tab.wait_for(SHOWN, timeout=READY_TIMEOUT)
        assert tab.value("#public-key") == (tmp_path / "id_ecdsa.pub").read_text().strip()
    finally:
        tab.close()


def test_generate_shows_the_key_made_in_advance_and_never_the_same_one_twice(tab):
    tab.select("#ecdsa-bits", "384")
    tab.check("input[name=family][value=ecdsa]")
    # The new selection is asked for (an earlier one may have been asked for before it).
    tab.wait("() => performance.getEntriesByName('sshkeys:pregenerate').at(-1)?.detail.family"
             " === 'ecdsa'")
    shown = []
    for _ in range(2):
        asked, seen = len(marks(tab, "pregenerate")), len(marks(tab, "key-shown"))
        tab.click("#generate")
        tab.wait("(n) => performance.getEntriesByName('sshkeys:key-shown').length > n", seen)
        shown.append(tab.value("#public-key"))
        assert marks(tab, "key-shown")[-1] == {"made_in_advance": True}
        # Once shown, the next one is asked for.
        tab.wait("(n) => performance.getEntriesByName('sshkeys:pregenerate').length > n", asked)
    assert all(line.startswith("ecdsa-sha2-nistp384 ") for line in shown)
    assert shown[0] != shown[1]


@pytest.mark.parametrize("engine", ["chromium"], scope="module")
def test_dsa_is_made_when_asked(tab):
    assert tab.generate("dsa").startswith("ssh-dss ")
    assert marks(tab, "key-shown")[-1] == {"made_in_advance": False}
