# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] Çok zayıf parola.
    [weak] Zayıf parola.
    [fair] Orta düzeyde parola.
   *[strong] Güçlü parola.
}
strength-attack = { $attacker } kullanan bir saldırganın bu parolayı çevrimdışı tahmin etmesi { $time } sürer (koruma: { $kdf }).
strength-still-usable = Yine de kullanabilirsiniz.
strength-none = Parola yok: özel anahtar dosyası korunmayacak.
# $error: why (already a whole sentence in the page's language).
strength-failed = Bu parolanın gücü tahmin edilemedi: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = Şu biçimlerde kaydedilirse: { $estimates }.
strength-saved-separator = {"; "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] çok zayıf
    [weak] zayıf
    [fair] orta düzeyde
   *[strong] güçlü
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = Klavyenizdeki düz tuş sıraları kolayca tahmin edilir.
strength-warning-key-pattern = Kısa klavye desenleri kolayca tahmin edilir.
strength-warning-simple-repeat = "aaa" gibi tekrarlanan karakterler kolayca tahmin edilir.
strength-warning-extended-repeat = "abcabcabc" gibi tekrarlanan karakter desenleri kolayca tahmin edilir.
strength-warning-sequences = "abc" gibi yaygın karakter dizileri kolayca tahmin edilir.
strength-warning-recent-years = Yakın geçmişteki yıllar kolayca tahmin edilir.
strength-warning-dates = Tarihler kolayca tahmin edilir.
strength-warning-top-ten = Bu, çok sık kullanılan bir parola.
strength-warning-top-hundred = Bu, sık kullanılan bir parola.
strength-warning-common = Bu, yaygın olarak kullanılan bir parola.
strength-warning-similar-to-common = Bu, yaygın olarak kullanılan bir parolaya benziyor.
strength-warning-word-by-itself = Tek başına kelimeler kolayca tahmin edilir.
strength-warning-names-by-themselves = Tek başına adlar veya soyadlar kolayca tahmin edilir.
strength-warning-common-names = Yaygın adlar ve soyadlar kolayca tahmin edilir.
strength-warning-user-inputs = Kişisel veya sayfayla ilgili veriler içermemelidir.
strength-warning-pwned = Parolanız İnternet'teki bir veri ihlalinde açığa çıkmış.
strength-suggestion-l33t = 'a' yerine '@' gibi tahmin edilebilir harf değişikliklerinden kaçının.
strength-suggestion-reverse-words = Yaygın kelimelerin tersten yazılışlarından kaçının.
strength-suggestion-all-uppercase = Harflerin hepsini değil, bazılarını büyük yazın.
strength-suggestion-capitalization = Yalnızca ilk harfi değil, daha fazlasını büyük yazın.
strength-suggestion-dates = Sizinle ilişkili tarih ve yıllardan kaçının.
strength-suggestion-recent-years = Yakın geçmişteki yıllardan kaçının.
strength-suggestion-associated-years = Sizinle ilişkili yıllardan kaçının.
strength-suggestion-sequences = Yaygın karakter dizilerinden kaçının.
strength-suggestion-repeated = Tekrarlanan kelime ve karakterlerden kaçının.
strength-suggestion-longer-keyboard-pattern = Daha uzun klavye desenleri kullanın ve yazma yönünü birkaç kez değiştirin.
strength-suggestion-another-word = Daha az yaygın başka kelimeler ekleyin.
strength-suggestion-use-words = Birden çok kelime kullanın, ancak yaygın ifadelerden kaçının.
strength-suggestion-no-need = Simge, rakam veya büyük harf kullanmadan da güçlü parolalar oluşturabilirsiniz.
strength-suggestion-pwned = Bu parolayı başka yerlerde de kullanıyorsanız değiştirmelisiniz.
