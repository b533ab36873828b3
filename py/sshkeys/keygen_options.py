"""ssh-keygen's certificate option languages: `-V` validity intervals (misc.c convtime and
parse_absolute_time) and `-O` certificate options, shared by the CLI and the page."""

import calendar
import datetime
import re
import time

from .certificate import DEFAULT_EXTENSIONS, FOREVER, PERMITS, STRING_OPTIONS, sorted_options
from .errors import CertificateError
from .wire import string
from .i18n import _


_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_INT_MAX = 2 ** 31 - 1


def _seconds(spec: str) -> int:
    """misc.c convtime: '1h30m', '52w', '90' -> seconds; -1 when invalid."""
    parts = re.findall(r"(\d+)([smhdwSMHDW]?)", spec)
    if not spec or "".join(n + u for n, u in parts) != spec:
        return -1
    if any(not u for _, u in parts[:-1]):
        return -1
    total = sum(int(n) * _UNITS[u.lower()] for n, u in parts)
    return total if total <= _INT_MAX else -1


def _absolute(spec: str) -> int | None:
    utc = False
    if len(spec) > 1 and spec[-1:].upper() == "Z":
        spec, utc = spec[:-1], True
    elif len(spec) > 3 and spec[-3:].upper() == "UTC":
        spec, utc = spec[:-3], True
    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    if len(spec) not in formats or not spec.isdigit():
        return None
    try:
        t = datetime.datetime.strptime(spec, formats[len(spec)]).timetuple()
    except ValueError:
        return None
    # ssh-keygen fills a zeroed struct tm: local time read as standard time (tm_isdst 0).
    value = calendar.timegm(t) if utc else int(time.mktime(t[:8] + (0,)))
    return value if value >= 0 else None


def parse_validity(spec: str, now: int | None = None) -> tuple:
    """ssh-keygen -V: '+52w', '-1d:+4w', '20250101:20260101', 'always:forever', '0x...'
    -> (valid_after, valid_before)."""
    now = int(time.time()) if now is None else now
    if spec.startswith("+") and ":" not in spec:
        secs = _seconds(spec[1:])
        if secs < 0:
            raise CertificateError(_("Invalid relative certificate life {spec}.").format(spec=spec))
        # Backdated a minute, as ssh-keygen does, for clocks a little behind.
        return (now - 59) // 60 * 60, now + secs
    start, sep, end = spec.partition(":")
    if not start or not end:
        raise CertificateError(_("Invalid certificate life specification {spec}.").format(spec=spec))
    after = _bound(start, now, "always", 0, "from")
    before = _bound(end, now, "forever", FOREVER, "to")
    if before <= after:
        raise CertificateError(_("Empty certificate validity interval."))
    return after, before


def _bound(text: str, now: int, word: str, word_value: int, which: str) -> int:
    if text[0] in "+-":
        secs = _seconds(text[1:])
        if secs < 0:
            raise CertificateError(_("Invalid relative certificate time {text}.").format(text=text))
        if text[0] == "-" and secs > now:
            raise CertificateError(_("Certificate time {text} cannot be represented.").format(text=text))
        return now + secs if text[0] == "+" else now - secs
    if text == word:
        return word_value
    if text.startswith("0x"):
        if not re.fullmatch(r"0x[0-9a-fA-F]{1,16}", text):
            raise CertificateError(_("Invalid certificate time: not a number."))
        return int(text, 16)
    value = _absolute(text)
    if value is None:
        raise CertificateError(_("Invalid {which} time \"{text}\".").format(which=which, text=text))
    return value


def parse_options(options, host: bool = False) -> tuple:
    """ssh-keygen -O for signing ('clear', 'no-pty', 'force-command=ls', 'extension:x@y=z',
    ...) -> (critical options, extensions), each ((name, data), ...) in lexical order."""
    permits = set() if host else set(DEFAULT_EXTENSIONS)
    flags, critical, extensions = set(), {}, {}
    for opt in options:
        low = opt.lower()
        if low == "clear":          # every flag: the permits and both FIDO ones
            permits.clear()
            flags.discard("no-touch-required")
            critical.pop("verify-required", None)
        elif low.startswith("no-") and low[3:] in PERMITS:
            permits.discard(PERMITS[low[3:]])
        elif low.startswith("permit-") and low[7:] in PERMITS:
            permits.add(PERMITS[low[7:]])
        elif low in ("no-touch-required", "touch-required"):
            (flags.add if low == "no-touch-required" else flags.discard)("no-touch-required")
        elif low in ("verify-required", "no-verify-required"):
            (critical.__setitem__("verify-required", b"") if low == "verify-required"
             else critical.pop("verify-required", None))
        elif "=" in low and low.split("=", 1)[0] in STRING_OPTIONS:
            name, value = low.split("=", 1)[0], opt.split("=", 1)[1]
            if not value:
                raise CertificateError(_("Empty {name} option.").format(name=name))
            if name in critical:
                raise CertificateError(_("{name} already specified.").format(name=name))
            if name == "source-address":
                _check_cidr_list(value)
            critical[name] = string(value)
        elif low.startswith(("extension:", "critical:")):
            name, sep, value = opt.split(":", 1)[1].partition("=")
            if not name:
                raise CertificateError(_("Unsupported certificate option \"{opt}\".").format(opt=opt))
            target = critical if low.startswith("critical:") else extensions
            target[name] = string(value) if sep else b""
        else:
            raise CertificateError(_("Unsupported certificate option \"{opt}\".").format(opt=opt))
    extensions.update({name: b"" for name in permits | flags})
    return sorted_options(critical.items()), sorted_options(extensions.items())


def _check_cidr_list(value: str) -> None:
    import ipaddress        # only here: most certificates have no source-address
    for item in value.split(","):
        try:
            ipaddress.ip_network(item, strict=True)
        except ValueError:
            raise CertificateError(_("Invalid source-address list.")) from None
