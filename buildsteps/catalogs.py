"""Python's message catalogs (GNU gettext, through Babel): the template, each language's .po
and the .mo the package loads (sshkeys/i18n.py).

    python -m buildsteps.catalogs extract   # py/sshkeys -> py/sshkeys/locale/sshkeys.pot
    python -m buildsteps.catalogs update    # the .pot's messages into every .po (made if missing)
    python -m buildsteps.catalogs compile   # every .po -> its .mo, beside it
    python -m buildsteps.catalogs all       # the three, in that order

After changing a marked message: `all`, then commit the .pot, the .po and the .mo files. The
files depend only on the sources and on Babel's version (pinned in requirements/test.txt): no
dates or line numbers that change when nothing else did, messages sorted by msgid, so that
tests/test_i18n.py can rebuild each and compare.
"""

import datetime
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "py" / "sshkeys"
LOCALE = PACKAGE / "locale"
DOMAIN = "sshkeys"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"

# gettext folder names (docs: L10N contract). Plural-Forms as GNU gettext's manual gives them
# (what translators' tools expect), not Babel's CLDR-derived ones, which vary by Babel release.
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt_BR": "nplurals=2; plural=(n > 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "pl": "nplurals=3; plural=(n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && "
          "(n % 100 < 10 || n % 100 >= 20) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && "
          "(n % 100 < 10 || n % 100 >= 20) ? 1 : 2);",
    "uk": "nplurals=3; plural=(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && "
          "(n % 100 < 10 || n % 100 >= 20) ? 1 : 2);",
    "tr": "nplurals=2; plural=(n != 1);",
    "zh_CN": "nplurals=1; plural=0;",
    "ja": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
    "ar": "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && "
          "n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);",
}
LANGUAGES = tuple(PLURAL_FORMS)

# The marks of sshkeys/i18n.py: _ and N_ take a message, ngettext and N_plural a singular and
# a plural. "# TRANSLATORS:" comments above a mark go to the translators.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "N_plural": (1, 2)}
COMMENT_TAG = "TRANSLATORS:"
# Fixed, so that the header changes only when a message does.
DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
HEADER = "# Messages of sshkeys (py/sshkeys) that can reach a person through the page.\n" \
         "# Made by buildsteps/catalogs.py; see there.\n"


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _catalog(**kw) -> Catalog:
    return Catalog(project=DOMAIN, version="1", header_comment=HEADER, creation_date=DATE,
                   revision_date=DATE, msgid_bugs_address="", fuzzy=False,
                   last_translator="", language_team="", **kw)


def _write(catalog: Catalog, **kw) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, sort_output=True, **kw)
    return out.getvalue()


def template() -> bytes:
    """The .pot of the package's marks, as extract writes it."""
    catalog = _catalog()
    found = extract_from_dir(PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS,
                             comment_tags=(COMMENT_TAG,), strip_comment_tags=True)
    for filename, lineno, message, comments, context in found:
        catalog.add(message, None, [(f"sshkeys/{filename}", lineno)], auto_comments=comments,
                    context=context)
    return _write(catalog)


def updated(language: str, pot: bytes) -> bytes:
    """The .po of `language` with exactly the template's messages: its translations kept,
    new messages empty, changed ones fuzzy, gone ones dropped."""
    path = po_path(language)
    if path.exists():
        with open(path, "rb") as f:
            catalog = read_po(f, locale=language)
    else:
        catalog = _catalog(locale=language)
    catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[language])]
    catalog.creation_date = DATE
    catalog.fuzzy = False
    catalog.update(read_po(io.BytesIO(pot)), update_header_comment=False)
    catalog.obsolete.clear()
    return _write(catalog, ignore_obsolete=True)


def compiled(po: bytes, language: str) -> bytes:
    """The .mo of a .po: translated messages only (fuzzy and empty ones stay English)."""
    out = io.BytesIO()
    write_mo(out, read_po(io.BytesIO(po), locale=language), use_fuzzy=False)
    return out.getvalue()


def extract() -> None:
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(template())


def update() -> None:
    pot = TEMPLATE.read_bytes()
    for language in LANGUAGES:
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(updated(language, pot))


def compile_all() -> None:
    for language in LANGUAGES:
        path = po_path(language)
        path.with_suffix(".mo").write_bytes(compiled(path.read_bytes(), language))


def main(argv: list[str]) -> int:
    steps = {"extract": [extract], "update": [update], "compile": [compile_all],
             "all": [extract, update, compile_all]}
    if len(argv) != 1 or argv[0] not in steps:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    for step in steps[argv[0]]:
        step()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
