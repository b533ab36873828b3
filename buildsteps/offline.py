"""The one-file edition: the page, the worker and every file it loads in one HTML file."""

import base64
import re
from pathlib import Path

from .bundle import CATALOG_LOADER, esbuild
from .common import BuildError
from .page import CSP_META, STYLE, csp_hash, one
from .runtime import PYODIDE_FILES


# Its own policy: nothing but what the file holds (inline code by hash, the worker from a Blob,
# data: images) and no network at all.
OFFLINE_CSP = ("default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; worker-src blob:; "
               "style-src {styles}; img-src data:; connect-src 'none'; base-uri 'none'; "
               "form-action 'none'")
# What the worker needs, handed over base64 in <script type="application/octet-stream">.
OFFLINE_FILES = re.compile(r"worker\.js|rater\.js|manifest\.json|pyodide-lock\.json|.*\.whl|"
                           + "|".join(re.escape(name + ".gz") for name in PYODIDE_FILES))

APP_SCRIPT = re.compile(r'<script type="module" src="(?P<name>[^"]+)"[^>]*></script>\n')
ICON = re.compile(r'<link rel="icon" href="(?P<name>[^"]+)" type="(?P<type>[^"]+)">')
DROPPED = re.compile(r'<link rel="manifest"[^>]*>\n|<meta name="sshkeys-(?:worker|rater)"[^>]*>\n')
LOCAL_REFERENCE = re.compile(r'\b(?:src|href)="(?![#]|https?:|mailto:|data:)[^"]*"')


def offline_name(version: str) -> str:
    return f"sshkeys-{version}-offline.html"


def write_offline(out: Path, web: Path, version: str) -> Path:
    """index.html with its script (app.js bundled by esbuild as a classic script) and every
    file the worker loads inside it. Browsers give file:// pages no module scripts, module
    workers or fetch(): client.js starts the worker from a Blob and hands it the files, and
    worker.js answers Pyodide's requests from them."""
    html = (out / "index.html").read_text(encoding="utf-8")
    css = one(STYLE, html, "<style> elements")["css"]
    app = one(APP_SCRIPT, html, "module scripts")["name"]
    app_js = esbuild([str(web / app), "--bundle", "--format=iife", "--target=es2022", "--minify",
                      "--legal-comments=none", "--charset=utf8", "--log-level=warning",
                      "--log-override:empty-import-meta=silent", CATALOG_LOADER],
                     "esbuild (app.js, one-file edition)").stdout
    if "</script" in app_js.lower():
        raise BuildError("the bundled app.js holds '</script', which would end its inline script")
    icon = one(ICON, html, "icons")
    icon_data = base64.b64encode((out / icon["name"]).read_bytes()).decode()

    html = APP_SCRIPT.sub("", html)
    html = DROPPED.sub("", html)
    html = ICON.sub(lambda m: f'<link rel="icon" href="data:{m["type"]};base64,{icon_data}" '
                              f'type="{m["type"]}">', html)
    left = LOCAL_REFERENCE.findall(html)
    if left:
        raise BuildError(f"index.html refers to {', '.join(left)}, which the one-file edition "
                         f"does not hold")
    data = "".join(
        f'<script type="application/octet-stream" data-file="{name}">'
        f'{base64.b64encode((out / name).read_bytes()).decode()}</script>\n'
        for name in sorted(p.name for p in out.iterdir() if OFFLINE_FILES.fullmatch(p.name)))
    policy = OFFLINE_CSP.format(scripts=csp_hash(app_js), styles=csp_hash(css))
    html = CSP_META.sub(lambda m: f'<meta http-equiv="Content-Security-Policy" content="{policy}">', html)
    if html.count("</body>") != 1:
        raise BuildError("index.html needs exactly one </body>")
    html = html.replace("</body>", f"{data}<script>{app_js}</script>\n</body>")
    path = out / offline_name(version)
    path.write_text(html, encoding="utf-8", newline="")
    return path
