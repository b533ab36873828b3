# La vue Signer (web/sign.js) : signer avec la clé affichée, et « Vérifier une signature SSH »
# de l'onglet de vérification. Ne jamais traduire : allowed_signers, ssh-keygen et ses options
# (-n, -I, -O hashalg=), git config, les espaces de noms (file, git), .sig, ni les placeables.

## La clé affichée : une section repliée sous les enregistrements
sign-title = Signer et vérifier : commits git, fichiers
sign-about = Signez des commits et des tags git, ou n'importe quel fichier, avec cette clé, comme le fait ssh-keygen -Y sign. Quiconque possède sa ligne allowed_signers peut vérifier ce qu'elle a signé.
sign-principal = Votre adresse e-mail (le principal : user.email de git)
sign-principal-input =
    .placeholder = vous@example.com
sign-allowed-title = Ligne allowed_signers
sign-allowed-hint = Ajoutez-la à ~/.ssh/allowed_signers sur chaque ordinateur qui vérifie vos signatures.
sign-principal-missing = Saisissez votre adresse e-mail ci-dessus pour obtenir la ligne.
sign-git-title = git config : signer chaque commit et chaque tag avec cette clé
sign-git-hint = Enregistrez la clé publique sous le nom de fichier indiqué à la deuxième ligne, puis exécutez ces commandes.
sign-copy-line = Copier
    .aria-label = Copier { $line }
sign-copied = Copié dans le presse-papiers.
sign-copy-blocked = La copie a été bloquée : sélectionnez la ligne et appuyez sur Ctrl+C (⌘C).

## Signer
sign-sign-title = Signer un fichier ou un texte
sign-choose-file = Choisir un fichier à signer…
sign-text = …ou saisir le texte à signer (signé exactement tel qu'il est écrit)
sign-namespace = Espace de noms (-n)
sign-namespace-hint = file pour les fichiers, git pour ce que git vérifie ; la vérification doit indiquer le même.
sign-hash = Hachage (-O hashalg=)
sign-sign-button = Signer et enregistrer le .sig
sign-signing = Signature en cours…
sign-saved = Enregistré dans vos téléchargements : { $filename } (espace de noms { $namespace }).
sign-nothing-to-sign = Choisissez d'abord un fichier ou saisissez un texte à signer.
sign-namespace-needed = Indiquez un espace de noms, par exemple file ou git.
sign-too-big = { $name } fait { NUMBER($size) } octets, au-delà de la limite de { NUMBER($cap) } octets de cette page.

## Vérifier (l'onglet de vérification)
sign-verify-title = Vérifier une signature SSH
sign-verify-about = Comme ssh-keygen -Y verify : le .sig est-il une signature valide du fichier, et sa clé peut-elle signer pour cette personne ?
sign-verify-signature = La signature (.sig)
sign-choose-signature = Choisir le fichier .sig…
sign-paste-signature = …ou la coller
sign-verify-message = Ce qui a été signé
sign-choose-signed = Choisir le fichier signé…
sign-verify-text = …ou saisir le texte signé (exactement tel qu'il a été signé)
sign-verify-who = Signataire attendu
sign-by-allowed = Une personne d'un fichier allowed_signers
sign-by-key = Le propriétaire d'une clé publique
sign-verify-principal = Principal (-I), par exemple l'adresse e-mail du signataire
sign-choose-allowed = Choisir le fichier allowed_signers…
sign-paste-allowed = …ou coller ses lignes
sign-choose-key = Choisir la clé publique…
sign-paste-key = …ou la coller
sign-verify-button = Vérifier
sign-verifying = Vérification…
sign-signature-needed = Choisissez ou collez d'abord la signature.
sign-message-needed = Choisissez d'abord le fichier signé ou saisissez le texte signé.
sign-key-needed = Choisissez ou collez d'abord la clé publique du signataire.
sign-allowed-needed = Choisissez ou collez d'abord les lignes allowed_signers.
sign-principal-needed = Indiquez le principal à vérifier, par exemple l'adresse e-mail du signataire.
sign-verdict-good = Signature valide : { $principal } l'a signé ({ $namespace }) avec la clé { $type } { $fingerprint }.
sign-verdict-good-key = Signature valide : cette clé publique l'a signé ({ $namespace }), clé { $type } { $fingerprint }.
sign-verdict-bad = Non vérifiée : la signature ne correspond pas à ce fichier, à cet espace de noms et à ce signataire. Raisons données par ssh-keygen :
