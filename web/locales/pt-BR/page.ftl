# As palavras da página em português do Brasil, traduzidas do catálogo em inglês.
# Os placeables ({ $name }) contêm nomes de arquivo, números e chaves: nunca os traduza.
# Mensagens com <code>, <strong> ou <em> mantêm essas tags; o conteúdo de <code> é um comando,
# um nome de arquivo ou uma opção: nunca o traduza.

## A página em volta das visões: título, cabeçalho, carregamento, rodapé
site-page-title = Gerador de chaves SSH — as chaves privadas nunca saem do seu navegador
site-skip = Pular para o gerador
site-title = Gerador de chaves SSH
site-tagline = Crie, abra e converta chaves SSH para OpenSSH e PuTTY: sua chave privada e sua frase secreta nunca saem desta página.
# Modo incorporado: a linha acima do gerador dentro da página de outro site.
site-embed-about = Gerador de chaves SSH: as chaves são criadas no seu navegador, e a chave privada e a frase secreta nunca são enviadas a lugar nenhum.
site-footer = Nenhum uso da rede após o carregamento, nenhum cookie, nenhum armazenamento, nenhuma análise de uso: as chaves são criadas com a criptografia do seu navegador e com o Python rodando nesta página.
language-menu-label = Idioma
site-update = Uma nova versão desta página está pronta. Salve sua chave primeiro: recarregar a página apaga a chave.
site-update-reload = Recarregar agora

load-starting = Carregando o gerador de chaves…
load-ready = Pronto. Nada do que você faz aqui sai desta página.
# $loaded e $total: megabytes baixados até agora, e no total.
load-progress = { $stage ->
        [python] Carregando o Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] Iniciando o sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Pronto… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Iniciando… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# O mesmo, antes de se saber o tamanho do download.
load-stage = { $stage ->
        [python] Carregando o Python…
        [sshkeys] Iniciando o sshkeys…
        [ready] Pronto…
       *[starting] Iniciando…
    }
# Exibido depois do que a pessoa pediu (Gerando…, Abrindo id_rsa…) enquanto o Python carrega;
# $progress é a linha de carregamento (load-progress ou load-stage).
load-waiting = O Python ainda está carregando ({ $progress }).
# $error: o motivo, nas palavras do navegador ou do carregador.
load-python-failed = Não foi possível iniciar o Python: { $error } Recarregue a página para tentar novamente.
load-worker-failed = Não foi possível iniciar o mecanismo de chaves: { $error } Recarregue a página para tentar novamente.
load-worker-failed-plain = Não foi possível iniciar o mecanismo de chaves. Recarregue a página para tentar novamente.
load-no-script = A página não indica seu script { $role ->
        [rater] de avaliação
       *[worker] de cálculo de chaves
    }.
# $name: o nome de arquivo de um script (worker.js).
load-fetch-failed = Não foi possível baixar { $name }, ou ele falhou na verificação de integridade ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = O mecanismo de chaves foi interrompido.
load-rater-stopped = O script de avaliação foi interrompido.
load-rater-failed = O script de avaliação parou.
# Segundos desde o início de uma tarefa longa, ao lado do status dela.
busy-elapsed = { $seconds } s

## As guias
tabs-main =
    .aria-label = O que você quer fazer?
tabs-generate = Gerar uma nova chave
tabs-open = Abrir uma chave existente
tabs-check = Verificar authorized_keys
tabs-certs = Certificados

## Gerar
gen-type = Tipo de chave
gen-badge-recommended = recomendado
gen-badge-experimental = experimental
gen-badge-deprecated = obsoleto
gen-badge-putty-only = somente PuTTY
gen-about-ed25519 = Curta e moderna: OpenSSH, PuTTY, GitHub e GitLab a aceitam.
gen-about-rsa = Para servidores e serviços mais antigos que pedem RSA.
gen-about-ecdsa = Curvas do NIST, para políticas que as exigem.
gen-other-types = Outros tipos: pós-quânticos (experimentais), legados
gen-about-mldsa = Pós-quântica. Só o OpenSSH 10.4 e posteriores a usam, onde estiver habilitada; o PuTTY não.
gen-about-dsa = Só para sistemas muito antigos: o OpenSSH 10 não aceita mais chaves DSA.
gen-about-ed448 = O PuTTY a aceita; o OpenSSH não.
gen-unsupported = Não disponível neste navegador: a biblioteca de criptografia dele não oferece este tipo.
gen-types-unavailable = A página que contém este gerador pediu tipos de chave que não estão disponíveis aqui, então todos os tipos são oferecidos. Verifique qual tipo o seu servidor ou serviço aceita.
gen-rsa-size = Tamanho da chave RSA
# $bits: um tamanho de chave (2048), escrito sem separador de milhar.
gen-bits = { $bits } bits
gen-bits-recommended = { $bits } bits (recomendado para RSA)
gen-bits-slow = { $bits } bits (lento)
gen-curve = Curva
gen-comment = Comentário
gen-comment-hint = Exibido ao lado da chave no <code>authorized_keys</code>, no PuTTY e nos painéis: algo como <code>you@laptop</code> ajuda a distinguir suas chaves.
gen-passphrase = Frase secreta
gen-passphrase-confirm = Confirmar frase secreta
gen-show-passphrase = Mostrar frase secreta
gen-suggest-label = Sugerir uma de
gen-suggest-words = { $words ->
        [one] { $words } palavra
        [many] { $words } palavras
       *[other] { $words } palavras
    }
gen-suggest = Sugerir uma frase secreta
# $size: quantas palavras a lista tem (7.776); $bits: a entropia da frase secreta.
gen-suggested = { $words ->
        [one] Uma palavra escolhida ao acaso da lista longa de palavras da EFF ({ NUMBER($size) } palavras): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits de entropia. Anote esta frase secreta ou guarde-a em um gerenciador de senhas: ela não pode ser recuperada.
        [many] { $words } palavras escolhidas ao acaso da lista longa de palavras da EFF ({ NUMBER($size) } palavras): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits de entropia. Anote esta frase secreta ou guarde-a em um gerenciador de senhas: ela não pode ser recuperada.
       *[other] { $words } palavras escolhidas ao acaso da lista longa de palavras da EFF ({ NUMBER($size) } palavras): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bits de entropia. Anote esta frase secreta ou guarde-a em um gerenciador de senhas: ela não pode ser recuperada.
    }
gen-passphrase-hint = Protege o arquivo da chave privada se alguém o copiar. Deixe-a vazia só para chaves usadas por scripts: qualquer pessoa com um arquivo assim pode usá-lo.
gen-mismatch = As duas frases secretas não coincidem.
gen-advanced = Avançado: força da proteção por frase secreta
gen-rounds = Rodadas de bcrypt do OpenSSH
# $rounds: o número de rodadas que um salvamento usa quando o campo fica vazio.
gen-rounds-hint = Como <code>ssh-keygen -a</code>; { $rounds } é o padrão (OpenSSH 9.4 e posteriores); mais rodadas tornam a chave mais lenta de quebrar e de abrir.
# Antes de o Python informar qual é o padrão.
gen-rounds-hint-unknown = Como <code>ssh-keygen -a</code>; o número exibido é o padrão (OpenSSH 9.4 e posteriores); mais rodadas tornam a chave mais lenta de quebrar e de abrir.
gen-ppk-kdf = Derivação de chave do PuTTY
gen-kdf-default = Argon2id (padrão)
gen-argon2-memory = Memória do Argon2 (KiB)
gen-argon2-passes = Passagens do Argon2
gen-argon2-passes-input =
    .placeholder = auto (cerca de 0,1 s, como o PuTTYgen)
gen-argon2-parallelism = Paralelismo do Argon2
gen-generate = Gerar chave
gen-generating = Gerando…
gen-generating-rsa-8192 = Gerando… RSA 8192 ou maior pode levar um minuto ou mais.
gen-generating-rsa-4096 = Gerando… RSA 4096 costuma levar alguns segundos, às vezes até 15.
gen-generating-dsa = Gerando… DSA leva alguns segundos.
# $ms: milissegundos.
gen-generated = Gerada em { NUMBER($ms, useGrouping: 0) } ms.
gen-cleared = Apagada: a chave não está mais nesta página.

## Abrir
open-drop = Solte um arquivo de chave aqui, ou
open-choose = Escolher um arquivo de chave…
open-formats = Arquivos OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, chaves públicas e certificados (<code>-cert.pub</code>). O arquivo é lido nesta página e nunca é enviado.
open-paste = …ou colar uma chave
open-passphrase = Esta chave está protegida. Frase secreta:
open-button = Abrir chave
# $name: o nome do arquivo.
open-opening = Abrindo { $name }…
open-opening-later = { $name } será aberto quando o Python estiver pronto.
open-protected = { $name } está protegido por uma frase secreta.
open-opened = Aberto: { $name }.
# As mesmas quatro para uma chave colada na caixa em vez de um arquivo.
open-opening-pasted = Abrindo a chave colada…
open-opening-later-pasted = A chave colada será aberta quando o Python estiver pronto.
open-protected-pasted = A chave colada está protegida por uma frase secreta.
open-opened-pasted = Chave colada aberta.
# $size: megabytes.
file-too-big = { $name } tem { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: não é um arquivo de chave.
file-too-big-authorized-keys = { $name } tem { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: grande demais para um arquivo authorized_keys.

## A chave na tela
result-title = Sua chave
# $type: o tipo de chave (ssh-ed25519); $bits: o tamanho dela, sem separador de milhar; $comment: o comentário dela.
result-summary-private = Chave privada e pública: { $type }, { $bits } bits, comentário “{ $comment }”.
result-summary-public = Somente chave pública: { $type }, { $bits } bits, comentário “{ $comment }”.
result-public-key = Chave pública, para o <code>authorized_keys</code> ou o painel do seu provedor
result-copy = Copiar chave pública
result-copied = Copiada para a área de transferência.
result-copy-blocked = A cópia foi bloqueada: a chave está selecionada, pressione Ctrl+C (⌘C) para copiá-la.
result-edit =
    .aria-label = Comentário e frase secreta
result-comment = Comentário
result-change = Alterar
    .aria-label = Alterar comentário
result-comment-changed = Comentário alterado: salve os arquivos novamente para mantê-lo.
result-save-passphrase = Frase secreta dos arquivos de chave privada
result-next = Próximos passos: onde ficam os arquivos, no Windows, macOS e Linux
result-systems =
    .aria-label = Seu sistema
result-os-putty = Windows com PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = Verificar a chave: impressões digitais, randomart, bubblebabble
result-sha256 = Impressão digital SHA256
result-md5 = Impressão digital MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), para ler em voz alta
result-randomart =
    .aria-label = Imagem randomart da impressão digital da chave
result-randomart-caption = Randomart, como o <code>ssh-keygen -lv</code> o desenha.
result-send = Enviar para outro dispositivo: a chave pública como código QR
result-qr-caption = A linha da chave pública como código QR: escaneie-o com a câmera ou com um app de SSH do celular para levar a chave pública a outro dispositivo. Ele não contém nada secreto.
result-qr =
    .aria-label = Código QR da linha da chave pública
# $bytes: o comprimento da linha; $limit: o que cabe no maior código QR (2953 bytes).
result-qr-too-long = A linha da chave pública tem { NUMBER($bytes, useGrouping: 0) } bytes: mais do que cabe em um código QR ({ NUMBER($limit, useGrouping: 0) }). Copie-a, ou salve o arquivo da chave pública e transfira esse arquivo.
result-qr-dense = Uma chave longa gera um código denso: aproxime o celular ou amplie a página.
result-other-formats = Outros formatos: PEM, PKCS#8, RFC 4716
result-clear = Limpar — esquecer esta chave
result-clear-hint = Remove a chave desta página e da memória. Os arquivos salvos continuam onde você os salvou.

## Salvar
save-title = Salvar
save-openssh = Chave privada OpenSSH
save-ppk = Chave privada PuTTY (.ppk)
save-ppk-v2 = Versão 2, para PuTTY anterior ao 0.75
save-public = Chave pública (.pub)
save-pem-title = PEM (OpenSSL, consoles de nuvem, bibliotecas)
save-pem = Chave privada PEM
save-pkcs8 = Chave privada PKCS#8
save-public-pem = Chave pública PEM
save-rfc4716-title = Chave pública como o PuTTYgen a salva
save-rfc4716 = Chave pública (RFC 4716)
save-all-title = Salvar tudo (.zip): a chave privada em vários formatos, a chave pública e os próximos passos
save-all-formats = Formatos de chave privada no .zip
save-all = Salvar tudo (.zip)
save-preparing = Preparando o arquivo…
save-preparing-zip = Preparando o .zip…
save-cancelled = Não salvo: a caixa de diálogo de salvar foi fechada.
# $error: o motivo dado pelo navegador.
save-not-written = { $filename } não foi gravado: { $error }
# $how: "written" (a caixa de diálogo de salvar) ou "downloaded"; $protection: "passphrase", "none"
# (uma chave privada sem frase secreta) ou "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Salvo: { $filename }, protegido pela sua frase secreta.
            [none] Salvo: { $filename }, sem frase secreta.
           *[public] Salvo: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] Salvo nos seus downloads: { $filename }, protegido pela sua frase secreta.
            [none] Salvo nos seus downloads: { $filename }, sem frase secreta.
           *[public] Salvo nos seus downloads: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Salvo: { $filename }, chaves privadas protegidas pela sua frase secreta.
           *[none] Salvo: { $filename }, chaves privadas sem frase secreta.
        }
       *[downloaded] { $protection ->
            [passphrase] Salvo nos seus downloads: { $filename }, chaves privadas protegidas pela sua frase secreta.
           *[none] Salvo nos seus downloads: { $filename }, chaves privadas sem frase secreta.
        }
    }
save-unsaved = Ainda não salva: salve a chave privada antes de sair.
save-unsaved-comment = Ainda não salvo: o novo comentário só existe nesta página. Salve a chave privada novamente para mantê-lo.

## Próximos passos (uma lista por sistema)
help-dashboard = Copie a chave pública acima e cole-a onde seu provedor pede uma chave SSH (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; um servidor: uma nova linha em <code>{ $authorized }</code>).
# $type: um tipo de chave que o OpenSSH não aceita (ssh-ed448).
help-openssh-refuses = Observação: o OpenSSH não aceita chaves { $type }. Use-a com o PuTTY, ou crie uma chave Ed25519 para o OpenSSH.
# $folder: onde ficam os arquivos (~/.ssh/); $file, $pub: os nomes dos dois arquivos.
help-save-openssh = Salve a <strong>chave privada</strong> e a <strong>chave pública</strong> OpenSSH em <code>{ $folder }</code> como <code>{ $file }</code> e <code>{ $pub }</code>.
help-save-openssh-windows = Salve a <strong>chave privada</strong> e a <strong>chave pública</strong> OpenSSH em <code>{ $folder }</code> (crie a pasta se necessário) como <code>{ $file }</code> e <code>{ $pub }</code>.
help-chmod = Deixe a chave privada legível só por você: <code>{ $command }</code> (o ssh recusa chaves que outras pessoas podem ler).
# $ppk: o nome do arquivo .ppk. "Add Key" e "Private key file for authentication" são as palavras do PuTTY (sem tradução).
help-putty-save = Salve a <strong>chave privada PuTTY (.ppk)</strong> como { $ppk } em um lugar que só você pode ler, como a pasta Documentos.
help-putty-pageant = Abra o Pageant (o agente de chaves do PuTTY, na bandeja do sistema), escolha <strong>Add Key</strong> e selecione { $ppk }; o PuTTY, o WinSCP e o FileZilla passam a usá-la automaticamente.
help-putty-auth = Ou, no PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Salve a sessão para não precisar escolhê-la de novo.
help-putty-old = PuTTY antigo (anterior ao 0.75), WinSCP ou FileZilla que dizem não reconhecer o arquivo: salve novamente com “Versão 2” (.ppk versão 2) marcado.
# $service, $add: linhas de comando do PowerShell.
help-windows-agent = Opcional, para digitar a frase secreta uma vez por sessão: em um PowerShell de administrador, execute <code>{ $service }</code> e depois, com o seu próprio usuário, <code>{ $add }</code>.
help-windows-connect = Conecte-se com <code>{ $command }</code> (o -i não é necessário quando o arquivo tem esse nome padrão).
help-macos-keychain = Guarde a frase secreta no seu chaveiro: <code>{ $command }</code>.
help-macos-connect = Conecte-se com <code>{ $ssh }</code>, ou copie a chave para um servidor com <code>{ $copy }</code>.
help-linux-agent = Carregue-a no seu agente para esta sessão: <code>{ $command }</code>.
help-linux-connect = Copie a chave para um servidor com <code>{ $copy }</code> e depois conecte-se com <code>{ $ssh }</code>.

## Modo incorporado: "Usar esta chave" envia a chave pública para a página que contém o gerador
# $origin: uma origem web (https://docs.example.com).
embed-use = Usar esta chave
embed-use-hint = Envia a linha da chave pública acima para { $origin }, a página que contém este gerador. Nunca a chave privada.
embed-refused-no-origin = Nada é enviado daqui: a página que contém este gerador não indicou uma origem web válida para onde enviar a chave pública.
embed-refused-not-framed = Nada é enviado daqui: esta página não está dentro de outra página.
embed-refused-other-parent = Nada é enviado daqui: este gerador está dentro de uma página de { $parent }, que não é { $origin }.
embed-sent = Enviada para { $origin }.

## O formulário e a tabela da guia de verificação (marcação estática; as palavras do diagnóstico estão em checkup.ftl)
page-check-drop = Solte um arquivo <code>authorized_keys</code> ou <code>known_hosts</code> aqui, ou
page-check-choose = Escolher um arquivo…
page-check-paste = …ou colar as linhas dele
page-check-hint = Somente chaves públicas: cada linha é lida nesta página e nunca é enviada.
page-check-run = Verificar as linhas
page-check-caption = Cada linha de chave, a chave dela e o que o diagnóstico encontrou
page-check-col-line = Linha
page-check-col-key = Chave
page-check-col-sha256 = Impressão digital SHA256
page-check-col-comment = Comentário
page-check-col-options = Opções ou hosts
page-check-col-findings = Constatações

## O diagnóstico da chave (marcação estática abaixo das opções de salvar)
page-check-clean = Nada a relatar: a chave e a forma como foi armazenada seguem as recomendações atuais.
page-check-fix-resave = Salvar com proteção moderna
page-check-fix-new-key = Criar uma nova chave (mesmo comentário)
# $rounds: as rodadas de bcrypt que um salvamento usa por padrão (16).
page-check-fix-resave-hint = “Salvar com proteção moderna” usa a frase secreta acima: formato OpenSSH com { $rounds } rodadas de bcrypt, ou .ppk v3 (Argon2id) para uma chave aberta de um .ppk.
page-check-fix-resave-hint-unknown = “Salvar com proteção moderna” usa a frase secreta acima: formato OpenSSH com as rodadas de bcrypt padrão do ssh-keygen, ou .ppk v3 (Argon2id) para uma chave aberta de um .ppk.

## O certificado da chave (marcação estática abaixo das opções de salvar)
page-cert-save = Salvar o certificado (-cert.pub)
page-cert-attach = Anexe um certificado desta chave (<code>-cert.pub</code>): o .ppk que você salvar passa a incluí-lo, como faz a opção <code>--certificate</code> do PuTTYgen
page-cert-choose = Escolher um certificado…
page-cert-attach-button = Anexar
page-cert-remove = Remover o certificado

## A guia Certificados (marcação estática; as mensagens dela estão em certs.ftl)
page-cert-sign-title = Assinar um certificado
page-cert-about = Um certificado OpenSSH permite que uma chave faça login onde quer que a autoridade certificadora (CA) dela seja confiável (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>), como o <code>ssh-keygen -s</code> o cria.
page-cert-ca = Chave da CA (a chave privada dela)
page-cert-ca-choose = Escolher a chave da CA…
page-cert-paste-it = …ou colá-la
page-cert-ca-passphrase = A chave da CA está protegida. Frase secreta:
page-cert-ca-open = Abrir a chave da CA
page-cert-ca-forget = Esquecer a chave da CA
page-cert-subjects = Chaves públicas a assinar
page-cert-subjects-choose = Escolher chaves públicas…
page-cert-subjects-paste = …ou colá-las, uma por linha
page-cert-certificate = Certificado
page-cert-user = Certificado de usuário
page-cert-host = Certificado de host (<code>-h</code>)
page-cert-identity = Identidade da chave (<code>-I</code>)
page-cert-identity-hint = Gravada no log do servidor quando o certificado é usado, por exemplo <code>alice@example.com</code>.
page-cert-principals = Principals (<code>-n</code>), separados por vírgulas
page-cert-principals-hint = Os nomes de usuário (ou, para um host, os nomes de host) para os quais ele é válido.
page-cert-validity = Válido (<code>-V</code>)
page-cert-for-hour = por 1 hora
page-cert-for-day = por 1 dia
page-cert-for-week = por 1 semana
page-cert-for-52-weeks = por 52 semanas
page-cert-forever = para sempre
page-cert-between = entre estas datas…
page-cert-from = De (vazio: desde sempre)
page-cert-to = Até (vazio: para sempre)
page-cert-serial = Número de série (<code>-z</code>)
page-cert-options = Opções de um certificado de usuário (<code>-O</code>)
page-cert-x11 = Encaminhamento X11
page-cert-agent = Encaminhamento do agente
page-cert-port = Encaminhamento de portas
page-cert-pty = Um terminal (pty)
page-cert-force-command = Comando forçado (<code>force-command</code>)
page-cert-source-address = Somente destes endereços (<code>source-address</code>, CIDR, separados por vírgulas)
page-cert-sign = Assinar
page-cert-inspect-title = Examinar um certificado
page-cert-inspect = Examinar
