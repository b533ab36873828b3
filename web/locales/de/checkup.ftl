# Die Prüfung (web/checkup.js): die Befunde zum angezeigten Schlüssel und die authorized_keys-/known_hosts-
# Ansicht im Tab „Prüfen“. Python schickt den Satz jedes Befunds bereits in der Sprache der Seite;
# hier stehen die Wörter drumherum. Nie übersetzen: authorized_keys, known_hosts und alle Platzhalter
# ($filename, $name: Dateinamen; $type: ein Schlüsseltyp wie ssh-ed25519).

## Das Abzeichen eines Befunds, nach Schweregrad
check-badge-weak = Schwachstelle
check-badge-note = Hinweis
check-badge-info = Nicht geprüft

## Der angezeigte Schlüssel
check-resaving = Wird mit modernem Schutz gespeichert…
check-resaved = { $filename } wurde mit modernem Schutz gespeichert: Ersetzen Sie die alte Datei durch diese.
check-making-key = Neuer Schlüssel wird erzeugt…
check-new-key = Dies ist ein neuer Schlüssel mit demselben Kommentar: Speichern Sie ihn, hinterlegen Sie ihn dort, wo der alte hinterlegt war, und entfernen Sie dann den alten.
# Der Titel des eingeklappten Abschnitts: was die Prüfung gefunden hat.
check-title-none = Prüfung: nichts zu melden
check-title-weak = Prüfung: { $weak ->
    [one] { $weak } Schwachstelle
   *[other] { $weak } Schwachstellen
}
check-title-notes = Prüfung: { $notes ->
    [one] { $notes } Hinweis
   *[other] { $notes } Hinweise
}
check-title-both = Prüfung: { $weak ->
    [one] { $weak } Schwachstelle
   *[other] { $weak } Schwachstellen
}, { $notes ->
    [one] { $notes } Hinweis
   *[other] { $notes } Hinweise
}

## Die authorized_keys-/known_hosts-Ansicht
# Typ und Größe einer Schlüsselzeile; $bits ist eine Anzahl Bits (256, 4096), unverändert ausgegeben.
check-row-type = { $type } ({ $bits } Bit)
# Unter der Tabelle: $keys Schlüsselzeilen, $bad Zeilen, die keine Schlüssel sind, $weak gefundene Schwachstellen.
check-summary = { $keys ->
    [one] { $keys } Schlüsselzeile
   *[other] { $keys } Schlüsselzeilen
}{ $bad ->
    [0] {""}
    [one] , { $bad } nicht lesbare
   *[other] , { $bad } nicht lesbare
}; { $weak ->
    [0] keine Schwachstellen
    [one] { $weak } Schwachstelle
   *[other] { $weak } Schwachstellen
}.
# Eine Datei über der Grenze der Seite. $mb: ihre Größe in Megabyte.
check-too-big = { $name } ist { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß: zu groß für eine authorized_keys-Datei.
