# The check-up (web/checkup.js): the findings of the key on screen, and the Check tab's
# authorized_keys / known_hosts view. Python sends each finding's sentence already in the page's
# language; these are the words around them. Never translate authorized_keys, known_hosts, and
# every placeable ($filename, $name: file names; $type: a key type such as ssh-ed25519).
# Counts use Arabic's plural categories: zero, one, two, few (3-10), many (11-99), other.

## A finding's badge, by its severity
check-badge-weak = نقطة ضعف
check-badge-note = ملاحظة
check-badge-info = لم يُفحص

## The key on screen
check-resaving = جارٍ الحفظ بحماية حديثة…
check-resaved = تم حفظ { $filename } بحماية حديثة: استبدل الملف القديم به.
check-making-key = جارٍ إنشاء مفتاح جديد…
check-new-key = هذا مفتاح جديد بالتعليق نفسه: احفظه، واسمح به حيث كان يُسمح بالمفتاح القديم، ثم أزل المفتاح القديم.
# The folded section's title: what the check-up found.
check-title-none = الفحص: لا شيء يُذكر
check-title-weak = الفحص: { $weak ->
    [zero] لا توجد نقاط ضعف
    [one] نقطة ضعف واحدة
    [two] نقطتا ضعف
    [few] { $weak } نقاط ضعف
    [many] { $weak } نقطة ضعف
   *[other] { $weak } نقطة ضعف
}
check-title-notes = الفحص: { $notes ->
    [zero] لا توجد ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $notes } ملاحظات
    [many] { $notes } ملاحظةً
   *[other] { $notes } ملاحظة
}
check-title-both = الفحص: { $weak ->
    [zero] لا توجد نقاط ضعف
    [one] نقطة ضعف واحدة
    [two] نقطتا ضعف
    [few] { $weak } نقاط ضعف
    [many] { $weak } نقطة ضعف
   *[other] { $weak } نقطة ضعف
}، { $notes ->
    [zero] لا توجد ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $notes } ملاحظات
    [many] { $notes } ملاحظةً
   *[other] { $notes } ملاحظة
}

## The authorized_keys / known_hosts view
# A key line's type and size; $bits is a number of bits (256, 4096), written as is.
check-row-type = { $type } ({ $bits } بت)
# Under the table: $keys key lines, $bad lines that are not keys, $weak weaknesses found.
check-summary = { $keys ->
    [zero] لا توجد أسطر مفاتيح
    [one] سطر مفتاح واحد
    [two] سطرا مفتاح
    [few] { $keys } أسطر مفاتيح
    [many] { $keys } سطرًا للمفاتيح
   *[other] { $keys } سطر مفتاح
}{ $bad ->
    [0] {""}
    [one] ، وسطر واحد يتعذّر تحليله
    [two] ، وسطران يتعذّر تحليلهما
    [few] ، و{ $bad } أسطر يتعذّر تحليلها
    [many] ، و{ $bad } سطرًا يتعذّر تحليلها
   *[other] ، و{ $bad } سطر يتعذّر تحليلها
}؛ { $weak ->
    [0] لا توجد نقاط ضعف
    [one] نقطة ضعف واحدة
    [two] نقطتا ضعف
    [few] { $weak } نقاط ضعف
    [many] { $weak } نقطة ضعف
   *[other] { $weak } نقطة ضعف
}.
# A file above the page's limit. $mb: its size in megabytes.
check-too-big = حجم { $name } هو { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } ميغابايت: أكبر من أن يكون ملف authorized_keys.
