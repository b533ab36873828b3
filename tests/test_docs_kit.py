"""The docs kit end to end. docs-kit/mkdocs and docs-kit/sphinx installed by pip; a real MkDocs
site (Material theme) and a real Sphinx site built with them, once a session, served on one
loopback origin and dist/ on another. In every engine a reader meets the click-to-load box (and
no request for the generator before the click), clicks, makes a key, copies it and hands it to
the documentation page through the sshkeys:public-key event. Also <sshkeys-generator> on a plain
page under a strict Content Security Policy (load="visible"), the box in the reader's
language (web/locales/<tag>/embed.ftl), and the kits' refusals."""

import os
import subprocess
import sys
import textwrap
from urllib.parse import parse_qs, urlparse

import pytest

import referees
from page import READY_TIMEOUT, ROOT, Site

FRAME = "sshkeys-generator iframe"
KEY_MESSAGE = "sshkeys:public-key"
SANDBOX = "allow-scripts allow-same-origin allow-downloads allow-forms"

# The documentation's own script, as a docs author would add it: it records every
# sshkeys:public-key event and every Content Security Policy violation on the page.
LISTEN_JS = """window.events = [];
window.violations = [];
document.addEventListener("%s", (e) => events.push({ tag: e.target.localName, detail: e.detail }));
document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective + " " + e.blockedURI));
""" % KEY_MESSAGE

MKDOCS_YML = """site_name: Provider docs
theme:
  name: material
  font: false               # no web fonts: nothing from anywhere but the two origins
markdown_extensions: [admonition, pymdownx.superfences]
extra_javascript: [listen.js]
plugins:
  - search
  - sshkeys:
      url: {dist}
      defaults: {{load: click, theme: auto}}
"""

MKDOCS_PAGE = """# Add an SSH key

Make a key pair in your browser, then paste its public key into the control panel.

```ssh-keygen
types: ed25519, rsa
notify: true
comment: docs key
title: SSH key generator (MkDocs)
```

````markdown
```ssh-keygen
types: dsa
```
````
"""

SPHINX_CONF = """project = "Provider docs"
extensions = ["sshkeys_sphinx"]
html_static_path = ["_static"]
html_js_files = ["listen.js"]
sshkeys_url = "{dist}"
sshkeys_defaults = {{"load": "click"}}
"""

SPHINX_PAGE = """Add an SSH key
==============

Make a key pair in your browser, then paste its public key into the control panel.

.. ssh-keygen::
   :types: ed25519, rsa
   :notify:
   :comment: docs key
   :title: SSH key generator (Sphinx)
"""

# No inline script or style allowed: the box must be styled by embed.js's constructed
# stylesheet, and everything else comes from the two origins' files (img-src: WebKit asks for
# the favicon). The <pre> of empty lines
# puts the second generator well below the fold without a style.
PLAIN_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {dist}embed.js; frame-src {dist}; style-src 'none'; img-src 'self'">
<title>Docs: add an SSH key</title>
<script src="listen.js"></script>
</head><body>
<h1>Add an SSH key</h1>
<sshkeys-generator id="click" load="click" types="rsa">Make an RSA key here</sshkeys-generator>
<pre>{spacer}</pre>
<sshkeys-generator id="visible" load="visible" notify comment="docs key" lang="de"></sshkeys-generator>
<script src="{dist}embed.js" async></script>
</body></html>
"""

# Click-to-load boxes on a Japanese page: two told their language, one that takes the page's,
# one whose author wrote its title and button text.
LANGUAGES_HTML = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>SSH 鍵の追加</title></head><body>
<sshkeys-generator id="de" load="click" lang="de"></sshkeys-generator>
<sshkeys-generator id="ar" load="click" lang="ar"></sshkeys-generator>
<sshkeys-generator id="page" load="click"></sshkeys-generator>
<sshkeys-generator id="own" load="click" lang="de" title="Schlüssel für den Server">Jetzt laden</sshkeys-generator>
<script src="{dist}embed.js" async></script>
</body></html>
"""


def run(command, cwd, kit):
    env = {**os.environ, "PYTHONPATH": str(kit), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def kit(tmp_path_factory):
    """sshkeys-mkdocs and sshkeys-sphinx as a docs author installs them (pip, from the repo)."""
    target = tmp_path_factory.mktemp("kit")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(ROOT / "docs-kit" / "mkdocs"),
         str(ROOT / "docs-kit" / "sphinx")], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return target


@pytest.fixture(scope="session")
def generator(built_dist):
    """dist/ on an origin of its own, with its own log of requests."""
    server = Site(built_dist)
    yield server
    server.stop()


def build_mkdocs(folder, kit, dist, page=MKDOCS_PAGE, config=MKDOCS_YML):
    (folder / "docs").mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(config.format(dist=dist))
    (folder / "docs" / "index.md").write_text(page)
    (folder / "docs" / "listen.js").write_text(LISTEN_JS)
    return run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(folder / "site")], folder, kit)


def build_sphinx(folder, kit, dist, page=SPHINX_PAGE, conf=SPHINX_CONF):
    (folder / "_static").mkdir(parents=True)
    (folder / "conf.py").write_text(conf.format(dist=dist))
    (folder / "index.rst").write_text(page)
    (folder / "_static" / "listen.js").write_text(LISTEN_JS)
    return run([sys.executable, "-m", "sphinx", "-b", "html", ".", "_build"], folder, kit)


@pytest.fixture(scope="session")
def docs(kit, generator, tmp_path_factory):
    """The MkDocs site at /mkdocs/, the Sphinx site at /sphinx/ and a plain page at
    /plain.html, all on one origin; dist/ on the generator's."""
    work = tmp_path_factory.mktemp("docs-src")
    served = tmp_path_factory.mktemp("docs")
    built = build_mkdocs(work / "mkdocs", kit, generator.url)
    assert built.returncode == 0, built.stderr
    (work / "mkdocs" / "site").rename(served / "mkdocs")
    built = build_sphinx(work / "sphinx", kit, generator.url)
    assert built.returncode == 0 and "WARNING" not in built.stderr, built.stderr
    (work / "sphinx" / "_build").rename(served / "sphinx")
    (served / "plain.html").write_text(PLAIN_HTML.format(dist=generator.url, spacer="\n" * 400))
    (served / "listen.js").write_text(LISTEN_JS)
    (served / "languages.html").write_text(LANGUAGES_HTML.format(dist=generator.url))
    server = Site(served)
    server.root = served
    yield server
    server.stop()


def test_the_sites_carry_the_generator_as_written(docs, generator):
    """What the builds wrote: embed.js once per page, async, from the hosted dist/; the element
    with the block's options over the site's defaults; a fence inside another fence untouched."""
    mkdocs = (docs.root / "mkdocs" / "index.html").read_text()
    assert mkdocs.count(f'<script src="{generator.url}embed.js" async>') == 1
    assert ('<sshkeys-generator load="click" theme="auto" types="ed25519,rsa" notify comment="docs key" '
            'title="SSH key generator (MkDocs)"></sshkeys-generator>') in mkdocs
    assert mkdocs.count("<sshkeys-generator") == 1 and "types: dsa" in mkdocs
    sphinx = (docs.root / "sphinx" / "index.html").read_text()
    assert sphinx.count(f'<script async="async" src="{generator.url}embed.js"></script>') == 1
    assert ('<sshkeys-generator load="click" types="ed25519,rsa" notify comment="docs key" '
            'title="SSH key generator (Sphinx)"></sshkeys-generator>') in sphinx


# -- in every engine ------------------------------------------------------------------------------

def click_to_load(tab, generator, url, title):
    """The page with its box and nothing of the generator but embed.js; then the click."""
    since = len(generator.requests)
    tab.goto(url)
    tab.wait("() => !!document.querySelector('sshkeys-generator')?.shadowRoot?.querySelector('button')")
    box = tab.evaluate("""() => {
      const button = document.querySelector("sshkeys-generator").shadowRoot.querySelector("button");
      const about = button.getRootNode().getElementById(button.getAttribute("aria-describedby"));
      return { label: button.textContent, about: about.textContent,
               frames: document.querySelectorAll("iframe").length };
    }""")
    assert box == {"label": "Load the SSH key generator", "frames": 0,
                   "about": f"{title}: it runs in this browser, from {urlparse(generator.url).netloc}. "
                            "The key is made on this device and never leaves it."}
    assert generator.requests[since:] == ["/embed.js"]
    if tab.engine != "webkit":          # WebDriver classic does not report requests
        asked = [u for u in tab.requests() if u.startswith(generator.origin)]
        assert asked == [generator.url + "embed.js"], asked
    tab.click("sshkeys-generator")       # the middle of the box, which loads it as its button does
    tab.wait_for(FRAME, "attached")
    # The box is gone, and the keyboard carries on inside the generator.
    assert tab.evaluate("""() => [document.activeElement.localName,
      document.querySelector("sshkeys-generator").shadowRoot.querySelectorAll("button").length]""") == ["iframe", 0]
    tab.wait_for("#loading.done", "attached", frame=FRAME, timeout=READY_TIMEOUT)


def generate_copy_and_notify(tab, engine, docs, title, tmp_path, **defaults):
    src = urlparse(tab.attribute(FRAME, "src"))
    assert parse_qs(src.query) == {"embed": ["1"], "types": ["ed25519,rsa"], "comment": ["docs key"],
                                   "parent": [docs.origin], "notify": [docs.origin],
                                   **{name: [value] for name, value in defaults.items()}}
    assert tab.attribute(FRAME, "sandbox") == SANDBOX and tab.attribute(FRAME, "title") == title
    tab.click("#generate", frame=FRAME)
    tab.wait_for("#result:not([hidden])", frame=FRAME)
    line = tab.value("#public-key", frame=FRAME)
    assert line.startswith("ssh-ed25519 ") and line.endswith(" docs key")

    tab.click("#copy", frame=FRAME)
    tab.wait_for_text("#copy-status", "Copied", frame=FRAME)
    # WebKit: WebDriver cannot read its clipboard, nor can a page without a person's paste.
    if engine != "webkit":
        assert tab.evaluate("() => navigator.clipboard.readText()") == line

    assert tab.evaluate("() => window.events") == []
    tab.click("#use-key", frame=FRAME)
    tab.wait("() => window.events.length")
    assert tab.evaluate("() => window.events") == [{"tag": "sshkeys-generator", "detail": {"publicKey": line}}]
    public = tmp_path / "received.pub"
    public.write_text(line + "\n")
    assert referees.ssh_keygen_fingerprint(public).endswith(" docs key (ED25519)")


@pytest.fixture
def reader(browser):
    """A fresh tab; in Chromium one that may read the clipboard, as Firefox's tests may."""
    options = {"permissions": ["clipboard-read", "clipboard-write"]} if browser.name == "chromium" else {}
    tab = browser.tab(**options)
    yield tab
    tab.close()


def test_mkdocs_material_site(reader, engine, docs, generator, tmp_path):
    click_to_load(reader, generator, docs.url + "mkdocs/", "SSH key generator (MkDocs)")
    assert reader.evaluate("() => !!document.querySelector('.md-content sshkeys-generator')")
    generate_copy_and_notify(reader, engine, docs, "SSH key generator (MkDocs)", tmp_path, theme="auto")


def test_sphinx_site(reader, engine, docs, generator, tmp_path):
    click_to_load(reader, generator, docs.url + "sphinx/", "SSH key generator (Sphinx)")
    generate_copy_and_notify(reader, engine, docs, "SSH key generator (Sphinx)", tmp_path)


def test_plain_page_under_a_strict_policy_loads_when_visible(reader, engine, docs, generator):
    """style-src 'none', no inline script: the box is styled all the same (a constructed
    stylesheet), nothing is refused, and the generator below the fold loads once scrolled to,
    with its lang passed on."""
    since = len(generator.requests)
    reader.goto(docs.url + "plain.html")
    reader.wait("() => !!document.querySelector('#click')?.shadowRoot?.querySelector('button')")
    looks = reader.evaluate("""() => {
      const root = document.querySelector("#click").shadowRoot;
      const box = root.querySelector("[part=placeholder]");
      const style = getComputedStyle(box);
      return { border: style.borderTopWidth + " " + style.borderTopStyle, width: box.offsetWidth,
               host: document.querySelector("#click").offsetWidth, label: root.querySelector("button").textContent };
    }""")
    assert looks["border"] == "1px solid" and looks["width"] == looks["host"] > 300, looks
    assert looks["label"] == "Make an RSA key here"
    assert reader.evaluate("() => document.querySelectorAll('iframe').length") == 0
    assert generator.requests[since:] == ["/embed.js"]

    reader.evaluate("() => document.querySelector('#visible').scrollIntoView()")
    reader.wait_for("#visible iframe", "attached")
    frame = "#visible iframe"
    reader.wait_for("#loading.done", "attached", frame=frame, timeout=READY_TIMEOUT)
    query = parse_qs(urlparse(reader.attribute(frame, "src")).query)
    assert query["lang"] == ["de"] and query["notify"] == [docs.origin]
    assert reader.evaluate("() => document.querySelectorAll('iframe').length") == 1   # not the click one
    assert reader.evaluate("() => window.violations") == []


def embed_words(tag):
    """web/locales/<tag>/embed.ftl's messages (each one line: id = value)."""
    path = ROOT / "web" / "locales" / tag / "embed.ftl"
    return dict(line.split(" = ", 1) for line in path.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#"))


def test_the_box_speaks_its_own_or_the_pages_language(reader, docs, generator):
    """lang="de" and lang="ar" on the element, and <html lang="ja"> for one without: each box in
    its language (Arabic right to left, its placeables isolated), the author's own title and
    button text as written; still no iframe before a click."""
    reader.goto(docs.url + "languages.html")
    reader.wait("() => document.querySelectorAll('sshkeys-generator').length === 4 && "
                "[...document.querySelectorAll('sshkeys-generator')].every((e) => e.shadowRoot?.querySelector('button'))")
    boxes = reader.evaluate("""() => Object.fromEntries([...document.querySelectorAll("sshkeys-generator")].map((e) => {
      const box = e.shadowRoot.querySelector("[part=placeholder]");
      return [e.id, { about: box.querySelector(".about").textContent, button: box.querySelector("button").textContent,
                      lang: box.lang, dir: box.dir, direction: getComputedStyle(box).direction }];
    }))""")
    host = urlparse(generator.url).netloc

    def box(tag, title=None, button=None, isolate=lambda s: s):
        words = embed_words(tag)
        about = words["embed-about"].replace("{ $title }", isolate(title or words["embed-title"]))
        rtl = tag == "ar"
        return {"about": about.replace("{ $host }", isolate(host)), "button": button or words["embed-load"],
                "lang": tag, "dir": "rtl" if rtl else "ltr", "direction": "rtl" if rtl else "ltr"}

    assert boxes["de"] == box("de")
    assert "Schlüssel" in boxes["de"]["about"] and host in boxes["de"]["about"]
    assert boxes["de"]["button"] == "SSH-Schlüsselgenerator laden"
    assert boxes["ar"] == box("ar", isolate=lambda s: f"\u2068{s}\u2069")
    assert boxes["page"] == box("ja")
    assert boxes["page"]["button"] != embed_words("en")["embed-load"]
    assert boxes["own"] == box("de", title="Schlüssel für den Server", button="Jetzt laden")
    assert reader.evaluate("() => document.querySelectorAll('iframe').length") == 0


@pytest.mark.parametrize("engine", ["chromium"], scope="module")
def test_axe_finds_nothing_serious_in_the_box(browser, docs):
    """axe-core on the click-to-load box (bypass_csp only so that axe's own script can be added
    to the strict page)."""
    tab = browser.tab(bypass_csp=True)
    try:
        tab.goto(docs.url + "plain.html")
        tab.wait("() => !!document.querySelector('#click')?.shadowRoot?.querySelector('button')")
        tab.playwright.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
        result = tab.evaluate("() => axe.run(document.querySelector('#click'), {resultTypes: ['violations']})")
        serious = [(v["id"], v["help"]) for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == []
    finally:
        tab.close()


# -- the kits' refusals, without a browser --------------------------------------------------------

def test_a_generator_on_the_docs_own_origin_is_refused_unless_allowed(kit, tmp_path):
    reason = "any script of the documentation site can lift that sandbox"
    same = "https://docs.example.com/keys/"
    mkdocs = MKDOCS_YML.replace("site_name: Provider docs", "site_name: Provider docs\nsite_url: https://docs.example.com/")
    built = build_mkdocs(tmp_path / "m1", kit, same, config=mkdocs)
    assert built.returncode != 0 and reason in built.stderr and "same_origin: true" in built.stderr
    assert "Traceback" not in built.stderr
    built = build_mkdocs(tmp_path / "m2", kit, same, config=mkdocs.replace("defaults:", "same_origin: true\n      defaults:"))
    assert built.returncode == 0 and "WARNING -  sshkeys:" in built.stderr and reason in built.stderr
    built = build_mkdocs(tmp_path / "m3", kit, "/keys/")         # relative: the docs' own origin
    assert built.returncode != 0 and "a relative URL is on the documentation's own origin" in built.stderr

    sphinx = SPHINX_CONF + 'html_baseurl = "https://docs.example.com/"\n'
    built = build_sphinx(tmp_path / "s1", kit, same, conf=sphinx)
    assert "ERROR: sshkeys: " in built.stderr and reason in built.stderr
    assert "sshkeys_same_origin = True" in built.stderr and "Traceback" not in built.stderr
    html = (tmp_path / "s1" / "_build" / "index.html").read_text()
    assert "sshkeys-generator" not in html and "embed.js" not in html
    built = build_sphinx(tmp_path / "s2", kit, same, conf=sphinx + "sshkeys_same_origin = True\n")
    assert built.returncode == 0 and "WARNING: sshkeys:" in built.stderr and reason in built.stderr
    assert (tmp_path / "s2" / "_build" / "index.html").is_file()


def test_bad_options_are_named_in_one_sentence(kit, tmp_path):
    page = MKDOCS_PAGE.replace("types: ed25519, rsa", "typ: rsa")
    built = build_mkdocs(tmp_path / "m1", kit, "https://keys.example.com/", page=page)
    assert built.returncode != 0 and "Traceback" not in built.stderr
    assert ("sshkeys: index.md: ```ssh-keygen block 1: unknown option 'typ' (known: type, bits, types, "
            "comment, theme, ppk, notify, title, height, lang, load, label).") in built.stderr
    page = MKDOCS_PAGE + '\n<sshkeys-generator lang="not a tag"></sshkeys-generator>\n'
    built = build_mkdocs(tmp_path / "m2", kit, "https://keys.example.com/", page=page)
    assert built.returncode != 0 and ("sshkeys: index.md: <sshkeys-generator>: lang: 'not a tag' is not "
                                      "a language tag such as de, pt-BR or zh-Hans.") in built.stderr
    built = build_mkdocs(tmp_path / "m3", kit, "https://keys.example.com/embed.js")
    assert "names a file: give its folder, https://keys.example.com/" in built.stderr

    page = SPHINX_PAGE + "\n.. ssh-keygen::\n   :theme: purple\n"
    built = build_sphinx(tmp_path / "s1", kit, "https://keys.example.com/", page=page)
    assert "index.rst:12: ERROR: ssh-keygen: theme: 'purple' is not one of light, dark, auto." in built.stderr
    html = (tmp_path / "s1" / "_build" / "index.html").read_text()
    assert html.count("<sshkeys-generator") == 1             # the good one; the bad one left out
    built = build_sphinx(tmp_path / "s2", kit, "", conf=SPHINX_CONF.replace('sshkeys_url = "{dist}"\n', ""))
    assert ("ERROR: sshkeys: the URL of the hosted dist/ folder is required, such as "
            "https://keys.example.com/; no page gets the generator.") in built.stderr
    assert "sshkeys-generator" not in (tmp_path / "s2" / "_build" / "index.html").read_text()
