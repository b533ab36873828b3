# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).
# CA = УЦ (удостоверяющий центр), as in Python's ru catalog.

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = бессрочно
cert-validity-before = до { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = с { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = с { DATETIME($after, dateStyle: "medium", timeStyle: "short") } по { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] Просрочен
    [future] Ещё не действует
   *[valid] Действует сейчас
}: { $certType ->
    [host] сертификат узла
    [unknown] сертификат неизвестного типа
   *[user] пользовательский сертификат
}, срок действия: { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. Подпись УЦ верна ({ $caType } { $fingerprint }, алгоритм { $algorithm }).

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = Вставленный ключ УЦ
cert-ca-needed = Сначала выберите или вставьте закрытый ключ УЦ.
cert-opening = Открытие { $name }…
cert-ca-passphrase = { $name } защищён парольной фразой.
cert-ca-public = { $name } — открытый ключ, а УЦ подписывает своим закрытым ключом.
cert-ca-key = Ключ УЦ: { $type } { $fingerprint } «{ $comment }».
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = Размер { $name } — { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: это не файл ключа.

## The Certificates tab: signing
cert-bad-dates = Выберите даты в полях выбора даты.
cert-open-ca-first = Сначала откройте ключ УЦ.
cert-id-needed = Укажите для сертификата идентификатор ключа.
cert-serial-number = Серийный номер — целое число, 0 или больше.
cert-key-needed = Выберите или вставьте открытый ключ для подписи.
cert-signing = Подписание…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = Сохранено: { $names }.

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (вставлен)
cert-inspect-needed = Сначала выберите или вставьте сертификат.
cert-checking = Проверка…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = Вставленный сертификат
cert-attach-needed = Сначала выберите или вставьте сертификат ключа.
cert-attach-checking = Проверка сертификата…
cert-attached = Прикреплён: файл .ppk, который вы сохраните теперь, будет его содержать.
cert-removed = Удалён: сохраняемые файлы больше не будут его содержать.
cert-key-title = Сертификат: { $certType ->
    [host] сертификат узла OpenSSH
    [unknown] сертификат OpenSSH неизвестного типа
   *[user] пользовательский сертификат OpenSSH
}, { $state ->
    [expired] срок действия истёк
    [future] ещё не действует
   *[valid] действует
}
cert-key-title-none = Сертификат: нет (можно прикрепить)
cert-key-none = У этого ключа нет сертификата.
cert-key-about-private = Этот ключ содержит { $certType ->
    [host] сертификат узла OpenSSH
    [unknown] сертификат OpenSSH неизвестного типа
   *[user] пользовательский сертификат OpenSSH
}. Файл .ppk, который вы сохраните, будет его содержать (PuTTY 0.78 и новее используют его для входа); для OpenSSH сохраните сертификат отдельным файлом рядом с закрытым ключом.
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = Это { $certType ->
    [host] сертификат узла OpenSSH
    [unknown] сертификат OpenSSH неизвестного типа
   *[user] пользовательский сертификат OpenSSH
}, а не ключ: с ним закрытый ключ, парный открытому ключу { $type } ниже, может входить везде, где доверяют его УЦ. Храните его рядом с этим закрытым ключом, как { $stem }-cert.pub рядом с { $stem }: ssh использует его сам.
