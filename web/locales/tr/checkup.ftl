# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = Zayıflık
check-badge-note = Not
check-badge-info = Denetlenmedi

## The key on screen
check-resaving = Modern korumayla kaydediliyor…
check-resaved = { $filename } modern korumayla kaydedildi: eski dosyayı bununla değiştirin.
check-making-key = Yeni anahtar oluşturuluyor…
check-new-key = Bu, aynı yoruma sahip yeni bir anahtar: kaydedin, eski anahtarın yetkili olduğu yerlerde yetkilendirin, ardından eskisini kaldırın.
# The folded section's title: what the check-up found.
check-title-none = Denetim: bildirilecek bir şey yok
check-title-weak = Denetim: { $weak ->
   *[other] { $weak } zayıflık
}
check-title-notes = Denetim: { $notes ->
   *[other] { $notes } not
}
check-title-both = Denetim: { $weak ->
   *[other] { $weak } zayıflık
}, { $notes ->
   *[other] { $notes } not
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type } ({ $bits } bit)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
   *[other] { $keys } anahtar satırı
}{ $bad ->
    [0] {""}
   *[other] , ayrıştırılamayan { $bad } satır
}; { $weak ->
    [0] zayıflık yok
   *[other] { $weak } zayıflık
}.
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = { $name } { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: bir authorized_keys dosyası için fazla büyük.
