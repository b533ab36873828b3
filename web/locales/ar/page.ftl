# The page's words in Arabic, translated from web/locales/en/page.ftl.
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.
# Messages with <code>, <strong> or <em> keep those tags (the page shows them as such); what is
# inside <code> is a command, a file name or an option: never translate it.

## The page around the views: title, header, loading, footer
site-page-title = مولّد مفاتيح SSH — المفاتيح الخاصة لا تغادر متصفحك أبدًا
site-skip = الانتقال إلى المولّد
site-title = مولّد مفاتيح SSH
site-tagline = أنشئ مفاتيح SSH وافتحها وحوّلها لاستخدامها مع OpenSSH وPuTTY: مفتاحك الخاص وعبارة المرور لا يغادران هذه الصفحة أبدًا.
# Embed mode: the line above the generator inside another site's page.
site-embed-about = مولّد مفاتيح SSH: تُنشأ المفاتيح في متصفحك، ولا يُرسَل المفتاح الخاص ولا عبارة المرور إلى أي مكان.
site-footer = لا استخدام للشبكة بعد التحميل، ولا ملفات تعريف ارتباط، ولا تخزين، ولا تحليلات: تُنشأ المفاتيح بأدوات التشفير في متصفحك وبواسطة Python الذي يعمل في هذه الصفحة.
language-menu-label = اللغة
site-update = إصدار جديد من هذه الصفحة جاهز. احفظ مفتاحك أولًا: إعادة التحميل تمسحه.
site-update-reload = إعادة التحميل الآن

load-starting = جارٍ تحميل مولّد المفاتيح…
load-ready = جاهز. لا شيء مما تفعله هنا يغادر هذه الصفحة.
# $loaded and $total: megabytes downloaded so far, and in all.
load-progress = { $stage ->
        [python] جارٍ تحميل Python… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } من { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت
        [sshkeys] جارٍ تشغيل sshkeys… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } من { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت
        [ready] جاهز… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } من { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت
       *[starting] جارٍ البدء… { NUMBER($loaded, minimumFractionDigits: 1, maximumFractionDigits: 1) } من { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت
    }
# The same, before the size of the download is known.
load-stage = { $stage ->
        [python] جارٍ تحميل Python…
        [sshkeys] جارٍ تشغيل sshkeys…
        [ready] جاهز…
       *[starting] جارٍ البدء…
    }
# Shown after what the user asked for (Generating…, Opening id_rsa…) while Python loads;
# $progress is the loading line (load-progress or load-stage).
load-waiting = لا يزال Python قيد التحميل ({ $progress }).
# $error: the reason, in the browser's or the loader's words.
load-python-failed = تعذّر تشغيل Python: { $error } أعد تحميل الصفحة للمحاولة مرة أخرى.
load-worker-failed = تعذّر تشغيل عامل المفاتيح: { $error } أعد تحميل الصفحة للمحاولة مرة أخرى.
load-worker-failed-plain = تعذّر تشغيل عامل المفاتيح. أعد تحميل الصفحة للمحاولة مرة أخرى.
load-no-script = لا تذكر الصفحة اسم { $role ->
        [rater] سكربت المقيِّم
       *[worker] سكربت العامل
    }.
# $name: a script's file name (worker.js).
load-fetch-failed = تعذّر جلب { $name } أو فشل في فحص السلامة ({ $error })
load-http-failed = { $name }: HTTP { $status }
load-worker-stopped = أُوقف عامل المفاتيح.
load-rater-stopped = أُوقف المقيِّم.
load-rater-failed = توقّف المقيِّم.
# Seconds since a long task started, beside its status.
busy-elapsed = { $seconds } ث

## The tabs
tabs-main =
    .aria-label = ماذا تريد أن تفعل؟
tabs-generate = إنشاء مفتاح جديد
tabs-open = فتح مفتاح موجود
tabs-check = فحص authorized_keys
tabs-certs = الشهادات

## Generate
gen-type = نوع المفتاح
gen-badge-recommended = موصى به
gen-badge-experimental = تجريبي
gen-badge-deprecated = مُهمَل
gen-badge-putty-only = PuTTY فقط
gen-about-ed25519 = قصير وحديث: يقبله OpenSSH وPuTTY وGitHub وGitLab.
gen-about-rsa = للخوادم والخدمات الأقدم التي تطلب RSA.
gen-about-ecdsa = منحنيات NIST، للسياسات التي تشترطها.
gen-other-types = أنواع أخرى: ما بعد الكم (تجريبي)، وأنواع قديمة
gen-about-mldsa = ما بعد الكم. لا يستخدمه إلا OpenSSH 10.4 والإصدارات الأحدث، حيث يكون مفعّلًا؛ ولا يدعمه PuTTY.
gen-about-dsa = للأنظمة القديمة جدًا فقط: لم يعد OpenSSH 10 يقبل مفاتيح DSA.
gen-about-ed448 = يقبله PuTTY؛ أما OpenSSH فلا.
gen-unsupported = غير متاح في هذا المتصفح: مكتبة التشفير فيه لا توفر هذا النوع.
gen-types-unavailable = طلبت الصفحة المحيطة بهذا المولّد أنواع مفاتيح غير متاحة هنا، لذا تُعرض جميع الأنواع. تحقّق من النوع الذي يقبله خادمك أو خدمتك.
gen-rsa-size = حجم مفتاح RSA
# $bits: a key size (2048), written without digit grouping.
gen-bits = { $bits } بت
gen-bits-recommended = { $bits } بت (موصى به لـ RSA)
gen-bits-slow = { $bits } بت (بطيء)
gen-curve = المنحنى
gen-comment = التعليق
gen-comment-hint = يظهر بجانب المفتاح في <code>authorized_keys</code> وPuTTY ولوحات التحكم: تعليق مثل <code>you@laptop</code> يميّز مفاتيحك بعضها من بعض.
gen-passphrase = عبارة المرور
gen-passphrase-confirm = تأكيد عبارة المرور
gen-show-passphrase = إظهار عبارة المرور
gen-suggest-label = اقتراح عبارة من
gen-suggest-words = { $words ->
        [zero] { $words } كلمة
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    }
gen-suggest = اقتراح عبارة مرور
# $size: how many words the list has (7,776); $bits: the passphrase's entropy.
gen-suggested = { $words ->
        [zero] { $words } كلمة اختيرت عشوائيًا من قائمة الكلمات الكبيرة لـ EFF ({ NUMBER($size) } كلمة): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } بت من الإنتروبيا. دوّنها أو احفظها في مدير كلمات المرور: لا يمكن استعادتها.
        [one] كلمة واحدة اختيرت عشوائيًا من قائمة الكلمات الكبيرة لـ EFF ({ NUMBER($size) } كلمة): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } بت من الإنتروبيا. دوّنها أو احفظها في مدير كلمات المرور: لا يمكن استعادتها.
        [two] كلمتان اختيرتا عشوائيًا من قائمة الكلمات الكبيرة لـ EFF ({ NUMBER($size) } كلمة): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } بت من الإنتروبيا. دوّنها أو احفظها في مدير كلمات المرور: لا يمكن استعادتها.
        [few] { $words } كلمات اختيرت عشوائيًا من قائمة الكلمات الكبيرة لـ EFF ({ NUMBER($size) } كلمة): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } بت من الإنتروبيا. دوّنها أو احفظها في مدير كلمات المرور: لا يمكن استعادتها.
        [many] { $words } كلمة اختيرت عشوائيًا من قائمة الكلمات الكبيرة لـ EFF ({ NUMBER($size) } كلمة): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } بت من الإنتروبيا. دوّنها أو احفظها في مدير كلمات المرور: لا يمكن استعادتها.
       *[other] { $words } كلمة اختيرت عشوائيًا من قائمة الكلمات الكبيرة لـ EFF ({ NUMBER($size) } كلمة): { NUMBER($bits, minimumFractionDigits: 1, maximumFractionDigits: 1) } بت من الإنتروبيا. دوّنها أو احفظها في مدير كلمات المرور: لا يمكن استعادتها.
    }
gen-passphrase-hint = تحمي ملف المفتاح الخاص إذا نسخه أحد. اتركها فارغة فقط للمفاتيح التي تستخدمها السكربتات: فأي شخص لديه ملف كهذا يستطيع استخدامه.
gen-mismatch = عبارتا المرور غير متطابقتين.
gen-advanced = متقدم: قوة حماية عبارة المرور
gen-rounds = جولات bcrypt في OpenSSH
# $rounds: the number of rounds a save uses when the field is left empty.
gen-rounds-hint = مثل <code>ssh-keygen -a</code>؛ القيمة الافتراضية { $rounds } (OpenSSH 9.4 والإصدارات الأحدث)، وكلما زادت صار الكسر والفتح أبطأ.
# Before Python has said what the default is.
gen-rounds-hint-unknown = مثل <code>ssh-keygen -a</code>؛ الرقم المعروض هو القيمة الافتراضية (OpenSSH 9.4 والإصدارات الأحدث)، وكلما زاد صار الكسر والفتح أبطأ.
gen-ppk-kdf = اشتقاق المفتاح في PuTTY
gen-kdf-default = Argon2id (افتراضي)
gen-argon2-memory = ذاكرة Argon2 (KiB)
gen-argon2-passes = تمريرات Argon2
gen-argon2-passes-input =
    .placeholder = تلقائي (نحو 0.1 ث، مثل PuTTYgen)
gen-argon2-parallelism = توازي Argon2
gen-generate = إنشاء المفتاح
gen-generating = جارٍ الإنشاء…
gen-generating-rsa-8192 = جارٍ الإنشاء… قد يستغرق RSA 8192 وما فوقه دقيقة أو أكثر.
gen-generating-rsa-4096 = جارٍ الإنشاء… يستغرق RSA 4096 عادةً بضع ثوانٍ، وأحيانًا حتى 15 ثانية.
gen-generating-dsa = جارٍ الإنشاء… يستغرق DSA بضع ثوانٍ.
# $ms: milliseconds.
gen-generated = أُنشئ في { NUMBER($ms, useGrouping: 0) } مللي ثانية.
gen-cleared = تم المسح: لم يعد المفتاح في هذه الصفحة.

## Open
open-drop = اسحب ملف مفتاح وأفلته هنا، أو
open-choose = اختر ملف مفتاح…
open-formats = ملفات OpenSSH (<code>id_ed25519</code>، <code>id_rsa</code>)، وملفات <code>.ppk</code> من PuTTY، وPEM، وPKCS#8، وssh.com، والمفاتيح العامة، والشهادات (<code>-cert.pub</code>). يُقرأ الملف في هذه الصفحة ولا يُرفع أبدًا.
open-paste = …أو الصق مفتاحًا
open-passphrase = هذا المفتاح محمي. عبارة المرور:
open-button = فتح المفتاح
# $name: the file's name.
open-opening = جارٍ فتح { $name }…
open-opening-later = سيُفتح { $name } عندما يصبح Python جاهزًا.
open-protected = { $name } محمي بعبارة مرور.
open-opened = تم فتح { $name }.
# The same four for a key pasted into the box instead of a file.
open-opening-pasted = جارٍ فتح المفتاح الملصوق…
open-opening-later-pasted = سيُفتح المفتاح الملصوق عندما يصبح Python جاهزًا.
open-protected-pasted = المفتاح الملصوق محمي بعبارة مرور.
open-opened-pasted = تم فتح المفتاح الملصوق.
# $size: megabytes.
file-too-big = حجم { $name } هو { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت: هذا ليس ملف مفتاح.
file-too-big-authorized-keys = حجم { $name } هو { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت: أكبر من أن يكون ملف authorized_keys.

## The key on screen
result-title = مفتاحك
# $type: the key type (ssh-ed25519); $bits: its size, without digit grouping; $comment: its comment.
result-summary-private = مفتاح خاص وعام: { $type }، { $bits } بت، التعليق «{ $comment }».
result-summary-public = مفتاح عام فقط: { $type }، { $bits } بت، التعليق «{ $comment }».
result-public-key = المفتاح العام، لملف <code>authorized_keys</code> أو للوحة تحكم الخدمة التي تستخدمها
result-copy = نسخ المفتاح العام
result-copied = تم النسخ إلى الحافظة.
result-copy-blocked = حُظر النسخ: المفتاح محدد، اضغط Ctrl+C (⌘C) لنسخه.
result-edit =
    .aria-label = التعليق وعبارة المرور
result-comment = التعليق
result-change = تغيير
    .aria-label = تغيير التعليق
result-comment-changed = تم تغيير التعليق: احفظ الملفات مرة أخرى للاحتفاظ به.
result-save-passphrase = عبارة المرور لملفات المفتاح الخاص
result-next = الخطوات التالية: أين توضع الملفات، على Windows وmacOS وLinux
result-systems =
    .aria-label = نظامك
result-os-putty = Windows مع PuTTY
result-os-windows = Windows (OpenSSH)
result-check-key = التحقق من المفتاح: البصمات، وrandomart، وbubblebabble
result-sha256 = بصمة SHA256
result-md5 = بصمة MD5
result-bubblebabble = Bubblebabble (<code>ssh-keygen -B</code>)، للقراءة بصوت عالٍ
result-randomart =
    .aria-label = صورة randomart لبصمة المفتاح
result-randomart-caption = صورة randomart كما يرسمها <code>ssh-keygen -lv</code>.
result-send = الإرسال إلى جهاز آخر: المفتاح العام كرمز QR
result-qr-caption = سطر المفتاح العام كرمز QR: امسحه بكاميرا الهاتف أو بتطبيق SSH لنقل المفتاح العام إلى جهاز آخر. لا يحتوي على أي سر.
result-qr =
    .aria-label = رمز QR لسطر المفتاح العام
# $bytes: the line's length; $limit: what the largest QR code holds (2953 bytes).
result-qr-too-long = طول سطر المفتاح العام { NUMBER($bytes, useGrouping: 0) } بايت: أكثر مما يتسع له رمز QR واحد ({ NUMBER($limit, useGrouping: 0) }). انسخه، أو احفظ ملف المفتاح العام وانقله بدلًا من ذلك.
result-qr-dense = المفتاح الطويل يُنتج رمزًا كثيفًا: قرّب الهاتف، أو كبّر الصفحة.
result-other-formats = صيغ أخرى: PEM وPKCS#8 وRFC 4716
result-clear = مسح — نسيان هذا المفتاح
result-clear-hint = يزيل المفتاح من هذه الصفحة ومن الذاكرة. تبقى الملفات المحفوظة حيث حفظتها.

## Saving
save-title = الحفظ
save-openssh = المفتاح الخاص بصيغة OpenSSH
save-ppk = المفتاح الخاص لـ PuTTY (.ppk)
save-ppk-v2 = الإصدار 2، لـ PuTTY الأقدم من 0.75
save-public = المفتاح العام (.pub)
save-pem-title = PEM (OpenSSL، ووحدات التحكم السحابية، والمكتبات)
save-pem = المفتاح الخاص بصيغة PEM
save-pkcs8 = المفتاح الخاص بصيغة PKCS#8
save-public-pem = المفتاح العام بصيغة PEM
save-rfc4716-title = المفتاح العام كما يحفظه PuTTYgen
save-rfc4716 = المفتاح العام (RFC 4716)
save-all-title = حفظ الكل (.zip): المفتاح الخاص بعدة صيغ، والمفتاح العام، والخطوات التالية
save-all-formats = صيغ المفتاح الخاص في ملف .zip
save-all = حفظ الكل (.zip)
save-preparing = جارٍ تجهيز الملف…
save-preparing-zip = جارٍ تجهيز ملف .zip…
save-cancelled = لم يُحفظ: أُغلق مربع حوار الحفظ.
# $error: the browser's reason.
save-not-written = لم تتم كتابة { $filename }: { $error }
# $how: "written" (the save dialog) or "downloaded"; $protection: "passphrase", "none"
# (a private key without a passphrase) or "public".
save-done = { $how ->
        [written] { $protection ->
            [passphrase] تم حفظ { $filename }، محميًا بعبارة المرور الخاصة بك.
            [none] تم حفظ { $filename }، دون عبارة مرور.
           *[public] تم حفظ { $filename }.
        }
       *[downloaded] { $protection ->
            [passphrase] تم الحفظ في مجلد التنزيلات: { $filename }، محميًا بعبارة المرور الخاصة بك.
            [none] تم الحفظ في مجلد التنزيلات: { $filename }، دون عبارة مرور.
           *[public] تم الحفظ في مجلد التنزيلات: { $filename }.
        }
    }
save-all-done = { $how ->
        [written] { $protection ->
            [passphrase] تم حفظ { $filename }، والمفاتيح الخاصة محمية بعبارة المرور الخاصة بك.
           *[none] تم حفظ { $filename }، والمفاتيح الخاصة دون عبارة مرور.
        }
       *[downloaded] { $protection ->
            [passphrase] تم الحفظ في مجلد التنزيلات: { $filename }، والمفاتيح الخاصة محمية بعبارة المرور الخاصة بك.
           *[none] تم الحفظ في مجلد التنزيلات: { $filename }، والمفاتيح الخاصة دون عبارة مرور.
        }
    }
save-unsaved = لم يُحفظ بعد: احفظ المفتاح الخاص قبل المغادرة.
save-unsaved-comment = لم يُحفظ بعد: التعليق الجديد موجود في هذه الصفحة فقط. احفظ المفتاح الخاص مرة أخرى للاحتفاظ به.

## Next steps (one list per system)
help-dashboard = انسخ المفتاح العام أعلاه والصقه حيث يطلب مزوّد الخدمة مفتاح SSH (GitHub: Settings → SSH and GPG keys؛ GitLab: Preferences → SSH Keys؛ خادم: سطر جديد في <code>{ $authorized }</code>).
# $type: a key type OpenSSH does not take (ssh-ed448).
help-openssh-refuses = ملاحظة: لا يقبل OpenSSH مفاتيح { $type }. استخدمه مع PuTTY، أو أنشئ مفتاح Ed25519 لـ OpenSSH.
# $folder: where the files go (~/.ssh/); $file, $pub: the two files' names.
help-save-openssh = احفظ <strong>المفتاح الخاص</strong> و<strong>المفتاح العام</strong> بصيغة OpenSSH في <code>{ $folder }</code> باسم <code>{ $file }</code> و<code>{ $pub }</code>.
help-save-openssh-windows = احفظ <strong>المفتاح الخاص</strong> و<strong>المفتاح العام</strong> بصيغة OpenSSH في <code>{ $folder }</code> (أنشئ المجلد إن لزم) باسم <code>{ $file }</code> و<code>{ $pub }</code>.
help-chmod = اجعل المفتاح الخاص قابلًا للقراءة لك وحدك: <code>{ $command }</code> (يرفض ssh المفاتيح التي يستطيع الآخرون قراءتها).
# $ppk: the .ppk file's name. "Add Key" and "Private key file for authentication" are PuTTY's words.
help-putty-save = احفظ <strong>المفتاح الخاص لـ PuTTY (.ppk)</strong> باسم { $ppk } في مكان لا يقرؤه سواك، مثل مجلد المستندات.
help-putty-pageant = افتح Pageant (وكيل المفاتيح في PuTTY، في علبة النظام)، واختر <strong>Add Key</strong> ثم حدّد { $ppk }؛ بعد ذلك يستخدمه PuTTY وWinSCP وFileZilla تلقائيًا.
help-putty-auth = أو في PuTTY: Connection → SSH → Auth → Credentials → <strong>Private key file for authentication</strong>: { $ppk }. احفظ الجلسة حتى لا تضطر إلى اختياره مرة أخرى.
help-putty-old = إذا أفاد إصدار قديم من PuTTY (أقدم من 0.75) أو WinSCP أو FileZilla بأن الملف غير معروف، فاحفظه مرة أخرى مع تحديد «الإصدار 2».
# $service, $add: PowerShell command lines.
help-windows-agent = اختياري، لكتابة عبارة المرور مرة واحدة في كل جلسة: في PowerShell بصلاحيات المسؤول شغّل <code>{ $service }</code>، ثم بحسابك أنت <code>{ $add }</code>.
help-windows-connect = اتصل باستخدام <code>{ $command }</code> (لا حاجة إلى -i عندما يحمل الملف هذا الاسم القياسي).
help-macos-keychain = احفظ عبارة المرور في سلسلة المفاتيح (Keychain): <code>{ $command }</code>.
help-macos-connect = اتصل باستخدام <code>{ $ssh }</code>، أو انسخ المفتاح إلى خادم باستخدام <code>{ $copy }</code>.
help-linux-agent = حمّل المفتاح في الوكيل لهذه الجلسة: <code>{ $command }</code>.
help-linux-connect = انسخ المفتاح إلى خادم باستخدام <code>{ $copy }</code>، ثم اتصل باستخدام <code>{ $ssh }</code>.

## Embed mode: "Use this key" sends the public key to the page around the generator
# $origin: a web origin (https://docs.example.com).
embed-use = استخدام هذا المفتاح
embed-use-hint = يرسل سطر المفتاح العام أعلاه إلى { $origin }، وهي الصفحة المحيطة بهذا المولّد. ولا يرسل المفتاح الخاص أبدًا.
embed-refused-no-origin = لا يُرسَل شيء من هنا: لم تحدد الصفحة المحيطة بهذا المولّد أصل ويب (origin) صالحًا لإرسال المفتاح العام إليه.
embed-refused-not-framed = لا يُرسَل شيء من هنا: هذه الصفحة ليست داخل صفحة أخرى.
embed-refused-other-parent = لا يُرسَل شيء من هنا: هذا المولّد داخل صفحة من { $parent }، وهو ليس { $origin }.
embed-sent = أُرسل إلى { $origin }.

## The Check tab's form and table (static markup; the check-up's words are in checkup.ftl)
page-check-drop = اسحب ملف <code>authorized_keys</code> أو <code>known_hosts</code> وأفلته هنا، أو
page-check-choose = اختر ملفًا…
page-check-paste = …أو الصق أسطره
page-check-hint = المفاتيح العامة فقط: يُقرأ كل سطر في هذه الصفحة ولا يُرفع أبدًا.
page-check-run = فحص الأسطر
page-check-caption = كل سطر مفتاح، ومفتاحه، وما وجده الفحص
page-check-col-line = السطر
page-check-col-key = المفتاح
page-check-col-sha256 = بصمة SHA256
page-check-col-comment = التعليق
page-check-col-options = الخيارات أو المضيفون
page-check-col-findings = النتائج

## The key's check-up (static markup below the saves)
page-check-clean = لا شيء يُذكر: المفتاح وطريقة تخزينه يوافقان الإرشادات الحالية.
page-check-fix-resave = الحفظ بحماية حديثة
page-check-fix-new-key = إنشاء مفتاح جديد (بالتعليق نفسه)
# $rounds: the bcrypt rounds a save uses by default (16).
page-check-fix-resave-hint = يستخدم «الحفظ بحماية حديثة» عبارة المرور أعلاه: صيغة OpenSSH مع { $rounds } من جولات bcrypt، أو ملف .ppk v3 (Argon2id) لمفتاح فُتح من ملف .ppk.
page-check-fix-resave-hint-unknown = يستخدم «الحفظ بحماية حديثة» عبارة المرور أعلاه: صيغة OpenSSH مع العدد الافتراضي لجولات bcrypt في ssh-keygen، أو ملف .ppk v3 (Argon2id) لمفتاح فُتح من ملف .ppk.

## The key's certificate (static markup below the saves)
page-cert-save = حفظ الشهادة (-cert.pub)
page-cert-attach = إرفاق شهادة لهذا المفتاح (<code>-cert.pub</code>): يتضمنها بعد ذلك ملف .ppk الذي تحفظه، كما يفعل الخيار <code>--certificate</code> في PuTTYgen
page-cert-choose = اختر شهادة…
page-cert-attach-button = إرفاق
page-cert-remove = إزالة الشهادة

## The Certificates tab (static markup; its messages are in certs.ftl)
page-cert-sign-title = توقيع شهادة
page-cert-about = تتيح شهادة OpenSSH لمفتاحٍ تسجيل الدخول حيثما يُوثق بالمرجع المصدِّق (CA) الخاص بها (<code>TrustedUserCAKeys</code>، <code>@cert-authority</code>)، كما ينشئها <code>ssh-keygen -s</code>.
page-cert-ca = مفتاح المرجع المصدِّق (مفتاحه الخاص)
page-cert-ca-choose = اختر مفتاح المرجع المصدِّق…
page-cert-paste-it = …أو الصقه
page-cert-ca-passphrase = مفتاح المرجع المصدِّق محمي. عبارة المرور:
page-cert-ca-open = فتح مفتاح المرجع المصدِّق
page-cert-ca-forget = نسيان مفتاح المرجع المصدِّق
page-cert-subjects = المفاتيح العامة المراد توقيعها
page-cert-subjects-choose = اختر مفاتيح عامة…
page-cert-subjects-paste = …أو الصقها، مفتاحًا في كل سطر
page-cert-certificate = الشهادة
page-cert-user = شهادة مستخدم
page-cert-host = شهادة مضيف (<code>-h</code>)
page-cert-identity = معرّف المفتاح (<code>-I</code>)
page-cert-identity-hint = يُكتب في سجل الخادم عند استخدام الشهادة، مثل <code>alice@example.com</code>.
page-cert-principals = الهويات أو principals (<code>-n</code>)، مفصولة بفواصل
page-cert-principals-hint = أسماء المستخدمين (أو أسماء المضيفين، لشهادة مضيف) التي تصلح لها.
page-cert-validity = الصلاحية (<code>-V</code>)
page-cert-for-hour = لمدة ساعة واحدة
page-cert-for-day = لمدة يوم واحد
page-cert-for-week = لمدة أسبوع واحد
page-cert-for-52-weeks = لمدة 52 أسبوعًا
page-cert-forever = دائمًا
page-cert-between = بين هذين التاريخين…
page-cert-from = من (فارغ: دون بداية)
page-cert-to = إلى (فارغ: دون انتهاء)
page-cert-serial = الرقم التسلسلي (<code>-z</code>)
page-cert-options = خيارات شهادة المستخدم (<code>-O</code>)
page-cert-x11 = إعادة توجيه X11
page-cert-agent = إعادة توجيه الوكيل
page-cert-port = إعادة توجيه المنافذ
page-cert-pty = طرفية (pty)
page-cert-force-command = فرض أمر (<code>force-command</code>)
page-cert-source-address = من هذه العناوين فقط (<code>source-address</code>، CIDR، مفصولة بفواصل)
page-cert-sign = توقيع
page-cert-inspect-title = فحص شهادة
page-cert-inspect = فحص
