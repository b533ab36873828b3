# The strength line under a passphrase field (web/strength.js). Python sends the words of the
# estimate already in the page's language: $attacker ("100 RTX 4090-class GPUs"), $time ("about
# 3 days", "less than a second") and $kdf ("OpenSSH bcrypt_pbkdf, 24 rounds"): never translate
# them here. Key derivation names (bcrypt_pbkdf, Argon2id, PBKDF2) stay as they are.

## The line
# $rating is one of: very-weak, weak, fair, strong.
strength-rating = { $rating ->
    [very-weak] عبارة مرور ضعيفة جدًا.
    [weak] عبارة مرور ضعيفة.
    [fair] عبارة مرور مقبولة.
   *[strong] عبارة مرور قوية.
}
strength-attack = سيحتاج مهاجم يملك { $attacker } إلى { $time } لتخمينها دون اتصال في مواجهة { $kdf }.
strength-still-usable = لا يزال بإمكانك استخدامها.
strength-none = لا توجد عبارة مرور: لن يكون ملف المفتاح الخاص محميًا.
# $error: why (already a whole sentence in the page's language).
strength-failed = تعذّر تقدير قوة عبارة المرور هذه: { $error }

## The other formats, in small print: "Saved as A: time; B: time (weak)."
# $estimates: the list of strength-saved-item, joined by strength-saved-separator.
strength-saved = عند الحفظ بصيغة { $estimates }.
strength-saved-separator = {"؛ "}
strength-saved-item = { $kdf }: { $time }
# The same, when this format's rating differs from the first one's.
strength-saved-item-rated = { $kdf }: { $time } ({ $rating ->
    [very-weak] ضعيفة جدًا
    [weak] ضعيفة
    [fair] مقبولة
   *[strong] قوية
})

## The estimator's advice (zxcvbn-ts's feedback, by its keys)
strength-warning-straight-row = من السهل تخمين الصفوف المتتالية من المفاتيح على لوحة المفاتيح.
strength-warning-key-pattern = من السهل تخمين أنماط لوحة المفاتيح القصيرة.
strength-warning-simple-repeat = من السهل تخمين الأحرف المكررة مثل «aaa».
strength-warning-extended-repeat = من السهل تخمين أنماط الأحرف المكررة مثل «abcabcabc».
strength-warning-sequences = من السهل تخمين تسلسلات الأحرف الشائعة مثل «abc».
strength-warning-recent-years = من السهل تخمين السنوات الأخيرة.
strength-warning-dates = من السهل تخمين التواريخ.
strength-warning-top-ten = هذه من أكثر كلمات المرور استخدامًا.
strength-warning-top-hundred = هذه كلمة مرور كثيرة الاستخدام.
strength-warning-common = هذه كلمة مرور شائعة الاستخدام.
strength-warning-similar-to-common = هذه مشابهة لكلمة مرور شائعة الاستخدام.
strength-warning-word-by-itself = من السهل تخمين الكلمات المنفردة.
strength-warning-names-by-themselves = من السهل تخمين الأسماء أو أسماء العائلة المنفردة.
strength-warning-common-names = من السهل تخمين الأسماء وأسماء العائلة الشائعة.
strength-warning-user-inputs = ينبغي ألا تحتوي على أي بيانات شخصية أو متعلقة بالصفحة.
strength-warning-pwned = كُشفت كلمة المرور هذه في تسريب بيانات على الإنترنت.
strength-suggestion-l33t = تجنّب استبدالات الأحرف المتوقعة مثل «@» بدلًا من «a».
strength-suggestion-reverse-words = تجنّب تهجئة الكلمات الشائعة معكوسة.
strength-suggestion-all-uppercase = اجعل بعض الأحرف كبيرة، لا كلها.
strength-suggestion-capitalization = اجعل أحرفًا كبيرة غير الحرف الأول أيضًا.
strength-suggestion-dates = تجنّب التواريخ والسنوات المرتبطة بك.
strength-suggestion-recent-years = تجنّب السنوات الأخيرة.
strength-suggestion-associated-years = تجنّب السنوات المرتبطة بك.
strength-suggestion-sequences = تجنّب تسلسلات الأحرف الشائعة.
strength-suggestion-repeated = تجنّب الكلمات والأحرف المكررة.
strength-suggestion-longer-keyboard-pattern = استخدم أنماط لوحة مفاتيح أطول، وغيّر اتجاه الكتابة عدة مرات.
strength-suggestion-another-word = أضف مزيدًا من الكلمات الأقل شيوعًا.
strength-suggestion-use-words = استخدم عدة كلمات، لكن تجنّب العبارات الشائعة.
strength-suggestion-no-need = يمكنك إنشاء كلمات مرور قوية دون استخدام رموز أو أرقام أو أحرف كبيرة.
strength-suggestion-pwned = إذا كنت تستخدم كلمة المرور هذه في مكان آخر، فعليك تغييرها.
