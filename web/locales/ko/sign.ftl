# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = 서명 및 확인: git 커밋, 파일
sign-about = ssh-keygen -Y sign처럼 이 키로 git 커밋과 태그 또는 임의의 파일에 서명합니다. 이 키의 allowed_signers 줄을 가진 사람은 누구나 서명된 내용을 확인할 수 있습니다.
sign-principal = 이메일 주소(주체: git의 user.email)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = allowed_signers 줄
sign-allowed-hint = 서명을 확인하는 모든 컴퓨터에서 이 줄을 ~/.ssh/allowed_signers에 추가하세요.
sign-principal-missing = 위에 이메일 주소를 입력하면 이 줄이 표시됩니다.
sign-git-title = git config: 모든 커밋과 태그에 이 키로 서명
sign-git-hint = 공개 키를 두 번째 줄에 지정된 파일로 저장한 다음 이 명령을 실행하세요.
sign-copy-line = 복사
    .aria-label = { $line } 복사
sign-copied = 클립보드에 복사했습니다.
sign-copy-blocked = 복사가 차단되었습니다. 줄을 선택하고 Ctrl+C(⌘C)를 누르세요.

## Signing
sign-sign-title = 파일 또는 텍스트에 서명
sign-choose-file = 서명할 파일 선택…
sign-text = …또는 서명할 텍스트 입력(입력한 그대로 서명됨)
sign-namespace = 네임스페이스(-n)
sign-namespace-hint = 파일에는 file, git이 확인하는 항목에는 git을 사용합니다. 확인하는 쪽도 같은 네임스페이스를 지정해야 합니다.
sign-hash = 해시(-O hashalg=)
sign-sign-button = 서명하고 .sig 저장
sign-signing = 서명하는 중…
sign-saved = 다운로드 폴더에 저장했습니다: { $filename }(네임스페이스 { $namespace }).
sign-nothing-to-sign = 먼저 서명할 파일을 선택하거나 텍스트를 입력하세요.
sign-namespace-needed = file 또는 git 같은 네임스페이스를 지정하세요.
sign-too-big = { $name }의 크기는 { NUMBER($size) }바이트로, 이 페이지의 한도인 { NUMBER($cap) }바이트를 넘습니다.

## Verifying (the Check tab)
sign-verify-title = SSH 서명 확인
sign-verify-about = ssh-keygen -Y verify처럼 .sig가 이 파일의 올바른 서명인지, 그리고 그 키가 이 사람을 대신해 서명할 수 있는지 확인합니다.
sign-verify-signature = 서명(.sig)
sign-choose-signature = .sig 파일 선택…
sign-paste-signature = …또는 붙여넣기
sign-verify-message = 서명된 내용
sign-choose-signed = 서명된 파일 선택…
sign-verify-text = …또는 서명된 텍스트 입력(서명할 때와 정확히 같게)
sign-verify-who = 서명했을 수 있는 사람
sign-by-allowed = allowed_signers 파일에 있는 사람
sign-by-key = 공개 키의 소유자
sign-verify-principal = 주체(-I), 예: 서명자의 이메일 주소
sign-choose-allowed = allowed_signers 파일 선택…
sign-paste-allowed = …또는 해당 줄 붙여넣기
sign-choose-key = 공개 키 선택…
sign-paste-key = …또는 붙여넣기
sign-verify-button = 확인
sign-verifying = 확인하는 중…
sign-signature-needed = 먼저 서명을 선택하거나 붙여넣으세요.
sign-message-needed = 먼저 서명된 파일을 선택하거나 서명된 텍스트를 입력하세요.
sign-key-needed = 먼저 서명자의 공개 키를 선택하거나 붙여넣으세요.
sign-allowed-needed = 먼저 allowed_signers 줄을 선택하거나 붙여넣으세요.
sign-principal-needed = 확인할 주체(예: 서명자의 이메일 주소)를 지정하세요.
sign-verdict-good = 올바른 서명입니다. 서명자: { $principal }, 네임스페이스: { $namespace }, 키: { $type } { $fingerprint }.
sign-verdict-good-key = 올바른 서명입니다. 이 공개 키로 서명되었습니다({ $namespace }). 키: { $type } { $fingerprint }.
sign-verdict-bad = 확인되지 않음: 이 서명은 이 파일, 네임스페이스, 서명자에 대해 유효하지 않습니다. ssh-keygen이 밝힌 이유:
