# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = 無期限
cert-validity-before = { DATETIME($before, dateStyle: "medium", timeStyle: "short") } まで
cert-validity-after = { DATETIME($after, dateStyle: "medium", timeStyle: "short") } から
cert-validity-range = { DATETIME($after, dateStyle: "medium", timeStyle: "short") } から { DATETIME($before, dateStyle: "medium", timeStyle: "short") } まで

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] 期限切れ
    [future] 有効期間前
   *[valid] 現在有効
}: { $certType ->
    [host] ホスト
    [unknown] 種類不明の
   *[user] ユーザー
}証明書 (有効期間: { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
})。CA の署名は有効です ({ $caType } { $fingerprint }、{ $algorithm } を使用)。

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = 貼り付けた CA 鍵
cert-ca-needed = 先に CA の秘密鍵を選択するか、貼り付けてください。
cert-opening = { $name } を開いています…
cert-ca-passphrase = { $name } はパスフレーズで保護されています。
cert-ca-public = { $name } は公開鍵です。CA は秘密鍵で署名します。
cert-ca-key = CA 鍵: { $type } { $fingerprint }「{ $comment }」。
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = { $name } は { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB あります。鍵ファイルではありません。

## The Certificates tab: signing
cert-bad-dates = 日付は日付選択ツールで選んでください。
cert-open-ca-first = 先に CA 鍵を開いてください。
cert-id-needed = 証明書の鍵 ID を指定してください。
cert-serial-number = シリアル番号は 0 以上の整数で指定してください。
cert-key-needed = 署名する公開鍵を選択するか、貼り付けてください。
cert-signing = 署名しています…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = { $names } を保存しました。

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (貼り付け)
cert-inspect-needed = 先に証明書を選択するか、貼り付けてください。
cert-checking = 確認しています…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = 貼り付けた証明書
cert-attach-needed = 先にこの鍵の証明書を選択するか、貼り付けてください。
cert-attach-checking = 証明書を確認しています…
cert-attached = 添付しました: これから保存する .ppk には証明書が含まれます。
cert-removed = 削除しました: これから保存するファイルには証明書が含まれません。
cert-key-title = 証明書: OpenSSH { $certType ->
    [host] ホスト
    [unknown] 種類不明の
   *[user] ユーザー
}証明書、{ $state ->
    [expired] 期限切れ
    [future] 有効期間前
   *[valid] 現在有効
}
cert-key-title-none = 証明書: なし (添付できます)
cert-key-none = この鍵には証明書がありません。
cert-key-about-private = この鍵には OpenSSH の{ $certType ->
    [host] ホスト
    [unknown] 種類不明の
   *[user] ユーザー
}証明書が付いています。保存する .ppk には証明書も含まれます (PuTTY 0.78 以降ではこれを使ってログインできます)。OpenSSH で使う場合は、証明書を別のファイルとして秘密鍵の隣に保存してください。
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = これは鍵ではなく、OpenSSH の{ $certType ->
    [host] ホスト
    [unknown] 種類不明の
   *[user] ユーザー
}証明書です。下に示す { $type } 公開鍵に対応する秘密鍵で、この CA を信頼しているあらゆる場所にログインできるようにします。その秘密鍵の隣に、{ $stem } に対して { $stem }-cert.pub という名前で置いてください。ssh が自動的に使用します。
