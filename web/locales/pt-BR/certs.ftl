# Certificados OpenSSH (web/certs.js): a guia Certificados (assinar com uma chave de CA, examinar um
# certificado) e o certificado da chave na tela. Nunca traduzir: OpenSSH, PuTTY, .ppk, -cert.pub,
# ssh e os placeables ($name: um nome de arquivo; $type, $caType, $algorithm: tipos de chave e de
# assinatura como ssh-ed25519; $fingerprint: SHA256:…; $comment: o comentário da chave).

## O tipo e a validade de um certificado, nas frases abaixo
# $certType: user, host ou unknown; $state: valid, expired ou future (ainda não válido).
# $validity: forever, before, after ou range; $after e $before são datas (milissegundos).
cert-validity-forever = para sempre
cert-validity-before = antes de { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = depois de { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = de { DATETIME($after, dateStyle: "medium", timeStyle: "short") } até { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# O veredito acima da listagem do ssh-keygen -L.
cert-verdict = { $state ->
    [expired] Expirado
    [future] Ainda não válido
   *[valid] Válido agora
}: certificado { $certType ->
    [host] de host
    [unknown] de tipo desconhecido
   *[user] de usuário
}, { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. A assinatura da CA confere ({ $caType } { $fingerprint }, com { $algorithm }).

## A guia Certificados: a chave da CA
# O nome de uma chave de CA colada nas mensagens abaixo (e nas do Python) no lugar de um nome de arquivo.
cert-pasted-ca = A chave de CA colada
cert-ca-needed = Escolha ou cole a chave privada da CA primeiro.
cert-opening = { $name }: abrindo…
cert-ca-passphrase = { $name } exige uma frase secreta.
cert-ca-public = { $name } é uma chave pública: uma CA assina com a chave privada dela.
cert-ca-key = Chave da CA: { $type } { $fingerprint } “{ $comment }”.
# Um arquivo acima do limite da página. $mb: o tamanho dele em megabytes.
cert-too-big = { $name } tem { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: não é um arquivo de chave.

## A guia Certificados: assinar
cert-bad-dates = Escolha as datas com os seletores de data.
cert-open-ca-first = Abra a chave da CA primeiro.
cert-id-needed = Informe a identidade da chave do certificado.
cert-serial-number = O número de série é um número inteiro, 0 ou maior.
cert-key-needed = Escolha ou cole a chave pública a ser assinada.
cert-signing = Assinando…
# $names: os arquivos de certificado salvos (id_ed25519-cert.pub, …), como lista.
cert-saved = Salvo: { $names }.

## A guia Certificados: examinar
# O nome de um certificado colado, como aparece no topo da listagem do ssh-keygen -L.
cert-pasted = (colado)
cert-inspect-needed = Escolha ou cole um certificado primeiro.
cert-checking = Verificando…

## A chave na tela: o certificado dela
# O nome de um certificado colado.
cert-pasted-cert = O certificado colado
cert-attach-needed = Escolha ou cole o certificado da chave primeiro.
cert-attach-checking = Verificando o certificado…
cert-attached = Anexado: o .ppk que você salvar agora o inclui.
cert-removed = Removido: os arquivos que você salvar não o incluem mais.
cert-key-title = Certificado: certificado OpenSSH { $certType ->
    [host] de host
    [unknown] de tipo desconhecido
   *[user] de usuário
}, { $state ->
    [expired] expirado
    [future] ainda não válido
   *[valid] válido agora
}
cert-key-title-none = Certificado: nenhum (anexe um)
cert-key-none = Esta chave não tem certificado.
cert-key-about-private = Esta chave tem um certificado OpenSSH { $certType ->
    [host] de host
    [unknown] de tipo desconhecido
   *[user] de usuário
}. Um .ppk que você salvar o mantém (o PuTTY 0.78 e posteriores fazem login com ele); para o OpenSSH, salve o certificado em um arquivo próprio ao lado da chave privada.
# $type: o tipo de chave (ssh-ed25519); $stem: o nome de arquivo da chave privada (id_ed25519).
cert-key-about-public = Este é um certificado OpenSSH { $certType ->
    [host] de host
    [unknown] de tipo desconhecido
   *[user] de usuário
}, não uma chave: ele permite que a chave privada da chave pública { $type } abaixo faça login onde quer que a CA dele seja confiável. Guarde-o junto com essa chave privada, como { $stem }-cert.pub ao lado de { $stem }: o ssh o usa automaticamente.
