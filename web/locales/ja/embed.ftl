# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = SSH 鍵生成ツール
embed-about = { $title }：このブラウザーで動作し、{ $host } から読み込まれます。鍵はこのデバイス上で作成され、デバイスの外に出ることはありません。
embed-load = SSH 鍵生成ツールを読み込む
