# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = SSH-Schlüsselgenerator
embed-about = { $title }: läuft in diesem Browser, geladen von { $host }. Der Schlüssel wird auf diesem Gerät erzeugt und verlässt es nie.
embed-load = SSH-Schlüsselgenerator laden
