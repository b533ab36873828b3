# Certificats OpenSSH (web/certs.js) : l'onglet Certificats (signer avec une clé d'AC, examiner un
# certificat) et le certificat de la clé affichée. Ne jamais traduire : OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, ni les placeables ($name : un nom de fichier ; $type, $caType, $algorithm : noms de
# types de clé et de signature comme ssh-ed25519 ; $fingerprint : SHA256:… ; $comment : le commentaire).

## Le type et la validité d'un certificat, dans les phrases ci-dessous
# $certType : user, host ou unknown ; $state : valid, expired ou future (pas encore valide).
# $validity : forever, before, after ou range ; $after et $before sont des dates (millisecondes).
cert-validity-forever = pour toujours
cert-validity-before = avant le { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = après le { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = du { DATETIME($after, dateStyle: "medium", timeStyle: "short") } au { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# Le verdict au-dessus de la liste de ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Expiré
    [future] Pas encore valide
   *[valid] Valide maintenant
} : certificat { $certType ->
    [host] d'hôte
    [unknown] de type inconnu
   *[user] d'utilisateur
}, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. La signature de l'AC est correcte ({ $caType } { $fingerprint }, avec { $algorithm }).

## L'onglet Certificats : la clé d'AC
# Le nom que prend une clé d'AC collée dans les messages ci-dessous (et ceux de Python) au lieu d'un nom de fichier.
cert-pasted-ca = La clé d'AC collée
cert-ca-needed = Choisissez ou collez d'abord la clé privée de l'AC.
cert-opening = { $name } : ouverture…
cert-ca-passphrase = { $name } demande une phrase secrète.
cert-ca-public = { $name } est une clé publique : une AC signe avec sa clé privée.
cert-ca-key = Clé d'AC : { $type } { $fingerprint } « { $comment } ».
# Un fichier au-delà de la limite de la page. $mb : sa taille en mégaoctets.
cert-too-big = { $name } fait { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo : ce n'est pas un fichier de clé.

## L'onglet Certificats : signer
cert-bad-dates = Choisissez les dates avec les sélecteurs de date.
cert-open-ca-first = Ouvrez d'abord la clé de l'AC.
cert-id-needed = Donnez une identité de clé au certificat.
cert-serial-number = Le numéro de série est un nombre entier, 0 ou plus.
cert-key-needed = Choisissez ou collez la clé publique à signer.
cert-signing = Signature en cours…
# $names : les fichiers de certificat enregistrés (id_ed25519-cert.pub, …), sous forme de liste.
cert-saved = Enregistré : { $names }.

## L'onglet Certificats : examiner
# Le nom que prend un certificat collé, en tête de la liste de ssh-keygen -L.
cert-pasted = (collé)
cert-inspect-needed = Choisissez ou collez d'abord un certificat.
cert-checking = Vérification…

## La clé affichée : son certificat
# Le nom que prend un certificat collé.
cert-pasted-cert = Le certificat collé
cert-attach-needed = Choisissez ou collez d'abord le certificat de la clé.
cert-attach-checking = Vérification du certificat…
cert-attached = Joint : le .ppk que vous enregistrez le contient désormais.
cert-removed = Retiré : les fichiers que vous enregistrez ne le contiennent plus.
cert-key-title = Certificat : certificat OpenSSH { $certType ->
    [host] d'hôte
    [unknown] de type inconnu
   *[user] d'utilisateur
}, { $state ->
    [expired] expiré
    [future] pas encore valide
   *[valid] valide maintenant
}
cert-key-title-none = Certificat : aucun (en joindre un)
cert-key-none = Cette clé n'a pas de certificat.
cert-key-about-private = Cette clé porte un certificat OpenSSH { $certType ->
    [host] d'hôte
    [unknown] de type inconnu
   *[user] d'utilisateur
}. Un .ppk enregistré le conserve (PuTTY 0.78 et versions ultérieures s'en servent pour se connecter) ; pour OpenSSH, enregistrez le certificat dans un fichier à part, à côté de la clé privée.
# $type : le type de clé (ssh-ed25519) ; $stem : le nom de fichier de la clé privée (id_ed25519).
cert-key-about-public = Ceci est un certificat OpenSSH { $certType ->
    [host] d'hôte
    [unknown] de type inconnu
   *[user] d'utilisateur
}, pas une clé : il permet à la clé privée de la clé publique { $type } ci-dessous de se connecter partout où son AC est reconnue. Gardez-le avec cette clé privée, sous le nom { $stem }-cert.pub à côté de { $stem } : ssh l'utilise automatiquement.
