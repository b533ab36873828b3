# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Генератор SSH-ключів
embed-about = { $title }: працює в цьому браузері, завантажується з { $host }. Ключ створюється на цьому пристрої й ніколи його не залишає.
embed-load = Завантажити генератор SSH-ключів
