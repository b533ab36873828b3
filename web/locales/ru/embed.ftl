# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Генератор SSH-ключей
embed-about = { $title }: работает в этом браузере, загружается с { $host }. Ключ создаётся на этом устройстве и никогда его не покидает.
embed-load = Загрузить генератор SSH-ключей
