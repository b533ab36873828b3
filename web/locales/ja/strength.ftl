# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] 非常に弱いパスフレーズです。
    [weak] 弱いパスフレーズです。
    [fair] まずまずのパスフレーズです。
   *[strong] 強力なパスフレーズです。
}
strength-attack = { $attacker } を持つ攻撃者が { $kdf } に対してオフラインで推測した場合、必要な時間は { $time } です。
strength-still-usable = このまま使用することもできます。
strength-none = パスフレーズなし: 秘密鍵ファイルは保護されません。
# $error: why (already a whole sentence in the page's language).
strength-failed = このパスフレーズの強度を推定できませんでした: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = 他の形式で保存した場合: { $estimates }。
strength-saved-separator = {" / "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] 非常に弱い
    [weak] 弱い
    [fair] まずまず
   *[strong] 強い
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = キーボード上で一列に並んだキーは推測されやすくなります。
strength-warning-key-pattern = 短いキーボードパターンは推測されやすくなります。
strength-warning-simple-repeat = 「aaa」のような文字の繰り返しは推測されやすくなります。
strength-warning-extended-repeat = 「abcabcabc」のような文字パターンの繰り返しは推測されやすくなります。
strength-warning-sequences = 「abc」のようなよくある文字の並びは推測されやすくなります。
strength-warning-recent-years = 最近の年は推測されやすくなります。
strength-warning-dates = 日付は推測されやすくなります。
strength-warning-top-ten = これは非常によく使われているパスワードです。
strength-warning-top-hundred = これは頻繁に使われているパスワードです。
strength-warning-common = これは一般的に使われているパスワードです。
strength-warning-similar-to-common = これはよく使われているパスワードに似ています。
strength-warning-word-by-itself = 単語 1 つだけでは推測されやすくなります。
strength-warning-names-by-themselves = 名前や名字 1 つだけでは推測されやすくなります。
strength-warning-common-names = よくある名前や名字は推測されやすくなります。
strength-warning-user-inputs = 個人情報やこのページに関連するデータは含めないでください。
strength-warning-pwned = このパスワードはインターネット上のデータ漏洩で流出しています。
strength-suggestion-l33t = 「a」の代わりに「@」を使うような、予測しやすい文字の置き換えは避けてください。
strength-suggestion-reverse-words = よく使われる単語を逆につづったものは避けてください。
strength-suggestion-all-uppercase = すべてではなく、一部の文字を大文字にしてください。
strength-suggestion-capitalization = 最初の文字以外も大文字にしてください。
strength-suggestion-dates = ご自身に関係する日付や年は避けてください。
strength-suggestion-recent-years = 最近の年は避けてください。
strength-suggestion-associated-years = ご自身に関係する年は避けてください。
strength-suggestion-sequences = よくある文字の並びは避けてください。
strength-suggestion-repeated = 単語や文字の繰り返しは避けてください。
strength-suggestion-longer-keyboard-pattern = より長いキーボードパターンを使い、入力する方向を何度も変えてください。
strength-suggestion-another-word = あまり一般的でない単語をさらに追加してください。
strength-suggestion-use-words = 複数の単語を使ってください。ただし、よくあるフレーズは避けてください。
strength-suggestion-no-need = 記号、数字、大文字を使わなくても強力なパスワードを作成できます。
strength-suggestion-pwned = このパスワードを他の場所でも使っている場合は、変更してください。
