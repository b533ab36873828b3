# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = 署名と検証: git のコミット、ファイル
sign-about = ssh-keygen -Y sign と同じように、この鍵で git のコミットやタグ、任意のファイルに署名します。この鍵の allowed_signers の行を持っていれば、誰でもその署名を検証できます。
sign-principal = メールアドレス (プリンシパル: git の user.email)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = allowed_signers の行
sign-allowed-hint = 署名を検証するすべてのコンピューターで、この行を ~/.ssh/allowed_signers に追加してください。
sign-principal-missing = 上にメールアドレスを入力すると、この行が表示されます。
sign-git-title = git config: すべてのコミットとタグにこの鍵で署名する
sign-git-hint = 公開鍵を 2 行目に指定されたファイルとして保存してから、これらのコマンドを実行してください。
sign-copy-line = コピー
    .aria-label = { $line } をコピー
sign-copied = クリップボードにコピーしました。
sign-copy-blocked = コピーがブロックされました。行を選択して Ctrl+C (⌘C) を押してください。

## Signing
sign-sign-title = ファイルまたはテキストに署名
sign-choose-file = 署名するファイルを選択…
sign-text = …または署名するテキストを入力 (入力したとおりに署名されます)
sign-namespace = 名前空間 (-n)
sign-namespace-hint = ファイルには file、git が検証するものには git を指定します。検証する側も同じ名前空間を指定する必要があります。
sign-hash = ハッシュ (-O hashalg=)
sign-sign-button = 署名して .sig を保存
sign-signing = 署名しています…
sign-saved = ダウンロードに保存しました: { $filename } (名前空間 { $namespace })。
sign-nothing-to-sign = 先に署名するファイルを選択するか、テキストを入力してください。
sign-namespace-needed = file や git などの名前空間を指定してください。
sign-too-big = { $name } は { NUMBER($size) } バイトで、このページの上限 { NUMBER($cap) } バイトを超えています。

## Verifying (the Check tab)
sign-verify-title = SSH 署名を検証
sign-verify-about = ssh-keygen -Y verify と同じように、.sig がこのファイルの正しい署名かどうか、またその鍵がこの人物として署名してよいかどうかを確認します。
sign-verify-signature = 署名 (.sig)
sign-choose-signature = .sig ファイルを選択…
sign-paste-signature = …または貼り付け
sign-verify-message = 署名された内容
sign-choose-signed = 署名されたファイルを選択…
sign-verify-text = …または署名されたテキストを入力 (署名したときとまったく同じに)
sign-verify-who = 署名した可能性のある人
sign-by-allowed = allowed_signers ファイルに記載された人
sign-by-key = 公開鍵の所有者
sign-verify-principal = プリンシパル (-I): 署名者のメールアドレスなど
sign-choose-allowed = allowed_signers ファイルを選択…
sign-paste-allowed = …またはその行を貼り付け
sign-choose-key = 公開鍵を選択…
sign-paste-key = …または貼り付け
sign-verify-button = 検証
sign-verifying = 検証しています…
sign-signature-needed = 先に署名を選択するか、貼り付けてください。
sign-message-needed = 先に署名されたファイルを選択するか、署名されたテキストを入力してください。
sign-key-needed = 先に署名者の公開鍵を選択するか、貼り付けてください。
sign-allowed-needed = 先に allowed_signers の行を選択するか、貼り付けてください。
sign-principal-needed = 検証するプリンシパル (署名者のメールアドレスなど) を指定してください。
sign-verdict-good = 正しい署名です: { $principal } が { $type } 鍵 { $fingerprint } で署名しました ({ $namespace })。
sign-verdict-good-key = 正しい署名です: この公開鍵で署名されています ({ $namespace })。{ $type } 鍵 { $fingerprint }。
sign-verdict-bad = 検証できませんでした: このファイル、名前空間、署名者の組み合わせでは、この署名は成り立ちません。ssh-keygen が示した理由:
