# Słowa strony po polsku, przetłumaczone z katalogu angielskiego.
# Placeables ({ $name }) zawierają nazwy plików, liczby i materiał kluczy: nigdy ich nie tłumaczyć.
# Komunikaty z <code>, <strong> lub <em> zachowują te znaczniki (strona je tak wyświetla); to, co jest
# w <code>, to polecenie, nazwa pliku lub opcja: nigdy tego nie tłumaczyć.

## Strona wokół widoków: tytuł, nagłówek, ładowanie, stopka
site-page-title = Generator kluczy SSH — klucze prywatne nigdy nie opuszczają Twojej przeglądarki
site-skip = Przejdź do generatora
site-title = Generator kluczy SSH
site-tagline = Twórz, otwieraj i konwertuj klucze SSH dla OpenSSH i PuTTY: Twój klucz prywatny i hasło nigdy nie opuszczają tej strony.
# Tryb osadzenia: wiersz nad generatorem na stronie innej witryny.
site-embed-about = Generator kluczy SSH: klucze powstają w Twojej przeglądarce, a klucz prywatny i hasło nigdy nie są nigdzie wysyłane.
site-footer = Brak ruchu sieciowego po załadowaniu, brak plików cookie, brak przechowywania danych, brak analityki: klucze powstają dzięki kryptografii Twojej przeglądarki i Pythonowi działającemu na tej stronie.
language-menu-label = Język
site-update = Nowa wersja tej strony jest gotowa. Najpierw zapisz swój klucz: ponowne załadowanie go usuwa.
site-update-reload = Załaduj ponownie

load-starting = Ładowanie generatora kluczy…
load-ready = Gotowe. Nic, co tu robisz, nie opuszcza tej strony.
# $loaded i $total: megabajty pobrane do tej pory i łącznie.
load-progress = { $stage ->
        [python] Ładowanie Pythona… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } z { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] Uruchamianie sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } z { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Gotowe… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } z { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Uruchamianie… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } z { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# To samo, zanim znany jest rozmiar pobierania.
load-stage = { $stage ->
        [python] Ładowanie Pythona…
        [sshkeys] Uruchamianie sshkeys…
        [ready] Gotowe…
       *[starting] Uruchamianie…
    }
# Wyświetlane po tym, o co poprosił użytkownik (Generowanie…, Otwieranie id_rsa…), gdy Python się ładuje;
# $progress to wiersz ładowania (load-progress lub load-stage).
load-waiting = Python wciąż się ładuje ({ $progress }).
# $error: przyczyna, słowami przeglądarki lub modułu ładującego.
load-python-failed = Nie udało się uruchomić Pythona: { $error } Załaduj stronę ponownie, aby spróbować jeszcze raz.
load-worker-failed = Nie udało się uruchomić workera kluczy: { $error } Załaduj stronę ponownie, aby spróbować jeszcze raz.
load-worker-failed-plain = Nie udało się uruchomić workera kluczy. Załaduj stronę ponownie, aby spróbować jeszcze raz.
load-no-script = Strona nie wskazuje swojego { $role ->
        [rater] modułu oceny
       *[worker] workera
    }.
# $name: nazwa pliku skryptu (worker.js).
load-fetch-failed = Nie udało się pobrać { $name } lub plik nie przeszedł kontroli integralności ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Worker kluczy został zatrzymany.
load-rater-stopped = Moduł oceny został zatrzymany.
load-rater-failed = Moduł oceny przestał działać.
# Sekundy od rozpoczęcia długiego zadania, obok jego stanu.
busy-elapsed = { $seconds } s

## Karty
tabs-main =
    .aria-label = Co chcesz zrobić?
tabs-generate = Wygeneruj nowy klucz
tabs-open = Otwórz istniejący klucz
tabs-check = Sprawdź authorized_keys
tabs-certs = Certyfikaty

## Generowanie
gen-type = Typ klucza
gen-badge-recommended = zalecany
gen-badge-experimental = eksperymentalny
gen-badge-deprecated = przestarzały
gen-badge-putty-only = tylko PuTTY
gen-about-ed25519 = Krótki i nowoczesny: akceptują go OpenSSH, PuTTY, GitHub i GitLab.
gen-about-rsa = Dla starszych serwerów i usług, które wymagają RSA.
gen-about-ecdsa = Krzywe NIST, dla zasad, które ich wymagają.
gen-other-types = Inne typy: postkwantowy (eksperymentalny), przestarzałe
gen-about-mldsa = Postkwantowy. Używa go tylko OpenSSH 10.4 i nowsze, tam gdzie go włączono; PuTTY nie potrafi.
gen-about-dsa = Tylko dla bardzo starych systemów: OpenSSH 10 nie akceptuje już kluczy DSA.
gen-about-ed448 = PuTTY go akceptuje; OpenSSH nie.
gen-unsupported = Niedostępny w tej przeglądarce: jej biblioteka kryptograficzna nie obsługuje tego typu.
gen-types-unavailable = Strona wokół tego generatora zażądała typów kluczy, które nie są tu dostępne, więc oferowane są wszystkie typy. Sprawdź, jaki typ akceptuje Twój serwer lub usługa.
gen-rsa-size = Rozmiar klucza RSA
# $bits: rozmiar klucza (2048), zapisany bez grupowania cyfr.
gen-bits = { $bits }-bitowy
gen-bits-recommended = { $bits }-bitowy (zalecany dla RSA)
gen-bits-slow = { $bits }-bitowy (powolny)
gen-curve = Krzywa
gen-comment = Komentarz
gen-comment-hint = Wyświetlany obok klucza w <code>authorized_keys</code>, PuTTY i panelach usług: coś w rodzaju <code>you@laptop</code> pozwala odróżnić Twoje klucze.
gen-passphrase = Hasło
gen-passphrase-confirm = Potwierdź hasło
gen-show-passphrase = Pokaż hasło
gen-suggest-label = Propozycja:
gen-suggest-words = { $words ->
        [one] { $words } słowo
        [few] { $words } słowa
        [many] { $words } słów
       *[other] { $words } słowa
    }
gen-suggest = Zaproponuj hasło
# $size: liczba słów na liście (7776); $bits: entropia hasła.
gen-suggested = { $words ->
        [one] Jedno słowo wybrane losowo z dużej listy słów EFF (liczba słów: { NUMBER($size) }): entropia { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bita. Zapisz je lub przechowuj w menedżerze haseł: nie da się go odzyskać.
        [few] { $words } słowa wybrane losowo z dużej listy słów EFF (liczba słów: { NUMBER($size) }): entropia { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bita. Zapisz je lub przechowuj w menedżerze haseł: nie da się go odzyskać.
        [many] { $words } słów wybranych losowo z dużej listy słów EFF (liczba słów: { NUMBER($size) }): entropia { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bita. Zapisz je lub przechowuj w menedżerze haseł: nie da się go odzyskać.
       *[other] { $words } słów wybranych losowo z dużej listy słów EFF (liczba słów: { NUMBER($size) }): entropia { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bita. Zapisz je lub przechowuj w menedżerze haseł: nie da się go odzyskać.
    }
gen-passphrase-hint = Chroni plik klucza prywatnego, gdyby ktoś go skopiował. Zostaw je puste tylko dla kluczy używanych przez skrypty: każdy, kto ma taki plik, może go użyć.
gen-mismatch = Oba hasła nie są zgodne.
gen-advanced = Zaawansowane: siła ochrony hasłem
gen-rounds = Rundy bcrypt OpenSSH
# $rounds: liczba rund używana przy zapisie, gdy pole pozostanie puste.
gen-rounds-hint = Jak <code>ssh-keygen -a</code>; wartość domyślna to { $rounds } (OpenSSH 9.4 i nowsze), więcej oznacza wolniejsze łamanie i wolniejsze otwieranie.
# Zanim Python poda wartość domyślną.
gen-rounds-hint-unknown = Jak <code>ssh-keygen -a</code>; wyświetlona liczba to wartość domyślna (OpenSSH 9.4 i nowsze), więcej oznacza wolniejsze łamanie i wolniejsze otwieranie.
gen-ppk-kdf = Wyprowadzanie klucza w PuTTY
gen-kdf-default = Argon2id (domyślnie)
gen-argon2-memory = Pamięć Argon2 (KiB)
gen-argon2-passes = Przebiegi Argon2
gen-argon2-passes-input =
    .placeholder = automatycznie (ok. 0,1 s, jak PuTTYgen)
gen-argon2-parallelism = Równoległość Argon2
gen-generate = Wygeneruj klucz
gen-generating = Generowanie…
gen-generating-rsa-8192 = Generowanie… RSA 8192 i większe może potrwać minutę lub dłużej.
gen-generating-rsa-4096 = Generowanie… RSA 4096 zwykle trwa kilka sekund, czasem nawet do 15.
gen-generating-dsa = Generowanie… DSA trwa kilka sekund.
# $ms: milisekundy.
gen-generated = Wygenerowano w { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Wyczyszczono: klucza nie ma już na tej stronie.

## Otwieranie
open-drop = Upuść tutaj plik klucza lub
open-choose = Wybierz plik klucza…
open-formats = Pliki OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, klucze publiczne i certyfikaty (<code>-cert.pub</code>). Plik jest odczytywany na tej stronie i nigdy nie jest wysyłany.
open-paste = …lub wklej klucz
open-passphrase = Ten klucz jest chroniony. Hasło:
open-button = Otwórz klucz
# $name: nazwa pliku.
open-opening = Otwieranie: { $name }…
open-opening-later = { $name } zostanie otwarty, gdy Python będzie gotowy.
open-protected = { $name } jest chroniony hasłem.
open-opened = Otwarto: { $name }.
# Te same cztery dla klucza wklejonego w pole zamiast pliku.
open-opening-pasted = Otwieranie wklejonego klucza…
open-opening-later-pasted = Wklejony klucz zostanie otwarty, gdy Python będzie gotowy.
open-protected-pasted = Wklejony klucz jest chroniony hasłem.
open-opened-pasted = Otwarto wklejony klucz.
# $size: megabajty.
file-too-big = { $name } ma { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: to nie jest plik klucza.
file-too-big-authorized-keys = { $name } ma { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: za dużo jak na plik authorized_keys.

## Klucz na ekranie
result-title = Twój klucz
# $type: typ klucza (ssh-ed25519); $bits: jego rozmiar, bez grupowania cyfr; $comment: jego komentarz.
result-summary-private = Klucz prywatny i publiczny: { $type }, { $bits }-bitowy, komentarz „{ $comment }”.
result-summary-public = Tylko klucz publiczny: { $type }, { $bits }-bitowy, komentarz „{ $comment }”.
result-public-key = Klucz publiczny, do <code>authorized_keys</code> lub panelu Twojego dostawcy
result-copy = Kopiuj klucz publiczny
result-copied = Skopiowano do schowka.
result-copy-blocked = Kopiowanie zostało zablokowane: klucz jest zaznaczony, naciśnij Ctrl+C (⌘C), aby go skopiować.
result-edit =
    .aria-label = Komentarz i hasło
result-comment = Komentarz
result-change = Zmień
    .aria-label = Zmień komentarz
result-comment-changed = Komentarz zmieniony: zapisz pliki ponownie, aby go zachować.
result-save-passphrase = Hasło do plików klucza prywatnego
result-next = Następne kroki: gdzie umieścić pliki w systemach Windows, macOS i Linux
result-systems =
    .aria-label = Twój system
result-os-putty = Windows z PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Sprawdź klucz: odciski, randomart, bubblebabble
result-sha256 = Odcisk SHA256
result-md5 = Odcisk MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), do odczytania na głos
result-randomart =
    .aria-label = Obraz randomart odcisku klucza
result-randomart-caption = Randomart, tak jak rysuje go <code>ssh-keygen -lv</code>.
result-send = Wyślij na inne urządzenie: klucz publiczny jako kod QR
result-qr-caption = Wiersz klucza publicznego jako kod QR: zeskanuj go aparatem telefonu lub aplikacją SSH, aby przenieść klucz publiczny na inne urządzenie. Nie zawiera niczego tajnego.
result-qr =
    .aria-label = Kod QR wiersza klucza publicznego
# $bytes: długość wiersza; $limit: ile mieści największy kod QR (2953 bajty).
result-qr-too-long = Wiersz klucza publicznego ma długość { NUMBER($bytes, useGrouping: 0) } B: więcej, niż mieści jeden kod QR ({ NUMBER($limit, useGrouping: 0) }). Skopiuj go albo zapisz plik klucza publicznego i przenieś ten plik.
result-qr-dense = Długi klucz daje gęsty kod: trzymaj telefon blisko albo powiększ stronę.
result-other-formats = Inne formaty: PEM, PKCS#8, RFC 4716
result-clear = Wyczyść — zapomnij ten klucz
result-clear-hint = Usuwa klucz z tej strony i z pamięci. Zapisane pliki pozostają tam, gdzie je zapisano.

## Zapisywanie
save-title = Zapisz
save-openssh = Klucz prywatny OpenSSH
save-ppk = Klucz prywatny PuTTY (.ppk)
save-ppk-v2 = Wersja 2, dla PuTTY przed 0.75
save-public = Klucz publiczny (.pub)
save-pem-title = PEM (OpenSSL, konsole chmurowe, biblioteki)
save-pem = Klucz prywatny PEM
save-pkcs8 = Klucz prywatny PKCS#8
save-public-pem = Klucz publiczny PEM
save-rfc4716-title = Klucz publiczny w postaci zapisywanej przez PuTTYgen
save-rfc4716 = Klucz publiczny (RFC 4716)
save-all-title = Zapisz wszystko (.zip): klucz prywatny w kilku formatach, klucz publiczny i następne kroki
save-all-formats = Formaty klucza prywatnego w pliku .zip
save-all = Zapisz wszystko (.zip)
save-preparing = Przygotowywanie pliku…
save-preparing-zip = Przygotowywanie pliku .zip…
save-cancelled = Nie zapisano: okno zapisu zostało zamknięte.
# $error: przyczyna podana przez przeglądarkę.
save-not-written = Nie zapisano { $filename }: { $error }
# $how: "written" (okno zapisu) lub "downloaded"; $protection: "passphrase", "none"
# (klucz prywatny bez hasła) lub "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Zapisano { $filename }, chroniony Twoim hasłem.
            [none] Zapisano { $filename }, bez hasła.
           *[public] Zapisano { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Zapisano w pobranych plikach: { $filename }, chroniony Twoim hasłem.
            [none] Zapisano w pobranych plikach: { $filename }, bez hasła.
           *[public] Zapisano w pobranych plikach: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Zapisano { $filename }, klucze prywatne chronione Twoim hasłem.
           *[none] Zapisano { $filename }, klucze prywatne bez hasła.
        }
       *[downloaded] { $protection ->
            [passphrase] Zapisano w pobranych plikach: { $filename }, klucze prywatne chronione Twoim hasłem.
           *[none] Zapisano w pobranych plikach: { $filename }, klucze prywatne bez hasła.
        }
    }
save-unsaved = Jeszcze nie zapisano: zapisz klucz prywatny, zanim opuścisz stronę.
save-unsaved-comment = Jeszcze nie zapisano: nowy komentarz istnieje tylko na tej stronie. Zapisz klucz prywatny ponownie, aby go zachować.

## Następne kroki (jedna lista na system)
help-dashboard = Skopiuj powyższy klucz publiczny i wklej go tam, gdzie Twój dostawca prosi o klucz SSH (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; serwer: nowy wiersz w <code>{ $authorized }</code>).
# $type: typ klucza, którego OpenSSH nie akceptuje (ssh-ed448).
help-openssh-refuses = Uwaga: OpenSSH nie akceptuje kluczy { $type }. Używaj go z PuTTY albo utwórz klucz Ed25519 dla OpenSSH.
# $folder: gdzie trafiają pliki (~/.ssh/); $file, $pub: nazwy obu plików.
help-save-openssh = Zapisz <strong>klucz prywatny</strong> i <strong>klucz publiczny</strong> OpenSSH w <code>{ $folder }</code> jako <code>{ $file }</code> i <code>{ $pub }</code>.
help-save-openssh-windows = Zapisz <strong>klucz prywatny</strong> i <strong>klucz publiczny</strong> OpenSSH w <code>{ $folder }</code> (w razie potrzeby utwórz folder) jako <code>{ $file }</code> i <code>{ $pub }</code>.
help-chmod = Ustaw klucz prywatny jako czytelny tylko dla Ciebie: <code>{ $command }</code> (ssh odrzuca klucze, które mogą czytać inni).
# $ppk: nazwa pliku .ppk. „Add Key” i „Private key file for authentication” to słowa z PuTTY.
help-putty-save = Zapisz <strong>klucz prywatny PuTTY (.ppk)</strong> jako { $ppk } w miejscu, które możesz czytać tylko Ty, np. w folderze Dokumenty.
help-putty-pageant = Otwórz Pageant (agenta kluczy PuTTY, w zasobniku systemowym), wybierz <strong>Add Key</strong> i wskaż { $ppk }; PuTTY, WinSCP i FileZilla będą go wtedy używać automatycznie.
help-putty-auth = Albo w PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Zapisz sesję, aby nie wybierać go ponownie.
help-putty-old = Stary PuTTY (przed 0.75), WinSCP lub FileZilla nie rozpoznaje pliku? Zapisz go ponownie z zaznaczoną opcją „Wersja 2”.
# $service, $add: polecenia PowerShell.
help-windows-agent = Opcjonalnie, aby wpisywać hasło raz na sesję: w PowerShell uruchomionym jako administrator wykonaj <code>{ $service }</code>, a następnie jako zwykły użytkownik <code>{ $add }</code>.
help-windows-connect = Połącz się za pomocą <code>{ $command }</code> (-i nie jest potrzebne, gdy plik ma tę standardową nazwę).
help-macos-keychain = Przechowuj hasło w pęku kluczy: <code>{ $command }</code>.
help-macos-connect = Połącz się za pomocą <code>{ $ssh }</code> lub skopiuj klucz na serwer za pomocą <code>{ $copy }</code>.
help-linux-agent = Załaduj go do swojego agenta na tę sesję: <code>{ $command }</code>.
help-linux-connect = Skopiuj klucz na serwer za pomocą <code>{ $copy }</code>, a następnie połącz się za pomocą <code>{ $ssh }</code>.

## Tryb osadzenia: „Użyj tego klucza” wysyła klucz publiczny do strony wokół generatora
# $origin: źródło (origin) sieciowe (https://docs.example.com).
embed-use = Użyj tego klucza
embed-use-hint = Wysyła powyższy wiersz klucza publicznego do { $origin }, strony wokół tego generatora. Nigdy klucza prywatnego.
embed-refused-no-origin = Stąd nic nie zostanie wysłane: strona wokół tego generatora nie podała prawidłowego źródła (origin), do którego można wysłać klucz publiczny.
embed-refused-not-framed = Stąd nic nie zostanie wysłane: ta strona nie jest osadzona w innej stronie.
embed-refused-other-parent = Stąd nic nie zostanie wysłane: ten generator jest osadzony na stronie z { $parent }, a nie z { $origin }.
embed-sent = Wysłano do { $origin }.

## Formularz i tabela karty sprawdzania (statyczne znaczniki; słowa kontroli są w checkup.ftl)
page-check-drop = Upuść tutaj plik <code>authorized_keys</code> lub <code>known_hosts</code> albo
page-check-choose = Wybierz plik…
page-check-paste = …lub wklej jego wiersze
page-check-hint = Tylko klucze publiczne: każdy wiersz jest odczytywany na tej stronie i nigdy nie jest wysyłany.
page-check-run = Sprawdź wiersze
page-check-caption = Każdy wiersz z kluczem, jego klucz i wyniki kontroli
page-check-col-line = Wiersz
page-check-col-key = Klucz
page-check-col-sha256 = Odcisk SHA256
page-check-col-comment = Komentarz
page-check-col-options = Opcje lub hosty
page-check-col-findings = Wyniki

## Kontrola klucza (statyczne znaczniki pod opcjami zapisu)
page-check-clean = Nic do zgłoszenia: klucz i sposób jego przechowywania spełniają aktualne zalecenia.
page-check-fix-resave = Zapisz z nowoczesną ochroną
page-check-fix-new-key = Utwórz nowy klucz (ten sam komentarz)
# $rounds: domyślna liczba rund bcrypt przy zapisie (16).
page-check-fix-resave-hint = „Zapisz z nowoczesną ochroną” używa powyższego hasła: format OpenSSH z bcrypt (liczba rund: { $rounds }) lub .ppk v3 (Argon2id) dla klucza otwartego z pliku .ppk.
page-check-fix-resave-hint-unknown = „Zapisz z nowoczesną ochroną” używa powyższego hasła: format OpenSSH z domyślną liczbą rund bcrypt ssh-keygen lub .ppk v3 (Argon2id) dla klucza otwartego z pliku .ppk.

## Certyfikat klucza (statyczne znaczniki pod opcjami zapisu)
page-cert-save = Zapisz certyfikat (-cert.pub)
page-cert-attach = Dołącz certyfikat tego klucza (<code>-cert.pub</code>): zapisany potem plik .ppk będzie go zawierał, tak jak przy <code>--certificate</code> w PuTTYgen
page-cert-choose = Wybierz certyfikat…
page-cert-attach-button = Dołącz
page-cert-remove = Usuń certyfikat

## Karta Certyfikaty (statyczne znaczniki; jej komunikaty są w certs.ftl)
page-cert-sign-title = Podpisz certyfikat
page-cert-about = Certyfikat OpenSSH pozwala kluczowi logować się wszędzie tam, gdzie ufa się jego urzędowi certyfikacji (CA) (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), tak jak tworzy go <code>ssh-keygen -s</code>.
page-cert-ca = Klucz CA (jego klucz prywatny)
page-cert-ca-choose = Wybierz klucz CA…
page-cert-paste-it = …lub go wklej
page-cert-ca-passphrase = Klucz CA jest chroniony. Hasło:
page-cert-ca-open = Otwórz klucz CA
page-cert-ca-forget = Zapomnij klucz CA
page-cert-subjects = Klucze publiczne do podpisania
page-cert-subjects-choose = Wybierz klucze publiczne…
page-cert-subjects-paste = …lub je wklej, po jednym w wierszu
page-cert-certificate = Certyfikat
page-cert-user = Certyfikat użytkownika
page-cert-host = Certyfikat hosta (<code>-h</code>)
page-cert-identity = Identyfikator klucza (<code>-I</code>)
page-cert-identity-hint = Zapisywany w dzienniku serwera przy użyciu certyfikatu, np. <code>alice@example.com</code>.
page-cert-principals = Podmioty (<code>-n</code>), rozdzielone przecinkami
page-cert-principals-hint = Nazwy użytkowników (lub, dla hosta, nazwy hostów), dla których jest ważny.
page-cert-validity = Ważny (<code>-V</code>)
page-cert-for-hour = przez 1 godzinę
page-cert-for-day = przez 1 dzień
page-cert-for-week = przez 1 tydzień
page-cert-for-52-weeks = przez 52 tygodnie
page-cert-forever = bezterminowo
page-cert-between = między tymi datami…
page-cert-from = Od (puste: od zawsze)
page-cert-to = Do (puste: bezterminowo)
page-cert-serial = Numer seryjny (<code>-z</code>)
page-cert-options = Opcje certyfikatu użytkownika (<code>-O</code>)
page-cert-x11 = Przekazywanie X11
page-cert-agent = Przekazywanie agenta
page-cert-port = Przekierowanie portów
page-cert-pty = Terminal (pty)
page-cert-force-command = Wymuszone polecenie (<code>force-command</code>)
page-cert-source-address = Tylko z tych adresów (<code>source-address</code>, CIDR, rozdzielone przecinkami)
page-cert-sign = Podpisz
page-cert-inspect-title = Sprawdź certyfikat
page-cert-inspect = Sprawdź
