"""The manifest of every file's sha256, and sw.js told this build's files."""

import json
import re
from pathlib import Path

from .common import BuildError, sha256_file, write_json
from .compress import PRECOMPRESSED


MANIFEST = "manifest.json"
SERVICE_WORKER = "sw.js"   # in the web folder; build.py writes its BUILD line
SW_BUILD_LINE = re.compile(r'^const BUILD = \{ id: "", files: \{\} \};.*$', re.M)


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
