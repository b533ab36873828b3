# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] 매우 약한 암호입니다.
    [weak] 약한 암호입니다.
    [fair] 보통 수준의 암호입니다.
   *[strong] 강력한 암호입니다.
}
strength-attack = 공격자({ $attacker } 보유)가 { $kdf }에 대해 오프라인으로 추측하면 { $time } 걸립니다.
strength-still-usable = 그래도 이 암호를 사용할 수 있습니다.
strength-none = 암호 없음: 개인 키 파일이 보호되지 않습니다.
# $error: why (already a whole sentence in the page's language).
strength-failed = 이 암호의 강도를 추정할 수 없습니다: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = 다른 형식으로 저장할 경우: { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time }({ $rating ->
    [very-weak] 매우 약함
    [weak] 약함
    [fair] 보통
   *[strong] 강함
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = 키보드에서 일렬로 이어진 키는 추측하기 쉽습니다.
strength-warning-key-pattern = 짧은 키보드 패턴은 추측하기 쉽습니다.
strength-warning-simple-repeat = "aaa"처럼 반복되는 문자는 추측하기 쉽습니다.
strength-warning-extended-repeat = "abcabcabc"처럼 반복되는 문자 패턴은 추측하기 쉽습니다.
strength-warning-sequences = "abc"처럼 흔한 문자 순서는 추측하기 쉽습니다.
strength-warning-recent-years = 최근 연도는 추측하기 쉽습니다.
strength-warning-dates = 날짜는 추측하기 쉽습니다.
strength-warning-top-ten = 매우 많이 사용되는 비밀번호입니다.
strength-warning-top-hundred = 자주 사용되는 비밀번호입니다.
strength-warning-common = 흔히 사용되는 비밀번호입니다.
strength-warning-similar-to-common = 흔히 사용되는 비밀번호와 비슷합니다.
strength-warning-word-by-itself = 단어 하나만 쓰면 추측하기 쉽습니다.
strength-warning-names-by-themselves = 이름이나 성 하나만 쓰면 추측하기 쉽습니다.
strength-warning-common-names = 흔한 이름과 성은 추측하기 쉽습니다.
strength-warning-user-inputs = 개인 정보나 이 페이지와 관련된 데이터가 들어가면 안 됩니다.
strength-warning-pwned = 이 비밀번호는 인터넷상의 데이터 유출로 노출되었습니다.
strength-suggestion-l33t = 'a' 대신 '@'를 쓰는 것처럼 예측하기 쉬운 문자 대체는 피하세요.
strength-suggestion-reverse-words = 흔한 단어를 거꾸로 쓰는 것은 피하세요.
strength-suggestion-all-uppercase = 모든 글자가 아니라 일부 글자만 대문자로 쓰세요.
strength-suggestion-capitalization = 첫 글자 외의 글자도 대문자로 쓰세요.
strength-suggestion-dates = 본인과 관련된 날짜와 연도는 피하세요.
strength-suggestion-recent-years = 최근 연도는 피하세요.
strength-suggestion-associated-years = 본인과 관련된 연도는 피하세요.
strength-suggestion-sequences = 흔한 문자 순서는 피하세요.
strength-suggestion-repeated = 반복되는 단어와 문자는 피하세요.
strength-suggestion-longer-keyboard-pattern = 더 긴 키보드 패턴을 사용하고 입력 방향을 여러 번 바꾸세요.
strength-suggestion-another-word = 덜 흔한 단어를 더 추가하세요.
strength-suggestion-use-words = 여러 단어를 사용하되 흔한 문구는 피하세요.
strength-suggestion-no-need = 기호, 숫자, 대문자를 쓰지 않아도 강력한 비밀번호를 만들 수 있습니다.
strength-suggestion-pwned = 이 비밀번호를 다른 곳에서도 사용한다면 변경해야 합니다.
