"""“Save all”: one .zip holding a key's private files, its .pub and a short text of next steps.

Made with the standard library's zipfile, so the page and the native library write the same
archive. Entries get Unix modes (private files 0600) that unzip restores.
"""

import datetime
import io
import zipfile

from . import formats, operations
from .keys import Key
from .i18n import _

NEXT_STEPS = "NEXT-STEPS.txt"
PRIVATE_MODE = 0o100600
PUBLIC_MODE = 0o100644


def archive_name(key: Key) -> str:
    return f"id_{key.type.stem}-keys.zip"


def next_steps(key: Key, names: list[str], protected: bool) -> str:
    stem = f"id_{key.type.stem}"
    # TRANSLATORS: NEXT-STEPS.txt in the archive. Its lines after the first of a step are
    # indented by three spaces; {stem} is a file name such as id_ed25519.
    steps = [_("Put the public key ({stem}.pub) on the server as one line of ~/.ssh/authorized_keys,\n"
               "   or paste it into your host's dashboard (GitHub: Settings > SSH and GPG keys).")]
    if stem in names:
        steps.append(_("OpenSSH: move {stem} and {stem}.pub into ~/.ssh/ and run\n"
                       "   chmod 600 ~/.ssh/{stem}   (ssh refuses a key others can read)."))
    if f"{stem}.ppk" in names:
        steps.append(_("PuTTY, Pageant, WinSCP: keep {stem}.ppk where only you can read it and load "
                       "it\n   (Pageant: Add Key; PuTTY: Connection > SSH > Auth > Credentials)."))
    lines = [
        _("{algorithm} key, comment \"{comment}\"").format(algorithm=key.algorithm, comment=key.comment),
        _("SHA256 fingerprint: {sha256}").format(sha256=operations.describe(key)["sha256"]),
        "",
        _("Files in this archive:"),
        *(f"  {name}" for name in names),
        "",
        _("The private key files are protected by your passphrase.") if protected else
        _("The private key files are NOT protected by a passphrase: anyone who copies them can "
          "use the key."),
        "",
        _("Next steps:"),
        *(f"{i}. {step.format(stem=stem)}" for i, step in enumerate(steps, 1)),
        "",
        _("Delete this archive once the files are where they belong: it holds your private key."),
    ]
    return "\n".join(lines) + "\n"


async def save_all(key: Key, format_names, passphrase=None, options=None, *, engine=None,
                   now: datetime.datetime | None = None) -> bytes:
    """The zip of `key` saved in each private format of format_names (options: {format: save()
    keyword arguments}), plus its OpenSSH .pub and NEXT-STEPS.txt."""
    if not key.has_private:
        raise ValueError(_("Save all needs a private key; this is a public key only."))
    chosen = []
    for name in format_names:
        fmt = formats.get(name)
        if not fmt.private:
            raise ValueError(_("{label} is not a private key format.").format(label=_(fmt.label)))
        if name not in operations.formats_for(key):
            raise ValueError(_("A {name} key cannot be saved as {label}.").format(name=key.type.name, label=_(fmt.label)))
        if name not in chosen:
            chosen.append(name)
    if not chosen:
        raise ValueError(_("Choose at least one private key format to save."))
    stem = key.type.stem
    entries = []
    for name in chosen:
        data = await operations.save(key, name, passphrase, engine=engine,
                                     **dict((options or {}).get(name) or {}))
        entries.append((formats.get(name).file_name.format(stem=stem), data, PRIVATE_MODE))
    public = await operations.save(key, "public-openssh", engine=engine)
    entries.append((formats.get("public-openssh").file_name.format(stem=stem), public, PUBLIC_MODE))
    names = [n for n, _, _ in entries] + [NEXT_STEPS]
    text = next_steps(key, names, bool(passphrase)).encode()
    entries.append((NEXT_STEPS, text, PUBLIC_MODE))

    date = (now or datetime.datetime.now()).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for arcname, data, mode in entries:
            info = zipfile.ZipInfo(arcname, date_time=max(date, (1980, 1, 1, 0, 0, 0)))
            info.create_system = 3                    # Unix: external_attr holds the mode
            info.external_attr = mode << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()
