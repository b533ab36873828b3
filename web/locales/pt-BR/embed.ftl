# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Gerador de chaves SSH
embed-about = { $title }: é executado neste navegador, carregado de { $host }. A chave é criada neste dispositivo e nunca sai dele.
embed-load = Carregar o gerador de chaves SSH
