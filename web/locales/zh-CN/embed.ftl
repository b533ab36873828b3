# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = SSH 密钥生成器
embed-about = { $title }：在此浏览器中运行，从 { $host } 加载。密钥在此设备上生成，绝不会离开此设备。
embed-load = 加载 SSH 密钥生成器
