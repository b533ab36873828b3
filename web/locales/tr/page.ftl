# The page's words in English: the source every other catalog translates.
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.
# Turkish: formal "siz"; passphrase = parola (glossary); CA stays CA, as in Python's tr catalog.

## The page around the views: title, header, loading, footer
site-page-title = SSH anahtarı oluşturucu — özel anahtarlar tarayıcınızdan asla çıkmaz
site-skip = Oluşturucuya geç
site-title = SSH anahtarı oluşturucu
site-tagline = OpenSSH ve PuTTY için SSH anahtarları oluşturun, açın ve dönüştürün: özel anahtarınız ve parolanız bu sayfadan asla çıkmaz.
# Embed mode: the line above the generator inside another site's page.
site-embed-about = SSH anahtarı oluşturucu: anahtarlar tarayıcınızda oluşturulur; özel anahtar ve parola hiçbir yere gönderilmez.
site-footer = Yüklendikten sonra ağ kullanımı yok, çerez yok, depolama yok, analiz yok: anahtarlar tarayıcınızın şifreleme işlevleri ve bu sayfada çalışan Python ile oluşturulur.
language-menu-label = Dil
site-update = Bu sayfanın yeni bir sürümü hazır. Önce anahtarınızı kaydedin: yeniden yükleme onu siler.
site-update-reload = Şimdi yeniden yükle

load-starting = Anahtar oluşturucu yükleniyor…
load-ready = Hazır. Burada yaptığınız hiçbir şey bu sayfanın dışına çıkmaz.
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] Python yükleniyor… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [sshkeys] sshkeys başlatılıyor… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
        [ready] Neredeyse hazır… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
       *[starting] Başlatılıyor… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } / { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] Python yükleniyor…
        [sshkeys] sshkeys başlatılıyor…
        [ready] Neredeyse hazır…
       *[starting] Başlatılıyor…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = Python hâlâ yükleniyor ({ $progress }).
# $error: the reason, in the browser's or the loader's words.
load-python-failed = Python başlatılamadı: { $error } Yeniden denemek için sayfayı yeniden yükleyin.
load-worker-failed = Anahtar işleyicisi başlatılamadı: { $error } Yeniden denemek için sayfayı yeniden yükleyin.
load-worker-failed-plain = Anahtar işleyicisi başlatılamadı. Yeniden denemek için sayfayı yeniden yükleyin.
load-no-script = Sayfa, { $role ->
        [rater] parola değerlendiricisi
       *[worker] anahtar işleyicisi
    } betiğini belirtmiyor.
# $name: a script's file name (worker.js).
load-fetch-failed = { $name } alınamadı veya bütünlük denetiminden geçemedi ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = Anahtar işleyicisi durduruldu.
load-rater-stopped = Parola değerlendiricisi durduruldu.
load-rater-failed = Parola değerlendiricisi çalışmayı bıraktı.
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } sn

## The tabs
tabs-main =
    .aria-label = Ne yapmak istiyorsunuz?
tabs-generate = Yeni anahtar oluştur
tabs-open = Mevcut bir anahtarı aç
tabs-check = authorized_keys dosyasını denetle
tabs-certs = Sertifikalar

## Generate
gen-type = Anahtar türü
gen-badge-recommended = önerilen
gen-badge-experimental = deneysel
gen-badge-deprecated = kullanımdan kaldırıldı
gen-badge-putty-only = yalnızca PuTTY
gen-about-ed25519 = Kısa ve modern: OpenSSH, PuTTY, GitHub ve GitLab kabul eder.
gen-about-rsa = RSA isteyen eski sunucular ve hizmetler için.
gen-about-ecdsa = NIST eğrileri; bunları gerektiren politikalar için.
gen-other-types = Diğer türler: kuantum sonrası (deneysel), eski
gen-about-mldsa = Kuantum sonrası. Yalnızca OpenSSH 10.4 ve sonrası, etkinleştirildiği yerde kullanır; PuTTY kullanamaz.
gen-about-dsa = Yalnızca çok eski sistemler için: OpenSSH 10 artık DSA anahtarlarını kabul etmiyor.
gen-about-ed448 = PuTTY kabul eder; OpenSSH etmez.
gen-unsupported = Bu tarayıcıda kullanılamaz: tarayıcının şifreleme kitaplığı bu türü sağlamıyor.
gen-types-unavailable = Bu oluşturucuyu barındıran sayfa, burada bulunmayan anahtar türleri istedi; bu nedenle tüm türler sunuluyor. Sunucunuzun veya hizmetinizin hangi türü kabul ettiğini kontrol edin.
gen-rsa-size = RSA anahtar boyutu
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } bit
gen-bits-recommended = { $bits } bit (RSA için önerilen)
gen-bits-slow = { $bits } bit (yavaş)
gen-curve = Eğri
gen-comment = Yorum
gen-comment-hint = <code>authorized_keys</code> içinde, PuTTY'de ve yönetim panellerinde anahtarın yanında gösterilir: <code>you@laptop</code> gibi bir yorum anahtarlarınızı birbirinden ayırt etmenizi sağlar.
gen-passphrase = Parola
gen-passphrase-confirm = Parolayı doğrulayın
gen-show-passphrase = Parolayı göster
gen-suggest-label = Önerilecek parolanın uzunluğu
gen-suggest-words = { $words ->
       *[other] { $words } kelime
    }
gen-suggest = Parola öner
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
       *[other] EFF büyük kelime listesinden ({ NUMBER($size) } kelime) rastgele seçilmiş { $words } kelime: { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } bit entropi. Parolayı bir yere yazın veya bir parola yöneticisinde saklayın: kurtarılamaz.
    }
gen-passphrase-hint = Biri özel anahtar dosyasını kopyalarsa dosyayı korur. Yalnızca betiklerin kullandığı anahtarlar için boş bırakın: böyle bir dosyaya sahip olan herkes onu kullanabilir.
gen-mismatch = İki parola eşleşmiyor.
gen-advanced = Gelişmiş: parola korumasının gücü
gen-rounds = OpenSSH bcrypt tur sayısı
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = <code>ssh-keygen -a</code> gibi; varsayılan değer { $rounds } (OpenSSH 9.4 ve sonrası); daha fazlası hem kırmayı hem de açmayı yavaşlatır.
# Before Python has said what the default is.
gen-rounds-hint-unknown = <code>ssh-keygen -a</code> gibi; gösterilen sayı varsayılan değerdir (OpenSSH 9.4 ve sonrası); daha fazlası hem kırmayı hem de açmayı yavaşlatır.
gen-ppk-kdf = PuTTY anahtar türetme işlevi
gen-kdf-default = Argon2id (varsayılan)
gen-argon2-memory = Argon2 belleği (KiB)
gen-argon2-passes = Argon2 geçiş sayısı
gen-argon2-passes-input =
    .placeholder = otomatik (PuTTYgen gibi yaklaşık 0,1 sn)
gen-argon2-parallelism = Argon2 paralelliği
gen-generate = Anahtar oluştur
gen-generating = Oluşturuluyor…
gen-generating-rsa-8192 = Oluşturuluyor… RSA 8192 ve üzeri bir dakika veya daha uzun sürebilir.
gen-generating-rsa-4096 = Oluşturuluyor… RSA 4096 genellikle birkaç saniye, zaman zaman 15 saniyeye kadar sürer.
gen-generating-dsa = Oluşturuluyor… DSA birkaç saniye sürer.
# $ms: milliseconds.
gen-generated = { NUMBER($ms, useGrouping: 0) } ms içinde oluşturuldu.
gen-cleared = Temizlendi: anahtar bu sayfadan kaldırıldı.

## Open
open-drop = Bir anahtar dosyasını buraya bırakın veya
open-choose = Anahtar dosyası seçin…
open-formats = OpenSSH (<code>id_ed25519</code>, <code>id_rsa</code>), PuTTY <code>.ppk</code>, PEM, PKCS#8, ssh.com, açık anahtar ve sertifika (<code>-cert.pub</code>) dosyaları. Dosya bu sayfada okunur ve asla karşıya yüklenmez.
open-paste = …veya bir anahtar yapıştırın
open-passphrase = Bu anahtar korumalı. Parola:
open-button = Anahtarı aç
# $name: the file's name.
open-opening = { $name } açılıyor…
open-opening-later = { $name }, Python hazır olduğunda açılacak.
open-protected = { $name } bir parolayla korunuyor.
open-opened = { $name } açıldı.
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = Yapıştırılan anahtar açılıyor…
open-opening-later-pasted = Yapıştırılan anahtar, Python hazır olduğunda açılacak.
open-protected-pasted = Yapıştırılan anahtar bir parolayla korunuyor.
open-opened-pasted = Yapıştırılan anahtar açıldı.
# $size: megabytes.
file-too-big = { $name } { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: bu bir anahtar dosyası değil.
file-too-big-authorized-keys = { $name } { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: bir authorized_keys dosyası için fazla büyük.

## The key on screen
result-title = Anahtarınız
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = Özel ve açık anahtar: { $type }, { $bits } bit, yorum “{ $comment }”.
result-summary-public = Yalnızca açık anahtar: { $type }, { $bits } bit, yorum “{ $comment }”.
result-public-key = Açık anahtar; <code>authorized_keys</code> veya barındırma sağlayıcınızın paneli için
result-copy = Açık anahtarı kopyala
result-copied = Panoya kopyalandı.
result-copy-blocked = Kopyalama engellendi: anahtar seçili; kopyalamak için Ctrl+C (⌘C) tuşlarına basın.
result-edit =
    .aria-label = Yorum ve parola
result-comment = Yorum
result-change = Değiştir
    .aria-label = Yorumu değiştir
result-comment-changed = Yorum değiştirildi: korumak için dosyaları yeniden kaydedin.
result-save-passphrase = Özel anahtar dosyalarının parolası
result-next = Sonraki adımlar: dosyalar Windows, macOS ve Linux'ta nereye konur
result-systems =
    .aria-label = Sisteminiz
result-os-putty = PuTTY ile Windows
result-os-windows = Windows (OpenSSH)
result-check-key = Anahtarı denetle: parmak izleri, randomart, bubblebabble
result-sha256 = SHA256 parmak izi
result-md5 = MD5 parmak izi
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>), sesli okumak için
result-randomart =
    .aria-label = Anahtar parmak izinin randomart resmi
result-randomart-caption = Randomart, <code>ssh-keygen -lv</code> komutunun çizdiği biçimde.
result-send = Başka bir cihaza gönder: QR kodu olarak açık anahtar
result-qr-caption = QR kodu olarak açık anahtar satırı: açık anahtarı başka bir cihaza aktarmak için telefonun kamerası veya bir SSH uygulamasıyla tarayın. Gizli hiçbir şey içermez.
result-qr =
    .aria-label = Açık anahtar satırının QR kodu
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = Açık anahtar satırı { NUMBER($bytes, useGrouping: 0) } bayt: tek bir QR kodunun alabileceğinden ({ NUMBER($limit, useGrouping: 0) }) fazla. Satırı kopyalayın veya açık anahtar dosyasını kaydedip onu taşıyın.
result-qr-dense = Uzun bir anahtar yoğun bir kod oluşturur: telefonu yakın tutun veya sayfayı yakınlaştırın.
result-other-formats = Diğer biçimler: PEM, PKCS#8, RFC 4716
result-clear = Temizle — bu anahtarı unut
result-clear-hint = Anahtarı bu sayfadan ve bellekten kaldırır. Kaydedilen dosyalar, kaydettiğiniz yerde kalır.

## Saving
save-title = Kaydet
save-openssh = OpenSSH özel anahtarı
save-ppk = PuTTY özel anahtarı (.ppk)
save-ppk-v2 = Sürüm 2, 0.75 öncesi PuTTY için
save-public = Açık anahtar (.pub)
save-pem-title = PEM (OpenSSL, bulut konsolları, kitaplıklar)
save-pem = PEM özel anahtarı
save-pkcs8 = PKCS#8 özel anahtarı
save-public-pem = PEM açık anahtarı
save-rfc4716-title = PuTTYgen'in kaydettiği biçimde açık anahtar
save-rfc4716 = Açık anahtar (RFC 4716)
save-all-title = Tümünü kaydet (.zip): birkaç biçimde özel anahtar, açık anahtar ve sonraki adımlar
save-all-formats = .zip içindeki özel anahtar biçimleri
save-all = Tümünü kaydet (.zip)
save-preparing = Dosya hazırlanıyor…
save-preparing-zip = .zip hazırlanıyor…
save-cancelled = Kaydedilmedi: kaydetme penceresi kapatıldı.
# $error: the browser's reason.
save-not-written = { $filename } yazılamadı: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] Kaydedildi: { $filename }, parolanızla korunuyor.
            [none] Kaydedildi: { $filename }, parolasız.
           *[public] Kaydedildi: { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] İndirilenlere kaydedildi: { $filename }, parolanızla korunuyor.
            [none] İndirilenlere kaydedildi: { $filename }, parolasız.
           *[public] İndirilenlere kaydedildi: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] Kaydedildi: { $filename }, özel anahtarlar parolanızla korunuyor.
           *[none] Kaydedildi: { $filename }, özel anahtarlar parolasız.
        }
       *[downloaded] { $protection ->
            [passphrase] İndirilenlere kaydedildi: { $filename }, özel anahtarlar parolanızla korunuyor.
           *[none] İndirilenlere kaydedildi: { $filename }, özel anahtarlar parolasız.
        }
    }
save-unsaved = Henüz kaydedilmedi: ayrılmadan önce özel anahtarı kaydedin.
save-unsaved-comment = Henüz kaydedilmedi: yeni yorum yalnızca bu sayfada. Korumak için özel anahtarı yeniden kaydedin.

## Next steps (one list per system)
help-dashboard = Yukarıdaki açık anahtarı kopyalayın ve barındırma sağlayıcınızın SSH anahtarı istediği yere yapıştırın (GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; bir sunucu: <code>{ $authorized }</code> dosyasında yeni bir satır).
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = Not: OpenSSH, { $type } anahtarlarını kabul etmez. Bu anahtarı PuTTY ile kullanın veya OpenSSH için bir Ed25519 anahtarı oluşturun.
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = OpenSSH <strong>özel anahtarını</strong> ve <strong>açık anahtarını</strong> <code>{ $folder }</code> klasörüne <code>{ $file }</code> ve <code>{ $pub }</code> adıyla kaydedin.
help-save-openssh-windows = OpenSSH <strong>özel anahtarını</strong> ve <strong>açık anahtarını</strong> <code>{ $folder }</code> klasörüne (gerekirse klasörü oluşturun) <code>{ $file }</code> ve <code>{ $pub }</code> adıyla kaydedin.
help-chmod = Özel anahtarı yalnızca sizin okuyabileceğiniz hâle getirin: <code>{ $command }</code> (ssh, başkalarının okuyabildiği anahtarları reddeder).
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = <strong>PuTTY özel anahtarı (.ppk)</strong> dosyasını { $ppk } adıyla, yalnızca sizin okuyabileceğiniz bir yere, örneğin Belgeler klasörünüze kaydedin.
help-putty-pageant = Pageant'ı (PuTTY'nin anahtar aracısı, sistem tepsisinde) açın, <strong>Add Key</strong> seçeneğini seçin ve { $ppk } dosyasını seçin; PuTTY, WinSCP ve FileZilla bundan sonra onu otomatik olarak kullanır.
help-putty-auth = Veya PuTTY'de: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. Dosyayı yeniden seçmek zorunda kalmamak için oturumu kaydedin.
help-putty-old = Eski PuTTY (0.75 öncesi), WinSCP veya FileZilla dosyanın tanınmadığını söylüyorsa, “Sürüm 2” (.ppk) işaretliyken yeniden kaydedin.
# $service, $add: PowerShell command lines.
help-windows-agent = İsteğe bağlı, parolayı oturum başına bir kez yazmak için: yönetici olarak açılmış bir PowerShell'de <code>{ $service }</code>, ardından kendi kullanıcınızla <code>{ $add }</code> komutunu çalıştırın.
help-windows-connect = <code>{ $command }</code> ile bağlanın (dosya bu standart ada sahipse -i gerekmez).
help-macos-keychain = Parolayı anahtar zincirinizde saklayın: <code>{ $command }</code>.
help-macos-connect = <code>{ $ssh }</code> ile bağlanın veya anahtarı <code>{ $copy }</code> ile bir sunucuya kopyalayın.
help-linux-agent = Bu oturum için aracınıza yükleyin: <code>{ $command }</code>.
help-linux-connect = Anahtarı <code>{ $copy }</code> ile bir sunucuya kopyalayın, ardından <code>{ $ssh }</code> ile bağlanın.

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = Bu anahtarı kullan
embed-use-hint = Yukarıdaki açık anahtar satırını, bu oluşturucuyu barındıran sayfaya ({ $origin }) gönderir. Özel anahtarı asla göndermez.
embed-refused-no-origin = Buradan hiçbir şey gönderilmez: bu oluşturucuyu barındıran sayfa, açık anahtarın gönderileceği geçerli bir web kaynağı (origin) belirtmedi.
embed-refused-not-framed = Buradan hiçbir şey gönderilmez: bu sayfa başka bir sayfanın içinde değil.
embed-refused-other-parent = Buradan hiçbir şey gönderilmez: bu oluşturucu { $parent } kaynağındaki bir sayfanın içinde; bu kaynak { $origin } değil.
embed-sent = Gönderildi: { $origin }.

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = Bir <code>authorized_keys</code> veya <code>known_hosts</code> dosyasını buraya bırakın veya
page-check-choose = Dosya seçin…
page-check-paste = …veya satırlarını yapıştırın
page-check-hint = Yalnızca açık anahtarlar: her satır bu sayfada okunur ve asla karşıya yüklenmez.
page-check-run = Satırları denetle
page-check-caption = Her anahtar satırı, anahtarı ve denetimin bulguları
page-check-col-line = Satır
page-check-col-key = Anahtar
page-check-col-sha256 = SHA256 parmak izi
page-check-col-comment = Yorum
page-check-col-options = Seçenekler veya ana makineler
page-check-col-findings = Bulgular

## The key's check-up (static markup below the saves)
page-check-clean = Bildirilecek bir şey yok: anahtar ve saklanma biçimi güncel önerilere uygun.
page-check-fix-resave = Modern korumayla kaydet
page-check-fix-new-key = Yeni anahtar oluştur (aynı yorum)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = “Modern korumayla kaydet” yukarıdaki parolayı kullanır: { $rounds } bcrypt turuyla OpenSSH biçimi ya da .ppk'den açılan bir anahtar için .ppk v3 (Argon2id).
page-check-fix-resave-hint-unknown = “Modern korumayla kaydet” yukarıdaki parolayı kullanır: ssh-keygen'in varsayılan bcrypt tur sayısıyla OpenSSH biçimi ya da .ppk'den açılan bir anahtar için .ppk v3 (Argon2id).

## The key's certificate (static markup below the saves)
page-cert-save = Sertifikayı kaydet (-cert.pub)
page-cert-attach = Bu anahtarın bir sertifikasını ekleyin (<code>-cert.pub</code>): PuTTYgen'in <code>--certificate</code> seçeneğinde olduğu gibi, bundan sonra kaydettiğiniz .ppk onu içerir
page-cert-choose = Sertifika seçin…
page-cert-attach-button = Ekle
page-cert-remove = Sertifikayı kaldır

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = Sertifika imzala
page-cert-about = OpenSSH sertifikası, bir anahtarın, sertifika yetkilisine (CA) güvenilen her yerde (<code>TrustedUserCAKeys</code>, <code>@cert-authority</code>) oturum açmasını sağlar; <code>ssh-keygen -s</code> komutunun oluşturduğu sertifikanın aynısıdır.
page-cert-ca = CA anahtarı (özel anahtarı)
page-cert-ca-choose = CA anahtarını seçin…
page-cert-paste-it = …veya yapıştırın
page-cert-ca-passphrase = CA anahtarı korumalı. Parola:
page-cert-ca-open = CA anahtarını aç
page-cert-ca-forget = CA anahtarını unut
page-cert-subjects = İmzalanacak açık anahtarlar
page-cert-subjects-choose = Açık anahtarları seçin…
page-cert-subjects-paste = …veya her satıra bir tane olacak şekilde yapıştırın
page-cert-certificate = Sertifika
page-cert-user = Kullanıcı sertifikası
page-cert-host = Ana makine sertifikası (<code>-h</code>)
page-cert-identity = Anahtar kimliği (<code>-I</code>)
page-cert-identity-hint = Sertifika kullanıldığında sunucunun günlüğüne yazılır; örneğin <code>alice@example.com</code>.
page-cert-principals = Principal'lar (<code>-n</code>), virgülle ayrılmış
page-cert-principals-hint = Sertifikanın geçerli olduğu kullanıcı adları (ana makine sertifikası için ana makine adları).
page-cert-validity = Geçerlilik (<code>-V</code>)
page-cert-for-hour = 1 saat
page-cert-for-day = 1 gün
page-cert-for-week = 1 hafta
page-cert-for-52-weeks = 52 hafta
page-cert-forever = süresiz
page-cert-between = bu tarihler arasında…
page-cert-from = Başlangıç (boş: her zaman)
page-cert-to = Bitiş (boş: süresiz)
page-cert-serial = Seri numarası (<code>-z</code>)
page-cert-options = Kullanıcı sertifikası seçenekleri (<code>-O</code>)
page-cert-x11 = X11 yönlendirme
page-cert-agent = Aracı yönlendirme
page-cert-port = Bağlantı noktası yönlendirme
page-cert-pty = Terminal (pty)
page-cert-force-command = Zorunlu komut (<code>force-command</code>)
page-cert-source-address = Yalnızca bu adreslerden (<code>source-address</code>, CIDR, virgülle ayrılmış)
page-cert-sign = İmzala
page-cert-inspect-title = Sertifikayı incele
page-cert-inspect = İncele
