# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = Weakness
check-badge-note = Note
check-badge-info = Not checked

## The key on screen
check-resaving = Saving with modern protection…
check-resaved = Saved { $filename } with modern protection: replace the old file with it.
check-making-key = Making a new key…
check-new-key = This is a new key with the same comment: save it, authorize it where the old one was, then remove the old one.
# The folded section's title: what the check-up found.
check-title-none = Check-up: nothing to report
check-title-weak = Check-up: { $weak ->
    [one] { $weak } weakness
   *[other] { $weak } weaknesses
}
check-title-notes = Check-up: { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
check-title-both = Check-up: { $weak ->
    [one] { $weak } weakness
   *[other] { $weak } weaknesses
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type } ({ $bits } bits)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
    [one] { $keys } key line
   *[other] { $keys } key lines
}{ $bad ->
    [0] {""}
    [one] , { $bad } that will not parse
   *[other] , { $bad } that will not parse
}; { $weak ->
    [0] no weaknesses
    [one] { $weak } weakness
   *[other] { $weak } weaknesses
}.
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = { $name } is { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: too large for an authorized_keys file.
