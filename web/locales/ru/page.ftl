# The page's words in English: the source every other catalog translates.
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.
# Russian: formal "вы"; CA = УЦ (удостоверяющий центр), as in Python's ru catalog.

## The page around the views: title, header, loading, footer
site-page-title = Генератор SSH-ключей — закрытые ключи не покидают ваш браузер
site-skip = Перейти к генератору
site-title = Генератор SSH-ключей
site-tagline = Создавайте, открывайте и конвертируйте SSH-ключи для OpenSSH и PuTTY: ваш закрытый ключ и парольная фраза не покидают эту страницу.
# Embed mode: the line above the generator inside another site's page.
site-embed-about = Генератор SSH-ключей: ключи создаются в вашем браузере, а закрытый ключ и парольная фраза никуда не отправляются.
site-footer = После загрузки — никакой работы с сетью, никаких файлов cookie, хранилища и аналитики: ключи создаются средствами криптографии вашего браузера и Python, работающим на этой странице.
language-menu-label = Язык
site-update = Готова новая версия этой страницы. Сначала сохраните ключ: перезагрузка его сотрёт.
site-update-reload = Перезагрузить

load-starting = Загрузка генератора ключей…
load-ready = Готово. Ничто из того, что вы здесь делаете, не покидает эту страницу.
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] Загрузка Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } из { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
        [sshkeys] Запуск sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } из { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
        [ready] Почти готово… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } из { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
       *[starting] Запуск… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } из { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] Загрузка Python…
        [sshkeys] Запуск sshkeys…
        [ready] Почти готово…
       *[starting] Запуск…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python ещё загружается ({ $progress }).
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Не удалось запустить Python: { $error } Перезагрузите страницу, чтобы попробовать снова.
load-worker-failed = Не удалось запустить обработчик ключей: { $error } Перезагрузите страницу, чтобы попробовать снова.
load-worker-failed-plain = Не удалось запустить обработчик ключей. Перезагрузите страницу, чтобы попробовать снова.
load-no-script = Страница не указывает скрипт { $role ->
        [rater] модуля оценки надёжности
       *[worker] обработчика ключей
    }.
# $name: a script's file name (worker.js).
load-fetch-failed = Не удалось загрузить { $name }, или он не прошёл проверку целостности ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Обработчик ключей остановлен.
load-rater-stopped = Модуль оценки надёжности остановлен.
load-rater-failed = Модуль оценки надёжности прекратил работу.
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } с

## The tabs
tabs-main =
    .aria-label = Что вы хотите сделать?
tabs-generate = Создать новый ключ
tabs-open = Открыть существующий ключ
tabs-check = Проверить authorized_keys
tabs-certs = Сертификаты

## Generate
gen-type = Тип ключа
gen-badge-recommended = рекомендуется
gen-badge-experimental = экспериментальный
gen-badge-deprecated = устаревший
gen-badge-putty-only = только PuTTY
gen-about-ed25519 = Короткий и современный: его принимают OpenSSH, PuTTY, GitHub и GitLab.
gen-about-rsa = Для старых серверов и сервисов, которые требуют RSA.
gen-about-ecdsa = Кривые NIST — для политик, которые их требуют.
gen-other-types = Другие типы: постквантовые (экспериментальные), устаревшие
gen-about-mldsa = Постквантовый. Его используют только OpenSSH 10.4 и новее, где он включён; PuTTY его не поддерживает.
gen-about-dsa = Только для очень старых систем: OpenSSH 10 больше не принимает ключи DSA.
gen-about-ed448 = PuTTY его принимает, OpenSSH — нет.
gen-unsupported = Недоступно в этом браузере: его криптографическая библиотека не поддерживает этот тип.
gen-types-unavailable = Страница, в которую встроен генератор, запросила типы ключей, недоступные здесь, поэтому предлагаются все типы. Уточните, какой тип принимает ваш сервер или сервис.
gen-rsa-size = Размер ключа RSA
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } бит
gen-bits-recommended = { $bits } бит (рекомендуется для RSA)
gen-bits-slow = { $bits } бит (медленно)
gen-curve = Кривая
gen-comment = Комментарий
gen-comment-hint = Отображается рядом с ключом в <code>authorized_keys</code>, PuTTY и панелях управления: что-то вроде <code>you@laptop</code> помогает различать ваши ключи.
gen-passphrase = Парольная фраза
gen-passphrase-confirm = Подтвердите парольную фразу
gen-show-passphrase = Показать парольную фразу
gen-suggest-label = Длина предлагаемой фразы
gen-suggest-words = { $words ->
        [one] { $words } слово
        [few] { $words } слова
        [many] { $words } слов
       *[other] { $words } слова
    }
gen-suggest = Предложить парольную фразу
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
        [one] { $words } слово, выбранное случайно из большого списка слов EFF ({ NUMBER($size) } слов): энтропия { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } бит. Запишите парольную фразу или сохраните её в менеджере паролей: восстановить её невозможно.
        [few] { $words } слова, выбранных случайно из большого списка слов EFF ({ NUMBER($size) } слов): энтропия { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } бит. Запишите парольную фразу или сохраните её в менеджере паролей: восстановить её невозможно.
        [many] { $words } слов, выбранных случайно из большого списка слов EFF ({ NUMBER($size) } слов): энтропия { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } бит. Запишите парольную фразу или сохраните её в менеджере паролей: восстановить её невозможно.
       *[other] { $words } слова, выбранных случайно из большого списка слов EFF ({ NUMBER($size) } слов): энтропия { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } бит. Запишите парольную фразу или сохраните её в менеджере паролей: восстановить её невозможно.
    }
gen-passphrase-hint = Защищает файл закрытого ключа, если его кто-то скопирует. Оставляйте поле пустым только для ключей, которые используют скрипты: любой, у кого есть такой файл, сможет им воспользоваться.
gen-mismatch = Парольные фразы не совпадают.
gen-advanced = Дополнительно: стойкость защиты парольной фразой
gen-rounds = Раунды bcrypt для OpenSSH
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = Как <code>ssh-keygen -a</code>; по умолчанию { $rounds } (OpenSSH 9.4 и новее); чем больше, тем медленнее и подбор, и открытие.
# Before Python has said what the default is.
gen-rounds-hint-unknown = Как <code>ssh-keygen -a</code>; показанное число — значение по умолчанию (OpenSSH 9.4 и новее); чем больше, тем медленнее и подбор, и открытие.
gen-ppk-kdf = Функция формирования ключа PuTTY
gen-kdf-default = Argon2id (по умолчанию)
gen-argon2-memory = Память Argon2 (КиБ)
gen-argon2-passes = Проходы Argon2
gen-argon2-passes-input =
    .placeholder = авто (около 0,1 с, как в PuTTYgen)
gen-argon2-parallelism = Параллелизм Argon2
gen-generate = Создать ключ
gen-generating = Создание…
gen-generating-rsa-8192 = Создание… RSA 8192 и больше может занять минуту и дольше.
gen-generating-rsa-4096 = Создание… RSA 4096 обычно занимает несколько секунд, иногда до 15.
gen-generating-dsa = Создание… DSA занимает несколько секунд.
# $ms: milliseconds.
gen-generated = Создан за { NUMBER($ms, useGrouping: 0) } мс.
gen-cleared = Очищено: ключ удалён с этой страницы.

## Open
open-drop = Перетащите файл ключа сюда или
open-choose = Выберите файл ключа…
open-formats = Файлы OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, открытых ключей и сертификатов (<code>-cert.pub</code>). Файл читается на этой странице и никуда не загружается.
open-paste = …или вставьте ключ
open-passphrase = Этот ключ защищён. Парольная фраза:
open-button = Открыть ключ
# $name: the file's name.
open-opening = Открытие { $name }…
open-opening-later = { $name } откроется, когда Python будет готов.
open-protected = { $name } защищён парольной фразой.
open-opened = { $name } открыт.
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = Открытие вставленного ключа…
open-opening-later-pasted = Вставленный ключ откроется, когда Python будет готов.
open-protected-pasted = Вставленный ключ защищён парольной фразой.
open-opened-pasted = Вставленный ключ открыт.
# $size: megabytes.
file-too-big = Размер { $name } — { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: это не файл ключа.
file-too-big-authorized-keys = Размер { $name } — { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: слишком много для файла authorized_keys.

## The key on screen
result-title = Ваш ключ
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = Закрытый и открытый ключ: { $type }, { $bits } бит, комментарий «{ $comment }».
result-summary-public = Только открытый ключ: { $type }, { $bits } бит, комментарий «{ $comment }».
result-public-key = Открытый ключ — для <code>authorized_keys</code> или панели управления вашего хостинга
result-copy = Копировать открытый ключ
result-copied = Скопировано в буфер обмена.
result-copy-blocked = Копирование заблокировано: ключ выделен, нажмите Ctrl+C (⌘C), чтобы скопировать его.
result-edit =
    .aria-label = Комментарий и парольная фраза
result-comment = Комментарий
result-change = Изменить
    .aria-label = Изменить комментарий
result-comment-changed = Комментарий изменён: сохраните файлы ещё раз, чтобы его не потерять.
result-save-passphrase = Парольная фраза для файлов закрытого ключа
result-next = Дальнейшие шаги: куда положить файлы в Windows, macOS и Linux
result-systems =
    .aria-label = Ваша система
result-os-putty = Windows с PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Проверить ключ: отпечатки, randomart, bubblebabble
result-sha256 = Отпечаток SHA256
result-md5 = Отпечаток MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>) — для чтения вслух
result-randomart =
    .aria-label = Изображение randomart для отпечатка ключа
result-randomart-caption = Randomart в том виде, в каком его рисует <code>ssh-keygen -lv</code>.
result-send = Передать на другое устройство: открытый ключ в виде QR-кода
result-qr-caption = Строка открытого ключа в виде QR-кода: отсканируйте его камерой телефона или SSH-приложением, чтобы перенести открытый ключ на другое устройство. В нём нет ничего секретного.
result-qr =
    .aria-label = QR-код строки открытого ключа
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = Длина строки открытого ключа — { NUMBER($bytes, useGrouping: 0) } { $bytes ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }: больше, чем вмещает один QR-код ({ NUMBER($limit, useGrouping: 0) }). Скопируйте строку или сохраните файл открытого ключа и перенесите его.
result-qr-dense = Длинный ключ даёт плотный код: поднесите телефон ближе или увеличьте масштаб страницы.
result-other-formats = Другие форматы: PEM, PKCS#8, RFC 4716
result-clear = Очистить — забыть этот ключ
result-clear-hint = Удаляет ключ с этой страницы и из памяти. Сохранённые файлы остаются там, где вы их сохранили.

## Saving
save-title = Сохранение
save-openssh = Закрытый ключ OpenSSH
save-ppk = Закрытый ключ PuTTY (.ppk)
save-ppk-v2 = Версия 2, для PuTTY до 0.75
save-public = Открытый ключ (.pub)
save-pem-title = PEM (OpenSSL, облачные консоли, библиотеки)
save-pem = Закрытый ключ PEM
save-pkcs8 = Закрытый ключ PKCS#8
save-public-pem = Открытый ключ PEM
save-rfc4716-title = Открытый ключ в том виде, в каком его сохраняет PuTTYgen
save-rfc4716 = Открытый ключ (RFC 4716)
save-all-title = Сохранить всё (.zip): закрытый ключ в нескольких форматах, открытый ключ и дальнейшие шаги
save-all-formats = Форматы закрытого ключа в .zip
save-all = Сохранить всё (.zip)
save-preparing = Подготовка файла…
save-preparing-zip = Подготовка .zip…
save-cancelled = Не сохранено: окно сохранения закрыто.
# $error: the browser's reason.
save-not-written = { $filename } не записан: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Сохранено: { $filename }, защищён вашей парольной фразой.
            [none] Сохранено: { $filename }, без парольной фразы.
           *[public] Сохранено: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Сохранено в загрузки: { $filename }, защищён вашей парольной фразой.
            [none] Сохранено в загрузки: { $filename }, без парольной фразы.
           *[public] Сохранено в загрузки: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Сохранено: { $filename }, закрытые ключи защищены вашей парольной фразой.
           *[none] Сохранено: { $filename }, закрытые ключи без парольной фразы.
        }
       *[downloaded] { $protection ->
            [passphrase] Сохранено в загрузки: { $filename }, закрытые ключи защищены вашей парольной фразой.
           *[none] Сохранено в загрузки: { $filename }, закрытые ключи без парольной фразы.
        }
    }
save-unsaved = Ещё не сохранено: сохраните закрытый ключ, прежде чем уйти.
save-unsaved-comment = Ещё не сохранено: новый комментарий есть только на этой странице. Сохраните закрытый ключ ещё раз, чтобы его не потерять.

## Next steps (one list per system)
help-dashboard = Скопируйте открытый ключ выше и вставьте его туда, где ваш хостинг запрашивает SSH-ключ (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; сервер: новая строка в <code>{ $authorized }</code>).
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = Примечание: OpenSSH не принимает ключи { $type }. Используйте этот ключ с PuTTY или создайте для OpenSSH ключ Ed25519.
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = Сохраните <strong>закрытый ключ</strong> и <strong>открытый ключ</strong> OpenSSH в <code>{ $folder }</code> как <code>{ $file }</code> и <code>{ $pub }</code>.
help-save-openssh-windows = Сохраните <strong>закрытый ключ</strong> и <strong>открытый ключ</strong> OpenSSH в <code>{ $folder }</code> (при необходимости создайте папку) как <code>{ $file }</code> и <code>{ $pub }</code>.
help-chmod = Сделайте закрытый ключ доступным для чтения только вам: <code>{ $command }</code> (ssh не использует ключи, которые могут читать другие).
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = Сохраните <strong>закрытый ключ PuTTY (.ppk)</strong> как { $ppk } в место, доступное для чтения только вам, например в папку «Документы».
help-putty-pageant = Откройте Pageant (агент ключей PuTTY, в области уведомлений), выберите <strong>Add Key</strong> и укажите { $ppk }; после этого PuTTY, WinSCP и FileZilla будут использовать его автоматически.
help-putty-auth = Или в PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Сохраните сеанс, чтобы не выбирать файл снова.
help-putty-old = Если старый PuTTY (до 0.75), WinSCP или FileZilla сообщают, что файл не распознан, сохраните его снова, отметив «Версия 2» (.ppk).
# $service, $add: PowerShell command lines.
help-windows-agent = Необязательно, чтобы вводить парольную фразу один раз за сеанс: в PowerShell от имени администратора выполните <code>{ $service }</code>, затем от своего имени — <code>{ $add }</code>.
help-windows-connect = Подключайтесь командой <code>{ $command }</code> (-i не нужен, если у файла это стандартное имя).
help-macos-keychain = Храните парольную фразу в связке ключей: <code>{ $command }</code>.
help-macos-connect = Подключайтесь командой <code>{ $ssh }</code> или скопируйте ключ на сервер командой <code>{ $copy }</code>.
help-linux-agent = Загрузите его в агент на этот сеанс: <code>{ $command }</code>.
help-linux-connect = Скопируйте ключ на сервер командой <code>{ $copy }</code>, затем подключайтесь командой <code>{ $ssh }</code>.

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = Использовать этот ключ
embed-use-hint = Отправляет строку открытого ключа выше на { $origin } — страницу, в которую встроен генератор. Закрытый ключ не отправляется никогда.
embed-refused-no-origin = Отсюда ничего не отправляется: страница, в которую встроен генератор, не указала допустимый веб-источник (origin), куда отправить открытый ключ.
embed-refused-not-framed = Отсюда ничего не отправляется: эта страница не встроена в другую страницу.
embed-refused-other-parent = Отсюда ничего не отправляется: генератор встроен в страницу с { $parent }, а не с { $origin }.
embed-sent = Отправлено на { $origin }.

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = Перетащите сюда файл <code>authorized_keys</code> или <code>known_hosts</code> или
page-check-choose = Выберите файл…
page-check-paste = …или вставьте его строки
page-check-hint = Только открытые ключи: каждая строка читается на этой странице и никуда не загружается.
page-check-run = Проверить строки
page-check-caption = Каждая строка с ключом, её ключ и результаты проверки
page-check-col-line = Строка
page-check-col-key = Ключ
page-check-col-sha256 = Отпечаток SHA256
page-check-col-comment = Комментарий
page-check-col-options = Параметры или узлы
page-check-col-findings = Результаты проверки

## The key's check-up (static markup below the saves)
page-check-clean = Замечаний нет: ключ и способ его хранения соответствуют современным рекомендациям.
page-check-fix-resave = Сохранить с современной защитой
page-check-fix-new-key = Создать новый ключ (тот же комментарий)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = «Сохранить с современной защитой» использует парольную фразу выше: формат OpenSSH (раундов bcrypt: { $rounds }) или .ppk v3 (Argon2id) для ключа, открытого из .ppk.
page-check-fix-resave-hint-unknown = «Сохранить с современной защитой» использует парольную фразу выше: формат OpenSSH с числом раундов bcrypt по умолчанию, как в ssh-keygen, или .ppk v3 (Argon2id) для ключа, открытого из .ppk.

## The key's certificate (static markup below the saves)
page-cert-save = Сохранить сертификат (-cert.pub)
page-cert-attach = Прикрепить сертификат этого ключа (<code>-cert.pub</code>): сохранённый затем .ppk будет его содержать, как при <code>--certificate</code> в PuTTYgen
page-cert-choose = Выберите сертификат…
page-cert-attach-button = Прикрепить
page-cert-remove = Удалить сертификат

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = Подписать сертификат
page-cert-about = Сертификат OpenSSH позволяет ключу входить везде, где доверяют его удостоверяющему центру, УЦ (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>); такой сертификат создаёт <code>ssh-keygen -s</code>.
page-cert-ca = Ключ УЦ (его закрытый ключ)
page-cert-ca-choose = Выберите ключ УЦ…
page-cert-paste-it = …или вставьте его
page-cert-ca-passphrase = Ключ УЦ защищён. Парольная фраза:
page-cert-ca-open = Открыть ключ УЦ
page-cert-ca-forget = Забыть ключ УЦ
page-cert-subjects = Открытые ключи для подписи
page-cert-subjects-choose = Выберите открытые ключи…
page-cert-subjects-paste = …или вставьте их, по одному в строке
page-cert-certificate = Сертификат
page-cert-user = Пользовательский сертификат
page-cert-host = Сертификат узла (<code>-h</code>)
page-cert-identity = Идентификатор ключа (<code>-I</code>)
page-cert-identity-hint = Записывается в журнал сервера при использовании сертификата, например <code>alice@example.com</code>.
page-cert-principals = Принципалы (<code>-n</code>), через запятую
page-cert-principals-hint = Имена пользователей (а для узла — имена узлов), для которых он действителен.
page-cert-validity = Срок действия (<code>-V</code>)
page-cert-for-hour = 1 час
page-cert-for-day = 1 день
page-cert-for-week = 1 неделя
page-cert-for-52-weeks = 52 недели
page-cert-forever = бессрочно
page-cert-between = между этими датами…
page-cert-from = С (пусто: всегда)
page-cert-to = По (пусто: бессрочно)
page-cert-serial = Серийный номер (<code>-z</code>)
page-cert-options = Параметры пользовательского сертификата (<code>-O</code>)
page-cert-x11 = Перенаправление X11
page-cert-agent = Перенаправление агента
page-cert-port = Перенаправление портов
page-cert-pty = Терминал (pty)
page-cert-force-command = Принудительная команда (<code>force-command</code>)
page-cert-source-address = Только с этих адресов (<code>source-address</code>, CIDR, через запятую)
page-cert-sign = Подписать
page-cert-inspect-title = Просмотреть сертификат
page-cert-inspect = Просмотреть
