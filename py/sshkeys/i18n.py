"""Python's messages in the reader's language: GNU gettext catalogs.

A message that can reach a person is marked `_("...")`; Babel extracts the marks into
locale/sshkeys.pot, translators write locale/<ll_CC>/LC_MESSAGES/sshkeys.po, and the wheel
carries the compiled .mo. Placeholders are named and filled after translation, so that a
language may move them: `_("{name} is not a key file.").format(name=name)`. Only the page's
session chooses a language: the command lines stay English, as ssh-keygen's scripts parse them.
"""

import gettext
from pathlib import Path

DOMAIN = "sshkeys"
LOCALE_DIR = Path(__file__).parent / "locale"
ENGLISH = "en"

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = ENGLISH


def set_language(tag: str) -> str:
    """Use the catalog of `tag` (a BCP 47 tag: "de", "pt-BR", "zh-CN"), else English. Returns
    the language now used."""
    global _translation, _language
    if not isinstance(tag, str) or tag.lower() in ("", ENGLISH) or tag.lower().startswith("en-"):
        _translation, _language = gettext.NullTranslations(), ENGLISH
        return _language
    locale = tag.replace("-", "_")
    try:
        _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=[locale])
        _language = tag
    except OSError:           # no catalog for it: English
        _translation, _language = gettext.NullTranslations(), ENGLISH
    return _language


def language() -> str:
    return _language


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; `_()` translates it where shown."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """N_() for a message with a plural: `ngettext(*message, n)` translates it where shown."""
    return singular, plural
