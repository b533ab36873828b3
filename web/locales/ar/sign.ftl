# The Sign view (web/sign.js): signing with the key on screen, and the Check tab's
# "Verify an SSH signature". Never translate: allowed_signers, ssh-keygen and its options
# (-n, -I, -O hashalg=), git config, namespaces (file, git), .sig, and every placeable.

## The key on screen: a folded section below the saves
sign-title = التوقيع والتحقق: إيداعات git والملفات
sign-about = وقّع بهذا المفتاح إيداعات git ووسومها، أو أي ملف، كما يفعل ssh-keygen -Y sign. ويمكن لكل من لديه سطر هذا المفتاح في allowed_signers التحقق مما وُقِّع به.
sign-principal = عنوان بريدك الإلكتروني (الهوية أو principal، وهي user.email في git)
sign-principal-input =
    .placeholder = you@example.com
sign-allowed-title = سطر allowed_signers
sign-allowed-hint = أضفه إلى ~/.ssh/allowed_signers على كل حاسوب يتحقق من توقيعاتك.
sign-principal-missing = اكتب عنوان بريدك الإلكتروني أعلاه للحصول على السطر.
sign-git-title = git config: توقيع كل إيداع ووسم بهذا المفتاح
sign-git-hint = احفظ المفتاح العام في الملف الذي يسمّيه السطر الثاني، ثم شغّل هذه الأوامر.
sign-copy-line = نسخ
    .aria-label = نسخ { $line }
sign-copied = تم النسخ إلى الحافظة.
sign-copy-blocked = حُظر النسخ: حدّد السطر واضغط Ctrl+C (⌘C).

## Signing
sign-sign-title = توقيع ملف أو نص
sign-choose-file = اختر ملفًا لتوقيعه…
sign-text = …أو اكتب النص المراد توقيعه (يُوقَّع تمامًا كما كُتب)
sign-namespace = مساحة الاسم (-n)
sign-namespace-hint = file للملفات، وgit لما يتحقق منه git؛ ويجب أن يطلب المتحقِّق مساحة الاسم نفسها.
sign-hash = خوارزمية التجزئة (-O hashalg=)
sign-sign-button = توقيع وحفظ ملف .sig
sign-signing = جارٍ التوقيع…
sign-saved = تم الحفظ في مجلد التنزيلات: { $filename } (مساحة الاسم { $namespace }).
sign-nothing-to-sign = اختر ملفًا أو اكتب نصًا لتوقيعه أولًا.
sign-namespace-needed = حدّد مساحة اسم، مثل file أو git.
sign-too-big = حجم { $name } هو { NUMBER($size) } بايت، وهذا يتجاوز حد هذه الصفحة البالغ { NUMBER($cap) } بايت.

## Verifying (the Check tab)
sign-verify-title = التحقق من توقيع SSH
sign-verify-about = كما يفعل ssh-keygen -Y verify: هل ملف .sig توقيع صحيح للملف، وهل يحق لمفتاحه التوقيع باسم هذا الشخص؟
sign-verify-signature = التوقيع (.sig)
sign-choose-signature = اختر ملف .sig…
sign-paste-signature = …أو الصقه
sign-verify-message = المحتوى الموقَّع
sign-choose-signed = اختر الملف الموقَّع…
sign-verify-text = …أو اكتب النص الموقَّع (تمامًا كما وُقِّع)
sign-verify-who = مَن يُفترض أنه وقّعه
sign-by-allowed = شخص مدرج في ملف allowed_signers
sign-by-key = مالك مفتاح عام
sign-verify-principal = الهوية (-I)، مثل عنوان البريد الإلكتروني للموقِّع
sign-choose-allowed = اختر ملف allowed_signers…
sign-paste-allowed = …أو الصق أسطره
sign-choose-key = اختر المفتاح العام…
sign-paste-key = …أو الصقه
sign-verify-button = تحقّق
sign-verifying = جارٍ التحقق…
sign-signature-needed = اختر التوقيع أو الصقه أولًا.
sign-message-needed = اختر الملف الموقَّع أو اكتب النص الموقَّع أولًا.
sign-key-needed = اختر المفتاح العام للموقِّع أو الصقه أولًا.
sign-allowed-needed = اختر أسطر allowed_signers أو الصقها أولًا.
sign-principal-needed = حدّد الهوية المراد التحقق لها، مثل عنوان البريد الإلكتروني للموقِّع.
sign-verdict-good = توقيع صحيح: وقّعه { $principal } ({ $namespace }) بمفتاح { $type } { $fingerprint }.
sign-verdict-good-key = توقيع صحيح: وقّعه هذا المفتاح العام ({ $namespace })، وهو مفتاح { $type } { $fingerprint }.
sign-verdict-bad = لم يتم التحقق: التوقيع لا يصح لهذا الملف ومساحة الاسم هذه وهذا الموقِّع. أسباب ssh-keygen:
