"""Command line with puttygen's options (see puttygen(1)), plus -a ROUNDS and -v.

    sshkeys ( keyfile | -t keytype [-b bits] [-q] ) [-C comment] [-P] [--reencrypt]
            [-O output-type | -l | -L | -p | --dump | --cert-info] [--ppk-param k=v,...]
            [-E fptype] [--certificate file | --remove-certificate] [-o output-file]
            [--old-passphrase file] [--new-passphrase file] [-a rounds] [-v]
    sshkeys --check [--json] [--old-passphrase file] file...

Passphrases come from files (`-` for standard input) or the terminal, never from argv.
"""

import argparse
import asyncio
import base64
import contextlib
import getpass
import json
import os
import sys
import tempfile
import time

from . import __version__, certificate, checkup, formats, keys, operations
from .cli_certinfo import putty_fingerprint, putty_info
from .errors import PassphraseRequired, SSHKeyError
from .fingerprint import randomart
from .keys import public_blob
from .keys.impl import hex_number

# -t values puttygen accepts, and what they mean here.
TYPES = {"rsa": "rsa", "dsa": "dsa", "ecdsa": "ecdsa", "eddsa": "ed25519", "ed25519": "ed25519",
         "ed448": "ed448"}
# -O values: the format written, or None for the informational outputs.
OUTPUTS = {
    "private": "ppk",
    "private-openssh": "pem",          # the oldest OpenSSH format the key type allows
    "private-openssh-new": "openssh",
    "private-pem": "pkcs8",
    "public": "rfc4716",
    "public-openssh": "public-openssh",
    "public-pem": "public-pem",
    "fingerprint": None,
    "cert-info": None,
    "text": None,
}
PPK_PARAMS = {"version": int, "kdf": str, "memory": int, "time": int, "passes": int,
              "parallelism": int}


class CLIError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sshkeys", description="Generate, load and convert SSH keys (puttygen-compatible).")
    p.add_argument("keyfile", nargs="*", help="key file to load ('-' for standard input); "
                   "with --check, any number of key, authorized_keys and known_hosts files")
    p.add_argument("-t", dest="type", choices=sorted(TYPES), help="type of key to generate")
    p.add_argument("-b", dest="bits", type=int, help="key size in bits")
    p.add_argument("-q", dest="quiet", action="store_true", help="no progress output")
    p.add_argument("-C", dest="comment", help="new comment")
    p.add_argument("-P", dest="change_passphrase", action="store_true",
                   help="change the passphrase (automatic for new keys)")
    p.add_argument("--reencrypt", action="store_true",
                   help="save again with the same passphrase (new salt and KDF settings)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-O", dest="output", choices=list(OUTPUTS), help="type of output")
    out.add_argument("-l", dest="output", action="store_const", const="fingerprint",
                     help="synonym for -O fingerprint")
    out.add_argument("-L", dest="output", action="store_const", const="public-openssh",
                     help="synonym for -O public-openssh")
    out.add_argument("-p", dest="output", action="store_const", const="public",
                     help="synonym for -O public")
    out.add_argument("--dump", dest="output", action="store_const", const="text",
                     help="synonym for -O text")
    out.add_argument("--cert-info", dest="output", action="store_const", const="cert-info",
                     help="synonym for -O cert-info: describe the key's certificate")
    cert = p.add_mutually_exclusive_group()
    cert.add_argument("--certificate", metavar="FILE",
                      help="incorporate an OpenSSH certificate (a -cert.pub file) into the key")
    cert.add_argument("--remove-certificate", action="store_true",
                      help="remove any certificate from the key")
    p.add_argument("--ppk-param", action="append", default=[], metavar="KEY=VALUE,...",
                   help="PPK details: version=2|3, kdf=argon2id|argon2i|argon2d, memory=KiB, "
                        "time=ms, passes=N, parallelism=N")
    p.add_argument("-E", dest="fptype", choices=["sha256", "md5", "sha256-cert", "md5-cert"],
                   default="sha256",
                   help="fingerprint hash; -cert: of the whole certificate, if the key has one")
    p.add_argument("-o", dest="outfile", help="output file")
    p.add_argument("--old-passphrase", metavar="FILE", help="file whose first line is the passphrase")
    p.add_argument("--new-passphrase", metavar="FILE",
                   help="file whose first line is the new passphrase (empty: no encryption)")
    p.add_argument("-a", dest="rounds", type=int, help="bcrypt KDF rounds for OpenSSH files (24)")
    p.add_argument("-v", dest="visual", action="store_true", help="show the randomart picture")
    p.add_argument("--check", action="store_true",
                   help="check-up: one finding per line; exit status 2 when any is a weakness")
    p.add_argument("--json", action="store_true", help="with --check: the findings as JSON")
    p.add_argument("-V", "--version", action="version", version=f"sshkeys {__version__}")
    return p


def _ppk_options(params: list) -> dict:
    options = {}
    for item in ",".join(params).split(","):
        if not item:
            continue
        name, _, value = item.partition("=")
        if name not in PPK_PARAMS or not value:
            raise CLIError(f"Unknown --ppk-param {item!r}; use {', '.join(PPK_PARAMS)}.")
        try:
            options["time_ms" if name == "time" else name] = PPK_PARAMS[name](value)
        except ValueError:
            raise CLIError(f"--ppk-param {name} needs a number, not {value!r}.") from None
    return options


class Passphrases:
    """Reads passphrase files once; '-' means standard input, one line per use."""

    def __init__(self, stdin_used_for_key: bool):
        self.stdin_used = stdin_used_for_key

    def from_file(self, path: str, option: str) -> str:
        if path == "-":
            if self.stdin_used:
                raise CLIError(f"{option} - cannot share standard input with the key file.")
            line = sys.stdin.readline()
        else:
            with open(path, encoding="utf-8") as f:
                line = f.readline()
        return line.rstrip("\r\n")

    @staticmethod
    def prompt(text: str, confirm: bool = False) -> str:
        if not sys.stdin.isatty():
            raise CLIError("A passphrase is needed: give it with --old-passphrase or "
                           "--new-passphrase FILE.")
        first = getpass.getpass(text)
        if confirm and getpass.getpass("Re-enter passphrase to verify: ") != first:
            raise CLIError("The passphrases do not match.")
        return first


def _write(path: str | None, data: bytes, private: bool) -> None:
    """To stdout, or to `path` atomically (never a half-written key), 0600 for private keys."""
    if path is None or path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".sshkeys-")
    try:
        os.fchmod(fd, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def dump(key: keys.Key) -> str:
    """puttygen's -O text: name=value lines of the key's numbers."""
    rows = key.type.impl.dump(key.public, key.private)
    text = "".join(f"{name}={value}\n" for name, value in rows)
    return text + (_dump_certificate(key.certificate) if key.certificate else "")


def _quoted(data: bytes | str) -> str:
    """A text value as puttygen -O text quotes it: C escapes, other bytes in octal."""
    if isinstance(data, str):
        data = data.encode()
    named = {0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x22: '\\"', 0x5C: "\\\\"}
    return '"' + "".join(named.get(b) or (chr(b) if 32 <= b < 127 else f"\\{b:03o}")
                         for b in data) + '"'


def _dump_certificate(cert) -> str:
    """The certificate's fields after the key's, named as puttygen -O text names them."""
    b64 = lambda data: f'b64("{base64.b64encode(data).decode()}")'  # noqa: E731
    rows = [("cert_nonce", b64(cert.nonce)), ("cert_serial", hex_number(cert.serial)),
            ("cert_type", _quoted(cert.type_name)), ("cert_key_id", _quoted(cert.key_id))]
    rows += [(f"cert_valid_principal_{i}", _quoted(p)) for i, p in enumerate(cert.principals)]
    rows += [("cert_valid_after", hex_number(cert.valid_after)),
             ("cert_valid_before", hex_number(cert.valid_before))]
    for name, t, skip in (("after", cert.valid_after, 0),
                          ("before", cert.valid_before, certificate.FOREVER)):
        if t != skip:
            rows.append((f"cert_valid_{name}_date",
                         _quoted(time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(t)))))
    for label, options in (("critical_option", cert.critical_options),
                           ("extension", cert.extensions)):
        for i, (name, data) in enumerate(options):
            rows += [(f"cert_{label}_{i}", _quoted(name)), (f"cert_{label}_data_{i}", _quoted(data))]
    rows += [("cert_ca_key", b64(public_blob(cert.ca))),
             ("cert_ca_key_algorithm_id", _quoted(cert.ca.algorithm))]
    text = "".join(f"{name}={value}\n" for name, value in rows)
    text += "".join("cert_ca_key_" + line + "\n"
                    for line in dump(keys.Key(cert.ca)).splitlines())
    return text + f"cert_ca_sig={b64(cert.signature)}\n"


def _fingerprint_line(key: keys.Key, fptype: str, visual: bool) -> str:
    # puttygen prints Ed25519 as 255 bits (the curve's size); ssh-keygen prints 256.
    # and MD5 fingerprints without ssh-keygen's "MD5:" prefix. A certified key is named by
    # its certificate type; -E *-cert hashes the whole certificate instead of the key.
    hash_name = fptype.removesuffix("-cert")
    cert = key.certificate
    blob = (cert.to_blob() if cert is not None and fptype.endswith("-cert")
            else public_blob(key.public))
    line = putty_fingerprint(cert.algorithm if cert else key.algorithm,
                             key.public, blob, hash_name) + "\n"
    return line + (randomart(key.public, hash_name) + "\n" if visual else "")


async def run(args, passphrases: Passphrases) -> int:
    if (args.keyfile is None) == (args.type is None):
        raise CLIError("Give either a key file to load or -t TYPE to generate a key.")
    output = args.output or "private"
    fmt = OUTPUTS[output]
    wants_private = output == "text" or fmt is not None and formats.get(fmt).private
    if (args.certificate or args.remove_certificate) and output in ("fingerprint", "cert-info"):
        raise CLIError("--certificate and --remove-certificate change a key: "
                       "give an output type that writes one.")
    if args.ppk_param:
        if fmt != "ppk":
            raise CLIError("--ppk-param applies only to PuTTY .ppk output (-O private).")
        _ppk_options(args.ppk_param)    # refuse bad parameters before any slow work

    old_passphrase = ""
    source_format = None
    if args.type:
        if not wants_private:
            raise CLIError("This would generate a new key but discard the private part.")
        if not args.quiet and sys.stderr.isatty():
            print(f"Generating a new {args.type} key...", file=sys.stderr)
        key = await operations.generate(TYPES[args.type], args.bits, args.comment)
    else:
        if args.keyfile == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.keyfile, "rb") as f:
                data = f.read()
        source_format = operations.detect_format(data)
        key = None
        if not wants_private and not args.change_passphrase:
            # Public outputs need no passphrase where the format keeps the public key in clear.
            with contextlib.suppress(PassphraseRequired):
                key = await operations.load_public(data)
        if key is None:
            if operations.is_encrypted(data):
                old_passphrase = (passphrases.from_file(args.old_passphrase, "--old-passphrase")
                                  if args.old_passphrase else
                                  passphrases.prompt("Enter passphrase to load key: "))
            key = await operations.load(data, old_passphrase)
        if args.comment is not None:
            key = key.with_comment(args.comment)
    if args.certificate:
        with open(args.certificate, "rb") as f:
            cert_key = await operations.load_public(f.read())
        key = await operations.attach_certificate(key, cert_key)
    elif args.remove_certificate:
        key = key.with_certificate(None)

    if output == "cert-info":
        rows = putty_info(key.certificate) if key.certificate else []
        _write(args.outfile, "".join(f"{k}: {v}\n" for k, v in rows).encode(), False)
        return 0
    if output == "fingerprint":
        _write(args.outfile, _fingerprint_line(key, args.fptype, args.visual).encode(), False)
        return 0
    if output == "text":
        _write(args.outfile, dump(key).encode(), False)
        return 0

    if fmt == "pem" and not key.type.impl.traditional_pem:
        fmt = "openssh"      # as puttygen does: these keys have no older OpenSSH format
    options = _ppk_options(args.ppk_param) if fmt == "ppk" else {}
    if args.rounds is not None:
        if fmt != "openssh":
            raise CLIError("-a applies only to OpenSSH output (-O private-openssh-new).")
        options["rounds"] = args.rounds

    outfile = args.outfile
    if outfile is None and wants_private:
        if args.keyfile in (None, "-") or source_format != fmt:
            raise CLIError("Private key output needs -o FILE.")
        outfile = args.keyfile      # changing comment or passphrase in place, as puttygen does
    passphrase = None
    if wants_private:
        if args.new_passphrase:
            passphrase = passphrases.from_file(args.new_passphrase, "--new-passphrase")
        elif args.type or args.change_passphrase:
            passphrase = passphrases.prompt("Enter passphrase to save key: ", confirm=True)
        else:
            passphrase = old_passphrase     # conversions and --reencrypt keep the passphrase
    data = await operations.save(key, fmt, passphrase, **options)
    _write(outfile, data, wants_private)
    return 0


def _looks_like_key_file(data: bytes) -> bool:
    """A key file, rather than an authorized_keys or known_hosts text: any format but an
    OpenSSH public line, or one such line alone without options or host names."""
    try:
        fmt = operations.detect_format(data)
    except SSHKeyError:
        return False
    if fmt != "public-openssh":
        return True
    lines = [line for line in data.decode("utf-8", "replace").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    return len(lines) == 1 and lines[0].split()[0] in keys.KEY_TYPES


async def _check_one(name: str, data: bytes, passphrase: str | None) -> dict:
    if _looks_like_key_file(data):
        encrypted = operations.protection(data).encrypted
        return await checkup.check_file(data, passphrase if encrypted else None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CLIError("not a key file, and not an authorized_keys or known_hosts text") from None
    return checkup.check_lines(text)


def _check_lines_out(name: str, report: dict) -> str:
    out = []
    for f in report["findings"]:
        where = f"{name}:{f['line']}" if f["line"] else name
        fix = f" Fix: {f['fix']}" if f["fix"] else ""
        out.append(f"{where}: {f['severity']} {f['id']}: {f['message']}{fix}\n")
    if not report["findings"]:
        key = report.get("key")
        what = (f"{key['type']} {key['bits']} {key['sha256']}" if key
                else f"{len(report['rows'])} key line{'' if len(report['rows']) == 1 else 's'}")
        out.append(f"{name}: ok: {what}\n")
    return "".join(out)


async def check(args, passphrases: Passphrases) -> int:
    """--check FILE...: exit 1 if a file could not be checked, else 2 if any finding is weak."""
    if not args.keyfile:
        raise CLIError("--check needs one or more files.")
    passphrase = (passphrases.from_file(args.old_passphrase, "--old-passphrase")
                  if args.old_passphrase else None)
    reports, failed = [], False
    for name in args.keyfile:
        try:
            data = sys.stdin.buffer.read() if name == "-" else open(name, "rb").read()
            report = {"file": name, **await _check_one(name, data, passphrase)}
        except (SSHKeyError, CLIError, ValueError) as e:
            report, failed = {"file": name, "error": str(e)}, True
        except OSError as e:
            report, failed = {"file": name, "error": e.strerror or str(e)}, True
        reports.append(report)
        if not args.json:
            sys.stdout.write(f"{name}: error: {report['error']}\n" if "error" in report
                             else _check_lines_out(name, report))
    if args.json:
        sys.stdout.write(json.dumps(reports, indent=2) + "\n")
    sys.stdout.flush()
    return 1 if failed else 2 if any(checkup.is_weak(r) for r in reports if "error" not in r) else 0


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.check:
            return asyncio.run(check(args, Passphrases("-" in args.keyfile)))
        if args.json:
            raise CLIError("--json applies only to --check.")
        if len(args.keyfile) > 1:
            raise CLIError("Give one key file (several only with --check).")
        args.keyfile = args.keyfile[0] if args.keyfile else None
        return asyncio.run(run(args, Passphrases(args.keyfile == "-")))
    except (SSHKeyError, CLIError, ValueError) as e:
        print(f"sshkeys: {e}", file=sys.stderr)
    except OSError as e:
        print(f"sshkeys: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
    except KeyboardInterrupt:
        print("sshkeys: interrupted", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
