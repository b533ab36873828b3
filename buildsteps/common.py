"""What every build step shares: the project's root, the one error a step raises, running a
command, hashing, and the cache of slow outputs."""

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent


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
