# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = SSH anahtarı oluşturucu
embed-about = { $title }: bu tarayıcıda çalışır, { $host } adresinden yüklenir. Anahtar bu cihazda oluşturulur ve cihazdan hiçbir zaman çıkmaz.
embed-load = SSH anahtarı oluşturucuyu yükle
