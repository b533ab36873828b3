# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

# The iframe's title, and the box's name when the page gives none.
embed-title = SSH key generator
# The line above the button.
embed-about = { $title }: it runs in this browser, from { $host }. The key is made on this device and never leaves it.
# The button; a click anywhere in the box loads the generator too.
embed-load = Load the SSH key generator
