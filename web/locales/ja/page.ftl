# The page's words in Japanese, translated from the English catalog (en/page.ftl).
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.

## The page around the views: title, header, loading, footer
site-page-title = SSH 鍵生成ツール — 秘密鍵がブラウザーの外に出ることはありません
site-skip = 生成ツールへスキップ
site-title = SSH 鍵生成ツール
site-tagline = OpenSSH と PuTTY 用の SSH 鍵を作成、読み込み、変換します。秘密鍵とパスフレーズがこのページの外に出ることはありません。
# Embed mode: the line above the generator inside another site's page.
site-embed-about = SSH 鍵生成ツール: 鍵はブラウザー内で作成され、秘密鍵とパスフレーズがどこかへ送信されることはありません。
site-footer = 読み込み後のネットワーク通信なし、Cookie なし、データ保存なし、アクセス解析なし: 鍵はブラウザーの暗号機能と、このページで動作する Python によって作成されます。
language-menu-label = 言語
site-update = このページの新しいバージョンを利用できます。先に鍵を保存してください。再読み込みすると鍵は消去されます。
site-update-reload = 今すぐ再読み込み

load-starting = 鍵生成ツールを読み込んでいます…
load-ready = 準備ができました。ここで行う操作がこのページの外に出ることはありません。
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] Python を読み込んでいます… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] sshkeys を起動しています… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] まもなく準備完了… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] 起動しています… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] Python を読み込んでいます…
        [sshkeys] sshkeys を起動しています…
        [ready] まもなく準備完了…
       *[starting] 起動しています…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python はまだ読み込み中です ({ $progress })。
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Python を起動できませんでした: { $error } ページを再読み込みして、もう一度お試しください。
load-worker-failed = 鍵ワーカーを起動できませんでした: { $error } ページを再読み込みして、もう一度お試しください。
load-worker-failed-plain = 鍵ワーカーを起動できませんでした。ページを再読み込みして、もう一度お試しください。
load-no-script = このページには{ $role ->
        [rater] 強度評価
       *[worker] ワーカー
    }のスクリプトが指定されていません。
# $name: a script's file name (worker.js).
load-fetch-failed = { $name } を取得できなかったか、整合性チェックに失敗しました ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = 鍵ワーカーが停止されました。
load-rater-stopped = 強度評価ワーカーが停止されました。
load-rater-failed = 強度評価ワーカーが停止しました。
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } 秒

## The tabs
tabs-main =
    .aria-label = 何をしますか?
tabs-generate = 新しい鍵を生成
tabs-open = 既存の鍵を開く
tabs-check = authorized_keys をチェック
tabs-certs = 証明書

## Generate
gen-type = 鍵の種類
gen-badge-recommended = 推奨
gen-badge-experimental = 試験的
gen-badge-deprecated = 非推奨
gen-badge-putty-only = PuTTY のみ
gen-about-ed25519 = 短くて新しい方式です。OpenSSH、PuTTY、GitHub、GitLab で使用できます。
gen-about-rsa = RSA を要求する古いサーバーやサービス向けです。
gen-about-ecdsa = NIST 曲線です。これを要求するポリシー向けです。
gen-other-types = その他の種類: 耐量子 (試験的)、レガシー
gen-about-mldsa = 耐量子暗号です。使用できるのは、有効にした OpenSSH 10.4 以降だけです。PuTTY では使用できません。
gen-about-dsa = 非常に古いシステム専用です。OpenSSH 10 は DSA 鍵を受け付けなくなりました。
gen-about-ed448 = PuTTY では使用できますが、OpenSSH では使用できません。
gen-unsupported = このブラウザーでは利用できません。ブラウザーの暗号ライブラリがこの種類に対応していません。
gen-types-unavailable = この生成ツールを埋め込んでいるページが、ここでは利用できない鍵の種類を指定したため、すべての種類を表示しています。サーバーやサービスが受け付ける種類を確認してください。
gen-rsa-size = RSA 鍵のサイズ
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } ビット
gen-bits-recommended = { $bits } ビット (RSA では推奨)
gen-bits-slow = { $bits } ビット (低速)
gen-curve = 曲線
gen-comment = コメント
gen-comment-hint = <code>authorized_keys</code>、PuTTY、管理画面で鍵の横に表示されます。<code>you@laptop</code> のようにしておくと鍵を区別できます。
gen-passphrase = パスフレーズ
gen-passphrase-confirm = パスフレーズの確認
gen-show-passphrase = パスフレーズを表示
gen-suggest-label = 提案する単語数
gen-suggest-words = { $words ->
       *[other] { $words } 語
    }
gen-suggest = パスフレーズを提案
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
       *[other] EFF の大規模単語リスト ({ NUMBER($size) } 語) から無作為に選んだ { $words } 語で、エントロピーは { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } ビットです。書き留めるか、パスワードマネージャーに保存してください。復元はできません。
    }
gen-passphrase-hint = 秘密鍵ファイルが誰かにコピーされても、そのファイルを保護します。空欄にするのは、スクリプトで使う鍵だけにしてください。そのようなファイルは、入手した人なら誰でも使用できます。
gen-mismatch = 2 つのパスフレーズが一致しません。
gen-advanced = 詳細設定: パスフレーズによる保護の強度
gen-rounds = OpenSSH bcrypt ラウンド数
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = <code>ssh-keygen -a</code> と同じです。既定値は { $rounds } です (OpenSSH 9.4 以降)。多くするほど、解読にも鍵を開くのにも時間がかかります。
# Before Python has said what the default is.
gen-rounds-hint-unknown = <code>ssh-keygen -a</code> と同じです。表示されている数値が既定値です (OpenSSH 9.4 以降)。多くするほど、解読にも鍵を開くのにも時間がかかります。
gen-ppk-kdf = PuTTY の鍵導出
gen-kdf-default = Argon2id (既定)
gen-argon2-memory = Argon2 メモリ (KiB)
gen-argon2-passes = Argon2 パス数
gen-argon2-passes-input =
    .placeholder = 自動 (PuTTYgen と同じく約 0.1 秒)
gen-argon2-parallelism = Argon2 並列度
gen-generate = 鍵を生成
gen-generating = 生成しています…
gen-generating-rsa-8192 = 生成しています… RSA 8192 以上では 1 分以上かかることがあります。
gen-generating-rsa-4096 = 生成しています… RSA 4096 は通常数秒ですが、ときには 15 秒ほどかかります。
gen-generating-dsa = 生成しています… DSA には数秒かかります。
# $ms: milliseconds.
gen-generated = { NUMBER($ms, useGrouping: 0) } ミリ秒で生成しました。
gen-cleared = 消去しました: 鍵はこのページから削除されました。

## Open
open-drop = 鍵ファイルをここにドロップするか、
open-choose = 鍵ファイルを選択…
open-formats = OpenSSH (<code>id_ed25519</code>、<code>id_rsa</code>)、PuTTY <code>.ppk</code>、PEM、PKCS#8、ssh.com、公開鍵、証明書 (<code>-cert.pub</code>) のファイルを開けます。ファイルはこのページ内で読み込まれ、アップロードされることはありません。
open-paste = …または鍵を貼り付け
open-passphrase = この鍵は保護されています。パスフレーズ:
open-button = 鍵を開く
# $name: the file's name.
open-opening = { $name } を開いています…
open-opening-later = Python の準備ができたら { $name } を開きます。
open-protected = { $name } はパスフレーズで保護されています。
open-opened = { $name } を開きました。
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = 貼り付けた鍵を開いています…
open-opening-later-pasted = Python の準備ができたら、貼り付けた鍵を開きます。
open-protected-pasted = 貼り付けた鍵はパスフレーズで保護されています。
open-opened-pasted = 貼り付けた鍵を開きました。
# $size: megabytes.
file-too-big = { $name } は { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB あります。鍵ファイルではありません。
file-too-big-authorized-keys = { $name } は { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB あり、authorized_keys ファイルとしては大きすぎます。

## The key on screen
result-title = あなたの鍵
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = 秘密鍵と公開鍵: { $type }、{ $bits } ビット、コメント「{ $comment }」。
result-summary-public = 公開鍵のみ: { $type }、{ $bits } ビット、コメント「{ $comment }」。
result-public-key = 公開鍵 (<code>authorized_keys</code> またはホスティングサービスの管理画面用)
result-copy = 公開鍵をコピー
result-copied = クリップボードにコピーしました。
result-copy-blocked = コピーがブロックされました。鍵は選択されているので、Ctrl+C (⌘C) を押してコピーしてください。
result-edit =
    .aria-label = コメントとパスフレーズ
result-comment = コメント
result-change = 変更
    .aria-label = コメントを変更
result-comment-changed = コメントを変更しました。変更を残すには、ファイルをもう一度保存してください。
result-save-passphrase = 秘密鍵ファイルのパスフレーズ
result-next = 次の手順: Windows、macOS、Linux でのファイルの置き場所
result-systems =
    .aria-label = お使いのシステム
result-os-putty = Windows (PuTTY)
result-os-windows = Windows (OpenSSH)
result-check-key = 鍵を確認: フィンガープリント、randomart、bubblebabble
result-sha256 = SHA256 フィンガープリント
result-md5 = MD5 フィンガープリント
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>)、読み上げ用
result-randomart =
    .aria-label = 鍵のフィンガープリントの randomart 画像
result-randomart-caption = <code>ssh-keygen -lv</code> が描くのと同じ randomart です。
result-send = 別のデバイスに送る: 公開鍵の QR コード
result-qr-caption = 公開鍵の行を表す QR コードです。スマートフォンのカメラや SSH アプリで読み取ると、公開鍵を別のデバイスに移せます。秘密の情報は含まれていません。
result-qr =
    .aria-label = 公開鍵の行の QR コード
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = 公開鍵の行は { NUMBER($bytes, useGrouping: 0) } バイトあり、1 つの QR コードに収まる量 ({ NUMBER($limit, useGrouping: 0) }) を超えています。コピーするか、公開鍵ファイルを保存してそのファイルを移してください。
result-qr-dense = 鍵が長いため、QR コードが細かくなっています。スマートフォンを近づけるか、ページを拡大してください。
result-other-formats = その他の形式: PEM、PKCS#8、RFC 4716
result-clear = 消去 — この鍵を破棄
result-clear-hint = このページとメモリから鍵を削除します。保存したファイルは保存先に残ります。

## Saving
save-title = 保存
save-openssh = OpenSSH 秘密鍵
save-ppk = PuTTY 秘密鍵 (.ppk)
save-ppk-v2 = バージョン 2 (PuTTY 0.75 より前の版用)
save-public = 公開鍵 (.pub)
save-pem-title = PEM (OpenSSL、クラウドコンソール、ライブラリ)
save-pem = PEM 秘密鍵
save-pkcs8 = PKCS#8 秘密鍵
save-public-pem = PEM 公開鍵
save-rfc4716-title = PuTTYgen の保存形式の公開鍵
save-rfc4716 = 公開鍵 (RFC 4716)
save-all-title = すべて保存 (.zip): 複数の形式の秘密鍵、公開鍵、次の手順
save-all-formats = .zip に含める秘密鍵の形式
save-all = すべて保存 (.zip)
save-preparing = ファイルを準備しています…
save-preparing-zip = .zip を準備しています…
save-cancelled = 保存されませんでした: 保存ダイアログが閉じられました。
# $error: the browser's reason.
save-not-written = { $filename } を書き込めませんでした: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] { $filename } を保存しました (パスフレーズで保護されています)。
            [none] { $filename } を保存しました (パスフレーズなし)。
           *[public] { $filename } を保存しました。
        }
       *[downloaded] { $protection ->
            [passphrase] ダウンロードに保存しました: { $filename } (パスフレーズで保護されています)。
            [none] ダウンロードに保存しました: { $filename } (パスフレーズなし)。
           *[public] ダウンロードに保存しました: { $filename }。
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] { $filename } を保存しました (秘密鍵はパスフレーズで保護されています)。
           *[none] { $filename } を保存しました (秘密鍵はパスフレーズなし)。
        }
       *[downloaded] { $protection ->
            [passphrase] ダウンロードに保存しました: { $filename } (秘密鍵はパスフレーズで保護されています)。
           *[none] ダウンロードに保存しました: { $filename } (秘密鍵はパスフレーズなし)。
        }
    }
save-unsaved = まだ保存されていません: このページを離れる前に秘密鍵を保存してください。
save-unsaved-comment = まだ保存されていません: 新しいコメントはこのページにしかありません。変更を残すには、秘密鍵をもう一度保存してください。

## Next steps (one list per system)
help-dashboard = 上の公開鍵をコピーし、ホスティングサービスで SSH 鍵を登録する場所に貼り付けます (GitHub: Settings → SSH and GPG keys、GitLab: Preferences → SSH Keys、サーバー: <code>{ $authorized }</code> に新しい行として追加)。
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = 注意: OpenSSH は { $type } 鍵を受け付けません。PuTTY で使用するか、OpenSSH 用に Ed25519 鍵を作成してください。
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = OpenSSH の<strong>秘密鍵</strong>と<strong>公開鍵</strong>を、<code>{ $folder }</code> に <code>{ $file }</code> と <code>{ $pub }</code> として保存します。
help-save-openssh-windows = OpenSSH の<strong>秘密鍵</strong>と<strong>公開鍵</strong>を、<code>{ $folder }</code> (必要ならフォルダーを作成) に <code>{ $file }</code> と <code>{ $pub }</code> として保存します。
help-chmod = 秘密鍵を自分だけが読めるようにします: <code>{ $command }</code> (他のユーザーが読める鍵は ssh に拒否されます)。
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = <strong>PuTTY 秘密鍵 (.ppk)</strong> を { $ppk } として、ドキュメント フォルダーなど自分だけが読める場所に保存します。
help-putty-pageant = Pageant (PuTTY の鍵エージェント。システムトレイにあります) を開き、<strong>Add Key</strong> を選んで { $ppk } を指定します。以後、PuTTY、WinSCP、FileZilla が自動的に使用します。
help-putty-auth = または PuTTY で、Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong> に { $ppk } を指定します。毎回選び直さなくて済むよう、セッションを保存してください。
help-putty-old = 古い PuTTY (0.75 より前)、WinSCP、FileZilla でファイルが認識されない場合は、「バージョン 2」にチェックを入れて .ppk を保存し直してください。
# $service, $add: PowerShell command lines.
help-windows-agent = 任意: パスフレーズの入力をセッションごとに 1 回で済ませるには、管理者の PowerShell で <code>{ $service }</code> を実行し、次に自分のユーザーで <code>{ $add }</code> を実行します。
help-windows-connect = <code>{ $command }</code> で接続します (ファイルがこの標準の名前であれば -i は不要です)。
help-macos-keychain = パスフレーズをキーチェーンに保存します: <code>{ $command }</code>。
help-macos-connect = <code>{ $ssh }</code> で接続するか、<code>{ $copy }</code> で鍵をサーバーにコピーします。
help-linux-agent = このセッションのエージェントに鍵を読み込みます: <code>{ $command }</code>。
help-linux-connect = <code>{ $copy }</code> で鍵をサーバーにコピーしてから、<code>{ $ssh }</code> で接続します。

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = この鍵を使用
embed-use-hint = 上の公開鍵の行を、この生成ツールを埋め込んでいるページ { $origin } に送信します。秘密鍵は決して送信しません。
embed-refused-no-origin = ここからは何も送信されません: この生成ツールを埋め込んでいるページが、公開鍵の送信先として有効なオリジンを指定していません。
embed-refused-not-framed = ここからは何も送信されません: このページは別のページに埋め込まれていません。
embed-refused-other-parent = ここからは何も送信されません: この生成ツールは { $parent } のページに埋め込まれており、{ $origin } ではありません。
embed-sent = { $origin } に送信しました。

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = <code>authorized_keys</code> または <code>known_hosts</code> ファイルをここにドロップするか、
page-check-choose = ファイルを選択…
page-check-paste = …またはその行を貼り付け
page-check-hint = 公開鍵のみ: すべての行はこのページ内で読み込まれ、アップロードされることはありません。
page-check-run = 行をチェック
page-check-caption = 各鍵の行、その鍵、診断の結果
page-check-col-line = 行
page-check-col-key = 鍵
page-check-col-sha256 = SHA256 フィンガープリント
page-check-col-comment = コメント
page-check-col-options = オプションまたはホスト
page-check-col-findings = 診断結果

## The key's check-up (static markup below the saves)
page-check-clean = 報告事項はありません: この鍵とその保存方法は、現在の推奨事項を満たしています。
page-check-fix-resave = 最新の保護方式で保存
page-check-fix-new-key = 新しい鍵を作成 (同じコメント)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = 「最新の保護方式で保存」は上のパスフレーズを使用し、bcrypt { $rounds } ラウンドの OpenSSH 形式で保存します。.ppk から開いた鍵は .ppk v3 (Argon2id) で保存します。
page-check-fix-resave-hint-unknown = 「最新の保護方式で保存」は上のパスフレーズを使用し、ssh-keygen 既定の bcrypt ラウンド数の OpenSSH 形式で保存します。.ppk から開いた鍵は .ppk v3 (Argon2id) で保存します。

## The key's certificate (static markup below the saves)
page-cert-save = 証明書を保存 (-cert.pub)
page-cert-attach = この鍵の証明書 (<code>-cert.pub</code>) を添付: PuTTYgen の <code>--certificate</code> と同じく、以後保存する .ppk に証明書が含まれます
page-cert-choose = 証明書を選択…
page-cert-attach-button = 添付
page-cert-remove = 証明書を削除

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = 証明書を発行
page-cert-about = OpenSSH 証明書があれば、その認証局 (CA) が信頼されている場所 (<code>TrustedUserCAKeys</code>、<code>@cert-authority</code>) ならどこでも、鍵でログインできます。<code>ssh-keygen -s</code> と同じ方法で作成します。
page-cert-ca = CA 鍵 (CA の秘密鍵)
page-cert-ca-choose = CA 鍵を選択…
page-cert-paste-it = …または貼り付け
page-cert-ca-passphrase = CA 鍵は保護されています。パスフレーズ:
page-cert-ca-open = CA 鍵を開く
page-cert-ca-forget = CA 鍵を破棄
page-cert-subjects = 署名する公開鍵
page-cert-subjects-choose = 公開鍵を選択…
page-cert-subjects-paste = …または 1 行に 1 つずつ貼り付け
page-cert-certificate = 証明書
page-cert-user = ユーザー証明書
page-cert-host = ホスト証明書 (<code>-h</code>)
page-cert-identity = 鍵 ID (<code>-I</code>)
page-cert-identity-hint = 証明書が使われたときにサーバーのログに記録されます (例: <code>alice@example.com</code>)。
page-cert-principals = プリンシパル (<code>-n</code>、カンマ区切り)
page-cert-principals-hint = 証明書が有効なユーザー名 (ホストの場合はホスト名)。
page-cert-validity = 有効期間 (<code>-V</code>)
page-cert-for-hour = 1 時間
page-cert-for-day = 1 日
page-cert-for-week = 1 週間
page-cert-for-52-weeks = 52 週間
page-cert-forever = 無期限
page-cert-between = 期間を指定…
page-cert-from = 開始 (空欄: 制限なし)
page-cert-to = 終了 (空欄: 無期限)
page-cert-serial = シリアル番号 (<code>-z</code>)
page-cert-options = ユーザー証明書のオプション (<code>-O</code>)
page-cert-x11 = X11 転送
page-cert-agent = エージェント転送
page-cert-port = ポート転送
page-cert-pty = 端末 (pty)
page-cert-force-command = 強制コマンド (<code>force-command</code>)
page-cert-source-address = 次のアドレスからのみ (<code>source-address</code>、CIDR、カンマ区切り)
page-cert-sign = 署名
page-cert-inspect-title = 証明書の内容を確認
page-cert-inspect = 確認
