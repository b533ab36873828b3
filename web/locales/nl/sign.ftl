# De weergave Ondertekenen (web/sign.js): ondertekenen met de getoonde sleutel, en op het tabblad
# Controleren "Een SSH-handtekening verifiëren". Nooit vertalen: allowed_signers, ssh-keygen en zijn
# opties (-n, -I, -O hashalg=), git config, naamruimten (file, git), .sig en alle placeables.

## De getoonde sleutel: een ingeklapte sectie onder de opslagopties
sign-title = Ondertekenen en verifiëren: git-commits, bestanden
sign-about = Onderteken git-commits en -tags, of elk bestand, met deze sleutel, zoals ssh-keygen -Y sign dat doet. Wie de allowed_signers-regel van de sleutel heeft, kan verifiëren wat ermee is ondertekend.
sign-principal = Uw e-mailadres (de principal: user.email van git)
sign-principal-input =
    .placeholder = u@example.com
sign-allowed-title = allowed_signers-regel
sign-allowed-hint = Voeg deze toe aan ~/.ssh/allowed_signers op elke computer die uw handtekeningen verifieert.
sign-principal-missing = Typ hierboven uw e-mailadres om de regel te krijgen.
sign-git-title = git config: elke commit en tag met deze sleutel ondertekenen
sign-git-hint = Sla de publieke sleutel op als het bestand dat de tweede regel noemt en voer daarna deze opdrachten uit.
sign-copy-line = Kopiëren
    .aria-label = { $line } kopiëren
sign-copied = Gekopieerd naar het klembord.
sign-copy-blocked = Kopiëren is geblokkeerd: selecteer de regel en druk op Ctrl+C (⌘C).

## Ondertekenen
sign-sign-title = Een bestand of tekst ondertekenen
sign-choose-file = Kies een bestand om te ondertekenen…
sign-text = …of typ de tekst om te ondertekenen (precies zoals geschreven ondertekend)
sign-namespace = Naamruimte (-n)
sign-namespace-hint = file voor bestanden, git voor wat git verifieert; wie verifieert, moet om dezelfde vragen.
sign-hash = Hash (-O hashalg=)
sign-sign-button = Ondertekenen en .sig opslaan
sign-signing = Bezig met ondertekenen…
sign-saved = Opgeslagen in uw downloads: { $filename } (naamruimte { $namespace }).
sign-nothing-to-sign = Kies eerst een bestand of typ een tekst om te ondertekenen.
sign-namespace-needed = Geef een naamruimte op, zoals file of git.
sign-too-big = { $name } is { NUMBER($size) } bytes, boven de limiet van { NUMBER($cap) } bytes voor deze pagina.

## Verifiëren (het tabblad Controleren)
sign-verify-title = Een SSH-handtekening verifiëren
sign-verify-about = Zoals ssh-keygen -Y verify dat doet: is de .sig een geldige handtekening van het bestand, en mag de sleutel ervan voor deze persoon ondertekenen?
sign-verify-signature = De handtekening (.sig)
sign-choose-signature = Kies het .sig-bestand…
sign-paste-signature = …of plak hem
sign-verify-message = Wat is ondertekend
sign-choose-signed = Kies het ondertekende bestand…
sign-verify-text = …of typ de ondertekende tekst (precies zoals hij is ondertekend)
sign-verify-who = Wie mag hem hebben ondertekend
sign-by-allowed = Een persoon in een allowed_signers-bestand
sign-by-key = De eigenaar van een publieke sleutel
sign-verify-principal = Principal (-I), zoals het e-mailadres van de ondertekenaar
sign-choose-allowed = Kies het allowed_signers-bestand…
sign-paste-allowed = …of plak de regels ervan
sign-choose-key = Kies de publieke sleutel…
sign-paste-key = …of plak hem
sign-verify-button = Verifiëren
sign-verifying = Bezig met verifiëren…
sign-signature-needed = Kies of plak eerst de handtekening.
sign-message-needed = Kies eerst het ondertekende bestand of typ de ondertekende tekst.
sign-key-needed = Kies of plak eerst de publieke sleutel van de ondertekenaar.
sign-allowed-needed = Kies of plak eerst de allowed_signers-regels.
sign-principal-needed = Geef de principal op waarvoor moet worden geverifieerd, zoals het e-mailadres van de ondertekenaar.
sign-verdict-good = Geldige handtekening: { $principal } heeft het ondertekend ({ $namespace }) met { $type }-sleutel { $fingerprint }.
sign-verdict-good-key = Geldige handtekening: deze publieke sleutel heeft het ondertekend ({ $namespace }), { $type }-sleutel { $fingerprint }.
sign-verdict-bad = Niet geverifieerd: de handtekening klopt niet voor dit bestand, deze naamruimte en deze ondertekenaar. De redenen van ssh-keygen:
