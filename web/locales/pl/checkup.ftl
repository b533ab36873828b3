# Kontrola (web/checkup.js): wyniki dla klucza na ekranie oraz widok authorized_keys / known_hosts
# na karcie Sprawdzanie. Python wysyła zdanie każdego wyniku już w języku strony; tu są słowa wokół
# nich. Nie tłumaczyć: authorized_keys, known_hosts ani żadnych placeables ($filename, $name: nazwy
# plików; $type: typ klucza, np. ssh-ed25519).

## Etykieta wyniku, według wagi
check-badge-weak = Słabość
check-badge-note = Uwaga
check-badge-info = Nie sprawdzono

## Klucz na ekranie
check-resaving = Zapisywanie z nowoczesną ochroną…
check-resaved = Zapisano { $filename } z nowoczesną ochroną: zastąp nim stary plik.
check-making-key = Tworzenie nowego klucza…
check-new-key = To nowy klucz z tym samym komentarzem: zapisz go, autoryzuj wszędzie tam, gdzie był stary, a następnie usuń stary.
# Tytuł zwiniętej sekcji: co znalazła kontrola.
check-title-none = Kontrola: nic do zgłoszenia
check-title-weak = Kontrola: { $weak ->
    [one] { $weak } słabość
    [few] { $weak } słabości
    [many] { $weak } słabości
   *[other] { $weak } słabości
}
check-title-notes = Kontrola: { $notes ->
    [one] { $notes } uwaga
    [few] { $notes } uwagi
    [many] { $notes } uwag
   *[other] { $notes } uwagi
}
check-title-both = Kontrola: { $weak ->
    [one] { $weak } słabość
    [few] { $weak } słabości
    [many] { $weak } słabości
   *[other] { $weak } słabości
}, { $notes ->
    [one] { $notes } uwaga
    [few] { $notes } uwagi
    [many] { $notes } uwag
   *[other] { $notes } uwagi
}

## Widok authorized_keys / known_hosts
# Typ i rozmiar klucza z wiersza; $bits to liczba bitów (256, 4096), wypisana bez zmian.
check-row-type = { $type } ({ $bits }-bitowy)
# Pod tabelą: $keys wierszy z kluczami, $bad wierszy, które nie są kluczami, $weak znalezionych słabości.
check-summary = { $keys ->
    [one] { $keys } wiersz z kluczem
    [few] { $keys } wiersze z kluczami
    [many] { $keys } wierszy z kluczami
   *[other] { $keys } wiersza z kluczami
}{ $bad ->
    [0] {""}
    [one] , { $bad } nieczytelny
    [few] , { $bad } nieczytelne
    [many] , { $bad } nieczytelnych
   *[other] , { $bad } nieczytelnego
}; { $weak ->
    [0] brak słabości
    [one] { $weak } słabość
    [few] { $weak } słabości
    [many] { $weak } słabości
   *[other] { $weak } słabości
}.
# Plik ponad limit strony. $mb: jego rozmiar w megabajtach.
check-too-big = { $name } ma { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: za dużo jak na plik authorized_keys.
