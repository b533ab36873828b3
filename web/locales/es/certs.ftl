# Certificados de OpenSSH (web/certs.js): la pestaña Certificados (firmar con una clave de CA,
# examinar un certificado) y el certificado de la clave en pantalla. No traducir nunca: OpenSSH,
# PuTTY, .ppk, -cert.pub, ssh ni los placeables ($name: un nombre de archivo; $type, $caType,
# $algorithm: tipos de clave y de firma como ssh-ed25519; $fingerprint: SHA256:…; $comment: el comentario).

## El tipo y la validez de un certificado, en las frases de abajo
# $certType: user, host o unknown; $state: valid, expired o future (aún no válido).
# $validity: forever, before, after o range; $after y $before son fechas (milisegundos).
cert-validity-forever = para siempre
cert-validity-before = antes del { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = después del { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = del { DATETIME($after, dateStyle: "medium", timeStyle: "short") } al { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# El veredicto sobre el listado de ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Caducado
    [future] Aún no válido
   *[valid] Válido ahora
}: certificado { $certType ->
    [host] de host
    [unknown] de tipo desconocido
   *[user] de usuario
}, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. La firma de la CA es correcta ({ $caType } { $fingerprint }, con { $algorithm }).

## La pestaña Certificados: la clave de CA
# El nombre de una clave de CA pegada en los mensajes de abajo (y en los de Python) en lugar de un nombre de archivo.
cert-pasted-ca = La clave de CA pegada
cert-ca-needed = Primero hay que elegir o pegar la clave privada de la CA.
cert-opening = { $name }: abriendo…
cert-ca-passphrase = { $name } requiere una frase de contraseña.
cert-ca-public = { $name } es una clave pública: una CA firma con su clave privada.
cert-ca-key = Clave de la CA: { $type } { $fingerprint } «{ $comment }».
# Un archivo por encima del límite de la página. $mb: su tamaño en megabytes.
cert-too-big = { $name } ocupa { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: no es un archivo de clave.

## La pestaña Certificados: firmar
cert-bad-dates = Las fechas se eligen con los selectores de fecha.
cert-open-ca-first = Primero hay que abrir la clave de la CA.
cert-id-needed = Falta la identidad de clave del certificado.
cert-serial-number = El número de serie es un número entero, 0 o mayor.
cert-key-needed = Hay que elegir o pegar la clave pública que se va a firmar.
cert-signing = Firmando…
# $names: los archivos de certificado guardados (id_ed25519-cert.pub, …), como lista.
cert-saved = Guardado: { $names }.

## La pestaña Certificados: examinar
# El nombre de un certificado pegado, como lo encabeza el listado de ssh-keygen -L.
cert-pasted = (pegado)
cert-inspect-needed = Primero hay que elegir o pegar un certificado.
cert-checking = Comprobando…

## La clave en pantalla: su certificado
# El nombre de un certificado pegado.
cert-pasted-cert = El certificado pegado
cert-attach-needed = Primero hay que elegir o pegar el certificado de la clave.
cert-attach-checking = Comprobando el certificado…
cert-attached = Adjuntado: el .ppk que se guarde a partir de ahora lo incluye.
cert-removed = Quitado: los archivos que se guarden ya no lo incluyen.
cert-key-title = Certificado: certificado OpenSSH { $certType ->
    [host] de host
    [unknown] de tipo desconocido
   *[user] de usuario
}, { $state ->
    [expired] caducado
    [future] aún no válido
   *[valid] válido ahora
}
cert-key-title-none = Certificado: ninguno (adjuntar uno)
cert-key-none = Esta clave no tiene certificado.
cert-key-about-private = Esta clave lleva un certificado OpenSSH { $certType ->
    [host] de host
    [unknown] de tipo desconocido
   *[user] de usuario
}. Un .ppk guardado lo conserva (PuTTY 0.78 y posteriores inician sesión con él); para OpenSSH, el certificado se guarda en un archivo propio junto a la clave privada.
# $type: el tipo de clave (ssh-ed25519); $stem: el nombre de archivo de la clave privada (id_ed25519).
cert-key-about-public = Esto es un certificado OpenSSH { $certType ->
    [host] de host
    [unknown] de tipo desconocido
   *[user] de usuario
}, no una clave: permite que la clave privada de la clave pública { $type } de abajo inicie sesión allí donde se confíe en su CA. Debe guardarse junto a esa clave privada, como { $stem }-cert.pub al lado de { $stem }: ssh lo usa automáticamente.
