# The page's words in Korean, translated from the English catalog (en/page.ftl).
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.

## The page around the views: title, header, loading, footer
site-page-title = SSH 키 생성기 — 개인 키는 브라우저 밖으로 나가지 않습니다
site-skip = 생성기로 건너뛰기
site-title = SSH 키 생성기
site-tagline = OpenSSH와 PuTTY용 SSH 키를 만들고, 열고, 변환합니다. 개인 키와 암호는 이 페이지 밖으로 나가지 않습니다.
# Embed mode: the line above the generator inside another site's page.
site-embed-about = SSH 키 생성기: 키는 브라우저에서 만들어지며, 개인 키와 암호는 어디로도 전송되지 않습니다.
site-footer = 로드 후 네트워크 사용 없음, 쿠키 없음, 저장 없음, 분석 없음: 키는 브라우저의 암호화 기능과 이 페이지에서 실행되는 Python으로 만들어집니다.
language-menu-label = 언어
site-update = 이 페이지의 새 버전이 준비되었습니다. 먼저 키를 저장하세요. 새로 고치면 키가 지워집니다.
site-update-reload = 지금 새로 고침

load-starting = 키 생성기를 불러오는 중…
load-ready = 준비되었습니다. 여기서 하는 작업은 이 페이지 밖으로 나가지 않습니다.
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] Python 불러오는 중… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB
        [sshkeys] sshkeys 시작하는 중… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB
        [ready] 곧 준비됨… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB
       *[starting] 시작하는 중… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] Python 불러오는 중…
        [sshkeys] sshkeys 시작하는 중…
        [ready] 곧 준비됨…
       *[starting] 시작하는 중…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python을 아직 불러오는 중입니다({ $progress }).
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Python을 시작할 수 없습니다: { $error } 페이지를 새로 고친 후 다시 시도하세요.
load-worker-failed = 키 워커를 시작할 수 없습니다: { $error } 페이지를 새로 고친 후 다시 시도하세요.
load-worker-failed-plain = 키 워커를 시작할 수 없습니다. 페이지를 새로 고친 후 다시 시도하세요.
load-no-script = 페이지에 { $role ->
        [rater] 강도 평가
       *[worker] 워커
    } 스크립트가 지정되어 있지 않습니다.
# $name: a script's file name (worker.js).
load-fetch-failed = { $name }: 가져올 수 없거나 무결성 검사에 실패했습니다({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = 키 워커가 중지되었습니다.
load-rater-stopped = 강도 평가기가 중지되었습니다.
load-rater-failed = 강도 평가기가 멈췄습니다.
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds }초

## The tabs
tabs-main =
    .aria-label = 무엇을 하시겠습니까?
tabs-generate = 새 키 생성
tabs-open = 기존 키 열기
tabs-check = authorized_keys 검사
tabs-certs = 인증서

## Generate
gen-type = 키 유형
gen-badge-recommended = 권장
gen-badge-experimental = 실험적
gen-badge-deprecated = 사용 중단됨
gen-badge-putty-only = PuTTY 전용
gen-about-ed25519 = 짧고 현대적인 키입니다. OpenSSH, PuTTY, GitHub, GitLab에서 사용할 수 있습니다.
gen-about-rsa = RSA를 요구하는 오래된 서버와 서비스용입니다.
gen-about-ecdsa = NIST 곡선으로, 이를 요구하는 정책에 사용합니다.
gen-other-types = 기타 유형: 양자 내성(실험적), 레거시
gen-about-mldsa = 양자 내성 키입니다. 활성화된 OpenSSH 10.4 이상에서만 사용되며, PuTTY는 지원하지 않습니다.
gen-about-dsa = 아주 오래된 시스템 전용입니다. OpenSSH 10은 더 이상 DSA 키를 받아들이지 않습니다.
gen-about-ed448 = PuTTY는 받아들이지만 OpenSSH는 받아들이지 않습니다.
gen-unsupported = 이 브라우저에서는 사용할 수 없습니다. 브라우저의 암호화 라이브러리가 이 유형을 제공하지 않습니다.
gen-types-unavailable = 이 생성기를 포함한 페이지가 여기서 사용할 수 없는 키 유형을 요청하여 모든 유형을 표시합니다. 서버나 서비스가 받아들이는 유형을 확인하세요.
gen-rsa-size = RSA 키 크기
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits }비트
gen-bits-recommended = { $bits }비트(RSA 권장)
gen-bits-slow = { $bits }비트(느림)
gen-curve = 곡선
gen-comment = 주석
gen-comment-hint = <code>authorized_keys</code>, PuTTY, 대시보드에서 키 옆에 표시됩니다. <code>you@laptop</code>처럼 쓰면 키를 서로 구별할 수 있습니다.
gen-passphrase = 암호
gen-passphrase-confirm = 암호 확인
gen-show-passphrase = 암호 표시
gen-suggest-label = 제안할 단어 수
gen-suggest-words = { $words ->
       *[other] { $words }개 단어
    }
gen-suggest = 암호 제안
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
       *[other] EFF 대형 단어 목록({ NUMBER($size) }개 단어)에서 무작위로 고른 단어 { $words }개로, 엔트로피는 { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) }비트입니다. 적어 두거나 비밀번호 관리자에 보관하세요. 복구할 수 없습니다.
    }
gen-passphrase-hint = 누군가 개인 키 파일을 복사하더라도 그 파일을 보호합니다. 스크립트가 사용하는 키에만 비워 두세요. 그런 파일은 가진 사람이면 누구나 사용할 수 있습니다.
gen-mismatch = 두 암호가 일치하지 않습니다.
gen-advanced = 고급: 암호 보호 강도
gen-rounds = OpenSSH bcrypt 라운드 수
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = <code>ssh-keygen -a</code>와 같습니다. 기본값은 { $rounds }입니다(OpenSSH 9.4 이상). 늘릴수록 크래킹과 열기가 모두 느려집니다.
# Before Python has said what the default is.
gen-rounds-hint-unknown = <code>ssh-keygen -a</code>와 같습니다. 표시된 숫자가 기본값입니다(OpenSSH 9.4 이상). 늘릴수록 크래킹과 열기가 모두 느려집니다.
gen-ppk-kdf = PuTTY 키 유도
gen-kdf-default = Argon2id(기본값)
gen-argon2-memory = Argon2 메모리(KiB)
gen-argon2-passes = Argon2 패스 수
gen-argon2-passes-input =
    .placeholder = 자동(PuTTYgen처럼 약 0.1초)
gen-argon2-parallelism = Argon2 병렬도
gen-generate = 키 생성
gen-generating = 생성하는 중…
gen-generating-rsa-8192 = 생성하는 중… RSA 8192 이상은 1분 이상 걸릴 수 있습니다.
gen-generating-rsa-4096 = 생성하는 중… RSA 4096은 보통 몇 초 걸리며, 가끔 15초까지 걸립니다.
gen-generating-dsa = 생성하는 중… DSA는 몇 초 걸립니다.
# $ms: milliseconds.
gen-generated = { NUMBER($ms, useGrouping: 0) }ms 만에 생성했습니다.
gen-cleared = 지웠습니다. 이 페이지에서 키가 사라졌습니다.

## Open
open-drop = 키 파일을 여기에 놓거나
open-choose = 키 파일 선택…
open-formats = OpenSSH(<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, 공개 키 및 인증서(<code>-cert.pub</code>) 파일을 열 수 있습니다. 파일은 이 페이지에서 읽히며 업로드되지 않습니다.
open-paste = …또는 키 붙여넣기
open-passphrase = 이 키는 보호되어 있습니다. 암호:
open-button = 키 열기
# $name: the file's name.
open-opening = { $name } 여는 중…
open-opening-later = Python이 준비되면 { $name } 파일을 엽니다.
open-protected = { $name }은(는) 암호로 보호되어 있습니다.
open-opened = { $name } 파일을 열었습니다.
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = 붙여넣은 키를 여는 중…
open-opening-later-pasted = Python이 준비되면 붙여넣은 키를 엽니다.
open-protected-pasted = 붙여넣은 키는 암호로 보호되어 있습니다.
open-opened-pasted = 붙여넣은 키를 열었습니다.
# $size: megabytes.
file-too-big = { $name }의 크기는 { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB입니다. 키 파일이 아닙니다.
file-too-big-authorized-keys = { $name }의 크기는 { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) }MB로, authorized_keys 파일로는 너무 큽니다.

## The key on screen
result-title = 내 키
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = 개인 키와 공개 키: { $type }, { $bits }비트, 주석 “{ $comment }”.
result-summary-public = 공개 키만 있음: { $type }, { $bits }비트, 주석 “{ $comment }”.
result-public-key = 공개 키(<code>authorized_keys</code> 또는 호스팅 서비스 대시보드용)
result-copy = 공개 키 복사
result-copied = 클립보드에 복사했습니다.
result-copy-blocked = 복사가 차단되었습니다. 키가 선택되어 있으니 Ctrl+C(⌘C)를 눌러 복사하세요.
result-edit =
    .aria-label = 주석 및 암호
result-comment = 주석
result-change = 변경
    .aria-label = 주석 변경
result-comment-changed = 주석을 변경했습니다. 변경 사항을 유지하려면 파일을 다시 저장하세요.
result-save-passphrase = 개인 키 파일의 암호
result-next = 다음 단계: Windows, macOS, Linux에서 파일을 둘 위치
result-systems =
    .aria-label = 사용 중인 시스템
result-os-putty = Windows(PuTTY)
result-os-windows = Windows(OpenSSH)
result-check-key = 키 확인: 지문, randomart, bubblebabble
result-sha256 = SHA256 지문
result-md5 = MD5 지문
result-bubblebabble = Bubblebabble(<code>ssh-keygen -B</code>), 소리 내어 읽기용
result-randomart =
    .aria-label = 키 지문의 randomart 그림
result-randomart-caption = <code>ssh-keygen -lv</code>가 그리는 것과 같은 randomart입니다.
result-send = 다른 기기로 보내기: 공개 키 QR 코드
result-qr-caption = 공개 키 줄을 담은 QR 코드입니다. 휴대폰 카메라나 SSH 앱으로 스캔하면 공개 키를 다른 기기로 옮길 수 있습니다. 비밀 정보는 들어 있지 않습니다.
result-qr =
    .aria-label = 공개 키 줄의 QR 코드
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = 공개 키 줄의 길이는 { NUMBER($bytes, useGrouping: 0) }바이트로, QR 코드 하나에 담을 수 있는 양({ NUMBER($limit, useGrouping: 0) })보다 깁니다. 복사하거나, 공개 키 파일을 저장해 그 파일을 옮기세요.
result-qr-dense = 키가 길어서 코드가 촘촘합니다. 휴대폰을 가까이 대거나 페이지를 확대하세요.
result-other-formats = 기타 형식: PEM, PKCS#8, RFC 4716
result-clear = 지우기 — 이 키 잊기
result-clear-hint = 이 페이지와 메모리에서 키를 제거합니다. 저장한 파일은 저장한 위치에 그대로 남습니다.

## Saving
save-title = 저장
save-openssh = OpenSSH 개인 키
save-ppk = PuTTY 개인 키(.ppk)
save-ppk-v2 = 버전 2, PuTTY 0.75 이전용
save-public = 공개 키(.pub)
save-pem-title = PEM(OpenSSL, 클라우드 콘솔, 라이브러리)
save-pem = PEM 개인 키
save-pkcs8 = PKCS#8 개인 키
save-public-pem = PEM 공개 키
save-rfc4716-title = PuTTYgen이 저장하는 형식의 공개 키
save-rfc4716 = 공개 키(RFC 4716)
save-all-title = 모두 저장(.zip): 여러 형식의 개인 키, 공개 키, 다음 단계
save-all-formats = .zip에 넣을 개인 키 형식
save-all = 모두 저장(.zip)
save-preparing = 파일을 준비하는 중…
save-preparing-zip = .zip을 준비하는 중…
save-cancelled = 저장하지 않음: 저장 대화 상자가 닫혔습니다.
# $error: the browser's reason.
save-not-written = { $filename } 파일을 쓰지 못했습니다: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] 저장했습니다: { $filename }(암호로 보호됨).
            [none] 저장했습니다: { $filename }(암호 없음).
           *[public] 저장했습니다: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] 다운로드 폴더에 저장했습니다: { $filename }(암호로 보호됨).
            [none] 다운로드 폴더에 저장했습니다: { $filename }(암호 없음).
           *[public] 다운로드 폴더에 저장했습니다: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] 저장했습니다: { $filename }(개인 키는 암호로 보호됨).
           *[none] 저장했습니다: { $filename }(개인 키에 암호 없음).
        }
       *[downloaded] { $protection ->
            [passphrase] 다운로드 폴더에 저장했습니다: { $filename }(개인 키는 암호로 보호됨).
           *[none] 다운로드 폴더에 저장했습니다: { $filename }(개인 키에 암호 없음).
        }
    }
save-unsaved = 아직 저장하지 않음: 나가기 전에 개인 키를 저장하세요.
save-unsaved-comment = 아직 저장하지 않음: 새 주석은 이 페이지에만 있습니다. 유지하려면 개인 키를 다시 저장하세요.

## Next steps (one list per system)
help-dashboard = 위의 공개 키를 복사하여 호스팅 서비스에서 SSH 키를 입력하는 곳에 붙여넣으세요(GitHub: Settings → SSH and GPG keys, GitLab: Preferences → SSH Keys, 서버: <code>{ $authorized }</code>에 새 줄로 추가).
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = 참고: OpenSSH는 { $type } 키를 받아들이지 않습니다. PuTTY에서 사용하거나, OpenSSH용으로 Ed25519 키를 만드세요.
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = OpenSSH <strong>개인 키</strong>와 <strong>공개 키</strong>를 <code>{ $folder }</code> 폴더에 각각 <code>{ $file }</code>, <code>{ $pub }</code> 이름으로 저장하세요.
help-save-openssh-windows = OpenSSH <strong>개인 키</strong>와 <strong>공개 키</strong>를 <code>{ $folder }</code> 폴더(없으면 만드세요)에 각각 <code>{ $file }</code>, <code>{ $pub }</code> 이름으로 저장하세요.
help-chmod = 개인 키를 본인만 읽을 수 있게 하세요: <code>{ $command }</code>(다른 사람이 읽을 수 있는 키는 ssh가 거부합니다).
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = <strong>PuTTY 개인 키(.ppk)</strong>를 { $ppk } 이름으로 문서 폴더처럼 본인만 읽을 수 있는 곳에 저장하세요.
help-putty-pageant = Pageant(PuTTY의 키 에이전트, 시스템 트레이에 있음)를 열고 <strong>Add Key</strong>를 선택한 다음 { $ppk } 파일을 고르세요. 그러면 PuTTY, WinSCP, FileZilla가 자동으로 사용합니다.
help-putty-auth = 또는 PuTTY에서 Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>에 { $ppk } 파일을 지정하세요. 다시 고르지 않도록 세션을 저장하세요.
help-putty-old = 이전 PuTTY(0.75 이전), WinSCP, FileZilla에서 파일을 인식하지 못하면 “버전 2”를 선택한 상태로 .ppk를 다시 저장하세요.
# $service, $add: PowerShell command lines.
help-windows-agent = 선택 사항: 세션마다 암호를 한 번만 입력하려면 관리자 PowerShell에서 <code>{ $service }</code> 명령을 실행한 다음, 본인 계정으로 <code>{ $add }</code> 명령을 실행하세요.
help-windows-connect = <code>{ $command }</code> 명령으로 연결하세요(파일 이름이 이 표준 이름이면 -i는 필요 없습니다).
help-macos-keychain = 암호를 키체인에 보관하세요: <code>{ $command }</code>.
help-macos-connect = <code>{ $ssh }</code> 명령으로 연결하거나, <code>{ $copy }</code> 명령으로 키를 서버에 복사하세요.
help-linux-agent = 이번 세션의 에이전트에 키를 불러오세요: <code>{ $command }</code>.
help-linux-connect = <code>{ $copy }</code> 명령으로 키를 서버에 복사한 다음 <code>{ $ssh }</code> 명령으로 연결하세요.

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = 이 키 사용
embed-use-hint = 위의 공개 키 줄을 이 생성기를 포함한 페이지({ $origin })에 보냅니다. 개인 키는 절대 보내지 않습니다.
embed-refused-no-origin = 여기서는 아무것도 보내지 않습니다. 이 생성기를 포함한 페이지가 공개 키를 보낼 유효한 웹 출처(origin)를 지정하지 않았습니다.
embed-refused-not-framed = 여기서는 아무것도 보내지 않습니다. 이 페이지는 다른 페이지 안에 있지 않습니다.
embed-refused-other-parent = 여기서는 아무것도 보내지 않습니다. 이 생성기가 들어 있는 페이지의 출처({ $parent })가 지정된 출처({ $origin })와 다릅니다.
embed-sent = { $origin }에 보냈습니다.

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = <code>authorized_keys</code> 또는 <code>known_hosts</code> 파일을 여기에 놓거나
page-check-choose = 파일 선택…
page-check-paste = …또는 해당 줄 붙여넣기
page-check-hint = 공개 키만 해당: 모든 줄은 이 페이지에서 읽히며 업로드되지 않습니다.
page-check-run = 줄 검사
page-check-caption = 각 키 줄, 해당 키, 점검 결과
page-check-col-line = 줄
page-check-col-key = 키
page-check-col-sha256 = SHA256 지문
page-check-col-comment = 주석
page-check-col-options = 옵션 또는 호스트
page-check-col-findings = 점검 결과

## The key's check-up (static markup below the saves)
page-check-clean = 보고할 사항 없음: 이 키와 저장 방식은 현재 권장 사항을 충족합니다.
page-check-fix-resave = 최신 보호 방식으로 저장
page-check-fix-new-key = 새 키 만들기(같은 주석)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = “최신 보호 방식으로 저장”은 위의 암호를 사용하여 bcrypt { $rounds }라운드의 OpenSSH 형식으로 저장하며, .ppk에서 연 키는 .ppk v3(Argon2id)로 저장합니다.
page-check-fix-resave-hint-unknown = “최신 보호 방식으로 저장”은 위의 암호를 사용하여 ssh-keygen 기본 bcrypt 라운드 수의 OpenSSH 형식으로 저장하며, .ppk에서 연 키는 .ppk v3(Argon2id)로 저장합니다.

## The key's certificate (static markup below the saves)
page-cert-save = 인증서 저장(-cert.pub)
page-cert-attach = 이 키의 인증서(<code>-cert.pub</code>) 첨부: PuTTYgen의 <code>--certificate</code>처럼, 이후 저장하는 .ppk에 인증서가 포함됩니다
page-cert-choose = 인증서 선택…
page-cert-attach-button = 첨부
page-cert-remove = 인증서 제거

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = 인증서 발급
page-cert-about = OpenSSH 인증서가 있으면 키로 해당 인증 기관(CA)을 신뢰하는 모든 곳(<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>)에 로그인할 수 있습니다. <code>ssh-keygen -s</code>와 같은 방식으로 만듭니다.
page-cert-ca = CA 키(CA의 개인 키)
page-cert-ca-choose = CA 키 선택…
page-cert-paste-it = …또는 붙여넣기
page-cert-ca-passphrase = CA 키가 보호되어 있습니다. 암호:
page-cert-ca-open = CA 키 열기
page-cert-ca-forget = CA 키 잊기
page-cert-subjects = 서명할 공개 키
page-cert-subjects-choose = 공개 키 선택…
page-cert-subjects-paste = …또는 한 줄에 하나씩 붙여넣기
page-cert-certificate = 인증서
page-cert-user = 사용자 인증서
page-cert-host = 호스트 인증서(<code>-h</code>)
page-cert-identity = 키 ID(<code>-I</code>)
page-cert-identity-hint = 인증서가 사용될 때 서버 로그에 기록됩니다. 예: <code>alice@example.com</code>
page-cert-principals = 주체(<code>-n</code>), 쉼표로 구분
page-cert-principals-hint = 인증서가 유효한 사용자 이름(호스트 인증서는 호스트 이름)입니다.
page-cert-validity = 유효 기간(<code>-V</code>)
page-cert-for-hour = 1시간
page-cert-for-day = 1일
page-cert-for-week = 1주
page-cert-for-52-weeks = 52주
page-cert-forever = 무기한
page-cert-between = 날짜 지정…
page-cert-from = 시작(비워 두면 제한 없음)
page-cert-to = 종료(비워 두면 무기한)
page-cert-serial = 일련번호(<code>-z</code>)
page-cert-options = 사용자 인증서 옵션(<code>-O</code>)
page-cert-x11 = X11 포워딩
page-cert-agent = 에이전트 포워딩
page-cert-port = 포트 포워딩
page-cert-pty = 터미널(pty)
page-cert-force-command = 명령 강제 실행(<code>force-command</code>)
page-cert-source-address = 다음 주소에서만 허용(<code>source-address</code>, CIDR, 쉼표로 구분)
page-cert-sign = 서명
page-cert-inspect-title = 인증서 검사
page-cert-inspect = 검사
