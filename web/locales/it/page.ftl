# Le parole della pagina in italiano, tradotte dal catalogo inglese.
# I placeable ({ $name }) contengono nomi di file, numeri e chiavi: non tradurli mai.
# I messaggi con <code>, <strong> o <em> mantengono questi tag; il contenuto di <code> è un comando,
# un nome di file o un'opzione: non tradurlo mai.

## La pagina intorno alle viste: titolo, intestazione, caricamento, piè di pagina
site-page-title = Generatore di chiavi SSH — le chiavi private non lasciano mai il browser
site-skip = Vai al generatore
site-title = Generatore di chiavi SSH
site-tagline = Creare, aprire e convertire chiavi SSH per OpenSSH e PuTTY: la chiave privata e la passphrase non lasciano mai questa pagina.
# Modalità incorporata: la riga sopra il generatore nella pagina di un altro sito.
site-embed-about = Generatore di chiavi SSH: le chiavi vengono create nel browser, e la chiave privata e la passphrase non vengono mai inviate altrove.
site-footer = Nessun uso della rete dopo il caricamento, nessun cookie, nessuna memorizzazione, nessuna statistica: le chiavi vengono create con la crittografia del browser e con Python, eseguito in questa pagina.
language-menu-label = Lingua
site-update = È disponibile una nuova versione di questa pagina. Salvare prima la chiave: il ricaricamento la cancella.
site-update-reload = Ricarica ora

load-starting = Caricamento del generatore di chiavi…
load-ready = Pronto. Nulla di ciò che si fa qui lascia questa pagina.
# $loaded e $total: megabyte scaricati finora, e in totale.
load-progress = { $stage ->
        [python] Caricamento di Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } di { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] Avvio di sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } di { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Pronto… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } di { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Avvio… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } di { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# Lo stesso, prima che la dimensione del download sia nota.
load-stage = { $stage ->
        [python] Caricamento di Python…
        [sshkeys] Avvio di sshkeys…
        [ready] Pronto…
       *[starting] Avvio…
    }
# Mostrato dopo ciò che è stato chiesto (Generazione in corso…, Apertura di id_rsa…) mentre Python si carica;
# $progress è la riga di caricamento (load-progress o load-stage).
load-waiting = Python è ancora in caricamento ({ $progress }).
# $error: il motivo, con le parole del browser o del caricatore.
load-python-failed = Impossibile avviare Python: { $error } Ricaricare la pagina per riprovare.
load-worker-failed = Impossibile avviare il motore delle chiavi: { $error } Ricaricare la pagina per riprovare.
load-worker-failed-plain = Impossibile avviare il motore delle chiavi. Ricaricare la pagina per riprovare.
load-no-script = La pagina non indica il suo script { $role ->
        [rater] di valutazione
       *[worker] di calcolo delle chiavi
    }.
# $name: il nome di file di uno script (worker.js).
load-fetch-failed = Impossibile scaricare { $name }, oppure il controllo di integrità non è riuscito ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Il motore delle chiavi è stato arrestato.
load-rater-stopped = Lo script di valutazione è stato arrestato.
load-rater-failed = Lo script di valutazione si è interrotto.
# Secondi trascorsi dall'inizio di un'operazione lunga, accanto al suo stato.
busy-elapsed = { $seconds } s

## Le schede
tabs-main =
    .aria-label = Che cosa fare?
tabs-generate = Genera una nuova chiave
tabs-open = Apri una chiave esistente
tabs-check = Controlla authorized_keys
tabs-certs = Certificati

## Genera
gen-type = Tipo di chiave
gen-badge-recommended = consigliato
gen-badge-experimental = sperimentale
gen-badge-deprecated = deprecato
gen-badge-putty-only = solo PuTTY
gen-about-ed25519 = Corta e moderna: OpenSSH, PuTTY, GitHub e GitLab la accettano.
gen-about-rsa = Per server e servizi più vecchi che richiedono RSA.
gen-about-ecdsa = Curve NIST, per le politiche di sicurezza che le richiedono.
gen-other-types = Altri tipi: post-quantistici (sperimentali), legacy
gen-about-mldsa = Post-quantistica. La usano solo OpenSSH 10.4 e successivi, dove abilitata; PuTTY no.
gen-about-dsa = Solo per sistemi molto vecchi: OpenSSH 10 non accetta più chiavi DSA.
gen-about-ed448 = PuTTY la accetta; OpenSSH no.
gen-unsupported = Non disponibile in questo browser: la sua libreria crittografica non offre questo tipo.
gen-types-unavailable = La pagina che contiene questo generatore ha chiesto tipi di chiave non disponibili qui, quindi vengono proposti tutti i tipi. Verificare quale tipo accetta il server o il servizio.
gen-rsa-size = Dimensione della chiave RSA
# $bits: una dimensione di chiave (2048), scritta senza separatore delle migliaia.
gen-bits = { $bits } bit
gen-bits-recommended = { $bits } bit (consigliato per RSA)
gen-bits-slow = { $bits } bit (lento)
gen-curve = Curva
gen-comment = Commento
gen-comment-hint = Mostrato accanto alla chiave in <code>authorized_keys</code>, in PuTTY e nei pannelli di controllo: qualcosa come <code>you@laptop</code> permette di distinguere le chiavi.
gen-passphrase = Passphrase
gen-passphrase-confirm = Conferma passphrase
gen-show-passphrase = Mostra passphrase
gen-suggest-label = Passphrase suggerita di
gen-suggest-words = { $words ->
        [one] { $words } parola
        [many] { $words } parole
       *[other] { $words } parole
    }
gen-suggest = Suggerisci una passphrase
# $size: quante parole ha l'elenco (7776); $bits: l'entropia della passphrase.
gen-suggested = { $words ->
        [one] Una parola scelta a caso dall'elenco lungo di parole dell'EFF ({ NUMBER($size) } parole): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bit di entropia. Annotare questa passphrase o conservarla in un gestore di password: non può essere recuperata.
        [many] { $words } parole scelte a caso dall'elenco lungo di parole dell'EFF ({ NUMBER($size) } parole): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bit di entropia. Annotare questa passphrase o conservarla in un gestore di password: non può essere recuperata.
       *[other] { $words } parole scelte a caso dall'elenco lungo di parole dell'EFF ({ NUMBER($size) } parole): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bit di entropia. Annotare questa passphrase o conservarla in un gestore di password: non può essere recuperata.
    }
gen-passphrase-hint = Protegge il file della chiave privata se qualcuno lo copia. Lasciarla vuota solo per le chiavi usate dagli script: chiunque abbia un file del genere può usarlo.
gen-mismatch = Le due passphrase non coincidono.
gen-advanced = Avanzate: robustezza della protezione con passphrase
gen-rounds = Round bcrypt di OpenSSH
# $rounds: il numero di round che un salvataggio usa quando il campo resta vuoto.
gen-rounds-hint = Come <code>ssh-keygen -a</code>; { $rounds } è il valore predefinito (OpenSSH 9.4 e successivi); più round rendono la chiave più lenta da forzare e da aprire.
# Prima che Python abbia indicato il valore predefinito.
gen-rounds-hint-unknown = Come <code>ssh-keygen -a</code>; il numero mostrato è il valore predefinito (OpenSSH 9.4 e successivi); più round rendono la chiave più lenta da forzare e da aprire.
gen-ppk-kdf = Derivazione della chiave di PuTTY
gen-kdf-default = Argon2id (predefinito)
gen-argon2-memory = Memoria Argon2 (KiB)
gen-argon2-passes = Passate Argon2
gen-argon2-passes-input =
    .placeholder = auto (circa 0,1 s, come PuTTYgen)
gen-argon2-parallelism = Parallelismo Argon2
gen-generate = Genera chiave
gen-generating = Generazione in corso…
gen-generating-rsa-8192 = Generazione in corso… RSA 8192 e oltre può richiedere un minuto o più.
gen-generating-rsa-4096 = Generazione in corso… RSA 4096 richiede di solito pochi secondi, a volte fino a 15.
gen-generating-dsa = Generazione in corso… DSA richiede alcuni secondi.
# $ms: millisecondi.
gen-generated = Generata in { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Cancellata: la chiave non è più in questa pagina.

## Apri
open-drop = Trascinare qui un file di chiave, oppure
open-choose = Scegliere un file di chiave…
open-formats = File OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, chiavi pubbliche e certificati (<code>-cert.pub</code>). Il file viene letto in questa pagina e non viene mai caricato online.
open-paste = …oppure incollare una chiave
open-passphrase = Questa chiave è protetta. Passphrase:
open-button = Apri chiave
# $name: il nome del file.
open-opening = Apertura di { $name }…
open-opening-later = { $name } verrà aperto quando Python sarà pronto.
open-protected = { $name } è protetto da una passphrase.
open-opened = Aperto: { $name }.
# Gli stessi quattro per una chiave incollata nella casella invece di un file.
open-opening-pasted = Apertura della chiave incollata…
open-opening-later-pasted = La chiave incollata verrà aperta quando Python sarà pronto.
open-protected-pasted = La chiave incollata è protetta da una passphrase.
open-opened-pasted = Chiave incollata aperta.
# $size: megabyte.
file-too-big = { $name } è di { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: non è un file di chiave.
file-too-big-authorized-keys = { $name } è di { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: troppo grande per un file authorized_keys.

## La chiave sullo schermo
result-title = La chiave
# $type: il tipo di chiave (ssh-ed25519); $bits: la sua dimensione, senza separatore delle migliaia; $comment: il suo commento.
result-summary-private = Chiave privata e pubblica: { $type }, { $bits } bit, commento «{ $comment }».
result-summary-public = Solo chiave pubblica: { $type }, { $bits } bit, commento «{ $comment }».
result-public-key = Chiave pubblica, per <code>authorized_keys</code> o per il pannello del provider
result-copy = Copia chiave pubblica
result-copied = Copiata negli appunti.
result-copy-blocked = La copia è stata bloccata: la chiave è selezionata, premere Ctrl+C (⌘C) per copiarla.
result-edit =
    .aria-label = Commento e passphrase
result-comment = Commento
result-change = Modifica
    .aria-label = Modifica commento
result-comment-changed = Commento modificato: salvare di nuovo i file per conservarlo.
result-save-passphrase = Passphrase per i file della chiave privata
result-next = Passaggi successivi: dove vanno i file, su Windows, macOS e Linux
result-systems =
    .aria-label = Sistema operativo
result-os-putty = Windows con PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Verifica della chiave: impronte digitali, randomart, bubblebabble
result-sha256 = Impronta digitale SHA256
result-md5 = Impronta digitale MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), da leggere ad alta voce
result-randomart =
    .aria-label = Immagine randomart dell'impronta digitale della chiave
result-randomart-caption = Randomart, come lo disegna <code>ssh-keygen -lv</code>.
result-send = Invio a un altro dispositivo: la chiave pubblica come codice QR
result-qr-caption = La riga della chiave pubblica come codice QR: inquadrarlo con la fotocamera del telefono o con un'app SSH per portare la chiave pubblica su un altro dispositivo. Non contiene nulla di segreto.
result-qr =
    .aria-label = Codice QR della riga della chiave pubblica
# $bytes: la lunghezza della riga; $limit: quanto contiene il codice QR più grande (2953 byte).
result-qr-too-long = La riga della chiave pubblica è di { NUMBER($bytes, useGrouping: 0) } byte: più di quanto possa contenere un codice QR ({ NUMBER($limit, useGrouping: 0) }). Copiarla, oppure salvare il file della chiave pubblica e trasferire quello.
result-qr-dense = Una chiave lunga produce un codice denso: avvicinare il telefono o ingrandire la pagina.
result-other-formats = Altri formati: PEM, PKCS#8, RFC 4716
result-clear = Cancella — dimentica questa chiave
result-clear-hint = Rimuove la chiave da questa pagina e dalla memoria. I file salvati restano dove sono stati salvati.

## Salvataggio
save-title = Salva
save-openssh = Chiave privata OpenSSH
save-ppk = Chiave privata PuTTY (.ppk)
save-ppk-v2 = Versione 2, per PuTTY precedente alla 0.75
save-public = Chiave pubblica (.pub)
save-pem-title = PEM (OpenSSL, console cloud, librerie)
save-pem = Chiave privata PEM
save-pkcs8 = Chiave privata PKCS#8
save-public-pem = Chiave pubblica PEM
save-rfc4716-title = Chiave pubblica come la salva PuTTYgen
save-rfc4716 = Chiave pubblica (RFC 4716)
save-all-title = Salva tutto (.zip): la chiave privata in più formati, la chiave pubblica e i passaggi successivi
save-all-formats = Formati della chiave privata nel .zip
save-all = Salva tutto (.zip)
save-preparing = Preparazione del file…
save-preparing-zip = Preparazione del .zip…
save-cancelled = Non salvato: la finestra di salvataggio è stata chiusa.
# $error: il motivo indicato dal browser.
save-not-written = { $filename } non è stato scritto: { $error }
# $how: «written» (la finestra di salvataggio) o «downloaded»; $protection: «passphrase», «none»
# (una chiave privata senza passphrase) o «public».
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Salvato: { $filename }, protetto dalla passphrase.
            [none] Salvato: { $filename }, senza passphrase.
           *[public] Salvato: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Salvato nei download: { $filename }, protetto dalla passphrase.
            [none] Salvato nei download: { $filename }, senza passphrase.
           *[public] Salvato nei download: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Salvato: { $filename }, chiavi private protette dalla passphrase.
           *[none] Salvato: { $filename }, chiavi private senza passphrase.
        }
       *[downloaded] { $protection ->
            [passphrase] Salvato nei download: { $filename }, chiavi private protette dalla passphrase.
           *[none] Salvato nei download: { $filename }, chiavi private senza passphrase.
        }
    }
save-unsaved = Non ancora salvata: salvare la chiave privata prima di uscire.
save-unsaved-comment = Non ancora salvato: il nuovo commento esiste solo in questa pagina. Salvare di nuovo la chiave privata per conservarlo.

## Passaggi successivi (un elenco per sistema)
help-dashboard = Copiare la chiave pubblica qui sopra e incollarla dove il provider chiede una chiave SSH (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; un server: una nuova riga in <code>{ $authorized }</code>).
# $type: un tipo di chiave che OpenSSH non accetta (ssh-ed448).
help-openssh-refuses = Nota: OpenSSH non accetta chiavi { $type }. Usarla con PuTTY, oppure creare una chiave Ed25519 per OpenSSH.
# $folder: dove vanno i file (~/.ssh/); $file, $pub: i nomi dei due file.
help-save-openssh = Salvare la <strong>chiave privata</strong> e la <strong>chiave pubblica</strong> OpenSSH in <code>{ $folder }</code> come <code>{ $file }</code> e <code>{ $pub }</code>.
help-save-openssh-windows = Salvare la <strong>chiave privata</strong> e la <strong>chiave pubblica</strong> OpenSSH in <code>{ $folder }</code> (creando la cartella se necessario) come <code>{ $file }</code> e <code>{ $pub }</code>.
help-chmod = Rendere la chiave privata leggibile solo dal proprio utente: <code>{ $command }</code> (ssh rifiuta le chiavi che altri possono leggere).
# $ppk: il nome del file .ppk. «Add Key» e «Private key file for authentication» sono le parole di PuTTY (non tradotte).
help-putty-save = Salvare la <strong>chiave privata PuTTY (.ppk)</strong> come { $ppk } in una posizione leggibile solo dal proprio utente, come la cartella Documenti.
help-putty-pageant = Aprire Pageant (l'agente di chiavi di PuTTY, nell'area di notifica), scegliere <strong>Add Key</strong> e selezionare { $ppk }; PuTTY, WinSCP e FileZilla la useranno automaticamente.
help-putty-auth = Oppure, in PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Salvare la sessione per non doverla scegliere di nuovo.
help-putty-old = PuTTY vecchio (prima della 0.75), WinSCP o FileZilla che non riconoscono il file: salvare di nuovo con «Versione 2» (.ppk versione 2) selezionato.
# $service, $add: righe di comando di PowerShell.
help-windows-agent = Facoltativo, per digitare la passphrase una sola volta per sessione: in un PowerShell da amministratore eseguire <code>{ $service }</code>, poi con il proprio utente <code>{ $add }</code>.
help-windows-connect = Connettersi con <code>{ $command }</code> (il -i non serve se il file ha questo nome standard).
help-macos-keychain = Conservare la passphrase nel portachiavi: <code>{ $command }</code>.
help-macos-connect = Connettersi con <code>{ $ssh }</code>, oppure copiare la chiave su un server con <code>{ $copy }</code>.
help-linux-agent = Caricarla nell'agente per questa sessione: <code>{ $command }</code>.
help-linux-connect = Copiare la chiave su un server con <code>{ $copy }</code>, poi connettersi con <code>{ $ssh }</code>.

## Modalità incorporata: «Usa questa chiave» invia la chiave pubblica alla pagina che contiene il generatore
# $origin: un'origine web (https://docs.example.com).
embed-use = Usa questa chiave
embed-use-hint = Invia la riga della chiave pubblica qui sopra a { $origin }, la pagina che contiene questo generatore. Mai la chiave privata.
embed-refused-no-origin = Da qui non viene inviato nulla: la pagina che contiene questo generatore non ha indicato un'origine web valida a cui inviare la chiave pubblica.
embed-refused-not-framed = Da qui non viene inviato nulla: questa pagina non è all'interno di un'altra pagina.
embed-refused-other-parent = Da qui non viene inviato nulla: questo generatore è all'interno di una pagina di { $parent }, che non è { $origin }.
embed-sent = Inviata a { $origin }.

## Il modulo e la tabella della scheda di controllo (markup statico; le parole del controllo sono in checkup.ftl)
page-check-drop = Trascinare qui un file <code>authorized_keys</code> o <code>known_hosts</code>, oppure
page-check-choose = Scegliere un file…
page-check-paste = …oppure incollarne le righe
page-check-hint = Solo chiavi pubbliche: ogni riga viene letta in questa pagina e non viene mai caricata online.
page-check-run = Controlla le righe
page-check-caption = Ogni riga di chiave, la sua chiave e ciò che ha trovato il controllo
page-check-col-line = Riga
page-check-col-key = Chiave
page-check-col-sha256 = Impronta digitale SHA256
page-check-col-comment = Commento
page-check-col-options = Opzioni o host
page-check-col-findings = Risultati

## Il controllo della chiave (markup statico sotto i salvataggi)
page-check-clean = Niente da segnalare: la chiave e il modo in cui è stata conservata rispettano le raccomandazioni attuali.
page-check-fix-resave = Salva con protezione moderna
page-check-fix-new-key = Crea una nuova chiave (stesso commento)
# $rounds: i round bcrypt che un salvataggio usa per impostazione predefinita (16).
page-check-fix-resave-hint = «Salva con protezione moderna» usa la passphrase qui sopra: formato OpenSSH con { $rounds } round bcrypt, oppure .ppk v3 (Argon2id) per una chiave aperta da un .ppk.
page-check-fix-resave-hint-unknown = «Salva con protezione moderna» usa la passphrase qui sopra: formato OpenSSH con il numero di round bcrypt predefinito di ssh-keygen, oppure .ppk v3 (Argon2id) per una chiave aperta da un .ppk.

## Il certificato della chiave (markup statico sotto i salvataggi)
page-cert-save = Salva il certificato (-cert.pub)
page-cert-attach = Allegare un certificato di questa chiave (<code>-cert.pub</code>): il .ppk salvato lo includerà, come fa l'opzione <code>--certificate</code> di PuTTYgen
page-cert-choose = Scegliere un certificato…
page-cert-attach-button = Allega
page-cert-remove = Rimuovi il certificato

## La scheda Certificati (markup statico; i suoi messaggi sono in certs.ftl)
page-cert-sign-title = Firma di un certificato
page-cert-about = Un certificato OpenSSH consente a una chiave di accedere ovunque la sua autorità di certificazione (CA) sia considerata attendibile (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), come lo crea <code>ssh-keygen -s</code>.
page-cert-ca = Chiave della CA (la sua chiave privata)
page-cert-ca-choose = Scegliere la chiave della CA…
page-cert-paste-it = …oppure incollarla
page-cert-ca-passphrase = La chiave della CA è protetta. Passphrase:
page-cert-ca-open = Apri la chiave della CA
page-cert-ca-forget = Dimentica la chiave della CA
page-cert-subjects = Chiavi pubbliche da firmare
page-cert-subjects-choose = Scegliere le chiavi pubbliche…
page-cert-subjects-paste = …oppure incollarle, una per riga
page-cert-certificate = Certificato
page-cert-user = Certificato utente
page-cert-host = Certificato host (<code>-h</code>)
page-cert-identity = Identità della chiave (<code>-I</code>)
page-cert-identity-hint = Scritta nel log del server quando il certificato viene usato, per esempio <code>alice@example.com</code>.
page-cert-principals = Principal (<code>-n</code>), separati da virgole
page-cert-principals-hint = I nomi utente (o, per un host, i nomi host) per cui è valido.
page-cert-validity = Valido (<code>-V</code>)
page-cert-for-hour = per 1 ora
page-cert-for-day = per 1 giorno
page-cert-for-week = per 1 settimana
page-cert-for-52-weeks = per 52 settimane
page-cert-forever = per sempre
page-cert-between = tra queste date…
page-cert-from = Da (vuoto: da sempre)
page-cert-to = A (vuoto: per sempre)
page-cert-serial = Numero di serie (<code>-z</code>)
page-cert-options = Opzioni per un certificato utente (<code>-O</code>)
page-cert-x11 = Inoltro X11
page-cert-agent = Inoltro dell'agente
page-cert-port = Inoltro delle porte
page-cert-pty = Un terminale (pty)
page-cert-force-command = Comando forzato (<code>force-command</code>)
page-cert-source-address = Solo da questi indirizzi (<code>source-address</code>, CIDR, separati da virgole)
page-cert-sign = Firma
page-cert-inspect-title = Esame di un certificato
page-cert-inspect = Esamina
