"""The sshkeys wheel: py/sshkeys as a py3-none-any wheel whose bytes depend only on its sources."""

import base64
import csv
import hashlib
import io
import os
import re
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

from .common import ROOT, BuildError
from .node import pyodide_compile


ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)   # the earliest date a zip file can hold


def project_metadata() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    init = (ROOT / "py" / "sshkeys" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", init, re.M)
    if match and match.group(1) != project["version"]:
        raise BuildError(f"pyproject.toml says version {project['version']} but "
                         f"py/sshkeys/__init__.py says {match.group(1)}: make them agree")
    return project


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
    """py/sshkeys/**/*.py and the message catalogs (locale/*/LC_MESSAGES/*.mo) as a py3-none-any
    wheel whose bytes depend only on their content; with node, also the bytecode of Pyodide's
    Python for each module (compile_package)."""
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
    # The compiled message catalogs (sshkeys/i18n.py), made by buildsteps/catalogs.py.
    for path in sorted(package.glob("locale/*/LC_MESSAGES/*.mo"),
                       key=lambda p: p.relative_to(package).as_posix()):
        files.append((f"sshkeys/{path.relative_to(package).as_posix()}", path.read_bytes()))
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
