# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Generator kluczy SSH
embed-about = { $title }: działa w tej przeglądarce, a pochodzi z { $host }. Klucz powstaje na tym urządzeniu i nigdy go nie opuszcza.
embed-load = Wczytaj generator kluczy SSH
