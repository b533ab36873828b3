# De woorden van de pagina in het Nederlands, vertaald uit de Engelse catalogus.
# Placeables ({ $name }) bevatten bestandsnamen, getallen en sleutelmateriaal: nooit vertalen.
# Meldingen met <code>, <strong> of <em> behouden die tags (de pagina toont ze als zodanig); wat
# binnen <code> staat, is een opdracht, een bestandsnaam of een optie: nooit vertalen.

## De pagina rond de weergaven: titel, koptekst, laden, voettekst
site-page-title = SSH-sleutelgenerator — privésleutels verlaten nooit uw browser
site-skip = Naar de generator
site-title = SSH-sleutelgenerator
site-tagline = Maak, open en converteer SSH-sleutels voor OpenSSH en PuTTY: uw privésleutel en wachtwoordzin verlaten deze pagina nooit.
# Insluitmodus: de regel boven de generator op de pagina van een andere site.
site-embed-about = SSH-sleutelgenerator: sleutels worden in uw browser gemaakt, en de privésleutel en wachtwoordzin worden nergens naartoe gestuurd.
site-footer = Geen netwerkgebruik na het laden, geen cookies, geen opslag, geen analyse: sleutels worden gemaakt met de cryptografie van uw browser en met Python dat op deze pagina draait.
language-menu-label = Taal
site-update = Er is een nieuwe versie van deze pagina klaar. Sla eerst uw sleutel op: opnieuw laden wist hem.
site-update-reload = Nu opnieuw laden

load-starting = De sleutelgenerator wordt geladen…
load-ready = Klaar. Niets wat u hier doet, verlaat deze pagina.
# $loaded en $total: het aantal tot nu toe gedownloade megabytes, en het totaal.
load-progress = { $stage ->
        [python] Python laden… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } van { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] sshkeys starten… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } van { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Klaar… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } van { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Starten… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } van { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# Hetzelfde, zolang de grootte van de download nog onbekend is.
load-stage = { $stage ->
        [python] Python laden…
        [sshkeys] sshkeys starten…
        [ready] Klaar…
       *[starting] Starten…
    }
# Getoond na wat de gebruiker vroeg (Bezig met genereren…, id_rsa openen…) terwijl Python laadt;
# $progress is de laadregel (load-progress of load-stage).
load-waiting = Python wordt nog geladen ({ $progress }).
# $error: de reden, in de woorden van de browser of de lader.
load-python-failed = Python kon niet starten: { $error } Laad de pagina opnieuw om het nog eens te proberen.
load-worker-failed = De sleutelworker kon niet starten: { $error } Laad de pagina opnieuw om het nog eens te proberen.
load-worker-failed-plain = De sleutelworker kon niet starten. Laad de pagina opnieuw om het nog eens te proberen.
load-no-script = De pagina noemt haar { $role ->
        [rater] beoordelaar
       *[worker] worker
    } niet.
# $name: de bestandsnaam van een script (worker.js).
load-fetch-failed = { $name } kon niet worden opgehaald of heeft de integriteitscontrole niet doorstaan ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = De sleutelworker is gestopt.
load-rater-stopped = De beoordelaar is gestopt.
load-rater-failed = De beoordelaar is vastgelopen.
# Seconden sinds een lange taak is begonnen, naast de status ervan.
busy-elapsed = { $seconds } s

## De tabbladen
tabs-main =
    .aria-label = Wat wilt u doen?
tabs-generate = Een nieuwe sleutel genereren
tabs-open = Een bestaande sleutel openen
tabs-check = authorized_keys controleren
tabs-certs = Certificaten

## Genereren
gen-type = Sleuteltype
gen-badge-recommended = aanbevolen
gen-badge-experimental = experimenteel
gen-badge-deprecated = verouderd
gen-badge-putty-only = alleen PuTTY
gen-about-ed25519 = Kort en modern: OpenSSH, PuTTY, GitHub en GitLab accepteren hem.
gen-about-rsa = Voor oudere servers en diensten die om RSA vragen.
gen-about-ecdsa = NIST-curves, voor beleid dat ze vereist.
gen-other-types = Andere typen: post-quantum (experimenteel), verouderd
gen-about-mldsa = Post-quantum. Alleen OpenSSH 10.4 en later gebruiken hem, waar ingeschakeld; PuTTY kan dat niet.
gen-about-dsa = Alleen voor zeer oude systemen: OpenSSH 10 accepteert geen DSA-sleutels meer.
gen-about-ed448 = PuTTY accepteert hem; OpenSSH niet.
gen-unsupported = Niet beschikbaar in deze browser: de cryptografiebibliotheek ervan biedt dit type niet.
gen-types-unavailable = De pagina rond deze generator vroeg om sleuteltypen die hier niet beschikbaar zijn, daarom worden alle typen aangeboden. Controleer welk type uw server of dienst accepteert.
gen-rsa-size = RSA-sleutelgrootte
# $bits: een sleutelgrootte (2048), zonder scheidingstekens voor duizendtallen.
gen-bits = { $bits } bits
gen-bits-recommended = { $bits } bits (aanbevolen voor RSA)
gen-bits-slow = { $bits } bits (traag)
gen-curve = Curve
gen-comment = Commentaar
gen-comment-hint = Wordt naast de sleutel getoond in <code>authorized_keys</code>, PuTTY en dashboards: iets als <code>you@laptop</code> helpt uw sleutels uit elkaar te houden.
gen-passphrase = Wachtwoordzin
gen-passphrase-confirm = Wachtwoordzin bevestigen
gen-show-passphrase = Wachtwoordzin tonen
gen-suggest-label = Voorstel van
gen-suggest-words = { $words ->
        [one] { $words } woord
       *[other] { $words } woorden
    }
gen-suggest = Een wachtwoordzin voorstellen
# $size: hoeveel woorden de lijst bevat (7.776); $bits: de entropie van de wachtwoordzin.
gen-suggested = { $words ->
        [one] Eén willekeurig gekozen woord uit de grote woordenlijst van de EFF ({ NUMBER($size) } woorden): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits entropie. Schrijf hem op of bewaar hem in een wachtwoordbeheerder: hij kan niet worden hersteld.
       *[other] { $words } willekeurig gekozen woorden uit de grote woordenlijst van de EFF ({ NUMBER($size) } woorden): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits entropie. Schrijf hem op of bewaar hem in een wachtwoordbeheerder: hij kan niet worden hersteld.
    }
gen-passphrase-hint = Beschermt het privésleutelbestand als iemand het kopieert. Laat hem alleen leeg voor sleutels die scripts gebruiken: iedereen met zo'n bestand kan het gebruiken.
gen-mismatch = De twee wachtwoordzinnen komen niet overeen.
gen-advanced = Geavanceerd: sterkte van de beveiliging met wachtwoordzin
gen-rounds = OpenSSH-bcrypt-rondes
# $rounds: het aantal rondes dat bij opslaan wordt gebruikt als het veld leeg blijft.
gen-rounds-hint = Zoals <code>ssh-keygen -a</code>; { $rounds } is de standaardwaarde (OpenSSH 9.4 en later), meer maakt kraken én openen trager.
# Voordat Python de standaardwaarde heeft doorgegeven.
gen-rounds-hint-unknown = Zoals <code>ssh-keygen -a</code>; het getoonde getal is de standaardwaarde (OpenSSH 9.4 en later), meer maakt kraken én openen trager.
gen-ppk-kdf = PuTTY-sleutelafleiding
gen-kdf-default = Argon2id (standaard)
gen-argon2-memory = Argon2-geheugen (KiB)
gen-argon2-passes = Argon2-doorgangen
gen-argon2-passes-input =
    .placeholder = automatisch (ongeveer 0,1 s, zoals PuTTYgen)
gen-argon2-parallelism = Argon2-parallelisme
gen-generate = Sleutel genereren
gen-generating = Bezig met genereren…
gen-generating-rsa-8192 = Bezig met genereren… RSA 8192 en groter kan een minuut of langer duren.
gen-generating-rsa-4096 = Bezig met genereren… RSA 4096 duurt meestal een paar seconden, soms tot 15.
gen-generating-dsa = Bezig met genereren… DSA duurt een paar seconden.
# $ms: milliseconden.
gen-generated = Gegenereerd in { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Gewist: de sleutel is van deze pagina verdwenen.

## Openen
open-drop = Sleep een sleutelbestand hierheen, of
open-choose = Kies een sleutelbestand…
open-formats = Bestanden van OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, publieke sleutels en certificaten (<code>-cert.pub</code>). Het bestand wordt op deze pagina gelezen en nooit geüpload.
open-paste = …of plak een sleutel
open-passphrase = Deze sleutel is beveiligd. Wachtwoordzin:
open-button = Sleutel openen
# $name: de naam van het bestand.
open-opening = { $name } openen…
open-opening-later = { $name } wordt geopend zodra Python klaar is.
open-protected = { $name } is beveiligd met een wachtwoordzin.
open-opened = { $name } geopend.
# Dezelfde vier voor een sleutel die in het vak is geplakt in plaats van een bestand.
open-opening-pasted = De geplakte sleutel openen…
open-opening-later-pasted = De geplakte sleutel wordt geopend zodra Python klaar is.
open-protected-pasted = De geplakte sleutel is beveiligd met een wachtwoordzin.
open-opened-pasted = De geplakte sleutel is geopend.
# $size: megabytes.
file-too-big = { $name } is { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: dat is geen sleutelbestand.
file-too-big-authorized-keys = { $name } is { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: te groot voor een authorized_keys-bestand.

## De getoonde sleutel
result-title = Uw sleutel
# $type: het sleuteltype (ssh-ed25519); $bits: de grootte, zonder scheidingstekens; $comment: het commentaar.
result-summary-private = Privé- en publieke sleutel: { $type }, { $bits } bits, commentaar “{ $comment }”.
result-summary-public = Alleen publieke sleutel: { $type }, { $bits } bits, commentaar “{ $comment }”.
result-public-key = Publieke sleutel, voor <code>authorized_keys</code> of het dashboard van uw provider
result-copy = Publieke sleutel kopiëren
result-copied = Gekopieerd naar het klembord.
result-copy-blocked = Kopiëren is geblokkeerd: de sleutel is geselecteerd, druk op Ctrl+C (⌘C) om hem te kopiëren.
result-edit =
    .aria-label = Commentaar en wachtwoordzin
result-comment = Commentaar
result-change = Wijzigen
    .aria-label = Commentaar wijzigen
result-comment-changed = Commentaar gewijzigd: sla de bestanden opnieuw op om het te behouden.
result-save-passphrase = Wachtwoordzin voor de privésleutelbestanden
result-next = Volgende stappen: waar de bestanden horen, op Windows, macOS en Linux
result-systems =
    .aria-label = Uw systeem
result-os-putty = Windows met PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = De sleutel controleren: vingerafdrukken, randomart, bubblebabble
result-sha256 = SHA256-vingerafdruk
result-md5 = MD5-vingerafdruk
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), om hardop voor te lezen
result-randomart =
    .aria-label = Randomart-afbeelding van de vingerafdruk van de sleutel
result-randomart-caption = Randomart, zoals <code>ssh-keygen -lv</code> het tekent.
result-send = Naar een ander apparaat sturen: de publieke sleutel als QR-code
result-qr-caption = De regel van de publieke sleutel als QR-code: scan hem met de camera of een SSH-app van een telefoon om de publieke sleutel naar een ander apparaat over te brengen. Hij bevat niets geheims.
result-qr =
    .aria-label = QR-code van de regel van de publieke sleutel
# $bytes: de lengte van de regel; $limit: wat de grootste QR-code kan bevatten (2953 bytes).
result-qr-too-long = De regel van de publieke sleutel is { NUMBER($bytes, useGrouping: 0) } bytes: meer dan een QR-code kan bevatten ({ NUMBER($limit, useGrouping: 0) }). Kopieer hem, of sla het bestand van de publieke sleutel op en zet dat over.
result-qr-dense = Een lange sleutel geeft een dichte code: houd de telefoon dichtbij of zoom in op de pagina.
result-other-formats = Andere formaten: PEM, PKCS#8, RFC 4716
result-clear = Wissen — deze sleutel vergeten
result-clear-hint = Verwijdert de sleutel van deze pagina en uit het geheugen. Opgeslagen bestanden blijven waar u ze hebt opgeslagen.

## Opslaan
save-title = Opslaan
save-openssh = OpenSSH-privésleutel
save-ppk = PuTTY-privésleutel (.ppk)
save-ppk-v2 = Versie 2, voor PuTTY vóór 0.75
save-public = Publieke sleutel (.pub)
save-pem-title = PEM (OpenSSL, cloudconsoles, bibliotheken)
save-pem = PEM-privésleutel
save-pkcs8 = PKCS#8-privésleutel
save-public-pem = Publieke PEM-sleutel
save-rfc4716-title = Publieke sleutel zoals PuTTYgen hem opslaat
save-rfc4716 = Publieke sleutel (RFC 4716)
save-all-title = Alles opslaan (.zip): de privésleutel in meerdere formaten, de publieke sleutel en de volgende stappen
save-all-formats = Formaten van de privésleutel in de .zip
save-all = Alles opslaan (.zip)
save-preparing = Bestand voorbereiden…
save-preparing-zip = .zip voorbereiden…
save-cancelled = Niet opgeslagen: het opslagvenster is gesloten.
# $error: de reden van de browser.
save-not-written = { $filename } is niet geschreven: { $error }
# $how: "written" (het opslagvenster) of "downloaded"; $protection: "passphrase", "none"
# (een privésleutel zonder wachtwoordzin) of "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] { $filename } opgeslagen, beveiligd met uw wachtwoordzin.
            [none] { $filename } opgeslagen, zonder wachtwoordzin.
           *[public] { $filename } opgeslagen.
        }
       *[downloaded] { $protection ->
            [passphrase] Opgeslagen in uw downloads: { $filename }, beveiligd met uw wachtwoordzin.
            [none] Opgeslagen in uw downloads: { $filename }, zonder wachtwoordzin.
           *[public] Opgeslagen in uw downloads: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] { $filename } opgeslagen, privésleutels beveiligd met uw wachtwoordzin.
           *[none] { $filename } opgeslagen, privésleutels zonder wachtwoordzin.
        }
       *[downloaded] { $protection ->
            [passphrase] Opgeslagen in uw downloads: { $filename }, privésleutels beveiligd met uw wachtwoordzin.
           *[none] Opgeslagen in uw downloads: { $filename }, privésleutels zonder wachtwoordzin.
        }
    }
save-unsaved = Nog niet opgeslagen: sla de privésleutel op voordat u weggaat.
save-unsaved-comment = Nog niet opgeslagen: het nieuwe commentaar staat alleen op deze pagina. Sla de privésleutel opnieuw op om het te behouden.

## Volgende stappen (één lijst per systeem)
help-dashboard = Kopieer de publieke sleutel hierboven en plak hem waar uw provider om een SSH-sleutel vraagt (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; een server: een nieuwe regel in <code>{ $authorized }</code>).
# $type: een sleuteltype dat OpenSSH niet accepteert (ssh-ed448).
help-openssh-refuses = Let op: OpenSSH accepteert geen { $type }-sleutels. Gebruik hem met PuTTY, of maak een Ed25519-sleutel voor OpenSSH.
# $folder: waar de bestanden horen (~/.ssh/); $file, $pub: de namen van de twee bestanden.
help-save-openssh = Sla de OpenSSH-<strong>privésleutel</strong> en <strong>publieke sleutel</strong> op in <code>{ $folder }</code> als <code>{ $file }</code> en <code>{ $pub }</code>.
help-save-openssh-windows = Sla de OpenSSH-<strong>privésleutel</strong> en <strong>publieke sleutel</strong> op in <code>{ $folder }</code> (maak de map zo nodig aan) als <code>{ $file }</code> en <code>{ $pub }</code>.
help-chmod = Maak de privésleutel alleen voor u leesbaar: <code>{ $command }</code> (ssh weigert sleutels die anderen kunnen lezen).
# $ppk: de naam van het .ppk-bestand. "Add Key" en "Private key file for authentication" zijn de woorden van PuTTY.
help-putty-save = Sla de <strong>PuTTY-privésleutel (.ppk)</strong> op als { $ppk } op een plek die alleen u kunt lezen, zoals uw map Documenten.
help-putty-pageant = Open Pageant (de sleutelagent van PuTTY, in het systeemvak), kies <strong>Add Key</strong> en selecteer { $ppk }; PuTTY, WinSCP en FileZilla gebruiken hem daarna automatisch.
help-putty-auth = Of in PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Sla de sessie op, zodat u hem niet opnieuw hoeft te kiezen.
help-putty-old = Zegt een oude PuTTY (vóór 0.75), WinSCP of FileZilla dat het bestand niet wordt herkend? Sla dan opnieuw op met “Versie 2” aangevinkt.
# $service, $add: PowerShell-opdrachtregels.
help-windows-agent = Optioneel, om de wachtwoordzin één keer per sessie te typen: voer in een PowerShell als administrator <code>{ $service }</code> uit, en daarna als uzelf <code>{ $add }</code>.
help-windows-connect = Maak verbinding met <code>{ $command }</code> (de -i is niet nodig als het bestand deze standaardnaam heeft).
help-macos-keychain = Bewaar de wachtwoordzin in uw sleutelhanger: <code>{ $command }</code>.
help-macos-connect = Maak verbinding met <code>{ $ssh }</code>, of kopieer de sleutel naar een server met <code>{ $copy }</code>.
help-linux-agent = Laad hem voor deze sessie in uw agent: <code>{ $command }</code>.
help-linux-connect = Kopieer de sleutel naar een server met <code>{ $copy }</code> en maak daarna verbinding met <code>{ $ssh }</code>.

## Insluitmodus: "Deze sleutel gebruiken" stuurt de publieke sleutel naar de pagina rond de generator
# $origin: een web-origin (https://docs.example.com).
embed-use = Deze sleutel gebruiken
embed-use-hint = Stuurt de regel van de publieke sleutel hierboven naar { $origin }, de pagina rond deze generator. Nooit de privésleutel.
embed-refused-no-origin = Er wordt van hieruit niets verstuurd: de pagina rond deze generator heeft geen geldige web-origin opgegeven om de publieke sleutel naartoe te sturen.
embed-refused-not-framed = Er wordt van hieruit niets verstuurd: deze pagina staat niet binnen een andere pagina.
embed-refused-other-parent = Er wordt van hieruit niets verstuurd: deze generator staat op een pagina van { $parent }, niet van { $origin }.
embed-sent = Verstuurd naar { $origin }.

## Formulier en tabel van het tabblad Controleren (statische opmaak; de woorden van de controle staan in checkup.ftl)
page-check-drop = Sleep een <code>authorized_keys</code>- of <code>known_hosts</code>-bestand hierheen, of
page-check-choose = Kies een bestand…
page-check-paste = …of plak de regels ervan
page-check-hint = Alleen publieke sleutels: elke regel wordt op deze pagina gelezen en nooit geüpload.
page-check-run = Regels controleren
page-check-caption = Elke sleutelregel, de sleutel ervan en wat de controle heeft gevonden
page-check-col-line = Regel
page-check-col-key = Sleutel
page-check-col-sha256 = SHA256-vingerafdruk
page-check-col-comment = Commentaar
page-check-col-options = Opties of hosts
page-check-col-findings = Bevindingen

## De controle van de sleutel (statische opmaak onder de opslagopties)
page-check-clean = Niets te melden: de sleutel en de manier waarop hij is opgeslagen, voldoen aan de huidige richtlijnen.
page-check-fix-resave = Opslaan met moderne beveiliging
page-check-fix-new-key = Een nieuwe sleutel maken (zelfde commentaar)
# $rounds: het aantal bcrypt-rondes dat standaard bij opslaan wordt gebruikt (16).
page-check-fix-resave-hint = “Opslaan met moderne beveiliging” gebruikt de wachtwoordzin hierboven: OpenSSH-formaat met { $rounds } bcrypt-rondes, of een .ppk v3 (Argon2id) voor een sleutel die uit een .ppk is geopend.
page-check-fix-resave-hint-unknown = “Opslaan met moderne beveiliging” gebruikt de wachtwoordzin hierboven: OpenSSH-formaat met het standaardaantal bcrypt-rondes van ssh-keygen, of een .ppk v3 (Argon2id) voor een sleutel die uit een .ppk is geopend.

## Het certificaat van de sleutel (statische opmaak onder de opslagopties)
page-cert-save = Certificaat opslaan (-cert.pub)
page-cert-attach = Een certificaat van deze sleutel toevoegen (<code>-cert.pub</code>): de .ppk die u daarna opslaat, bevat het, zoals <code>--certificate</code> van PuTTYgen doet
page-cert-choose = Kies een certificaat…
page-cert-attach-button = Toevoegen
page-cert-remove = Certificaat verwijderen

## Het tabblad Certificaten (statische opmaak; de meldingen staan in certs.ftl)
page-cert-sign-title = Een certificaat ondertekenen
page-cert-about = Met een OpenSSH-certificaat kan een sleutel inloggen overal waar de certificaatautoriteit (CA) ervan wordt vertrouwd (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), zoals <code>ssh-keygen -s</code> het maakt.
page-cert-ca = CA-sleutel (de privésleutel ervan)
page-cert-ca-choose = Kies de CA-sleutel…
page-cert-paste-it = …of plak hem
page-cert-ca-passphrase = De CA-sleutel is beveiligd. Wachtwoordzin:
page-cert-ca-open = CA-sleutel openen
page-cert-ca-forget = CA-sleutel vergeten
page-cert-subjects = Publieke sleutels om te ondertekenen
page-cert-subjects-choose = Kies publieke sleutels…
page-cert-subjects-paste = …of plak ze, één per regel
page-cert-certificate = Certificaat
page-cert-user = Gebruikerscertificaat
page-cert-host = Hostcertificaat (<code>-h</code>)
page-cert-identity = Sleutelidentiteit (<code>-I</code>)
page-cert-identity-hint = Wordt in het logboek van de server geschreven wanneer het certificaat wordt gebruikt, bijv. <code>alice@example.com</code>.
page-cert-principals = Principals (<code>-n</code>), gescheiden door komma's
page-cert-principals-hint = De gebruikersnamen (of, voor een host, de hostnamen) waarvoor het geldig is.
page-cert-validity = Geldig (<code>-V</code>)
page-cert-for-hour = 1 uur
page-cert-for-day = 1 dag
page-cert-for-week = 1 week
page-cert-for-52-weeks = 52 weken
page-cert-forever = onbeperkt
page-cert-between = tussen deze datums…
page-cert-from = Van (leeg: altijd)
page-cert-to = Tot (leeg: onbeperkt)
page-cert-serial = Serienummer (<code>-z</code>)
page-cert-options = Opties voor een gebruikerscertificaat (<code>-O</code>)
page-cert-x11 = X11-doorsturing
page-cert-agent = Agent-doorsturing
page-cert-port = Poortdoorsturing
page-cert-pty = Een terminal (pty)
page-cert-force-command = Opdracht afdwingen (<code>force-command</code>)
page-cert-source-address = Alleen vanaf deze adressen (<code>source-address</code>, CIDR, gescheiden door komma's)
page-cert-sign = Ondertekenen
page-cert-inspect-title = Een certificaat bekijken
page-cert-inspect = Bekijken
