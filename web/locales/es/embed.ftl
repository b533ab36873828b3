# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Generador de claves SSH
embed-about = { $title }: se ejecuta en este navegador, cargado desde { $host }. La clave se crea en este dispositivo y nunca sale de él.
embed-load = Cargar el generador de claves SSH
