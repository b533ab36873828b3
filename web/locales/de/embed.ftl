# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = SSH-Schlüsselgenerator
embed-about = { $title }: läuft in diesem Browser, geladen von { $host }. Der Schlüssel wird auf diesem Gerät erzeugt und verlässt es nie.
embed-load = SSH-Schlüsselgenerator laden
