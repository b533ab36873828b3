# La revisión (web/checkup.js): los hallazgos sobre la clave en pantalla, y la vista authorized_keys /
# known_hosts de la pestaña de comprobación. Python envía cada hallazgo ya en el idioma de la página;
# estas son las palabras que los rodean. No traducir nunca authorized_keys, known_hosts ni los
# placeables ($filename, $name: nombres de archivo; $type: un tipo de clave como ssh-ed25519).

## La etiqueta de un hallazgo, según su gravedad
check-badge-weak = Punto débil
check-badge-note = Nota
check-badge-info = Sin comprobar

## La clave en pantalla
check-resaving = Guardando con protección moderna…
check-resaved = { $filename } guardado con protección moderna: debe sustituir al archivo antiguo.
check-making-key = Creando una clave nueva…
check-new-key = Esta es una clave nueva con el mismo comentario: hay que guardarla, autorizarla donde estaba la antigua y, después, eliminar la antigua.
# El título de la sección plegada: lo que encontró la revisión.
check-title-none = Revisión: nada que señalar
check-title-weak = Revisión: { $weak ->
    [one] { $weak } punto débil
    [many] { $weak } puntos débiles
   *[other] { $weak } puntos débiles
}
check-title-notes = Revisión: { $notes ->
    [one] { $notes } nota
    [many] { $notes } notas
   *[other] { $notes } notas
}
check-title-both = Revisión: { $weak ->
    [one] { $weak } punto débil
    [many] { $weak } puntos débiles
   *[other] { $weak } puntos débiles
}, { $notes ->
    [one] { $notes } nota
    [many] { $notes } notas
   *[other] { $notes } notas
}

## La vista authorized_keys / known_hosts
# El tipo y el tamaño de la clave de una línea; $bits es un número de bits (256, 4096), tal cual.
check-row-type = { $type } ({ $bits } bits)
# Bajo la tabla: $keys líneas de clave, $bad líneas que no son claves, $weak puntos débiles encontrados.
check-summary = { $keys ->
    [one] { $keys } línea de clave
    [many] { $keys } líneas de clave
   *[other] { $keys } líneas de clave
}{ $bad ->
    [0] {""}
    [one] , { $bad } línea ilegible
    [many] , { $bad } líneas ilegibles
   *[other] , { $bad } líneas ilegibles
}; { $weak ->
    [0] ningún punto débil
    [one] { $weak } punto débil
    [many] { $weak } puntos débiles
   *[other] { $weak } puntos débiles
}.
# Un archivo por encima del límite de la página. $mb: su tamaño en megabytes.
check-too-big = { $name } ocupa { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: demasiado grande para un archivo authorized_keys.
