# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] 密码短语强度：非常弱。
    [weak] 密码短语强度：弱。
    [fair] 密码短语强度：一般。
   *[strong] 密码短语强度：强。
}
strength-attack = 拥有 { $attacker } 的攻击者针对 { $kdf } 离线猜测，需要 { $time }。
strength-still-usable = 您仍然可以使用它。
strength-none = 没有密码短语：私钥文件将不受保护。
# $error: why (already a whole sentence in the page's language).
strength-failed = 无法估算此密码短语的强度：{ $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = 若保存为其他格式：{ $estimates }。
strength-saved-separator = {"；"}
strength-saved-item = { $kdf }：{ $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }：{ $time }（{ $rating ->
    [very-weak] 非常弱
    [weak] 弱
    [fair] 一般
   *[strong] 强
}）

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = 键盘上连成一排的按键很容易被猜到。
strength-warning-key-pattern = 简短的键盘模式很容易被猜到。
strength-warning-simple-repeat = 像“aaa”这样的重复字符很容易被猜到。
strength-warning-extended-repeat = 像“abcabcabc”这样的重复字符模式很容易被猜到。
strength-warning-sequences = 像“abc”这样的常见字符序列很容易被猜到。
strength-warning-recent-years = 最近的年份很容易被猜到。
strength-warning-dates = 日期很容易被猜到。
strength-warning-top-ten = 这是一个被大量使用的密码。
strength-warning-top-hundred = 这是一个被频繁使用的密码。
strength-warning-common = 这是一个常用密码。
strength-warning-similar-to-common = 这与一个常用密码相似。
strength-warning-word-by-itself = 单个单词很容易被猜到。
strength-warning-names-by-themselves = 单独的名字或姓氏很容易被猜到。
strength-warning-common-names = 常见的名字和姓氏很容易被猜到。
strength-warning-user-inputs = 不应包含任何个人数据或与本页面相关的数据。
strength-warning-pwned = 您的密码已在互联网上的数据泄露事件中被曝光。
strength-suggestion-l33t = 避免可预测的字母替换，例如用“@”代替“a”。
strength-suggestion-reverse-words = 避免常见单词的倒序拼写。
strength-suggestion-all-uppercase = 将部分字母大写，但不要全部大写。
strength-suggestion-capitalization = 除首字母外，再将其他字母大写。
strength-suggestion-dates = 避免使用与您相关的日期和年份。
strength-suggestion-recent-years = 避免使用最近的年份。
strength-suggestion-associated-years = 避免使用与您相关的年份。
strength-suggestion-sequences = 避免常见的字符序列。
strength-suggestion-repeated = 避免重复的单词和字符。
strength-suggestion-longer-keyboard-pattern = 使用更长的键盘模式，并多次改变输入方向。
strength-suggestion-another-word = 添加更多不常见的单词。
strength-suggestion-use-words = 使用多个单词，但避免常见短语。
strength-suggestion-no-need = 无需使用符号、数字或大写字母，也能创建强密码。
strength-suggestion-pwned = 如果您在其他地方使用了此密码，应当更改它。
