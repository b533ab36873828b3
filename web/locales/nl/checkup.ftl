# De controle (web/checkup.js): de bevindingen over de getoonde sleutel, en de authorized_keys-/known_hosts-
# weergave op het tabblad Controleren. Python stuurt de zin van elke bevinding al in de taal van de pagina;
# dit zijn de woorden eromheen. Nooit vertalen: authorized_keys, known_hosts en alle placeables
# ($filename, $name: bestandsnamen; $type: een sleuteltype zoals ssh-ed25519).

## Het label van een bevinding, naar ernst
check-badge-weak = Zwak punt
check-badge-note = Opmerking
check-badge-info = Niet gecontroleerd

## De getoonde sleutel
check-resaving = Opslaan met moderne beveiliging…
check-resaved = { $filename } opgeslagen met moderne beveiliging: vervang het oude bestand erdoor.
check-making-key = Nieuwe sleutel maken…
check-new-key = Dit is een nieuwe sleutel met hetzelfde commentaar: sla hem op, autoriseer hem overal waar de oude geautoriseerd was en verwijder daarna de oude.
# De titel van de ingeklapte sectie: wat de controle heeft gevonden.
check-title-none = Controle: niets te melden
check-title-weak = Controle: { $weak ->
    [one] { $weak } zwak punt
   *[other] { $weak } zwakke punten
}
check-title-notes = Controle: { $notes ->
    [one] { $notes } opmerking
   *[other] { $notes } opmerkingen
}
check-title-both = Controle: { $weak ->
    [one] { $weak } zwak punt
   *[other] { $weak } zwakke punten
}, { $notes ->
    [one] { $notes } opmerking
   *[other] { $notes } opmerkingen
}

## De authorized_keys-/known_hosts-weergave
# Type en grootte van een sleutelregel; $bits is een aantal bits (256, 4096), ongewijzigd weergegeven.
check-row-type = { $type } ({ $bits } bits)
# Onder de tabel: $keys sleutelregels, $bad regels die geen sleutel zijn, $weak gevonden zwakke punten.
check-summary = { $keys ->
    [one] { $keys } sleutelregel
   *[other] { $keys } sleutelregels
}{ $bad ->
    [0] {""}
    [one] , { $bad } onleesbare
   *[other] , { $bad } onleesbare
}; { $weak ->
    [0] geen zwakke punten
    [one] { $weak } zwak punt
   *[other] { $weak } zwakke punten
}.
# Een bestand boven de limiet van de pagina. $mb: de grootte in megabytes.
check-too-big = { $name } is { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: te groot voor een authorized_keys-bestand.
