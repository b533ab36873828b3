# Die Stärkezeile unter einem Passphrase-Feld (web/strength.js). Python schickt die Wörter der
# Schätzung bereits in der Sprache der Seite: $attacker („100 GPUs der Klasse RTX 4090“), $time („etwa
# 3 Tage“, „weniger als eine Sekunde“) und $kdf („OpenSSH bcrypt_pbkdf, 24 Runden“): hier nie
# übersetzen. Namen von Schlüsselableitungen (bcrypt_pbkdf, Argon2id, PBKDF2) bleiben unverändert.

## Die Zeile
# $rating ist eines von: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Sehr schwache Passphrase.
    [weak] Schwache Passphrase.
    [fair] Mittelmäßige Passphrase.
   *[strong] Starke Passphrase.
}
strength-attack = Ein Angreifer mit { $attacker } bräuchte { $time }, um sie offline zu erraten ({ $kdf }).
strength-still-usable = Sie können sie trotzdem verwenden.
strength-none = Keine Passphrase: Die Datei mit dem privaten Schlüssel wird nicht geschützt.
# $error: der Grund (bereits ein ganzer Satz in der Sprache der Seite).
strength-failed = Die Stärke dieser Passphrase konnte nicht geschätzt werden: { $error }

## Die anderen Formate, im Kleingedruckten: „Gespeichert als A: Zeit; B: Zeit (schwach).“
# $estimates: die Liste aus strength-saved-item, verbunden mit strength-saved-separator.
strength-saved = Gespeichert als { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# Dasselbe, wenn die Bewertung dieses Formats von der des ersten abweicht.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] sehr schwach
    [weak] schwach
    [fair] mittelmäßig
   *[strong] stark
})

## Die Ratschläge des Schätzers (das Feedback von zxcvbn-ts, nach seinen Schlüsseln)
strength-warning-straight-row = Gerade Tastenreihen auf Ihrer Tastatur sind leicht zu erraten.
strength-warning-key-pattern = Kurze Tastaturmuster sind leicht zu erraten.
strength-warning-simple-repeat = Wiederholte Zeichen wie „aaa“ sind leicht zu erraten.
strength-warning-extended-repeat = Wiederholte Zeichenmuster wie „abcabcabc“ sind leicht zu erraten.
strength-warning-sequences = Gängige Zeichenfolgen wie „abc“ sind leicht zu erraten.
strength-warning-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
strength-warning-dates = Datumsangaben sind leicht zu erraten.
strength-warning-top-ten = Dies ist ein sehr häufig verwendetes Passwort.
strength-warning-top-hundred = Dies ist ein häufig verwendetes Passwort.
strength-warning-common = Dies ist ein oft verwendetes Passwort.
strength-warning-similar-to-common = Dies ähnelt einem oft verwendeten Passwort.
strength-warning-word-by-itself = Einzelne Wörter sind leicht zu erraten.
strength-warning-names-by-themselves = Einzelne Vor- oder Nachnamen sind leicht zu erraten.
strength-warning-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
strength-warning-user-inputs = Es sollten keine persönlichen oder seitenbezogenen Daten enthalten sein.
strength-warning-pwned = Ihr Passwort wurde durch ein Datenleck im Internet offengelegt.
strength-suggestion-l33t = Vermeiden Sie vorhersehbare Buchstabenersetzungen wie „@“ für „a“.
strength-suggestion-reverse-words = Vermeiden Sie rückwärts geschriebene gängige Wörter.
strength-suggestion-all-uppercase = Schreiben Sie einige, aber nicht alle Buchstaben groß.
strength-suggestion-capitalization = Schreiben Sie mehr als nur den ersten Buchstaben groß.
strength-suggestion-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.
strength-suggestion-recent-years = Vermeiden Sie Jahreszahlen der letzten Jahre.
strength-suggestion-associated-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
strength-suggestion-sequences = Vermeiden Sie gängige Zeichenfolgen.
strength-suggestion-repeated = Vermeiden Sie wiederholte Wörter und Zeichen.
strength-suggestion-longer-keyboard-pattern = Verwenden Sie längere Tastaturmuster und wechseln Sie mehrmals die Tipprichtung.
strength-suggestion-another-word = Fügen Sie weitere, weniger gebräuchliche Wörter hinzu.
strength-suggestion-use-words = Verwenden Sie mehrere Wörter, aber vermeiden Sie gängige Redewendungen.
strength-suggestion-no-need = Sie können starke Passwörter auch ohne Sonderzeichen, Ziffern oder Großbuchstaben erstellen.
strength-suggestion-pwned = Wenn Sie dieses Passwort auch anderswo verwenden, sollten Sie es ändern.
