"""The page: web/ copied, its stylesheet inlined, integrity on its scripts."""

import base64
import hashlib
import re
import shutil
from pathlib import Path

from .common import BuildError


def copy_web(web: Path, out: Path, reserved: set[str], bundled: set[str]) -> None:
    """The web folder's files as they are, but those inside a bundle."""
    for path in sorted(web.rglob("*")):
        relative = path.relative_to(web)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_dir() or relative.as_posix() in bundled:
            continue
        if relative.as_posix() in reserved:
            raise BuildError(f"{path} has the name of a file build.py writes: rename it")
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out / relative)


# A <script src="..."> or <link rel="stylesheet" href="..."> naming a file of this folder.
SRI_TAG = re.compile(r'<(?:script\b[^>]*?\bsrc|link\b(?=[^>]*\brel="stylesheet")'
                     r'[^>]*?\bhref)="(?P<name>[^"/:?#]+)"[^>]*>')
# The workers' scripts (the key worker, the passphrase rater), which client.js fetches with the
# integrity build.py adds to the content ("worker.js sha384-..."). Not preload links: Chromium
# ignores integrity on those, and Firefox fetched the script twice.
WORKER_META = re.compile(r'<meta name="(?P<role>sshkeys-(?:worker|rater))" content="(?P<name>[^" /:?#]+)">')


def sri(path: Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


def add_integrity(out: Path, page: str = "index.html") -> None:
    """integrity="sha384-..." on the page's own scripts and stylesheets, and the workers'
    sha384 beside their names, so that a file changed after the build (on the server, in a
    cache) is refused by the browser. The
    manifest is written afterwards, so it holds the rewritten page's hash."""
    path = out / page
    html = path.read_text(encoding="utf-8")

    def tag(m: re.Match) -> str:
        target = out / m.group("name")
        if "integrity=" in m.group(0) or not target.is_file():
            return m.group(0)
        return m.group(0)[:-1] + f' integrity="{sri(target)}">'

    def worker(m: re.Match) -> str:
        target = out / m.group("name")
        if not target.is_file():
            raise BuildError(f"{page} names {m['name']} as its {m['role']}, and there is no such file")
        return f'<meta name="{m["role"]}" content="{m["name"]} {sri(target)}">'
    html = WORKER_META.sub(worker, SRI_TAG.sub(tag, html))
    path.write_text(html, encoding="utf-8", newline="")


STYLE = re.compile(r"<style>(?P<css>.*?)</style>", re.S)


def inline_stylesheet(out: Path, page: str = "index.html") -> None:
    """The page's stylesheet inside it: it holds back the first paint, and here the request
    for it cost ~50 ms of the ~165 ms to that paint (bench/page.py). The policy then allows
    exactly that <style>, by its sha256, instead of 'self'."""
    path = out / page
    html = path.read_text(encoding="utf-8")
    link = one(STYLESHEET, html, "stylesheets")
    css = (out / link["name"]).read_text(encoding="utf-8")
    if "</style" in css.lower():
        raise BuildError(f"{link['name']} holds '</style', which would end its inline copy")
    policy = one(CSP_META, html, "Content-Security-Policy meta tags")[0]
    if policy.count("style-src 'self'") != 1:
        raise BuildError(f"{page}'s policy needs exactly one \"style-src 'self'\" to replace")
    html = html.replace(policy, policy.replace("style-src 'self'", f"style-src {csp_hash(css)}"))
    html = html.replace(link[0], f"<style>{css}</style>")
    path.write_text(html, encoding="utf-8", newline="")
    (out / link["name"]).unlink()


CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')
STYLESHEET = re.compile(r'<link rel="stylesheet" href="(?P<name>[^"]+)"[^>]*>')


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def one(pattern: re.Pattern, html: str, what: str) -> re.Match:
    found = list(pattern.finditer(html))
    if len(found) != 1:
        raise BuildError(f"index.html has {len(found)} {what}: build.py needs exactly one")
    return found[0]
