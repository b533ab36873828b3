# The page's words in English: the source every other catalog translates.
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.
# Ukrainian: formal "ви"; CA = ЦС (центр сертифікації), as in Python's uk catalog.

## The page around the views: title, header, loading, footer
site-page-title = Генератор SSH-ключів — приватні ключі не залишають ваш браузер
site-skip = Перейти до генератора
site-title = Генератор SSH-ключів
site-tagline = Створюйте, відкривайте й конвертуйте SSH-ключі для OpenSSH і PuTTY: ваш приватний ключ і парольна фраза не залишають цю сторінку.
# Embed mode: the line above the generator inside another site's page.
site-embed-about = Генератор SSH-ключів: ключі створюються у вашому браузері, а приватний ключ і парольна фраза нікуди не надсилаються.
site-footer = Після завантаження — жодної роботи з мережею, жодних файлів cookie, сховища й аналітики: ключі створюються засобами криптографії вашого браузера та Python, що працює на цій сторінці.
language-menu-label = Мова
site-update = Готова нова версія цієї сторінки. Спочатку збережіть ключ: перезавантаження його зітре.
site-update-reload = Перезавантажити

load-starting = Завантаження генератора ключів…
load-ready = Готово. Ніщо з того, що ви тут робите, не залишає цю сторінку.
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] Завантаження Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } з { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
        [sshkeys] Запуск sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } з { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
        [ready] Майже готово… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } з { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
       *[starting] Запуск… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } з { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] Завантаження Python…
        [sshkeys] Запуск sshkeys…
        [ready] Майже готово…
       *[starting] Запуск…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python ще завантажується ({ $progress }).
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Не вдалося запустити Python: { $error } Перезавантажте сторінку, щоб спробувати ще раз.
load-worker-failed = Не вдалося запустити обробник ключів: { $error } Перезавантажте сторінку, щоб спробувати ще раз.
load-worker-failed-plain = Не вдалося запустити обробник ключів. Перезавантажте сторінку, щоб спробувати ще раз.
load-no-script = Сторінка не вказує скрипт { $role ->
        [rater] модуля оцінювання надійності
       *[worker] обробника ключів
    }.
# $name: a script's file name (worker.js).
load-fetch-failed = Не вдалося завантажити { $name }, або він не пройшов перевірку цілісності ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Обробник ключів зупинено.
load-rater-stopped = Модуль оцінювання надійності зупинено.
load-rater-failed = Модуль оцінювання надійності припинив роботу.
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } с

## The tabs
tabs-main =
    .aria-label = Що ви хочете зробити?
tabs-generate = Створити новий ключ
tabs-open = Відкрити наявний ключ
tabs-check = Перевірити authorized_keys
tabs-certs = Сертифікати

## Generate
gen-type = Тип ключа
gen-badge-recommended = рекомендовано
gen-badge-experimental = експериментальний
gen-badge-deprecated = застарілий
gen-badge-putty-only = лише PuTTY
gen-about-ed25519 = Короткий і сучасний: його приймають OpenSSH, PuTTY, GitHub і GitLab.
gen-about-rsa = Для старих серверів і сервісів, які вимагають RSA.
gen-about-ecdsa = Криві NIST — для політик, які їх вимагають.
gen-other-types = Інші типи: постквантові (експериментальні), застарілі
gen-about-mldsa = Постквантовий. Його використовують лише OpenSSH 10.4 і новіші, де його ввімкнено; PuTTY його не підтримує.
gen-about-dsa = Лише для дуже старих систем: OpenSSH 10 більше не приймає ключі DSA.
gen-about-ed448 = PuTTY його приймає, OpenSSH — ні.
gen-unsupported = Недоступно в цьому браузері: його криптографічна бібліотека не підтримує цей тип.
gen-types-unavailable = Сторінка, у яку вбудовано генератор, запросила типи ключів, недоступні тут, тому пропонуються всі типи. Перевірте, який тип приймає ваш сервер або сервіс.
gen-rsa-size = Розмір ключа RSA
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } біт
gen-bits-recommended = { $bits } біт (рекомендовано для RSA)
gen-bits-slow = { $bits } біт (повільно)
gen-curve = Крива
gen-comment = Коментар
gen-comment-hint = Показується поруч із ключем в <code>authorized_keys</code>, PuTTY і панелях керування: щось на кшталт <code>you@laptop</code> допомагає розрізняти ваші ключі.
gen-passphrase = Парольна фраза
gen-passphrase-confirm = Підтвердьте парольну фразу
gen-show-passphrase = Показати парольну фразу
gen-suggest-label = Довжина запропонованої фрази
gen-suggest-words = { $words ->
        [one] { $words } слово
        [few] { $words } слова
        [many] { $words } слів
       *[other] { $words } слова
    }
gen-suggest = Запропонувати парольну фразу
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
        [one] { $words } слово, випадково вибране з великого списку слів EFF ({ NUMBER($size) } слів): ентропія { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } біт. Запишіть парольну фразу або збережіть її в менеджері паролів: відновити її неможливо.
        [few] { $words } слова, випадково вибрані з великого списку слів EFF ({ NUMBER($size) } слів): ентропія { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } біт. Запишіть парольну фразу або збережіть її в менеджері паролів: відновити її неможливо.
        [many] { $words } слів, випадково вибраних з великого списку слів EFF ({ NUMBER($size) } слів): ентропія { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } біт. Запишіть парольну фразу або збережіть її в менеджері паролів: відновити її неможливо.
       *[other] { $words } слова, випадково вибраних з великого списку слів EFF ({ NUMBER($size) } слів): ентропія { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } біт. Запишіть парольну фразу або збережіть її в менеджері паролів: відновити її неможливо.
    }
gen-passphrase-hint = Захищає файл приватного ключа, якщо хтось його скопіює. Залишайте поле порожнім лише для ключів, які використовують скрипти: будь-хто, хто має такий файл, зможе ним скористатися.
gen-mismatch = Парольні фрази не збігаються.
gen-advanced = Додатково: стійкість захисту парольною фразою
gen-rounds = Раунди bcrypt для OpenSSH
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = Як <code>ssh-keygen -a</code>; за замовчуванням { $rounds } (OpenSSH 9.4 і новіші); що більше, то повільніші і підбір, і відкриття.
# Before Python has said what the default is.
gen-rounds-hint-unknown = Як <code>ssh-keygen -a</code>; показане число — значення за замовчуванням (OpenSSH 9.4 і новіші); що більше, то повільніші і підбір, і відкриття.
gen-ppk-kdf = Функція формування ключа PuTTY
gen-kdf-default = Argon2id (за замовчуванням)
gen-argon2-memory = Пам’ять Argon2 (КіБ)
gen-argon2-passes = Проходи Argon2
gen-argon2-passes-input =
    .placeholder = авто (близько 0,1 с, як у PuTTYgen)
gen-argon2-parallelism = Паралелізм Argon2
gen-generate = Створити ключ
gen-generating = Створення…
gen-generating-rsa-8192 = Створення… RSA 8192 і більше може тривати хвилину й довше.
gen-generating-rsa-4096 = Створення… RSA 4096 зазвичай триває кілька секунд, іноді до 15.
gen-generating-dsa = Створення… DSA триває кілька секунд.
# $ms: milliseconds.
gen-generated = Створено за { NUMBER($ms, useGrouping: 0) } мс.
gen-cleared = Очищено: ключ видалено з цієї сторінки.

## Open
open-drop = Перетягніть файл ключа сюди або
open-choose = Виберіть файл ключа…
open-formats = Файли OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, публічних ключів і сертифікатів (<code>-cert.pub</code>). Файл читається на цій сторінці й нікуди не вивантажується.
open-paste = …або вставте ключ
open-passphrase = Цей ключ захищено. Парольна фраза:
open-button = Відкрити ключ
# $name: the file's name.
open-opening = Відкриття { $name }…
open-opening-later = { $name } буде відкрито, щойно Python буде готовий.
open-protected = { $name } захищено парольною фразою.
open-opened = { $name } відкрито.
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = Відкриття вставленого ключа…
open-opening-later-pasted = Вставлений ключ буде відкрито, щойно Python буде готовий.
open-protected-pasted = Вставлений ключ захищено парольною фразою.
open-opened-pasted = Вставлений ключ відкрито.
# $size: megabytes.
file-too-big = Розмір { $name } — { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: це не файл ключа.
file-too-big-authorized-keys = Розмір { $name } — { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: забагато для файлу authorized_keys.

## The key on screen
result-title = Ваш ключ
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = Приватний і публічний ключ: { $type }, { $bits } біт, коментар «{ $comment }».
result-summary-public = Лише публічний ключ: { $type }, { $bits } біт, коментар «{ $comment }».
result-public-key = Публічний ключ — для <code>authorized_keys</code> або панелі керування вашого хостингу
result-copy = Копіювати публічний ключ
result-copied = Скопійовано в буфер обміну.
result-copy-blocked = Копіювання заблоковано: ключ виділено, натисніть Ctrl+C (⌘C), щоб скопіювати його.
result-edit =
    .aria-label = Коментар і парольна фраза
result-comment = Коментар
result-change = Змінити
    .aria-label = Змінити коментар
result-comment-changed = Коментар змінено: збережіть файли ще раз, щоб його не втратити.
result-save-passphrase = Парольна фраза для файлів приватного ключа
result-next = Подальші кроки: куди покласти файли у Windows, macOS і Linux
result-systems =
    .aria-label = Ваша система
result-os-putty = Windows із PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Перевірити ключ: відбитки, randomart, bubblebabble
result-sha256 = Відбиток SHA256
result-md5 = Відбиток MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>) — щоб прочитати вголос
result-randomart =
    .aria-label = Зображення randomart для відбитка ключа
result-randomart-caption = Randomart у тому вигляді, у якому його малює <code>ssh-keygen -lv</code>.
result-send = Передати на інший пристрій: публічний ключ у вигляді QR-коду
result-qr-caption = Рядок публічного ключа у вигляді QR-коду: відскануйте його камерою телефона або SSH-застосунком, щоб перенести публічний ключ на інший пристрій. У ньому немає нічого секретного.
result-qr =
    .aria-label = QR-код рядка публічного ключа
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = Довжина рядка публічного ключа — { NUMBER($bytes, useGrouping: 0) } { $bytes ->
        [one] байт
        [few] байти
        [many] байтів
       *[other] байта
    }: більше, ніж вміщує один QR-код ({ NUMBER($limit, useGrouping: 0) }). Скопіюйте рядок або збережіть файл публічного ключа й перенесіть його.
result-qr-dense = Довгий ключ дає щільний код: тримайте телефон ближче або збільште масштаб сторінки.
result-other-formats = Інші формати: PEM, PKCS#8, RFC 4716
result-clear = Очистити — забути цей ключ
result-clear-hint = Видаляє ключ із цієї сторінки та з пам’яті. Збережені файли залишаються там, де ви їх зберегли.

## Saving
save-title = Збереження
save-openssh = Приватний ключ OpenSSH
save-ppk = Приватний ключ PuTTY (.ppk)
save-ppk-v2 = Версія 2, для PuTTY до 0.75
save-public = Публічний ключ (.pub)
save-pem-title = PEM (OpenSSL, хмарні консолі, бібліотеки)
save-pem = Приватний ключ PEM
save-pkcs8 = Приватний ключ PKCS#8
save-public-pem = Публічний ключ PEM
save-rfc4716-title = Публічний ключ у тому вигляді, у якому його зберігає PuTTYgen
save-rfc4716 = Публічний ключ (RFC 4716)
save-all-title = Зберегти все (.zip): приватний ключ у кількох форматах, публічний ключ і подальші кроки
save-all-formats = Формати приватного ключа в .zip
save-all = Зберегти все (.zip)
save-preparing = Підготовка файлу…
save-preparing-zip = Підготовка .zip…
save-cancelled = Не збережено: вікно збереження закрито.
# $error: the browser's reason.
save-not-written = { $filename } не записано: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Збережено: { $filename }, захищено вашою парольною фразою.
            [none] Збережено: { $filename }, без парольної фрази.
           *[public] Збережено: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Збережено в завантаження: { $filename }, захищено вашою парольною фразою.
            [none] Збережено в завантаження: { $filename }, без парольної фрази.
           *[public] Збережено в завантаження: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Збережено: { $filename }, приватні ключі захищено вашою парольною фразою.
           *[none] Збережено: { $filename }, приватні ключі без парольної фрази.
        }
       *[downloaded] { $protection ->
            [passphrase] Збережено в завантаження: { $filename }, приватні ключі захищено вашою парольною фразою.
           *[none] Збережено в завантаження: { $filename }, приватні ключі без парольної фрази.
        }
    }
save-unsaved = Ще не збережено: збережіть приватний ключ, перш ніж піти.
save-unsaved-comment = Ще не збережено: новий коментар є лише на цій сторінці. Збережіть приватний ключ ще раз, щоб його не втратити.

## Next steps (one list per system)
help-dashboard = Скопіюйте публічний ключ вище й вставте його туди, де ваш хостинг запитує SSH-ключ (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; сервер: новий рядок у <code>{ $authorized }</code>).
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = Примітка: OpenSSH не приймає ключі { $type }. Використовуйте цей ключ із PuTTY або створіть для OpenSSH ключ Ed25519.
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = Збережіть <strong>приватний ключ</strong> і <strong>публічний ключ</strong> OpenSSH у <code>{ $folder }</code> як <code>{ $file }</code> і <code>{ $pub }</code>.
help-save-openssh-windows = Збережіть <strong>приватний ключ</strong> і <strong>публічний ключ</strong> OpenSSH у <code>{ $folder }</code> (за потреби створіть теку) як <code>{ $file }</code> і <code>{ $pub }</code>.
help-chmod = Зробіть приватний ключ доступним для читання лише вам: <code>{ $command }</code> (ssh не використовує ключі, які можуть читати інші).
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = Збережіть <strong>приватний ключ PuTTY (.ppk)</strong> як { $ppk } у місце, доступне для читання лише вам, наприклад у теку «Документи».
help-putty-pageant = Відкрийте Pageant (агент ключів PuTTY, в області сповіщень), виберіть <strong>Add Key</strong> і вкажіть { $ppk }; після цього PuTTY, WinSCP і FileZilla використовуватимуть його автоматично.
help-putty-auth = Або в PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Збережіть сеанс, щоб не вибирати файл знову.
help-putty-old = Якщо старий PuTTY (до 0.75), WinSCP або FileZilla повідомляють, що файл не розпізнано, збережіть його знову, позначивши «Версія 2» (.ppk).
# $service, $add: PowerShell command lines.
help-windows-agent = Необов’язково, щоб вводити парольну фразу раз за сеанс: у PowerShell від імені адміністратора виконайте <code>{ $service }</code>, потім від свого імені — <code>{ $add }</code>.
help-windows-connect = Підключайтеся командою <code>{ $command }</code> (-i не потрібен, якщо файл має це стандартне ім’я).
help-macos-keychain = Зберігайте парольну фразу у в’язці ключів: <code>{ $command }</code>.
help-macos-connect = Підключайтеся командою <code>{ $ssh }</code> або скопіюйте ключ на сервер командою <code>{ $copy }</code>.
help-linux-agent = Завантажте його в агент на цей сеанс: <code>{ $command }</code>.
help-linux-connect = Скопіюйте ключ на сервер командою <code>{ $copy }</code>, потім підключайтеся командою <code>{ $ssh }</code>.

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = Використати цей ключ
embed-use-hint = Надсилає рядок публічного ключа вище на { $origin } — сторінку, у яку вбудовано генератор. Приватний ключ не надсилається ніколи.
embed-refused-no-origin = Звідси нічого не надсилається: сторінка, у яку вбудовано генератор, не вказала дійсне вебджерело (origin), куди надіслати публічний ключ.
embed-refused-not-framed = Звідси нічого не надсилається: ця сторінка не вбудована в іншу сторінку.
embed-refused-other-parent = Звідси нічого не надсилається: генератор вбудовано в сторінку з { $parent }, а не з { $origin }.
embed-sent = Надіслано на { $origin }.

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = Перетягніть сюди файл <code>authorized_keys</code> або <code>known_hosts</code> або
page-check-choose = Виберіть файл…
page-check-paste = …або вставте його рядки
page-check-hint = Лише публічні ключі: кожен рядок читається на цій сторінці й нікуди не вивантажується.
page-check-run = Перевірити рядки
page-check-caption = Кожен рядок із ключем, його ключ і результати перевірки
page-check-col-line = Рядок
page-check-col-key = Ключ
page-check-col-sha256 = Відбиток SHA256
page-check-col-comment = Коментар
page-check-col-options = Параметри або вузли
page-check-col-findings = Результати перевірки

## The key's check-up (static markup below the saves)
page-check-clean = Зауважень немає: ключ і спосіб його зберігання відповідають сучасним рекомендаціям.
page-check-fix-resave = Зберегти із сучасним захистом
page-check-fix-new-key = Створити новий ключ (той самий коментар)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = «Зберегти із сучасним захистом» використовує парольну фразу вище: формат OpenSSH (раундів bcrypt: { $rounds }) або .ppk v3 (Argon2id) для ключа, відкритого з .ppk.
page-check-fix-resave-hint-unknown = «Зберегти із сучасним захистом» використовує парольну фразу вище: формат OpenSSH із кількістю раундів bcrypt за замовчуванням, як у ssh-keygen, або .ppk v3 (Argon2id) для ключа, відкритого з .ppk.

## The key's certificate (static markup below the saves)
page-cert-save = Зберегти сертифікат (-cert.pub)
page-cert-attach = Приєднати сертифікат цього ключа (<code>-cert.pub</code>): збережений потім .ppk міститиме його, як із <code>--certificate</code> у PuTTYgen
page-cert-choose = Виберіть сертифікат…
page-cert-attach-button = Приєднати
page-cert-remove = Вилучити сертифікат

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = Підписати сертифікат
page-cert-about = Сертифікат OpenSSH дає ключу змогу входити всюди, де довіряють його центру сертифікації, ЦС (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>); такий сертифікат створює <code>ssh-keygen -s</code>.
page-cert-ca = Ключ ЦС (його приватний ключ)
page-cert-ca-choose = Виберіть ключ ЦС…
page-cert-paste-it = …або вставте його
page-cert-ca-passphrase = Ключ ЦС захищено. Парольна фраза:
page-cert-ca-open = Відкрити ключ ЦС
page-cert-ca-forget = Забути ключ ЦС
page-cert-subjects = Публічні ключі для підпису
page-cert-subjects-choose = Виберіть публічні ключі…
page-cert-subjects-paste = …або вставте їх, по одному в рядку
page-cert-certificate = Сертифікат
page-cert-user = Користувацький сертифікат
page-cert-host = Сертифікат вузла (<code>-h</code>)
page-cert-identity = Ідентифікатор ключа (<code>-I</code>)
page-cert-identity-hint = Записується в журнал сервера, коли сертифікат використовують, наприклад <code>alice@example.com</code>.
page-cert-principals = Принципали (<code>-n</code>), через кому
page-cert-principals-hint = Імена користувачів (а для вузла — імена вузлів), для яких він дійсний.
page-cert-validity = Термін дії (<code>-V</code>)
page-cert-for-hour = 1 година
page-cert-for-day = 1 день
page-cert-for-week = 1 тиждень
page-cert-for-52-weeks = 52 тижні
page-cert-forever = безстроково
page-cert-between = між цими датами…
page-cert-from = З (порожньо: завжди)
page-cert-to = До (порожньо: безстроково)
page-cert-serial = Серійний номер (<code>-z</code>)
page-cert-options = Параметри користувацького сертифіката (<code>-O</code>)
page-cert-x11 = Переспрямування X11
page-cert-agent = Переспрямування агента
page-cert-port = Переспрямування портів
page-cert-pty = Термінал (pty)
page-cert-force-command = Примусова команда (<code>force-command</code>)
page-cert-source-address = Лише з цих адрес (<code>source-address</code>, CIDR, через кому)
page-cert-sign = Підписати
page-cert-inspect-title = Переглянути сертифікат
page-cert-inspect = Переглянути
