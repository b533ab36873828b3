# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = Слабке місце
check-badge-note = Примітка
check-badge-info = Не перевірено

## The key on screen
check-resaving = Збереження із сучасним захистом…
check-resaved = { $filename } збережено із сучасним захистом: замініть ним старий файл.
check-making-key = Створення нового ключа…
check-new-key = Це новий ключ із тим самим коментарем: збережіть його, дозвольте його всюди, де дозволено старий, а потім вилучіть старий.
# The folded section's title: what the check-up found.
check-title-none = Перевірка: зауважень немає
check-title-weak = Перевірка: { $weak ->
    [one] { $weak } слабке місце
    [few] { $weak } слабкі місця
    [many] { $weak } слабких місць
   *[other] { $weak } слабкого місця
}
check-title-notes = Перевірка: { $notes ->
    [one] { $notes } примітка
    [few] { $notes } примітки
    [many] { $notes } приміток
   *[other] { $notes } примітки
}
check-title-both = Перевірка: { $weak ->
    [one] { $weak } слабке місце
    [few] { $weak } слабкі місця
    [many] { $weak } слабких місць
   *[other] { $weak } слабкого місця
}, { $notes ->
    [one] { $notes } примітка
    [few] { $notes } примітки
    [many] { $notes } приміток
   *[other] { $notes } примітки
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type } ({ $bits } біт)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
    [one] { $keys } рядок із ключем
    [few] { $keys } рядки з ключами
    [many] { $keys } рядків із ключами
   *[other] { $keys } рядка з ключами
}{ $bad ->
    [0] {""}
    [one] , { $bad } нерозпізнаний рядок
    [few] , { $bad } нерозпізнані рядки
    [many] , { $bad } нерозпізнаних рядків
   *[other] , { $bad } нерозпізнаного рядка
}; { $weak ->
    [0] слабких місць немає
    [one] { $weak } слабке місце
    [few] { $weak } слабкі місця
    [many] { $weak } слабких місць
   *[other] { $weak } слабкого місця
}.
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = Розмір { $name } — { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: забагато для файлу authorized_keys.
