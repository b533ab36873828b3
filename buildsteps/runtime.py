"""Pyodide's runtime files: the WebAssembly as it is, the standard library compiled and
trimmed, and a lock that lists only our wheel."""

import json
import re
from pathlib import Path

from .common import ROOT, from_cache, sha256_file, write_json
from .node import PYODIDE_COMPILE, pyodide_compile


# Pyodide's runtime files, from node_modules/pyodide (the standard library compiled here).
PYODIDE_FILES = ["pyodide.asm.wasm", "python_stdlib.zip"]

LOCK = "pyodide-lock.json"


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


def compile_stdlib(node: str, source: Path, cache: Path, target: Path) -> None:
    """python_stdlib.zip as bytecode (stored, not deflated: the file is compressed whole),
    without STDLIB_DROPPED; kept in the cache."""
    from_cache(cache, "python_stdlib.zip",
               source.read_bytes() + PYODIDE_COMPILE.encode() + STDLIB_DROPPED.pattern.encode(),
               "compiling the standard library with Pyodide under Node.js",
               lambda path: pyodide_compile(node, source, path, "stdlib", STDLIB_DROPPED.pattern),
               target)


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
