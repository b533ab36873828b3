# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = SSH 密钥生成器
embed-about = { $title }：在此浏览器中运行，从 { $host } 加载。密钥在此设备上生成，绝不会离开此设备。
embed-load = 加载 SSH 密钥生成器
