# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = İmzalama ve doğrulama: git commit'leri, dosyalar
sign-about = git commit'lerini ve etiketlerini ya da herhangi bir dosyayı, ssh-keygen -Y sign gibi bu anahtarla imzalayın. Bu anahtarın allowed_signers satırına sahip olan herkes, imzaladıklarını doğrulayabilir.
sign-principal = E-posta adresiniz (principal: git'in user.email değeri)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = allowed_signers satırı
sign-allowed-hint = Bu satırı, imzalarınızı doğrulayan her bilgisayarda ~/.ssh/allowed_signers dosyasına ekleyin.
sign-principal-missing = Satırı almak için yukarıya e-posta adresinizi yazın.
sign-git-title = git config: her commit'i ve etiketi bu anahtarla imzala
sign-git-hint = Açık anahtarı ikinci satırda adı geçen dosya olarak kaydedin, ardından bu komutları çalıştırın.
sign-copy-line = Kopyala
    .aria-label = Kopyala: { $line }
sign-copied = Panoya kopyalandı.
sign-copy-blocked = Kopyalama engellendi: satırı seçip Ctrl+C (⌘C) tuşlarına basın.

## Signing
sign-sign-title = Bir dosyayı veya metni imzala
sign-choose-file = İmzalanacak dosyayı seçin…
sign-text = …veya imzalanacak metni yazın (tam olarak yazıldığı gibi imzalanır)
sign-namespace = Ad alanı (-n)
sign-namespace-hint = Dosyalar için file, git'in doğruladıkları için git; doğrulayan da aynı ad alanını istemelidir.
sign-hash = Özet algoritması (-O hashalg=)
sign-sign-button = İmzala ve .sig dosyasını kaydet
sign-signing = İmzalanıyor…
sign-saved = İndirilenlere kaydedildi: { $filename } (ad alanı { $namespace }).
sign-nothing-to-sign = Önce imzalanacak bir dosya seçin veya bir metin yazın.
sign-namespace-needed = file veya git gibi bir ad alanı girin.
sign-too-big = { $name } { NUMBER($size) } bayt; bu sayfanın { NUMBER($cap) } baytlık sınırını aşıyor.

## Verifying (the Check tab)
sign-verify-title = SSH imzasını doğrula
sign-verify-about = ssh-keygen -Y verify gibi: .sig bu dosyanın geçerli bir imzası mı ve anahtarı bu kişi adına imzalayabilir mi?
sign-verify-signature = İmza (.sig)
sign-choose-signature = .sig dosyasını seçin…
sign-paste-signature = …veya yapıştırın
sign-verify-message = İmzalanan içerik
sign-choose-signed = İmzalanan dosyayı seçin…
sign-verify-text = …veya imzalanan metni yazın (tam olarak imzalandığı gibi)
sign-verify-who = Kim imzalamış olabilir
sign-by-allowed = Bir allowed_signers dosyasındaki bir kişi
sign-by-key = Bir açık anahtarın sahibi
sign-verify-principal = Principal (-I), örneğin imzalayanın e-posta adresi
sign-choose-allowed = allowed_signers dosyasını seçin…
sign-paste-allowed = …veya satırlarını yapıştırın
sign-choose-key = Açık anahtarı seçin…
sign-paste-key = …veya yapıştırın
sign-verify-button = Doğrula
sign-verifying = Doğrulanıyor…
sign-signature-needed = Önce imzayı seçin veya yapıştırın.
sign-message-needed = Önce imzalanan dosyayı seçin veya imzalanan metni yazın.
sign-key-needed = Önce imzalayanın açık anahtarını seçin veya yapıştırın.
sign-allowed-needed = Önce allowed_signers satırlarını seçin veya yapıştırın.
sign-principal-needed = Doğrulanacak principal değerini girin, örneğin imzalayanın e-posta adresi.
sign-verdict-good = İmza geçerli: imzalayan { $principal } ({ $namespace }), { $type } anahtarı { $fingerprint }.
sign-verdict-good-key = İmza geçerli: bu açık anahtarla imzalanmış ({ $namespace }), { $type } anahtarı { $fingerprint }.
sign-verdict-bad = Doğrulanamadı: imza bu dosya, ad alanı ve imzalayan için geçerli değil. ssh-keygen'in gerekçeleri:
