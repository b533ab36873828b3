# O diagnóstico (web/checkup.js): as constatações sobre a chave na tela, e a visão authorized_keys /
# known_hosts da guia de verificação. O Python envia cada constatação já no idioma da página; estas
# são as palavras ao redor delas. Nunca traduzir authorized_keys, known_hosts e os placeables
# ($filename, $name: nomes de arquivo; $type: um tipo de chave como ssh-ed25519).

## O selo de uma constatação, pela gravidade
check-badge-weak = Ponto fraco
check-badge-note = Observação
check-badge-info = Não verificado

## A chave na tela
check-resaving = Salvando com proteção moderna…
check-resaved = { $filename } salvo com proteção moderna: substitua o arquivo antigo por ele.
check-making-key = Criando uma nova chave…
check-new-key = Esta é uma nova chave com o mesmo comentário: salve-a, autorize-a onde a antiga estava autorizada e depois remova a antiga.
# O título da seção recolhida: o que o diagnóstico encontrou.
check-title-none = Diagnóstico: nada a relatar
check-title-weak = Diagnóstico: { $weak ->
    [one] { $weak } ponto fraco
    [many] { $weak } pontos fracos
   *[other] { $weak } pontos fracos
}
check-title-notes = Diagnóstico: { $notes ->
    [one] { $notes } observação
    [many] { $notes } observações
   *[other] { $notes } observações
}
check-title-both = Diagnóstico: { $weak ->
    [one] { $weak } ponto fraco
    [many] { $weak } pontos fracos
   *[other] { $weak } pontos fracos
}, { $notes ->
    [one] { $notes } observação
    [many] { $notes } observações
   *[other] { $notes } observações
}

## A visão authorized_keys / known_hosts
# O tipo e o tamanho da chave de uma linha; $bits é um número de bits (256, 4096), escrito como está.
check-row-type = { $type } ({ $bits } bits)
# Abaixo da tabela: $keys linhas de chave, $bad linhas que não são chaves, $weak pontos fracos encontrados.
check-summary = { $keys ->
    [0] { $keys } linhas de chave
    [one] { $keys } linha de chave
    [many] { $keys } linhas de chave
   *[other] { $keys } linhas de chave
}{ $bad ->
    [0] {""}
    [one] , { $bad } linha ilegível
    [many] , { $bad } linhas ilegíveis
   *[other] , { $bad } linhas ilegíveis
}; { $weak ->
    [0] nenhum ponto fraco
    [one] { $weak } ponto fraco
    [many] { $weak } pontos fracos
   *[other] { $weak } pontos fracos
}.
# Um arquivo acima do limite da página. $mb: o tamanho dele em megabytes.
check-too-big = { $name } tem { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: grande demais para um arquivo authorized_keys.
