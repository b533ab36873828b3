# Wiersz siły pod polem hasła (web/strength.js). Python wysyła słowa oszacowania już w języku strony:
# $attacker („100 kart graficznych klasy RTX 4090”), $time („około 3 dni”, „mniej niż sekunda”) i $kdf
# („OpenSSH bcrypt_pbkdf, 24 rundy”): nigdy ich tu nie tłumaczyć. Nazwy funkcji wyprowadzania klucza
# (bcrypt_pbkdf, Argon2id, PBKDF2) pozostają bez zmian.

## Wiersz
# $rating to jedno z: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Bardzo słabe hasło.
    [weak] Słabe hasło.
    [fair] Przeciętne hasło.
   *[strong] Silne hasło.
}
strength-attack = Atakujący mający { $attacker } potrzebowałby na odgadnięcie go offline ({ $kdf }): { $time }.
strength-still-usable = Nadal możesz go używać.
strength-none = Brak hasła: plik klucza prywatnego nie będzie chroniony.
# $error: przyczyna (już całe zdanie w języku strony).
strength-failed = Nie udało się oszacować siły tego hasła: { $error }

## Pozostałe formaty, drobnym drukiem: „Zapisane jako A: czas; B: czas (słabe).”
# $estimates: lista elementów strength-saved-item połączonych separatorem strength-saved-separator.
strength-saved = Zapisane jako { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# To samo, gdy ocena tego formatu różni się od oceny pierwszego.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] bardzo słabe
    [weak] słabe
    [fair] przeciętne
   *[strong] silne
})

## Porady estymatora (informacje zwrotne zxcvbn-ts, według ich kluczy)
strength-warning-straight-row = Proste rzędy klawiszy na klawiaturze są łatwe do odgadnięcia.
strength-warning-key-pattern = Krótkie wzorce klawiaturowe są łatwe do odgadnięcia.
strength-warning-simple-repeat = Powtórzone znaki, takie jak „aaa”, są łatwe do odgadnięcia.
strength-warning-extended-repeat = Powtarzające się wzorce znaków, takie jak „abcabcabc”, są łatwe do odgadnięcia.
strength-warning-sequences = Popularne ciągi znaków, takie jak „abc”, są łatwe do odgadnięcia.
strength-warning-recent-years = Niedawne lata są łatwe do odgadnięcia.
strength-warning-dates = Daty są łatwe do odgadnięcia.
strength-warning-top-ten = To jest bardzo często używane hasło.
strength-warning-top-hundred = To jest często używane hasło.
strength-warning-common = To jest popularne hasło.
strength-warning-similar-to-common = To hasło jest podobne do popularnego hasła.
strength-warning-word-by-itself = Pojedyncze słowa są łatwe do odgadnięcia.
strength-warning-names-by-themselves = Same imiona lub nazwiska są łatwe do odgadnięcia.
strength-warning-common-names = Popularne imiona i nazwiska są łatwe do odgadnięcia.
strength-warning-user-inputs = Hasło nie powinno zawierać danych osobowych ani danych związanych ze stroną.
strength-warning-pwned = Twoje hasło wyciekło w wyniku naruszenia danych w internecie.
strength-suggestion-l33t = Unikaj przewidywalnych zamian liter, takich jak „@” zamiast „a”.
strength-suggestion-reverse-words = Unikaj popularnych słów pisanych wspak.
strength-suggestion-all-uppercase = Pisz wielką literą niektóre litery, ale nie wszystkie.
strength-suggestion-capitalization = Pisz wielką literą nie tylko pierwszą literę.
strength-suggestion-dates = Unikaj dat i lat związanych z Tobą.
strength-suggestion-recent-years = Unikaj niedawnych lat.
strength-suggestion-associated-years = Unikaj lat związanych z Tobą.
strength-suggestion-sequences = Unikaj popularnych ciągów znaków.
strength-suggestion-repeated = Unikaj powtarzających się słów i znaków.
strength-suggestion-longer-keyboard-pattern = Używaj dłuższych wzorców klawiaturowych i kilka razy zmieniaj kierunek pisania.
strength-suggestion-another-word = Dodaj więcej mniej popularnych słów.
strength-suggestion-use-words = Używaj wielu słów, ale unikaj popularnych zwrotów.
strength-suggestion-no-need = Silne hasła można tworzyć bez symboli, cyfr i wielkich liter.
strength-suggestion-pwned = Jeśli używasz tego hasła gdzie indziej, zmień je.
