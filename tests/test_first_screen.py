"""What a person came for is on the first screen (issue 23): after Generate and after Open, the
key's summary, its public key with Copy, the passphrase and the three saves a guide asks for
(OpenSSH private key, .ppk, public key) fit in the first window at 1280×800 and in one and a
half windows at 375×667, in every engine; the rest is folded in <details>, each opening by
keyboard; the whole page with a key, folded, is at most 2.5 windows at 1280×800.

Measured by the page's own geometry (getBoundingClientRect against innerHeight) where the page
leaves the window after showing the key, as a person sees it without scrolling."""

import pytest

import browsers
import referees
from page import ARTIFACTS

PASSPHRASE = "correct horse battery"
SIZES = {"wide": (1280, 800, 1.0), "phone": (375, 667, 1.5)}    # width, height, windows allowed
FIRST_SCREEN = ["#key-summary", "#public-key", "#copy", "#save-passphrase",
                "button.download[data-format=openssh]", "button.download[data-format=ppk]",
                "button.download[data-format=public-openssh]"]
# Each fold below the saves: the <details>, and what it shows once open.
FOLDS = {"next": "#help li", "check-key": "#fp-sha256", "send": "#qr-code svg",
         "checkup": "#checkup-clean", "key-cert": "#attach-group",
         "signing": "#sig-sign",
         "other-formats": "button.download[data-format=pkcs8]", "save-all-group": "#save-all"}

GEOMETRY = """(selectors) => ({
  window: innerHeight,
  width: innerWidth,
  boxes: Object.fromEntries(selectors.map((s) => {
    const box = document.querySelector(s).getBoundingClientRect();
    return [s, [box.top, box.bottom, box.height]];
  })),
})"""


def check_within(tab, selectors, windows, what):
    geometry = tab.evaluate(GEOMETRY, selectors)
    limit = geometry["window"] * windows
    outside = {s: [round(v) for v in box] for s, box in geometry["boxes"].items()
               if box[2] <= 0 or box[0] < 0 or box[1] > limit}
    assert outside == {}, (f"{tab.engine} {what}: outside 0..{limit:.0f} px of a "
                           f"{geometry['width']}-px-wide window: {outside}")


def settled(tab):
    """The save passphrase's strength line has its rating (it sits above the saves)."""
    tab.wait_for("#save-passphrase-strength strong")


@pytest.fixture
def sized(browser, site, request):
    """A tab on the page at the size named by the test's `size`, ready. (WebKitGTK's
    MiniBrowser keeps its window at least 447 px wide: its "phone" is 447×667.)"""
    width, height, _ = SIZES[request.node.callspec.params["size"]]
    tab = browser.tab()
    try:
        tab.resize(width, height)
        tab.goto(site.url)
        tab.wait_ready()
        yield tab
    finally:
        if browser.name == "webkit":
            tab.resize(*browsers.WebKit.WINDOW)
        tab.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_the_first_screen_holds_the_key_and_its_saves(sized, size, engine, tmp_path):
    tab = sized
    windows = SIZES[size][2]
    if size == "wide":
        check_within(tab, ["input[name=family][value=ed25519]", "#comment", "#passphrase",
                           "#passphrase2", "#generate"], 1, "the generate form")

    tab.fill("#passphrase", PASSPHRASE)
    tab.fill("#passphrase2", PASSPHRASE)
    tab.click("#generate")
    tab.wait_for("#result:not([hidden])")
    assert tab.visible("#unsaved") and tab.evaluate("() => document.getElementById('next').open")
    settled(tab)
    check_within(tab, ["#unsaved", *FIRST_SCREEN], windows, "after Generate")
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(ARTIFACTS / f"first-screen-{engine}-{size}-generated.png")
    if size == "wide":
        height = tab.evaluate("""() => {
          for (const fold of document.querySelectorAll("details")) fold.open = false;
          return document.documentElement.scrollHeight / innerHeight;
        }""")
        assert height <= 2.5, f"{engine}: the page with a key, folded, is {height:.2f} windows tall"

    key = tmp_path / "id_ed25519"
    referees.ssh_keygen_generate(key, "ed25519", comment="opened here", passphrase=PASSPHRASE)
    tab.click("#clear")
    tab.wait_for("#result", "hidden")
    tab.wait_ready()
    assert tab.open_file(key, PASSPHRASE) == (tmp_path / "id_ed25519.pub").read_text().strip()
    settled(tab)
    check_within(tab, FIRST_SCREEN, windows, "after Open")
    # An opened file is saved as it was: its next steps are folded.
    assert not tab.evaluate("() => document.getElementById('next').open")
    tab.screenshot(ARTIFACTS / f"first-screen-{engine}-{size}-opened.png")


def test_the_next_steps_fold_once_the_key_is_saved(tab, tmp_path):
    tab.generate()
    tab.wait_for("#help li")                        # open below the saves
    tab.download("button.download[data-format=ppk]", tmp_path)
    tab.wait_for("#help li", "hidden")
    assert tab.visible("#next > summary") and not tab.visible("#unsaved")


# Keyboard and axe: the markup and styles are the same in every engine (test_page.py's
# keyboard walk and axe run are Chromium's too).

def test_every_fold_opens_by_keyboard(chromium, site):
    with browsers.ready(chromium, site.url) as tab:
        tab.generate()
        tab.wait_for("#qr-code svg", "attached")
        page = tab.playwright
        for fold, content in FOLDS.items():
            summary = f"#{fold} > summary"
            opened = f"document.getElementById('{fold}').open"
            page.focus(summary)
            if page.evaluate(opened):                     # the next steps start open
                page.keyboard.press("Space")
                assert not page.evaluate(opened), fold
            assert page.locator(content).first.is_hidden(), fold
            page.keyboard.press("Enter")
            assert page.evaluate(opened), fold
            assert page.locator(content).first.is_visible(), fold
            page.keyboard.press("Space")
            assert not page.evaluate(opened), fold
            page.keyboard.press(" ")
            assert page.evaluate(opened) and page.locator(content).first.is_visible(), fold


@pytest.mark.parametrize("size", list(SIZES))
def test_axe_with_every_fold_open(chromium, site, size):
    width, height, _ = SIZES[size]
    # bypass_csp only so that axe's script can be injected
    with browsers.ready(chromium, site.url, bypass_csp=True,
                        viewport={"width": width, "height": height}) as tab:
        tab.generate()
        for state in ("folded", "open"):
            if state == "open":
                tab.evaluate("() => document.querySelectorAll('details').forEach((d) => d.open = true)")
            serious = browsers.serious_axe_violations(tab)
            assert serious == [], f"{state}: {serious}"
