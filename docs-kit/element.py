"""The <sshkeys-generator> element as the docs kit writes it: its options, each checked when the
documentation is built, and the hosted dist/ folder it comes from, checked against the
documentation's own origin. web/embed.js defines the element; the generator's page checks every
value again (web/options.js).

One file, shared by sshkeys-mkdocs and sshkeys-sphinx (each package holds a link to it)."""

import html
import re
from urllib.parse import urlsplit

ELEMENT = "sshkeys-generator"
FAMILIES = ("ed25519", "rsa", "ecdsa", "dsa", "ed448", "mldsa44-ed25519")
YES, NO = {"", "true", "yes", "on", "1"}, {"false", "no", "off", "0"}
# web/embed.js's pattern: language[-script][-region][-variant...].
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*",
                          re.I)
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SECURITY = ("its iframe needs allow-same-origin to run Python, and in a page of the same origin "
            "any script of the documentation site can lift that sandbox and read the keys it makes "
            "(SECURITY.md, 'What a host should send')")


class OptionError(ValueError):
    """A bad option of the generator, or a bad dist/ URL: the message is one sentence."""


def _one_of(*choices):
    def check(value):
        if value.lower() not in choices:
            raise ValueError(f"one of {', '.join(choices)}")
        return value.lower()
    return check


def _types(value):
    names = [name for name in re.split(r"[\s,]+", value.lower()) if name]
    unknown = [name for name in names if name not in FAMILIES]
    if not names or unknown:
        raise ValueError(f"key types among {', '.join(FAMILIES)}")
    return ",".join(names)


def _pattern(regex, what):
    def check(value):
        if not re.fullmatch(regex, value):
            raise ValueError(what)
        return value
    return check


def _comment(value):
    if len(value.encode()) > 1024 or CONTROL.search(value):
        raise ValueError("at most 1024 bytes and no control characters")
    return value


def _text(value):
    if CONTROL.search(value):
        raise ValueError("text without control characters")
    return value


def _flag(value):
    if value.lower() in YES:
        return ""
    if value.lower() in NO:
        return None
    raise ValueError("true or false")


# name -> check(text) -> the attribute's value ("" for a bare attribute, None to leave it out).
# label is the element's text: the click-to-load button's label.
OPTIONS = {
    "type": _one_of(*FAMILIES),
    "bits": _pattern(r"\d{3,5}", "a key size in bits, such as 4096"),
    "types": _types,
    "comment": _comment,
    "theme": _one_of("light", "dark", "auto"),
    "ppk": _one_of("2", "3"),
    "notify": _flag,
    "title": _text,
    "height": _pattern(r"\d{2,4}", "a height in px, such as 640"),
    "lang": _pattern(LANGUAGE_TAG, "a language tag such as de, pt-BR or zh-Hans"),
    "load": _one_of("eager", "visible", "click"),
    "label": _text,
}


def check(options: dict) -> dict:
    """The options ({name: text}) as the element's attributes; OptionError names the first bad one."""
    checked = {}
    for name, value in options.items():
        if name not in OPTIONS:
            raise OptionError(f"unknown option {name!r} (known: {', '.join(OPTIONS)})")
        value = "" if value is None else str(value).strip()
        try:
            checked[name] = OPTIONS[name](value)
        except ValueError as e:
            raise OptionError(f"{name}: {value!r} is not {e}") from None
    return checked


def start_tag(attributes: dict) -> str:
    """<sshkeys-generator ...> with checked attributes (a value None is left out)."""
    parts = [ELEMENT] + [name if value == "" else f'{name}="{html.escape(value)}"'
                         for name, value in attributes.items() if value is not None]
    return f"<{' '.join(parts)}>"


def element(options: dict, defaults: dict | None = None) -> str:
    """The HTML of one generator: the options over the defaults, checked. The label is the
    element's text."""
    attributes = check({**(defaults or {}), **options})
    label = attributes.pop("label", None) or ""
    return f"{start_tag(attributes)}{html.escape(label)}</{ELEMENT}>"


def _origin(parts) -> tuple:
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


def dist_url(url: str, docs_url: str | None, same_origin: bool, option: str) -> tuple[str, list[str]]:
    """The hosted dist/ folder's URL, ending in "/", and the warnings for it.

    docs_url: where the documentation itself is published (MkDocs' site_url, Sphinx's
    html_baseurl), when known. A URL of the documentation's own origin (a relative one always
    is) is refused unless same_origin, and then warned about; option: how the author sets it."""
    if not url or not isinstance(url, str):
        raise OptionError("the URL of the hosted dist/ folder is required, "
                          "such as https://keys.example.com/")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https", "") or parts.query or parts.fragment or parts.username:
        raise OptionError(f"{url!r} is not the http(s) URL of a folder, such as https://keys.example.com/")
    path = parts.path
    if path.endswith(("/embed.js", "/index.html")):
        raise OptionError(f"{url!r} names a file: give its folder, {url.rsplit('/', 1)[0]}/")
    url = parts._replace(path=path if path.endswith("/") else path + "/").geturl()
    warnings = []
    docs = urlsplit(docs_url) if docs_url else None
    if not parts.netloc:
        same = True
        where = "a relative URL is on the documentation's own origin"
    else:
        if not parts.scheme:
            parts = parts._replace(scheme=docs.scheme if docs else "https")
        same = bool(docs and docs.netloc and _origin(parts) == _origin(docs))
        where = f"{url} is on the documentation's own origin ({docs_url})"
        if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
            warnings.append(f"{url} is plain http: anyone on the way can change the generator's code; "
                            "serve it over https")
    if same:
        if not same_origin:
            raise OptionError(f"{where}: serve dist/ on an origin of its own, since {SECURITY}; "
                              f"to put it there all the same, set {option}")
        warnings.append(f"{where}, as {option} allows; {SECURITY}")
    return url, warnings


def script(url: str) -> str:
    """embed.js of the dist/ folder at url (as dist_url returns it)."""
    return url + "embed.js"
