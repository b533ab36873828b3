# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Generatore di chiavi SSH
embed-about = { $title }: funziona in questo browser, caricato da { $host }. La chiave viene creata su questo dispositivo e non lo lascia mai.
embed-load = Carica il generatore di chiavi SSH
