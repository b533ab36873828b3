# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = 무기한
cert-validity-before = { DATETIME($before, dateStyle: "medium", timeStyle: "short") }까지
cert-validity-after = { DATETIME($after, dateStyle: "medium", timeStyle: "short") }부터
cert-validity-range = { DATETIME($after, dateStyle: "medium", timeStyle: "short") }부터 { DATETIME($before, dateStyle: "medium", timeStyle: "short") }까지

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] 만료됨
    [future] 아직 유효하지 않음
   *[valid] 현재 유효
}: { $certType ->
    [host] 호스트
    [unknown] 알 수 없는 유형의
   *[user] 사용자
} 인증서(유효 기간: { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}). CA 서명이 확인되었습니다({ $caType } { $fingerprint }, { $algorithm } 사용).

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = 붙여넣은 CA 키
cert-ca-needed = 먼저 CA의 개인 키를 선택하거나 붙여넣으세요.
cert-opening = { $name } 여는 중…
cert-ca-passphrase = { $name }은(는) 암호로 보호되어 있습니다.
cert-ca-public = { $name }은(는) 공개 키입니다. CA는 개인 키로 서명합니다.
cert-ca-key = CA 키: { $type } { $fingerprint } “{ $comment }”.
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = { $name }의 크기는 { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB입니다. 키 파일이 아닙니다.

## The Certificates tab: signing
cert-bad-dates = 날짜 선택기로 날짜를 선택하세요.
cert-open-ca-first = 먼저 CA 키를 여세요.
cert-id-needed = 인증서의 키 ID를 지정하세요.
cert-serial-number = 일련번호는 0 이상의 정수여야 합니다.
cert-key-needed = 서명할 공개 키를 선택하거나 붙여넣으세요.
cert-signing = 서명하는 중…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = 저장했습니다: { $names }.

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (붙여넣음)
cert-inspect-needed = 먼저 인증서를 선택하거나 붙여넣으세요.
cert-checking = 확인하는 중…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = 붙여넣은 인증서
cert-attach-needed = 먼저 이 키의 인증서를 선택하거나 붙여넣으세요.
cert-attach-checking = 인증서를 확인하는 중…
cert-attached = 첨부했습니다. 이제 저장하는 .ppk에 인증서가 포함됩니다.
cert-removed = 제거했습니다. 이제 저장하는 파일에는 인증서가 포함되지 않습니다.
cert-key-title = 인증서: OpenSSH { $certType ->
    [host] 호스트
    [unknown] 알 수 없는 유형의
   *[user] 사용자
} 인증서, { $state ->
    [expired] 만료됨
    [future] 아직 유효하지 않음
   *[valid] 현재 유효
}
cert-key-title-none = 인증서: 없음(첨부할 수 있음)
cert-key-none = 이 키에는 인증서가 없습니다.
cert-key-about-private = 이 키에는 OpenSSH { $certType ->
    [host] 호스트
    [unknown] 알 수 없는 유형의
   *[user] 사용자
} 인증서가 있습니다. 저장하는 .ppk에는 인증서가 함께 들어갑니다(PuTTY 0.78 이상에서 이 인증서로 로그인할 수 있습니다). OpenSSH에서 사용하려면 인증서를 별도의 파일로 개인 키 옆에 저장하세요.
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = 이것은 키가 아니라 OpenSSH { $certType ->
    [host] 호스트
    [unknown] 알 수 없는 유형의
   *[user] 사용자
} 인증서입니다. 아래 { $type } 공개 키에 해당하는 개인 키로, 이 인증서의 CA를 신뢰하는 모든 곳에 로그인할 수 있게 해 줍니다. 인증서를 { $stem }-cert.pub 파일로 저장해 그 개인 키({ $stem }) 옆에 두세요. ssh가 자동으로 사용합니다.
