# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = forever
cert-validity-before = before { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = after { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = from { DATETIME($after, dateStyle: "medium", timeStyle: "short") } to { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] Expired
    [future] Not yet valid
   *[valid] Valid now
}: { $certType ->
    [host] host
    [unknown] unknown
   *[user] user
} certificate, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. The CA's signature checks out ({ $caType } { $fingerprint }, using { $algorithm }).

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = The pasted CA key
cert-ca-needed = Choose or paste the CA's private key first.
cert-opening = Opening { $name }…
cert-ca-passphrase = { $name } is protected by a passphrase.
cert-ca-public = { $name } is a public key: a CA signs with its private key.
cert-ca-key = CA key: { $type } { $fingerprint } “{ $comment }”.
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = { $name } is { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: that is not a key file.

## The Certificates tab: signing
cert-bad-dates = Choose the dates with the date pickers.
cert-open-ca-first = Open the CA key first.
cert-id-needed = Give the certificate a key identity.
cert-serial-number = The serial number is a whole number, 0 or more.
cert-key-needed = Choose or paste the public key to sign.
cert-signing = Signing…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = Saved { $names }.

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (pasted)
cert-inspect-needed = Choose or paste a certificate first.
cert-checking = Checking…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = The pasted certificate
cert-attach-needed = Choose or paste the key's certificate first.
cert-attach-checking = Checking the certificate…
cert-attached = Attached: the .ppk you save now carries it.
cert-removed = Removed: the files you save no longer carry it.
cert-key-title = Certificate: OpenSSH { $certType ->
    [host] host
    [unknown] unknown
   *[user] user
} certificate, { $state ->
    [expired] expired
    [future] not yet valid
   *[valid] valid now
}
cert-key-title-none = Certificate: none (attach one)
cert-key-none = This key has no certificate.
cert-key-about-private = This key carries an OpenSSH { $certType ->
    [host] host
    [unknown] unknown
   *[user] user
} certificate. A .ppk you save keeps it (PuTTY 0.78 and later log in with it); for OpenSSH, save the certificate as its own file beside the private key.
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = This is an OpenSSH { $certType ->
    [host] host
    [unknown] unknown
   *[user] user
} certificate, not a key: it lets the private key of the { $type } public key below log in wherever its CA is trusted. Keep it beside that private key, as { $stem }-cert.pub next to { $stem }: ssh uses it by itself.
