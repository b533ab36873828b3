"""The page in the reader's language (web/l10n.js, web/locales/<tag>/*.ftl): every language of
issue 22 is there, whole (every message and attribute English has, no other, the same
placeables), parses with Fluent's full parser and formats without an error; no sentence is
built in code; and in the browsers: the language menu, ?lang=, right-to-left, a long
pseudo-locale that must not clip or overflow, axe in every language, and a whole generate-
save-open walk in German, Japanese and Arabic in every engine."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import browsers
import referees
from page import ROOT
from sshkeys import i18n

LOCALES = ROOT / "web" / "locales"
INDEX = LOCALES / "index.js"          # the page's catalogs
EMBED = LOCALES / "embed.js"          # the click-to-load box's (web/embed.js, on a host page)
# Issue 22's languages: English and fourteen translations, one of them right to left.
CONTRACT = ["en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ru", "uk", "tr", "zh-CN", "ja",
            "ko", "ar"]
RTL = {"ar"}


def catalogs() -> dict[str, list[Path]]:
    """Each language's .ftl files, as web/locales/index.js and embed.js import them."""
    found: dict[str, list[Path]] = {}
    for index in (INDEX, EMBED):
        for tag, name in re.findall(r'^import \w+ from "\./([\w-]+)/([\w-]+\.ftl)";', index.read_text(), re.M):
            found.setdefault(tag, []).append(LOCALES / tag / name)
    return found


def messages(files: dict[Path, str]) -> dict:
    """tests/node/ftl_messages.mjs over the files (path -> language)."""
    out = subprocess.run(["node", str(ROOT / "tests" / "node" / "ftl_messages.mjs"),
                          *(f"{path}={lang}" for path, lang in files.items())],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    return {Path(k): v for k, v in json.loads(out.stdout).items()}


def test_every_language_of_the_contract_is_present():
    text = INDEX.read_text()
    found = catalogs()
    assert sorted(found) == sorted(CONTRACT)
    for tag in CONTRACT:
        assert re.search(rf'^\s+"?{re.escape(tag)}"?: \[', text, re.M), f"CATALOGS lacks {tag}"
        assert re.search(rf'^\s+"?{re.escape(tag)}"?: "[^"]+",', text, re.M), f"NAMES lacks {tag}"
        assert sorted(p.name for p in found[tag]) == sorted(p.name for p in found["en"]), tag
        assert sorted(p.name for p in found[tag]) == sorted(p.name for p in (LOCALES / tag).glob("*.ftl")), \
            f"{tag}: a .ftl file is not imported"
    assert set(re.search(r"RTL = new Set\(\[([^\]]*)\]\)", text)[1].replace('"', "").replace(" ", "").split(",")) >= RTL


def test_the_worker_speaks_every_language_of_the_page():
    for tag in CONTRACT[1:]:
        assert (i18n.LOCALE_DIR / tag.replace("-", "_") / "LC_MESSAGES" / "sshkeys.mo").is_file(), tag


@pytest.fixture(scope="module")
def parsed():
    files = {path: tag for tag, paths in catalogs().items() for path in paths}
    return messages(files)


def test_every_catalog_parses_and_formats(parsed):
    for path, found in parsed.items():
        assert found["junk"] == [], f"{path.relative_to(ROOT)}: Fluent cannot read {found['junk']}"
        assert found["errors"] == [], f"{path.relative_to(ROOT)}: {found['errors']}"


@pytest.mark.parametrize("tag", CONTRACT[1:])
def test_a_translation_is_whole(parsed, tag):
    """Every message and attribute of English, no other, and the same placeables: a
    translation that drops { $name } would hide the file's name."""
    for english in catalogs()["en"]:
        source = parsed[english]["messages"]
        translated = parsed[LOCALES / tag / english.name]["messages"]
        where = f"{tag}/{english.name}"
        assert sorted(source.keys() - translated.keys()) == [], f"{where} lacks these"
        assert sorted(translated.keys() - source.keys()) == [], f"{where} has these, English has not"
        for id_, message in source.items():
            assert translated[id_]["value"] == message["value"], f"{where} {id_}: value"
            assert translated[id_]["attributes"].keys() == message["attributes"].keys(), \
                f"{where} {id_}: attributes"
            assert translated[id_]["variables"] == message["variables"], f"{where} {id_}: placeables"
            for name, variables in message["attributes"].items():
                assert translated[id_]["attributes"][name] == variables, f"{where} {id_}.{name}"


def test_message_ids_are_unique_across_files(parsed):
    seen: dict[str, Path] = {}
    for english in catalogs()["en"]:
        for id_ in parsed[english]["messages"]:
            assert id_ not in seen, f"{id_} is in {seen[id_].name} and {english.name}"
            seen[id_] = english


def test_every_message_the_page_names_exists(parsed):
    """Every data-l10n-id in index.html and every t()/setMessage() id in web/ is an English
    message (a typo would show the id itself)."""
    known = {id_ for english in catalogs()["en"] for id_ in parsed[english]["messages"]}
    named = set(re.findall(r'data-l10n-id="([\w-]+)"', (ROOT / "web" / "index.html").read_text()))
    for script in (ROOT / "web").glob("*.js"):
        source = script.read_text()
        named |= set(re.findall(r'\bt\(\s*"([\w-]+)"', source))
        named |= set(re.findall(r'setMessage\([^,]+,\s*"([\w-]+)"', source))
        named |= set(re.findall(r'l10nId = "([\w-]+)"', source))
    assert sorted(named - known) == []


# -- In the browsers -------------------------------------------------------------------------

PASSPHRASE = "Ünïcode passphrase 鍵"
WALKS = ["de", "ja", "ar"]
WRONG = "Wrong passphrase for this OpenSSH private key."
PANELS = ["#tab-generate", "#tab-open", "#tab-check", "#tab-certs"]
OPEN_EVERY_FOLD = "() => document.querySelectorAll('details').forEach((d) => d.open = true)"


def translated(tag: str, message: str) -> str:
    """Python's message as the worker says it in that language."""
    try:
        i18n.set_language(tag)
        return i18n._(message)
    finally:
        i18n.set_language("en")


def language_of(tab) -> list:
    return tab.evaluate("() => [document.documentElement.lang, document.documentElement.dir]")


@pytest.mark.parametrize("lang", WALKS)
def test_generate_save_open_in_a_language(browser, site, lang, tmp_path):
    """A whole walk in the language: the page and the worker speak it, and the files are the
    same bytes a person gets in English (ssh-keygen reads them)."""
    with browsers.ready(browser, f"{site.url}?lang={lang}") as tab:
        assert language_of(tab) == [lang, "rtl" if lang in RTL else "ltr"]
        assert tab.text("#generate") != "Generate"
        line = tab.generate("ed25519", comment="walk@example.com", passphrase=PASSPHRASE)
        key = tab.download("button.download[data-format=openssh]", tmp_path)
        assert referees.ssh_keygen_public(key, PASSPHRASE) == line

        tab.click("#clear")
        tab.wait_for("#result", "hidden")
        tab.wait_ready()
        tab.click("#tab-open")
        tab.set_files("#key-file", key)
        tab.wait_for("#open-passphrase-row:not([hidden])")
        tab.fill("#open-passphrase", "not the passphrase")
        tab.click("#open")
        tab.wait_for("#open-error:not([hidden])")
        said = translated(lang.replace("-", "_"), WRONG)
        assert said != WRONG and said in tab.text("#open-error")
        tab.fill("#open-passphrase", PASSPHRASE)
        tab.click("#open")
        tab.wait_for("#result:not([hidden])")
        assert tab.value("#public-key") == line


def test_the_menu_switches_the_page_and_the_worker(tab):
    """The menu lists every language in its own name; a choice re-translates what is on
    screen without a reload, and nothing of it is stored."""
    options = tab.evaluate("""() => [...document.querySelectorAll('#language-menu option')]
                                      .map((o) => [o.value, o.lang, o.textContent])""")
    assert [o[0] for o in options] == [o[1] for o in options]
    assert sorted(o[0] for o in options) == sorted(CONTRACT)
    assert dict((o[0], o[2]) for o in options)["ja"] == "日本語"
    english = tab.text("#generate")
    try:
        tab.generate()
        tab.select("#language-menu", "de")
        tab.wait(f"() => document.getElementById('generate').textContent !== {json.dumps(english)}")
        assert language_of(tab) == ["de", "ltr"]
        assert tab.evaluate("() => localStorage.length + sessionStorage.length + document.cookie.length") == 0
        tab.select("#language-menu", "ar")
        tab.wait("() => document.documentElement.dir === 'rtl'")
    finally:
        tab.select("#language-menu", "en")
    tab.wait(f"() => document.getElementById('generate').textContent === {json.dumps(english)}")
    assert language_of(tab) == ["en", "ltr"]


def test_an_unknown_language_falls_back_to_english_with_a_note(chromium, site):
    notes = []
    tab = chromium.tab()
    try:
        tab.playwright.on("console", lambda m: notes.append(m.text))
        tab.goto(f"{site.url}?lang=tlh-Klingon")
        tab.wait_ready()
        assert language_of(tab) == ["en", "ltr"]
        assert any("tlh-Klingon" in note for note in notes), notes
    finally:
        tab.close()


DIRECTIONS = """(selectors) => Object.fromEntries(selectors.map((s) => {
  const el = document.querySelector(s);
  return [s, el && getComputedStyle(el).direction];
}))"""


def test_right_to_left_mirrors_the_page_but_not_the_key(chromium, site):
    """In Arabic the layout mirrors (the tabs start at the right), while the key, its
    fingerprint and the file names stay left to right."""
    with browsers.ready(chromium, f"{site.url}?lang=ar") as tab:
        tab.generate()
        tab.evaluate(OPEN_EVERY_FOLD)
        assert tab.evaluate(DIRECTIONS, ["body", "#tab-generate"]) == {"body": "rtl", "#tab-generate": "rtl"}
        kept = ["#public-key", "#fp-sha256"]
        assert set(tab.evaluate(DIRECTIONS, kept).values()) == {"ltr"}
        first, second = (tab.evaluate(f"() => document.querySelector('{s}').getBoundingClientRect().x")
                         for s in PANELS[:2])
        assert first > second, "the first tab is not at the right"


# Every visible control and text of the page must stay inside its box and the window.
OVERFLOWS = """() => {
  const found = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1)
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  for (const el of document.querySelectorAll(
      "button, label, summary, select, input, textarea, a, h1, h2, h3, p, li, legend, th, td")) {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || !el.checkVisibility()) continue;   // none, or visually hidden (1 px)
    const style = getComputedStyle(el);
    const name = el.id || el.dataset.l10nId || el.tagName + ":" + el.textContent.slice(0, 30);
    // Wholly outside on purpose (the skip link until it has focus); one pushed out entirely
    // would make the page scroll sideways, caught above.
    if (box.right <= 0 || box.left >= width) continue;
    if (box.right > width + 1 || box.left < -1) found.push(`${name} leaves the window`);
    // A field's own text scrolls inside it by design; anything else must not be cut off.
    else if (!el.matches("input, textarea, select") && ["hidden", "clip"].includes(style.overflowX)
             && el.scrollWidth > el.clientWidth + 1)
      found.push(`${name} is clipped`);
  }
  return found;
}"""


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory):
    """The page built with one more language, en-XA: English accented and 40 % longer."""
    import page
    root = tmp_path_factory.mktemp("pseudo")
    web = root / "web"
    shutil.copytree(ROOT / "web", web)
    (web / "locales" / "en-XA").mkdir()
    imports, names = [], []
    for n, english in enumerate(catalogs()["en"]):
        pseudo = subprocess.run(["node", str(ROOT / "tests" / "node" / "pseudo_locale.mjs"), str(english)],
                                capture_output=True, text=True, check=True, timeout=60).stdout
        (web / "locales" / "en-XA" / english.name).write_text(pseudo)
        imports.append(f'import xa{n} from "./en-XA/{english.name}";')
        names.append(f"xa{n}")
    with open(web / "locales" / "index.js", "a") as f:
        f.write("\n".join(imports) + f'\nCATALOGS["en-XA"] = [{", ".join(names)}];\n'
                'NAMES["en-XA"] = "Ƥšéûđö";\n')
    dist = root / "dist"
    result = subprocess.run([sys.executable, str(ROOT / "build.py"),
                             "--out", str(dist), "--web", str(web)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    server = page.Site(dist)
    yield server
    server.stop()


@pytest.mark.parametrize("width,height", [(360, 740), (1280, 800)])
def test_a_long_language_neither_clips_nor_overflows(chromium, pseudo_site, width, height):
    """The pseudo-locale on every panel, with a key shown and every fold open, at a phone's
    width and a laptop's: no control is cut off or pushed out of the window."""
    with browsers.ready(chromium, f"{pseudo_site.url}?lang=en-XA",
                        viewport={"width": width, "height": height}) as tab:
        assert language_of(tab) == ["en-XA", "ltr"]
        tab.generate()
        found = {}
        for panel in PANELS:
            tab.click(panel)
            tab.evaluate(OPEN_EVERY_FOLD)
            found[panel] = tab.evaluate(OVERFLOWS)
        assert found == {panel: [] for panel in PANELS}


def test_axe_in_every_language(chromium, site):
    """axe-core's serious and critical rules in each language, with a key shown and every fold
    open (lang attributes, names of controls, contrast of longer words)."""
    found = {}
    # bypass_csp only so that axe's script can be injected
    with browsers.ready(chromium, site.url, bypass_csp=True) as tab:
        for lang in CONTRACT:
            tab.goto(f"{site.url}?lang={lang}")
            tab.wait_ready()
            tab.generate()
            tab.evaluate(OPEN_EVERY_FOLD)
            found[lang] = browsers.serious_axe_violations(tab)
    assert found == {lang: [] for lang in CONTRACT}


# -- No sentence built in code ----------------------------------------------------------------

STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`(?:[^`\\]|\\.)*`')
# Words a person would read: three words in a row, or a capitalised word and another.
PROSE = re.compile(r"[A-Za-z][a-z']+,? [a-z][a-z']+ [a-z][a-z']+|^.[A-Z][a-z]+ [a-z]+")
# What may stay English, and why: (file, the literal's start).
ENGLISH_ON_PURPOSE = {
    # The reason Python could not start, for whoever runs the server: the page says in the
    # reader's language that it could not start (load-python-failed) and quotes it.
    ("worker.js", "`The one-file edition has no"), ("worker.js", "`${name} failed its integrity"),
    ("worker.js", "`Python could not start:"),
    # An error the page cannot cause (it asks for 4 to 12 words): a programmer's.
    ("worker.js", '"A passphrase has 4 to 12 words.'),
    # The embedding page author's console: warnings about the options they wrote.
    ("options.js", "`not one of"), ("options.js", "`${options.family} keys"),
    ("options.js", "`at most"), ("options.js", '"light, dark or auto'),
    ("options.js", '"only embed mode'), ("options.js", '"not a web origin'),
    # CSS of the click-to-load box, in embed.js's shadow root.
    ("embed.js", '".box {'),
}


CONSOLE = re.compile(r"console\.\w+\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)", re.S)


def test_no_sentence_is_written_in_code():
    """The page's scripts hold no words for a person outside the catalogs: every sentence is a
    message (t, setMessage, data-l10n-id); console lines and comments are for developers."""
    found = []
    for script in sorted((ROOT / "web").glob("*.js")):
        if script.name in ("engine.js", "sw.js"):      # no words for a person: primitives, caching
            continue
        source = CONSOLE.sub("console()", script.read_text())
        for n, line in enumerate(source.splitlines(), 1):
            code = re.sub(r"\s//\s.*$", "", line.strip())
            if code.startswith(("//", "*", "/*")):
                continue
            for literal in STRING.findall(code):
                if PROSE.search(literal) and not any(
                        script.name == name and literal.startswith(start)
                        for name, start in ENGLISH_ON_PURPOSE):
                    found.append(f"{script.name}:{n}: {literal[:70]}")
    assert found == []
