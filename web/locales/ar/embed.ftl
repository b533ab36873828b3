# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = مولّد مفاتيح SSH
embed-about = { $title }: يعمل في هذا المتصفح، ويُحمَّل من { $host }. يُنشأ المفتاح على هذا الجهاز ولا يغادره أبدًا.
embed-load = تحميل مولّد مفاتيح SSH
