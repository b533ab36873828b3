# Die Wörter der Seite auf Deutsch, übersetzt aus dem englischen Katalog.
# Platzhalter ({ $name }) enthalten Dateinamen, Zahlen und Schlüsselmaterial: nie übersetzen.
# Meldungen mit <code>, <strong> oder <em> behalten diese Tags (die Seite zeigt sie als solche an); was
# in <code> steht, ist ein Befehl, ein Dateiname oder eine Option: nie übersetzen.

## Die Seite um die Ansichten: Titel, Kopfzeile, Laden, Fußzeile
site-page-title = SSH-Schlüsselgenerator – private Schlüssel verlassen nie Ihren Browser
site-skip = Zum Generator springen
site-title = SSH-Schlüsselgenerator
site-tagline = SSH-Schlüssel für OpenSSH und PuTTY erzeugen, öffnen und umwandeln: Ihr privater Schlüssel und Ihre Passphrase verlassen diese Seite nie.
# Einbettungsmodus: die Zeile über dem Generator in der Seite einer anderen Website.
site-embed-about = SSH-Schlüsselgenerator: Die Schlüssel werden in Ihrem Browser erzeugt, privater Schlüssel und Passphrase werden nirgendwohin gesendet.
site-footer = Nach dem Laden kein Netzwerkzugriff, keine Cookies, keine Datenspeicherung, keine Analyse: Die Schlüssel entstehen mit der Kryptografie Ihres Browsers und mit Python, das auf dieser Seite läuft.
language-menu-label = Sprache
site-update = Eine neue Version dieser Seite ist bereit. Speichern Sie zuerst Ihren Schlüssel: Neu laden verwirft ihn.
site-update-reload = Jetzt neu laden

load-starting = Der Schlüsselgenerator wird geladen…
load-ready = Bereit. Nichts, was Sie hier tun, verlässt diese Seite.
# $loaded und $total: bisher heruntergeladene Megabyte und die Gesamtmenge.
load-progress = { $stage ->
        [python] Python wird geladen… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } von { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] sshkeys wird gestartet… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } von { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Bereit… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } von { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Wird gestartet… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } von { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# Dasselbe, solange die Größe des Downloads noch unbekannt ist.
load-stage = { $stage ->
        [python] Python wird geladen…
        [sshkeys] sshkeys wird gestartet…
        [ready] Bereit…
       *[starting] Wird gestartet…
    }
# Nach dem, was angefordert wurde (Wird erzeugt…, id_rsa wird geöffnet…), während Python lädt;
# $progress ist die Ladezeile (load-progress oder load-stage).
load-waiting = Python wird noch geladen ({ $progress }).
# $error: der Grund, in den Worten des Browsers oder des Laders.
load-python-failed = Python konnte nicht starten: { $error } Laden Sie die Seite neu, um es noch einmal zu versuchen.
load-worker-failed = Der Schlüssel-Worker konnte nicht starten: { $error } Laden Sie die Seite neu, um es noch einmal zu versuchen.
load-worker-failed-plain = Der Schlüssel-Worker konnte nicht starten. Laden Sie die Seite neu, um es noch einmal zu versuchen.
load-no-script = Die Seite nennt ihren { $role ->
        [rater] Bewerter
       *[worker] Worker
    } nicht.
# $name: der Dateiname eines Skripts (worker.js).
load-fetch-failed = { $name } konnte nicht abgerufen werden oder hat die Integritätsprüfung nicht bestanden ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Der Schlüssel-Worker wurde beendet.
load-rater-stopped = Der Bewerter wurde beendet.
load-rater-failed = Der Bewerter ist ausgefallen.
# Sekunden seit dem Start einer langen Aufgabe, neben ihrem Status.
busy-elapsed = { $seconds } s

## Die Tabs
tabs-main =
    .aria-label = Was möchten Sie tun?
tabs-generate = Neuen Schlüssel erzeugen
tabs-open = Vorhandenen Schlüssel öffnen
tabs-check = authorized_keys prüfen
tabs-certs = Zertifikate

## Erzeugen
gen-type = Schlüsseltyp
gen-badge-recommended = empfohlen
gen-badge-experimental = experimentell
gen-badge-deprecated = veraltet
gen-badge-putty-only = nur PuTTY
gen-about-ed25519 = Kurz und modern: OpenSSH, PuTTY, GitHub und GitLab akzeptieren ihn.
gen-about-rsa = Für ältere Server und Dienste, die RSA verlangen.
gen-about-ecdsa = NIST-Kurven, für Richtlinien, die sie vorschreiben.
gen-other-types = Weitere Typen: Post-Quanten (experimentell), veraltet
gen-about-mldsa = Post-Quanten. Nur OpenSSH 10.4 und neuer verwenden ihn, wenn aktiviert; PuTTY nicht.
gen-about-dsa = Nur für sehr alte Systeme: OpenSSH 10 akzeptiert keine DSA-Schlüssel mehr.
gen-about-ed448 = PuTTY akzeptiert ihn, OpenSSH nicht.
gen-unsupported = In diesem Browser nicht verfügbar: Seine Kryptografie-Bibliothek bietet diesen Typ nicht an.
gen-types-unavailable = Die Seite um diesen Generator hat Schlüsseltypen verlangt, die hier nicht verfügbar sind, daher werden alle Typen angeboten. Prüfen Sie, welchen Typ Ihr Server oder Dienst akzeptiert.
gen-rsa-size = RSA-Schlüssellänge
# $bits: eine Schlüssellänge (2048), ohne Tausendertrennzeichen.
gen-bits = { $bits } Bit
gen-bits-recommended = { $bits } Bit (empfohlen für RSA)
gen-bits-slow = { $bits } Bit (langsam)
gen-curve = Kurve
gen-comment = Kommentar
gen-comment-hint = Wird neben dem Schlüssel in <code>authorized_keys</code>, PuTTY und Verwaltungsoberflächen angezeigt: Etwas wie <code>you@laptop</code> hilft, Ihre Schlüssel auseinanderzuhalten.
gen-passphrase = Passphrase
gen-passphrase-confirm = Passphrase bestätigen
gen-show-passphrase = Passphrase anzeigen
gen-suggest-label = Vorschlag mit
gen-suggest-words = { $words ->
        [one] { $words } Wort
       *[other] { $words } Wörtern
    }
gen-suggest = Passphrase vorschlagen
# $size: wie viele Wörter die Liste hat (7.776); $bits: die Entropie der Passphrase.
gen-suggested = { $words ->
        [one] Ein zufällig gewähltes Wort aus der großen EFF-Wortliste ({ NUMBER($size) } Wörter): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Bit Entropie. Schreiben Sie sie auf oder bewahren Sie sie in einem Passwort-Manager auf: Sie lässt sich nicht wiederherstellen.
       *[other] { $words } zufällig gewählte Wörter aus der großen EFF-Wortliste ({ NUMBER($size) } Wörter): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Bit Entropie. Schreiben Sie sie auf oder bewahren Sie sie in einem Passwort-Manager auf: Sie lässt sich nicht wiederherstellen.
    }
gen-passphrase-hint = Schützt die Datei mit dem privaten Schlüssel, falls jemand sie kopiert. Lassen Sie sie nur für Schlüssel leer, die Skripte verwenden: Wer eine solche Datei hat, kann sie benutzen.
gen-mismatch = Die beiden Passphrasen stimmen nicht überein.
gen-advanced = Erweitert: Stärke des Passphrase-Schutzes
gen-rounds = OpenSSH-bcrypt-Runden
# $rounds: die Zahl der Runden, die beim Speichern gilt, wenn das Feld leer bleibt.
gen-rounds-hint = Wie <code>ssh-keygen -a</code>; { $rounds } ist der Standardwert (OpenSSH 9.4 und neuer), mehr macht das Knacken und das Öffnen langsamer.
# Bevor Python den Standardwert mitgeteilt hat.
gen-rounds-hint-unknown = Wie <code>ssh-keygen -a</code>; die angezeigte Zahl ist der Standardwert (OpenSSH 9.4 und neuer), mehr macht das Knacken und das Öffnen langsamer.
gen-ppk-kdf = PuTTY-Schlüsselableitung
gen-kdf-default = Argon2id (Standard)
gen-argon2-memory = Argon2-Speicher (KiB)
gen-argon2-passes = Argon2-Durchläufe
gen-argon2-passes-input =
    .placeholder = automatisch (etwa 0,1 s, wie PuTTYgen)
gen-argon2-parallelism = Argon2-Parallelität
gen-generate = Schlüssel erzeugen
gen-generating = Wird erzeugt…
gen-generating-rsa-8192 = Wird erzeugt… RSA 8192 und größer kann eine Minute oder länger dauern.
gen-generating-rsa-4096 = Wird erzeugt… RSA 4096 dauert meist einige Sekunden, gelegentlich bis zu 15.
gen-generating-dsa = Wird erzeugt… DSA dauert einige Sekunden.
# $ms: Millisekunden.
gen-generated = In { NUMBER($ms, useGrouping: 0) } ms erzeugt.
gen-cleared = Geleert: Der Schlüssel ist von dieser Seite entfernt.

## Öffnen
open-drop = Legen Sie eine Schlüsseldatei hier ab oder
open-choose = Schlüsseldatei auswählen…
open-formats = Dateien von OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, öffentliche Schlüssel und Zertifikate (<code>-cert.pub</code>). Die Datei wird auf dieser Seite gelesen und nie hochgeladen.
open-paste = …oder einen Schlüssel einfügen
open-passphrase = Dieser Schlüssel ist geschützt. Passphrase:
open-button = Schlüssel öffnen
# $name: der Name der Datei.
open-opening = { $name } wird geöffnet…
open-opening-later = { $name } wird geöffnet, sobald Python bereit ist.
open-protected = { $name } ist durch eine Passphrase geschützt.
open-opened = { $name } geöffnet.
# Dieselben vier für einen in das Feld eingefügten Schlüssel statt einer Datei.
open-opening-pasted = Der eingefügte Schlüssel wird geöffnet…
open-opening-later-pasted = Der eingefügte Schlüssel wird geöffnet, sobald Python bereit ist.
open-protected-pasted = Der eingefügte Schlüssel ist durch eine Passphrase geschützt.
open-opened-pasted = Der eingefügte Schlüssel wurde geöffnet.
# $size: Megabyte.
file-too-big = { $name } ist { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß: Das ist keine Schlüsseldatei.
file-too-big-authorized-keys = { $name } ist { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß: zu groß für eine authorized_keys-Datei.

## Der angezeigte Schlüssel
result-title = Ihr Schlüssel
# $type: der Schlüsseltyp (ssh-ed25519); $bits: seine Länge, ohne Tausendertrennzeichen; $comment: sein Kommentar.
result-summary-private = Privater und öffentlicher Schlüssel: { $type }, { $bits } Bit, Kommentar „{ $comment }“.
result-summary-public = Nur öffentlicher Schlüssel: { $type }, { $bits } Bit, Kommentar „{ $comment }“.
result-public-key = Öffentlicher Schlüssel, für <code>authorized_keys</code> oder die Verwaltung Ihres Anbieters
result-copy = Öffentlichen Schlüssel kopieren
result-copied = In die Zwischenablage kopiert.
result-copy-blocked = Das Kopieren wurde blockiert: Der Schlüssel ist markiert, drücken Sie Strg+C (⌘C), um ihn zu kopieren.
result-edit =
    .aria-label = Kommentar und Passphrase
result-comment = Kommentar
result-change = Ändern
    .aria-label = Kommentar ändern
result-comment-changed = Kommentar geändert: Speichern Sie die Dateien erneut, um ihn zu übernehmen.
result-save-passphrase = Passphrase für die Dateien des privaten Schlüssels
result-next = Nächste Schritte: wohin die Dateien gehören, unter Windows, macOS und Linux
result-systems =
    .aria-label = Ihr System
result-os-putty = Windows mit PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Schlüssel überprüfen: Fingerabdrücke, Randomart, Bubblebabble
result-sha256 = SHA256-Fingerabdruck
result-md5 = MD5-Fingerabdruck
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), zum Vorlesen
result-randomart =
    .aria-label = Randomart-Bild des Schlüssel-Fingerabdrucks
result-randomart-caption = Randomart, wie <code>ssh-keygen -lv</code> es zeichnet.
result-send = An ein anderes Gerät senden: der öffentliche Schlüssel als QR-Code
result-qr-caption = Die Zeile des öffentlichen Schlüssels als QR-Code: Scannen Sie ihn mit der Kamera oder einer SSH-App eines Telefons, um den öffentlichen Schlüssel auf ein anderes Gerät zu übertragen. Er enthält nichts Geheimes.
result-qr =
    .aria-label = QR-Code der Zeile des öffentlichen Schlüssels
# $bytes: die Länge der Zeile; $limit: was der größte QR-Code fasst (2953 Bytes).
result-qr-too-long = Die Zeile des öffentlichen Schlüssels ist { NUMBER($bytes, useGrouping: 0) } Bytes lang: mehr, als ein QR-Code fasst ({ NUMBER($limit, useGrouping: 0) }). Kopieren Sie sie oder speichern Sie die Datei des öffentlichen Schlüssels und übertragen Sie diese.
result-qr-dense = Ein langer Schlüssel ergibt einen dichten Code: Halten Sie das Telefon nah heran oder vergrößern Sie die Seite.
result-other-formats = Weitere Formate: PEM, PKCS#8, RFC 4716
result-clear = Leeren – diesen Schlüssel vergessen
result-clear-hint = Entfernt den Schlüssel von dieser Seite und aus dem Speicher. Gespeicherte Dateien bleiben, wo Sie sie gespeichert haben.

## Speichern
save-title = Speichern
save-openssh = Privater OpenSSH-Schlüssel
save-ppk = Privater PuTTY-Schlüssel (.ppk)
save-ppk-v2 = Version 2, für PuTTY vor 0.75
save-public = Öffentlicher Schlüssel (.pub)
save-pem-title = PEM (OpenSSL, Cloud-Konsolen, Bibliotheken)
save-pem = Privater PEM-Schlüssel
save-pkcs8 = Privater PKCS#8-Schlüssel
save-public-pem = Öffentlicher PEM-Schlüssel
save-rfc4716-title = Öffentlicher Schlüssel, wie PuTTYgen ihn speichert
save-rfc4716 = Öffentlicher Schlüssel (RFC 4716)
save-all-title = Alles speichern (.zip): der private Schlüssel in mehreren Formaten, der öffentliche Schlüssel und die nächsten Schritte
save-all-formats = Formate des privaten Schlüssels in der .zip
save-all = Alles speichern (.zip)
save-preparing = Datei wird vorbereitet…
save-preparing-zip = .zip wird vorbereitet…
save-cancelled = Nicht gespeichert: Der Speichern-Dialog wurde geschlossen.
# $error: der Grund laut Browser.
save-not-written = { $filename } wurde nicht geschrieben: { $error }
# $how: "written" (der Speichern-Dialog) oder "downloaded"; $protection: "passphrase", "none"
# (ein privater Schlüssel ohne Passphrase) oder "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] { $filename } gespeichert, geschützt durch Ihre Passphrase.
            [none] { $filename } gespeichert, ohne Passphrase.
           *[public] { $filename } gespeichert.
        }
       *[downloaded] { $protection ->
            [passphrase] In Ihren Downloads gespeichert: { $filename }, geschützt durch Ihre Passphrase.
            [none] In Ihren Downloads gespeichert: { $filename }, ohne Passphrase.
           *[public] In Ihren Downloads gespeichert: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] { $filename } gespeichert, private Schlüssel durch Ihre Passphrase geschützt.
           *[none] { $filename } gespeichert, private Schlüssel ohne Passphrase.
        }
       *[downloaded] { $protection ->
            [passphrase] In Ihren Downloads gespeichert: { $filename }, private Schlüssel durch Ihre Passphrase geschützt.
           *[none] In Ihren Downloads gespeichert: { $filename }, private Schlüssel ohne Passphrase.
        }
    }
save-unsaved = Noch nicht gespeichert: Speichern Sie den privaten Schlüssel, bevor Sie die Seite verlassen.
save-unsaved-comment = Noch nicht gespeichert: Der neue Kommentar existiert nur auf dieser Seite. Speichern Sie den privaten Schlüssel erneut, um ihn zu übernehmen.

## Nächste Schritte (eine Liste je System)
help-dashboard = Kopieren Sie den öffentlichen Schlüssel oben und fügen Sie ihn dort ein, wo Ihr Anbieter nach einem SSH-Schlüssel fragt (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; ein Server: eine neue Zeile in <code>{ $authorized }</code>).
# $type: ein Schlüsseltyp, den OpenSSH nicht akzeptiert (ssh-ed448).
help-openssh-refuses = Hinweis: OpenSSH akzeptiert keine { $type }-Schlüssel. Verwenden Sie ihn mit PuTTY oder erzeugen Sie einen Ed25519-Schlüssel für OpenSSH.
# $folder: wohin die Dateien gehören (~/.ssh/); $file, $pub: die Namen der beiden Dateien.
help-save-openssh = Speichern Sie den <strong>privaten</strong> und den <strong>öffentlichen</strong> OpenSSH-Schlüssel in <code>{ $folder }</code> als <code>{ $file }</code> und <code>{ $pub }</code>.
help-save-openssh-windows = Speichern Sie den <strong>privaten</strong> und den <strong>öffentlichen</strong> OpenSSH-Schlüssel in <code>{ $folder }</code> (legen Sie den Ordner bei Bedarf an) als <code>{ $file }</code> und <code>{ $pub }</code>.
help-chmod = Machen Sie den privaten Schlüssel nur für Sie lesbar: <code>{ $command }</code> (ssh lehnt Schlüssel ab, die andere lesen können).
# $ppk: der Name der .ppk-Datei. „Add Key“ und „Private key file for authentication“ sind die Wörter von PuTTY.
help-putty-save = Speichern Sie den <strong>privaten PuTTY-Schlüssel (.ppk)</strong> als { $ppk } an einem Ort, den nur Sie lesen können, etwa in Ihrem Ordner „Dokumente“.
help-putty-pageant = Öffnen Sie Pageant (den Schlüssel-Agenten von PuTTY, im Infobereich der Taskleiste), wählen Sie <strong>Add Key</strong> und dann { $ppk }; PuTTY, WinSCP und FileZilla verwenden ihn danach automatisch.
help-putty-auth = Oder in PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Speichern Sie die Sitzung, damit Sie die Datei nicht erneut auswählen müssen.
help-putty-old = Wenn ein altes PuTTY (vor 0.75), WinSCP oder FileZilla meldet, dass die Datei nicht erkannt wird: Speichern Sie erneut mit aktivierter Option „Version 2“ für die .ppk.
# $service, $add: PowerShell-Befehlszeilen.
help-windows-agent = Optional, um die Passphrase nur einmal pro Sitzung einzugeben: Führen Sie in einer PowerShell mit Administratorrechten <code>{ $service }</code> aus, dann als Sie selbst <code>{ $add }</code>.
help-windows-connect = Verbinden Sie sich mit <code>{ $command }</code> (-i ist nicht nötig, wenn die Datei diesen Standardnamen hat).
help-macos-keychain = Bewahren Sie die Passphrase in Ihrem Schlüsselbund auf: <code>{ $command }</code>.
help-macos-connect = Verbinden Sie sich mit <code>{ $ssh }</code> oder kopieren Sie den Schlüssel mit <code>{ $copy }</code> auf einen Server.
help-linux-agent = Laden Sie ihn für diese Sitzung in Ihren Agenten: <code>{ $command }</code>.
help-linux-connect = Kopieren Sie den Schlüssel mit <code>{ $copy }</code> auf einen Server und verbinden Sie sich dann mit <code>{ $ssh }</code>.

## Einbettungsmodus: „Diesen Schlüssel verwenden“ sendet den öffentlichen Schlüssel an die Seite um den Generator
# $origin: ein Web-Origin (https://docs.example.com).
embed-use = Diesen Schlüssel verwenden
embed-use-hint = Sendet die Zeile des öffentlichen Schlüssels oben an { $origin }, die Seite um diesen Generator. Niemals den privaten Schlüssel.
embed-refused-no-origin = Von hier wird nichts gesendet: Die Seite um diesen Generator hat keinen gültigen Web-Origin genannt, an den der öffentliche Schlüssel gehen soll.
embed-refused-not-framed = Von hier wird nichts gesendet: Diese Seite ist nicht in eine andere Seite eingebettet.
embed-refused-other-parent = Von hier wird nichts gesendet: Dieser Generator ist in eine Seite von { $parent } eingebettet, nicht von { $origin }.
embed-sent = An { $origin } gesendet.

## Formular und Tabelle des Tabs „authorized_keys prüfen“ (statisches Markup; die Wörter der Prüfung stehen in checkup.ftl)
page-check-drop = Legen Sie eine <code>authorized_keys</code>- oder <code>known_hosts</code>-Datei hier ab oder
page-check-choose = Datei auswählen…
page-check-paste = …oder ihre Zeilen einfügen
page-check-hint = Nur öffentliche Schlüssel: Jede Zeile wird auf dieser Seite gelesen und nie hochgeladen.
page-check-run = Zeilen prüfen
page-check-caption = Jede Schlüsselzeile, ihr Schlüssel und was die Prüfung gefunden hat
page-check-col-line = Zeile
page-check-col-key = Schlüssel
page-check-col-sha256 = SHA256-Fingerabdruck
page-check-col-comment = Kommentar
page-check-col-options = Optionen oder Hosts
page-check-col-findings = Befunde

## Die Prüfung des Schlüssels (statisches Markup unter den Speicheroptionen)
page-check-clean = Nichts zu melden: Der Schlüssel und die Art, wie er gespeichert wurde, entsprechen den aktuellen Empfehlungen.
page-check-fix-resave = Mit modernem Schutz speichern
page-check-fix-new-key = Neuen Schlüssel erzeugen (gleicher Kommentar)
# $rounds: die bcrypt-Runden, die beim Speichern standardmäßig gelten (16).
page-check-fix-resave-hint = „Mit modernem Schutz speichern“ verwendet die Passphrase oben: OpenSSH-Format mit { $rounds } bcrypt-Runden oder eine .ppk v3 (Argon2id) für einen aus einer .ppk geöffneten Schlüssel.
page-check-fix-resave-hint-unknown = „Mit modernem Schutz speichern“ verwendet die Passphrase oben: OpenSSH-Format mit der Standardzahl an bcrypt-Runden von ssh-keygen oder eine .ppk v3 (Argon2id) für einen aus einer .ppk geöffneten Schlüssel.

## Das Zertifikat des Schlüssels (statisches Markup unter den Speicheroptionen)
page-cert-save = Zertifikat speichern (-cert.pub)
page-cert-attach = Ein Zertifikat dieses Schlüssels anhängen (<code>-cert.pub</code>): Die .ppk, die Sie dann speichern, enthält es, wie bei <code>--certificate</code> von PuTTYgen
page-cert-choose = Zertifikat auswählen…
page-cert-attach-button = Anhängen
page-cert-remove = Zertifikat entfernen

## Der Tab „Zertifikate“ (statisches Markup; seine Meldungen stehen in certs.ftl)
page-cert-sign-title = Ein Zertifikat signieren
page-cert-about = Ein OpenSSH-Zertifikat erlaubt einem Schlüssel die Anmeldung überall dort, wo seiner Zertifizierungsstelle (CA) vertraut wird (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), so wie <code>ssh-keygen -s</code> es erstellt.
page-cert-ca = CA-Schlüssel (sein privater Schlüssel)
page-cert-ca-choose = CA-Schlüssel auswählen…
page-cert-paste-it = …oder einfügen
page-cert-ca-passphrase = Der CA-Schlüssel ist geschützt. Passphrase:
page-cert-ca-open = CA-Schlüssel öffnen
page-cert-ca-forget = CA-Schlüssel vergessen
page-cert-subjects = Zu signierende öffentliche Schlüssel
page-cert-subjects-choose = Öffentliche Schlüssel auswählen…
page-cert-subjects-paste = …oder einfügen, einer pro Zeile
page-cert-certificate = Zertifikat
page-cert-user = Benutzerzertifikat
page-cert-host = Host-Zertifikat (<code>-h</code>)
page-cert-identity = Schlüsselidentität (<code>-I</code>)
page-cert-identity-hint = Wird ins Protokoll des Servers geschrieben, wenn das Zertifikat verwendet wird, z. B. <code>alice@example.com</code>.
page-cert-principals = Principals (<code>-n</code>), durch Kommas getrennt
page-cert-principals-hint = Die Benutzernamen (oder, für einen Host, die Hostnamen), für die es gilt.
page-cert-validity = Gültig (<code>-V</code>)
page-cert-for-hour = 1 Stunde
page-cert-for-day = 1 Tag
page-cert-for-week = 1 Woche
page-cert-for-52-weeks = 52 Wochen
page-cert-forever = unbefristet
page-cert-between = zwischen diesen Daten…
page-cert-from = Von (leer: schon immer)
page-cert-to = Bis (leer: unbefristet)
page-cert-serial = Seriennummer (<code>-z</code>)
page-cert-options = Optionen für ein Benutzerzertifikat (<code>-O</code>)
page-cert-x11 = X11-Weiterleitung
page-cert-agent = Agent-Weiterleitung
page-cert-port = Port-Weiterleitung
page-cert-pty = Ein Terminal (pty)
page-cert-force-command = Befehl erzwingen (<code>force-command</code>)
page-cert-source-address = Nur von diesen Adressen (<code>source-address</code>, CIDR, durch Kommas getrennt)
page-cert-sign = Signieren
page-cert-inspect-title = Ein Zertifikat ansehen
page-cert-inspect = Ansehen
