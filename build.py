#!/usr/bin/env python3
"""Assemble dist/: everything the web page needs, self-contained and reproducible.

    python build.py                 # build dist/
    python build.py --serve         # build, then serve dist/ on http://127.0.0.1:8000/

dist/ holds:
  worker.js                the worker: web/worker.js bundled by esbuild with Pyodide's loader and
                           runtime glue (pyodide.mjs, pyodide.asm.mjs) and web/engine.js
                           (hash-wasm, bcrypt-pbkdf, @noble/curves, @noble/ciphers, des.js)
                           into one classic script
  rater.js                 the passphrase rater the worker starts on first use: web/rater.js
                           bundled with zxcvbn-ts and its dictionaries; its sha256 is in worker.js
  pyodide.asm.wasm         Pyodide's runtime, from node_modules/pyodide
  python_stdlib.zip        its standard library, compiled to bytecode here (Pyodide's Python under
                           Node.js) and without the modules neither sshkeys nor Pyodide imports
  pyodide-lock.json        a lock listing only the sshkeys wheel, with its sha256
  sshkeys-<v>-py3-none-any.whl    built here from py/sshkeys, with Pyodide's bytecode beside each
                           module; byte for byte the same on every run
  app.js                   web/app.js and the modules it imports (client.js, options.js, help.js)
                           bundled by esbuild into one module with no imports left
  embed.js                 the script documentation pages include: web/embed.js bundled by esbuild
                           with its Fluent catalogs (web/locales/<tag>/embed.ftl) and @fluent/bundle
                           into one classic script
  every other file of web/ as it is, but index.html (with styles.css inside it, integrity="sha384-..."
                           on its script and on its preload link of worker.js) and sw.js
  *.br, *.gz               brotli and gzip copies of the two runtime files and the text files,
                           for servers that send precompressed files (--serve does)
  THIRD-PARTY-NOTICES      the licences of everything above that is not ours
  manifest.json            {"version", "files": {path: {"sha256", "bytes"}}} of all the above
  sw.js                    the service worker, told this build's files and their sha256s
  sshkeys-<v>-offline.html the one-file edition: the page, the worker and the files it loads in
                           one HTML file that works when opened from disk (file://), with no
                           server and no network
  SHA256SUMS               every file above with its sha256, as `sha256sum -c SHA256SUMS` reads

Needs Python 3.11+ (standard library only), Node.js 18+ and npm; `npm ci` is run when
node_modules is missing or does not match package-lock.json. build/cache/ keeps the compiled
standard library and the brotli copies of big files between builds.

This file is the entry: it runs the steps of buildsteps/, one module per output (wheel,
runtime, compress, bundle, page, notices, service_worker, offline, checksums) and the
development server (serve).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # buildsteps/, however we are loaded

from buildsteps.bundle import (APP_SOURCE, EMBED_SOURCE, ENGINE_SOURCE, NODE_ONLY_IMPORTS,  # noqa: E402
                               RATER_SOURCE, WORKER_PRELUDE, WORKER_SOURCE, bundle_app,
                               bundle_embed, bundle_worker)
from buildsteps.checksums import SHA256SUMS, write_sha256sums  # noqa: E402
from buildsteps.common import ROOT, BuildError, say, sha256_file  # noqa: E402
from buildsteps.compress import COMPRESSIBLE, precompress  # noqa: E402
from buildsteps.node import check_node, ensure_node_modules  # noqa: E402
from buildsteps.notices import NOTICES, write_notices  # noqa: E402
from buildsteps.offline import offline_name, write_offline  # noqa: E402
from buildsteps.page import add_integrity, copy_web, csp_hash, inline_stylesheet  # noqa: E402
from buildsteps.runtime import PYODIDE_FILES, STDLIB_DROPPED, compile_stdlib, write_lock  # noqa: E402
from buildsteps.serve import Handler, serve  # noqa: E402
from buildsteps.service_worker import (MANIFEST, SERVICE_WORKER, SW_BUILD_LINE,  # noqa: E402
                                       write_manifest, write_service_worker)
from buildsteps.wheel import build_wheel, project_metadata  # noqa: E402

# What tests/ and bench/ use through `import build`, besides build() and main().
__all__ = ["Handler", "NODE_ONLY_IMPORTS", "NOTICES", "PYODIDE_FILES", "SHA256SUMS", "STDLIB_DROPPED",
           "SW_BUILD_LINE", "WORKER_PRELUDE", "add_integrity", "build", "build_wheel", "csp_hash",
           "main", "offline_name", "project_metadata", "serve"]


def prepare_out(out: Path) -> Path:
    """A fresh staging folder beside out; refuses an out that is not ours to replace."""
    resolved = out.resolve()
    if resolved == ROOT or resolved in ROOT.parents or resolved == Path(resolved.anchor):
        raise BuildError(f"refusing to build into {out}: it holds the project itself")
    for source in (ROOT / "py", ROOT / "web", ROOT / "node_modules", ROOT / ".git"):
        if resolved == source or resolved in source.parents:
            raise BuildError(f"refusing to build into {out}: it is part of the sources")
    if resolved.exists():
        if not resolved.is_dir():
            raise BuildError(f"refusing to replace {out}: it is not a folder")
        if any(resolved.iterdir()) and not (resolved / MANIFEST).exists():
            raise BuildError(f"refusing to replace {out}: it is not empty and has no "
                             f"{MANIFEST} of an earlier build")
    staging = resolved.parent / f".{resolved.name}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def build(out: Path, cache: Path, web: Path) -> dict:
    started = time.monotonic()
    node, npm = check_node()
    ensure_node_modules(npm)
    for name in (WORKER_SOURCE, ENGINE_SOURCE, RATER_SOURCE, APP_SOURCE, EMBED_SOURCE, SERVICE_WORKER):
        if not (web / name).exists():
            raise BuildError(f"{web / name} is missing: build.py needs it")
    project = project_metadata()
    pyodide = ROOT / "node_modules" / "pyodide"

    staging = prepare_out(out)
    try:
        shutil.copyfile(pyodide / "pyodide.asm.wasm", staging / "pyodide.asm.wasm")
        compile_stdlib(node, pyodide / "python_stdlib.zip", cache, staging / "python_stdlib.zip")
        wheel = build_wheel(project, staging, node)
        write_lock(staging, wheel, project)
        bundle_worker(web, staging)
        bundled = (bundle_app(web, staging) | bundle_embed(web, staging)
                   | {WORKER_SOURCE, ENGINE_SOURCE, RATER_SOURCE})
        reserved = ({p.relative_to(staging).as_posix() for p in staging.rglob("*")}
                    | {MANIFEST, NOTICES, SHA256SUMS})
        copy_web(web, staging, reserved, bundled)
        write_notices(staging)
        inline_stylesheet(staging)
        add_integrity(staging)
        precompress(node, staging, sorted(
            p.name for p in staging.iterdir()
            if COMPRESSIBLE.fullmatch(p.name) and p.stat().st_size >= 1024
            and p.name != SERVICE_WORKER), cache)   # sw.js is written last, and is small
        manifest = write_manifest(staging, project["version"])
        write_service_worker(staging, manifest)
        offline = write_offline(staging, web, project["version"])
        write_sha256sums(staging)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise

    files = manifest["files"]
    width = max(len(name) for name in files)
    for name, entry in files.items():
        say(f"  {name:<{width}}  {entry['bytes']:>10,}")
    total = sum(entry["bytes"] for entry in files.values()) + (out / MANIFEST).stat().st_size
    say(f"built {out}: sshkeys {project['version']}, {len(files) + 1} files, {total:,} bytes, "
        f"in {time.monotonic() - started:.1f} s")
    say(f"one-file edition {out / offline.name}: {(out / offline.name).stat().st_size:,} bytes, "
        f"sha256 {sha256_file(out / offline.name)} (also in {SHA256SUMS})")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build dist/: Pyodide, the sshkeys wheel, the worker bundle, the web page, "
                    "its service worker and its one-file edition, with a manifest of sha256s. "
                    "Two runs give identical bytes.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="output folder, replaced whole (default: dist/)")
    parser.add_argument("--cache", type=Path,
                        default=Path(os.environ.get("SSHKEYS_BUILD_CACHE") or ROOT / "build" / "cache"),
                        help="where the compiled standard library and brotli copies are kept "
                             "between builds "
                             "(default: $SSHKEYS_BUILD_CACHE or build/cache/)")
    parser.add_argument("--web", type=Path, default=ROOT / "web",
                        help="the web page's folder, with worker.js, engine.js and sw.js "
                             "(default: web/)")
    parser.add_argument("--serve", nargs="?", type=int, const=8000, metavar="PORT",
                        help="after building, serve the output on http://127.0.0.1:PORT/ "
                             "(default port 8000)")
    args = parser.parse_args(argv)
    try:
        build(args.out, args.cache, args.web)
        if args.serve is not None:
            serve(args.out, args.serve)
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("build.py: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
