# La vista Firma (web/sign.js): firmare con la chiave sullo schermo, e «Verifica di una firma SSH»
# nella scheda di controllo. Non tradurre mai: allowed_signers, ssh-keygen e le sue opzioni
# (-n, -I, -O hashalg=), git config, gli spazi dei nomi (file, git), .sig e i placeable.

## La chiave sullo schermo: una sezione chiusa sotto i salvataggi
sign-title = Firma e verifica: commit git, file
sign-about = Con questa chiave è possibile firmare commit e tag git, o qualsiasi file, come fa ssh-keygen -Y sign. Chi ha la sua riga allowed_signers può verificare ciò che ha firmato.
sign-principal = Indirizzo email (il principal: user.email di git)
sign-principal-input =
    .placeholder = nome@example.com
sign-allowed-title = Riga allowed_signers
sign-allowed-hint = Aggiungerla a ~/.ssh/allowed_signers su ogni computer che verifica le firme.
sign-principal-missing = Digitare l'indirizzo email qui sopra per ottenere la riga.
sign-git-title = git config: firmare ogni commit e tag con questa chiave
sign-git-hint = Salvare la chiave pubblica con il nome di file indicato nella seconda riga, poi eseguire questi comandi.
sign-copy-line = Copia
    .aria-label = Copia { $line }
sign-copied = Copiato negli appunti.
sign-copy-blocked = La copia è stata bloccata: selezionare la riga e premere Ctrl+C (⌘C).

## Firma
sign-sign-title = Firma di un file o di un testo
sign-choose-file = Scegliere un file da firmare…
sign-text = …oppure digitare il testo da firmare (viene firmato esattamente com'è scritto)
sign-namespace = Spazio dei nomi (-n)
sign-namespace-hint = file per i file, git per ciò che verifica git; chi verifica deve indicare lo stesso.
sign-hash = Hash (-O hashalg=)
sign-sign-button = Firma e salva il .sig
sign-signing = Firma in corso…
sign-saved = Salvato nei download: { $filename } (spazio dei nomi { $namespace }).
sign-nothing-to-sign = Scegliere prima un file o digitare un testo da firmare.
sign-namespace-needed = Indicare uno spazio dei nomi, come file o git.
sign-too-big = { $name } è di { NUMBER($size) } byte, oltre il limite di { NUMBER($cap) } byte di questa pagina.

## Verifica (la scheda di controllo)
sign-verify-title = Verifica di una firma SSH
sign-verify-about = Come ssh-keygen -Y verify: il .sig è una firma valida del file, e la sua chiave può firmare per questa persona?
sign-verify-signature = La firma (.sig)
sign-choose-signature = Scegliere il file .sig…
sign-paste-signature = …oppure incollarla
sign-verify-message = Che cosa è stato firmato
sign-choose-signed = Scegliere il file firmato…
sign-verify-text = …oppure digitare il testo firmato (esattamente come è stato firmato)
sign-verify-who = Firmatario atteso
sign-by-allowed = Una persona di un file allowed_signers
sign-by-key = Il titolare di una chiave pubblica
sign-verify-principal = Principal (-I), per esempio l'indirizzo email di chi ha firmato
sign-choose-allowed = Scegliere il file allowed_signers…
sign-paste-allowed = …oppure incollarne le righe
sign-choose-key = Scegliere la chiave pubblica…
sign-paste-key = …oppure incollarla
sign-verify-button = Verifica
sign-verifying = Verifica in corso…
sign-signature-needed = Scegliere o incollare prima la firma.
sign-message-needed = Scegliere prima il file firmato o digitare il testo firmato.
sign-key-needed = Scegliere o incollare prima la chiave pubblica di chi ha firmato.
sign-allowed-needed = Scegliere o incollare prima le righe allowed_signers.
sign-principal-needed = Indicare il principal da verificare, per esempio l'indirizzo email di chi ha firmato.
sign-verdict-good = Firma valida: { $principal } l'ha firmato ({ $namespace }) con la chiave { $type } { $fingerprint }.
sign-verdict-good-key = Firma valida: questa chiave pubblica l'ha firmato ({ $namespace }), chiave { $type } { $fingerprint }.
sign-verdict-bad = Non verificata: la firma non è valida per questo file, spazio dei nomi e firmatario. Motivi indicati da ssh-keygen:
