# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Générateur de clés SSH
embed-about = { $title } : fonctionne dans ce navigateur, chargé depuis { $host }. La clé est créée sur cet appareil et ne le quitte jamais.
embed-load = Charger le générateur de clés SSH
