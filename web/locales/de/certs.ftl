# OpenSSH-Zertifikate (web/certs.js): der Tab „Zertifikate“ (mit einem CA-Schlüssel signieren, beliebige
# Zertifikate ansehen) und das Zertifikat des angezeigten Schlüssels. Nie übersetzen: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh und alle Platzhalter ($name: ein Dateiname; $type, $caType, $algorithm: Schlüssel- und
# Signaturtypen wie ssh-ed25519; $fingerprint: SHA256:…; $comment: der Kommentar des Schlüssels).

## Art und Gültigkeit eines Zertifikats, in den Sätzen unten
# $certType ist user, host oder unknown; $state ist valid, expired oder future (noch nicht gültig).
# $validity ist forever, before, after oder range; $after und $before sind Zeitpunkte (Millisekunden).
cert-validity-forever = unbefristet
cert-validity-before = bis { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = ab { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = von { DATETIME($after, dateStyle: "medium", timeStyle: "short") } bis { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# Das Urteil über der Ausgabe von ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Abgelaufen
    [future] Noch nicht gültig
   *[valid] Jetzt gültig
}: { $certType ->
    [host] Host-Zertifikat
    [unknown] Zertifikat unbekannten Typs
   *[user] Benutzerzertifikat
}, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. Die Signatur der CA ist gültig ({ $caType } { $fingerprint }, mit { $algorithm }).

## Der Tab „Zertifikate“: der CA-Schlüssel
# Der Name eines eingefügten CA-Schlüssels in den Meldungen unten (und in denen von Python) statt eines Dateinamens.
cert-pasted-ca = Der eingefügte CA-Schlüssel
cert-ca-needed = Wählen Sie zuerst den privaten Schlüssel der CA aus oder fügen Sie ihn ein.
cert-opening = { $name } wird geöffnet…
cert-ca-passphrase = { $name } ist durch eine Passphrase geschützt.
cert-ca-public = { $name } ist ein öffentlicher Schlüssel: Eine CA signiert mit ihrem privaten Schlüssel.
cert-ca-key = CA-Schlüssel: { $type } { $fingerprint } „{ $comment }“.
# Eine Datei über der Grenze der Seite. $mb: ihre Größe in Megabyte.
cert-too-big = { $name } ist { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß: Das ist keine Schlüsseldatei.

## Der Tab „Zertifikate“: signieren
cert-bad-dates = Wählen Sie die Daten mit der Datumsauswahl.
cert-open-ca-first = Öffnen Sie zuerst den CA-Schlüssel.
cert-id-needed = Geben Sie dem Zertifikat eine Schlüsselidentität.
cert-serial-number = Die Seriennummer ist eine ganze Zahl, 0 oder größer.
cert-key-needed = Wählen Sie den zu signierenden öffentlichen Schlüssel aus oder fügen Sie ihn ein.
cert-signing = Wird signiert…
# $names: die gespeicherten Zertifikatsdateien (id_ed25519-cert.pub, …), als Liste.
cert-saved = Gespeichert: { $names }.

## Der Tab „Zertifikate“: ansehen
# Der Name eines eingefügten Zertifikats, wie er über der Ausgabe von ssh-keygen -L steht.
cert-pasted = (eingefügt)
cert-inspect-needed = Wählen Sie zuerst ein Zertifikat aus oder fügen Sie es ein.
cert-checking = Wird geprüft…

## Der angezeigte Schlüssel: sein Zertifikat
# Der Name eines eingefügten Zertifikats.
cert-pasted-cert = Das eingefügte Zertifikat
cert-attach-needed = Wählen Sie zuerst das Zertifikat des Schlüssels aus oder fügen Sie es ein.
cert-attach-checking = Zertifikat wird geprüft…
cert-attached = Angehängt: Die .ppk, die Sie jetzt speichern, enthält es.
cert-removed = Entfernt: Die Dateien, die Sie speichern, enthalten es nicht mehr.
cert-key-title = Zertifikat: OpenSSH-{ $certType ->
    [host] Host-Zertifikat
    [unknown] Zertifikat unbekannten Typs
   *[user] Benutzerzertifikat
}, { $state ->
    [expired] abgelaufen
    [future] noch nicht gültig
   *[valid] jetzt gültig
}
cert-key-title-none = Zertifikat: keines (eines anhängen)
cert-key-none = Dieser Schlüssel hat kein Zertifikat.
cert-key-about-private = Dieser Schlüssel trägt ein OpenSSH-{ $certType ->
    [host] Host-Zertifikat
    [unknown] Zertifikat unbekannten Typs
   *[user] Benutzerzertifikat
}. Eine .ppk, die Sie speichern, behält es (PuTTY 0.78 und neuer melden sich damit an); für OpenSSH speichern Sie das Zertifikat als eigene Datei neben dem privaten Schlüssel.
# $type: der Schlüsseltyp (ssh-ed25519); $stem: der Dateiname des privaten Schlüssels (id_ed25519).
cert-key-about-public = Dies ist ein OpenSSH-{ $certType ->
    [host] Host-Zertifikat
    [unknown] Zertifikat unbekannten Typs
   *[user] Benutzerzertifikat
}, kein Schlüssel: Damit kann sich der private Schlüssel zum unten stehenden öffentlichen { $type }-Schlüssel überall anmelden, wo seiner CA vertraut wird. Bewahren Sie es neben diesem privaten Schlüssel auf, als { $stem }-cert.pub neben { $stem }: ssh verwendet es dann von selbst.
