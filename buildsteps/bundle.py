"""The worker bundle: web/worker.js, engine.js and Pyodide's loader as one classic script."""

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from .common import ROOT, BuildError, run
from .notices import NOTICE_SOURCES


WORKER_SOURCE = "worker.js"   # in the web folder: the bundle's entry point
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


def bundle_worker(web: Path, out: Path) -> None:
    """web/worker.js and all it imports as one classic script; only the Node.js branches of
    Pyodide's loader may import anything at run time."""
    bin_dir = ROOT / "node_modules" / ".bin"
    esbuild = shutil.which("esbuild", path=str(bin_dir))
    if esbuild is None:
        raise BuildError("node_modules/.bin/esbuild is missing: run npm ci")
    target = out / WORKER_SOURCE
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "meta.json"
        # NODE_PATH lets a web folder outside the repo resolve the packages of our node_modules.
        env = dict(os.environ, NODE_PATH=str(ROOT / "node_modules"))
        run([esbuild, str(web / WORKER_SOURCE), *ESBUILD_FLAGS, f"--banner:js={WORKER_PRELUDE}",
             f"--outfile={target}",
             f"--metafile={meta}"], "esbuild", cwd=ROOT, env=env)
        metadata = json.loads(meta.read_text(encoding="utf-8"))
    outputs = metadata["outputs"].values()
    left = sorted({i["path"] for o in outputs for i in o.get("imports", [])
                   if i.get("external") and not NODE_ONLY_IMPORTS.fullmatch(i["path"])})
    if left:
        raise BuildError(f"the worker bundle would load {', '.join(left)} at run time")
    bundled = {m.group(1) for path in metadata["inputs"]
               if (m := re.search(r"node_modules/((?:@[^/]+/)?[^/]+)/", path))}
    noticed = {what.split(" (")[0] for what, _, _ in NOTICE_SOURCES} | {"pyodide"}
    if bundled - noticed:
        raise BuildError(f"worker.js would hold {', '.join(sorted(bundled - noticed))} without "
                         f"its licence: add it to NOTICE_SOURCES")
