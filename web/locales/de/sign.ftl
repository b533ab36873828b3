# Die Ansicht „Signieren“ (web/sign.js): Signieren mit dem angezeigten Schlüssel und im Tab „Prüfen“
# „SSH-Signatur prüfen“. Nie übersetzen: allowed_signers, ssh-keygen und seine Optionen
# (-n, -I, -O hashalg=), git config, Namespaces (file, git), .sig und alle Platzhalter.

## Der angezeigte Schlüssel: ein eingeklappter Abschnitt unter den Speicheroptionen
sign-title = Signieren und prüfen: Git-Commits, Dateien
sign-about = Signieren Sie Git-Commits und -Tags oder beliebige Dateien mit diesem Schlüssel, wie es ssh-keygen -Y sign tut. Wer die allowed_signers-Zeile des Schlüssels hat, kann prüfen, was er signiert hat.
sign-principal = Ihre E-Mail-Adresse (der Principal: user.email von git)
sign-principal-input =
    .placeholder = sie@example.com
sign-allowed-title = allowed_signers-Zeile
sign-allowed-hint = Fügen Sie sie auf jedem Computer, der Ihre Signaturen prüft, in ~/.ssh/allowed_signers ein.
sign-principal-missing = Geben Sie oben Ihre E-Mail-Adresse ein, um die Zeile zu erhalten.
sign-git-title = git config: jeden Commit und Tag mit diesem Schlüssel signieren
sign-git-hint = Speichern Sie den öffentlichen Schlüssel unter dem Dateinamen aus der zweiten Zeile und führen Sie dann diese Befehle aus.
sign-copy-line = Kopieren
    .aria-label = { $line } kopieren
sign-copied = In die Zwischenablage kopiert.
sign-copy-blocked = Das Kopieren wurde blockiert: Markieren Sie die Zeile und drücken Sie Strg+C (⌘C).

## Signieren
sign-sign-title = Eine Datei oder einen Text signieren
sign-choose-file = Zu signierende Datei auswählen…
sign-text = …oder den zu signierenden Text eingeben (er wird exakt so signiert, wie er dasteht)
sign-namespace = Namespace (-n)
sign-namespace-hint = file für Dateien, git für das, was git prüft; wer prüft, muss denselben Namespace angeben.
sign-hash = Hash (-O hashalg=)
sign-sign-button = Signieren und .sig speichern
sign-signing = Wird signiert…
sign-saved = In Ihren Downloads gespeichert: { $filename } (Namespace { $namespace }).
sign-nothing-to-sign = Wählen Sie zuerst eine Datei aus oder geben Sie einen Text zum Signieren ein.
sign-namespace-needed = Geben Sie einen Namespace an, etwa file oder git.
sign-too-big = { $name } ist { NUMBER($size) } Bytes groß und überschreitet die Grenze von { NUMBER($cap) } Bytes für diese Seite.

## Prüfen (der Tab „Prüfen“)
sign-verify-title = SSH-Signatur prüfen
sign-verify-about = Wie ssh-keygen -Y verify: Ist die .sig eine gültige Signatur der Datei, und darf ihr Schlüssel für diese Person signieren?
sign-verify-signature = Die Signatur (.sig)
sign-choose-signature = .sig-Datei auswählen…
sign-paste-signature = …oder einfügen
sign-verify-message = Was signiert wurde
sign-choose-signed = Signierte Datei auswählen…
sign-verify-text = …oder den signierten Text eingeben (exakt so, wie er signiert wurde)
sign-verify-who = Wer sie signiert haben darf
sign-by-allowed = Eine Person aus einer allowed_signers-Datei
sign-by-key = Der Inhaber eines öffentlichen Schlüssels
sign-verify-principal = Principal (-I), etwa die E-Mail-Adresse der signierenden Person
sign-choose-allowed = allowed_signers-Datei auswählen…
sign-paste-allowed = …oder ihre Zeilen einfügen
sign-choose-key = Öffentlichen Schlüssel auswählen…
sign-paste-key = …oder einfügen
sign-verify-button = Prüfen
sign-verifying = Wird geprüft…
sign-signature-needed = Wählen Sie zuerst die Signatur aus oder fügen Sie sie ein.
sign-message-needed = Wählen Sie zuerst die signierte Datei aus oder geben Sie den signierten Text ein.
sign-key-needed = Wählen Sie zuerst den öffentlichen Schlüssel der signierenden Person aus oder fügen Sie ihn ein.
sign-allowed-needed = Wählen Sie zuerst die allowed_signers-Zeilen aus oder fügen Sie sie ein.
sign-principal-needed = Geben Sie den Principal an, für den geprüft werden soll, etwa die E-Mail-Adresse der signierenden Person.
sign-verdict-good = Gültige Signatur: { $principal } hat signiert ({ $namespace }), mit dem { $type }-Schlüssel { $fingerprint }.
sign-verdict-good-key = Gültige Signatur: Dieser öffentliche Schlüssel hat signiert ({ $namespace }), { $type }-Schlüssel { $fingerprint }.
sign-verdict-bad = Nicht bestätigt: Die Signatur passt nicht zu dieser Datei, diesem Namespace und dieser signierenden Person. Die Gründe von ssh-keygen:
