# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Дуже слабка парольна фраза.
    [weak] Слабка парольна фраза.
    [fair] Посередня парольна фраза.
   *[strong] Надійна парольна фраза.
}
strength-attack = Зловмисникові, який має { $attacker }, знадобиться { $time }, щоб підібрати її офлайн (захист: { $kdf }).
strength-still-usable = Ви все одно можете її використовувати.
strength-none = Без парольної фрази: файл приватного ключа не буде захищено.
# $error: why (already a whole sentence in the page's language).
strength-failed = Не вдалося оцінити надійність цієї парольної фрази: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = У разі збереження як { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] дуже слабка
    [weak] слабка
    [fair] посередня
   *[strong] надійна
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = Прямі ряди клавіш на клавіатурі легко вгадати.
strength-warning-key-pattern = Короткі клавіатурні комбінації легко вгадати.
strength-warning-simple-repeat = Повторювані символи на кшталт «aaa» легко вгадати.
strength-warning-extended-repeat = Повторювані групи символів на кшталт «abcabcabc» легко вгадати.
strength-warning-sequences = Поширені послідовності символів на кшталт «abc» легко вгадати.
strength-warning-recent-years = Недавні роки легко вгадати.
strength-warning-dates = Дати легко вгадати.
strength-warning-top-ten = Це дуже популярний пароль.
strength-warning-top-hundred = Це часто використовуваний пароль.
strength-warning-common = Це поширений пароль.
strength-warning-similar-to-common = Це схоже на поширений пароль.
strength-warning-word-by-itself = Окремі слова легко вгадати.
strength-warning-names-by-themselves = Окремі імена чи прізвища легко вгадати.
strength-warning-common-names = Поширені імена та прізвища легко вгадати.
strength-warning-user-inputs = Тут не має бути особистих даних чи даних, пов’язаних зі сторінкою.
strength-warning-pwned = Ваш пароль було розкрито внаслідок витоку даних в інтернеті.
strength-suggestion-l33t = Уникайте передбачуваних замін літер, як-от «@» замість «a».
strength-suggestion-reverse-words = Уникайте написання поширених слів задом наперед.
strength-suggestion-all-uppercase = Робіть великими деякі літери, але не всі.
strength-suggestion-capitalization = Робіть великою не лише першу літеру.
strength-suggestion-dates = Уникайте дат і років, пов’язаних із вами.
strength-suggestion-recent-years = Уникайте недавніх років.
strength-suggestion-associated-years = Уникайте років, пов’язаних із вами.
strength-suggestion-sequences = Уникайте поширених послідовностей символів.
strength-suggestion-repeated = Уникайте повторюваних слів і символів.
strength-suggestion-longer-keyboard-pattern = Використовуйте довші клавіатурні комбінації й кілька разів змінюйте напрямок набору.
strength-suggestion-another-word = Додайте більше рідковживаних слів.
strength-suggestion-use-words = Використовуйте кілька слів, але уникайте поширених фраз.
strength-suggestion-no-need = Надійний пароль можна скласти й без символів, цифр і великих літер.
strength-suggestion-pwned = Якщо ви використовуєте цей пароль деінде, змініть його.
