# Certificati OpenSSH (web/certs.js): la scheda Certificati (firmare con una chiave CA, esaminare un
# certificato) e il certificato della chiave sullo schermo. Non tradurre mai: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh e i placeable ($name: un nome di file; $type, $caType, $algorithm: tipi di chiave e
# di firma come ssh-ed25519; $fingerprint: SHA256:…; $comment: il commento della chiave).

## Tipo e validità di un certificato, nelle frasi qui sotto
# $certType: user, host o unknown; $state: valid, expired o future (non ancora valido).
# $validity: forever, before, after o range; $after e $before sono date (millisecondi).
cert-validity-forever = per sempre
cert-validity-before = prima del giorno { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = dopo il giorno { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = dal giorno { DATETIME($after, dateStyle: "medium", timeStyle: "short") } al giorno { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# L'esito sopra l'elenco di ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Scaduto
    [future] Non ancora valido
   *[valid] Valido ora
}: certificato { $certType ->
    [host] host
    [unknown] di tipo sconosciuto
   *[user] utente
}, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. La firma della CA è corretta ({ $caType } { $fingerprint }, con { $algorithm }).

## La scheda Certificati: la chiave CA
# Il nome di una chiave CA incollata nei messaggi qui sotto (e in quelli di Python) al posto di un nome di file.
cert-pasted-ca = La chiave CA incollata
cert-ca-needed = Scegliere o incollare prima la chiave privata della CA.
cert-opening = { $name }: apertura…
cert-ca-passphrase = { $name } richiede una passphrase.
cert-ca-public = { $name } è una chiave pubblica: una CA firma con la sua chiave privata.
cert-ca-key = Chiave della CA: { $type } { $fingerprint } «{ $comment }».
# Un file oltre il limite della pagina. $mb: la sua dimensione in megabyte.
cert-too-big = { $name } è di { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: non è un file di chiave.

## La scheda Certificati: firma
cert-bad-dates = Scegliere le date con i selettori di data.
cert-open-ca-first = Aprire prima la chiave della CA.
cert-id-needed = Indicare l'identità della chiave del certificato.
cert-serial-number = Il numero di serie è un numero intero, 0 o superiore.
cert-key-needed = Scegliere o incollare la chiave pubblica da firmare.
cert-signing = Firma in corso…
# $names: i file di certificato salvati (id_ed25519-cert.pub, …), come elenco.
cert-saved = Salvato: { $names }.

## La scheda Certificati: esame
# Il nome di un certificato incollato, come lo intesta l'elenco di ssh-keygen -L.
cert-pasted = (incollato)
cert-inspect-needed = Scegliere o incollare prima un certificato.
cert-checking = Controllo in corso…

## La chiave sullo schermo: il suo certificato
# Il nome di un certificato incollato.
cert-pasted-cert = Il certificato incollato
cert-attach-needed = Scegliere o incollare prima il certificato della chiave.
cert-attach-checking = Controllo del certificato in corso…
cert-attached = Allegato: il .ppk salvato da ora in poi lo include.
cert-removed = Rimosso: i file salvati da ora in poi non lo includono più.
cert-key-title = Certificato: certificato OpenSSH { $certType ->
    [host] host
    [unknown] di tipo sconosciuto
   *[user] utente
}, { $state ->
    [expired] scaduto
    [future] non ancora valido
   *[valid] valido ora
}
cert-key-title-none = Certificato: nessuno (allegarne uno)
cert-key-none = Questa chiave non ha un certificato.
cert-key-about-private = Questa chiave ha un certificato OpenSSH { $certType ->
    [host] host
    [unknown] di tipo sconosciuto
   *[user] utente
}. Un .ppk salvato lo conserva (PuTTY 0.78 e successivi accedono con esso); per OpenSSH, salvare il certificato in un file a parte accanto alla chiave privata.
# $type: il tipo di chiave (ssh-ed25519); $stem: il nome di file della chiave privata (id_ed25519).
cert-key-about-public = Questo è un certificato OpenSSH { $certType ->
    [host] host
    [unknown] di tipo sconosciuto
   *[user] utente
}, non una chiave: consente alla chiave privata della chiave pubblica { $type } qui sotto di accedere ovunque la sua CA sia considerata attendibile. Conservarlo insieme a quella chiave privata, come { $stem }-cert.pub accanto a { $stem }: ssh lo usa automaticamente.
