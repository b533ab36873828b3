# OpenSSH-certificaten (web/certs.js): het tabblad Certificaten (ondertekenen met een CA-sleutel, elk
# certificaat bekijken) en het certificaat van de getoonde sleutel. Nooit vertalen: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh en alle placeables ($name: een bestandsnaam; $type, $caType, $algorithm: sleutel- en
# handtekeningtypen zoals ssh-ed25519; $fingerprint: SHA256:…; $comment: het commentaar van de sleutel).

## Soort en geldigheid van een certificaat, in de zinnen hieronder
# $certType is user, host of unknown; $state is valid, expired of future (nog niet geldig).
# $validity is forever, before, after of range; $after en $before zijn tijdstippen (milliseconden).
cert-validity-forever = onbeperkt geldig
cert-validity-before = geldig tot { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = geldig vanaf { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = geldig van { DATETIME($after, dateStyle: "medium", timeStyle: "short") } tot { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# Het oordeel boven de uitvoer van ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Verlopen
    [future] Nog niet geldig
   *[valid] Nu geldig
}: { $certType ->
    [host] hostcertificaat
    [unknown] certificaat van onbekend type
   *[user] gebruikerscertificaat
}, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. De handtekening van de CA klopt ({ $caType } { $fingerprint }, met { $algorithm }).

## Het tabblad Certificaten: de CA-sleutel
# De naam van een geplakte CA-sleutel in de meldingen hieronder (en in die van Python), in plaats van een bestandsnaam.
cert-pasted-ca = De geplakte CA-sleutel
cert-ca-needed = Kies of plak eerst de privésleutel van de CA.
cert-opening = { $name } openen…
cert-ca-passphrase = { $name } is beveiligd met een wachtwoordzin.
cert-ca-public = { $name } is een publieke sleutel: een CA ondertekent met haar privésleutel.
cert-ca-key = CA-sleutel: { $type } { $fingerprint } “{ $comment }”.
# Een bestand boven de limiet van de pagina. $mb: de grootte in megabytes.
cert-too-big = { $name } is { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: dat is geen sleutelbestand.

## Het tabblad Certificaten: ondertekenen
cert-bad-dates = Kies de datums met de datumkiezers.
cert-open-ca-first = Open eerst de CA-sleutel.
cert-id-needed = Geef het certificaat een sleutelidentiteit.
cert-serial-number = Het serienummer is een geheel getal, 0 of groter.
cert-key-needed = Kies of plak de publieke sleutel die moet worden ondertekend.
cert-signing = Bezig met ondertekenen…
# $names: de opgeslagen certificaatbestanden (id_ed25519-cert.pub, …), als lijst.
cert-saved = Opgeslagen: { $names }.

## Het tabblad Certificaten: bekijken
# De naam van een geplakt certificaat, zoals de uitvoer van ssh-keygen -L het als kop toont.
cert-pasted = (geplakt)
cert-inspect-needed = Kies of plak eerst een certificaat.
cert-checking = Bezig met controleren…

## De getoonde sleutel: zijn certificaat
# De naam van een geplakt certificaat.
cert-pasted-cert = Het geplakte certificaat
cert-attach-needed = Kies of plak eerst het certificaat van de sleutel.
cert-attach-checking = Certificaat controleren…
cert-attached = Toegevoegd: de .ppk die u nu opslaat, bevat het.
cert-removed = Verwijderd: de bestanden die u opslaat, bevatten het niet meer.
cert-key-title = Certificaat: OpenSSH-{ $certType ->
    [host] hostcertificaat
    [unknown] certificaat van onbekend type
   *[user] gebruikerscertificaat
}, { $state ->
    [expired] verlopen
    [future] nog niet geldig
   *[valid] nu geldig
}
cert-key-title-none = Certificaat: geen (voeg er een toe)
cert-key-none = Deze sleutel heeft geen certificaat.
cert-key-about-private = Deze sleutel heeft een OpenSSH-{ $certType ->
    [host] hostcertificaat
    [unknown] certificaat van onbekend type
   *[user] gebruikerscertificaat
}. Een .ppk die u opslaat, behoudt het (PuTTY 0.78 en later melden zich ermee aan); sla voor OpenSSH het certificaat op als apart bestand naast de privésleutel.
# $type: het sleuteltype (ssh-ed25519); $stem: de bestandsnaam van de privésleutel (id_ed25519).
cert-key-about-public = Dit is een OpenSSH-{ $certType ->
    [host] hostcertificaat
    [unknown] certificaat van onbekend type
   *[user] gebruikerscertificaat
}, geen sleutel: hiermee kan de privésleutel van de publieke { $type }-sleutel hieronder inloggen overal waar de CA ervan wordt vertrouwd. Bewaar het naast die privésleutel, als { $stem }-cert.pub naast { $stem }: ssh gebruikt het dan vanzelf.
