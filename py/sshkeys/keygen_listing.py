"""ssh-keygen -L: the listing of a certificate (sshkey_type() names, local times)."""

import time

from .certificate import FLAG_EXTENSIONS, FOREVER, STRING_OPTIONS, Certificate, option_text
from .fingerprint import fingerprint
from .keys import impl


def short_type(public, certified: bool = False) -> str:
    """sshkey_type(): 'ED25519', or 'ED25519-CERT' for a certificate."""
    return impl(public.algorithm).short + ("-CERT" if certified else "")


def _local(t: int) -> str:
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(min(t, 2 ** 63 - 1)))
    except (OverflowError, OSError, ValueError):
        return str(t)


def validity_text(cert: Certificate) -> str:
    """As ssh-keygen -L prints it (local time, like ssh-keygen)."""
    if cert.valid_after == 0 and cert.valid_before == FOREVER:
        return "forever"
    if cert.valid_after == 0:
        return f"before {_local(cert.valid_before)}"
    if cert.valid_before == FOREVER:
        return f"after {_local(cert.valid_after)}"
    return f"from {_local(cert.valid_after)} to {_local(cert.valid_before)}"


def _show_options(options, critical: bool) -> list:
    lines = []
    for name, data in options:
        text = ""
        if (name in FLAG_EXTENSIONS and not critical) or (critical and name == "verify-required"):
            pass
        elif critical and name in STRING_OPTIONS:
            text = " " + option_text(data)
        elif data:
            text = f" UNKNOWN OPTION: {data.hex()} (len {len(data)})"
        else:
            text = " UNKNOWN FLAG OPTION"
        lines.append(f"                {name}{text}")
    return lines


def show(cert: Certificate, hash_name: str = "sha256") -> str:
    """The body of `ssh-keygen -L` (after the 'path:' line), lines ending in \\n."""
    lines = [
        f"        Type: {cert.algorithm} {cert.type_name} certificate",
        f"        Public key: {short_type(cert.public, True)} {fingerprint(cert.public, hash_name)}",
        f"        Signing CA: {short_type(cert.ca)} {fingerprint(cert.ca, hash_name)} "
        f"(using {cert.signature_algorithm})",
        f'        Key ID: "{cert.key_id}"',
        f"        Serial: {cert.serial}",
        f"        Valid: {validity_text(cert)}",
    ]
    if cert.principals:
        lines.append("        Principals: ")
        lines += [f"                {p}" for p in cert.principals]
    else:
        lines.append("        Principals: (none)")
    for title, options, critical in (("Critical Options", cert.critical_options, True),
                                     ("Extensions", cert.extensions, False)):
        if options:
            lines.append(f"        {title}: ")
            lines += _show_options(options, critical)
        else:
            lines.append(f"        {title}: (none)")
    return "".join(line + "\n" for line in lines)
