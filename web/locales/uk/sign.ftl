# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = Підпис і перевірка: коміти git, файли
sign-about = Підписуйте цим ключем коміти й теги git або будь-які файли — так само, як ssh-keygen -Y sign. Будь-хто, хто має його рядок allowed_signers, зможе перевірити підписане.
sign-principal = Ваша адреса електронної пошти (принципал: user.email у git)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = Рядок allowed_signers
sign-allowed-hint = Додайте його до ~/.ssh/allowed_signers на кожному комп’ютері, який перевіряє ваші підписи.
sign-principal-missing = Введіть свою адресу електронної пошти вище, щоб отримати рядок.
sign-git-title = git config: підписувати цим ключем кожен коміт і тег
sign-git-hint = Збережіть публічний ключ у файл, названий у другому рядку, а потім виконайте ці команди.
sign-copy-line = Копіювати
    .aria-label = Копіювати { $line }
sign-copied = Скопійовано в буфер обміну.
sign-copy-blocked = Копіювання заблоковано: виділіть рядок і натисніть Ctrl+C (⌘C).

## Signing
sign-sign-title = Підписати файл або текст
sign-choose-file = Виберіть файл для підпису…
sign-text = …або введіть текст для підпису (підписується точно так, як написано)
sign-namespace = Простір імен (-n)
sign-namespace-hint = file для файлів, git для того, що перевіряє git; той, хто перевіряє, має вказати той самий.
sign-hash = Хеш (-O hashalg=)
sign-sign-button = Підписати й зберегти .sig
sign-signing = Підписання…
sign-saved = Збережено в завантаження: { $filename } (простір імен { $namespace }).
sign-nothing-to-sign = Спочатку виберіть файл або введіть текст для підпису.
sign-namespace-needed = Вкажіть простір імен, наприклад file або git.
sign-too-big = Розмір { $name } — { NUMBER($size) } { $size ->
    [one] байт
    [few] байти
    [many] байтів
   *[other] байта
}, більше за обмеження цієї сторінки в { NUMBER($cap) } { $cap ->
    [one] байт
    [few] байти
    [many] байтів
   *[other] байта
}.

## Verifying (the Check tab)
sign-verify-title = Перевірити підпис SSH
sign-verify-about = Як ssh-keygen -Y verify: чи є .sig правильним підписом файлу і чи може його ключ підписувати від імені цієї особи?
sign-verify-signature = Підпис (.sig)
sign-choose-signature = Виберіть файл .sig…
sign-paste-signature = …або вставте його
sign-verify-message = Що було підписано
sign-choose-signed = Виберіть підписаний файл…
sign-verify-text = …або введіть підписаний текст (точно так, як його підписали)
sign-verify-who = Хто міг це підписати
sign-by-allowed = Особа з файлу allowed_signers
sign-by-key = Власник публічного ключа
sign-verify-principal = Принципал (-I), наприклад адреса електронної пошти того, хто підписав
sign-choose-allowed = Виберіть файл allowed_signers…
sign-paste-allowed = …або вставте його рядки
sign-choose-key = Виберіть публічний ключ…
sign-paste-key = …або вставте його
sign-verify-button = Перевірити
sign-verifying = Перевірка…
sign-signature-needed = Спочатку виберіть або вставте підпис.
sign-message-needed = Спочатку виберіть підписаний файл або введіть підписаний текст.
sign-key-needed = Спочатку виберіть або вставте публічний ключ того, хто підписав.
sign-allowed-needed = Спочатку виберіть або вставте рядки allowed_signers.
sign-principal-needed = Вкажіть принципала для перевірки, наприклад адресу електронної пошти того, хто підписав.
sign-verdict-good = Підпис правильний: підписант — { $principal } ({ $namespace }), ключ { $type } { $fingerprint }.
sign-verdict-good-key = Підпис правильний: підписано цим публічним ключем ({ $namespace }), ключ { $type } { $fingerprint }.
sign-verdict-bad = Підпис не підтверджено: він недійсний для цього файлу, простору імен і підписанта. Причини, які називає ssh-keygen:
