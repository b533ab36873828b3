# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = 취약점
check-badge-note = 참고
check-badge-info = 확인 안 됨

## The key on screen
check-resaving = 최신 보호 방식으로 저장하는 중…
check-resaved = 최신 보호 방식으로 저장했습니다: { $filename }. 이 파일로 기존 파일을 교체하세요.
check-making-key = 새 키를 만드는 중…
check-new-key = 주석이 같은 새 키입니다. 이 키를 저장하고, 기존 키가 등록된 곳에 이 키를 등록한 다음 기존 키를 제거하세요.
# The folded section's title: what the check-up found.
check-title-none = 점검: 보고할 사항 없음
check-title-weak = 점검: { $weak ->
   *[other] 취약점 { $weak }개
}
check-title-notes = 점검: { $notes ->
   *[other] 참고 사항 { $notes }개
}
check-title-both = 점검: { $weak ->
   *[other] 취약점 { $weak }개
}, { $notes ->
   *[other] 참고 사항 { $notes }개
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type }({ $bits }비트)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
   *[other] 키 줄 { $keys }개
}{ $bad ->
    [0] {""}
   *[other] (구문 분석할 수 없는 줄 { $bad }개 포함)
}, { $weak ->
    [0] 취약점 없음
   *[other] 취약점 { $weak }개
}.
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = { $name }의 크기는 { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB로, authorized_keys 파일로는 너무 큽니다.
