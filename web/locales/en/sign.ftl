# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = Sign and verify: git commits, files
sign-about = Sign git commits and tags, or any file, with this key, as ssh-keygen -Y sign does. Whoever has its allowed_signers line can verify what it signed.
sign-principal = Your email address (the principal: git's user.email)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = allowed_signers line
sign-allowed-hint = Add it to ~/.ssh/allowed_signers on every computer that verifies your signatures.
sign-principal-missing = Type your email address above to get the line.
sign-git-title = git config: sign every commit and tag with this key
sign-git-hint = Save the public key as the file the second line names, then run these commands.
sign-copy-line = Copy
    .aria-label = Copy { $line }
sign-copied = Copied to the clipboard.
sign-copy-blocked = Copying was blocked: select the line and press Ctrl+C (⌘C).

## Signing
sign-sign-title = Sign a file or a text
sign-choose-file = Choose a file to sign…
sign-text = …or type the text to sign (signed exactly as written)
sign-namespace = Namespace (-n)
sign-namespace-hint = file for files, git for what git verifies; a verifier must ask for the same one.
sign-hash = Hash (-O hashalg=)
sign-sign-button = Sign and save the .sig
sign-signing = Signing…
sign-saved = Saved to your downloads: { $filename } (namespace { $namespace }).
sign-nothing-to-sign = Choose a file or type a text to sign first.
sign-namespace-needed = Give a namespace, such as file or git.
sign-too-big = { $name } is { NUMBER($size) } bytes, above the limit of { NUMBER($cap) } bytes for this page.

## Verifying (the Check tab)
sign-verify-title = Verify an SSH signature
sign-verify-about = As ssh-keygen -Y verify does: is the .sig a good signature of the file, and may its key sign for this person?
sign-verify-signature = The signature (.sig)
sign-choose-signature = Choose the .sig file…
sign-paste-signature = …or paste it
sign-verify-message = What was signed
sign-choose-signed = Choose the signed file…
sign-verify-text = …or type the signed text (exactly as it was signed)
sign-verify-who = Who may have signed it
sign-by-allowed = A person in an allowed_signers file
sign-by-key = The owner of a public key
sign-verify-principal = Principal (-I), such as the signer's email address
sign-choose-allowed = Choose the allowed_signers file…
sign-paste-allowed = …or paste its lines
sign-choose-key = Choose the public key…
sign-paste-key = …or paste it
sign-verify-button = Verify
sign-verifying = Verifying…
sign-signature-needed = Choose or paste the signature first.
sign-message-needed = Choose the signed file or type the signed text first.
sign-key-needed = Choose or paste the signer's public key first.
sign-allowed-needed = Choose or paste the allowed_signers lines first.
sign-principal-needed = Give the principal to verify for, such as the signer's email address.
sign-verdict-good = Good signature: { $principal } signed it ({ $namespace }) with { $type } key { $fingerprint }.
sign-verdict-good-key = Good signature: this public key signed it ({ $namespace }), { $type } key { $fingerprint }.
sign-verdict-bad = Not verified: the signature does not hold for this file, namespace and signer. ssh-keygen's reasons:
