"""Python's message catalogs (sshkeys/i18n.py, buildsteps/catalogs.py): the template is what
the sources mark, every language's .po has its messages with the same placeholders and
compiles to the committed .mo, the wheel carries the .mo files, the page's session speaks the
language it is told, and the command lines stay English whatever the environment says."""

import ast
import asyncio
import io
import os
import string
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from buildsteps import catalogs
from sshkeys import i18n, operations
from sshkeys.errors import FormatError
from sshkeys.session import Session

ROOT = Path(__file__).resolve().parent.parent
GARBAGE = b"this is not a key\n"


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def _messages(po: bytes, language: str | None = None) -> dict:
    """{msgid (a str, or a (singular, plural) tuple): message} without the header."""
    catalog = read_po(io.BytesIO(po), locale=language)
    return {m.id: m for m in catalog if m.id}


def _fields(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _texts(value) -> list:
    return [v for v in (value if isinstance(value, (tuple, list)) else (value,)) if v]


TEMPLATE = catalogs.TEMPLATE.read_bytes()


def test_template_is_current():
    """buildsteps/catalogs.py extract gives the committed .pot: no mark added, changed or
    removed without it."""
    made, committed = _messages(catalogs.template()), _messages(TEMPLATE)
    assert sorted(map(str, made.keys() - committed.keys())) == [], "run: python -m buildsteps.catalogs all"
    assert sorted(map(str, committed.keys() - made.keys())) == [], "run: python -m buildsteps.catalogs all"
    assert catalogs.template() == TEMPLATE


def test_placeholders_are_named():
    """Translators may move a placeholder only if it has a name: no {} or {0}."""
    for msgid in _messages(TEMPLATE):
        for text in _texts(msgid):
            for name in _fields(text):
                assert name.isidentifier(), f"{text!r} has the placeholder {{{name}}}"


def test_no_formatted_string_is_marked():
    """_(f"...") would look up the filled-in sentence, which no catalog holds."""
    marks = {"_", "N_", "ngettext", "N_plural"}
    for path in (ROOT / "py" / "sshkeys").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in marks):
                assert not any(isinstance(a, ast.JoinedStr) for a in node.args), \
                    f"{path.name}:{node.lineno} marks an f-string"


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_catalog_matches_template(language):
    """The .po has exactly the template's messages, its Plural-Forms, a translation that keeps
    every placeholder, and compiles to exactly the committed .mo."""
    path = catalogs.po_path(language)
    po = path.read_bytes()
    assert po == catalogs.updated(language, TEMPLATE), "run: python -m buildsteps.catalogs all"
    messages, template = _messages(po, language), _messages(TEMPLATE)
    assert messages.keys() == template.keys()
    catalog = read_po(io.BytesIO(po), locale=language)
    assert dict(catalog.mime_headers)["Plural-Forms"] == catalogs.PLURAL_FORMS[language]
    for msgid, message in messages.items():
        wanted = set().union(*map(_fields, _texts(msgid)))
        if isinstance(msgid, tuple):
            assert len(message.string) == catalog.num_plurals, msgid
        for text in _texts(message.string):
            assert _fields(text) == wanted, f"{language}: {text!r} for {msgid!r}"
    assert path.with_suffix(".mo").read_bytes() == catalogs.compiled(po, language)


def test_every_catalog_is_whole():
    """Every message of every language translated, none fuzzy. Fails until the translators
    have finished: the list says what is left, by language."""
    left = {}
    for language in catalogs.LANGUAGES:
        messages = _messages(catalogs.po_path(language).read_bytes(), language)
        todo = [m.id for m in messages.values()
                if m.fuzzy or not all(_texts(m.string)) or not _texts(m.string)]
        if todo:
            left[language] = len(todo)
    assert left == {}, f"messages left to translate, by language: {left}"


def test_plural_forms_parse():
    """Each Plural-Forms expression picks a form in range for the numbers that matter."""
    import gettext
    for language, forms in catalogs.PLURAL_FORMS.items():
        n = int(forms.split("nplurals=")[1].split(";")[0])
        pick = gettext.c2py(forms.split("plural=")[1].rstrip(";"))
        assert {pick(k) for k in range(0, 1000)} == set(range(n)), language


def _german(msgid: str) -> str:
    found = _messages(catalogs.po_path("de").read_bytes(), "de").get(msgid)
    if found is None or not found.string or found.fuzzy:
        pytest.skip(f"the German catalog does not translate {msgid!r} yet")
    return found.string


def _not_a_key_file() -> str:
    return _german(
        "This is not a key file in any format we know (OpenSSH, PuTTY .ppk, PEM, PKCS#8, "
        "RFC 4716, an OpenSSH public key or certificate).")


def test_an_error_in_german():
    german = _not_a_key_file()
    assert i18n.set_language("de") == "de"
    with pytest.raises(FormatError) as e:
        asyncio.run(operations.read_file(GARBAGE))
    assert str(e.value) == german
    assert i18n.set_language("en") == "en"
    with pytest.raises(FormatError) as e:
        asyncio.run(operations.read_file(GARBAGE))
    assert str(e.value).startswith("This is not a key file in any format we know")


def test_session_speaks_the_language_it_is_told():
    session = Session()
    ask = lambda **m: asyncio.run(session.handle(m))  # noqa: E731
    assert ask(op="set_language", lang="de") == {"ok": True, "lang": "de"}
    assert ask(op="set_language", lang="de-AT") == {"ok": True, "lang": "de-AT"}
    assert ask(op="set_language", lang="pt-BR") == {"ok": True, "lang": "pt-BR"}
    assert ask(op="set_language", lang="zh-CN") == {"ok": True, "lang": "zh-CN"}
    # No catalog: English, said so.
    assert ask(op="set_language", lang="xx") == {"ok": True, "lang": "en"}
    assert ask(op="set_language", lang="en-GB") == {"ok": True, "lang": "en"}
    assert ask(op="set_language", lang="") == {"ok": True, "lang": "en"}
    english = ask(op="load", data=GARBAGE)["error"]["message"]
    assert english.startswith("This is not a key file in any format we know")
    german = _not_a_key_file()
    ask(op="set_language", lang="de")
    assert ask(op="load", data=GARBAGE) == {
        "ok": False, "error": {"type": "FormatError", "message": german}}


def _cli(module: str, args: list, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "py"), **env}, timeout=120)


@pytest.mark.parametrize("module,args", [
    ("sshkeys.keygen", ["-l", "-f", "{garbage}"]),
    ("sshkeys.keygen", ["-y", "-f", "{garbage}"]),
    ("sshkeys", ["{garbage}", "-l"]),
])
def test_command_lines_stay_english(tmp_path, module, args):
    """ssh-keygen's scripts parse its words: LANG and LANGUAGE change nothing."""
    _not_a_key_file()        # only a test while German has words to leak
    garbage = tmp_path / "garbage"
    garbage.write_bytes(GARBAGE)
    args = [a.format(garbage=garbage) for a in args]
    plain = _cli(module, args, {"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": ""})
    german = _cli(module, args, {"LANG": "de_DE.UTF-8", "LANGUAGE": "de", "LC_ALL": "",
                                 "LC_MESSAGES": "de_DE.UTF-8"})
    assert plain.returncode != 0 and plain.stderr + plain.stdout
    assert (german.returncode, german.stdout, german.stderr) == \
        (plain.returncode, plain.stdout, plain.stderr)


def test_wheel_carries_the_catalogs(tmp_path):
    """The wheel the page's worker installs holds every .mo, and gettext finds them there."""
    import build
    wheel = build.build_wheel(build.project_metadata(), tmp_path)
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for language in catalogs.LANGUAGES:
            name = f"sshkeys/locale/{language}/LC_MESSAGES/sshkeys.mo"
            assert name in names
            assert zf.read(name) == catalogs.po_path(language).with_suffix(".mo").read_bytes()
        assert not any(n.endswith((".po", ".pot")) for n in names)
        zf.extractall(tmp_path / "site")
    run = subprocess.run(
        [sys.executable, "-c", "import sshkeys.i18n as i; print(i.LOCALE_DIR); "
         "print(i.set_language('de'), i.set_language('ar'), i.set_language('xx'))"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")})
    assert run.returncode == 0, run.stderr
    where, langs = run.stdout.splitlines()
    assert where.startswith(str(tmp_path / "site"))
    assert langs == "de ar en"


def test_pyodide_speaks_german(built_dist):
    """The wheel of dist/ under Pyodide (Node.js, as the page's worker runs it) finds its
    catalogs: a session told "de" answers in German."""
    from node_host import PyodideHost
    german = _not_a_key_file()
    host = PyodideHost(built_dist)
    try:
        answer = host.run(
            "from sshkeys.session import Session\n"
            "s = Session()\n"
            "said = await s.handle({'op': 'set_language', 'lang': 'de'})\n"
            "failed = await s.handle({'op': 'load', 'data': b'this is not a key\\n'})\n"
            "[said['lang'], failed['error']['message']]")
    finally:
        host.close()
    assert answer == ["de", german]
