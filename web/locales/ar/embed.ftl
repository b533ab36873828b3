# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = مولّد مفاتيح SSH
embed-about = { $title }: يعمل في هذا المتصفح، ويُحمَّل من { $host }. يُنشأ المفتاح على هذا الجهاز ولا يغادره أبدًا.
embed-load = تحميل مولّد مفاتيح SSH
