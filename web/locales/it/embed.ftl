# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = Generatore di chiavi SSH
embed-about = { $title }: funziona in questo browser, caricato da { $host }. La chiave viene creata su questo dispositivo e non lo lascia mai.
embed-load = Carica il generatore di chiavi SSH
