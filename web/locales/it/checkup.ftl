# Il controllo (web/checkup.js): i risultati sulla chiave sullo schermo, e la vista authorized_keys /
# known_hosts della scheda di controllo. Python invia ogni risultato già nella lingua della pagina;
# queste sono le parole intorno. Non tradurre mai authorized_keys, known_hosts e i placeable
# ($filename, $name: nomi di file; $type: un tipo di chiave come ssh-ed25519).

## L'etichetta di un risultato, secondo la gravità
check-badge-weak = Punto debole
check-badge-note = Nota
check-badge-info = Non verificato

## La chiave sullo schermo
check-resaving = Salvataggio con protezione moderna…
check-resaved = { $filename } salvato con protezione moderna: sostituire il vecchio file con questo.
check-making-key = Creazione di una nuova chiave…
check-new-key = Questa è una nuova chiave con lo stesso commento: salvarla, autorizzarla dove era autorizzata la vecchia, poi rimuovere la vecchia.
# Il titolo della sezione chiusa: ciò che il controllo ha trovato.
check-title-none = Controllo: niente da segnalare
check-title-weak = Controllo: { $weak ->
    [one] { $weak } punto debole
    [many] { $weak } punti deboli
   *[other] { $weak } punti deboli
}
check-title-notes = Controllo: { $notes ->
    [one] { $notes } nota
    [many] { $notes } note
   *[other] { $notes } note
}
check-title-both = Controllo: { $weak ->
    [one] { $weak } punto debole
    [many] { $weak } punti deboli
   *[other] { $weak } punti deboli
}, { $notes ->
    [one] { $notes } nota
    [many] { $notes } note
   *[other] { $notes } note
}

## La vista authorized_keys / known_hosts
# Tipo e dimensione della chiave di una riga; $bits è un numero di bit (256, 4096), scritto così com'è.
check-row-type = { $type } ({ $bits } bit)
# Sotto la tabella: $keys righe di chiave, $bad righe che non sono chiavi, $weak punti deboli trovati.
check-summary = { $keys ->
    [one] { $keys } riga di chiave
    [many] { $keys } righe di chiave
   *[other] { $keys } righe di chiave
}{ $bad ->
    [0] {""}
    [one] , { $bad } riga illeggibile
    [many] , { $bad } righe illeggibili
   *[other] , { $bad } righe illeggibili
}; { $weak ->
    [0] nessun punto debole
    [one] { $weak } punto debole
    [many] { $weak } punti deboli
   *[other] { $weak } punti deboli
}.
# Un file oltre il limite della pagina. $mb: la sua dimensione in megabyte.
check-too-big = { $name } è di { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: troppo grande per un file authorized_keys.
