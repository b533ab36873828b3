# De sterkteregel onder een wachtwoordzinveld (web/strength.js). Python stuurt de woorden van de
# schatting al in de taal van de pagina: $attacker ("100 GPU's van de RTX 4090-klasse"), $time
# ("ongeveer 3 dagen", "minder dan een seconde") en $kdf ("OpenSSH bcrypt_pbkdf, 24 rondes"): hier
# nooit vertalen. Namen van sleutelafleidingen (bcrypt_pbkdf, Argon2id, PBKDF2) blijven zoals ze zijn.

## De regel
# $rating is een van: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Zeer zwakke wachtwoordzin.
    [weak] Zwakke wachtwoordzin.
    [fair] Redelijke wachtwoordzin.
   *[strong] Sterke wachtwoordzin.
}
strength-attack = Een aanvaller met { $attacker } zou { $time } nodig hebben om hem offline te raden ({ $kdf }).
strength-still-usable = U kunt hem toch gebruiken.
strength-none = Geen wachtwoordzin: het privésleutelbestand wordt niet beveiligd.
# $error: de reden (al een volledige zin in de taal van de pagina).
strength-failed = De sterkte van deze wachtwoordzin kon niet worden geschat: { $error }

## De andere formaten, in kleine letters: "Opgeslagen als A: tijd; B: tijd (zwak)."
# $estimates: de lijst van strength-saved-item, samengevoegd met strength-saved-separator.
strength-saved = Opgeslagen als { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# Hetzelfde, als de beoordeling van dit formaat afwijkt van die van het eerste.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] zeer zwak
    [weak] zwak
    [fair] redelijk
   *[strong] sterk
})

## Het advies van de schatter (de feedback van zxcvbn-ts, naar zijn sleutels)
strength-warning-straight-row = Rechte rijen toetsen op uw toetsenbord zijn makkelijk te raden.
strength-warning-key-pattern = Korte toetsenbordpatronen zijn makkelijk te raden.
strength-warning-simple-repeat = Herhaalde tekens zoals "aaa" zijn makkelijk te raden.
strength-warning-extended-repeat = Herhaalde tekenpatronen zoals "abcabcabc" zijn makkelijk te raden.
strength-warning-sequences = Veelvoorkomende tekenreeksen zoals "abc" zijn makkelijk te raden.
strength-warning-recent-years = Recente jaartallen zijn makkelijk te raden.
strength-warning-dates = Datums zijn makkelijk te raden.
strength-warning-top-ten = Dit is een zeer veel gebruikt wachtwoord.
strength-warning-top-hundred = Dit is een vaak gebruikt wachtwoord.
strength-warning-common = Dit is een veelgebruikt wachtwoord.
strength-warning-similar-to-common = Dit lijkt op een veelgebruikt wachtwoord.
strength-warning-word-by-itself = Losse woorden zijn makkelijk te raden.
strength-warning-names-by-themselves = Losse voor- of achternamen zijn makkelijk te raden.
strength-warning-common-names = Veelvoorkomende voor- en achternamen zijn makkelijk te raden.
strength-warning-user-inputs = Er mogen geen persoonlijke of paginagerelateerde gegevens in staan.
strength-warning-pwned = Uw wachtwoord is bij een datalek op internet openbaar geworden.
strength-suggestion-l33t = Vermijd voorspelbare lettervervangingen zoals '@' voor 'a'.
strength-suggestion-reverse-words = Vermijd achterstevoren gespelde gangbare woorden.
strength-suggestion-all-uppercase = Schrijf sommige letters als hoofdletter, maar niet alle.
strength-suggestion-capitalization = Gebruik meer hoofdletters dan alleen de eerste letter.
strength-suggestion-dates = Vermijd datums en jaartallen die met u te maken hebben.
strength-suggestion-recent-years = Vermijd recente jaartallen.
strength-suggestion-associated-years = Vermijd jaartallen die met u te maken hebben.
strength-suggestion-sequences = Vermijd veelvoorkomende tekenreeksen.
strength-suggestion-repeated = Vermijd herhaalde woorden en tekens.
strength-suggestion-longer-keyboard-pattern = Gebruik langere toetsenbordpatronen en verander meerdere keren van typrichting.
strength-suggestion-another-word = Voeg meer woorden toe die minder gangbaar zijn.
strength-suggestion-use-words = Gebruik meerdere woorden, maar vermijd gangbare uitdrukkingen.
strength-suggestion-no-need = U kunt sterke wachtwoorden maken zonder symbolen, cijfers of hoofdletters.
strength-suggestion-pwned = Als u dit wachtwoord ook elders gebruikt, moet u het wijzigen.
