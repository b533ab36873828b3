# Les mots de la page en français, traduits du catalogue anglais.
# Les placeables ({ $name }) contiennent des noms de fichiers, des nombres et des clés : ne jamais les traduire.
# Les messages avec <code>, <strong> ou <em> gardent ces balises ; le contenu de <code> est une
# commande, un nom de fichier ou une option : ne jamais le traduire.

## La page autour des vues : titre, en-tête, chargement, pied de page
site-page-title = Générateur de clés SSH — les clés privées ne quittent jamais votre navigateur
site-skip = Aller au générateur
site-title = Générateur de clés SSH
site-tagline = Créez, ouvrez et convertissez des clés SSH pour OpenSSH et PuTTY : votre clé privée et votre phrase secrète ne quittent jamais cette page.
# Mode intégré : la ligne au-dessus du générateur dans la page d'un autre site.
site-embed-about = Générateur de clés SSH : les clés sont créées dans votre navigateur, et la clé privée et la phrase secrète ne sont jamais envoyées nulle part.
site-footer = Aucun accès réseau après le chargement, aucun cookie, aucun stockage, aucune mesure d'audience : les clés sont créées avec la cryptographie de votre navigateur et Python, exécuté dans cette page.
language-menu-label = Langue
site-update = Une nouvelle version de cette page est prête. Enregistrez d'abord votre clé : le rechargement l'efface.
site-update-reload = Recharger maintenant

load-starting = Chargement du générateur de clés…
load-ready = Prêt. Rien de ce que vous faites ici ne quitte cette page.
# $loaded et $total : mégaoctets téléchargés jusqu'ici, et au total.
load-progress = { $stage ->
        [python] Chargement de Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } sur { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo
        [sshkeys] Démarrage de sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } sur { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo
        [ready] Prêt… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } sur { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo
       *[starting] Démarrage… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } sur { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo
    }
# Idem, avant que la taille du téléchargement soit connue.
load-stage = { $stage ->
        [python] Chargement de Python…
        [sshkeys] Démarrage de sshkeys…
        [ready] Prêt…
       *[starting] Démarrage…
    }
# Affiché après ce que la personne a demandé (Génération…, Ouverture de id_rsa…) pendant que Python se charge ;
# $progress est la ligne de chargement (load-progress ou load-stage).
load-waiting = Python est encore en cours de chargement ({ $progress }).
# $error : la raison, dans les mots du navigateur ou du chargeur.
load-python-failed = Python n'a pas pu démarrer : { $error } Rechargez la page pour réessayer.
load-worker-failed = Le moteur de clés n'a pas pu démarrer : { $error } Rechargez la page pour réessayer.
load-worker-failed-plain = Le moteur de clés n'a pas pu démarrer. Rechargez la page pour réessayer.
load-no-script = La page n'indique pas son script { $role ->
        [rater] d'évaluation
       *[worker] de calcul des clés
    }.
# $name : le nom de fichier d'un script (worker.js).
load-fetch-failed = { $name } n'a pas pu être téléchargé ou a échoué au contrôle d'intégrité ({ $error })
load-http-failed = { $name } : HTTP { $status }
load-worker-stopped = Le moteur de clés a été arrêté.
load-rater-stopped = Le script d'évaluation a été arrêté.
load-rater-failed = Le script d'évaluation s'est arrêté.
# Secondes écoulées depuis le début d'une longue tâche, à côté de son état.
busy-elapsed = { $seconds } s

## Les onglets
tabs-main =
    .aria-label = Que voulez-vous faire ?
tabs-generate = Générer une nouvelle clé
tabs-open = Ouvrir une clé existante
tabs-check = Vérifier authorized_keys
tabs-certs = Certificats

## Générer
gen-type = Type de clé
gen-badge-recommended = recommandé
gen-badge-experimental = expérimental
gen-badge-deprecated = obsolète
gen-badge-putty-only = PuTTY uniquement
gen-about-ed25519 = Courte et moderne : OpenSSH, PuTTY, GitHub et GitLab l'acceptent.
gen-about-rsa = Pour les serveurs et services plus anciens qui demandent RSA.
gen-about-ecdsa = Courbes NIST, pour les politiques de sécurité qui les exigent.
gen-other-types = Autres types : post-quantique (expérimental), anciens
gen-about-mldsa = Post-quantique. Seul OpenSSH 10.4 ou ultérieur l'utilise, là où c'est activé ; PuTTY ne le peut pas.
gen-about-dsa = Uniquement pour les systèmes très anciens : OpenSSH 10 n'accepte plus les clés DSA.
gen-about-ed448 = PuTTY l'accepte ; OpenSSH non.
gen-unsupported = Non disponible dans ce navigateur : sa bibliothèque de cryptographie ne fournit pas ce type.
gen-types-unavailable = La page qui intègre ce générateur a demandé des types de clé non disponibles ici ; tous les types sont donc proposés. Vérifiez quel type votre serveur ou service accepte.
gen-rsa-size = Taille de la clé RSA
# $bits : une taille de clé (2048), écrite sans séparateur de milliers.
gen-bits = { $bits } bits
gen-bits-recommended = { $bits } bits (recommandé pour RSA)
gen-bits-slow = { $bits } bits (lent)
gen-curve = Courbe
gen-comment = Commentaire
gen-comment-hint = Affiché à côté de la clé dans <code>authorized_keys</code>, PuTTY et les tableaux de bord : quelque chose comme <code>you@laptop</code> permet de distinguer vos clés.
gen-passphrase = Phrase secrète
gen-passphrase-confirm = Confirmer la phrase secrète
gen-show-passphrase = Afficher la phrase secrète
gen-suggest-label = Suggérer une phrase de
gen-suggest-words = { $words ->
        [one] { $words } mot
        [many] { $words } mots
       *[other] { $words } mots
    }
gen-suggest = Suggérer une phrase secrète
# $size : le nombre de mots de la liste (7 776) ; $bits : l'entropie de la phrase secrète.
gen-suggested = { $words ->
        [one] Un mot choisi au hasard dans la grande liste de mots de l'EFF ({ NUMBER($size) } mots) : { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits d'entropie. Notez cette phrase secrète ou conservez-la dans un gestionnaire de mots de passe : elle ne peut pas être récupérée.
        [many] { $words } mots choisis au hasard dans la grande liste de mots de l'EFF ({ NUMBER($size) } mots) : { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits d'entropie. Notez cette phrase secrète ou conservez-la dans un gestionnaire de mots de passe : elle ne peut pas être récupérée.
       *[other] { $words } mots choisis au hasard dans la grande liste de mots de l'EFF ({ NUMBER($size) } mots) : { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits d'entropie. Notez cette phrase secrète ou conservez-la dans un gestionnaire de mots de passe : elle ne peut pas être récupérée.
    }
gen-passphrase-hint = Protège le fichier de clé privée si quelqu'un le copie. Ne la laissez vide que pour les clés utilisées par des scripts : quiconque possède un tel fichier peut s'en servir.
gen-mismatch = Les deux phrases secrètes ne correspondent pas.
gen-advanced = Avancé : robustesse de la protection par phrase secrète
gen-rounds = Tours bcrypt d'OpenSSH
# $rounds : le nombre de tours qu'utilise un enregistrement quand le champ reste vide.
gen-rounds-hint = Comme <code>ssh-keygen -a</code> ; { $rounds } est la valeur par défaut (OpenSSH 9.4 et ultérieur) ; plus il y en a, plus la clé est lente à casser et à ouvrir.
# Avant que Python ait indiqué la valeur par défaut.
gen-rounds-hint-unknown = Comme <code>ssh-keygen -a</code> ; le nombre affiché est la valeur par défaut (OpenSSH 9.4 et ultérieur) ; plus il y en a, plus la clé est lente à casser et à ouvrir.
gen-ppk-kdf = Dérivation de clé PuTTY
gen-kdf-default = Argon2id (par défaut)
gen-argon2-memory = Mémoire Argon2 (Kio)
gen-argon2-passes = Passes Argon2
gen-argon2-passes-input =
    .placeholder = auto (environ 0,1 s, comme PuTTYgen)
gen-argon2-parallelism = Parallélisme Argon2
gen-generate = Générer la clé
gen-generating = Génération…
gen-generating-rsa-8192 = Génération… RSA 8192 et plus peut prendre une minute ou davantage.
gen-generating-rsa-4096 = Génération… RSA 4096 prend en général quelques secondes, parfois jusqu'à 15.
gen-generating-dsa = Génération… DSA prend quelques secondes.
# $ms : millisecondes.
gen-generated = Générée en { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Effacée : la clé a disparu de cette page.

## Ouvrir
open-drop = Déposez un fichier de clé ici, ou
open-choose = Choisir un fichier de clé…
open-formats = Fichiers OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, clés publiques et certificats (<code>-cert.pub</code>). Le fichier est lu dans cette page et n'est jamais envoyé.
open-paste = …ou coller une clé
open-passphrase = Cette clé est protégée. Phrase secrète :
open-button = Ouvrir la clé
# $name : le nom du fichier.
open-opening = Ouverture de { $name }…
open-opening-later = Ouverture de { $name } dès que Python sera prêt.
open-protected = { $name } est protégé par une phrase secrète.
open-opened = Ouvert : { $name }.
# Les quatre mêmes pour une clé collée dans la zone de texte au lieu d'un fichier.
open-opening-pasted = Ouverture de la clé collée…
open-opening-later-pasted = Ouverture de la clé collée dès que Python sera prêt.
open-protected-pasted = La clé collée est protégée par une phrase secrète.
open-opened-pasted = Clé collée ouverte.
# $size : mégaoctets.
file-too-big = { $name } fait { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo : ce n'est pas un fichier de clé.
file-too-big-authorized-keys = { $name } fait { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo : trop volumineux pour un fichier authorized_keys.

## La clé affichée
result-title = Votre clé
# $type : le type de clé (ssh-ed25519) ; $bits : sa taille, sans séparateur de milliers ; $comment : son commentaire.
result-summary-private = Clé privée et clé publique : { $type }, { $bits } bits, commentaire « { $comment } ».
result-summary-public = Clé publique seule : { $type }, { $bits } bits, commentaire « { $comment } ».
result-public-key = Clé publique, pour <code>authorized_keys</code> ou le tableau de bord de votre hébergeur
result-copy = Copier la clé publique
result-copied = Copiée dans le presse-papiers.
result-copy-blocked = La copie a été bloquée : la clé est sélectionnée, appuyez sur Ctrl+C (⌘C) pour la copier.
result-edit =
    .aria-label = Commentaire et phrase secrète
result-comment = Commentaire
result-change = Modifier
    .aria-label = Modifier le commentaire
result-comment-changed = Commentaire modifié : enregistrez de nouveau les fichiers pour le conserver.
result-save-passphrase = Phrase secrète des fichiers de clé privée
result-next = Étapes suivantes : où placer les fichiers, sous Windows, macOS et Linux
result-systems =
    .aria-label = Votre système
result-os-putty = Windows avec PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Vérifier la clé : empreintes, randomart, bubblebabble
result-sha256 = Empreinte SHA256
result-md5 = Empreinte MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), à lire à voix haute
result-randomart =
    .aria-label = Image randomart de l'empreinte de la clé
result-randomart-caption = Randomart, tel que le dessine <code>ssh-keygen -lv</code>.
result-send = Envoyer vers un autre appareil : la clé publique en QR code
result-qr-caption = La ligne de clé publique en QR code : scannez-le avec l'appareil photo ou une application SSH d'un téléphone pour transférer la clé publique vers un autre appareil. Il ne contient rien de secret.
result-qr =
    .aria-label = QR code de la ligne de clé publique
# $bytes : la longueur de la ligne ; $limit : ce que contient le plus grand QR code (2953 octets).
result-qr-too-long = La ligne de clé publique fait { NUMBER($bytes, useGrouping: 0) } octets : plus que ce que peut contenir un QR code ({ NUMBER($limit, useGrouping: 0) }). Copiez-la, ou enregistrez le fichier de clé publique et transférez plutôt celui-ci.
result-qr-dense = Une clé longue donne un code dense : approchez le téléphone, ou agrandissez la page.
result-other-formats = Autres formats : PEM, PKCS#8, RFC 4716
result-clear = Effacer — oublier cette clé
result-clear-hint = Retire la clé de cette page et de la mémoire. Les fichiers enregistrés restent là où vous les avez enregistrés.

## Enregistrer
save-title = Enregistrer
save-openssh = Clé privée OpenSSH
save-ppk = Clé privée PuTTY (.ppk)
save-ppk-v2 = Version 2, pour PuTTY antérieur à 0.75
save-public = Clé publique (.pub)
save-pem-title = PEM (OpenSSL, consoles cloud, bibliothèques)
save-pem = Clé privée PEM
save-pkcs8 = Clé privée PKCS#8
save-public-pem = Clé publique PEM
save-rfc4716-title = Clé publique telle que PuTTYgen l'enregistre
save-rfc4716 = Clé publique (RFC 4716)
save-all-title = Tout enregistrer (.zip) : la clé privée en plusieurs formats, la clé publique et les étapes suivantes
save-all-formats = Formats de clé privée dans le .zip
save-all = Tout enregistrer (.zip)
save-preparing = Préparation du fichier…
save-preparing-zip = Préparation du .zip…
save-cancelled = Non enregistré : la boîte de dialogue d'enregistrement a été fermée.
# $error : la raison donnée par le navigateur.
save-not-written = { $filename } n'a pas été écrit : { $error }
# $how : « written » (boîte de dialogue d'enregistrement) ou « downloaded » ; $protection : « passphrase »,
# « none » (une clé privée sans phrase secrète) ou « public ».
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Enregistré : { $filename }, protégé par votre phrase secrète.
            [none] Enregistré : { $filename }, sans phrase secrète.
           *[public] Enregistré : { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Enregistré dans vos téléchargements : { $filename }, protégé par votre phrase secrète.
            [none] Enregistré dans vos téléchargements : { $filename }, sans phrase secrète.
           *[public] Enregistré dans vos téléchargements : { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Enregistré : { $filename }, clés privées protégées par votre phrase secrète.
           *[none] Enregistré : { $filename }, clés privées sans phrase secrète.
        }
       *[downloaded] { $protection ->
            [passphrase] Enregistré dans vos téléchargements : { $filename }, clés privées protégées par votre phrase secrète.
           *[none] Enregistré dans vos téléchargements : { $filename }, clés privées sans phrase secrète.
        }
    }
save-unsaved = Pas encore enregistrée : enregistrez la clé privée avant de partir.
save-unsaved-comment = Pas encore enregistré : le nouveau commentaire n'existe que dans cette page. Enregistrez de nouveau la clé privée pour le conserver.

## Étapes suivantes (une liste par système)
help-dashboard = Copiez la clé publique ci-dessus et collez-la là où votre hébergeur demande une clé SSH (GitHub : Settings → SSH and GPG keys ; GitLab : Preferences → SSH Keys ; un serveur : une nouvelle ligne dans <code>{ $authorized }</code>).
# $type : un type de clé qu'OpenSSH n'accepte pas (ssh-ed448).
help-openssh-refuses = Remarque : OpenSSH n'accepte pas les clés { $type }. Utilisez-la avec PuTTY, ou créez une clé Ed25519 pour OpenSSH.
# $folder : où vont les fichiers (~/.ssh/) ; $file, $pub : les noms des deux fichiers.
help-save-openssh = Enregistrez la <strong>clé privée</strong> et la <strong>clé publique</strong> OpenSSH dans <code>{ $folder }</code> sous les noms <code>{ $file }</code> et <code>{ $pub }</code>.
help-save-openssh-windows = Enregistrez la <strong>clé privée</strong> et la <strong>clé publique</strong> OpenSSH dans <code>{ $folder }</code> (créez le dossier si nécessaire) sous les noms <code>{ $file }</code> et <code>{ $pub }</code>.
help-chmod = Rendez la clé privée lisible par vous seul : <code>{ $command }</code> (ssh refuse les clés que d'autres peuvent lire).
# $ppk : le nom du fichier .ppk. « Add Key » et « Private key file for authentication » sont les mots de PuTTY (non traduits).
help-putty-save = Enregistrez la <strong>clé privée PuTTY (.ppk)</strong> sous le nom { $ppk } à un endroit que vous seul pouvez lire, comme votre dossier Documents.
help-putty-pageant = Ouvrez Pageant (l'agent de clés de PuTTY, dans la zone de notification), choisissez <strong>Add Key</strong> et sélectionnez { $ppk } ; PuTTY, WinSCP et FileZilla l'utilisent alors automatiquement.
help-putty-auth = Ou, dans PuTTY : Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong> : { $ppk }. Enregistrez la session pour ne pas avoir à le choisir de nouveau.
help-putty-old = Ancien PuTTY (avant 0.75), WinSCP ou FileZilla qui indique que le fichier n'est pas reconnu : enregistrez de nouveau en cochant « Version 2 » (.ppk version 2).
# $service, $add : des lignes de commande PowerShell.
help-windows-agent = Facultatif, pour ne saisir la phrase secrète qu'une fois par session : dans un PowerShell administrateur, exécutez <code>{ $service }</code>, puis, avec votre propre compte, <code>{ $add }</code>.
help-windows-connect = Connectez-vous avec <code>{ $command }</code> (le -i est inutile quand le fichier porte ce nom standard).
help-macos-keychain = Gardez la phrase secrète dans votre trousseau : <code>{ $command }</code>.
help-macos-connect = Connectez-vous avec <code>{ $ssh }</code>, ou copiez la clé sur un serveur avec <code>{ $copy }</code>.
help-linux-agent = Chargez-la dans votre agent pour cette session : <code>{ $command }</code>.
help-linux-connect = Copiez la clé sur un serveur avec <code>{ $copy }</code>, puis connectez-vous avec <code>{ $ssh }</code>.

## Mode intégré : « Utiliser cette clé » envoie la clé publique à la page qui intègre le générateur
# $origin : une origine web (https://docs.example.com).
embed-use = Utiliser cette clé
embed-use-hint = Envoie la ligne de clé publique ci-dessus à { $origin }, la page qui intègre ce générateur. Jamais la clé privée.
embed-refused-no-origin = Rien n'est envoyé d'ici : la page qui intègre ce générateur n'a pas indiqué d'origine web valide à laquelle envoyer la clé publique.
embed-refused-not-framed = Rien n'est envoyé d'ici : cette page n'est pas intégrée dans une autre page.
embed-refused-other-parent = Rien n'est envoyé d'ici : ce générateur est intégré dans une page de { $parent }, qui n'est pas { $origin }.
embed-sent = Envoyée à { $origin }.

## Le formulaire et le tableau de l'onglet de vérification (balisage statique ; les mots du bilan sont dans checkup.ftl)
page-check-drop = Déposez un fichier <code>authorized_keys</code> ou <code>known_hosts</code> ici, ou
page-check-choose = Choisir un fichier…
page-check-paste = …ou coller ses lignes
page-check-hint = Clés publiques uniquement : chaque ligne est lue dans cette page et n'est jamais envoyée.
page-check-run = Vérifier les lignes
page-check-caption = Chaque ligne de clé, sa clé et ce que le bilan a trouvé
page-check-col-line = Ligne
page-check-col-key = Clé
page-check-col-sha256 = Empreinte SHA256
page-check-col-comment = Commentaire
page-check-col-options = Options ou hôtes
page-check-col-findings = Constats

## Le bilan de la clé (balisage statique sous les enregistrements)
page-check-clean = Rien à signaler : la clé et la façon dont elle a été stockée respectent les recommandations actuelles.
page-check-fix-resave = Enregistrer avec une protection moderne
page-check-fix-new-key = Créer une nouvelle clé (même commentaire)
# $rounds : les tours bcrypt qu'utilise un enregistrement par défaut (16).
page-check-fix-resave-hint = « Enregistrer avec une protection moderne » utilise la phrase secrète ci-dessus : format OpenSSH avec { $rounds } tours bcrypt, ou .ppk v3 (Argon2id) pour une clé ouverte depuis un .ppk.
page-check-fix-resave-hint-unknown = « Enregistrer avec une protection moderne » utilise la phrase secrète ci-dessus : format OpenSSH avec le nombre de tours bcrypt par défaut de ssh-keygen, ou .ppk v3 (Argon2id) pour une clé ouverte depuis un .ppk.

## Le certificat de la clé (balisage statique sous les enregistrements)
page-cert-save = Enregistrer le certificat (-cert.pub)
page-cert-attach = Joindre un certificat de cette clé (<code>-cert.pub</code>) : le .ppk que vous enregistrez le contient alors, comme le fait l'option <code>--certificate</code> de PuTTYgen
page-cert-choose = Choisir un certificat…
page-cert-attach-button = Joindre
page-cert-remove = Retirer le certificat

## L'onglet Certificats (balisage statique ; ses messages sont dans certs.ftl)
page-cert-sign-title = Signer un certificat
page-cert-about = Un certificat OpenSSH permet à une clé de se connecter partout où son autorité de certification (AC) est reconnue (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), tel que le crée <code>ssh-keygen -s</code>.
page-cert-ca = Clé de l'AC (sa clé privée)
page-cert-ca-choose = Choisir la clé de l'AC…
page-cert-paste-it = …ou la coller
page-cert-ca-passphrase = La clé de l'AC est protégée. Phrase secrète :
page-cert-ca-open = Ouvrir la clé de l'AC
page-cert-ca-forget = Oublier la clé de l'AC
page-cert-subjects = Clés publiques à signer
page-cert-subjects-choose = Choisir des clés publiques…
page-cert-subjects-paste = …ou les coller, une par ligne
page-cert-certificate = Certificat
page-cert-user = Certificat d'utilisateur
page-cert-host = Certificat d'hôte (<code>-h</code>)
page-cert-identity = Identité de clé (<code>-I</code>)
page-cert-identity-hint = Inscrite dans le journal du serveur quand le certificat est utilisé, par exemple <code>alice@example.com</code>.
page-cert-principals = Principals (<code>-n</code>), séparés par des virgules
page-cert-principals-hint = Les noms d'utilisateur (ou, pour un hôte, les noms d'hôte) pour lesquels il est valide.
page-cert-validity = Valide (<code>-V</code>)
page-cert-for-hour = pendant 1 heure
page-cert-for-day = pendant 1 jour
page-cert-for-week = pendant 1 semaine
page-cert-for-52-weeks = pendant 52 semaines
page-cert-forever = pour toujours
page-cert-between = entre ces dates…
page-cert-from = Début (vide : depuis toujours)
page-cert-to = Fin (vide : pour toujours)
page-cert-serial = Numéro de série (<code>-z</code>)
page-cert-options = Options d'un certificat d'utilisateur (<code>-O</code>)
page-cert-x11 = Redirection X11
page-cert-agent = Redirection de l'agent
page-cert-port = Redirection de ports
page-cert-pty = Un terminal (pty)
page-cert-force-command = Commande forcée (<code>force-command</code>)
page-cert-source-address = Uniquement depuis ces adresses (<code>source-address</code>, CIDR, séparées par des virgules)
page-cert-sign = Signer
page-cert-inspect-title = Examiner un certificat
page-cert-inspect = Examiner
