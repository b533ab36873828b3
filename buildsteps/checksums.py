"""SHA256SUMS: every file of dist/ with its sha256, in the format `sha256sum -c` reads, so that
the one-file edition (written after the manifest, and not in it) can be checked too."""

from pathlib import Path

from .common import sha256_file

SHA256SUMS = "SHA256SUMS"


def write_sha256sums(out: Path) -> None:
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                   if p.is_file() and p.name != SHA256SUMS)
    (out / SHA256SUMS).write_text("".join(f"{sha256_file(out / n)}  {n}\n" for n in names),
                                  encoding="utf-8", newline="\n")
