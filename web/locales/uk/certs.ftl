# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).
# CA = ЦС (центр сертифікації), as in Python's uk catalog.

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = безстроково
cert-validity-before = до { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = з { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = з { DATETIME($after, dateStyle: "medium", timeStyle: "short") } до { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] Прострочений
    [future] Ще не діє
   *[valid] Діє зараз
}: { $certType ->
    [host] сертифікат вузла
    [unknown] сертифікат невідомого типу
   *[user] користувацький сертифікат
}, термін дії: { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. Підпис ЦС правильний ({ $caType } { $fingerprint }, алгоритм { $algorithm }).

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = Вставлений ключ ЦС
cert-ca-needed = Спочатку виберіть або вставте приватний ключ ЦС.
cert-opening = Відкриття { $name }…
cert-ca-passphrase = { $name } захищено парольною фразою.
cert-ca-public = { $name } — публічний ключ, а ЦС підписує своїм приватним ключем.
cert-ca-key = Ключ ЦС: { $type } { $fingerprint } «{ $comment }».
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = Розмір { $name } — { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: це не файл ключа.

## The Certificates tab: signing
cert-bad-dates = Виберіть дати в полях вибору дати.
cert-open-ca-first = Спочатку відкрийте ключ ЦС.
cert-id-needed = Вкажіть для сертифіката ідентифікатор ключа.
cert-serial-number = Серійний номер — ціле число, 0 або більше.
cert-key-needed = Виберіть або вставте публічний ключ для підпису.
cert-signing = Підписання…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = Збережено: { $names }.

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (вставлений)
cert-inspect-needed = Спочатку виберіть або вставте сертифікат.
cert-checking = Перевірка…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = Вставлений сертифікат
cert-attach-needed = Спочатку виберіть або вставте сертифікат ключа.
cert-attach-checking = Перевірка сертифіката…
cert-attached = Приєднано: файл .ppk, який ви збережете тепер, міститиме його.
cert-removed = Вилучено: файли, які ви зберігатимете, більше не міститимуть його.
cert-key-title = Сертифікат: { $certType ->
    [host] сертифікат вузла OpenSSH
    [unknown] сертифікат OpenSSH невідомого типу
   *[user] користувацький сертифікат OpenSSH
}, { $state ->
    [expired] термін дії минув
    [future] ще не діє
   *[valid] діє
}
cert-key-title-none = Сертифікат: немає (можна приєднати)
cert-key-none = Цей ключ не має сертифіката.
cert-key-about-private = Цей ключ містить { $certType ->
    [host] сертифікат вузла OpenSSH
    [unknown] сертифікат OpenSSH невідомого типу
   *[user] користувацький сертифікат OpenSSH
}. Файл .ppk, який ви збережете, міститиме його (PuTTY 0.78 і новіші використовують його для входу); для OpenSSH збережіть сертифікат окремим файлом поруч із приватним ключем.
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = Це { $certType ->
    [host] сертифікат вузла OpenSSH
    [unknown] сертифікат OpenSSH невідомого типу
   *[user] користувацький сертифікат OpenSSH
}, а не ключ: з ним приватний ключ, парний до публічного ключа { $type } нижче, може входити всюди, де довіряють його ЦС. Зберігайте його поруч із цим приватним ключем, як { $stem }-cert.pub поруч із { $stem }: ssh використовує його сам.
