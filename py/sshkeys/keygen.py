"""`sshkeys-keygen`: the command line with ssh-keygen's options (see ssh-keygen(1)), so a
command from a hosting provider's guide works by changing its name.

    sshkeys-keygen [-q] [-t type] [-b bits] [-C comment] [-f file] [-N pass] [-m format]
                   [-a rounds] [-Z cipher]                         generate (ed25519 default)
    sshkeys-keygen -y | -l [-v] [-E hash] | -B | -L | -e [-m f] | -i [-m f] [-f file]
    sshkeys-keygen -p [-P old] [-N new] | -c [-C comment] [-P pass] [-f file]
    sshkeys-keygen -s ca_key -I id [-h] [-n principals] [-V validity] [-z serial]
                   [-O option] [-t sig_alg] file ...

Defaults, file names, prompts and messages are ssh-keygen's as of OpenSSH 10.3 (Ed25519 keys,
RSA 3072 bits, no DSA generation, Ed25519 in PKCS#8 with -m PKCS8, a warning when a certificate
gets no principals); passphrases on the command line only where ssh-keygen takes them (-N, -P).
Everything is done by sshkeys.operations, like the puttygen-style `sshkeys` command.
"""

import asyncio
import getopt
import getpass
import os
import socket
import sys
from pathlib import Path

from . import certificate, formats, keygen_tools, operations
from .cli import _write
from .errors import PassphraseRequired, SSHKeyError, WrongPassphrase
from .fingerprint import bubblebabble, fingerprint, randomart
from .formats.certline import certificate_line
from .formats.ciphers import CIPHERS
from .formats.pkcs8 import rsa_public_pem
from .formats.pubkey import public_line
from .keygen_listing import short_type, show, validity_text
from .keygen_options import parse_validity
from .keys import KEY_TYPES, is_certificate_type

PROG = "sshkeys-keygen"
OPTSTRING = "ABHKLQUXceghiklopquvyC:D:E:F:I:M:N:O:P:R:V:Y:Z:a:b:f:g:m:n:r:s:t:w:z:"
SUPPORTED = set("BFHLQRUYcefghiklopqruvyCEIMNOPVZabfmnstz")   # the rest is ssh-keygen's alone
# -t names: ssh-keygen's short names and the SSH names; the type's family and curve size.
# No DSA: ssh-keygen 10.0 dropped it, so -t dsa is an unknown key type as there.
TYPES = {"rsa": ("rsa", None), "ecdsa": ("ecdsa", None),
         "ed25519": ("ed25519", None), "ssh-rsa": ("rsa", None),
         "ssh-ed25519": ("ed25519", None),
         **{f"ecdsa-sha2-nistp{b}": ("ecdsa", b) for b in (256, 384, 521)},
         # OpenSSH 10.4+'s experimental post-quantum composite (its -b is ignored, as Ed25519's)
         "mldsa44-ed25519": ("mldsa44-ed25519", None),
         "ssh-mldsa44-ed25519@openssh.com": ("mldsa44-ed25519", None)}
FIXED_SIZE = ("ed25519", "mldsa44-ed25519")
RSA_SIGNATURES = ("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa")
DEFAULT_BITS = {"rsa": 3072, "ecdsa": 256}
PRIVATE_FORMATS = {"PEM": "pem", "PKCS8": "pkcs8"}


class Exit(Exception):
    """Stop with a message on stderr (if any) and an exit status: 255 as ssh-keygen's fatal()."""

    def __init__(self, message: str = "", status: int = 255):
        super().__init__(message)
        self.status = status


def _say(text: str) -> None:
    print(text, flush=True)


def _ask(prompt: str) -> str:
    """A line from standard input after a prompt on standard output (ssh-keygen's fgets)."""
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        raise Exit("", 1)
    return line.rstrip("\n")


def _secret(prompt: str) -> str:
    """A passphrase: from the terminal without echo, or a line of standard input when that is
    not a terminal (ssh-keygen's RP_ALLOW_STDIN)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise Exit("A passphrase is needed: give it with -N (new) or -P (old), or on a terminal.")
    return line.rstrip("\r\n")


class Keygen:
    def __init__(self, opts: dict, args: list):
        self.o = opts
        self.args = args
        self.quiet = "q" in opts
        self.verbose = "v" in opts
        self.hash = opts.get("E", ["sha256"])[-1].lower()
        if self.hash not in ("sha256", "md5"):
            raise Exit(f'Invalid hash algorithm "{self.hash}"')
        self.type = opts.get("t", [None])[-1]
        self.path = opts.get("f", [None])[-1]
        self.comment = opts.get("C", [None])[-1]
        self.old = opts.get("P", [None])[-1]
        self.new = opts.get("N", [None])[-1]
        fmt = opts.get("m", [None])[-1]
        if fmt is not None and fmt.upper() not in ("RFC4716", "SSH2", "PKCS8", "PEM"):
            raise Exit(f'Unsupported conversion format "{fmt}"')
        self.convert = "RFC4716" if fmt is None or fmt.upper() == "SSH2" else fmt.upper()
        self.private_format = PRIVATE_FORMATS.get(self.convert, "openssh")
        self.save_options = {}
        if "a" in opts:
            rounds = opts["a"][-1]
            if not rounds.isdigit() or not 1 <= int(rounds) < 2 ** 31:
                raise Exit(f"Invalid number: {rounds}")
            self.save_options["rounds"] = int(rounds)
        if "Z" in opts:
            if opts["Z"][-1] not in CIPHERS or opts["Z"][-1] == "none":
                raise Exit(f"Invalid OpenSSH-format cipher '{opts['Z'][-1]}'")
            self.save_options["cipher_name"] = opts["Z"][-1]

    # -- files and keys -----------------------------------------------------------------------
    def _default_path(self) -> str:
        family = TYPES.get(self.type or "ed25519", ("ed25519",))[0]
        stem = {"mldsa44-ed25519": "mldsa44_ed25519"}.get(family, family)
        return str(Path.home() / ".ssh" / f"id_{stem}")

    def _identity(self, prompt: str = "Enter file in which the key is") -> str:
        if self.path is None:
            default = self._default_path()
            self.path = _ask(f"{prompt} ({default}): ") or default
        return self.path

    def _read(self, path: str) -> bytes:
        if path == "-":
            return sys.stdin.buffer.read()
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError as e:
            raise Exit(f"{path}: {e.strerror}") from None

    async def _load_private(self, path: str, prompt: str = "Enter passphrase: ",
                            old: str | None = None):
        """ssh-keygen's load_identity: try no passphrase, then -P (or `old`), then ask."""
        data = self._read(path)
        try:
            return await operations.load(data, ""), ""
        except (PassphraseRequired, WrongPassphrase):
            passphrase = old if old is not None else self.old
            if passphrase is None:
                passphrase = _secret(prompt)
            try:
                return await operations.load(data, passphrase), passphrase
            except WrongPassphrase:
                raise Exit(f'Load key "{path}": incorrect passphrase supplied to decrypt '
                           f"private key") from None

    async def _load_public(self, path: str):
        """sshkey_load_public: the file as a public key, else FILE.pub, else the private key's
        public half (asking for a passphrase only where the format hides it)."""
        data = self._read(path)
        try:
            return await operations.load_public(data)
        except PassphraseRequired:
            pub = Path(path + ".pub")
            if pub.is_file():
                return await operations.load_public(pub.read_bytes())
            return (await self._load_private(path))[0].public_only()

    async def _write_pair(self, path: str, key, passphrase: str) -> None:
        _write(path, await self._save(key, passphrase, path), True)
        _write(path + ".pub", (public_line(key) + "\n").encode(), False)

    async def _save(self, key, passphrase: str, path: str) -> bytes:
        fmt = self.private_format
        impl = key.type.impl
        if not impl.traditional_pem and not impl.pkcs8_oid:
            fmt = "openssh"       # sshkey_private_to_fileblob: its only format, whatever -m says
        elif fmt == "pem" and not impl.traditional_pem:
            # ssh-keygen 10.x writes Ed25519 as PKCS#8 but has no PEM form for it (9.x wrote
            # its own format whatever -m said); sshkey.c's answer is SSH_ERR_INVALID_FORMAT.
            raise Exit(f'Saving key "{path}" failed: invalid format', 1)
        options = self.save_options if fmt == "openssh" else {}
        return await operations.save(key.with_certificate(None), fmt, passphrase, **options)

    # -- the modes ----------------------------------------------------------------------------
    async def generate(self) -> int:
        name = self.type or "ed25519"
        if name not in TYPES:
            raise Exit(f"unknown key type {name}" + (
                " (sshkeys-keygen writes what OpenSSH uses; the sshkeys command makes Ed448)"
                if name == "ed448" else ""))
        family, fixed = TYPES[name]
        bits = int(self.o["b"][-1]) if "b" in self.o else fixed or DEFAULT_BITS.get(family)
        if family == "ecdsa" and bits not in (256, 384, 521):
            raise Exit("Invalid ECDSA key length: valid lengths are 256, 384 or 521 bits")
        if family in FIXED_SIZE:
            bits = None
        if not self.quiet:
            _say(f"Generating public/private {name} key pair.")
        key = await operations.generate(family, bits, "")
        path = self._identity("Enter file in which to save the key")
        directory = Path(path).parent
        if not directory.exists() and directory == Path.home() / ".ssh":
            directory.mkdir(mode=0o700)
            if not self.quiet:
                _say(f"Created directory '{directory}'.")
        if os.path.exists(path):
            _say(f"{path} already exists.")
            if _ask("Overwrite (y/n)? ")[:1] not in ("y", "Y"):
                return 1
        passphrase = self.old if self.old is not None else self.new
        while passphrase is None:      # asked twice, again until both agree
            first = _secret("Enter passphrase (empty for no passphrase): ")
            if _secret("Enter same passphrase again: ") == first:
                passphrase = first
            else:
                _say("Passphrases do not match.  Try again.")
        comment = self.comment if self.comment is not None else \
            f"{getpass.getuser()}@{socket.gethostname()}"
        key = key.with_comment(operations.check_comment(comment))
        await self._write_pair(path, key, passphrase)
        if not self.quiet:
            _say(f"Your identification has been saved in {path}")
            _say(f"Your public key has been saved in {path}.pub")
            _say("The key fingerprint is:")
            _say(f"{fingerprint(key.public, self.hash)} {comment}")
            _say("The key's randomart image is:")
            _say(randomart(key.public, self.hash))
        return 0

    async def print_public(self) -> int:
        path = self._identity()
        key, _ = await self._load_private(path)
        _say(public_line(key))
        return 0

    def _fingerprint_line(self, key, comment: str) -> str:
        fp = bubblebabble(key.public) if "B" in self.o else fingerprint(key.public, self.hash)
        kind = short_type(key.public, key.certificate is not None)
        line = f"{key.bits} {fp} {comment or 'no comment'} ({kind})"
        return line + ("\n" + randomart(key.public, self.hash) if self.verbose else "")

    async def fingerprint(self) -> int:
        path = self._identity()
        data = self._read(path)
        first = data.split(b"\n", 1)[0]
        if path != "-" and b"PRIVATE KEY" in first:
            pub = Path(path + ".pub")
            key = await operations.load_public(pub.read_bytes() if pub.is_file() else data)
            comment = key.comment
            if not comment and not operations.is_encrypted(data):
                comment = (await operations.load(data)).comment
            _say(self._fingerprint_line(key, comment))
            return 0
        shown = 0
        for line in data.decode("utf-8", "replace").splitlines():
            key = await _line_key(line)
            if key is not None:
                _say(self._fingerprint_line(key, key.comment))
                shown += 1
        if not shown:
            try:       # a one-key file in another format (RFC 4716, PEM, .ppk)
                key = await operations.load_public(data)
            except SSHKeyError:
                raise Exit(f"{'(stdin)' if path == '-' else path} is not a public key file.") \
                    from None
            _say(self._fingerprint_line(key, key.comment))
        return 0

    async def show_certificates(self) -> int:
        path = self._identity()
        data = self._read(path)
        label = "(stdin)" if path == "-" else path
        ok = False
        for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
            text = line.lstrip(" \t")
            if not text or text.startswith("#"):
                continue
            try:
                key = await operations.load_public(text.encode())
            except SSHKeyError as e:
                print(f"{label}:{number}: invalid key: {e}", file=sys.stderr)
                continue
            if key.certificate is None:
                print(f"{label}:{number} is not a certificate", file=sys.stderr)
                continue
            ok = True
            _say((f"{label}:" if path != "-" and number == 1 else f"{label}:{number}:")
                 + "\n" + show(key.certificate, self.hash).rstrip("\n"))
        return 0 if ok else 1

    def _rewritable(self, path: str) -> None:
        """-p and -c rewrite the file in ssh-keygen's formats; a .ppk or ssh.com file would
        silently become another format, so they are refused."""
        fmt = operations.detect_format(self._read(path))
        if fmt not in ("openssh", "pem", "pkcs8"):
            raise Exit(f"{path} is not an OpenSSH, PEM or PKCS#8 private key "
                       f"({formats.get(fmt).label}); convert it with the sshkeys command.")

    async def change_passphrase(self) -> int:
        path = self._identity()
        self._rewritable(path)
        key, _ = await self._load_private(path, "Enter old passphrase: ")
        _say(f"Key has comment '{key.comment}'")
        new = self.new
        if new is None:
            new = _secret("Enter new passphrase (empty for no passphrase): ")
            if _secret("Enter same passphrase again: ") != new:
                _say("Pass phrases do not match.  Try again.")
                return 1
        _write(path, await self._save(key, new, path), True)
        _say("Your identification has been saved with the new passphrase.")
        return 0

    async def change_comment(self) -> int:
        path = self._identity()
        self._rewritable(path)
        key, passphrase = await self._load_private(
            path, old=self.old if self.old is not None else self.new)
        if key.type.family != "ed25519" and self.private_format != "openssh":
            raise Exit("Comments are only supported for keys stored in the new format (-o).", 1)
        _say(f"Old comment: {key.comment}" if key.comment else "No existing comment")
        comment = self.comment if self.comment is not None else _ask("New comment: ")
        if comment == key.comment:
            _say("No change to comment")
            return 0
        key = key.with_comment(operations.check_comment(comment))
        _write(path, await self._save(key, passphrase, path), True)
        _write(path + ".pub", (public_line(key) + "\n").encode(), False)
        _say(f"Comment '{comment}' applied" if comment else "Comment removed")
        return 0

    async def export(self) -> int:
        key = await self._load_public(self._identity())
        family = key.type.family
        if self.convert == "RFC4716":
            blob = certificate_line(key).split()[1] if key.certificate else \
                public_line(key).split()[1]
            kind = short_type(key.public, key.certificate is not None)
            comment = (f"{key.bits}-bit {kind}, converted by {getpass.getuser()}@"
                       f"{socket.gethostname()} from OpenSSH")[:60]
            body = "".join(blob[i:i + 70] + "\n" for i in range(0, len(blob), 70))
            sys.stdout.write("---- BEGIN SSH2 PUBLIC KEY ----\n"
                             f'Comment: "{comment}"\n{body}---- END SSH2 PUBLIC KEY ----\n')
            return 0
        if family not in ("rsa", "dsa", "ecdsa"):
            raise Exit(f"unsupported key type {short_type(key.public)}")
        if self.convert == "PEM" and family == "rsa":
            data = rsa_public_pem(key.public)
        else:
            data = await operations.save(key.with_certificate(None), "public-pem")
        sys.stdout.buffer.write(data)
        return 0

    async def import_(self) -> int:
        data = self._read(self._identity())
        try:
            key = await operations.load_public(data)
        except PassphraseRequired:
            key = None
        if key is not None:
            _say(" ".join(public_line(key).split()[:2]))
            return 0
        private, _ = await self._load_private(self.path)
        sys.stdout.buffer.write(await operations.save(private, "pem"))
        return 0

    async def sign(self) -> int:
        if "I" not in self.o:
            raise Exit("Must specify key id (-I) when certifying")
        if "n" not in self.o:           # ssh-keygen 10.3: such a certificate is never accepted
            print("Warning: certificate will contain no principals (-n)", file=sys.stderr)
        if not self.args:
            raise Exit("Too few arguments.", 255)
        ca, _ = await self._load_private(self.o["s"][-1])
        algorithm = None
        if self.type is not None:       # -t names the CA's type, or an RSA signature algorithm
            family = "rsa" if self.type in RSA_SIGNATURES else TYPES.get(self.type, (None,))[0]
            if family != ca.type.family:
                raise Exit(f"CA key type {ca.algorithm} doesn't match specified {self.type}")
            if self.type in RSA_SIGNATURES:
                algorithm = self.type
        principals = ()
        if "n" in self.o:
            principals = tuple(self.o["n"][-1].split(","))
            if "" in principals:
                raise Exit("Empty principal name")
        serial, step = 0, 0
        if "z" in self.o:
            text = self.o["z"][-1]
            step, digits = (1, text[1:]) if text.startswith("+") else (0, text)
            if not digits.isdigit() or int(digits) >= 2 ** 64:
                raise Exit(f'Invalid serial number "{text}"')
            serial = int(digits)
        kind = certificate.HOST if "h" in self.o else certificate.USER
        validity = (parse_validity(self.o["V"][-1]) if "V" in self.o
                    else (0, certificate.FOREVER))
        for path in self.args:
            key = await self._load_public(path)
            if key.certificate is not None:
                raise Exit(f'key "{path}" type {key.certificate.algorithm} cannot be certified')
            certified = await operations.sign_certificate(
                ca, key, self.o["I"][-1], principals=principals, type=kind, serial=serial,
                validity=validity, options=self.o.get("O", []), algorithm=algorithm)
            out = path.removesuffix(".pub") + "-cert.pub"
            _write(out, operations.certificate_file(certified), False)
            if not self.quiet:
                cert = certified.certificate
                names = f" for {self.o['n'][-1]}" if "n" in self.o else ""
                print(f'Signed {cert.type_name} key {out}: id "{cert.key_id}" serial '
                      f"{cert.serial}{names} valid {validity_text(cert)}",
                      file=sys.stderr)
            serial += step
        return 0

    async def run(self) -> int:
        o = self.o
        status = await keygen_tools.dispatch_early(self)       # -Y, -k, -Q
        if status is not None:
            return status
        if "s" in o:
            if "U" in o:
                raise Exit(f"Option -U (a CA key held in ssh-agent) is not supported by {PROG}; "
                           "use ssh-keygen for it.", 1)
            return await self.sign()
        if self.args and "M" not in o:
            raise Exit("Too many arguments.")
        if "p" in o and "c" in o:
            raise Exit("Can only have one of -p and -c.", 255)
        if "L" in o:
            return await self.show_certificates()
        if "F" in o or "R" in o or "H" in o:
            return await keygen_tools.dispatch_late(self)
        for flag, mode in (("l", self.fingerprint),
                           ("B", self.fingerprint), ("p", self.change_passphrase),
                           ("c", self.change_comment), ("e", self.export), ("i", self.import_),
                           ("y", self.print_public)):
            if flag in o:
                return await mode()
        status = await keygen_tools.dispatch_late(self)        # -r, -M, FIDO types
        if status is not None:
            return status
        if "O" in o:
            raise Exit(f'Option "{o["O"][0]}" is only for signing certificates (-s) here: '
                       "sshkeys-keygen makes no FIDO keys.")
        return await self.generate()


async def _line_key(line: str):
    """The key on one line of a public key, authorized_keys or known_hosts file, or None."""
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    tokens = text.split()
    for i, token in enumerate(tokens):
        if token in KEY_TYPES or is_certificate_type(token):
            try:
                return await operations.load_public(" ".join(tokens[i:]).encode())
            except SSHKeyError:
                return None
    return None


def usage() -> str:
    return (f"usage: {PROG} [-q] [-a rounds] [-b bits] [-C comment] [-f output_keyfile]\n"
            "                  [-m format] [-N new_passphrase]\n"
            "                  [-t ecdsa | ed25519 | mldsa44-ed25519 | rsa] [-Z cipher]\n"
            f"       {PROG} -p [-a rounds] [-f keyfile] [-m format] [-N new_passphrase]\n"
            "                  [-P old_passphrase] [-Z cipher]\n"
            f"       {PROG} -i [-f input_keyfile] [-m key_format]\n"
            f"       {PROG} -e [-f input_keyfile] [-m key_format]\n"
            f"       {PROG} -y [-f input_keyfile]\n"
            f"       {PROG} -c [-a rounds] [-C comment] [-f keyfile] [-P passphrase]\n"
            f"       {PROG} -l [-v] [-E fingerprint_hash] [-f input_keyfile]\n"
            f"       {PROG} -B [-f input_keyfile]\n"
            f"       {PROG} -I certificate_identity -s ca_key [-h] [-n principals]\n"
            "                  [-O option] [-V validity_interval] [-z serial_number] file ...\n"
            f"       {PROG} -L [-f input_keyfile]\n"
            f"       {PROG} -F hostname [-lv] [-f known_hosts_file]\n"
            f"       {PROG} -H [-f known_hosts_file]\n"
            f"       {PROG} -R hostname [-f known_hosts_file]\n"
            f"       {PROG} -r hostname [-g] [-f input_keyfile]\n"
            f"       {PROG} -k -f krl_file [-u] [-s ca_public] [-z version_number]\n"
            "                  file ...\n"
            f"       {PROG} -Q [-l] -f krl_file [file ...]\n"
            f"       {PROG} -Y find-principals -s signature_file -f allowed_signers_file\n"
            f"       {PROG} -Y match-principals -I signer_identity -f allowed_signers_file\n"
            f"       {PROG} -Y check-novalidate -n namespace -s signature_file\n"
            f"       {PROG} -Y sign -f key_file -n namespace file [-O option] ...\n"
            f"       {PROG} -Y verify -f allowed_signers_file -I signer_identity\n"
            "                  -n namespace -s signature_file [-r krl_file] [-O option]\n")


def parse(argv: list) -> tuple:
    try:
        pairs, args = getopt.gnu_getopt(argv, OPTSTRING)
    except getopt.GetoptError as e:
        sys.stderr.write(usage())
        raise Exit(f"{e}.", 1) from None
    opts = {}
    for name, value in pairs:
        letter = name[1]
        if letter not in SUPPORTED:
            raise Exit(f"Option -{letter} is not supported by {PROG}; use ssh-keygen for it.", 1)
        opts.setdefault(letter, []).append(value)
    if "b" in opts and not opts["b"][-1].isdigit():
        raise Exit(f"Bits has bad value {opts['b'][-1]} (invalid)")
    return opts, args


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        opts, args = parse(argv)
        return asyncio.run(Keygen(opts, args).run())
    except Exit as e:
        if str(e):
            print(f"{PROG}: {e}", file=sys.stderr)
        return e.status
    except (SSHKeyError, ValueError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
    except OSError as e:
        print(f"{PROG}: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
    return 255


if __name__ == "__main__":
    sys.exit(main())
