# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Générateur de clés SSH
embed-about = { $title } : fonctionne dans ce navigateur, chargé depuis { $host }. La clé est créée sur cet appareil et ne le quitte jamais.
embed-load = Charger le générateur de clés SSH
