# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Gerador de chaves SSH
embed-about = { $title }: é executado neste navegador, carregado de { $host }. A chave é criada neste dispositivo e nunca sai dele.
embed-load = Carregar o gerador de chaves SSH
