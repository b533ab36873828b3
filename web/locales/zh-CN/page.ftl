# The page's words in Simplified Chinese, translated from the English catalog (en/page.ftl).
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.

## The page around the views: title, header, loading, footer
site-page-title = SSH 密钥生成器 — 私钥永远不会离开您的浏览器
site-skip = 跳到生成器
site-title = SSH 密钥生成器
site-tagline = 为 OpenSSH 和 PuTTY 生成、打开和转换 SSH 密钥：您的私钥和密码短语永远不会离开此页面。
# Embed mode: the line above the generator inside another site's page.
site-embed-about = SSH 密钥生成器：密钥在您的浏览器中生成，私钥和密码短语绝不会被发送到任何地方。
site-footer = 加载后不使用网络，没有 Cookie，不存储数据，没有统计分析：密钥由您浏览器的密码学功能和在此页面上运行的 Python 生成。
language-menu-label = 语言
site-update = 此页面的新版本已就绪。请先保存您的密钥：重新加载会将其清除。
site-update-reload = 立即重新加载

load-starting = 正在加载密钥生成器…
load-ready = 就绪。您在此处的任何操作都不会离开此页面。
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] 正在加载 Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] 正在启动 sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] 即将就绪… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] 正在启动… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] 正在加载 Python…
        [sshkeys] 正在启动 sshkeys…
        [ready] 即将就绪…
       *[starting] 正在启动…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python 仍在加载（{ $progress }）。
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Python 无法启动：{ $error } 请重新加载页面后重试。
load-worker-failed = 密钥工作线程无法启动：{ $error } 请重新加载页面后重试。
load-worker-failed-plain = 密钥工作线程无法启动。请重新加载页面后重试。
load-no-script = 页面未指定其{ $role ->
        [rater] 强度评估
       *[worker] 工作线程
    }脚本。
# $name: a script's file name (worker.js).
load-fetch-failed = 无法获取 { $name }，或其未通过完整性检查（{ $error }）
load-http-failed = { $name }：HTTP { $status }
load-worker-stopped = 密钥工作线程已被停止。
load-rater-stopped = 强度评估器已被停止。
load-rater-failed = 强度评估器意外停止。
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } 秒

## The tabs
tabs-main =
    .aria-label = 您想做什么？
tabs-generate = 生成新密钥
tabs-open = 打开现有密钥
tabs-check = 检查 authorized_keys
tabs-certs = 证书

## Generate
gen-type = 密钥类型
gen-badge-recommended = 推荐
gen-badge-experimental = 实验性
gen-badge-deprecated = 已弃用
gen-badge-putty-only = 仅限 PuTTY
gen-about-ed25519 = 简短而现代：OpenSSH、PuTTY、GitHub 和 GitLab 均支持。
gen-about-rsa = 适用于要求 RSA 的旧服务器和服务。
gen-about-ecdsa = NIST 曲线，适用于要求使用它们的安全策略。
gen-other-types = 其他类型：后量子（实验性）、旧式
gen-about-mldsa = 后量子算法。仅 OpenSSH 10.4 及更高版本在启用后使用它；PuTTY 不支持。
gen-about-dsa = 仅适用于非常旧的系统：OpenSSH 10 已不再接受 DSA 密钥。
gen-about-ed448 = PuTTY 接受它；OpenSSH 不接受。
gen-unsupported = 在此浏览器中不可用：其密码学库不提供此类型。
gen-types-unavailable = 嵌入此生成器的页面所要求的密钥类型在这里不可用，因此提供了所有类型。请确认您的服务器或服务接受哪种类型。
gen-rsa-size = RSA 密钥长度
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } 位
gen-bits-recommended = { $bits } 位（RSA 推荐）
gen-bits-slow = { $bits } 位（较慢）
gen-curve = 曲线
gen-comment = 注释
gen-comment-hint = 显示在 <code>authorized_keys</code>、PuTTY 和控制面板中的密钥旁边：类似 <code>you@laptop</code> 的注释可以区分您的各个密钥。
gen-passphrase = 密码短语
gen-passphrase-confirm = 确认密码短语
gen-show-passphrase = 显示密码短语
gen-suggest-label = 建议的单词数
gen-suggest-words = { $words ->
       *[other] { $words } 个单词
    }
gen-suggest = 建议一个密码短语
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
       *[other] 从 EFF 大词表（{ NUMBER($size) } 个单词）中随机选取的 { $words } 个单词：{ NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } 位熵。请将其写下来或保存在密码管理器中：它无法找回。
    }
gen-passphrase-hint = 在私钥文件被他人复制时保护它。仅对脚本使用的密钥留空：任何拿到此类文件的人都能使用它。
gen-mismatch = 两次输入的密码短语不一致。
gen-advanced = 高级：密码短语保护强度
gen-rounds = OpenSSH bcrypt 轮数
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = 与 <code>ssh-keygen -a</code> 相同；默认为 { $rounds }（OpenSSH 9.4 及更高版本），轮数越多，破解和打开都越慢。
# Before Python has said what the default is.
gen-rounds-hint-unknown = 与 <code>ssh-keygen -a</code> 相同；显示的数字即默认值（OpenSSH 9.4 及更高版本），轮数越多，破解和打开都越慢。
gen-ppk-kdf = PuTTY 密钥派生
gen-kdf-default = Argon2id（默认）
gen-argon2-memory = Argon2 内存（KiB）
gen-argon2-passes = Argon2 遍数
gen-argon2-passes-input =
    .placeholder = 自动（约 0.1 秒，与 PuTTYgen 相同）
gen-argon2-parallelism = Argon2 并行度
gen-generate = 生成密钥
gen-generating = 正在生成…
gen-generating-rsa-8192 = 正在生成… RSA 8192 及更大的密钥可能需要一分钟或更长时间。
gen-generating-rsa-4096 = 正在生成… RSA 4096 通常需要几秒钟，偶尔长达 15 秒。
gen-generating-dsa = 正在生成… DSA 需要几秒钟。
# $ms: milliseconds.
gen-generated = 生成用时 { NUMBER($ms, useGrouping: 0) } 毫秒。
gen-cleared = 已清除：此页面上已不再有该密钥。

## Open
open-drop = 将密钥文件拖放到此处，或
open-choose = 选择密钥文件…
open-formats = OpenSSH（<code>id_ed25519</code>、<code>id_rsa</code>）、PuTTY <code>.ppk</code>、PEM、PKCS#8、ssh.com、公钥和证书（<code>-cert.pub</code>）文件。文件在此页面上读取，绝不会上传。
open-paste = …或粘贴密钥
open-passphrase = 此密钥受保护。密码短语：
open-button = 打开密钥
# $name: the file's name.
open-opening = 正在打开 { $name }…
open-opening-later = Python 就绪后将打开 { $name }。
open-protected = { $name } 受密码短语保护。
open-opened = 已打开 { $name }。
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = 正在打开粘贴的密钥…
open-opening-later-pasted = Python 就绪后将打开粘贴的密钥。
open-protected-pasted = 粘贴的密钥受密码短语保护。
open-opened-pasted = 已打开粘贴的密钥。
# $size: megabytes.
file-too-big = { $name } 大小为 { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB：这不是密钥文件。
file-too-big-authorized-keys = { $name } 大小为 { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB：作为 authorized_keys 文件太大了。

## The key on screen
result-title = 您的密钥
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = 私钥和公钥：{ $type }，{ $bits } 位，注释“{ $comment }”。
result-summary-public = 仅公钥：{ $type }，{ $bits } 位，注释“{ $comment }”。
result-public-key = 公钥，用于 <code>authorized_keys</code> 或您的托管服务商的控制面板
result-copy = 复制公钥
result-copied = 已复制到剪贴板。
result-copy-blocked = 复制被阻止：密钥已选中，请按 Ctrl+C（⌘C）复制。
result-edit =
    .aria-label = 注释和密码短语
result-comment = 注释
result-change = 更改
    .aria-label = 更改注释
result-comment-changed = 注释已更改：请重新保存文件以保留更改。
result-save-passphrase = 私钥文件的密码短语
result-next = 后续步骤：在 Windows、macOS 和 Linux 上文件放在哪里
result-systems =
    .aria-label = 您的系统
result-os-putty = Windows（PuTTY）
result-os-windows = Windows（OpenSSH）
result-check-key = 核对密钥：指纹、randomart、bubblebabble
result-sha256 = SHA256 指纹
result-md5 = MD5 指纹
result-bubblebabble = Bubblebabble（<code>ssh-keygen -B</code>），便于朗读
result-randomart =
    .aria-label = 密钥指纹的 randomart 图
result-randomart-caption = Randomart，与 <code>ssh-keygen -lv</code> 绘制的一样。
result-send = 发送到其他设备：公钥二维码
result-qr-caption = 以二维码表示的公钥行：用手机相机或 SSH 应用扫描，即可将公钥带到其他设备。其中不含任何机密信息。
result-qr =
    .aria-label = 公钥行的二维码
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = 公钥行长 { NUMBER($bytes, useGrouping: 0) } 字节，超出了一个二维码的容量（{ NUMBER($limit, useGrouping: 0) }）。请复制它，或保存公钥文件并转移该文件。
result-qr-dense = 密钥较长，二维码会很密：请将手机靠近，或放大页面。
result-other-formats = 其他格式：PEM、PKCS#8、RFC 4716
result-clear = 清除 — 忘记此密钥
result-clear-hint = 从此页面和内存中移除该密钥。已保存的文件仍在您保存的位置。

## Saving
save-title = 保存
save-openssh = OpenSSH 私钥
save-ppk = PuTTY 私钥（.ppk）
save-ppk-v2 = 版本 2，适用于 0.75 之前的 PuTTY
save-public = 公钥（.pub）
save-pem-title = PEM（OpenSSL、云控制台、程序库）
save-pem = PEM 私钥
save-pkcs8 = PKCS#8 私钥
save-public-pem = PEM 公钥
save-rfc4716-title = PuTTYgen 所保存格式的公钥
save-rfc4716 = 公钥（RFC 4716）
save-all-title = 全部保存（.zip）：多种格式的私钥、公钥和后续步骤
save-all-formats = .zip 中的私钥格式
save-all = 全部保存（.zip）
save-preparing = 正在准备文件…
save-preparing-zip = 正在准备 .zip…
save-cancelled = 未保存：保存对话框已关闭。
# $error: the browser's reason.
save-not-written = 未能写入 { $filename }：{ $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] 已保存 { $filename }，受您的密码短语保护。
            [none] 已保存 { $filename }，未设密码短语。
           *[public] 已保存 { $filename }。
        }
       *[downloaded] { $protection ->
            [passphrase] 已保存到下载文件夹：{ $filename }，受您的密码短语保护。
            [none] 已保存到下载文件夹：{ $filename }，未设密码短语。
           *[public] 已保存到下载文件夹：{ $filename }。
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] 已保存 { $filename }，其中的私钥受您的密码短语保护。
           *[none] 已保存 { $filename }，其中的私钥未设密码短语。
        }
       *[downloaded] { $protection ->
            [passphrase] 已保存到下载文件夹：{ $filename }，其中的私钥受您的密码短语保护。
           *[none] 已保存到下载文件夹：{ $filename }，其中的私钥未设密码短语。
        }
    }
save-unsaved = 尚未保存：请在离开前保存私钥。
save-unsaved-comment = 尚未保存：新注释只存在于此页面上。请再次保存私钥以保留它。

## Next steps (one list per system)
help-dashboard = 复制上方的公钥，粘贴到您的托管服务要求填写 SSH 密钥的地方（GitHub：Settings → SSH and GPG keys；GitLab：Preferences → SSH Keys；服务器：在 <code>{ $authorized }</code> 中新增一行）。
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = 注意：OpenSSH 不接受 { $type } 密钥。请在 PuTTY 中使用它，或为 OpenSSH 生成一个 Ed25519 密钥。
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = 将 OpenSSH <strong>私钥</strong>和<strong>公钥</strong>保存到 <code>{ $folder }</code>，文件名分别为 <code>{ $file }</code> 和 <code>{ $pub }</code>。
help-save-openssh-windows = 将 OpenSSH <strong>私钥</strong>和<strong>公钥</strong>保存到 <code>{ $folder }</code>（如有需要请先创建该文件夹），文件名分别为 <code>{ $file }</code> 和 <code>{ $pub }</code>。
help-chmod = 让私钥仅您本人可读：<code>{ $command }</code>（ssh 会拒绝他人可读的密钥）。
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = 将 <strong>PuTTY 私钥（.ppk）</strong>以 { $ppk } 为名保存在只有您能读取的位置，例如“文档”文件夹。
help-putty-pageant = 打开 Pageant（PuTTY 的密钥代理，位于系统托盘中），选择 <strong>Add Key</strong> 并选取 { $ppk }；之后 PuTTY、WinSCP 和 FileZilla 会自动使用它。
help-putty-auth = 或者在 PuTTY 中：Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>：{ $ppk }。请保存会话，以免每次都要重新选择。
help-putty-old = 如果旧版 PuTTY（0.75 之前）、WinSCP 或 FileZilla 提示无法识别该文件：请勾选“版本 2”后重新保存 .ppk。
# $service, $add: PowerShell command lines.
help-windows-agent = 可选，使每次会话只需输入一次密码短语：在管理员 PowerShell 中运行 <code>{ $service }</code>，然后以您自己的身份运行 <code>{ $add }</code>。
help-windows-connect = 使用 <code>{ $command }</code> 连接（文件使用此标准名称时无需 -i）。
help-macos-keychain = 将密码短语保存在钥匙串中：<code>{ $command }</code>。
help-macos-connect = 使用 <code>{ $ssh }</code> 连接，或使用 <code>{ $copy }</code> 将密钥复制到服务器。
help-linux-agent = 将其加载到本次会话的代理中：<code>{ $command }</code>。
help-linux-connect = 使用 <code>{ $copy }</code> 将密钥复制到服务器，然后使用 <code>{ $ssh }</code> 连接。

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = 使用此密钥
embed-use-hint = 将上方的公钥行发送到 { $origin }，即嵌入此生成器的页面。绝不发送私钥。
embed-refused-no-origin = 此处不会发送任何内容：嵌入此生成器的页面未指定接收公钥的有效 Web 源。
embed-refused-not-framed = 此处不会发送任何内容：此页面并未嵌入其他页面中。
embed-refused-other-parent = 此处不会发送任何内容：此生成器嵌入在 { $parent } 的页面中，而不是 { $origin }。
embed-sent = 已发送到 { $origin }。

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = 将 <code>authorized_keys</code> 或 <code>known_hosts</code> 文件拖放到此处，或
page-check-choose = 选择文件…
page-check-paste = …或粘贴其中的行
page-check-hint = 仅限公钥：每一行都在此页面上读取，绝不会上传。
page-check-run = 检查这些行
page-check-caption = 每个密钥行、其密钥以及安全检查的结果
page-check-col-line = 行
page-check-col-key = 密钥
page-check-col-sha256 = SHA256 指纹
page-check-col-comment = 注释
page-check-col-options = 选项或主机
page-check-col-findings = 检查结果

## The key's check-up (static markup below the saves)
page-check-clean = 没有需要报告的问题：该密钥及其存储方式符合当前的建议。
page-check-fix-resave = 以现代保护方式保存
page-check-fix-new-key = 生成新密钥（注释相同）
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = “以现代保护方式保存”使用上方的密码短语：保存为 { $rounds } 轮 bcrypt 的 OpenSSH 格式；对于从 .ppk 打开的密钥，则保存为 .ppk v3（Argon2id）。
page-check-fix-resave-hint-unknown = “以现代保护方式保存”使用上方的密码短语：保存为采用 ssh-keygen 默认 bcrypt 轮数的 OpenSSH 格式；对于从 .ppk 打开的密钥，则保存为 .ppk v3（Argon2id）。

## The key's certificate (static markup below the saves)
page-cert-save = 保存证书（-cert.pub）
page-cert-attach = 附加此密钥的证书（<code>-cert.pub</code>）：之后您保存的 .ppk 会包含它，与 PuTTYgen 的 <code>--certificate</code> 一样
page-cert-choose = 选择证书…
page-cert-attach-button = 附加
page-cert-remove = 移除证书

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = 签发证书
page-cert-about = OpenSSH 证书让密钥可以登录任何信任其证书颁发机构（CA）的地方（<code>TrustedUserCAKeys</code>、<code>@cert-authority</code>），与 <code>ssh-keygen -s</code> 生成的证书相同。
page-cert-ca = CA 密钥（其私钥）
page-cert-ca-choose = 选择 CA 密钥…
page-cert-paste-it = …或粘贴
page-cert-ca-passphrase = CA 密钥受保护。密码短语：
page-cert-ca-open = 打开 CA 密钥
page-cert-ca-forget = 忘记 CA 密钥
page-cert-subjects = 要签名的公钥
page-cert-subjects-choose = 选择公钥…
page-cert-subjects-paste = …或粘贴，每行一个
page-cert-certificate = 证书
page-cert-user = 用户证书
page-cert-host = 主机证书（<code>-h</code>）
page-cert-identity = 密钥标识（<code>-I</code>）
page-cert-identity-hint = 使用证书时写入服务器日志，例如 <code>alice@example.com</code>。
page-cert-principals = 主体（<code>-n</code>），以逗号分隔
page-cert-principals-hint = 证书适用的用户名（对于主机证书，则为主机名）。
page-cert-validity = 有效期（<code>-V</code>）
page-cert-for-hour = 1 小时
page-cert-for-day = 1 天
page-cert-for-week = 1 周
page-cert-for-52-weeks = 52 周
page-cert-forever = 永久
page-cert-between = 指定起止日期…
page-cert-from = 起始（留空：不限）
page-cert-to = 截止（留空：永久）
page-cert-serial = 序列号（<code>-z</code>）
page-cert-options = 用户证书选项（<code>-O</code>）
page-cert-x11 = X11 转发
page-cert-agent = 代理转发
page-cert-port = 端口转发
page-cert-pty = 终端（pty）
page-cert-force-command = 强制命令（<code>force-command</code>）
page-cert-source-address = 仅限这些地址（<code>source-address</code>，CIDR，以逗号分隔）
page-cert-sign = 签名
page-cert-inspect-title = 查看证书
page-cert-inspect = 查看
