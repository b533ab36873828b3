# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = SSH 鍵生成ツール
embed-about = { $title }：このブラウザーで動作し、{ $host } から読み込まれます。鍵はこのデバイス上で作成され、デバイスの外に出ることはありません。
embed-load = SSH 鍵生成ツールを読み込む
