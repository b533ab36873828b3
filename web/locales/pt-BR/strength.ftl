# A linha de força abaixo de um campo de frase secreta (web/strength.js). O Python envia as palavras
# da estimativa já no idioma da página: $attacker ("100 GPUs da classe RTX 4090"), $time ("cerca de
# 3 dias", "menos de um segundo") e $kdf ("OpenSSH bcrypt_pbkdf, 24 rodadas"): não traduzi-las aqui.
# Os nomes de derivação de chave (bcrypt_pbkdf, Argon2id, PBKDF2) ficam como estão.

## A linha
# $rating é um de: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Frase secreta muito fraca.
    [weak] Frase secreta fraca.
    [fair] Frase secreta razoável.
   *[strong] Frase secreta forte.
}
strength-attack = Um atacante com { $attacker } levaria { $time } para adivinhá-la offline contra { $kdf }.
strength-still-usable = Você ainda pode usá-la.
strength-none = Sem frase secreta: o arquivo da chave privada não será protegido.
# $error: o motivo (já uma frase completa no idioma da página).
strength-failed = Não foi possível estimar a força desta frase secreta: { $error }

## Os outros formatos, em letra miúda: "Salva com A: tempo; B: tempo (fraca)."
# $estimates: a lista de strength-saved-item, unidos por strength-saved-separator.
strength-saved = Salva com { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# O mesmo, quando a classificação deste formato difere da do primeiro.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] muito fraca
    [weak] fraca
    [fair] razoável
   *[strong] forte
})

## Os conselhos do estimador (o feedback do zxcvbn-ts, por chave)
strength-warning-straight-row = Sequências de teclas em linha reta no teclado são fáceis de adivinhar.
strength-warning-key-pattern = Padrões curtos de teclado são fáceis de adivinhar.
strength-warning-simple-repeat = Caracteres repetidos como “aaa” são fáceis de adivinhar.
strength-warning-extended-repeat = Padrões de caracteres repetidos como “abcabcabc” são fáceis de adivinhar.
strength-warning-sequences = Sequências comuns de caracteres como “abc” são fáceis de adivinhar.
strength-warning-recent-years = Anos recentes são fáceis de adivinhar.
strength-warning-dates = Datas são fáceis de adivinhar.
strength-warning-top-ten = Esta é uma senha muito usada.
strength-warning-top-hundred = Esta é uma senha usada com frequência.
strength-warning-common = Esta é uma senha comum.
strength-warning-similar-to-common = Esta senha é parecida com uma senha comum.
strength-warning-word-by-itself = Palavras isoladas são fáceis de adivinhar.
strength-warning-names-by-themselves = Nomes ou sobrenomes isolados são fáceis de adivinhar.
strength-warning-common-names = Nomes e sobrenomes comuns são fáceis de adivinhar.
strength-warning-user-inputs = Não deve haver dados pessoais nem relacionados à página.
strength-warning-pwned = Sua senha foi exposta em um vazamento de dados na Internet.
strength-suggestion-l33t = Evite substituições previsíveis de letras, como “@” no lugar de “a”.
strength-suggestion-reverse-words = Evite palavras comuns escritas de trás para frente.
strength-suggestion-all-uppercase = Use maiúsculas em algumas letras, mas não em todas.
strength-suggestion-capitalization = Use maiúsculas além da primeira letra.
strength-suggestion-dates = Evite datas e anos associados a você.
strength-suggestion-recent-years = Evite anos recentes.
strength-suggestion-associated-years = Evite anos associados a você.
strength-suggestion-sequences = Evite sequências comuns de caracteres.
strength-suggestion-repeated = Evite palavras e caracteres repetidos.
strength-suggestion-longer-keyboard-pattern = Use padrões de teclado mais longos e mude a direção da digitação várias vezes.
strength-suggestion-another-word = Adicione mais palavras, menos comuns.
strength-suggestion-use-words = Use várias palavras, mas evite frases comuns.
strength-suggestion-no-need = Você pode criar senhas fortes sem usar símbolos, números ou letras maiúsculas.
strength-suggestion-pwned = Se você usa esta senha em outro lugar, troque-a.
