# La vista Firmar (web/sign.js): firmar con la clave en pantalla, y «Verificar una firma SSH» de la
# pestaña de comprobación. No traducir nunca: allowed_signers, ssh-keygen y sus opciones
# (-n, -I, -O hashalg=), git config, los espacios de nombres (file, git), .sig ni los placeables.

## La clave en pantalla: una sección plegada bajo las opciones de guardado
sign-title = Firmar y verificar: commits de git, archivos
sign-about = Permite firmar commits y etiquetas de git, o cualquier archivo, con esta clave, como hace ssh-keygen -Y sign. Quien tenga su línea de allowed_signers puede verificar lo que haya firmado.
sign-principal = Dirección de correo electrónico (el principal: user.email de git)
sign-principal-input =
    .placeholder = usuario@example.com
sign-allowed-title = Línea de allowed_signers
sign-allowed-hint = Se añade a ~/.ssh/allowed_signers en cada equipo que verifique las firmas.
sign-principal-missing = La línea aparece al escribir arriba la dirección de correo electrónico.
sign-git-title = git config: firmar cada commit y etiqueta con esta clave
sign-git-hint = Guardar la clave pública con el nombre de archivo que indica la segunda línea y, después, ejecutar estos comandos.
sign-copy-line = Copiar
    .aria-label = Copiar { $line }
sign-copied = Copiado en el portapapeles.
sign-copy-blocked = Se bloqueó la copia: hay que seleccionar la línea y pulsar Ctrl+C (⌘C).

## Firmar
sign-sign-title = Firmar un archivo o un texto
sign-choose-file = Elegir un archivo para firmar…
sign-text = …o escribir el texto que se va a firmar (se firma exactamente como está escrito)
sign-namespace = Espacio de nombres (-n)
sign-namespace-hint = file para archivos, git para lo que verifica git; quien verifique debe indicar el mismo.
sign-hash = Hash (-O hashalg=)
sign-sign-button = Firmar y guardar el .sig
sign-signing = Firmando…
sign-saved = Guardado en la carpeta de descargas: { $filename } (espacio de nombres { $namespace }).
sign-nothing-to-sign = Primero hay que elegir un archivo o escribir un texto para firmar.
sign-namespace-needed = Falta un espacio de nombres, como file o git.
sign-too-big = { $name } ocupa { NUMBER($size) } bytes, más que el límite de { NUMBER($cap) } bytes de esta página.

## Verificar (la pestaña de comprobación)
sign-verify-title = Verificar una firma SSH
sign-verify-about = Como ssh-keygen -Y verify: ¿es el .sig una firma válida del archivo, y puede su clave firmar en nombre de esta persona?
sign-verify-signature = La firma (.sig)
sign-choose-signature = Elegir el archivo .sig…
sign-paste-signature = …o pegarla
sign-verify-message = Lo que se firmó
sign-choose-signed = Elegir el archivo firmado…
sign-verify-text = …o escribir el texto firmado (exactamente como se firmó)
sign-verify-who = Firmante esperado
sign-by-allowed = Una persona de un archivo allowed_signers
sign-by-key = El titular de una clave pública
sign-verify-principal = Principal (-I), por ejemplo la dirección de correo electrónico del firmante
sign-choose-allowed = Elegir el archivo allowed_signers…
sign-paste-allowed = …o pegar sus líneas
sign-choose-key = Elegir la clave pública…
sign-paste-key = …o pegarla
sign-verify-button = Verificar
sign-verifying = Verificando…
sign-signature-needed = Primero hay que elegir o pegar la firma.
sign-message-needed = Primero hay que elegir el archivo firmado o escribir el texto firmado.
sign-key-needed = Primero hay que elegir o pegar la clave pública del firmante.
sign-allowed-needed = Primero hay que elegir o pegar las líneas de allowed_signers.
sign-principal-needed = Falta el principal que se va a verificar, por ejemplo la dirección de correo electrónico del firmante.
sign-verdict-good = Firma válida: { $principal } lo firmó ({ $namespace }) con la clave { $type } { $fingerprint }.
sign-verdict-good-key = Firma válida: esta clave pública lo firmó ({ $namespace }), clave { $type } { $fingerprint }.
sign-verdict-bad = No verificada: la firma no es válida para este archivo, espacio de nombres y firmante. Motivos de ssh-keygen:
