"""build.py: dist/ is complete, self-describing, reproducible, and fails clearly.

Needs node_modules (`npm ci`, which .ci/run does). SSHKEYS_TEST_WEB points the builds at another
web folder.
"""

import base64
import csv
import gzip
import hashlib
import http.server
import importlib.util
import io
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import threading
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_PY = ROOT / "build.py"
WEB = Path(os.environ.get("SSHKEYS_TEST_WEB") or ROOT / "web")
NODE = shutil.which("node")

spec = importlib.util.spec_from_file_location("sshkeys_build", BUILD_PY)
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

with open(ROOT / "pyproject.toml", "rb") as f:
    VERSION = tomllib.load(f)["project"]["version"]
WHEEL = f"sshkeys-{VERSION}-py3-none-any.whl"


def run_build(*args, env=None):
    return subprocess.run([sys.executable, str(BUILD_PY), "--web", str(WEB), *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=600)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): sha256(p)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Two builds of the same sources into two folders."""
    outs = []
    for name in ("first", "second"):
        out = tmp_path_factory.mktemp("build") / name
        # The second with a cache of its own: the compiled standard library is made twice.
        cache = ["--cache", out.parent / "cache"] if name == "second" else []
        result = run_build("--out", out, *cache)
        assert result.returncode == 0, result.stderr + result.stdout
        outs.append(out)
    return outs


@pytest.fixture(scope="module")
def dist(builds):
    return builds[0]


def test_two_builds_are_byte_identical(builds):
    first, second = (tree(out) for out in builds)
    assert first.keys() == second.keys()
    assert first == second


def test_dist_holds_the_runtime_and_nothing_of_the_package_extras(dist):
    names = set(tree(dist))
    for name in ["pyodide-lock.json", "worker.js", "rater.js", "manifest.json", WHEEL]:
        assert name in names
    for name in names:
        assert not name.endswith((".map", ".d.ts", ".mjs")), name
        assert not name.startswith("console"), name
        assert not any(part.startswith(".") for part in name.split("/")), name
        assert not name.startswith("micropip"), name
    assert "engine.js" not in names   # inside worker.js
    wasm = (dist / "pyodide.asm.wasm").read_bytes()
    assert wasm == (ROOT / "node_modules" / "pyodide" / "pyodide.asm.wasm").read_bytes()


def test_big_and_text_files_have_brotli_and_gzip_copies(dist):
    names = set(tree(dist))
    copies = {n for n in names if n.endswith((".br", ".gz"))}
    originals = {n.rsplit(".", 1)[0] for n in copies}
    assert set(build.PYODIDE_FILES) | {"worker.js", "index.html", "app.js"} <= originals
    assert "sw.js" not in originals and "manifest.json" not in originals
    for name in originals:
        data = (dist / name).read_bytes()
        assert gzip.decompress((dist / f"{name}.gz").read_bytes()) == data, name
        assert (dist / f"{name}.gz").read_bytes()[4:8] == bytes(4)     # no date in the header
        result = subprocess.run([NODE, "-e", "process.stdout.write(require('zlib').brotliDecompressSync("
                                 "require('fs').readFileSync(process.argv[1])))", str(dist / f"{name}.br")],
                                capture_output=True, timeout=60)
        assert result.stdout == data, name


def test_standard_library_is_compiled_and_trimmed(dist):
    source = zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip")
    compiled = zipfile.ZipFile(dist / "python_stdlib.zip")
    names = compiled.namelist()
    assert names == sorted(names) and not [n for n in names if n.endswith(".py")]
    expected = {n + "c" if n.endswith(".py") else n for n in source.namelist()
                if not n.endswith("/") and not build.STDLIB_DROPPED.fullmatch(n)}
    assert set(names) == expected
    for module in ("asyncio/__init__", "json/__init__", "hashlib", "dataclasses", "tarfile",
                   "encodings/utf_8", "importlib/metadata/__init__", "_pyodide/_base"):
        assert f"{module}.pyc" in names, module
    for module in ("unittest/__init__", "pydoc", "xml/__init__", "encodings/cp1252"):
        assert f"{module}.pyc" not in names, module
    magic = {compiled.read(n)[:4] for n in names if n.endswith(".pyc")}
    assert len(magic) == 1


def test_web_files_are_copied_as_they_are(dist):
    for path in sorted(WEB.rglob("*")):
        relative = path.relative_to(WEB).as_posix()
        if path.is_dir() or relative in ("worker.js", "engine.js", "rater.js", "index.html", "styles.css",
                                         "sw.js") or any(
                part.startswith(".") for part in relative.split("/")):   # index.html: see below
            continue
        if relative in BUNDLED_INTO_APP | BUNDLED_INTO_EMBED:   # the bundles; the others only inside
            assert relative in ("app.js", "embed.js") or not (dist / relative).exists(), relative
            continue
        assert (dist / relative).read_bytes() == path.read_bytes(), relative


# The page's script and the modules it imports, and theirs, shipped as one bundle (dist/app.js).
def _imported(name: str, seen: set[str]) -> set[str]:
    """name and what it imports, and theirs (paths under web/, as "locales/en/page.ftl")."""
    seen.add(name)
    folder = posixpath.dirname(name)
    for module in re.findall(r'^import\b[^;]*?\bfrom "\./([^"]+)";',
                             (WEB / name).read_text(encoding="utf-8"), re.M):
        module = posixpath.normpath(posixpath.join(folder, module))
        if module not in seen:
            _imported(module, seen)
    return seen


BUNDLED_INTO_APP = _imported("app.js", set())
# The documentation pages' script and its catalogs (dist/embed.js).
BUNDLED_INTO_EMBED = _imported("embed.js", set())


def test_the_page_script_is_one_module_that_imports_nothing(dist):
    """An imported module carries no integrity of its own; one bundle does, whatever the
    server's caching headers (tests/test_security.py)."""
    text = (dist / "app.js").read_text(encoding="utf-8")
    # an import or re-export statement (a "cert-from" string is neither)
    assert not re.search(r'(?<![\w$"\'-])(?:import\s*[\w{*(]|from\s*")', text)
    for module in BUNDLED_INTO_APP - {"app.js"}:
        assert not (dist / module).exists(), module
    assert "meta[name=sshkeys-" in text and "engine-hide" in text      # client.js is inside


def test_embed_js_is_one_classic_script_with_every_catalog(dist):
    """A documentation page fetches embed.js alone: an IIFE (document.currentScript is set while
    it runs) with Fluent and every language's words inside, nothing to import."""
    text = (dist / "embed.js").read_text(encoding="utf-8")
    assert text.startswith("(()=>{") and not re.search(r'(?<![\w$"\'-])(?:import\s*[\w{*(]|from\s*")', text)
    catalogs = sorted((WEB / "locales").glob("*/embed.ftl"))
    assert len(catalogs) == 15 and {f"locales/{p.parent.name}/embed.ftl" for p in catalogs} < BUNDLED_INTO_EMBED
    for module in BUNDLED_INTO_EMBED - {"embed.js"}:
        assert not (dist / module).exists(), module
    for path in catalogs:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("embed-about = "):
                assert line in text, path
    assert "useIsolating" in text                                     # Fluent is inside


def test_manifest_lists_every_file_with_its_hash_and_size(dist):
    manifest = json.loads((dist / "manifest.json").read_text())
    assert manifest["version"] == VERSION
    on_disk = {name for name in tree(dist)
                if name not in ("manifest.json", "sw.js", build.offline_name(VERSION), build.SHA256SUMS)}
    assert set(manifest["files"]) == on_disk
    assert list(manifest["files"]) == sorted(manifest["files"])
    for name, entry in manifest["files"].items():
        assert entry == {"sha256": sha256(dist / name), "bytes": (dist / name).stat().st_size}


def test_service_worker_keeps_exactly_the_build_files_by_hash(dist):
    manifest = json.loads((dist / "manifest.json").read_text())
    text = (dist / "sw.js").read_text()
    template = (WEB / "sw.js").read_text()
    line = re.search(r"^const BUILD = (\{.*\});$", text, re.M)
    assert line and text.replace(line.group(0), "") == build.SW_BUILD_LINE.sub("", template)
    kept = json.loads(line.group(1))
    assert kept["files"] == {**{n: e["sha256"] for n, e in manifest["files"].items()
                                if not n.endswith((".br", ".gz"))},    # served as the original
                             "manifest.json": sha256(dist / "manifest.json")}
    assert kept["id"] == sha256(dist / "manifest.json")[:16]


def test_lock_lists_exactly_the_shipped_wheel_with_its_hash(dist):
    lock = json.loads((dist / "pyodide-lock.json").read_text())
    source = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text())
    assert lock["info"] == source["info"]
    assert set(lock["packages"]) == {"sshkeys"}
    for name, entry in lock["packages"].items():
        assert entry["name"] == name
        assert entry["sha256"] == sha256(dist / entry["file_name"])
        assert entry["package_type"] == "package"
        assert entry["install_dir"] == "site"
        assert entry["depends"] == []
    ours = lock["packages"]["sshkeys"]
    assert (ours["file_name"], ours["version"], ours["imports"]) == (WHEEL, VERSION, ["sshkeys"])


def check_record(wheel: Path):
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        record_name = f"sshkeys-{VERSION}.dist-info/RECORD"
        rows = list(csv.reader(io.StringIO(zf.read(record_name).decode())))
        listed = {row[0]: row for row in rows}
        assert len(listed) == len(rows) == len(names)
        assert set(listed) == set(names)
        assert listed[record_name] == [record_name, "", ""]
        for name in names:
            if name == record_name:
                continue
            data = zf.read(name)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert listed[name] == [name, f"sha256={digest}", str(len(data))], name
        return names


def test_wheel_is_exactly_the_package_sources_with_a_valid_record(dist):
    wheel = dist / WHEEL
    names = check_record(wheel)
    with zipfile.ZipFile(wheel) as zf:
        sources = {f"sshkeys/{p.relative_to(ROOT / 'py' / 'sshkeys').as_posix()}": p.read_bytes()
                   for p in (ROOT / "py" / "sshkeys").rglob("*.py") if "__pycache__" not in p.parts}
        packaged = {n: zf.read(n) for n in names if n.startswith("sshkeys/")}
        compiled = {n: packaged.pop(n) for n in list(packaged) if "/__pycache__/" in n}
        # The compiled message catalogs too, and not their .po sources.
        catalogs = {f"sshkeys/{p.relative_to(ROOT / 'py' / 'sshkeys').as_posix()}": p.read_bytes()
                    for p in (ROOT / "py" / "sshkeys" / "locale").glob("*/LC_MESSAGES/*.mo")}
        assert len(catalogs) == 14
        assert {n: packaged.pop(n) for n in list(packaged) if n.endswith(".mo")} == catalogs
        assert packaged == sources
        # Beside each module, Pyodide's bytecode of it: hash-based, unchecked (PEP 552).
        magic = {data[:4] for data in compiled.values()}
        assert len(magic) == 1 and magic != {importlib.util.MAGIC_NUMBER}
        assert {data[4:8] for data in compiled.values()} == {(1).to_bytes(4, "little")}
        info = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text())["info"]
        tag = "cpython-" + "".join(info["python"].split(".")[:2])
        assert set(compiled) == {re.sub(r"([^/]+)\.py$", rf"__pycache__/\1.{tag}.pyc", n)
                                 for n in sources}
        assert "sshkeys/engine/native.py" in packaged
        assert names[-1].endswith(".dist-info/RECORD")
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0) or os.environ.get("SOURCE_DATE_EPOCH")
            assert info.external_attr >> 16 == 0o100644
        meta = f"sshkeys-{VERSION}.dist-info"
        metadata = zf.read(f"{meta}/METADATA").decode()
        assert "Name: sshkeys\n" in metadata and f"Version: {VERSION}\n" in metadata
        wheel_file = zf.read(f"{meta}/WHEEL").decode().splitlines()
        assert {"Wheel-Version: 1.0", "Root-Is-Purelib: true", "Tag: py3-none-any"} <= set(wheel_file)
        assert zf.read(f"{meta}/entry_points.txt").decode() == \
            "[console_scripts]\nsshkeys = sshkeys.cli:main\nsshkeys-keygen = sshkeys.keygen:main\n"


def test_wheel_bytes_depend_only_on_content_and_source_date_epoch(tmp_path, monkeypatch):
    project = build.project_metadata()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    first = build.build_wheel(project, tmp_path / "a").read_bytes()
    assert build.build_wheel(project, tmp_path / "b").read_bytes() == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    later = build.build_wheel(project, tmp_path / "c")
    with zipfile.ZipFile(later) as zf:
        assert {info.date_time for info in zf.infolist()} == {(2023, 11, 14, 22, 13, 20)}
    check_record(later)


def test_wheel_installs_and_generates_a_key_with_the_native_engine(dist, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "--target", str(target), str(dist / WHEEL)],
                   check=True, capture_output=True, timeout=300)
    script = (
        "import asyncio, sys\n"
        f"sys.path.insert(0, {str(target)!r})\n"
        "import sshkeys\n"
        f"assert sshkeys.__file__.startswith({str(target)!r}), sshkeys.__file__\n"
        "from sshkeys.engine import get_engine\n"
        "assert type(get_engine()).__name__ == 'NativeEngine'\n"
        "key = asyncio.run(sshkeys.generate('ed25519', comment='built'))\n"
        "print(sshkeys.public_line(key))\n"
    )
    result = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ssh-ed25519 ") and result.stdout.strip().endswith(" built")
    import importlib.metadata
    [installed] = importlib.metadata.distributions(path=[str(target)])
    assert installed.version == VERSION
    assert sorted(ep.value for ep in installed.entry_points) == ["sshkeys.cli:main",
                                                                 "sshkeys.keygen:main"]


def test_worker_bundle_holds_pyodide_and_the_engine_and_imports_only_in_node(dist):
    text = (dist / "worker.js").read_text()
    assert text.startswith(build.WORKER_PRELUDE)
    version = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    assert f'"{version}"' in text                      # Pyodide's loader, with its version check
    assert "_createPyodideModule" in text or "createPyodideModule" in text
    assert "eddsaPublic" in text and "argon2id" in text    # engine.js and hash-wasm
    # What is left to import at run time sits in Pyodide's Node.js branches only.
    for m in re.finditer(r"""\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)""", text):
        assert build.NODE_ONLY_IMPORTS.fullmatch(m.group(1)), m.group(0)
    assert not re.search(r"""\brequire\(\s*["'`](?!node:|ws["'`])""", text)


def test_the_rater_is_a_bundle_of_its_own(dist):
    """zxcvbn-ts's dictionaries live in rater.js, not in worker.js (whose size they doubled)."""
    worker, rater = (dist / "worker.js").read_text(), (dist / "rater.js").read_text()
    # Words of its common-password list and its l33t table: in the rater only.
    for word in ("iloveyou", "trustno1", "l33t"):
        assert word in rater and word not in worker
    assert not re.search(r"""\bimport\(""", rater)


def test_an_import_the_bundle_cannot_hold_fails_the_build_clearly(tmp_path):
    web = tmp_path / "web"
    shutil.copytree(WEB, web)
    (web / "engine.js").write_text(
        (web / "engine.js").read_text() + '\nexport const late = () => import("./elsewhere.js");\n')
    result = subprocess.run([sys.executable, str(BUILD_PY), "--out", str(tmp_path / "out"),
                             "--web", str(web)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert 'esbuild (worker.js) failed' in result.stderr and 'Could not resolve "./elsewhere.js"' in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def served(dist):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a, **k: build.Handler(*a, directory=str(dist), **k))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("name, content_type", [
    ("worker.js", "text/javascript"), ("app.js", "text/javascript"),
    ("pyodide.asm.wasm", "application/wasm"), ("pyodide-lock.json", "application/json"),
    ("manifest.json", "application/json"), (WHEEL, "application/zip"),
    ("python_stdlib.zip", "application/zip"), ("python_stdlib.zip.gz", "application/gzip"),
])
def test_server_sends_the_types_browsers_insist_on(served, dist, name, content_type):
    with urllib.request.urlopen(served + name, timeout=30) as response:
        assert response.headers.get_content_type() == content_type
        assert response.headers["Cache-Control"] == "no-cache"
        assert response.read() == (dist / name).read_bytes()


@pytest.mark.parametrize("accept, encoding", [("br, gzip", "br"), ("gzip, deflate", "gzip"),
                                              ("identity", None)])
def test_server_sends_the_precompressed_copy_the_browser_accepts(served, dist, accept, encoding):
    request = urllib.request.Request(served + "pyodide.asm.wasm", headers={"Accept-Encoding": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers.get_content_type() == "application/wasm"
        assert response.headers.get("Content-Encoding") == encoding
        assert response.headers["Vary"] == "Accept-Encoding"
        suffix = {"br": ".br", "gzip": ".gz", None: ""}[encoding]
        assert response.read() == (dist / f"pyodide.asm.wasm{suffix}").read_bytes()


def test_no_node_on_path_is_one_clear_sentence(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run_build("--out", tmp_path / "out", env=dict(os.environ, PATH=str(empty)))
    assert result.returncode == 1
    assert result.stderr == ("build.py: node is not installed: build.py needs Node.js 18+ "
                             "and npm to bundle the JS engine\n")


def test_missing_engine_source_is_one_clear_sentence(tmp_path):
    result = subprocess.run([sys.executable, str(BUILD_PY), "--out", str(tmp_path / "out"),
                             "--web", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "worker.js is missing" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    result = run_build("--out", out)
    assert result.returncode == 1
    assert "refusing to replace" in result.stderr
    assert (out / "notes.txt").read_text() == "keep me"


# -- third-party notices and subresource integrity -------------------------------------------

INTEGRITY = re.compile(r' integrity="sha384-([A-Za-z0-9+/=]+)"')


WORKER_META = re.compile(r'<meta name="sshkeys-(worker|rater)" content="(\1\.js) sha384-([A-Za-z0-9+/=]+)">')


def test_index_html_is_the_web_page_plus_its_stylesheet_and_integrity(dist):
    shipped = INTEGRITY.sub("", (dist / "index.html").read_text(encoding="utf-8"))
    shipped = WORKER_META.sub(r'<meta name="sshkeys-\1" content="\2">', shipped)
    css = (WEB / "styles.css").read_text(encoding="utf-8")
    page = (WEB / "index.html").read_text(encoding="utf-8")
    page = re.sub(r'<link rel="stylesheet" href="styles.css">', lambda m: f"<style>{css}</style>", page)
    page = page.replace("style-src 'self'", f"style-src {build.csp_hash(css)}")
    assert shipped == page
    assert not (dist / "styles.css").exists()      # only inside the page


def test_the_workers_are_named_with_their_sha384(dist):
    """client.js fetches worker.js and rater.js with this integrity and runs them from Blobs."""
    found = WORKER_META.findall((dist / "index.html").read_text(encoding="utf-8"))
    assert sorted(role for role, _, _ in found) == ["rater", "worker"]
    for _, name, digest in found:
        assert digest == base64.b64encode(hashlib.sha384((dist / name).read_bytes()).digest()).decode()


def test_every_own_script_and_stylesheet_carries_the_sha384_of_its_file(dist):
    html = (dist / "index.html").read_text(encoding="utf-8")
    tags = re.findall(r'<script\b[^>]*\bsrc="[^"]+"[^>]*>'
                      r'|<link\b[^>]*rel="stylesheet"[^>]*>', html)
    assert tags
    for tag in tags:
        name = re.search(r'(?:src|href)="([^"]+)"', tag).group(1)
        found = INTEGRITY.search(tag)
        assert found, f"no integrity attribute: {tag}"
        digest = base64.b64encode(hashlib.sha384((dist / name).read_bytes()).digest()).decode()
        assert found.group(1) == digest, name


def test_integrity_skips_what_is_not_a_file_of_the_folder(tmp_path):
    (tmp_path / "a.js").write_text("1")
    (tmp_path / "index.html").write_text(
        '<script src="a.js"></script><script src="https://x.example/b.js"></script>'
        '<link rel="stylesheet" href="missing.css"><link rel="icon" href="a.js">')
    build.add_integrity(tmp_path)
    html = (tmp_path / "index.html").read_text()
    assert html.count("integrity=") == 1 and '<script src="a.js" integrity=' in html


def test_third_party_notices_name_every_shipped_component_with_its_licence_text(dist):
    notices = (dist / build.NOTICES).read_text(encoding="utf-8")
    for component, spdx in [("Pyodide", "MPL-2.0"),
                            ("CPython", "PSF-2.0"), ("hash-wasm", "MIT"),
                            ("bcrypt-pbkdf", "BSD-3-Clause"), ("tweetnacl", "Unlicense"),
                            ("@noble/curves", "MIT"), ("@noble/ciphers", "MIT"),
                            ("@noble/hashes", "MIT"), ("des.js", "MIT"), ("inherits", "ISC"),
                            ("minimalistic-assert", "ISC"), ("uqr", "MIT"), ("sshkeys", "MIT"),
                            ("@zxcvbn-ts/core", "MIT"), ("@zxcvbn-ts/language-common", "MIT"),
                            ("@zxcvbn-ts/language-en", "MIT"),
                            ("@zxcvbn-ts/language-en's word frequencies", "ODC-BY-1.0"),
                            ("@zxcvbn-ts/dictionary-compression", "MIT"),
                            ("fastest-levenshtein", "MIT")]:
        assert re.search(rf"^{component} .*\nLicence: {re.escape(spdx)}$", notices, re.M), component
    for package in ("hash-wasm", "bcrypt-pbkdf", "tweetnacl", "@noble/curves", "@noble/ciphers",
                    "@noble/hashes", "inherits", "minimalistic-assert", "des.js", "uqr"):
        licence = "README.md" if package == "des.js" else "LICENSE"
        text = (ROOT / "node_modules" / package / licence).read_text(encoding="utf-8").strip()
        assert text in notices, package
    for licence in ("@zxcvbn-ts/core/LICENSE.txt", "@zxcvbn-ts/language-en/NOTICE.md",
                    "@zxcvbn-ts/dictionary-compression/LICENSE", "fastest-levenshtein/LICENSE.md"):
        assert (ROOT / "node_modules" / licence).read_text(encoding="utf-8").strip() in notices
    assert (ROOT / "licenses" / "MPL-2.0.txt").read_text(encoding="utf-8").strip() in notices
    assert "esbuild" in notices and "not shipped" in notices


def test_sha256sums_checks_every_file_the_one_file_edition_included(dist):
    lines = (dist / build.SHA256SUMS).read_text(encoding="utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    assert set(listed) == set(tree(dist)) - {build.SHA256SUMS}
    offline = build.offline_name(VERSION)
    assert listed[offline] == sha256(dist / offline)
    check = subprocess.run(["sha256sum", "--check", "--strict", build.SHA256SUMS], cwd=dist,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"{offline}: OK" in check.stdout


@pytest.mark.parametrize("script", ["worker.js", "rater.js"])
@pytest.mark.parametrize("accept", ["br, gzip", "gzip", "identity"])
def test_server_sends_the_workers_their_policy_in_every_encoding(served, accept, script):
    request = urllib.request.Request(served + script, headers={"Accept-Encoding": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        policy = response.headers["Content-Security-Policy"]
        assert response.headers.get("Content-Encoding") == {"br, gzip": "br", "gzip": "gzip"}.get(accept)
    assert policy == "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"
    with urllib.request.urlopen(served + "app.js", timeout=30) as response:
        assert "Content-Security-Policy" not in response.headers
