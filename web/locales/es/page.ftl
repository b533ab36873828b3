# Las palabras de la página en español, traducidas del catálogo inglés.
# Los placeables ({ $name }) contienen nombres de archivo, números y claves: no traducirlos nunca.
# Los mensajes con <code>, <strong> o <em> conservan esas etiquetas; lo que va dentro de <code> es
# un comando, un nombre de archivo o una opción: no traducirlo nunca.

## La página alrededor de las vistas: título, cabecera, carga, pie
site-page-title = Generador de claves SSH: las claves privadas nunca salen del navegador
site-skip = Ir al generador
site-title = Generador de claves SSH
site-tagline = Crear, abrir y convertir claves SSH para OpenSSH y PuTTY: la clave privada y la frase de contraseña nunca salen de esta página.
# Modo incrustado: la línea sobre el generador dentro de la página de otro sitio.
site-embed-about = Generador de claves SSH: las claves se crean en el navegador, y la clave privada y la frase de contraseña nunca se envían a ninguna parte.
site-footer = Sin uso de la red tras la carga, sin cookies, sin almacenamiento, sin analítica: las claves se crean con la criptografía del navegador y con Python, que se ejecuta en esta página.
language-menu-label = Idioma
site-update = Hay una nueva versión de esta página. Conviene guardar antes la clave: al recargar, se borra.
site-update-reload = Recargar ahora

load-starting = Cargando el generador de claves…
load-ready = Listo. Nada de lo que se hace aquí sale de esta página.
# $loaded y $total: megabytes descargados hasta ahora, y en total.
load-progress = { $stage ->
        [python] Cargando Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] Iniciando sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Listo… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Iniciando… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# Lo mismo, antes de conocer el tamaño de la descarga.
load-stage = { $stage ->
        [python] Cargando Python…
        [sshkeys] Iniciando sshkeys…
        [ready] Listo…
       *[starting] Iniciando…
    }
# Se muestra tras lo que se pidió (Generando…, Abriendo id_rsa…) mientras Python se carga;
# $progress es la línea de carga (load-progress o load-stage).
load-waiting = Python todavía se está cargando ({ $progress }).
# $error: el motivo, con las palabras del navegador o del cargador.
load-python-failed = Python no pudo iniciarse: { $error } Hay que recargar la página para volver a intentarlo.
load-worker-failed = El motor de claves no pudo iniciarse: { $error } Hay que recargar la página para volver a intentarlo.
load-worker-failed-plain = El motor de claves no pudo iniciarse. Hay que recargar la página para volver a intentarlo.
load-no-script = La página no indica su script { $role ->
        [rater] de evaluación
       *[worker] de cálculo de claves
    }.
# $name: el nombre de archivo de un script (worker.js).
load-fetch-failed = No se pudo descargar { $name } o no superó la comprobación de integridad ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Se detuvo el motor de claves.
load-rater-stopped = Se detuvo el script de evaluación.
load-rater-failed = El script de evaluación dejó de funcionar.
# Segundos desde que empezó una tarea larga, junto a su estado.
busy-elapsed = { $seconds } s

## Las pestañas
tabs-main =
    .aria-label = Elegir qué hacer
tabs-generate = Generar una clave nueva
tabs-open = Abrir una clave existente
tabs-check = Comprobar authorized_keys
tabs-certs = Certificados

## Generar
gen-type = Tipo de clave
gen-badge-recommended = recomendado
gen-badge-experimental = experimental
gen-badge-deprecated = obsoleto
gen-badge-putty-only = solo PuTTY
gen-about-ed25519 = Corta y moderna: la aceptan OpenSSH, PuTTY, GitHub y GitLab.
gen-about-rsa = Para servidores y servicios antiguos que piden RSA.
gen-about-ecdsa = Curvas del NIST, para las políticas que las exigen.
gen-other-types = Otros tipos: poscuánticos (experimentales), heredados
gen-about-mldsa = Poscuántica. Solo la usan OpenSSH 10.4 y posteriores, donde esté habilitada; PuTTY no puede.
gen-about-dsa = Solo para sistemas muy antiguos: OpenSSH 10 ya no acepta claves DSA.
gen-about-ed448 = PuTTY la acepta; OpenSSH, no.
gen-unsupported = No disponible en este navegador: su biblioteca criptográfica no ofrece este tipo.
gen-types-unavailable = La página que contiene este generador pidió tipos de clave que aquí no están disponibles, así que se ofrecen todos. Conviene comprobar qué tipo acepta el servidor o servicio.
gen-rsa-size = Tamaño de la clave RSA
# $bits: un tamaño de clave (2048), sin separador de miles.
gen-bits = { $bits } bits
gen-bits-recommended = { $bits } bits (recomendado para RSA)
gen-bits-slow = { $bits } bits (lento)
gen-curve = Curva
gen-comment = Comentario
gen-comment-hint = Se muestra junto a la clave en <code>authorized_keys</code>, PuTTY y los paneles de control: algo como <code>you@laptop</code> permite distinguir las claves.
gen-passphrase = Frase de contraseña
gen-passphrase-confirm = Confirmar la frase de contraseña
gen-show-passphrase = Mostrar la frase de contraseña
gen-suggest-label = Sugerir una de
gen-suggest-words = { $words ->
        [one] { $words } palabra
        [many] { $words } palabras
       *[other] { $words } palabras
    }
gen-suggest = Sugerir una frase de contraseña
# $size: cuántas palabras tiene la lista (7776); $bits: la entropía de la frase de contraseña.
gen-suggested = { $words ->
        [one] Una palabra elegida al azar de la lista larga de la EFF ({ NUMBER($size) } palabras): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits de entropía. Conviene anotar esta frase de contraseña o guardarla en un gestor de contraseñas: no se puede recuperar.
        [many] { $words } palabras elegidas al azar de la lista larga de la EFF ({ NUMBER($size) } palabras): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits de entropía. Conviene anotar esta frase de contraseña o guardarla en un gestor de contraseñas: no se puede recuperar.
       *[other] { $words } palabras elegidas al azar de la lista larga de la EFF ({ NUMBER($size) } palabras): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits de entropía. Conviene anotar esta frase de contraseña o guardarla en un gestor de contraseñas: no se puede recuperar.
    }
gen-passphrase-hint = Protege el archivo de clave privada si alguien lo copia. Solo debe dejarse vacía en claves que usan scripts: cualquiera que tenga un archivo así puede usarlo.
gen-mismatch = Las dos frases de contraseña no coinciden.
gen-advanced = Avanzado: solidez de la protección con frase de contraseña
gen-rounds = Rondas de bcrypt de OpenSSH
# $rounds: las rondas que usa un guardado cuando el campo se deja vacío.
gen-rounds-hint = Como <code>ssh-keygen -a</code>; { $rounds } es el valor predeterminado (OpenSSH 9.4 y posteriores); cuantas más, más lenta es de descifrar y de abrir.
# Antes de que Python haya indicado el valor predeterminado.
gen-rounds-hint-unknown = Como <code>ssh-keygen -a</code>; el número que se muestra es el valor predeterminado (OpenSSH 9.4 y posteriores); cuantas más, más lenta es de descifrar y de abrir.
gen-ppk-kdf = Derivación de clave de PuTTY
gen-kdf-default = Argon2id (predeterminado)
gen-argon2-memory = Memoria de Argon2 (KiB)
gen-argon2-passes = Pasadas de Argon2
gen-argon2-passes-input =
    .placeholder = automático (unos 0,1 s, como PuTTYgen)
gen-argon2-parallelism = Paralelismo de Argon2
gen-generate = Generar clave
gen-generating = Generando…
gen-generating-rsa-8192 = Generando… RSA 8192 o más puede tardar un minuto o más.
gen-generating-rsa-4096 = Generando… RSA 4096 suele tardar unos segundos, a veces hasta 15.
gen-generating-dsa = Generando… DSA tarda unos segundos.
# $ms: milisegundos.
gen-generated = Generada en { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Borrada: la clave ya no está en esta página.

## Abrir
open-drop = Soltar aquí un archivo de clave, o
open-choose = Elegir un archivo de clave…
open-formats = Archivos de OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, claves públicas y certificados (<code>-cert.pub</code>). El archivo se lee en esta página y nunca se sube.
open-paste = …o pegar una clave
open-passphrase = Esta clave está protegida. Frase de contraseña:
open-button = Abrir clave
# $name: el nombre del archivo.
open-opening = Abriendo { $name }…
open-opening-later = Se abrirá { $name } cuando Python esté listo.
open-protected = { $name } está protegido con una frase de contraseña.
open-opened = Abierto: { $name }.
# Los mismos cuatro para una clave pegada en el cuadro en lugar de un archivo.
open-opening-pasted = Abriendo la clave pegada…
open-opening-later-pasted = Se abrirá la clave pegada cuando Python esté listo.
open-protected-pasted = La clave pegada está protegida con una frase de contraseña.
open-opened-pasted = Clave pegada abierta.
# $size: megabytes.
file-too-big = { $name } ocupa { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: no es un archivo de clave.
file-too-big-authorized-keys = { $name } ocupa { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: demasiado grande para un archivo authorized_keys.

## La clave en pantalla
result-title = La clave
# $type: el tipo de clave (ssh-ed25519); $bits: su tamaño, sin separador de miles; $comment: su comentario.
result-summary-private = Clave privada y pública: { $type }, { $bits } bits, comentario «{ $comment }».
result-summary-public = Solo clave pública: { $type }, { $bits } bits, comentario «{ $comment }».
result-public-key = Clave pública, para <code>authorized_keys</code> o el panel del proveedor
result-copy = Copiar clave pública
result-copied = Copiada en el portapapeles.
result-copy-blocked = Se bloqueó la copia: la clave está seleccionada; se puede copiar con Ctrl+C (⌘C).
result-edit =
    .aria-label = Comentario y frase de contraseña
result-comment = Comentario
result-change = Cambiar
    .aria-label = Cambiar el comentario
result-comment-changed = Comentario cambiado: hay que volver a guardar los archivos para conservarlo.
result-save-passphrase = Frase de contraseña de los archivos de clave privada
result-next = Próximos pasos: dónde van los archivos, en Windows, macOS y Linux
result-systems =
    .aria-label = Sistema
result-os-putty = Windows con PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Comprobar la clave: huellas digitales, randomart, bubblebabble
result-sha256 = Huella digital SHA256
result-md5 = Huella digital MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), para leer en voz alta
result-randomart =
    .aria-label = Imagen randomart de la huella digital de la clave
result-randomart-caption = Randomart, tal como lo dibuja <code>ssh-keygen -lv</code>.
result-send = Enviar a otro dispositivo: la clave pública como código QR
result-qr-caption = La línea de la clave pública como código QR: se escanea con la cámara del teléfono o con una app de SSH para llevar la clave pública a otro dispositivo. No contiene nada secreto.
result-qr =
    .aria-label = Código QR de la línea de la clave pública
# $bytes: la longitud de la línea; $limit: lo que cabe en el código QR más grande (2953 bytes).
result-qr-too-long = La línea de la clave pública ocupa { NUMBER($bytes, useGrouping: 0) } bytes: más de lo que cabe en un código QR ({ NUMBER($limit, useGrouping: 0) }). Se puede copiar, o guardar el archivo de clave pública y trasladar ese archivo.
result-qr-dense = Una clave larga genera un código denso: conviene acercar el teléfono o ampliar la página.
result-other-formats = Otros formatos: PEM, PKCS#8, RFC 4716
result-clear = Borrar — olvidar esta clave
result-clear-hint = Quita la clave de esta página y de la memoria. Los archivos guardados se quedan donde se guardaron.

## Guardar
save-title = Guardar
save-openssh = Clave privada de OpenSSH
save-ppk = Clave privada de PuTTY (.ppk)
save-ppk-v2 = Versión 2, para PuTTY anterior a 0.75
save-public = Clave pública (.pub)
save-pem-title = PEM (OpenSSL, consolas de la nube, bibliotecas)
save-pem = Clave privada PEM
save-pkcs8 = Clave privada PKCS#8
save-public-pem = Clave pública PEM
save-rfc4716-title = Clave pública tal como la guarda PuTTYgen
save-rfc4716 = Clave pública (RFC 4716)
save-all-title = Guardar todo (.zip): la clave privada en varios formatos, la clave pública y los próximos pasos
save-all-formats = Formatos de clave privada del .zip
save-all = Guardar todo (.zip)
save-preparing = Preparando el archivo…
save-preparing-zip = Preparando el .zip…
save-cancelled = No se guardó: se cerró el cuadro de diálogo de guardado.
# $error: el motivo que da el navegador.
save-not-written = No se escribió { $filename }: { $error }
# $how: «written» (el cuadro de diálogo de guardado) o «downloaded»; $protection: «passphrase», «none»
# (una clave privada sin frase de contraseña) o «public».
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Guardado: { $filename }, protegido con la frase de contraseña.
            [none] Guardado: { $filename }, sin frase de contraseña.
           *[public] Guardado: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Guardado en la carpeta de descargas: { $filename }, protegido con la frase de contraseña.
            [none] Guardado en la carpeta de descargas: { $filename }, sin frase de contraseña.
           *[public] Guardado en la carpeta de descargas: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Guardado: { $filename }, claves privadas protegidas con la frase de contraseña.
           *[none] Guardado: { $filename }, claves privadas sin frase de contraseña.
        }
       *[downloaded] { $protection ->
            [passphrase] Guardado en la carpeta de descargas: { $filename }, claves privadas protegidas con la frase de contraseña.
           *[none] Guardado en la carpeta de descargas: { $filename }, claves privadas sin frase de contraseña.
        }
    }
save-unsaved = Aún sin guardar: conviene guardar la clave privada antes de salir.
save-unsaved-comment = Aún sin guardar: el nuevo comentario solo está en esta página. Hay que volver a guardar la clave privada para conservarlo.

## Próximos pasos (una lista por sistema)
help-dashboard = Copiar la clave pública de arriba y pegarla donde el proveedor pida una clave SSH (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; un servidor: una línea nueva en <code>{ $authorized }</code>).
# $type: un tipo de clave que OpenSSH no acepta (ssh-ed448).
help-openssh-refuses = Nota: OpenSSH no acepta claves { $type }. Se puede usar con PuTTY, o crear una clave Ed25519 para OpenSSH.
# $folder: dónde van los archivos (~/.ssh/); $file, $pub: los nombres de los dos archivos.
help-save-openssh = Guardar la <strong>clave privada</strong> y la <strong>clave pública</strong> de OpenSSH en <code>{ $folder }</code> como <code>{ $file }</code> y <code>{ $pub }</code>.
help-save-openssh-windows = Guardar la <strong>clave privada</strong> y la <strong>clave pública</strong> de OpenSSH en <code>{ $folder }</code> (creando la carpeta si hace falta) como <code>{ $file }</code> y <code>{ $pub }</code>.
help-chmod = Hacer que solo el propio usuario pueda leer la clave privada: <code>{ $command }</code> (ssh rechaza las claves que otros pueden leer).
# $ppk: el nombre del archivo .ppk. «Add Key» y «Private key file for authentication» son las palabras de PuTTY (sin traducir).
help-putty-save = Guardar la <strong>clave privada de PuTTY (.ppk)</strong> como { $ppk } en un lugar que solo el propio usuario pueda leer, como la carpeta Documentos.
help-putty-pageant = Abrir Pageant (el agente de claves de PuTTY, en la bandeja del sistema), elegir <strong>Add Key</strong> y seleccionar { $ppk }; PuTTY, WinSCP y FileZilla la usarán automáticamente.
help-putty-auth = O, en PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Guardar la sesión para no tener que elegirla de nuevo.
help-putty-old = PuTTY antiguo (anterior a 0.75), WinSCP o FileZilla que no reconocen el archivo: volver a guardarlo con «Versión 2» (.ppk versión 2) marcado.
# $service, $add: líneas de comandos de PowerShell.
help-windows-agent = Opcional, para escribir la frase de contraseña una sola vez por sesión: en un PowerShell de administrador, ejecutar <code>{ $service }</code> y, después, con la cuenta propia, <code>{ $add }</code>.
help-windows-connect = Conectarse con <code>{ $command }</code> (el -i no hace falta si el archivo tiene este nombre estándar).
help-macos-keychain = Guardar la frase de contraseña en el llavero: <code>{ $command }</code>.
help-macos-connect = Conectarse con <code>{ $ssh }</code>, o copiar la clave a un servidor con <code>{ $copy }</code>.
help-linux-agent = Cargarla en el agente para esta sesión: <code>{ $command }</code>.
help-linux-connect = Copiar la clave a un servidor con <code>{ $copy }</code> y, después, conectarse con <code>{ $ssh }</code>.

## Modo incrustado: «Usar esta clave» envía la clave pública a la página que contiene el generador
# $origin: un origen web (https://docs.example.com).
embed-use = Usar esta clave
embed-use-hint = Envía la línea de la clave pública de arriba a { $origin }, la página que contiene este generador. Nunca la clave privada.
embed-refused-no-origin = No se envía nada desde aquí: la página que contiene este generador no indicó un origen web válido al que enviar la clave pública.
embed-refused-not-framed = No se envía nada desde aquí: esta página no está dentro de otra página.
embed-refused-other-parent = No se envía nada desde aquí: este generador está dentro de una página de { $parent }, que no es { $origin }.
embed-sent = Enviada a { $origin }.

## El formulario y la tabla de la pestaña de comprobación (marcado estático; las palabras de la revisión están en checkup.ftl)
page-check-drop = Soltar aquí un archivo <code>authorized_keys</code> o <code>known_hosts</code>, o
page-check-choose = Elegir un archivo…
page-check-paste = …o pegar sus líneas
page-check-hint = Solo claves públicas: cada línea se lee en esta página y nunca se sube.
page-check-run = Comprobar las líneas
page-check-caption = Cada línea de clave, su clave y lo que encontró la revisión
page-check-col-line = Línea
page-check-col-key = Clave
page-check-col-sha256 = Huella digital SHA256
page-check-col-comment = Comentario
page-check-col-options = Opciones u hosts
page-check-col-findings = Hallazgos

## La revisión de la clave (marcado estático bajo las opciones de guardado)
page-check-clean = Nada que señalar: la clave y la forma en que se guardó cumplen las recomendaciones actuales.
page-check-fix-resave = Guardar con protección moderna
page-check-fix-new-key = Crear una clave nueva (mismo comentario)
# $rounds: las rondas de bcrypt que usa un guardado por defecto (16).
page-check-fix-resave-hint = «Guardar con protección moderna» usa la frase de contraseña de arriba: formato OpenSSH con { $rounds } rondas de bcrypt, o .ppk v3 (Argon2id) para una clave abierta desde un .ppk.
page-check-fix-resave-hint-unknown = «Guardar con protección moderna» usa la frase de contraseña de arriba: formato OpenSSH con las rondas de bcrypt predeterminadas de ssh-keygen, o .ppk v3 (Argon2id) para una clave abierta desde un .ppk.

## El certificado de la clave (marcado estático bajo las opciones de guardado)
page-cert-save = Guardar el certificado (-cert.pub)
page-cert-attach = Adjuntar un certificado de esta clave (<code>-cert.pub</code>): el .ppk que se guarde lo incluirá, como hace la opción <code>--certificate</code> de PuTTYgen
page-cert-choose = Elegir un certificado…
page-cert-attach-button = Adjuntar
page-cert-remove = Quitar el certificado

## La pestaña Certificados (marcado estático; sus mensajes están en certs.ftl)
page-cert-sign-title = Firmar un certificado
page-cert-about = Un certificado de OpenSSH permite que una clave inicie sesión allí donde se confíe en su autoridad de certificación (CA) (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), tal como lo crea <code>ssh-keygen -s</code>.
page-cert-ca = Clave de la CA (su clave privada)
page-cert-ca-choose = Elegir la clave de la CA…
page-cert-paste-it = …o pegarla
page-cert-ca-passphrase = La clave de la CA está protegida. Frase de contraseña:
page-cert-ca-open = Abrir la clave de la CA
page-cert-ca-forget = Olvidar la clave de la CA
page-cert-subjects = Claves públicas para firmar
page-cert-subjects-choose = Elegir claves públicas…
page-cert-subjects-paste = …o pegarlas, una por línea
page-cert-certificate = Certificado
page-cert-user = Certificado de usuario
page-cert-host = Certificado de host (<code>-h</code>)
page-cert-identity = Identidad de clave (<code>-I</code>)
page-cert-identity-hint = Se escribe en el registro del servidor cuando se usa el certificado, por ejemplo <code>alice@example.com</code>.
page-cert-principals = Principals (<code>-n</code>), separados por comas
page-cert-principals-hint = Los nombres de usuario (o, para un host, los nombres de host) para los que es válido.
page-cert-validity = Válido (<code>-V</code>)
page-cert-for-hour = durante 1 hora
page-cert-for-day = durante 1 día
page-cert-for-week = durante 1 semana
page-cert-for-52-weeks = durante 52 semanas
page-cert-forever = para siempre
page-cert-between = entre estas fechas…
page-cert-from = Desde (vacío: siempre)
page-cert-to = Hasta (vacío: para siempre)
page-cert-serial = Número de serie (<code>-z</code>)
page-cert-options = Opciones de un certificado de usuario (<code>-O</code>)
page-cert-x11 = Reenvío de X11
page-cert-agent = Reenvío del agente
page-cert-port = Reenvío de puertos
page-cert-pty = Un terminal (pty)
page-cert-force-command = Comando forzado (<code>force-command</code>)
page-cert-source-address = Solo desde estas direcciones (<code>source-address</code>, CIDR, separadas por comas)
page-cert-sign = Firmar
page-cert-inspect-title = Examinar un certificado
page-cert-inspect = Examinar
