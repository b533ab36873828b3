"""PuTTYgen's --cert-info rows and its fingerprint line (ALGORITHM BITS FINGERPRINT)."""

import base64
import hashlib
import time

from .certificate import FOREVER, HOST, USER, Certificate, option_text
from .keys import impl, public_blob


def _utc(t: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(min(t, 2 ** 63 - 1)))


def putty_fingerprint(algorithm: str, public, blob: bytes, hash_name: str = "sha256") -> str:
    """PuTTY's fingerprint line: 'ALGORITHM BITS FINGERPRINT' (Ed25519 is 255 bits; MD5
    without ssh-keygen's 'MD5:' prefix), of `blob` (the key's or the whole certificate's)."""
    bits = impl(public.algorithm).putty_bits(public)
    digest = hashlib.new(hash_name, blob).digest()
    fp = (":".join(f"{b:02x}" for b in digest) if hash_name == "md5"
          else "SHA256:" + base64.b64encode(digest).decode().rstrip("="))
    return f"{algorithm} {bits} {fp}"


def putty_info(cert: Certificate) -> list:
    """PuTTYgen --cert-info: (label, value) rows."""
    rows = []
    if cert.type == HOST:
        rows += [("Certificate type", "host key"), ("Valid host names", ",".join(cert.principals))]
    else:
        rows += [("Certificate type", "user authentication key"),
                 ("Valid user names", ",".join(cert.principals))]
    if cert.valid_after == 0:
        period = "forever" if cert.valid_before == FOREVER else f"until {_utc(cert.valid_before)}"
    elif cert.valid_before == FOREVER:
        period = f"after {_utc(cert.valid_after)}"
    else:
        period = f"{_utc(cert.valid_after)} - {_utc(cert.valid_before)}"
    rows.append(("Validity period", period))
    if cert.type == USER:
        labels = {"source-address": "Permitted client IP addresses",
                  "force-command": "Forced remote command"}
        for name, data in cert.critical_options:
            if name in labels:
                rows.append((labels[name], option_text(data)))
        present = {name for name, _ in cert.extensions}
        for ext, label in (("permit-X11-forwarding", "X11 forwarding permitted"),
                           ("permit-agent-forwarding", "Agent forwarding permitted"),
                           ("permit-port-forwarding", "Port forwarding permitted"),
                           ("permit-pty", "PTY allocation permitted"),
                           ("permit-user-rc", "Running user ~/.ssh.rc permitted")):
            if ext not in present:
                rows.append((label, "no"))
    rows += [("Certificate ID string", cert.key_id),
             ("Certificate serial number", str(cert.serial)),
             ("Fingerprint of signing CA key",
              putty_fingerprint(cert.ca.algorithm, cert.ca, public_blob(cert.ca))),
             ("Fingerprint including certificate",
              putty_fingerprint(cert.algorithm, cert.public, cert.to_blob()))]
    return rows
