"""The worker's Python half: the keys a page is working on, and typed messages about them.

The page's worker forwards each message (a dict) to `handle` and posts back what it returns
(the operations and their arguments are declared in api.py):
{"ok": True, ...result} or {"ok": False, "error": {"type": <exception class>, "message": ...}}.
Private keys stay in this session; only what the user asks to save leaves it, as file bytes.
"""

import asyncio
import gc
import itertools
from dataclasses import asdict, replace

from . import api, archive, certificate, checkup, defaults, formats, i18n, keys, operations, strength
from .engine import get_engine
from .errors import CertificateError, SSHKeyError, WrongPassphrase
from .keys import Key
from .limits import DEFAULT as LIMITS
from .i18n import _

MIME = "application/octet-stream"   # key files are downloads, never something to render
# ssh-keygen -V words a page can offer as presets beside its own dates.
VALIDITY_PRESETS = ("+1h", "+1d", "+1w", "+4w", "+52w", "always:forever")


def _bytes(value) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    if hasattr(value, "to_bytes") and not isinstance(value, int):
        return value.to_bytes()       # a Pyodide JsProxy of a Uint8Array
    raise ValueError(_("Key file data must be bytes."))


class Session:
    def __init__(self, engine=None):
        self._engine = engine
        self._keys: dict[str, Key] = {}
        self._ids = itertools.count(1)
        self._pregenerated = None     # ((family, bits), asyncio.Task of a private key) or None
        self._opening: dict[str, bytes] = {}   # encrypted files waiting for their passphrase

    @property
    def engine(self):
        return self._engine or get_engine()

    # -- messages ----------------------------------------------------------------------------
    async def handle(self, message) -> dict:
        message = dict(message)
        op = message.pop("op", None)
        if op not in api.OPERATIONS or op in api.IN_WORKER:
            return _error("ValueError", _("Unknown operation {op!r}.").format(op=op))
        method = getattr(self, "op_" + op)
        try:
            return {"ok": True, **await method(**message)}
        except SSHKeyError as e:
            return _error(type(e).__name__, str(e))
        except (ValueError, TypeError, KeyError) as e:
            return _error("ValueError", str(e).strip("'\""))
        except Exception as e:  # a bug of ours: still a reply, never a dead worker
            return _error("InternalError", _("Unexpected {kind}: {error}").format(kind=type(e).__name__, error=e))

    async def op_set_language(self, lang: str) -> dict:
        """Errors and findings from now on in `lang` (BCP 47), when there is a catalog for it."""
        return {"lang": i18n.set_language(lang)}

    async def op_capabilities(self) -> dict:
        """What this engine can make and write, for the page to offer."""
        types = []
        for family in keys.FAMILIES:
            members = [t for t in keys.KEY_TYPES.values() if t.family == family]
            types.append({
                "family": family,
                "bits": sorted({b for t in members for b in t.bits}),
                "default_bits": keys.default_bits(family),
                "openssh": members[0].openssh,
                "note": _(members[0].note) if members[0].note else "",
                "supported": family in self.engine.families,
            })
        return {
            "engine": self.engine.name,
            "primitives": await self.engine.primitives(),
            "types": types,
            "default_comments": {f: operations.default_comment(f) for f in keys.FAMILIES},
            "formats": [{"name": f.name, "label": _(f.label), "private": f.private}
                        for f in formats.FORMATS.values() if f.name in formats.WRITABLE],
            # What a save writes unasked, and the caps a file may ask for: the page's forms
            # show these and hold no copy of them.
            "save_defaults": defaults.SAVE,
            "limits": asdict(LIMITS),
            "certificates": {"ca_families": list(certificate.CA_FAMILIES),
                             "default_extensions": list(certificate.DEFAULT_EXTENSIONS),
                             "validity_presets": list(VALIDITY_PRESETS)},
        }

    async def op_generate(self, family: str = "ed25519", bits: int | None = None,
                          comment: str | None = None) -> dict:
        bits = bits and int(bits)
        made = self._take_pregenerated(family, bits)
        try:
            key = await operations.generate(family, bits, comment, engine=self.engine, made=made)
        except Exception:
            if made is None:
                raise
            # The key made in advance failed: make one now, which fails the same way if the
            # request itself is wrong.
            made = None
            key = await operations.generate(family, bits, comment, engine=self.engine)
        return {"key": self._keep(key), "made_in_advance": made is not None}

    # -- pre-generation ----------------------------------------------------------------------
    # While the user reads the form, one key of the selected type and size is made in the
    # background, so that Generate shows it at once. It lives only in this worker's memory,
    # is replaced when the selection changes, is handed out at most once, and goes with the
    # worker (Clear, leaving the page). DSA is made in Python itself, which would hold up every
    # other message meanwhile: it is never made in advance.
    async def op_pregenerate(self, family: str = "ed25519", bits: int | None = None) -> dict:
        bits = bits and int(bits)
        if family == "dsa" or family not in self.engine.families:
            self._drop_pregenerated()
            return {"pregenerating": False}
        if self._pregenerated is None or self._pregenerated[0] != (family, bits):
            self._drop_pregenerated()
            task = asyncio.ensure_future(keys.generate(self.engine, family, bits))
            task.add_done_callback(_quiet)
            self._pregenerated = ((family, bits), task)
        return {"pregenerating": True}

    def _take_pregenerated(self, family: str, bits: int | None):
        """The task of the key made in advance, if it is of this type and size; any other is
        dropped. Either way none is held afterwards."""
        held = self._pregenerated
        if held is not None and held[0] == (family, bits):
            self._pregenerated = None
            return held[1]
        self._drop_pregenerated()
        return None

    def _drop_pregenerated(self) -> None:
        if self._pregenerated is not None:
            self._pregenerated[1].cancel()
            self._pregenerated = None

    async def op_load(self, data=None, passphrase: str | None = None, name: str = "",
                      opening: str | None = None) -> dict:
        """Open a key file, sent once: the answer is the key, or for an encrypted file without
        its passphrase {"needs_passphrase": True, "opening": id, "protection": ...}; the bytes
        are kept under that id until a load with it and the passphrase opens the file, fails
        otherwise than by a wrong passphrase, or `forget` drops it."""
        if data is not None:
            opening = f"o{next(self._ids)}"
            self._opening[opening] = _bytes(data)
        elif opening not in self._opening:
            raise ValueError(_("That key file is no longer being opened; choose it again."))
        try:
            loaded = await operations.read_file(self._opening[opening], passphrase,
                                                engine=self.engine)
        except WrongPassphrase:
            raise
        except Exception:
            del self._opening[opening]
            raise
        if loaded.needs_passphrase:
            return {"needs_passphrase": True, "opening": opening, "format": loaded.format,
                    "protection": loaded.protection.as_dict()}
        del self._opening[opening]
        info = self._keep(loaded.key)
        info["source_format"] = loaded.format
        info["encrypted"] = loaded.encrypted
        return {"key": info}

    async def op_set_comment(self, key: str, comment: str) -> dict:
        updated = self._get(key).with_comment(operations.check_comment(comment))
        self._keys[key] = updated
        return {"key": self._info(key, updated)}

    async def op_save(self, key: str, format: str, passphrase: str | None = None,
                      options: dict | None = None) -> dict:
        k = self._get(key)
        data = await operations.save(k, format, passphrase, engine=self.engine, **dict(options or {}))
        return {"data": data, "filename": formats.get(format).file_name.format(stem=k.type.stem),
                "mime": MIME}

    async def op_save_all(self, key: str, formats: list, passphrase: str | None = None,
                          options: dict | None = None) -> dict:
        """One .zip: the key in each private format of `formats` (options: by format), its
        .pub and NEXT-STEPS.txt."""
        k = self._get(key)
        options = {name: dict(o or {}) for name, o in dict(options or {}).items()}
        data = await archive.save_all(k, list(formats), passphrase, options, engine=self.engine)
        return {"data": data, "filename": archive.archive_name(k), "mime": "application/zip"}

    async def op_file_name(self, key: str, format: str) -> dict:
        """The name a save of `format` will suggest, before the (slow) save: a save dialog must
        open while the click that asked for it still counts."""
        k = self._get(key)
        name = (archive.archive_name(k) if format == "all"
                else formats.get(format).file_name.format(stem=k.type.stem))
        return {"filename": name}

    async def op_strength(self, guesses_log10: float, family: str | None = None,
                          formats: list | None = None, options: dict | None = None,
                          entropy_bits: float | None = None) -> dict:
        """How long the attacker of strength.py needs for a passphrase an estimator says takes
        10**guesses_log10 guesses (a suggested one: at most half of 2**entropy_bits), in each
        private format (of `family`, or those named) with its save options (by format). The
        passphrase itself never comes here."""
        names = [f for f in strength.private_formats(family) if formats is None or f in formats]
        options = {name: dict(o or {}) for name, o in dict(options or {}).items()}
        guesses = strength.guesses(10 ** min(float(guesses_log10), 300), entropy_bits)
        return {"attacker": strength.attacker(),
                "estimates": [strength.estimate_saved(guesses, f, **options.get(f, {})).as_dict()
                              for f in names]}

    # -- the check-up ---------------------------------------------------------------------------
    async def op_check_lines(self, text: str, kind: str | None = None) -> dict:
        """The table of a pasted or dropped authorized_keys / known_hosts text, and findings."""
        if not isinstance(text, str):
            text = _bytes(text).decode("utf-8", "replace")
        return checkup.check_lines(text, kind)

    async def op_fix(self, key: str, action: str, passphrase: str | None = None) -> dict:
        """A one-step fix: "resave" gives the file to save (same key, modern protection, and
        the check-up of that file); "new-key" makes and keeps a new key with the same comment."""
        k = self._get(key)
        if action == checkup.RESAVE:
            fmt, data = await operations.resave(k, passphrase, engine=self.engine)
            fixed = replace(k, source=operations.protection(data))
            self._keys[key] = fixed
            return {"data": data, "format": fmt, "mime": MIME,
                    "filename": formats.get(fmt).file_name.format(stem=k.type.stem),
                    "key": self._info(key, fixed)}
        if action == checkup.RENEW:
            return {"key": self._keep(await operations.renew(k, engine=self.engine))}
        raise ValueError(_("Unknown fix {action!r}; use {RESAVE} or {RENEW}.").format(action=action, RESAVE=checkup.RESAVE, RENEW=checkup.RENEW))

    # -- certificates --------------------------------------------------------------------------
    async def op_inspect_certificate(self, data, name: str = "") -> dict:
        """A certificate file, checked (CA signature) and described; its listing is
        `ssh-keygen -L`'s text."""
        key = await operations.load_public(_bytes(data), engine=self.engine)
        if key.certificate is None:
            raise CertificateError(_("This file is a public key, not a certificate."))
        info = operations.describe_certificate(key.certificate)
        info["listing"] = f"{name or '(certificate)'}:\n{info['listing']}"
        return {"certificate": info, "comment": key.comment}

    async def op_sign_certificate(self, ca: str, key_id: str, key: str | None = None,
                                  data=None, principals=(), cert_type: str = "user",
                                  serial: int = 0, validity="always:forever", options=(),
                                  algorithm: str | None = None) -> dict:
        """Sign the loaded key `key` (or the public key file `data`) with the loaded CA key
        `ca`. validity: ssh-keygen -V text, or [valid_after, valid_before]; options: ssh-keygen
        -O words. The certified key is kept; the reply carries its -cert.pub file."""
        subject = (self._get(key) if key is not None
                   else await operations.load_public(_bytes(data), engine=self.engine))
        if isinstance(principals, str):
            principals = [p.strip() for p in principals.split(",") if p.strip()]
        if cert_type not in ("user", "host"):
            raise ValueError(_("cert_type is 'user' or 'host'."))
        if not isinstance(validity, str):
            validity = tuple(int(v) for v in validity)
        certified = await operations.sign_certificate(
            self._get(ca), subject, key_id, principals=tuple(principals),
            type=certificate.HOST if cert_type == "host" else certificate.USER,
            serial=int(serial), validity=validity, options=tuple(options or ()),
            algorithm=algorithm, engine=self.engine)
        return {"key": self._keep(certified), "data": operations.certificate_file(certified),
                "filename": f"id_{certified.type.stem}-cert.pub", "mime": MIME}

    async def op_attach_certificate(self, key: str, data) -> dict:
        """Give a loaded key the certificate in `data` (then a .ppk saved carries it)."""
        cert_key = await operations.load_public(_bytes(data), engine=self.engine)
        self._keys[key] = await operations.attach_certificate(self._get(key), cert_key,
                                                              engine=self.engine)
        return {"key": self._info(key, self._keys[key])}

    async def op_remove_certificate(self, key: str) -> dict:
        self._keys[key] = self._get(key).with_certificate(None)
        return {"key": self._info(key, self._keys[key])}

    # -- SSH signatures ---------------------------------------------------------------------------
    async def op_sign_message(self, key: str, data, name: str | None = None,
                              namespace: str = "file", hash: str = "sha512") -> dict:
        """The .sig file of `data` (a chosen file named `name`, or pasted text) signed by the
        loaded key `key`, as ssh-keygen -Y sign writes it."""
        sig = await operations.sign_message(self._get(key), _bytes(data), namespace, hash,
                                            engine=self.engine)
        return {"data": sig, "filename": operations.signature_file_name(name), "mime": MIME}

    async def op_verify_message(self, signature, data, namespace: str = "file",
                                allowed=None, principal: str | None = None,
                                public=None) -> dict:
        """ssh-keygen -Y verify's verdict on `signature` for `data`: against an allowed_signers
        text and a principal, or against a public key (any public key file)."""
        key = None
        if public is not None:
            key = await operations.load_public(_bytes(public), engine=self.engine)
        return await operations.verify_message(
            _bytes(signature), _bytes(data), namespace, principal=principal, public=key,
            allowed=None if allowed is None else _bytes(allowed), engine=self.engine)

    async def op_signing_setup(self, key: str, principal: str | None = None) -> dict:
        """The allowed_signers line and git config lines for signing with the loaded key."""
        return operations.signing_setup(self._get(key), principal)

    async def op_forget(self, key: str) -> dict:
        """Drop a kept key, or a file waiting for its passphrase (an id load answered)."""
        self._keys.pop(key, None)
        self._opening.pop(key, None)
        gc.collect()
        return {}

    # -- helpers -----------------------------------------------------------------------------
    def _keep(self, key: Key) -> dict:
        key_id = f"k{next(self._ids)}"
        self._keys[key_id] = key
        return self._info(key_id, key)

    def _get(self, key_id: str) -> Key:
        try:
            return self._keys[key_id]
        except KeyError:
            raise ValueError(_("That key is no longer loaded; generate or load it again.")) from None

    @staticmethod
    def _info(key_id: str, key: Key) -> dict:
        return {"id": key_id, **operations.describe(key), "formats": operations.formats_for(key),
                "protection": key.source.as_dict() if key.source is not None else None,
                "checkup": [f.as_dict() for f in checkup.check_key(key)]}


def _quiet(task) -> None:
    """A key made in advance that failed or was dropped: its exception is not an error of
    anything the user asked for (op_generate makes the key again if it is taken)."""
    if not task.cancelled():
        task.exception()


def _error(kind: str, message: str) -> dict:
    return {"ok": False, "error": {"type": kind, "message": message}}


session = Session()
handle = session.handle
