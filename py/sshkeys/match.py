"""OpenSSH's patterns (ssh_config(5) PATTERNS): `*` and `?` wildcards, comma-separated lists
where a `!`-negated match vetoes the whole list."""

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def _compile(pattern: str):
    return re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c)
                              for c in pattern), re.DOTALL)


def match(text: str, pattern: str) -> bool:
    return _compile(pattern).fullmatch(text) is not None


def match_list(text: str, patterns: str, lower: bool = False) -> int:
    """1 if a pattern matches, -1 if a negated one does (that wins), 0 if none does."""
    if lower:           # match_hostname: the name and the patterns, lowercased
        text, patterns = text.lower(), patterns.lower()
    found = 0
    for pattern in patterns.split(","):
        negated = pattern.startswith("!")
        if negated:
            pattern = pattern[1:]
        if match(text, pattern):
            if negated:
                return -1
            found = 1
    return found
