# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = 弱点
check-badge-note = 提示
check-badge-info = 未检查

## The key on screen
check-resaving = 正在以现代保护方式保存…
check-resaved = 已用现代保护方式保存 { $filename }：请用它替换旧文件。
check-making-key = 正在生成新密钥…
check-new-key = 这是一个注释相同的新密钥：请保存它，在旧密钥已授权的地方授权它，然后删除旧密钥。
# The folded section's title: what the check-up found.
check-title-none = 安全检查：没有需要报告的问题
check-title-weak = 安全检查：{ $weak ->
   *[other] { $weak } 个弱点
}
check-title-notes = 安全检查：{ $notes ->
   *[other] { $notes } 条提示
}
check-title-both = 安全检查：{ $weak ->
   *[other] { $weak } 个弱点
}，{ $notes ->
   *[other] { $notes } 条提示
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type }（{ $bits } 位）
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
   *[other] { $keys } 个密钥行
}{ $bad ->
    [0] {""}
   *[other] ，其中 { $bad } 行无法解析
}；{ $weak ->
    [0] 没有弱点
   *[other] { $weak } 个弱点
}。
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = { $name } 大小为 { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB：作为 authorized_keys 文件太大了。
