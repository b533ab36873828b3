# Widok Podpisywanie (web/sign.js): podpisywanie kluczem na ekranie oraz na karcie Sprawdzanie
# „Weryfikacja podpisu SSH”. Nie tłumaczyć: allowed_signers, ssh-keygen i jego opcji
# (-n, -I, -O hashalg=), git config, przestrzeni nazw (file, git), .sig ani żadnych placeables.

## Klucz na ekranie: zwinięta sekcja pod opcjami zapisu
sign-title = Podpisywanie i weryfikacja: commity git, pliki
sign-about = Podpisuj tym kluczem commity i tagi git lub dowolne pliki, tak jak robi to ssh-keygen -Y sign. Każdy, kto ma wiersz allowed_signers tego klucza, może zweryfikować to, co nim podpisano.
sign-principal = Twój adres e-mail (podmiot, principal: user.email w git)
sign-principal-input =
    .placeholder = ty@example.com
sign-allowed-title = Wiersz allowed_signers
sign-allowed-hint = Dodaj go do ~/.ssh/allowed_signers na każdym komputerze, który weryfikuje Twoje podpisy.
sign-principal-missing = Wpisz powyżej swój adres e-mail, aby otrzymać wiersz.
sign-git-title = git config: podpisuj tym kluczem każdy commit i tag
sign-git-hint = Zapisz klucz publiczny w pliku wskazanym w drugim wierszu, a następnie uruchom te polecenia.
sign-copy-line = Kopiuj
    .aria-label = Kopiuj { $line }
sign-copied = Skopiowano do schowka.
sign-copy-blocked = Kopiowanie zostało zablokowane: zaznacz wiersz i naciśnij Ctrl+C (⌘C).

## Podpisywanie
sign-sign-title = Podpisz plik lub tekst
sign-choose-file = Wybierz plik do podpisania…
sign-text = …lub wpisz tekst do podpisania (zostanie podpisany dokładnie tak, jak go wpisano)
sign-namespace = Przestrzeń nazw (-n)
sign-namespace-hint = file dla plików, git dla tego, co weryfikuje git; weryfikujący musi podać tę samą.
sign-hash = Skrót (-O hashalg=)
sign-sign-button = Podpisz i zapisz .sig
sign-signing = Podpisywanie…
sign-saved = Zapisano w pobranych plikach: { $filename } (przestrzeń nazw { $namespace }).
sign-nothing-to-sign = Najpierw wybierz plik lub wpisz tekst do podpisania.
sign-namespace-needed = Podaj przestrzeń nazw, np. file lub git.
sign-too-big = Rozmiar pliku { $name } w bajtach to { NUMBER($size) }, ponad limit { NUMBER($cap) } bajtów dla tej strony.

## Weryfikacja (karta Sprawdzanie)
sign-verify-title = Weryfikacja podpisu SSH
sign-verify-about = Tak jak ssh-keygen -Y verify: czy plik .sig jest poprawnym podpisem pliku i czy jego klucz może podpisywać w imieniu tej osoby?
sign-verify-signature = Podpis (.sig)
sign-choose-signature = Wybierz plik .sig…
sign-paste-signature = …lub go wklej
sign-verify-message = Co zostało podpisane
sign-choose-signed = Wybierz podpisany plik…
sign-verify-text = …lub wpisz podpisany tekst (dokładnie tak, jak go podpisano)
sign-verify-who = Kto mógł to podpisać
sign-by-allowed = Osoba z pliku allowed_signers
sign-by-key = Właściciel klucza publicznego
sign-verify-principal = Podmiot (-I), np. adres e-mail podpisującego
sign-choose-allowed = Wybierz plik allowed_signers…
sign-paste-allowed = …lub wklej jego wiersze
sign-choose-key = Wybierz klucz publiczny…
sign-paste-key = …lub go wklej
sign-verify-button = Zweryfikuj
sign-verifying = Weryfikowanie…
sign-signature-needed = Najpierw wybierz lub wklej podpis.
sign-message-needed = Najpierw wybierz podpisany plik lub wpisz podpisany tekst.
sign-key-needed = Najpierw wybierz lub wklej klucz publiczny podpisującego.
sign-allowed-needed = Najpierw wybierz lub wklej wiersze allowed_signers.
sign-principal-needed = Podaj podmiot, dla którego ma nastąpić weryfikacja, np. adres e-mail podpisującego.
sign-verdict-good = Poprawny podpis: podpisał { $principal } ({ $namespace }) kluczem { $type } { $fingerprint }.
sign-verdict-good-key = Poprawny podpis: podpisano tym kluczem publicznym ({ $namespace }), klucz { $type } { $fingerprint }.
sign-verdict-bad = Weryfikacja nie powiodła się: podpis nie pasuje do tego pliku, przestrzeni nazw i podpisującego. Powody podane przez ssh-keygen:
