# La ligne de robustesse sous un champ de phrase secrète (web/strength.js). Python envoie les mots
# de l'estimation déjà dans la langue de la page : $attacker (« 100 GPU de classe RTX 4090 »), $time
# (« environ 3 jours », « moins d'une seconde ») et $kdf (« OpenSSH bcrypt_pbkdf, 24 tours ») : ne
# pas les traduire ici. Les noms de dérivation de clé (bcrypt_pbkdf, Argon2id, PBKDF2) restent tels quels.

## La ligne
# $rating vaut very-weak, weak, fair ou strong.
strength-rating = { $rating ->
    [very-weak] Phrase secrète très faible.
    [weak] Phrase secrète faible.
    [fair] Phrase secrète moyenne.
   *[strong] Phrase secrète robuste.
}
strength-attack = Un attaquant disposant de { $attacker } mettrait { $time } à la deviner hors ligne face à { $kdf }.
strength-still-usable = Vous pouvez tout de même l'utiliser.
strength-none = Aucune phrase secrète : le fichier de clé privée ne sera pas protégé.
# $error : la raison (déjà une phrase complète dans la langue de la page).
strength-failed = Impossible d'estimer la robustesse de cette phrase secrète : { $error }

## Les autres formats, en petits caractères : « Enregistrée avec A : durée ; B : durée (faible). »
# $estimates : la liste des strength-saved-item, séparés par strength-saved-separator.
strength-saved = Enregistrée avec { $estimates }.
strength-saved-separator = {" ; "}
strength-saved-item = { $kdf } : { $time }
# Idem, quand la robustesse dans ce format diffère de celle du premier.
strength-saved-item-rated = { $kdf } : { $time } ({ $rating ->
    [very-weak] très faible
    [weak] faible
    [fair] moyenne
   *[strong] robuste
})

## Les conseils de l'estimateur (les retours de zxcvbn-ts, par clé)
strength-warning-straight-row = Les rangées de touches consécutives du clavier sont faciles à deviner.
strength-warning-key-pattern = Les motifs courts sur le clavier sont faciles à deviner.
strength-warning-simple-repeat = Les caractères répétés comme « aaa » sont faciles à deviner.
strength-warning-extended-repeat = Les motifs de caractères répétés comme « abcabcabc » sont faciles à deviner.
strength-warning-sequences = Les suites de caractères courantes comme « abc » sont faciles à deviner.
strength-warning-recent-years = Les années récentes sont faciles à deviner.
strength-warning-dates = Les dates sont faciles à deviner.
strength-warning-top-ten = C'est un mot de passe extrêmement utilisé.
strength-warning-top-hundred = C'est un mot de passe très fréquemment utilisé.
strength-warning-common = C'est un mot de passe couramment utilisé.
strength-warning-similar-to-common = Il ressemble à un mot de passe couramment utilisé.
strength-warning-word-by-itself = Les mots isolés sont faciles à deviner.
strength-warning-names-by-themselves = Les prénoms ou noms de famille isolés sont faciles à deviner.
strength-warning-common-names = Les prénoms et noms de famille courants sont faciles à deviner.
strength-warning-user-inputs = Il ne doit contenir aucune donnée personnelle ni liée à la page.
strength-warning-pwned = Votre mot de passe a été exposé lors d'une fuite de données sur Internet.
strength-suggestion-l33t = Évitez les substitutions de lettres prévisibles comme « @ » pour « a ».
strength-suggestion-reverse-words = Évitez les mots courants écrits à l'envers.
strength-suggestion-all-uppercase = Mettez certaines lettres en majuscules, mais pas toutes.
strength-suggestion-capitalization = Mettez en majuscule d'autres lettres que la première.
strength-suggestion-dates = Évitez les dates et les années qui vous sont associées.
strength-suggestion-recent-years = Évitez les années récentes.
strength-suggestion-associated-years = Évitez les années qui vous sont associées.
strength-suggestion-sequences = Évitez les suites de caractères courantes.
strength-suggestion-repeated = Évitez les mots et les caractères répétés.
strength-suggestion-longer-keyboard-pattern = Utilisez des motifs de clavier plus longs et changez plusieurs fois de direction de frappe.
strength-suggestion-another-word = Ajoutez d'autres mots, moins courants.
strength-suggestion-use-words = Utilisez plusieurs mots, mais évitez les expressions courantes.
strength-suggestion-no-need = Vous pouvez créer des mots de passe robustes sans symboles, chiffres ni majuscules.
strength-suggestion-pwned = Si vous utilisez ce mot de passe ailleurs, changez-le.
