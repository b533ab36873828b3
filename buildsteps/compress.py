"""The .br and .gz copies beside the big files, for servers that send precompressed files."""

import gzip
import re
from pathlib import Path

from .common import from_cache, run
from .runtime import PYODIDE_FILES

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
