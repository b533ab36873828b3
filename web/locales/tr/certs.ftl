# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).
# CA stays CA, as in Python's tr catalog.

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = süresiz
cert-validity-before = { DATETIME($before, dateStyle: "medium", timeStyle: "short") } tarihine kadar
cert-validity-after = { DATETIME($after, dateStyle: "medium", timeStyle: "short") } tarihinden itibaren
cert-validity-range = { DATETIME($after, dateStyle: "medium", timeStyle: "short") } ile { DATETIME($before, dateStyle: "medium", timeStyle: "short") } arası

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] Süresi dolmuş
    [future] Henüz geçerli değil
   *[valid] Şu anda geçerli
}: { $certType ->
    [host] ana makine sertifikası
    [unknown] türü bilinmeyen sertifika
   *[user] kullanıcı sertifikası
}, geçerlilik: { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. CA imzası doğru ({ $caType } { $fingerprint }, algoritma: { $algorithm }).

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = Yapıştırılan CA anahtarı
cert-ca-needed = Önce CA'nın özel anahtarını seçin veya yapıştırın.
cert-opening = { $name } açılıyor…
cert-ca-passphrase = { $name } bir parolayla korunuyor.
cert-ca-public = { $name } bir açık anahtar: CA, kendi özel anahtarıyla imzalar.
cert-ca-key = CA anahtarı: { $type } { $fingerprint } “{ $comment }”.
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = { $name } { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB: bu bir anahtar dosyası değil.

## The Certificates tab: signing
cert-bad-dates = Tarihleri tarih seçicilerle seçin.
cert-open-ca-first = Önce CA anahtarını açın.
cert-id-needed = Sertifikaya bir anahtar kimliği verin.
cert-serial-number = Seri numarası 0 veya daha büyük bir tam sayı olmalıdır.
cert-key-needed = İmzalanacak açık anahtarı seçin veya yapıştırın.
cert-signing = İmzalanıyor…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = Kaydedildi: { $names }.

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (yapıştırılan)
cert-inspect-needed = Önce bir sertifika seçin veya yapıştırın.
cert-checking = Denetleniyor…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = Yapıştırılan sertifika
cert-attach-needed = Önce anahtarın sertifikasını seçin veya yapıştırın.
cert-attach-checking = Sertifika denetleniyor…
cert-attached = Eklendi: şimdi kaydedeceğiniz .ppk dosyası sertifikayı içerir.
cert-removed = Kaldırıldı: kaydedeceğiniz dosyalar artık sertifikayı içermez.
cert-key-title = Sertifika: OpenSSH { $certType ->
    [host] ana makine sertifikası
    [unknown] sertifikası (türü bilinmiyor)
   *[user] kullanıcı sertifikası
}, { $state ->
    [expired] süresi dolmuş
    [future] henüz geçerli değil
   *[valid] şu anda geçerli
}
cert-key-title-none = Sertifika: yok (bir sertifika ekleyin)
cert-key-none = Bu anahtarın sertifikası yok.
cert-key-about-private = Bu anahtar bir OpenSSH { $certType ->
    [host] ana makine sertifikası
    [unknown] sertifikası (türü bilinmiyor)
   *[user] kullanıcı sertifikası
} taşıyor. Kaydettiğiniz .ppk dosyası sertifikayı korur (PuTTY 0.78 ve sonrası onunla oturum açar); OpenSSH için sertifikayı özel anahtarın yanına ayrı bir dosya olarak kaydedin.
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = Bu bir anahtar değil, bir OpenSSH { $certType ->
    [host] ana makine sertifikası
    [unknown] sertifikası (türü bilinmiyor)
   *[user] kullanıcı sertifikası
}: aşağıdaki { $type } açık anahtarına ait özel anahtarın, CA'sına güvenilen her yerde oturum açmasını sağlar. Onu o özel anahtarın yanında, { $stem } dosyasının yanında { $stem }-cert.pub olarak tutun: ssh onu kendiliğinden kullanır.
