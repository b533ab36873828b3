# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = SSH-sleutelgenerator
embed-about = { $title }: draait in deze browser, geladen van { $host }. De sleutel wordt op dit apparaat gemaakt en verlaat het nooit.
embed-load = SSH-sleutelgenerator laden
