# La línea de seguridad bajo un campo de frase de contraseña (web/strength.js). Python envía las
# palabras de la estimación ya en el idioma de la página: $attacker («100 GPU de clase RTX 4090»),
# $time («unos 3 días», «menos de un segundo») y $kdf («OpenSSH bcrypt_pbkdf, 24 rondas»): no
# traducirlas aquí. Los nombres de derivación de clave (bcrypt_pbkdf, Argon2id, PBKDF2) no cambian.

## La línea
# $rating es uno de: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Frase de contraseña muy débil.
    [weak] Frase de contraseña débil.
    [fair] Frase de contraseña aceptable.
   *[strong] Frase de contraseña segura.
}
strength-attack = Un atacante con { $attacker } tardaría { $time } en adivinarla fuera de línea contra { $kdf }.
strength-still-usable = Aun así, se puede usar.
strength-none = Sin frase de contraseña: el archivo de clave privada no estará protegido.
# $error: el motivo (ya una frase completa en el idioma de la página).
strength-failed = No se pudo estimar la seguridad de esta frase de contraseña: { $error }

## Los demás formatos, en letra pequeña: «Guardada con A: tiempo; B: tiempo (débil).»
# $estimates: la lista de strength-saved-item, unidos con strength-saved-separator.
strength-saved = Guardada con { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# Lo mismo, cuando la valoración de este formato difiere de la del primero.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] muy débil
    [weak] débil
    [fair] aceptable
   *[strong] segura
})

## Los consejos del estimador (los comentarios de zxcvbn-ts, por su clave)
strength-warning-straight-row = Las filas de teclas seguidas del teclado son fáciles de adivinar.
strength-warning-key-pattern = Los patrones cortos de teclado son fáciles de adivinar.
strength-warning-simple-repeat = Los caracteres repetidos como «aaa» son fáciles de adivinar.
strength-warning-extended-repeat = Los patrones de caracteres repetidos como «abcabcabc» son fáciles de adivinar.
strength-warning-sequences = Las secuencias de caracteres habituales como «abc» son fáciles de adivinar.
strength-warning-recent-years = Los años recientes son fáciles de adivinar.
strength-warning-dates = Las fechas son fáciles de adivinar.
strength-warning-top-ten = Es una contraseña muy utilizada.
strength-warning-top-hundred = Es una contraseña utilizada con frecuencia.
strength-warning-common = Es una contraseña de uso común.
strength-warning-similar-to-common = Se parece a una contraseña de uso común.
strength-warning-word-by-itself = Las palabras sueltas son fáciles de adivinar.
strength-warning-names-by-themselves = Los nombres o apellidos sueltos son fáciles de adivinar.
strength-warning-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
strength-warning-user-inputs = No debe contener datos personales ni relacionados con la página.
strength-warning-pwned = Esta contraseña quedó expuesta en una filtración de datos en Internet.
strength-suggestion-l33t = Evitar sustituciones de letras previsibles, como «@» por «a».
strength-suggestion-reverse-words = Evitar palabras comunes escritas al revés.
strength-suggestion-all-uppercase = Poner en mayúscula algunas letras, pero no todas.
strength-suggestion-capitalization = Poner en mayúscula más letras que la primera.
strength-suggestion-dates = Evitar fechas y años con significado personal.
strength-suggestion-recent-years = Evitar años recientes.
strength-suggestion-associated-years = Evitar años con significado personal.
strength-suggestion-sequences = Evitar secuencias de caracteres habituales.
strength-suggestion-repeated = Evitar palabras y caracteres repetidos.
strength-suggestion-longer-keyboard-pattern = Usar patrones de teclado más largos y cambiar varias veces de dirección al teclear.
strength-suggestion-another-word = Añadir más palabras, menos comunes.
strength-suggestion-use-words = Usar varias palabras, pero evitar frases hechas.
strength-suggestion-no-need = Se pueden crear contraseñas seguras sin símbolos, números ni mayúsculas.
strength-suggestion-pwned = Si esta contraseña se usa en otro sitio, conviene cambiarla.
