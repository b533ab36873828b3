# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Генератор SSH-ключей
embed-about = { $title }: работает в этом браузере, загружается с { $host }. Ключ создаётся на этом устройстве и никогда его не покидает.
embed-load = Загрузить генератор SSH-ключей
