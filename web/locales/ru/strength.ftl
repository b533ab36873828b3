# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Очень слабая парольная фраза.
    [weak] Слабая парольная фраза.
    [fair] Средняя парольная фраза.
   *[strong] Надёжная парольная фраза.
}
strength-attack = Злоумышленнику, у которого { $attacker }, понадобится { $time }, чтобы подобрать её офлайн (защита: { $kdf }).
strength-still-usable = Вы всё равно можете её использовать.
strength-none = Без парольной фразы: файл закрытого ключа не будет защищён.
# $error: why (already a whole sentence in the page's language).
strength-failed = Не удалось оценить надёжность этой парольной фразы: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = При сохранении как { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] очень слабая
    [weak] слабая
    [fair] средняя
   *[strong] надёжная
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = Прямые ряды клавиш на клавиатуре легко угадать.
strength-warning-key-pattern = Короткие клавиатурные комбинации легко угадать.
strength-warning-simple-repeat = Повторяющиеся символы вроде «aaa» легко угадать.
strength-warning-extended-repeat = Повторяющиеся группы символов вроде «abcabcabc» легко угадать.
strength-warning-sequences = Распространённые последовательности символов вроде «abc» легко угадать.
strength-warning-recent-years = Недавние годы легко угадать.
strength-warning-dates = Даты легко угадать.
strength-warning-top-ten = Это очень популярный пароль.
strength-warning-top-hundred = Это часто используемый пароль.
strength-warning-common = Это распространённый пароль.
strength-warning-similar-to-common = Это похоже на распространённый пароль.
strength-warning-word-by-itself = Отдельные слова легко угадать.
strength-warning-names-by-themselves = Отдельные имена или фамилии легко угадать.
strength-warning-common-names = Распространённые имена и фамилии легко угадать.
strength-warning-user-inputs = Не должно быть личных данных или данных, связанных со страницей.
strength-warning-pwned = Ваш пароль был раскрыт в результате утечки данных в интернете.
strength-suggestion-l33t = Избегайте предсказуемых замен букв, например «@» вместо «a».
strength-suggestion-reverse-words = Избегайте написания распространённых слов задом наперёд.
strength-suggestion-all-uppercase = Делайте заглавными некоторые буквы, но не все.
strength-suggestion-capitalization = Делайте заглавной не только первую букву.
strength-suggestion-dates = Избегайте дат и годов, связанных с вами.
strength-suggestion-recent-years = Избегайте недавних годов.
strength-suggestion-associated-years = Избегайте годов, связанных с вами.
strength-suggestion-sequences = Избегайте распространённых последовательностей символов.
strength-suggestion-repeated = Избегайте повторяющихся слов и символов.
strength-suggestion-longer-keyboard-pattern = Используйте более длинные клавиатурные комбинации и несколько раз меняйте направление набора.
strength-suggestion-another-word = Добавьте больше редких слов.
strength-suggestion-use-words = Используйте несколько слов, но избегайте распространённых фраз.
strength-suggestion-no-need = Надёжный пароль можно составить и без символов, цифр и заглавных букв.
strength-suggestion-pwned = Если вы используете этот пароль где-то ещё, смените его.
