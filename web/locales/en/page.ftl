# The page's words in English: the source every other catalog translates.
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.

## The page around the views: title, header, loading, footer
site-page-title = SSH key generator — private keys never leave your browser
site-skip = Skip to the generator
site-title = SSH key generator
site-tagline = Make, open and convert SSH keys for OpenSSH and PuTTY: your private key and passphrase never leave this page.
# Embed mode: the line above the generator inside another site's page.
site-embed-about = SSH key generator: keys are made in your browser, and the private key and passphrase are never sent anywhere.
site-footer = No network use after loading, no cookies, no storage, no analytics: keys are made with your browser's cryptography and Python running on this page.
language-menu-label = Language
site-update = A new version of this page is ready. Save your key first: reloading clears it.
site-update-reload = Reload now

load-starting = Loading the key generator…
load-ready = Ready. Nothing you do here leaves this page.
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] Loading Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } of { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] Starting sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } of { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Ready… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } of { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Starting… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } of { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] Loading Python…
        [sshkeys] Starting sshkeys…
        [ready] Ready…
       *[starting] Starting…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python is still loading ({ $progress }).
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Python could not start: { $error } Reload the page to try again.
load-worker-failed = The key worker could not start: { $error } Reload the page to try again.
load-worker-failed-plain = The key worker could not start. Reload the page to try again.
load-no-script = The page does not name its { $role ->
        [rater] rater
       *[worker] worker
    }.
# $name: a script's file name (worker.js).
load-fetch-failed = { $name } could not be fetched or failed its integrity check ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = The key worker was stopped.
load-rater-stopped = The rater was stopped.
load-rater-failed = The rater stopped.
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } s

## The tabs
tabs-main =
    .aria-label = What do you want to do?
tabs-generate = Generate a new key
tabs-open = Open an existing key
tabs-check = Check authorized_keys
tabs-certs = Certificates

## Generate
gen-type = Key type
gen-badge-recommended = recommended
gen-badge-experimental = experimental
gen-badge-deprecated = deprecated
gen-badge-putty-only = PuTTY only
gen-about-ed25519 = Short and modern: OpenSSH, PuTTY, GitHub and GitLab take it.
gen-about-rsa = For older servers and services that ask for RSA.
gen-about-ecdsa = NIST curves, for policies that require them.
gen-other-types = Other types: post-quantum (experimental), legacy
gen-about-mldsa = Post-quantum. Only OpenSSH 10.4 and later use it, where enabled; PuTTY cannot.
gen-about-dsa = Only for very old systems: OpenSSH 10 no longer accepts DSA keys.
gen-about-ed448 = PuTTY accepts it; OpenSSH does not.
gen-unsupported = Not available in this browser: its cryptography library does not provide this type.
gen-types-unavailable = The page around this generator asked for key types that are not available here, so every type is offered. Check which type your server or service accepts.
gen-rsa-size = RSA key size
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } bits
gen-bits-recommended = { $bits } bits (recommended for RSA)
gen-bits-slow = { $bits } bits (slow)
gen-curve = Curve
gen-comment = Comment
gen-comment-hint = Shown next to the key in <code>authorized_keys</code>, PuTTY and dashboards: something like <code>you@laptop</code> tells your keys apart.
gen-passphrase = Passphrase
gen-passphrase-confirm = Confirm passphrase
gen-show-passphrase = Show passphrase
gen-suggest-label = Suggest one of
gen-suggest-words = { $words ->
        [one] { $words } word
       *[other] { $words } words
    }
gen-suggest = Suggest a passphrase
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
        [one] One word chosen at random from the EFF large word list ({ NUMBER($size) } words): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits of entropy. Write it down or keep it in a password manager: it cannot be recovered.
       *[other] { $words } words chosen at random from the EFF large word list ({ NUMBER($size) } words): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits of entropy. Write it down or keep it in a password manager: it cannot be recovered.
    }
gen-passphrase-hint = Protects the private key file if someone copies it. Leave it empty only for keys that scripts use: anyone with such a file can use it.
gen-mismatch = The two passphrases do not match.
gen-advanced = Advanced: passphrase protection strength
gen-rounds = OpenSSH bcrypt rounds
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = Like <code>ssh-keygen -a</code>; { $rounds } is the default (OpenSSH 9.4 and later), more is slower to crack and to open.
# Before Python has said what the default is.
gen-rounds-hint-unknown = Like <code>ssh-keygen -a</code>; the number shown is the default (OpenSSH 9.4 and later), more is slower to crack and to open.
gen-ppk-kdf = PuTTY key derivation
gen-kdf-default = Argon2id (default)
gen-argon2-memory = Argon2 memory (KiB)
gen-argon2-passes = Argon2 passes
gen-argon2-passes-input =
    .placeholder = auto (about 0.1 s, like PuTTYgen)
gen-argon2-parallelism = Argon2 parallelism
gen-generate = Generate key
gen-generating = Generating…
gen-generating-rsa-8192 = Generating… RSA 8192 and larger can take a minute or more.
gen-generating-rsa-4096 = Generating… RSA 4096 usually takes a few seconds, now and then up to 15.
gen-generating-dsa = Generating… DSA takes a few seconds.
# $ms: milliseconds.
gen-generated = Generated in { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Cleared: the key is gone from this page.

## Open
open-drop = Drop a key file here, or
open-choose = Choose a key file…
open-formats = OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, public key and certificate (<code>-cert.pub</code>) files. The file is read on this page and never uploaded.
open-paste = …or paste a key
open-passphrase = This key is protected. Passphrase:
open-button = Open key
# $name: the file's name.
open-opening = Opening { $name }…
open-opening-later = Opening { $name } once Python is ready.
open-protected = { $name } is protected by a passphrase.
open-opened = Opened { $name }.
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = Opening The pasted key…
open-opening-later-pasted = Opening The pasted key once Python is ready.
open-protected-pasted = The pasted key is protected by a passphrase.
open-opened-pasted = Opened The pasted key.
# $size: megabytes.
file-too-big = { $name } is { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: that is not a key file.
file-too-big-authorized-keys = { $name } is { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: too large for an authorized_keys file.

## The key on screen
result-title = Your key
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = Private and public key: { $type }, { $bits } bits, comment “{ $comment }”.
result-summary-public = Public key only: { $type }, { $bits } bits, comment “{ $comment }”.
result-public-key = Public key, for <code>authorized_keys</code> or your host's dashboard
result-copy = Copy public key
result-copied = Copied to the clipboard.
result-copy-blocked = Copying was blocked: the key is selected, press Ctrl+C (⌘C) to copy it.
result-edit =
    .aria-label = Comment and passphrase
result-comment = Comment
result-change = Change
    .aria-label = Change comment
result-comment-changed = Comment changed: save the files again to keep it.
result-save-passphrase = Passphrase for the private key files
result-next = Next steps: where the files go, on Windows, macOS and Linux
result-systems =
    .aria-label = Your system
result-os-putty = Windows with PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Check the key: fingerprints, randomart, bubblebabble
result-sha256 = SHA256 fingerprint
result-md5 = MD5 fingerprint
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), to read aloud
result-randomart =
    .aria-label = Randomart picture of the key fingerprint
result-randomart-caption = Randomart, as <code>ssh-keygen -lv</code> draws it.
result-send = Send to another device: the public key as a QR code
result-qr-caption = The public key line as a QR code: scan it with a phone's camera or SSH app to take the public key to another device. It holds nothing secret.
result-qr =
    .aria-label = QR code of the public key line
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = The public key line is { NUMBER($bytes, useGrouping: 0) } bytes: more than one QR code holds ({ NUMBER($limit, useGrouping: 0) }). Copy it, or save the public key file and move that instead.
result-qr-dense = A long key makes a dense code: hold the phone close, or zoom the page in.
result-other-formats = Other formats: PEM, PKCS#8, RFC 4716
result-clear = Clear — forget this key
result-clear-hint = Removes the key from this page and from memory. Saved files stay where you saved them.

## Saving
save-title = Save
save-openssh = OpenSSH private key
save-ppk = PuTTY private key (.ppk)
save-ppk-v2 = Version 2, for PuTTY before 0.75
save-public = Public key (.pub)
save-pem-title = PEM (OpenSSL, cloud consoles, libraries)
save-pem = PEM private key
save-pkcs8 = PKCS#8 private key
save-public-pem = PEM public key
save-rfc4716-title = Public key as PuTTYgen saves it
save-rfc4716 = Public key (RFC 4716)
save-all-title = Save all (.zip): the private key in several formats, the public key and next steps
save-all-formats = Private key formats in the .zip
save-all = Save all (.zip)
save-preparing = Preparing the file…
save-preparing-zip = Preparing the .zip…
save-cancelled = Not saved: the save dialog was closed.
# $error: the browser's reason.
save-not-written = { $filename } was not written: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Saved { $filename }, protected by your passphrase.
            [none] Saved { $filename }, without a passphrase.
           *[public] Saved { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Saved to your downloads: { $filename }, protected by your passphrase.
            [none] Saved to your downloads: { $filename }, without a passphrase.
           *[public] Saved to your downloads: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Saved { $filename }, private keys protected by your passphrase.
           *[none] Saved { $filename }, private keys without a passphrase.
        }
       *[downloaded] { $protection ->
            [passphrase] Saved to your downloads: { $filename }, private keys protected by your passphrase.
           *[none] Saved to your downloads: { $filename }, private keys without a passphrase.
        }
    }
save-unsaved = Not saved yet: save the private key before you leave.
save-unsaved-comment = Not saved yet: the new comment is only on this page. Save the private key again to keep it.

## Next steps (one list per system)
help-dashboard = Copy the public key above and paste it where your host asks for an SSH key (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; a server: a new line in <code>{ $authorized }</code>).
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = Note: OpenSSH does not accept { $type } keys. Use it with PuTTY, or make an Ed25519 key for OpenSSH.
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = Save the OpenSSH <strong>private key</strong> and <strong>public key</strong> into <code>{ $folder }</code> as <code>{ $file }</code> and <code>{ $pub }</code>.
help-save-openssh-windows = Save the OpenSSH <strong>private key</strong> and <strong>public key</strong> into <code>{ $folder }</code> (create the folder if needed) as <code>{ $file }</code> and <code>{ $pub }</code>.
help-chmod = Make the private key readable only by you: <code>{ $command }</code> (ssh refuses keys that others can read).
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = Save the <strong>PuTTY private key (.ppk)</strong> as { $ppk } somewhere only you can read, such as your Documents folder.
help-putty-pageant = Open Pageant (PuTTY's key agent, in the system tray), choose <strong>Add Key</strong> and pick { $ppk }; PuTTY, WinSCP and FileZilla then use it automatically.
help-putty-auth = Or, in PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Save the session so you don't have to pick it again.
help-putty-old = Old PuTTY (before 0.75), WinSCP or FileZilla that say the file is not recognised: save again with “Version 2 .ppk” ticked.
# $service, $add: PowerShell command lines.
help-windows-agent = Optional, to type the passphrase once per session: in an administrator PowerShell run <code>{ $service }</code>, then as yourself <code>{ $add }</code>.
help-windows-connect = Connect with <code>{ $command }</code> (the -i is not needed when the file has this standard name).
help-macos-keychain = Keep the passphrase in your keychain: <code>{ $command }</code>.
help-macos-connect = Connect with <code>{ $ssh }</code>, or copy the key to a server with <code>{ $copy }</code>.
help-linux-agent = Load it into your agent for this session: <code>{ $command }</code>.
help-linux-connect = Copy the key to a server with <code>{ $copy }</code>, then connect with <code>{ $ssh }</code>.

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = Use this key
embed-use-hint = Sends the public key line above to { $origin }, the page around this generator. Never the private key.
embed-refused-no-origin = Nothing is sent from here: the page around this generator did not name a valid web origin to send the public key to.
embed-refused-not-framed = Nothing is sent from here: this page is not inside another page.
embed-refused-other-parent = Nothing is sent from here: this generator is inside a page of { $parent }, which is not { $origin }.
embed-sent = Sent to { $origin }.

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = Drop an <code>authorized_keys</code> or <code>known_hosts</code> file here, or
page-check-choose = Choose a file…
page-check-paste = …or paste its lines
page-check-hint = Public keys only: every line is read on this page and never uploaded.
page-check-run = Check the lines
page-check-caption = Each key line, its key and what the check-up found
page-check-col-line = Line
page-check-col-key = Key
page-check-col-sha256 = SHA256 fingerprint
page-check-col-comment = Comment
page-check-col-options = Options or hosts
page-check-col-findings = Findings

## The key's check-up (static markup below the saves)
page-check-clean = Nothing to report: the key and how it was stored meet current guidance.
page-check-fix-resave = Save with modern protection
page-check-fix-new-key = Make a new key (same comment)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = “Save with modern protection” uses the passphrase above: OpenSSH format with { $rounds } bcrypt rounds, or a .ppk v3 (Argon2id) for a key opened from a .ppk.
page-check-fix-resave-hint-unknown = “Save with modern protection” uses the passphrase above: OpenSSH format with ssh-keygen's default bcrypt rounds, or a .ppk v3 (Argon2id) for a key opened from a .ppk.

## The key's certificate (static markup below the saves)
page-cert-save = Save the certificate (-cert.pub)
page-cert-attach = Attach a certificate of this key (<code>-cert.pub</code>): the .ppk you save then carries it, as PuTTYgen's <code>--certificate</code> does
page-cert-choose = Choose a certificate…
page-cert-attach-button = Attach
page-cert-remove = Remove the certificate

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = Sign a certificate
page-cert-about = An OpenSSH certificate lets a key log in wherever its certificate authority (CA) is trusted (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), as <code>ssh-keygen -s</code> makes it.
page-cert-ca = CA key (its private key)
page-cert-ca-choose = Choose the CA key…
page-cert-paste-it = …or paste it
page-cert-ca-passphrase = The CA key is protected. Passphrase:
page-cert-ca-open = Open CA key
page-cert-ca-forget = Forget the CA key
page-cert-subjects = Public keys to sign
page-cert-subjects-choose = Choose public keys…
page-cert-subjects-paste = …or paste them, one per line
page-cert-certificate = Certificate
page-cert-user = User certificate
page-cert-host = Host certificate (<code>-h</code>)
page-cert-identity = Key identity (<code>-I</code>)
page-cert-identity-hint = Written to the server's log when the certificate is used, e.g. <code>alice@example.com</code>.
page-cert-principals = Principals (<code>-n</code>), comma-separated
page-cert-principals-hint = The user names (or, for a host, the host names) it is valid for.
page-cert-validity = Valid (<code>-V</code>)
page-cert-for-hour = for 1 hour
page-cert-for-day = for 1 day
page-cert-for-week = for 1 week
page-cert-for-52-weeks = for 52 weeks
page-cert-forever = forever
page-cert-between = between these dates…
page-cert-from = From (empty: always)
page-cert-to = To (empty: forever)
page-cert-serial = Serial number (<code>-z</code>)
page-cert-options = Options for a user certificate (<code>-O</code>)
page-cert-x11 = X11 forwarding
page-cert-agent = Agent forwarding
page-cert-port = Port forwarding
page-cert-pty = A terminal (pty)
page-cert-force-command = Force command (<code>force-command</code>)
page-cert-source-address = Only from these addresses (<code>source-address</code>, CIDR, comma-separated)
page-cert-sign = Sign
page-cert-inspect-title = Inspect a certificate
page-cert-inspect = Inspect
