# Le bilan (web/checkup.js) : les constats sur la clé affichée, et la vue authorized_keys /
# known_hosts de l'onglet de vérification. Python envoie chaque constat déjà dans la langue de la
# page ; voici les mots qui les entourent. Ne jamais traduire authorized_keys, known_hosts, ni les
# placeables ($filename, $name : noms de fichiers ; $type : un type de clé comme ssh-ed25519).

## Le badge d'un constat, selon sa gravité
check-badge-weak = Point faible
check-badge-note = Remarque
check-badge-info = Non vérifié

## La clé affichée
check-resaving = Enregistrement avec une protection moderne…
check-resaved = { $filename } enregistré avec une protection moderne : remplacez l'ancien fichier par celui-ci.
check-making-key = Création d'une nouvelle clé…
check-new-key = Voici une nouvelle clé avec le même commentaire : enregistrez-la, autorisez-la partout où l'ancienne l'était, puis supprimez l'ancienne.
# Le titre de la section repliée : ce que le bilan a trouvé.
check-title-none = Bilan : rien à signaler
check-title-weak = Bilan : { $weak ->
    [one] { $weak } point faible
    [many] { $weak } points faibles
   *[other] { $weak } points faibles
}
check-title-notes = Bilan : { $notes ->
    [one] { $notes } remarque
    [many] { $notes } remarques
   *[other] { $notes } remarques
}
check-title-both = Bilan : { $weak ->
    [one] { $weak } point faible
    [many] { $weak } points faibles
   *[other] { $weak } points faibles
}, { $notes ->
    [one] { $notes } remarque
    [many] { $notes } remarques
   *[other] { $notes } remarques
}

## La vue authorized_keys / known_hosts
# Le type et la taille de la clé d'une ligne ; $bits est un nombre de bits (256, 4096), écrit tel quel.
check-row-type = { $type } ({ $bits } bits)
# Sous le tableau : $keys lignes de clé, $bad lignes qui ne sont pas des clés, $weak points faibles trouvés.
check-summary = { $keys ->
    [one] { $keys } ligne de clé
    [many] { $keys } lignes de clé
   *[other] { $keys } lignes de clé
}{ $bad ->
    [0] {""}
    [one] , { $bad } ligne illisible
    [many] , { $bad } lignes illisibles
   *[other] , { $bad } lignes illisibles
} ; { $weak ->
    [0] aucun point faible
    [one] { $weak } point faible
    [many] { $weak } points faibles
   *[other] { $weak } points faibles
}.
# Un fichier au-delà de la limite de la page. $mb : sa taille en mégaoctets.
check-too-big = { $name } fait { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo : trop volumineux pour un fichier authorized_keys.
