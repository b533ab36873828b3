# Certyfikaty OpenSSH (web/certs.js): karta Certyfikaty (podpisywanie kluczem CA, podgląd dowolnego
# certyfikatu) oraz certyfikat klucza na ekranie. Nie tłumaczyć: OpenSSH, PuTTY, .ppk, -cert.pub, ssh
# ani żadnych placeables ($name: nazwa pliku; $type, $caType, $algorithm: nazwy typów kluczy i podpisów,
# np. ssh-ed25519; $fingerprint: SHA256:…; $comment: komentarz klucza).

## Rodzaj i okres ważności certyfikatu, w zdaniach poniżej
# $certType to user, host lub unknown; $state to valid, expired lub future (jeszcze nieważny).
# $validity to forever, before, after lub range; $after i $before to daty (milisekundy).
cert-validity-forever = bezterminowo
cert-validity-before = do { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = od { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = od { DATETIME($after, dateStyle: "medium", timeStyle: "short") } do { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# Werdykt nad listingiem ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Wygasł
    [future] Jeszcze nieważny
   *[valid] Obecnie ważny
}: { $certType ->
    [host] certyfikat hosta
    [unknown] certyfikat nieznanego typu
   *[user] certyfikat użytkownika
}, ważny { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. Podpis CA jest poprawny ({ $caType } { $fingerprint }, algorytm { $algorithm }).

## Karta Certyfikaty: klucz CA
# Nazwa wklejonego klucza CA w komunikatach poniżej (i w komunikatach Pythona) zamiast nazwy pliku.
cert-pasted-ca = Wklejony klucz CA
cert-ca-needed = Najpierw wybierz lub wklej klucz prywatny CA.
cert-opening = Otwieranie: { $name }…
cert-ca-passphrase = { $name } jest chroniony hasłem.
cert-ca-public = { $name } to klucz publiczny: CA podpisuje swoim kluczem prywatnym.
cert-ca-key = Klucz CA: { $type } { $fingerprint } „{ $comment }”.
# Plik ponad limit strony. $mb: jego rozmiar w megabajtach.
cert-too-big = { $name } ma { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: to nie jest plik klucza.

## Karta Certyfikaty: podpisywanie
cert-bad-dates = Wybierz daty za pomocą selektorów dat.
cert-open-ca-first = Najpierw otwórz klucz CA.
cert-id-needed = Nadaj certyfikatowi identyfikator klucza.
cert-serial-number = Numer seryjny to liczba całkowita, 0 lub większa.
cert-key-needed = Wybierz lub wklej klucz publiczny do podpisania.
cert-signing = Podpisywanie…
# $names: zapisane pliki certyfikatów (id_ed25519-cert.pub, …), jako lista.
cert-saved = Zapisano: { $names }.

## Karta Certyfikaty: podgląd
# Nazwa wklejonego certyfikatu w nagłówku listingu ssh-keygen -L.
cert-pasted = (wklejony)
cert-inspect-needed = Najpierw wybierz lub wklej certyfikat.
cert-checking = Sprawdzanie…

## Klucz na ekranie: jego certyfikat
# Nazwa wklejonego certyfikatu.
cert-pasted-cert = Wklejony certyfikat
cert-attach-needed = Najpierw wybierz lub wklej certyfikat klucza.
cert-attach-checking = Sprawdzanie certyfikatu…
cert-attached = Dołączono: plik .ppk, który teraz zapiszesz, będzie go zawierał.
cert-removed = Usunięto: zapisywane pliki nie będą go już zawierać.
cert-key-title = Certyfikat: { $certType ->
    [host] certyfikat hosta
    [unknown] certyfikat nieznanego typu
   *[user] certyfikat użytkownika
} OpenSSH, { $state ->
    [expired] wygasł
    [future] jeszcze nieważny
   *[valid] obecnie ważny
}
cert-key-title-none = Certyfikat: brak (dołącz certyfikat)
cert-key-none = Ten klucz nie ma certyfikatu.
cert-key-about-private = Ten klucz ma { $certType ->
    [host] certyfikat hosta
    [unknown] certyfikat nieznanego typu
   *[user] certyfikat użytkownika
} OpenSSH. Zapisany plik .ppk go zachowuje (PuTTY 0.78 i nowsze logują się z jego użyciem); dla OpenSSH zapisz certyfikat jako osobny plik obok klucza prywatnego.
# $type: typ klucza (ssh-ed25519); $stem: nazwa pliku klucza prywatnego (id_ed25519).
cert-key-about-public = To jest { $certType ->
    [host] certyfikat hosta
    [unknown] certyfikat nieznanego typu
   *[user] certyfikat użytkownika
} OpenSSH, a nie klucz: pozwala on kluczowi prywatnemu odpowiadającemu poniższemu kluczowi publicznemu { $type } logować się wszędzie tam, gdzie ufa się jego CA. Przechowuj go obok tego klucza prywatnego, jako { $stem }-cert.pub obok { $stem }: ssh użyje go samodzielnie.
