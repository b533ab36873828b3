# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).

## A finding's badge, by its severity
check-badge-weak = 弱点
check-badge-note = 注意
check-badge-info = 未確認

## The key on screen
check-resaving = 最新の保護方式で保存しています…
check-resaved = { $filename } を最新の保護方式で保存しました。古いファイルをこのファイルで置き換えてください。
check-making-key = 新しい鍵を作成しています…
check-new-key = これは同じコメントを持つ新しい鍵です。保存して、古い鍵が登録されていた場所にこの鍵を登録してから、古い鍵を削除してください。
# The folded section's title: what the check-up found.
check-title-none = 診断: 報告事項はありません
check-title-weak = 診断: { $weak ->
   *[other] 弱点 { $weak } 件
}
check-title-notes = 診断: { $notes ->
   *[other] 注意 { $notes } 件
}
check-title-both = 診断: { $weak ->
   *[other] 弱点 { $weak } 件
}、{ $notes ->
   *[other] 注意 { $notes } 件
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type } ({ $bits } ビット)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
   *[other] 鍵の行 { $keys } 件
}{ $bad ->
    [0] {""}
   *[other] {" "}(うち解析できない行 { $bad } 件)
}、{ $weak ->
    [0] 弱点なし
   *[other] 弱点 { $weak } 件
}。
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = { $name } は { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB あり、authorized_keys ファイルとしては大きすぎます。
