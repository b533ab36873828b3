"""The bundles: the worker (web/worker.js, engine.js and Pyodide's loader as one classic
script), the passphrase rater it starts (web/rater.js with zxcvbn-ts, another classic script),
the page's script (web/app.js and the modules it imports as one module) and the documentation
pages' script (web/embed.js with its catalogs and Fluent, one classic script)."""

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from .common import ROOT, BuildError, run
from .notices import NOTICE_SOURCES


WORKER_SOURCE = "worker.js"   # in the web folder: the bundle's entry point
RATER_SOURCE = "rater.js"     # in the web folder: zxcvbn-ts's worker, a bundle of its own
APP_SOURCE = "app.js"         # in the web folder: the page's script, bundled with its imports
EMBED_SOURCE = "embed.js"     # in the web folder: the documentation pages' script, bundled too
ENGINE_SOURCE = "engine.js"   # in the web folder: bundled into the worker
ESBUILD_FLAGS = [
    "--bundle", "--format=iife",
    # "browser" platform so that esbuild honours tweetnacl's `"browser": {"crypto": false}`:
    # its require("crypto") (randomness for nacl.randomBytes, which we never call) becomes an
    # empty module.
    "--platform=browser", "--main-fields=browser,module,main",
    # Pyodide's loader imports these only when it runs under Node.js.
    "--external:node:*", "--external:ws",
    # Its import.meta.url only supplies defaults the worker passes explicitly.
    "--log-override:empty-import-meta=silent",
    "--target=es2022", "--minify", "--legal-comments=none", "--charset=utf8",
    "--log-level=warning",
]
NODE_ONLY_IMPORTS = re.compile(r"node:.*|ws")
# Runs before the bundle. Pyodide's loader refuses classic workers, where it would fetch its
# runtime glue with importScripts(), and it tells them apart by calling importScripts. The
# glue is inside the bundle (createPyodideModule), so nothing in the worker needs it.
WORKER_PRELUDE = "self.importScripts = undefined;"


def esbuild(args: list[str], what: str):
    """Our pinned esbuild, run from the repo. NODE_PATH lets a web folder outside the repo (a
    test's copy, `build.py --web`) resolve the packages of our node_modules."""
    binary = shutil.which("esbuild", path=str(ROOT / "node_modules" / ".bin"))
    if binary is None:
        raise BuildError("node_modules/.bin/esbuild is missing: run npm ci")
    env = dict(os.environ, NODE_PATH=str(ROOT / "node_modules"))
    return run([binary, *args], what, cwd=ROOT, env=env)


def esbuild_script(web: Path, source: str, target: Path, flags=()) -> None:
    """One classic script of web/<source> and all it imports; only the Node.js branches of
    Pyodide's loader may import anything at run time, and every package inside it must have
    its licence in THIRD-PARTY-NOTICES."""
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "meta.json"
        esbuild([str(web / source), *ESBUILD_FLAGS, *flags, f"--outfile={target}",
                 f"--metafile={meta}"], f"esbuild ({source})")
        metadata = json.loads(meta.read_text(encoding="utf-8"))
    outputs = metadata["outputs"].values()
    left = sorted({i["path"] for o in outputs for i in o.get("imports", [])
                   if i.get("external") and not NODE_ONLY_IMPORTS.fullmatch(i["path"])})
    if left:
        raise BuildError(f"{source} would load {', '.join(left)} at run time")
    check_notices(source, metadata)


def check_notices(source: str, metadata: dict) -> None:
    """Every package a bundle holds must have its licence in THIRD-PARTY-NOTICES."""
    bundled = {m.group(1) for path in metadata["inputs"]
               if (m := re.search(r"node_modules/((?:@[^/]+/)?[^/]+)/", path))}
    noticed = {what.split(" (")[0] for what, _, _ in NOTICE_SOURCES} | {"pyodide"}
    if bundled - noticed:
        raise BuildError(f"{source} would hold {', '.join(sorted(bundled - noticed))} without "
                         f"its licence: add it to NOTICE_SOURCES")


def bundle_worker(web: Path, out: Path) -> None:
    """The key worker, and the passphrase rater the page starts on the first rating."""
    esbuild_script(web, WORKER_SOURCE, out / WORKER_SOURCE, [f"--banner:js={WORKER_PRELUDE}"])
    esbuild_script(web, RATER_SOURCE, out / RATER_SOURCE)


# The language catalogs (web/locales/<tag>/*.ftl) go into the page's bundles as strings.
CATALOG_LOADER = "--loader:.ftl=text"
APP_FLAGS = ["--bundle", "--format=esm", "--target=es2022", "--minify", "--legal-comments=none",
             "--charset=utf8", "--log-level=warning", CATALOG_LOADER]


def bundle_app(web: Path, out: Path) -> set[str]:
    """web/app.js and the modules it imports as one module script with no imports left, so that
    the integrity attribute of its <script> covers every line the page runs: an imported
    module has no attribute of its own, and a modulepreload link's check can be raced (a
    late link) or bypassed (a server that forbids caching makes the browser fetch the module
    again). The names of the web folder's files it holds, which are not shipped on their own."""
    return self_contained(web, out, APP_SOURCE, APP_FLAGS)


# A classic script (not a module): document.currentScript, which embed.js needs to find the
# folder it came from, is set only while a classic script runs, and an IIFE runs at once.
EMBED_FLAGS = ["--bundle", "--format=iife", "--platform=browser", "--target=es2022", "--minify",
               "--legal-comments=none", "--charset=utf8", "--log-level=warning", CATALOG_LOADER]


def bundle_embed(web: Path, out: Path) -> set[str]:
    """web/embed.js, its catalogs (locales/embed.js, locales/<tag>/embed.ftl) and Fluent as one
    classic script that imports nothing: the one file a documentation page fetches before the
    reader clicks. The names of the web folder's files it holds, which are not shipped."""
    return self_contained(web, out, EMBED_SOURCE, EMBED_FLAGS)


def self_contained(web: Path, out: Path, source: str, flags: list[str]) -> set[str]:
    """web/<source> bundled into out/<source> with nothing left to load at run time, every
    package in it with its notice; the web folder's files it holds."""
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "meta.json"
        esbuild([str(web / source), *flags, f"--outfile={out / source}", f"--metafile={meta}"],
                f"esbuild ({source})")
        metadata = json.loads(meta.read_text(encoding="utf-8"))
    check_notices(source, metadata)
    left = sorted({i["path"] for o in metadata["outputs"].values() for i in o.get("imports", [])})
    if left:
        raise BuildError(f"{source} would load {', '.join(left)} at run time")
    return held_files(web, metadata)


def held_files(web: Path, metadata: dict) -> set[str]:
    """The web folder's files among a bundle's inputs (paths under web/, as "locales/en/page.ftl")."""
    resolved = web.resolve()
    held = set()
    for path in metadata["inputs"]:
        source = (ROOT / path).resolve()
        if resolved in source.parents:
            held.add(source.relative_to(resolved).as_posix())
    return held
