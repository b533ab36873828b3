"""Node.js, npm and node_modules; Pyodide's Python under Node.js, which compiles bytecode."""

import json
import os
import re
import shutil
from pathlib import Path

from .common import ROOT, BuildError, run, say


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


def installed_differs(lock: Path, marker: Path) -> bool:
    """Does node_modules (npm's record of it, node_modules/.package-lock.json) hold other
    packages than package-lock.json pins? Compared by content, not by date: a fresh checkout
    (a git worktree) has a newer lock file than an install that matches it."""
    pinned = json.loads(lock.read_text(encoding="utf-8")).get("packages", {})
    installed = json.loads(marker.read_text(encoding="utf-8")).get("packages", {})
    same = lambda a, b: (a.get("version"), a.get("integrity")) == (b.get("version"), b.get("integrity"))  # noqa: E731
    return (any(path not in pinned or not same(entry, pinned[path])
                for path, entry in installed.items())
            or any(path not in installed for path, entry in pinned.items()
                   if path and not entry.get("optional")))   # optional: other platforms' builds


def ensure_node_modules(npm: str) -> None:
    lock = ROOT / "package-lock.json"
    marker = ROOT / "node_modules" / ".package-lock.json"   # npm writes it at every install
    if not lock.exists():
        raise BuildError("package-lock.json is missing: it pins the JS dependencies")
    if not marker.exists():
        reason = "node_modules is missing"
    elif installed_differs(lock, marker):
        reason = "node_modules does not match package-lock.json"
    else:
        reason = None
    if reason and (ROOT / "node_modules").is_symlink():
        # npm ci would replace the folder the link points to: another checkout's.
        raise BuildError(f"{reason}, and node_modules is a link to "
                         f"{(ROOT / 'node_modules').resolve()}: install there, or remove the "
                         f"link and build again")
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
