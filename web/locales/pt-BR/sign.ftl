# A visão Assinar (web/sign.js): assinar com a chave na tela, e "Verificar uma assinatura SSH" da
# guia de verificação. Nunca traduzir: allowed_signers, ssh-keygen e suas opções
# (-n, -I, -O hashalg=), git config, os espaços de nomes (file, git), .sig e os placeables.

## A chave na tela: uma seção recolhida abaixo das opções de salvar
sign-title = Assinar e verificar: commits do git, arquivos
sign-about = Assine commits e tags do git, ou qualquer arquivo, com esta chave, como faz o ssh-keygen -Y sign. Quem tiver a linha allowed_signers dela pode verificar o que ela assinou.
sign-principal = Seu endereço de e-mail (o principal: user.email do git)
sign-principal-input =
    .placeholder = voce@example.com
sign-allowed-title = Linha allowed_signers
sign-allowed-hint = Adicione-a a ~/.ssh/allowed_signers em cada computador que verifica suas assinaturas.
sign-principal-missing = Digite seu endereço de e-mail acima para obter a linha.
sign-git-title = git config: assinar cada commit e tag com esta chave
sign-git-hint = Salve a chave pública com o nome de arquivo indicado na segunda linha e depois execute estes comandos.
sign-copy-line = Copiar
    .aria-label = Copiar { $line }
sign-copied = Copiado para a área de transferência.
sign-copy-blocked = A cópia foi bloqueada: selecione a linha e pressione Ctrl+C (⌘C).

## Assinar
sign-sign-title = Assinar um arquivo ou um texto
sign-choose-file = Escolher um arquivo para assinar…
sign-text = …ou digitar o texto a ser assinado (assinado exatamente como está escrito)
sign-namespace = Espaço de nomes (-n)
sign-namespace-hint = file para arquivos, git para o que o git verifica; quem verifica deve pedir o mesmo.
sign-hash = Hash (-O hashalg=)
sign-sign-button = Assinar e salvar o .sig
sign-signing = Assinando…
sign-saved = Salvo nos seus downloads: { $filename } (espaço de nomes { $namespace }).
sign-nothing-to-sign = Escolha um arquivo ou digite um texto para assinar primeiro.
sign-namespace-needed = Informe um espaço de nomes, como file ou git.
sign-too-big = { $name } tem { NUMBER($size) } bytes, acima do limite de { NUMBER($cap) } bytes desta página.

## Verificar (a guia de verificação)
sign-verify-title = Verificar uma assinatura SSH
sign-verify-about = Como o ssh-keygen -Y verify: o .sig é uma assinatura válida do arquivo, e a chave dele pode assinar por esta pessoa?
sign-verify-signature = A assinatura (.sig)
sign-choose-signature = Escolher o arquivo .sig…
sign-paste-signature = …ou colá-la
sign-verify-message = O que foi assinado
sign-choose-signed = Escolher o arquivo assinado…
sign-verify-text = …ou digitar o texto assinado (exatamente como foi assinado)
sign-verify-who = Signatário esperado
sign-by-allowed = Uma pessoa de um arquivo allowed_signers
sign-by-key = O dono de uma chave pública
sign-verify-principal = Principal (-I), como o endereço de e-mail de quem assinou
sign-choose-allowed = Escolher o arquivo allowed_signers…
sign-paste-allowed = …ou colar as linhas dele
sign-choose-key = Escolher a chave pública…
sign-paste-key = …ou colá-la
sign-verify-button = Verificar
sign-verifying = Verificando…
sign-signature-needed = Escolha ou cole a assinatura primeiro.
sign-message-needed = Escolha o arquivo assinado ou digite o texto assinado primeiro.
sign-key-needed = Escolha ou cole a chave pública de quem assinou primeiro.
sign-allowed-needed = Escolha ou cole as linhas allowed_signers primeiro.
sign-principal-needed = Informe o principal a verificar, como o endereço de e-mail de quem assinou.
sign-verdict-good = Assinatura válida: { $principal } assinou ({ $namespace }) com a chave { $type } { $fingerprint }.
sign-verdict-good-key = Assinatura válida: esta chave pública assinou ({ $namespace }), chave { $type } { $fingerprint }.
sign-verdict-bad = Não verificada: a assinatura não é válida para este arquivo, espaço de nomes e signatário. Motivos do ssh-keygen:
