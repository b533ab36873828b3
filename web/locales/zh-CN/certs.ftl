# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = 永久
cert-validity-before = 至 { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = 自 { DATETIME($after, dateStyle: "medium", timeStyle: "short") } 起
cert-validity-range = { DATETIME($after, dateStyle: "medium", timeStyle: "short") } 至 { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] 已过期
    [future] 尚未生效
   *[valid] 当前有效
}：{ $certType ->
    [host] 主机
    [unknown] 未知类型
   *[user] 用户
}证书，有效期{ $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}。CA 的签名验证通过（{ $caType } { $fingerprint }，使用 { $algorithm }）。

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = 粘贴的 CA 密钥
cert-ca-needed = 请先选择或粘贴 CA 的私钥。
cert-opening = 正在打开 { $name }…
cert-ca-passphrase = { $name } 受密码短语保护。
cert-ca-public = { $name } 是公钥：CA 使用其私钥签名。
cert-ca-key = CA 密钥：{ $type } { $fingerprint }“{ $comment }”。
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = { $name } 大小为 { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB：这不是密钥文件。

## The Certificates tab: signing
cert-bad-dates = 请使用日期选择器选择日期。
cert-open-ca-first = 请先打开 CA 密钥。
cert-id-needed = 请为证书指定密钥标识。
cert-serial-number = 序列号必须是大于或等于 0 的整数。
cert-key-needed = 请选择或粘贴要签名的公钥。
cert-signing = 正在签名…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = 已保存 { $names }。

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = （已粘贴）
cert-inspect-needed = 请先选择或粘贴证书。
cert-checking = 正在检查…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = 粘贴的证书
cert-attach-needed = 请先选择或粘贴此密钥的证书。
cert-attach-checking = 正在检查证书…
cert-attached = 已附加：您现在保存的 .ppk 将包含此证书。
cert-removed = 已移除：您保存的文件将不再包含此证书。
cert-key-title = 证书：OpenSSH { $certType ->
    [host] 主机
    [unknown] 未知类型
   *[user] 用户
}证书，{ $state ->
    [expired] 已过期
    [future] 尚未生效
   *[valid] 当前有效
}
cert-key-title-none = 证书：无（可附加一个）
cert-key-none = 此密钥没有证书。
cert-key-about-private = 此密钥带有 OpenSSH { $certType ->
    [host] 主机
    [unknown] 未知类型
   *[user] 用户
}证书。您保存的 .ppk 会保留此证书（PuTTY 0.78 及更高版本可用它登录）；对于 OpenSSH，请将证书另存为单独的文件，放在私钥旁边。
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = 这是 OpenSSH { $certType ->
    [host] 主机
    [unknown] 未知类型
   *[user] 用户
}证书，而不是密钥：它让下方 { $type } 公钥对应的私钥可以登录任何信任其 CA 的地方。请将它放在该私钥旁边，即以 { $stem }-cert.pub 为名放在 { $stem } 旁：ssh 会自动使用它。
