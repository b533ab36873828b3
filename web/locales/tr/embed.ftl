# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = SSH anahtarı oluşturucu
embed-about = { $title }: bu tarayıcıda çalışır, { $host } adresinden yüklenir. Anahtar bu cihazda oluşturulur ve cihazdan hiçbir zaman çıkmaz.
embed-load = SSH anahtarı oluşturucuyu yükle
