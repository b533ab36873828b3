# OpenSSH certificates (web/certs.js): the Certificates tab (sign with a CA key, inspect any
# certificate) and the certificate of the key on screen. Never translate: OpenSSH, PuTTY, .ppk,
# -cert.pub, ssh, and every placeable ($name: a file name; $type, $caType, $algorithm: key and
# signature type names such as ssh-ed25519; $fingerprint: SHA256:…; $comment: the key's comment).
# CA: المرجع المصدِّق (as in Python's Arabic catalog).

## A certificate's kind and validity, in the sentences below
# $certType is user, host or unknown; $state is valid, expired or future (not yet valid).
# $validity is forever, before, after or range; $after and $before are dates (milliseconds).
cert-validity-forever = صالحة دائمًا
cert-validity-before = صالحة قبل { DATETIME($before, dateStyle: "medium", timeStyle: "short") }
cert-validity-after = صالحة بعد { DATETIME($after, dateStyle: "medium", timeStyle: "short") }
cert-validity-range = صالحة من { DATETIME($after, dateStyle: "medium", timeStyle: "short") } إلى { DATETIME($before, dateStyle: "medium", timeStyle: "short") }

# The verdict above ssh-keygen -L's listing.
cert-verdict = { $state ->
    [expired] منتهية الصلاحية
    [future] لم تبدأ صلاحيتها بعد
   *[valid] صالحة الآن
}: { $certType ->
    [host] شهادة مضيف
    [unknown] شهادة من نوع غير معروف
   *[user] شهادة مستخدم
}، { $validity ->
    [forever] { cert-validity-forever }
    [before] { cert-validity-before }
    [after] { cert-validity-after }
   *[range] { cert-validity-range }
}. توقيع المرجع المصدِّق سليم ({ $caType } { $fingerprint }، باستخدام { $algorithm }).

## The Certificates tab: the CA key
# The name a pasted CA key goes by in the messages below (and in Python's) instead of a file name.
cert-pasted-ca = مفتاح المرجع المصدِّق الملصوق
cert-ca-needed = اختر المفتاح الخاص للمرجع المصدِّق أو الصقه أولًا.
cert-opening = جارٍ فتح { $name }…
cert-ca-passphrase = { $name } محمي بعبارة مرور.
cert-ca-public = { $name } مفتاح عام: يوقّع المرجع المصدِّق بمفتاحه الخاص.
cert-ca-key = مفتاح المرجع المصدِّق: { $type } { $fingerprint } «{ $comment }».
# A file above the page's limit. $mb: its size in megabytes.
cert-too-big = حجم { $name } هو { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت: هذا ليس ملف مفتاح.

## The Certificates tab: signing
cert-bad-dates = اختر التواريخ باستخدام أدوات اختيار التاريخ.
cert-open-ca-first = افتح مفتاح المرجع المصدِّق أولًا.
cert-id-needed = حدّد معرّف المفتاح (key identity) للشهادة.
cert-serial-number = يجب أن يكون الرقم التسلسلي عددًا صحيحًا، 0 أو أكثر.
cert-key-needed = اختر المفتاح العام المراد توقيعه أو الصقه.
cert-signing = جارٍ التوقيع…
# $names: the certificate files saved (id_ed25519-cert.pub, …), as a list.
cert-saved = تم حفظ { $names }.

## The Certificates tab: inspecting
# The name a pasted certificate goes by, as ssh-keygen -L's listing heads it.
cert-pasted = (ملصوقة)
cert-inspect-needed = اختر شهادة أو الصقها أولًا.
cert-checking = جارٍ الفحص…

## The key on screen: its certificate
# The name a pasted certificate goes by.
cert-pasted-cert = الشهادة الملصوقة
cert-attach-needed = اختر شهادة المفتاح أو الصقها أولًا.
cert-attach-checking = جارٍ فحص الشهادة…
cert-attached = تم الإرفاق: ملف .ppk الذي تحفظه الآن يتضمنها.
cert-removed = تمت الإزالة: الملفات التي تحفظها لم تعد تتضمنها.
cert-key-title = الشهادة: { $certType ->
    [host] شهادة مضيف OpenSSH
    [unknown] شهادة OpenSSH من نوع غير معروف
   *[user] شهادة مستخدم OpenSSH
}، { $state ->
    [expired] منتهية الصلاحية
    [future] لم تبدأ صلاحيتها بعد
   *[valid] صالحة الآن
}
cert-key-title-none = الشهادة: لا توجد (أرفق شهادة)
cert-key-none = ليس لهذا المفتاح شهادة.
cert-key-about-private = يحمل هذا المفتاح { $certType ->
    [host] شهادة مضيف OpenSSH
    [unknown] شهادة OpenSSH من نوع غير معروف
   *[user] شهادة مستخدم OpenSSH
}. ويحتفظ بها ملف .ppk الذي تحفظه (ويسجّل PuTTY 0.78 والإصدارات الأحدث الدخول بها)؛ أما مع OpenSSH، فاحفظ الشهادة في ملف مستقل بجانب المفتاح الخاص.
# $type: the key type (ssh-ed25519); $stem: the private key's file name (id_ed25519).
cert-key-about-public = هذه { $certType ->
    [host] شهادة مضيف OpenSSH
    [unknown] شهادة OpenSSH من نوع غير معروف
   *[user] شهادة مستخدم OpenSSH
}، وليست مفتاحًا: تتيح للمفتاح الخاص المقابل للمفتاح العام { $type } أدناه تسجيل الدخول حيثما يُوثق بمرجعها المصدِّق. احتفظ بها بجانب ذلك المفتاح الخاص، باسم { $stem }-cert.pub بجوار { $stem }: يستخدمها ssh تلقائيًا.
