# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = Generador de claves SSH
embed-about = { $title }: se ejecuta en este navegador, cargado desde { $host }. La clave se crea en este dispositivo y nunca sale de él.
embed-load = Cargar el generador de claves SSH
