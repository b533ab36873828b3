# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = Слабое место
check-badge-note = Замечание
check-badge-info = Не проверено

## The key on screen
check-resaving = Сохранение с современной защитой…
check-resaved = { $filename } сохранён с современной защитой: замените им старый файл.
check-making-key = Создание нового ключа…
check-new-key = Это новый ключ с тем же комментарием: сохраните его, разрешите его везде, где разрешён старый, затем удалите старый.
# The folded section's title: what the check-up found.
check-title-none = Проверка: замечаний нет
check-title-weak = Проверка: { $weak ->
    [one] { $weak } слабое место
    [few] { $weak } слабых места
    [many] { $weak } слабых мест
   *[other] { $weak } слабого места
}
check-title-notes = Проверка: { $notes ->
    [one] { $notes } замечание
    [few] { $notes } замечания
    [many] { $notes } замечаний
   *[other] { $notes } замечания
}
check-title-both = Проверка: { $weak ->
    [one] { $weak } слабое место
    [few] { $weak } слабых места
    [many] { $weak } слабых мест
   *[other] { $weak } слабого места
}, { $notes ->
    [one] { $notes } замечание
    [few] { $notes } замечания
    [many] { $notes } замечаний
   *[other] { $notes } замечания
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type } ({ $bits } бит)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
    [one] { $keys } строка с ключом
    [few] { $keys } строки с ключами
    [many] { $keys } строк с ключами
   *[other] { $keys } строки с ключами
}{ $bad ->
    [0] {""}
    [one] , { $bad } нераспознанная строка
    [few] , { $bad } нераспознанные строки
    [many] , { $bad } нераспознанных строк
   *[other] , { $bad } нераспознанной строки
}; { $weak ->
    [0] слабых мест нет
    [one] { $weak } слабое место
    [few] { $weak } слабых места
    [many] { $weak } слабых мест
   *[other] { $weak } слабого места
}.
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = Размер { $name } — { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ: слишком много для файла authorized_keys.
