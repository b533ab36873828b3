"""Embed mode in Debian's Chromium: a documentation page on another loopback port embeds the
generator with embed.js, and gets the public key line when asked, only that, and only when it
is the origin the frame was told to send it to. Also the query presets on the full page, and
the click-to-load box's catalogs (the box itself in every engine: tests/test_docs_kit.py)."""

import json
import re
import subprocess
import time
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

import browsers
import referees
from page import ARTIFACTS, ROOT, WORK_TIMEOUT, Site

PASSPHRASE = "correct horse battery"
FAMILIES = ["ed25519", "rsa", "ecdsa", "dsa", "ed448"]
SANDBOX = "allow-scripts allow-same-origin allow-downloads allow-forms"
KEY_MESSAGE = "sshkeys:public-key"

# Runs in every frame before its own scripts: inside a frame, window.parent (a [Replaceable]
# attribute) becomes a spy that records each postMessage and its target origin, then passes it on.
SPY = """
if (window.parent !== window) {
  const real = window.parent;
  const posts = [];
  Object.defineProperty(window, "__posts", { value: posts });
  window.parent = {
    postMessage(message, target) {
      posts.push({ message: JSON.parse(JSON.stringify(message)),
                   target: typeof target === "string" ? target : JSON.stringify(target) });
      return real.postMessage(message, target);
    },
  };
}
"""

# The documentation page: one generator made by embed.js (RSA 4096 only, notify this page),
# and one iframe written by hand that names another origin (this server as "localhost") to
# notify. It records every message and every sshkeys:public-key event it gets.
HOST_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs: add an SSH key</title>
<style>body {{ font-family: sans-serif; margin: 1rem; }}</style></head>
<body>
<h1>Add an SSH key to the provider</h1>
<script>
  window.received = [];
  window.events = [];
  addEventListener("message", (e) => received.push({{ origin: e.origin, data: e.data }}));
  document.addEventListener("{key_message}", (e) => events.push({{ id: e.target.id, detail: e.detail }}));
</script>
<div id="rsa" data-sshkeys data-types="rsa" data-bits="4096" data-notify data-ppk="2"
     data-comment="docs key" data-title="SSH key generator (RSA)"></div>
<h2>A frame that names another origin to notify</h2>
<iframe id="other" title="SSH key generator (notify elsewhere)" src="{other_src}" sandbox="{sandbox}"
        allow="clipboard-write" style="width: 100%; height: 640px; border: none"></iframe>
<script src="{embed_js}"></script>
</body></html>
"""


class Docs:
    """The documentation tab and its two generator frames (Playwright's, through
    tab.playwright: the spy is an init script)."""

    def __init__(self, tab, origin, elsewhere):
        self.tab, self.origin, self.elsewhere = tab, origin, elsewhere
        self.page = tab.playwright
        self.rsa = self.page.wait_for_selector("#rsa iframe").content_frame()
        self.other = self.page.wait_for_selector("#other").content_frame()

    def received(self):
        return self.page.evaluate("window.received")

    def events(self):
        return self.page.evaluate("window.events")


@pytest.fixture(scope="module")
def docs(chromium, site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    server = Site(folder)
    elsewhere = server.origin.replace("127.0.0.1", "localhost")
    other_src = site.url + "index.html?" + urlencode(
        {"embed": "1", "parent": server.origin, "notify": elsewhere, "theme": "dark"})
    (folder / "host.html").write_text(HOST_HTML.format(
        key_message=KEY_MESSAGE, other_src=other_src, sandbox=SANDBOX, embed_js=site.url + "embed.js"))
    tab = chromium.tab(viewport={"width": 700, "height": 900},
                       permissions=["clipboard-read", "clipboard-write"])
    try:
        tab.playwright.add_init_script(SPY)
        tab.goto(server.url + "host.html")
        docs = Docs(tab, server.origin, elsewhere)
        tab.wait_ready(frame="#rsa iframe")
        tab.wait_ready(frame="#other")
        yield docs
    finally:
        tab.close()
        server.stop()


def visible_families(frame):
    return [f for f in FAMILIES if frame.locator(f"input[name=family][value={f}]").is_visible()]


def posts(frame):
    return frame.evaluate("window.__posts")


def test_embed_js_makes_a_sandboxed_iframe_that_offers_only_rsa_4096(docs, site):
    iframe = docs.page.locator("#rsa iframe")
    assert iframe.get_attribute("sandbox") == SANDBOX
    assert iframe.get_attribute("allow") == "clipboard-write"
    assert iframe.get_attribute("title") == "SSH key generator (RSA)"
    assert iframe.get_attribute("loading") == "lazy"
    src = urlparse(iframe.get_attribute("src"))
    assert f"{src.scheme}://{src.netloc}" == site.origin and src.path == "/index.html"
    assert parse_qs(src.query) == {"embed": ["1"], "types": ["rsa"], "bits": ["4096"], "ppk": ["2"],
                                   "comment": ["docs key"], "parent": [docs.origin], "notify": [docs.origin]}
    assert iframe.evaluate("f => f.getBoundingClientRect().width") == docs.page.evaluate(
        "document.body.clientWidth")

    frame = docs.rsa
    assert visible_families(frame) == ["rsa"]
    assert frame.is_checked("input[name=family][value=rsa]")
    assert frame.locator("#rsa-size-row").is_visible() and frame.input_value("#rsa-bits") == "4096"
    assert frame.input_value("#comment") == "docs key"        # kept once Python was ready
    assert frame.locator("#options-note").is_hidden()
    for part in ["h1", ".tagline", "#tab-open", "footer", ".advanced", "#legacy", "#ppk-v2"]:
        assert frame.locator(part).is_hidden(), part
    assert frame.locator(".about").is_visible()
    assert frame.evaluate("document.documentElement.classList.contains('embed')")


def test_use_this_key_sends_the_host_exactly_the_public_line(docs, site, tmp_path):
    frame, page = docs.rsa, docs.page
    start = page.locator("#rsa iframe").bounding_box()["height"]
    line = docs.tab.generate(passphrase=PASSPHRASE, frame="#rsa iframe")
    assert line.startswith("ssh-rsa ") and line.endswith(" docs key")

    # Auto-height: the iframe grows to the content, which then needs no scroll bar.
    page.wait_for_function(f"document.querySelector('#rsa iframe').offsetHeight > {start + 100}")
    page.wait_for_timeout(200)
    height = page.evaluate("document.querySelector('#rsa iframe').offsetHeight")
    assert height == frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    assert frame.evaluate("document.documentElement.scrollHeight") <= height

    # Only the compact downloads, in the full page's order; the .ppk is version 2 as data-ppk
    # asked, with the passphrase.
    shown = [b.get_attribute("data-format") for b in frame.locator("button.download").all() if b.is_visible()]
    assert shown == ["openssh", "ppk", "public-openssh"]
    with page.expect_download(timeout=WORK_TIMEOUT) as info:
        frame.click("button.download[data-format=ppk]")
    ppk = tmp_path / info.value.suggested_filename
    info.value.save_as(ppk)
    assert ppk.read_bytes().startswith(b"PuTTY-User-Key-File-2: ssh-rsa\nEncryption: aes256-cbc\n")
    assert referees.puttygen_public(ppk, PASSPHRASE) == line
    referees.puttygen_text(ppk, PASSPHRASE)

    # Copy works inside the frame (allow="clipboard-write").
    frame.click("#copy")
    frame.wait_for_selector("#copy-status:has-text('Copied')")
    assert page.evaluate("navigator.clipboard.readText()") == line

    assert docs.origin in frame.text_content("#use-hint")
    assert not [m for m in docs.received() if m["data"].get("type") == KEY_MESSAGE]
    frame.click("#use-key")
    page.wait_for_function(f"window.received.some((m) => m.data.type === '{KEY_MESSAGE}')")
    page.wait_for_timeout(300)                     # room for a second message, which must not come
    payload = {"type": KEY_MESSAGE, "publicKey": line}
    keys = [m for m in docs.received() if m["data"].get("type") == KEY_MESSAGE]
    assert keys == [{"origin": site.origin, "data": payload}]
    assert docs.events() == [{"id": "rsa", "detail": {"publicKey": line}}]
    assert frame.text_content("#use-status") == f"Sent to {docs.origin}."
    # Everything else the host got is a height, from the generator's origin.
    for message in docs.received():
        assert message["origin"] == site.origin
        assert message["data"] == payload or (set(message["data"]) == {"type", "height"} and
                                              message["data"]["type"] == "sshkeys:height")
    assert "PRIVATE" not in json.dumps(docs.received())
    # Inside the frame: every postMessage went to the host's origin, never "*".
    sent = posts(frame)
    assert sent and {p["target"] for p in sent} == {docs.origin}
    assert [p["message"] for p in sent if p["message"]["type"] == KEY_MESSAGE] == [payload]

    public = tmp_path / "received.pub"
    public.write_text(keys[0]["data"]["publicKey"] + "\n")
    assert referees.ssh_keygen_fingerprint(public).startswith("4096 SHA256:")
    assert referees.ssh_keygen_fingerprint(public).endswith(" docs key (RSA)")


def test_a_frame_told_to_notify_another_origin_sends_the_key_nowhere(docs, site):
    frame, page = docs.other, docs.page
    assert frame.evaluate("document.documentElement.dataset.theme") == "dark"
    assert frame.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(21, 23, 26)"
    assert visible_families(frame) == ["ed25519", "rsa", "ecdsa"]      # legacy ones behind <details>
    line = docs.tab.generate(frame="#other")
    assert frame.locator("#use-key").is_visible() and frame.is_disabled("#use-key")
    hint = frame.text_content("#use-hint")
    assert hint.startswith("Nothing is sent from here") and docs.origin in hint and docs.elsewhere in hint
    frame.click("#use-key", force=True)           # a click on the disabled button does nothing
    page.wait_for_timeout(300)
    sent = posts(frame)
    assert sent and all(p["target"] == docs.origin and p["message"]["type"] == "sshkeys:height" for p in sent)
    assert line.split()[1] not in json.dumps(docs.received())
    assert all(e["id"] == "rsa" for e in docs.events())


def test_embed_js_listens_only_to_its_own_frames(docs, site):
    """A message of the right shape from the generator's origin but another frame (the
    hand-written one), or from the host page itself, neither sizes the iframe nor fires an event."""
    page = docs.page
    height = page.evaluate("document.querySelector('#rsa iframe').offsetHeight")
    forged = [{"type": KEY_MESSAGE, "publicKey": "forged"}, {"type": "sshkeys:height", "height": 77}]
    for message in forged:
        docs.other.evaluate("([m, o]) => window.parent.postMessage(m, o)", [message, docs.origin])
        page.evaluate("([m, o]) => window.postMessage(m, o)", [message, docs.origin])
    page.wait_for_function("window.received.filter((m) => m.data.publicKey === 'forged' || "
                          "m.data.height === 77).length === 4")
    assert not [e for e in docs.events() if e["detail"]["publicKey"] == "forged"]
    assert page.evaluate("document.querySelector('#rsa iframe').offsetHeight") == height
    assert page.evaluate("document.querySelector('#other').offsetHeight") == 640


def test_the_frame_fits_narrow_and_wide_hosts(docs):
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (700, 360):
        docs.page.set_viewport_size({"width": width, "height": 900})
        docs.page.wait_for_timeout(300)
        for frame in (docs.rsa, docs.other):
            root = "document.documentElement"
            overflow = frame.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
            assert overflow <= 0, f"the frame scrolls sideways by {overflow}px at {width}px"
        height = docs.page.evaluate("document.querySelector('#rsa iframe').offsetHeight")
        assert height == docs.rsa.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
        docs.page.screenshot(path=str(ARTIFACTS / f"embed-{width}.png"), full_page=True)


# -- without Python: what the page does with the query string before the worker matters ------

@pytest.fixture
def no_worker(chromium):
    """A tab whose worker never loads: the query options are the page's own, so the tests
    that check them need no Python."""
    tab = chromium.tab(color_scheme="dark")
    tab.playwright.context.route("**/worker.js", lambda route: route.abort())
    try:
        yield tab
    finally:
        tab.close()


def test_bad_parameters_are_ignored_or_refused(no_worker, site):
    page = no_worker.playwright
    warnings = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    page.goto(site.url + "?" + urlencode({"embed": "1", "types": "bogus,rsa1", "type": "rsa", "bits": "123",
                                         "notify": "*", "parent": "*", "theme": "purple", "ppk": "7"}))
    assert visible_families(page) == ["ed25519", "rsa", "ecdsa"]
    page.click("#legacy summary")
    assert visible_families(page) == FAMILIES
    assert page.text_content("#options-note").startswith("The page around this generator asked for key types")
    assert page.is_checked("input[name=family][value=rsa]") and page.input_value("#rsa-bits") == "4096"
    assert page.evaluate("document.documentElement.dataset.theme") is None
    assert not page.is_checked("#ppk-v2")
    assert page.is_disabled("#use-key")
    assert page.text_content("#use-hint").startswith("Nothing is sent from here: the page around this "
                                                    "generator did not name a valid web origin")
    for name in ["types", "bits", "notify", "parent", "theme", "ppk"]:
        assert any(w.startswith(f"sshkeys: ignoring {name}=") for w in warnings), (name, warnings)

    for notify in ["null", "https://docs.example.com/path", "https://docs.example.com/",
                   "javascript:alert(1)",
                   "https://user@docs.example.com", "ftp://docs.example.com", "HTTPS://DOCS.EXAMPLE.COM",
                   "https://docs.example.com:443", "https://docs.example.com https://b.example", ""]:
        page.goto(site.url + "?" + urlencode({"embed": "1", "notify": notify}))
        assert page.is_disabled("#use-key"), notify
        assert "did not name a valid web origin" in page.text_content("#use-hint"), notify
    # A valid origin, but this page is not inside another one: still nothing is sent.
    page.goto(site.url + "?embed=1&notify=https://docs.example.com:8443")
    assert page.is_disabled("#use-key")
    assert page.text_content("#use-hint") == "Nothing is sent from here: this page is not inside another page."

    # Legacy types alone: the legacy group opens with only those; bits of another type are ignored.
    page.goto(site.url + "?types=dsa&bits=4096")
    assert visible_families(page) == ["dsa"] and page.is_checked("input[name=family][value=dsa]")
    assert page.locator("#options-note").is_hidden()
    # Without embed=1: the full page, and notify means nothing there.
    page.goto(site.url + "?notify=" + site.origin + "&theme=light")
    assert page.locator("h1").is_visible() and page.locator("#use-row").is_hidden()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(247, 247, 245)"


def test_axe_reports_no_serious_violations_in_embed_mode(chromium, site):
    # bypass_csp only so that axe's script can be injected; the result is shown by hand (no
    # Python here) so that "Use this key" and its hint are checked too.
    tab = chromium.tab(bypass_csp=True)
    tab.playwright.context.route("**/worker.js", lambda route: route.abort())
    try:
        page = tab.playwright
        tab.goto(site.url + "?" + urlencode({"embed": "1", "notify": "https://docs.example.com"}))
        page.evaluate("document.getElementById('result').hidden = false")
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            serious = browsers.serious_axe_violations(tab)
            assert serious == [], f"{scheme}: {serious}"
    finally:
        tab.close()


def test_presets_on_the_full_page(chromium, site):
    query = {"type": "ecdsa", "bits": "384", "comment": "docs laptop", "theme": "dark"}
    url = site.url + "?" + urlencode(query)
    with browsers.ready(chromium, url, color_scheme="light") as tab:
        assert tab.evaluate("() => getComputedStyle(document.body).backgroundColor") == "rgb(21, 23, 26)"
        assert tab.visible("h1") and tab.visible("#tab-open")
        assert tab.checked("input[name=family][value=ecdsa]") and tab.value("#ecdsa-bits") == "384"
        assert tab.value("#comment") == "docs laptop"   # not replaced by the default once ready
        line = tab.generate()
        assert line.startswith("ecdsa-sha2-nistp384 ") and line.endswith(" docs laptop")
        assert not tab.visible("#use-row") and tab.visible("#check-key")
        tab.click("#clear")
        assert tab.value("#comment") == "docs laptop"   # Clear goes back to the preset


# -- in every engine ----------------------------------------------------------------------------

ENGINE_HOST_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs: add an SSH key</title></head>
<body>
<script>
  window.received = [];
  window.events = [];
  addEventListener("message", (e) => received.push({{ origin: e.origin, data: e.data }}));
  document.addEventListener("{key_message}", (e) => events.push({{ id: e.target.id, detail: e.detail }}));
</script>
<div id="keygen" data-sshkeys data-types="ed25519,rsa" data-notify data-comment="docs key"></div>
<script src="{embed_js}"></script>
</body></html>
"""


def test_embedded_generator_in_every_engine(browser, site, tmp_path):
    """embed.js's sandboxed frame on a page of another origin: it starts, grows to its content,
    saves a .ppk from inside the sandbox, and "Use this key" hands the host the line once."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "host.html").write_text(ENGINE_HOST_HTML.format(
        key_message=KEY_MESSAGE, embed_js=site.url + "embed.js"))
    host = Site(folder)
    tab = browser.tab()
    frame = "#keygen iframe"
    try:
        tab.goto(host.url + "host.html")
        tab.wait_for(frame, "attached")
        start = tab.evaluate("(s) => document.querySelector(s).offsetHeight", frame)
        tab.wait_ready(frame=frame)
        assert tab.attribute(frame, "sandbox") == SANDBOX
        line = tab.generate(passphrase=PASSPHRASE, frame=frame)
        assert line.startswith("ssh-ed25519 ") and line.endswith(" docs key")
        tab.wait("(s, h) => document.querySelector(s).offsetHeight > h + 100", frame, start)

        ppk = tab.download("button.download[data-format=ppk]", tmp_path, frame=frame)
        assert referees.puttygen_public(ppk, PASSPHRASE) == line

        tab.click("#use-key", frame=frame)
        tab.wait(f"() => window.received.some((m) => m.data.type === '{KEY_MESSAGE}')")
        time.sleep(0.3)                         # room for a second message, which must not come
        received = tab.evaluate("() => window.received")
        keys = [m for m in received if m["data"].get("type") == KEY_MESSAGE]
        assert keys == [{"origin": site.origin, "data": {"type": KEY_MESSAGE, "publicKey": line}}]
        assert tab.evaluate("() => window.events") == [{"id": "keygen", "detail": {"publicKey": line}}]
        assert all(m["origin"] == site.origin for m in received)
    finally:
        tab.close()
        host.stop()


# -- the click-to-load box's words, without a browser ------------------------------------------

LOCALES = ROOT / "web" / "locales"


def test_the_box_has_every_language_of_the_page_whole():
    """web/locales/embed.js holds every web/locales/<tag>/embed.ftl, the page's languages among
    them in locales/index.js's order; each catalog parses, formats without an error and has
    English's messages with English's placeables, no more."""
    module = (LOCALES / "embed.js").read_text(encoding="utf-8")
    imported = dict((name, tag) for name, tag in
                    re.findall(r'^import (\w+) from "\./([\w-]+)/embed\.ftl";', module, re.M))
    body = re.search(r"EMBED_CATALOGS = \{(.*?)\};", module, re.S)[1]
    entries = re.findall(r'^\s+(?:"([\w-]+)": )?(\w+),$', body, re.M)     # en, or "pt-BR": ptBR,
    tags = [tag or name for tag, name in entries]
    assert tags == [imported[name] for _, name in entries] == list(imported.values())
    assert sorted(tags) == sorted(p.parent.name for p in LOCALES.glob("*/embed.ftl"))
    assert tags[0] == "en" and len(tags) == 15
    index = (LOCALES / "index.js").read_text(encoding="utf-8")
    names = re.findall(r'^\s+"?([\w-]+)"?: "[^"]*",$', re.search(r"NAMES = \{(.*?)\};", index, re.S)[1], re.M)
    assert names and [tag for tag in tags if tag in names] == names

    out = subprocess.run(["node", str(ROOT / "tests" / "node" / "ftl_messages.mjs"),
                          *(f"{LOCALES / tag / 'embed.ftl'}={tag}" for tag in tags)],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    found = {path.split("/")[-2]: catalog for path, catalog in json.loads(out.stdout).items()}
    english = found["en"]["messages"]
    assert set(english) == {"embed-title", "embed-about", "embed-load"}
    assert english["embed-about"]["variables"] == ["host", "title"]
    for tag, catalog in found.items():
        assert catalog["junk"] == [] and catalog["errors"] == [], (tag, catalog)
        assert catalog["messages"] == english, tag

