# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Generator kluczy SSH
embed-about = { $title }: działa w tej przeglądarce, a pochodzi z { $host }. Klucz powstaje na tym urządzeniu i nigdy go nie opuszcza.
embed-load = Wczytaj generator kluczy SSH
