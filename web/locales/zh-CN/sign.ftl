# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = 签名与验证：git 提交、文件
sign-about = 与 ssh-keygen -Y sign 一样，用此密钥为 git 提交和标签或任意文件签名。拥有其 allowed_signers 行的任何人都可以验证它签名的内容。
sign-principal = 您的电子邮件地址（主体：git 的 user.email）
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = allowed_signers 行
sign-allowed-hint = 在每台验证您签名的计算机上，将此行添加到 ~/.ssh/allowed_signers。
sign-principal-missing = 在上方输入您的电子邮件地址即可得到此行。
sign-git-title = git config：用此密钥为每个提交和标签签名
sign-git-hint = 将公钥保存为第二行所指定的文件，然后运行这些命令。
sign-copy-line = 复制
    .aria-label = 复制 { $line }
sign-copied = 已复制到剪贴板。
sign-copy-blocked = 复制被阻止：请选中该行并按 Ctrl+C（⌘C）。

## Signing
sign-sign-title = 为文件或文本签名
sign-choose-file = 选择要签名的文件…
sign-text = …或输入要签名的文本（按输入内容原样签名）
sign-namespace = 命名空间（-n）
sign-namespace-hint = 文件用 file，git 验证的内容用 git；验证方必须指定相同的命名空间。
sign-hash = 哈希（-O hashalg=）
sign-sign-button = 签名并保存 .sig
sign-signing = 正在签名…
sign-saved = 已保存到下载文件夹：{ $filename }（命名空间 { $namespace }）。
sign-nothing-to-sign = 请先选择文件或输入要签名的文本。
sign-namespace-needed = 请指定命名空间，例如 file 或 git。
sign-too-big = { $name } 大小为 { NUMBER($size) } 字节，超出了本页面 { NUMBER($cap) } 字节的上限。

## Verifying (the Check tab)
sign-verify-title = 验证 SSH 签名
sign-verify-about = 与 ssh-keygen -Y verify 一样：检查该 .sig 是否为此文件的有效签名，以及其密钥是否可以代表此人签名。
sign-verify-signature = 签名（.sig）
sign-choose-signature = 选择 .sig 文件…
sign-paste-signature = …或粘贴签名
sign-verify-message = 被签名的内容
sign-choose-signed = 选择已签名的文件…
sign-verify-text = …或输入已签名的文本（须与签名时完全一致）
sign-verify-who = 可能的签名者
sign-by-allowed = allowed_signers 文件中的某人
sign-by-key = 某个公钥的所有者
sign-verify-principal = 主体（-I），例如签名者的电子邮件地址
sign-choose-allowed = 选择 allowed_signers 文件…
sign-paste-allowed = …或粘贴其中的行
sign-choose-key = 选择公钥…
sign-paste-key = …或粘贴公钥
sign-verify-button = 验证
sign-verifying = 正在验证…
sign-signature-needed = 请先选择或粘贴签名。
sign-message-needed = 请先选择已签名的文件或输入已签名的文本。
sign-key-needed = 请先选择或粘贴签名者的公钥。
sign-allowed-needed = 请先选择或粘贴 allowed_signers 行。
sign-principal-needed = 请指定要验证的主体，例如签名者的电子邮件地址。
sign-verdict-good = 签名有效：{ $principal } 使用 { $type } 密钥 { $fingerprint } 进行了签名（{ $namespace }）。
sign-verdict-good-key = 签名有效：由此公钥签名（{ $namespace }），{ $type } 密钥 { $fingerprint }。
sign-verdict-bad = 未通过验证：对此文件、命名空间和签名者而言，该签名不成立。ssh-keygen 给出的原因：
