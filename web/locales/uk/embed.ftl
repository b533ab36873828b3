# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Генератор SSH-ключів
embed-about = { $title }: працює в цьому браузері, завантажується з { $host }. Ключ створюється на цьому пристрої й ніколи його не залишає.
embed-load = Завантажити генератор SSH-ключів
