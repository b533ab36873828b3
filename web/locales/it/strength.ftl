# La riga di robustezza sotto un campo passphrase (web/strength.js). Python invia le parole della
# stima già nella lingua della pagina: $attacker («100 GPU di classe RTX 4090»), $time («circa
# 3 giorni», «meno di un secondo») e $kdf («OpenSSH bcrypt_pbkdf, 24 round»): non tradurle qui.
# I nomi delle derivazioni di chiave (bcrypt_pbkdf, Argon2id, PBKDF2) restano invariati.

## La riga
# $rating è uno tra: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Passphrase molto debole.
    [weak] Passphrase debole.
    [fair] Passphrase discreta.
   *[strong] Passphrase robusta.
}
strength-attack = Un attaccante con { $attacker } impiegherebbe { $time } per indovinarla offline contro { $kdf }.
strength-still-usable = È comunque possibile usarla.
strength-none = Nessuna passphrase: il file della chiave privata non sarà protetto.
# $error: il motivo (già una frase completa nella lingua della pagina).
strength-failed = Impossibile stimare la robustezza di questa passphrase: { $error }

## Gli altri formati, in piccolo: «Salvata con A: tempo; B: tempo (debole).»
# $estimates: l'elenco degli strength-saved-item, uniti da strength-saved-separator.
strength-saved = Salvata con { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# Lo stesso, quando la valutazione di questo formato differisce da quella del primo.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] molto debole
    [weak] debole
    [fair] discreta
   *[strong] robusta
})

## I consigli dello stimatore (i suggerimenti di zxcvbn-ts, per chiave)
strength-warning-straight-row = Le sequenze di tasti in fila sulla tastiera sono facili da indovinare.
strength-warning-key-pattern = Gli schemi brevi sulla tastiera sono facili da indovinare.
strength-warning-simple-repeat = I caratteri ripetuti come «aaa» sono facili da indovinare.
strength-warning-extended-repeat = Gli schemi di caratteri ripetuti come «abcabcabc» sono facili da indovinare.
strength-warning-sequences = Le sequenze di caratteri comuni come «abc» sono facili da indovinare.
strength-warning-recent-years = Gli anni recenti sono facili da indovinare.
strength-warning-dates = Le date sono facili da indovinare.
strength-warning-top-ten = Questa è una password usatissima.
strength-warning-top-hundred = Questa è una password usata molto spesso.
strength-warning-common = Questa è una password di uso comune.
strength-warning-similar-to-common = È simile a una password di uso comune.
strength-warning-word-by-itself = Le parole singole sono facili da indovinare.
strength-warning-names-by-themselves = Nomi o cognomi da soli sono facili da indovinare.
strength-warning-common-names = Nomi e cognomi comuni sono facili da indovinare.
strength-warning-user-inputs = Non dovrebbe contenere dati personali o relativi alla pagina.
strength-warning-pwned = Questa password è stata esposta in una violazione di dati su Internet.
strength-suggestion-l33t = Evitare sostituzioni di lettere prevedibili come «@» al posto di «a».
strength-suggestion-reverse-words = Evitare parole comuni scritte al contrario.
strength-suggestion-all-uppercase = Usare le maiuscole per alcune lettere, ma non per tutte.
strength-suggestion-capitalization = Usare le maiuscole non solo per la prima lettera.
strength-suggestion-dates = Evitare date e anni con un significato personale.
strength-suggestion-recent-years = Evitare gli anni recenti.
strength-suggestion-associated-years = Evitare anni con un significato personale.
strength-suggestion-sequences = Evitare sequenze di caratteri comuni.
strength-suggestion-repeated = Evitare parole e caratteri ripetuti.
strength-suggestion-longer-keyboard-pattern = Usare schemi di tastiera più lunghi e cambiare più volte direzione di digitazione.
strength-suggestion-another-word = Aggiungere altre parole, meno comuni.
strength-suggestion-use-words = Usare più parole, ma evitare frasi comuni.
strength-suggestion-no-need = È possibile creare password robuste senza simboli, numeri o lettere maiuscole.
strength-suggestion-pwned = Se questa password è usata altrove, è opportuno cambiarla.
