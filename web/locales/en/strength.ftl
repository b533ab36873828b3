# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Very weak passphrase.
    [weak] Weak passphrase.
    [fair] Fair passphrase.
   *[strong] Strong passphrase.
}
strength-attack = An attacker with { $attacker } would need { $time } to guess it offline against { $kdf }.
strength-still-usable = You can still use it.
strength-none = No passphrase: the private key file will not be protected.
# $error: why (already a whole sentence in the page's language).
strength-failed = The strength of this passphrase could not be estimated: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = Saved as { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] very weak
    [weak] weak
    [fair] fair
   *[strong] strong
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = Straight rows of keys on your keyboard are easy to guess.
strength-warning-key-pattern = Short keyboard patterns are easy to guess.
strength-warning-simple-repeat = Repeated characters like "aaa" are easy to guess.
strength-warning-extended-repeat = Repeated character patterns like "abcabcabc" are easy to guess.
strength-warning-sequences = Common character sequences like "abc" are easy to guess.
strength-warning-recent-years = Recent years are easy to guess.
strength-warning-dates = Dates are easy to guess.
strength-warning-top-ten = This is a heavily used password.
strength-warning-top-hundred = This is a frequently used password.
strength-warning-common = This is a commonly used password.
strength-warning-similar-to-common = This is similar to a commonly used password.
strength-warning-word-by-itself = Single words are easy to guess.
strength-warning-names-by-themselves = Single names or surnames are easy to guess.
strength-warning-common-names = Common names and surnames are easy to guess.
strength-warning-user-inputs = There should not be any personal or page related data.
strength-warning-pwned = Your password was exposed by a data breach on the Internet.
strength-suggestion-l33t = Avoid predictable letter substitutions like '@' for 'a'.
strength-suggestion-reverse-words = Avoid reversed spellings of common words.
strength-suggestion-all-uppercase = Capitalize some, but not all letters.
strength-suggestion-capitalization = Capitalize more than the first letter.
strength-suggestion-dates = Avoid dates and years that are associated with you.
strength-suggestion-recent-years = Avoid recent years.
strength-suggestion-associated-years = Avoid years that are associated with you.
strength-suggestion-sequences = Avoid common character sequences.
strength-suggestion-repeated = Avoid repeated words and characters.
strength-suggestion-longer-keyboard-pattern = Use longer keyboard patterns and change typing direction multiple times.
strength-suggestion-another-word = Add more words that are less common.
strength-suggestion-use-words = Use multiple words, but avoid common phrases.
strength-suggestion-no-need = You can create strong passwords without using symbols, numbers, or uppercase letters.
strength-suggestion-pwned = If you use this password elsewhere, you should change it.
