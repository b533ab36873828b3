# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = Подпись и проверка: коммиты git, файлы
sign-about = Подписывайте этим ключом коммиты и теги git или любые файлы — так же, как ssh-keygen -Y sign. Любой, у кого есть его строка allowed_signers, сможет проверить подписанное.
sign-principal = Ваш адрес электронной почты (принципал: user.email в git)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = Строка allowed_signers
sign-allowed-hint = Добавьте её в ~/.ssh/allowed_signers на каждом компьютере, который проверяет ваши подписи.
sign-principal-missing = Введите адрес электронной почты выше, чтобы получить строку.
sign-git-title = git config: подписывать этим ключом каждый коммит и тег
sign-git-hint = Сохраните открытый ключ в файл, указанный во второй строке, затем выполните эти команды.
sign-copy-line = Копировать
    .aria-label = Копировать { $line }
sign-copied = Скопировано в буфер обмена.
sign-copy-blocked = Копирование заблокировано: выделите строку и нажмите Ctrl+C (⌘C).

## Signing
sign-sign-title = Подписать файл или текст
sign-choose-file = Выберите файл для подписи…
sign-text = …или введите текст для подписи (подписывается в точности как написан)
sign-namespace = Пространство имён (-n)
sign-namespace-hint = file для файлов, git для того, что проверяет git; проверяющий должен указать то же самое.
sign-hash = Хеш (-O hashalg=)
sign-sign-button = Подписать и сохранить .sig
sign-signing = Подписание…
sign-saved = Сохранено в загрузки: { $filename } (пространство имён { $namespace }).
sign-nothing-to-sign = Сначала выберите файл или введите текст для подписи.
sign-namespace-needed = Укажите пространство имён, например file или git.
sign-too-big = Размер { $name } — { NUMBER($size) } { $size ->
    [one] байт
    [few] байта
    [many] байт
   *[other] байта
}, больше предела этой страницы в { NUMBER($cap) } { $cap ->
    [one] байт
    [few] байта
    [many] байт
   *[other] байта
}.

## Verifying (the Check tab)
sign-verify-title = Проверить подпись SSH
sign-verify-about = Как ssh-keygen -Y verify: является ли .sig верной подписью файла и может ли её ключ подписывать от имени этого человека?
sign-verify-signature = Подпись (.sig)
sign-choose-signature = Выберите файл .sig…
sign-paste-signature = …или вставьте её
sign-verify-message = Что было подписано
sign-choose-signed = Выберите подписанный файл…
sign-verify-text = …или введите подписанный текст (в точности как он был подписан)
sign-verify-who = Кто мог это подписать
sign-by-allowed = Человек из файла allowed_signers
sign-by-key = Владелец открытого ключа
sign-verify-principal = Принципал (-I), например адрес электронной почты подписавшего
sign-choose-allowed = Выберите файл allowed_signers…
sign-paste-allowed = …или вставьте его строки
sign-choose-key = Выберите открытый ключ…
sign-paste-key = …или вставьте его
sign-verify-button = Проверить
sign-verifying = Проверка…
sign-signature-needed = Сначала выберите или вставьте подпись.
sign-message-needed = Сначала выберите подписанный файл или введите подписанный текст.
sign-key-needed = Сначала выберите или вставьте открытый ключ подписавшего.
sign-allowed-needed = Сначала выберите или вставьте строки allowed_signers.
sign-principal-needed = Укажите принципала для проверки, например адрес электронной почты подписавшего.
sign-verdict-good = Подпись верна: подписавший — { $principal } ({ $namespace }), ключ { $type } { $fingerprint }.
sign-verdict-good-key = Подпись верна: подписано этим открытым ключом ({ $namespace }), ключ { $type } { $fingerprint }.
sign-verdict-bad = Подпись не подтверждена: она недействительна для этого файла, пространства имён и подписавшего. Причины, которые называет ssh-keygen:
