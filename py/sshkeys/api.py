"""The worker's API, declared once: every operation the page sends, with its arguments.

A request is {"op": name, ...arguments}; the answer {"ok": True, ...} or {"ok": False, "error":
{"type", "message"}} (session.py). Python's session answers each operation with its `op_<name>`
coroutine, except those in IN_WORKER, which web/worker.js answers itself (they need no key).
tests/test_api.py fails when this list, session.py's handlers and the page's calls
(worker.call("name", {...}) in web/*.js) disagree.
"""

OPERATIONS = {
    # -- start and keys
    "capabilities": (),                       # what this engine makes and writes; defaults, limits
    "set_language": ("lang",),                # Python's messages in the page's language (i18n.py)
    "generate": ("family", "bits", "comment"),
    "pregenerate": ("family", "bits"),        # a key of the selected type, made in advance
    "load": ("data", "passphrase", "name", "opening"),   # data once; then opening + passphrase
    "set_comment": ("key", "comment"),
    "forget": ("key",),                       # a kept key, or a file waiting for its passphrase
    # -- saving
    "save": ("key", "format", "passphrase", "options"),
    "save_all": ("key", "formats", "passphrase", "options"),
    "file_name": ("key", "format"),
    "strength": ("guesses_log10", "family", "formats", "options", "entropy_bits"),
    # -- the check-up
    "check_lines": ("text", "kind"),
    "fix": ("key", "action", "passphrase"),
    # -- certificates
    "inspect_certificate": ("data", "name"),
    "sign_certificate": ("ca", "key_id", "key", "data", "principals", "cert_type", "serial",
                         "validity", "options", "algorithm"),
    "attach_certificate": ("key", "data"),
    "remove_certificate": ("key",),
    # -- SSH signatures (ssh-keygen -Y): files, messages, git commits
    "sign_message": ("key", "data", "name", "namespace", "hash"),
    "verify_message": ("signature", "data", "namespace", "allowed", "principal", "public"),
    "signing_setup": ("key", "principal"),    # the allowed_signers line and git config lines
    # -- answered in web/worker.js
    "qr": ("text",),                          # a public key line's QR code modules (uqr)
    "passphrase": ("words",),                 # a diceware passphrase (EFF large word list)
}

IN_WORKER = frozenset({"qr", "passphrase"})
