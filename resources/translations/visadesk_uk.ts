<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Appl&amp;ications</source>
        <translation>За&amp;яви</translation>
    </message>
    <message>
        <source>Applications in this case</source>
        <translation>Заяви в цій справі</translation>
    </message>
    <message>
        <source>N&amp;ew application…</source>
        <translation>Но&amp;ва заява…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Видалит&amp;и…</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>Відповіді: {done} з {total}</translation>
    </message>
    <message>
        <source>form not installed</source>
        <translation>анкету не встановлено</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>Видалити заяву</translation>
    </message>
    <message>
        <source>Remove this application and the answers given for it?</source>
        <translation>Видалити цю заяву разом із відповідями до неї?</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Сторінки документа</translation>
    </message>
    <message>
        <source>Scanned image</source>
        <translation>Відскановане зображення</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Gathering documents</source>
        <translation>Збір документів</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Готово до подання</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Рішення отримано</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Назва справи</translation>
    </message>
    <message>
        <source>The applicants' names</source>
        <translation>Імена заявників</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус справи</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Запис призначено</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Дата запису</translation>
    </message>
    <message>
        <source>Note on this case</source>
        <translation>Нотатка до справи</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Нот&amp;атка</translation>
    </message>
    <message>
        <source>Save case details</source>
        <translation>Зберегти дані справи</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Search: name (Cyrillic or Latin) or passport number</source>
        <translation>Пошук: ім'я (кирилицею або латиницею) чи номер паспорта</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Пошук справ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Огляд справи</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Заяви</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>До&amp;кументи</translation>
    </message>
    <message>
        <source>Pac&amp;ket</source>
        <translation>&amp;Пакет</translation>
    </message>
    <message>
        <source>Where can I go?</source>
        <translation>Куди можна поїхати?</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>Листи &amp;й докази</translation>
    </message>
    <message>
        <source>appointment {date}</source>
        <translation>запис {date}</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Показати справи зі статусом</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Sort cases by</source>
        <translation>Сортувати справи</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Спершу змінені нещодавно</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Найближчий запис</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Case tabs</source>
        <translation>Вкладки справи</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>home address</source>
        <translation>домашня адреса</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>батьки</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>місце народження</translation>
    </message>
    <message>
        <source>This person is no longer in the case.</source>
        <translation>Цієї особи вже немає у справі.</translation>
    </message>
    <message>
        <source>This person is already in the case.</source>
        <translation>Ця особа вже є у справі.</translation>
    </message>
    <message>
        <source>An applicant cannot also be the sponsor.</source>
        <translation>Заявник не може бути водночас спонсором.</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>У справі має бути хоча б один заявник; видаліть справу цілком.</translation>
    </message>
    <message>
        <source>{person} is the only guardian of {minor}, a minor: add another parent or guardian first.</source>
        <translation>{person} — єдиний опікун неповнолітнього {minor}: спершу додайте іншого з батьків або опікуна.</translation>
    </message>
    <message>
        <source>Choose what to copy.</source>
        <translation>Виберіть, що скопіювати.</translation>
    </message>
    <message>
        <source>Nothing to copy: {person} has none of this recorded ({parts}).</source>
        <translation>Нічого копіювати: у {person} це не заповнено ({parts}).</translation>
    </message>
    <message>
        <source>Unknown case status {status}.</source>
        <translation>Невідомий статус справи {status}.</translation>
    </message>
    <message>
        <source>This application is no longer in the case.</source>
        <translation>Цієї заяви вже немає у справі.</translation>
    </message>
    <message>
        <source>Unknown choice for a case already there.</source>
        <translation>Невідомий вибір для вже наявної справи.</translation>
    </message>
</context>
<context>
    <name>CopySharedDialog</name>
    <message>
        <source>Copy to family members</source>
        <translation>Скопіювати членам родини</translation>
    </message>
    <message>
        <source>Copy from {name} to the people you tick:</source>
        <translation>Скопіювати від {name} позначеним людям:</translation>
    </message>
    <message>
        <source>What to copy</source>
        <translation>Що скопіювати</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашня адреса</translation>
    </message>
    <message>
        <source>Parents / guardians</source>
        <translation>Батьки / опікуни</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Place and country of birth</source>
        <translation>Місце та країна народження</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Кому скопіювати</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Checklist of supporting documents</source>
        <translation>П&amp;ерелік документів</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Checklist of supporting documents</source>
        <translation>Перелік документів</translation>
    </message>
    <message>
        <source>About the selected document</source>
        <translation>Про вибраний документ</translation>
    </message>
    <message>
        <source>Sca&amp;ns of this person</source>
        <translation>&amp;Скани цієї особи</translation>
    </message>
    <message>
        <source>Scans of this person</source>
        <translation>Скани цієї особи</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files here to attach them.</source>
        <translation>Перетягніть сюди файли PDF, JPEG або PNG, щоб додати їх.</translation>
    </message>
    <message>
        <source>Adding scans</source>
        <translation>Додавання сканів</translation>
    </message>
    <message>
        <source>Add &amp;scan…</source>
        <translation>Дод&amp;ати скан…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Видалит&amp;и…</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>бракує</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов'язково</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не потрібно</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <source>Other scans</source>
        <translation>Інші скани</translation>
    </message>
    <message>
        <source>Add scans or photos</source>
        <translation>Додати скани або фото</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Видалити скан</translation>
    </message>
    <message>
        <source>Remove this scan from the vault?</source>
        <translation>Видалити цей скан зі сховища?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неправильна кодова фраза. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The vault is in use by another VisaDesk window. Close it and try again.</source>
        <translation>Сховище вже відкрите в іншому вікні VisaDesk. Закрийте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This vault was written by a newer VisaDesk. Please update VisaDesk.</source>
        <translation>Це сховище створила новіша версія VisaDesk. Будь ласка, оновіть VisaDesk.</translation>
    </message>
    <message>
        <source>Something went wrong inside VisaDesk ({kind}). Your saved data is safe. The details are in the log, which contains no personal data.</source>
        <translation>У VisaDesk сталася внутрішня помилка ({kind}). Ваші збережені дані в безпеці. Подробиці записано в журнал, у якому немає персональних даних.</translation>
    </message>
    <message>
        <source>VisaDesk</source>
        <translation>VisaDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Повідомлення про помилку</translation>
    </message>
    <message>
        <source>Wrong bundle passphrase. It is the one chosen or shown when the bundle was made, not your vault passphrase. Nothing was imported.</source>
        <translation>Неправильний пароль файлу обміну. Це пароль, вибраний або показаний під час створення файлу, а не пароль вашого сховища. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This file is not a VisaDesk case bundle (.vdx). Nothing was imported.</source>
        <translation>Цей файл не є файлом обміну VisaDesk (.vdx). Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer VisaDesk. Please update VisaDesk; nothing was imported.</source>
        <translation>Цей файл створено новішою версією VisaDesk. Оновіть VisaDesk; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle is damaged, incomplete or was modified. Nothing was imported. Ask for the bundle to be sent again.</source>
        <translation>Файл обміну пошкоджений, неповний або змінений. Нічого не імпортовано. Попросіть надіслати його ще раз.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>&amp;Export case…</source>
        <translation>&amp;Експортувати справу…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Імпортувати справу…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Wipe everything…</source>
        <translation>Зни&amp;щити все…</translation>
    </message>
    <message>
        <source>Passphrase for the exported case</source>
        <translation>Кодова фраза для експортованої справи</translation>
    </message>
    <message>
        <source>The file will be encrypted with this passphrase. Give it to the recipient another way than the file (in person, by phone), never in the same message.</source>
        <translation>Файл буде зашифровано цією кодовою фразою. Передайте її отримувачеві не тим шляхом, що й файл (особисто, телефоном), і ніколи — в тому самому повідомленні.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Кодова фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повторіть:</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>&amp;Згенерувати кодову фразу</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Згенерована кодова фраза</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Кодові фрази не збігаються.</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Експорт справи</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx)</source>
        <translation>Зашифрований файл справи VisaDesk (*.vdx)</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <translation>Шифрування справи…</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>Справу експортовано: {path}</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>Імпорт справи</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx *.json)</source>
        <translation>Справа VisaDesk (*.vdx *.json)</translation>
    </message>
    <message>
        <source>Unlock your vault first, then import.</source>
        <translation>Спершу розблокуйте сховище, а потім імпортуйте.</translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation>Кодова фраза файлу {name}:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Перевірка файлу…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>“{title}”: {people}.</source>
        <translation>«{title}»: {people}.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s).</source>
        <translation>
            <numerusform>%n скан.</numerusform>
            <numerusform>%n скани.</numerusform>
            <numerusform>%n сканів.</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is already in your vault.</source>
        <translation>Ця справа вже є у вашому сховищі.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Залишити обидві</translation>
    </message>
    <message>
        <source>&amp;Replace mine</source>
        <translation>За&amp;мінити мою</translation>
    </message>
    <message>
        <source>Import this case?</source>
        <translation>Імпортувати цю справу?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Importing the case…</source>
        <translation>Імпорт справи…</translation>
    </message>
    <message>
        <source>Case imported.</source>
        <translation>Справу імпортовано.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>VisaDesk keeps an encrypted copy of your vault each day. Restoring one replaces the vault with that copy; the current vault is kept as a backup first, so a restore can itself be undone. The copy opens with the passphrase it had then.</source>
        <translation>VisaDesk щодня зберігає зашифровану копію вашого сховища. Відновлення замінює сховище вибраною копією; перед цим поточне сховище зберігається як резервна копія, тож і саме відновлення можна скасувати. Копія відкривається тією кодовою фразою, яка діяла на той момент.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>щоденна копія</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>зроблена перед відновленням</translation>
    </message>
    <message>
        <source>after a passphrase change</source>
        <translation>після зміни кодової фрази</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>перед оновленням формату</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>справ: {count}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>{now} cases now → {then} in this backup.</source>
        <translation>Зараз справ: {now} → у цій копії: {then}.</translation>
    </message>
    <message>
        <source>The vault as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Сховище в теперішньому вигляді спершу зберігається як резервна копія — до нього можна повернутися.</translation>
    </message>
    <message>
        <source>There is no vault on this computer.</source>
        <translation>На цьому комп'ютері немає сховища.</translation>
    </message>
    <message>
        <source>Backup restored. Unlock it with the passphrase it had then.</source>
        <translation>Резервну копію відновлено. Розблокуйте її кодовою фразою, яка діяла на той момент.</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>ЗНИЩИТИ</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Знищити все</translation>
    </message>
    <message>
        <source>Everything was wiped.</source>
        <translation>Усе знищено.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Кодова фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Language of the words</source>
        <translation>Мова слів</translation>
    </message>
    <message>
        <source>&amp;Words in:</source>
        <translation>&amp;Слова мовою:</translation>
    </message>
    <message>
        <source>Write it down now, exactly as shown; it is shown only here:</source>
        <translation>Запишіть її зараз точно так, як показано, — вона показується лише тут:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Скопіювати кодову фразу</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Я її &amp;записав(ла)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Copied. Paste it where the recipient will find it, not in the same message as the file.</source>
        <translation>Скопійовано. Вставте її туди, де її знайде отримувач, але не в те саме повідомлення, що й файл.</translation>
    </message>
    <message>
        <source>Tick “I have written it down” first: without these words nobody can open the file.</source>
        <translation>Спершу позначте «Я її записав(ла)»: без цих слів файл не відкриє ніхто.</translation>
    </message>
    <message>
        <source>This destroys, on this computer: the vault with every case and scan, its automatic backups, the key remembered on this device, the logs, the settings and the folders the file dialogs remember.</source>
        <translation>На цьому комп'ютері буде знищено: сховище з усіма справами та сканами, його автоматичні резервні копії, ключ, запам'ятований на цьому пристрої, журнали, налаштування і теки, які запам'ятовують вікна вибору файлів.</translation>
    </message>
    <message>
        <source>The vault's key is destroyed first, so whatever the disk may still hold (on SSDs overwriting is not reliable) cannot be decrypted, not even with the passphrase.</source>
        <translation>Спершу знищується ключ сховища, тому те, що ще може лишитися на диску (на SSD перезапис ненадійний), розшифрувати неможливо — навіть із кодовою фразою.</translation>
    </message>
    <message>
        <source>What stays: PDFs and case files you exported or saved outside the VisaDesk folder, unless you tick them below, and copies of the vault made elsewhere (another disk, a cloud folder), which stay as safe as their passphrase.</source>
        <translation>Що лишається: PDF і файли справ, які ви експортували чи зберегли поза текою VisaDesk, якщо ви не позначите їх нижче, і копії сховища, зроблені деінде (інший диск, хмарна тека), — вони захищені настільки, наскільки надійна їхня кодова фраза.</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Експортовані файли</translation>
    </message>
    <message>
        <source>&amp;Files VisaDesk exported (ticked: deleted too):</source>
        <translation>&amp;Файли, експортовані VisaDesk (позначені теж буде видалено):</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово підтвердження</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Введіть {word} для підтвердження:</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Знищити все</translation>
    </message>
    <message>
        <source>Wiped, but {count} file(s) could not be removed.</source>
        <translation>Знищено, але не вдалося видалити файлів: {count}.</translation>
    </message>
<message>
        <source>VisaDesk was asked to open {path}, but there is no such file. It may have been moved, renamed or deleted; open it again from where it is now.</source>
        <translation>VisaDesk попросили відкрити {path}, але такого файлу немає. Можливо, його перемістили, перейменували або видалили; відкрийте його знову звідти, де він зараз.</translation>
    </message>
    <message>
        <source>VisaDesk opens case files (.vdx, .json) only; {name} is not one. Nothing was imported.</source>
        <translation>VisaDesk відкриває лише файли справ (.vdx, .json); {name} не такий файл. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>VisaDesk cannot read {path}. Check that the file is complete (not still being downloaded or copied) and that your account may open it. Nothing was imported.</source>
        <translation>VisaDesk не може прочитати {path}. Перевірте, що файл повний (не завантажується і не копіюється зараз) і що ваш обліковий запис може його відкрити. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Unlock your vault to import {name}.</source>
        <translation>Розблокуйте сховище, щоб імпортувати {name}.</translation>
    </message>
    <message>
        <source>You opened {name}. To import it into your vault, type the passphrase it was exported with (not your vault passphrase), or Cancel:</source>
        <translation>Ви відкрили {name}. Щоб імпортувати його до сховища, введіть кодову фразу, з якою його експортували (не кодову фразу сховища), або натисніть «Скасувати»:</translation>
    </message>
    </context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.РРРР</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>&lt;h2&gt;Your vault is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Сховище поки порожнє&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start a case for one family: the people travelling, and the relative abroad who supports them. VisaDesk first asks where you could go, then fills every form from the same answers.</source>
        <translation>Створіть справу для однієї родини: ті, хто їде, і родич за кордоном, який їх підтримує. Спершу VisaDesk запитає, куди можна поїхати, а потім заповнить усі анкети за тими самими відповідями.</translation>
    </message>
    <message>
        <source>Start a &amp;new case</source>
        <translation>&amp;Нова справа</translation>
    </message>
    <message>
        <source>Add the fictional &amp;sample family, to try</source>
        <translation>Додати вигадану родину-&amp;приклад, щоб спробувати</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Імпорт файлу справи…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>Export the case (encrypted file)</source>
        <translation>Експорт справи (зашифрований файл)</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Імпорт справи</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокувати зараз</translation>
    </message>
    <message>
        <source>Panic: lock at once, from any window or dialog</source>
        <translation>Тривога: заблокувати негайно, з будь-якого вікна чи діалогу</translation>
    </message>
    <message>
        <source>Previous / next page of the form</source>
        <translation>Попередня / наступна сторінка анкети</translation>
    </message>
    <message>
        <source>Alt and the underlined letter: go to that field or button</source>
        <translation>Alt і підкреслена літера: перейти до цього поля чи кнопки</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Наступний / попередній елемент</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <source>Everything you type and every scan is kept encrypted in one folder on this computer:</source>
        <translation>Усе, що ви вводите, і всі скани зберігаються в зашифрованому вигляді в одній теці на цьому комп’ютері:</translation>
    </message>
    <message>
        <source>In it: the vault (vault.sqlite3), daily encrypted backups (backups/), your settings (settings.json: language, text size, auto-lock — no personal data) and logs without personal data. Nothing is sent anywhere: VisaDesk never uses the network.</source>
        <translation>У ній: сховище (vault.sqlite3), щоденні зашифровані резервні копії (backups/), ваші налаштування (settings.json: мова, розмір тексту, автоблокування — без особистих даних) і журнали без особистих даних. Нічого нікуди не надсилається: VisaDesk ніколи не користується мережею.</translation>
    </message>
    <message>
        <source>Files you export yourself (PDF packets, case files) are written where you choose and are NOT encrypted, except the .vdx case files.</source>
        <translation>Файли, які ви експортуєте самі (PDF-пакети, файли справ), записуються туди, куди ви вкажете, і НЕ зашифровані — крім файлів справ .vdx.</translation>
    </message>
    <message>
        <source>Someone who takes the computer or copies the folder while VisaDesk is locked or closed cannot read your cases without the passphrase (Argon2id and AES-256-GCM).</source>
        <translation>Той, хто забере комп’ютер або скопіює теку, поки VisaDesk заблокований чи закритий, не прочитає ваші справи без парольної фрази (Argon2id і AES-256-GCM).</translation>
    </message>
    <message>
        <source>A changed, swapped or rolled-back record is detected and shown at unlock.</source>
        <translation>Змінений, підмінений або повернутий до старої версії запис виявляється і показується під час розблокування.</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L), the panic key (Ctrl+Shift+L) and auto-lock close every window showing personal data and drop the keys from memory.</source>
        <translation>«Заблокувати зараз» (Ctrl+L), тривожна клавіша (Ctrl+Shift+L) і автоблокування закривають усі вікна з особистими даними та видаляють ключі з пам’яті.</translation>
    </message>
    <message>
        <source>Panic wipe (File menu) destroys the keys first, then the files.</source>
        <translation>Екстрене видалення (меню «Файл») спершу знищує ключі, потім файли.</translation>
    </message>
    <message>
        <source>Someone who watches the screen, or forces you to unlock the vault.</source>
        <translation>Того, хто дивиться на екран або змушує вас розблокувати сховище.</translation>
    </message>
    <message>
        <source>A computer that already runs spyware.</source>
        <translation>Комп’ютера, на якому вже працює шпигунська програма.</translation>
    </message>
    <message>
        <source>Exported PDFs are plain files: delete them when they are no longer needed.</source>
        <translation>Експортовані PDF — звичайні файли: видаліть їх, коли вони більше не потрібні.</translation>
    </message>
    <message>
        <source>A lost passphrase: nobody can open the vault then (there is no back door).</source>
        <translation>Втрати парольної фрази: тоді сховище не відкриє ніхто (запасного входу немає).</translation>
    </message>
    <message>
        <source>VisaDesk protects against:</source>
        <translation>VisaDesk захищає від:</translation>
    </message>
    <message>
        <source>It does not protect against:</source>
        <translation>Він не захищає від:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;Where your data is kept</source>
        <translation>&amp;Де зберігаються дані</translation>
    </message>
    <message>
        <source>What VisaDesk &amp;protects against</source>
        <translation>&amp;Від чого захищає VisaDesk</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Single</source>
        <translation>Неодружений / незаміжня</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Одружений / заміжня</translation>
    </message>
    <message>
        <source>Registered partnership</source>
        <translation>Зареєстроване партнерство</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Окреме проживання (шлюб не розірвано)</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Розлучений / розлучена</translation>
    </message>
    <message>
        <source>Widow(er)</source>
        <translation>Вдівець / вдова</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Not liable / no military status</source>
        <translation>Не військовозобов'язаний / без військового статусу</translation>
    </message>
    <message>
        <source>Conscription age (may be called up)</source>
        <translation>Призовний вік (можуть призвати)</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Перебуває в запасі</translation>
    </message>
    <message>
        <source>Mobilisation notice received</source>
        <translation>Отримано повістку про мобілізацію</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Звільнення від служби</translation>
    </message>
    <message>
        <source>Left service without permission</source>
        <translation>Самовільне залишення служби</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Чоловік або дружина</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер / партнерка</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Батько або мати</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат або сестра</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Онук / онука</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Дідусь або бабуся</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Інший родич</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Recognised refugee</source>
        <translation>Визнаний біженець</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Додатковий захист</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Шукач притулку</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Гуманітарна віза</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Дозвіл на проживання</translation>
    </message>
    <message>
        <source>Long-stay visa</source>
        <translation>Довгострокова віза</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не вказано</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Summons received</source>
        <translation>Отримано повістку</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Затримання</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Обшук</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Звільнення</translation>
    </message>
    <message>
        <source>"Foreign agent" listing</source>
        <translation>Внесення до реєстру «іноагентів»</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Кримінальна справа</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Погрози</translation>
    </message>
    <message>
        <source>Attempt to leave</source>
        <translation>Спроба виїзду</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Whose letter</source>
        <translation>Чий лист</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Мова листа</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Мова листа</translation>
    </message>
    <message>
        <source>Destination's language</source>
        <translation>Мова країни призначення</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Стан листа</translation>
    </message>
    <message>
        <source>Save letter as P&amp;DF…</source>
        <translation>Зберегти лист &amp;у файл PDF…</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>&amp;Хронологія</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Нова подія</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Видалити подію</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Коли це сталося?</translation>
    </message>
    <message>
        <source>What kind of event?</source>
        <translation>Що це було?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Де?</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Що сталося — своїми словами</translation>
    </message>
    <message>
        <source>Translation made by a person</source>
        <translation>Переклад, зроблений людиною</translation>
    </message>
    <message>
        <source>Which documents show it?</source>
        <translation>Які документи це підтверджують?</translation>
    </message>
    <message>
        <source>Translation made by a person (leave empty if none)</source>
        <translation>Переклад, зроблений людиною (залиште порожнім, якщо його немає)</translation>
    </message>
    <message>
        <source>Scan to use as evidence</source>
        <translation>Скан, що стане доказом</translation>
    </message>
    <message>
        <source>Add as e&amp;vidence</source>
        <translation>Дод&amp;ати як доказ</translation>
    </message>
    <message>
        <source>Scans of this case</source>
        <translation>Скани цієї справи</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>Зберегти поді&amp;ю</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Ваш лист</translation>
    </message>
    <message>
        <source>Why must you leave now?</source>
        <translation>Чому вам треба виїхати зараз?</translation>
    </message>
    <message>
        <source>Translation of why you must leave now</source>
        <translation>Переклад: чому треба виїхати зараз</translation>
    </message>
    <message>
        <source>Who in the destination country can support you?</source>
        <translation>Хто в країні призначення може вас підтримати?</translation>
    </message>
    <message>
        <source>Translation of your ties</source>
        <translation>Переклад: ваші зв'язки з країною</translation>
    </message>
    <message>
        <source>Where will you sign?</source>
        <translation>Де ви підпишете лист?</translation>
    </message>
    <message>
        <source>Save letter te&amp;xt</source>
        <translation>Зберегти т&amp;екст листа</translation>
    </message>
    <message>
        <source>No humanitarian request for this person yet</source>
        <translation>У цієї особи поки немає гуманітарного запиту</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) still need a human translation</source>
        <translation>
            <numerusform>%n фрагмент ще треба перекласти людині</numerusform>
            <numerusform>%n фрагменти ще треба перекласти людині</numerusform>
            <numerusform>%n фрагментів ще треба перекласти людині</numerusform>
        </translation>
    </message>
    <message>
        <source>Every passage is translated</source>
        <translation>Усі фрагменти перекладено</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Зберегти лист у PDF</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
<message>
        <source>L&amp;etter of</source>
        <translation>&amp;Чий лист</translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your data stays encrypted on this computer.</source>
        <translation>Ваші дані зберігаються на цьому комп'ютері в зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Нова справа</translation>
    </message>
    <message>
        <source>D&amp;uplicate case</source>
        <translation>Створити &amp;копію справи</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Видалити справу…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокувати зараз</translation>
    </message>
    <message>
        <source>Lock at once (&amp;panic)</source>
        <translation>Заблокувати &amp;негайно (тривога)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копія)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Видалити справу</translation>
    </message>
    <message>
        <source>Delete this case and its scans from the vault? This cannot be undone.</source>
        <translation>Видалити цю справу та її скани зі сховища? Цю дію не можна скасувати.</translation>
    </message>
<message>
        <source>&amp;Change passphrase…</source>
        <translation>Змінити кодову &amp;фразу…</translation>
    </message>
    </context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Нова заява</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>official form</source>
        <translation>офіційна анкета</translation>
    </message>
    <message>
        <source>preparation sheet</source>
        <translation>аркуш для підготовки</translation>
    </message>
    <message>
        <source>border checklist</source>
        <translation>перелік для кордону</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Заявник</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Анкета</translation>
    </message>
</context>
<context>
    <name>PacketTab</name>
    <message>
        <source>&amp;Who is in the packet</source>
        <translation>&amp;Хто в пакеті</translation>
    </message>
    <message>
        <source>Who is in the packet</source>
        <translation>Хто в пакеті</translation>
    </message>
    <message>
        <source>&amp;Build packet</source>
        <translation>&amp;Сформувати пакет</translation>
    </message>
    <message>
        <source>Packet progress</source>
        <translation>Хід формування пакета</translation>
    </message>
    <message>
        <source>Packet status</source>
        <translation>Стан пакета</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експортувати PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Д&amp;рукувати…</translation>
    </message>
    <message>
        <source>Packet preview</source>
        <translation>Попередній перегляд пакета</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n анкета</numerusform>
            <numerusform>%n анкети</numerusform>
            <numerusform>%n анкет</numerusform>
        </translation>
    </message>
    <message>
        <source>Build the packet to preview, export or print it.</source>
        <translation>Сформуйте пакет, щоб переглянути, експортувати або надрукувати його.</translation>
    </message>
    <message>
        <source>Choose at least one person for the packet.</source>
        <translation>Виберіть для пакета принаймні одну особу.</translation>
    </message>
    <message>
        <source>The packet could not be built.</source>
        <translation>Не вдалося сформувати пакет.</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>Формування пакета…</translation>
    </message>
    <message numerus="yes">
        <source>Packet ready: %n page(s).</source>
        <translation>
            <numerusform>Пакет готовий: %n сторінка.</numerusform>
            <numerusform>Пакет готовий: %n сторінки.</numerusform>
            <numerusform>Пакет готовий: %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the packet</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>Не вдалося зберегти {name}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Скасувати друк</translation>
    </message>
    <message>
        <source>No printer is set up. Export the PDF and print it from another program.</source>
        <translation>Принтер не налаштовано. Збережіть PDF і надрукуйте його з іншої програми.</translation>
    </message>
    <message>
        <source>Sending the packet to the printer…</source>
        <translation>Пакет надсилається на принтер…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Sent to {printer} (job {job}). The printer's queue shows how it goes.</source>
        <translation>Надіслано на {printer} (завдання {job}). Перебіг друку видно в черзі принтера.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Надіслано на {printer}.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Друк скасовано.</translation>
    </message>
    <message>
        <source>The printer refused the packet: {reason}</source>
        <translation>Принтер не прийняв пакет: {reason}</translation>
    </message>
    <message>
        <source>The printer could not be started: {reason}</source>
        <translation>Не вдалося запустити друк: {reason}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показати кодову фразу</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Введіть кодову фразу.</translation>
    </message>
    <message>
        <source>It is built on a common password or word.</source>
        <translation>Вона побудована на поширеному паролі або слові.</translation>
    </message>
    <message>
        <source>It contains a name or detail from the case.</source>
        <translation>У ній є ім'я або інші дані зі справи.</translation>
    </message>
    <message>
        <source>It repeats the same characters or words.</source>
        <translation>У ній повторюються ті самі символи або слова.</translation>
    </message>
    <message>
        <source>It is a sequence such as 1234 or abcd.</source>
        <translation>Це послідовність на кшталт 1234 або abcd.</translation>
    </message>
    <message>
        <source>It is a pattern of neighbouring keys.</source>
        <translation>Це візерунок із сусідніх клавіш.</translation>
    </message>
    <message>
        <source>Dates and years are among the first guesses.</source>
        <translation>Дати й роки перебирають насамперед.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Вона закоротка.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Цю кодову фразу надто легко вгадати.</translation>
    </message>
    <message>
        <source>Use five or more unrelated words, or a generated word list, which is easy to write down and to dictate.</source>
        <translation>Використайте п'ять або більше не пов'язаних між собою слів чи згенерований список слів — його легко записати й продиктувати.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надійна</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Дуже слабка</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабка</translation>
    </message>
    <message>
        <source>Fair, but not enough</source>
        <translation>Середня, але цього замало</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People in this case</source>
        <translation>Люди в цій справі</translation>
    </message>
    <message>
        <source>Add pe&amp;rson</source>
        <translation>Додат&amp;и особу</translation>
    </message>
    <message>
        <source>De&amp;lete person…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Видалити особу</translation>
    </message>
    <message>
        <source>Remove this person and their applications from the case?</source>
        <translation>Видалити цю особу та її заяви зі справи?</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(поки без імені)</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>У справі має бути хоча б один заявник; видаліть справу цілком.</translation>
    </message>
    <message>
        <source>Remove the sponsor</source>
        <translation>Видалити спонсора</translation>
    </message>
    <message>
        <source>Remove the sponsor from this case? A child's guardian link stays by name.</source>
        <translation>Видалити спонсора зі справи? У дитини вона залишиться зазначеною як опікун за іменем.</translation>
    </message>
    <message>
        <source>&amp;Back to the saved version</source>
        <translation>С&amp;касувати чернетку</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Зміни ще не збережено</translation>
    </message>
    <message>
        <source>What you typed for {name} is not valid yet (see the marked fields), so it is not saved in the case. It is kept as an encrypted draft in the vault.</source>
        <translation>Введені дані ({name}) поки що містять помилки (див. позначені поля), тому у справі ще не збережені. Вони зберігаються як зашифрована чернетка у сховищі.</translation>
    </message>
    <message>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Залишити чернетку</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Видалити чернетку</translation>
    </message>
    <message>
        <source>&amp;Stay and fix it</source>
        <translation>&amp;Повернутися й виправити</translation>
    </message>
    <message>
        <source>draft, not saved yet</source>
        <translation>чернетка, ще не збережено</translation>
    </message>
    <message>
        <source>What you typed earlier is back (an encrypted draft, not saved in the case yet): correct the marked fields and it is saved.</source>
        <translation>Введене раніше відновлено (зашифрована чернетка, у справі ще не збережена): виправте позначені поля, і все збережеться.</translation>
    </message>
    <message>
        <source>Not saved yet: correct the marked fields. What you typed is kept as an encrypted draft.</source>
        <translation>Ще не збережено: виправте позначені поля. Введене зберігається як зашифрована чернетка.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Усі зміни збережено.</translation>
    </message>
<message>
        <source>Add the sponsor (who lives a&amp;broad)</source>
        <translation>Додати &amp;спонсора</translation>
    </message>
    <message>
        <source>Copy to fa&amp;mily…</source>
        <translation>Скопіювати &amp;рідним…</translation>
    </message>
    </context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Machine-readable zone (optional)</source>
        <translation>Машинозчитувана зона (MRZ, необов'язково)</translation>
    </message>
    <message>
        <source>Machine-readable zone: paste the 2 or 3 lines</source>
        <translation>Машинозчитувана зона: вставте 2 або 3 рядки</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Ім'я та прізвище</translation>
    </message>
    <message>
        <source>&amp;Surname (as you write it)</source>
        <translation>Прізвище (як ви його пи&amp;шете)</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Ім'я</translation>
    </message>
    <message>
        <source>Patron&amp;ymic</source>
        <translation>По &amp;батькові</translation>
    </message>
    <message>
        <source>Transliteration scheme of the passport</source>
        <translation>Схема транслітерації в паспорті</translation>
    </message>
    <message>
        <source>Passport spelling scheme</source>
        <translation>Схема написання в паспорті</translation>
    </message>
    <message>
        <source>Latin spelling as in the passport</source>
        <translation>Написання латиницею як у паспорті</translation>
    </message>
    <message>
        <source>Latin (proposed)</source>
        <translation>Латиницею (пропозиція)</translation>
    </message>
    <message>
        <source>Latin given names exactly as printed</source>
        <translation>Ім'я латиницею точно як надруковано</translation>
    </message>
    <message>
        <source>Surname at birth</source>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Birth and nationality</source>
        <translation>Народження та громадянство</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>&amp;Date of birth (DD.MM.YYYY)</source>
        <translation>Дата народ&amp;ження (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Національний ідентифікаційний номер</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>&amp;Номер паспорта</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Орган, що видав</translation>
    </message>
    <message>
        <source>Date of issue (DD.MM.YYYY)</source>
        <translation>Дата видачі (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Valid until (DD.MM.YYYY)</source>
        <translation>Дійсний до (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Contact and work</source>
        <translation>Контакти та робота</translation>
    </message>
    <message>
        <source>Latin surname e&amp;xactly as printed</source>
        <translation>Прізвище латинице&amp;ю точно як надруковано</translation>
    </message>
    <message>
        <source>P&amp;hone (with country code)</source>
        <translation>&amp;Телефон (з кодом країни)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Електронна пошта</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Рід занять</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Роботодавець або навчальний заклад</translation>
    </message>
    <message>
        <source>Other nationalities (codes, comma-separated)</source>
        <translation>Інші громадянства (коди через кому)</translation>
    </message>
    <message>
        <source>Former surnames (comma-separated)</source>
        <translation>Попередні прізвища (через кому)</translation>
    </message>
    <message>
        <source>Civil status, if other</source>
        <translation>Сімейний стан, якщо інший</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашня адреса</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Вулиця та номер будинку</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область / регіон</translation>
    </message>
    <message>
        <source>Family and military service</source>
        <translation>Сім'я та військова служба</translation>
    </message>
    <message>
        <source>Relationship to the sponsor</source>
        <translation>Ким доводиться спонсорові</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Військова служба</translation>
    </message>
    <message>
        <source>Reserve category</source>
        <translation>Категорія запасу</translation>
    </message>
    <message>
        <source>Mobilisation notice received on (DD.MM.YYYY)</source>
        <translation>Дата отримання повістки про мобілізацію (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Notes on military service</source>
        <translation>Примітки щодо військової служби</translation>
    </message>
    <message>
        <source>Guardian of a minor: surname</source>
        <translation>Опікун неповнолітнього: прізвище</translation>
    </message>
    <message>
        <source>Guardian: given names</source>
        <translation>Опікун: ім'я</translation>
    </message>
    <message>
        <source>Guardian: relationship</source>
        <translation>Опікун: ким доводиться</translation>
    </message>
    <message>
        <source>Guardian: phone</source>
        <translation>Опікун: телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Sponsor's stay abroad</source>
        <translation>Перебування спонсора за кордоном</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Подробиці статусу</translation>
    </message>
    <message>
        <source>Residence permit number</source>
        <translation>Номер дозволу на проживання</translation>
    </message>
    <message>
        <source>Permit valid until (DD.MM.YYYY)</source>
        <translation>Дозвіл дійсний до (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Arrived on (DD.MM.YYYY)</source>
        <translation>Дата прибуття (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Результати перевірки</translation>
    </message>
    <message>
        <source>Sa&amp;ve person</source>
        <translation>Зберегти особ&amp;у</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n поле потребує уваги.</numerusform>
            <numerusform>%n поля потребують уваги.</numerusform>
            <numerusform>%n полів потребують уваги.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Усі поля заповнено правильно.</translation>
    </message>
    <message>
        <source>Filled from the MRZ: check the names in Cyrillic yourself.</source>
        <translation>Заповнено з MRZ: перевірте самі, як написано імена кирилицею.</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Країна народження</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation>&amp;Громадянство</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Країна видачі</translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation>Громадянство при народженні</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Країна проживання</translation>
    </message>
    <message>
        <source>Person's details</source>
        <translation>Дані особи</translation>
    </message>
<message>
        <source>Fill from the MR&amp;Z</source>
        <translation>З&amp;аповнити з MRZ</translation>
    </message>
    <message>
        <source>Phone (&amp;with country code)</source>
        <translation>&amp;Телефон (з кодом країни)</translation>
    </message>
    </context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>потрібно заповнити</translation>
    </message>
    <message>
        <source>is not a date; write it as DD.MM.YYYY</source>
        <translation>це не дата; пишіть у форматі ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>is not a date (there is no such day)</source>
        <translation>це не дата (такого дня не існує)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>такого варіанта немає серед запропонованих</translation>
    </message>
    <message>
        <source>is not a country; choose one from the list</source>
        <translation>це не країна; виберіть зі списку</translation>
    </message>
    <message>
        <source>is not a phone number with its country code (e.g. +33 6 12 34 56 78)</source>
        <translation>це не номер телефону з кодом країни (напр., +33 6 12 34 56 78)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>це не адреса електронної пошти</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>занадто коротке значення</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>занадто довге значення</translation>
    </message>
    <message>
        <source>has a wrong format</source>
        <translation>неправильний формат</translation>
    </message>
    <message>
        <source>must be on or after {date}</source>
        <translation>має бути не раніше ніж {date}</translation>
    </message>
    <message>
        <source>must be on or before {date}</source>
        <translation>має бути не пізніше ніж {date}</translation>
    </message>
    <message>
        <source>has a value that cannot be used here</source>
        <translation>це значення тут використати не можна</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>— невідоме поле</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>задовге (не більше {max} символів)</translation>
    </message>
    <message>
        <source>“{value}” is not a country VisaDesk knows; choose one from the list</source>
        <translation>«{value}» — такої країни VisaDesk не знає; виберіть країну зі списку</translation>
    </message>
    <message>
        <source>must be written in Latin letters (VIDEX: also no other signs); not {chars}</source>
        <translation>треба писати латинськими літерами (VIDEX: без інших знаків); не можна {chars}</translation>
    </message>
    <message>
        <source>must be written in Latin letters, as in the passport</source>
        <translation>треба писати латинськими літерами, як у паспорті</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>не є датою і часом</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>Not answered</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Citizenship(s), country codes</source>
        <translation>Громадянство (коди країн)</translation>
    </message>
    <message>
        <source>Internal passport</source>
        <translation>Внутрішній паспорт</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Закордонний паспорт</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Foreign passport valid until</source>
        <translation>Закордонний паспорт чинний до</translation>
    </message>
    <message>
        <source>Birth certificate (child)</source>
        <translation>Свідоцтво про народження (дитина)</translation>
    </message>
    <message>
        <source>Residence permits, country codes</source>
        <translation>Посвідки на проживання (коди країн)</translation>
    </message>
    <message>
        <source>Valid Schengen visa issued by</source>
        <translation>Чинна шенгенська віза, видана країною</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Де ви зараз</translation>
    </message>
    <message>
        <source>No military obligation</source>
        <translation>Не військовозобов'язаний</translation>
    </message>
    <message>
        <source>Conscript age</source>
        <translation>Призовний вік</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>У запасі</translation>
    </message>
    <message>
        <source>Summons received</source>
        <translation>Отримано повістку</translation>
    </message>
    <message>
        <source>Deserter</source>
        <translation>Дезертир</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Звільнений</translation>
    </message>
    <message>
        <source>Military situation</source>
        <translation>Військовий обов'язок</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Паперова</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Електронна</translation>
    </message>
    <message>
        <source>Summons kind</source>
        <translation>Вид повістки</translation>
    </message>
    <message>
        <source>Foreign passport surrendered</source>
        <translation>Закордонний паспорт здано</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Нікого</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Чоловік/дружина або партнер</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Батько чи мати</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат або сестра</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Інший родич</translation>
    </message>
    <message>
        <source>Family abroad</source>
        <translation>Рідні за кордоном</translation>
    </message>
    <message>
        <source>Their country</source>
        <translation>Їхня країна</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Біженець</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Субсидіарний захист</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Гуманітарна віза</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Шукач притулку</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Посвідка на проживання</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Громадянин</translation>
    </message>
    <message>
        <source>Their status</source>
        <translation>Їхній статус</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Children travel with us</source>
        <translation>З нами їдуть діти</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>Літаком</translation>
    </message>
    <message>
        <source>By car with Russian plates</source>
        <translation>Авто з російськими номерами</translation>
    </message>
    <message>
        <source>By bus</source>
        <translation>Автобусом</translation>
    </message>
    <message>
        <source>By train</source>
        <translation>Потягом</translation>
    </message>
    <message>
        <source>Save answers and &amp;show routes</source>
        <translation>Зберегти відповіді й показати &amp;шляхи</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Where can I go? The answer</source>
        <translation>Куди можна поїхати? Відповідь</translation>
    </message>
    <message>
        <source>Route or exit</source>
        <translation>Шлях або напрямок</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>People who apply</source>
        <translation>Хто подає</translation>
    </message>
    <message>
        <source>Cr&amp;eate the applications for this route</source>
        <translation>Ство&amp;рити заяви для цього шляху</translation>
    </message>
    <message>
        <source>Export the pla&amp;n (PDF)…</source>
        <translation>Зберегти пла&amp;н (PDF)…</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Зберегти план</translation>
    </message>
    <message>
        <source>Reservist category</source>
        <translation>Категорія запасу</translation>
    </message>
    <message>
        <source>Summons date</source>
        <translation>Дата повістки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Applications created: {n}. Open the Applications tab to fill them.</source>
        <translation>Створено заяв: {n}. Заповніть їх на вкладці «Заяви».</translation>
    </message>
    <message>
        <source>Nothing new: the people chosen already have this application.</source>
        <translation>Нічого нового: у вибраних людей ця заява вже є.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Unlock this vault without the passphrase on this device</source>
        <translation>Розблоковувати це сховище без кодової фрази на цьому пристрої</translation>
    </message>
    <message>
        <source>Never use the system keychain</source>
        <translation>Ніколи не використовувати системну в'язку ключів</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Блокувати після бездіяльності</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Розмір тексту</translation>
    </message>
    <message>
        <source>&amp;Remember</source>
        <translation>&amp;Запам'ятати</translation>
    </message>
    <message>
        <source>&amp;Keychain</source>
        <translation>&amp;В'язка ключів</translation>
    </message>
    <message>
        <source>A remembered vault opens without the passphrase for anyone who can log in to this computer account. Do not use it on a device that may be searched.</source>
        <translation>Запам'ятоване сховище відкривається без кодової фрази для будь-кого, хто може увійти в цей обліковий запис на комп'ютері. Не вмикайте цього на пристрої, який можуть обшукати.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>your answer for this form</source>
        <translation>ваша відповідь для цієї анкети</translation>
    </message>
    <message>
        <source>from the sponsor's profile</source>
        <translation>з профілю спонсора</translation>
    </message>
    <message>
        <source>from the case</source>
        <translation>зі справи</translation>
    </message>
    <message>
        <source>from the person's profile</source>
        <translation>з профілю особи</translation>
    </message>
    <message>
        <source>calculated from the profile</source>
        <translation>обчислено з профілю</translation>
    </message>
    <message>
        <source>usual answer (change it if it does not fit)</source>
        <translation>типова відповідь (змініть, якщо не підходить)</translation>
    </message>
</context>
<context>
    <name>SponsorEditor</name>
    <message>
        <source>The sponsor is the relative already in the destination country who invites the applicants. Her address there is the home address below.</source>
        <translation>Спонсор — родич, який уже живе в країні призначення і запрошує заявників. Її адреса там — домашня адреса нижче.</translation>
    </message>
    <message>
        <source>Status in the destination country</source>
        <translation>Статус у країні призначення</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Residence permit card</source>
        <translation>Посвідка на проживання (картка)</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Проїзний документ біженця</translation>
    </message>
    <message>
        <source>Long-stay visa (D)</source>
        <translation>Довгострокова віза (D)</translation>
    </message>
    <message>
        <source>Receipt of an application (récépissé)</source>
        <translation>Довідка про подання заяви (récépissé)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>Country where she lives</source>
        <translation>Країна, де вона живе</translation>
    </message>
    <message>
        <source>Her status there</source>
        <translation>Її статус там</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Подробиці статусу</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Документ на перебування</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Дата приїзду</translation>
    </message>
    <message>
        <source>Sponsor validation summary</source>
        <translation>Перевірка даних спонсора</translation>
    </message>
    <message>
        <source>Remove the sponsor…</source>
        <translation>Видалити спонсора…</translation>
    </message>
    <message>
        <source>Save the sponsor</source>
        <translation>Зберегти спонсора</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n поле потребує уваги.</numerusform>
            <numerusform>%n поля потребують уваги.</numerusform>
            <numerusform>%n полів потребують уваги.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Усі поля заповнено правильно.</translation>
    </message>
</context>
<context>
    <name>VaultProblems</name>
    <message>
        <source>was replaced by an older copy of itself</source>
        <translation>було замінено старішою копією самого себе</translation>
    </message>
    <message>
        <source>cannot be checked: the vault's list of current versions is damaged, so it may be an older copy</source>
        <translation>не піддається перевірці: список поточних версій у сховищі пошкоджено, тож це може бути стара копія</translation>
    </message>
    <message>
        <source>is missing from the vault file (deleted outside VisaDesk?)</source>
        <translation>відсутній у файлі сховища (видалено не через VisaDesk?)</translation>
    </message>
    <message>
        <source>was added to the file outside VisaDesk</source>
        <translation>було додано до файлу не через VisaDesk</translation>
    </message>
    <message>
        <source>a part of the vault's list of current versions is damaged</source>
        <translation>частину списку поточних версій у сховищі пошкоджено</translation>
    </message>
    <message>
        <source>is damaged or was modified outside VisaDesk and cannot be opened</source>
        <translation>пошкоджено або змінено не через VisaDesk, і його не можна відкрити</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Справа {id}</translation>
    </message>
    <message>
        <source>Scan {id}</source>
        <translation>Скан {id}</translation>
    </message>
    <message>
        <source>Your personal settings</source>
        <translation>Ваші особисті налаштування</translation>
    </message>
    <message>
        <source>Vault index part {id}</source>
        <translation>Частина покажчика сховища {id}</translation>
    </message>
    <message>
        <source>Vault index</source>
        <translation>Покажчик сховища</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Запис {id}</translation>
    </message>
    <message>
        <source>VisaDesk checked every record when it unlocked the vault and found {count} problem(s). The cases listed in the window opened and are intact ({readable} case(s)); the ones below are not shown.</source>
        <translation>Під час відкриття сховища VisaDesk перевірив кожен запис і знайшов проблем: {count}. Справи, показані у вікні, відкрилися й не пошкоджені (справ: {readable}); перелічені нижче не показано.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Що можна зробити:</translation>
    </message>
    <message>
        <source>Restore a backup (File ▸ Restore a backup): the vault goes back to the day of that backup; changes made since are lost, the current vault is kept as a backup first.</source>
        <translation>Відновити резервну копію (Файл ▸ Відновити з резервної копії): сховище повернеться до дня цієї копії; зміни, зроблені після, зникнуть, а поточне сховище спершу збережеться як резервна копія.</translation>
    </message>
    <message>
        <source>Accept the vault as it is now: VisaDesk stops warning and treats what opens as current, even if it is an older copy. Choose this only if you know why it happened (for example you copied the file back yourself).</source>
        <translation>Прийняти сховище в нинішньому вигляді: VisaDesk перестане попереджати й вважатиме поточним те, що відкривається, навіть якщо це стара копія. Обирайте це, лише якщо знаєте, чому так сталося (наприклад, ви самі повернули старий файл).</translation>
    </message>
    <message>
        <source>Export the cases that are fine (File ▸ Export case) to keep them safe before deciding.</source>
        <translation>Експортувати справні справи (Файл ▸ Експортувати справу), щоб зберегти їх, перш ніж вирішувати.</translation>
    </message>
    <message>
        <source>Until you restore or accept, VisaDesk saves nothing, so that a damaged record cannot be made to look genuine.</source>
        <translation>Доки ви не відновите копію або не приймете сховище, VisaDesk нічого не зберігає, щоб пошкоджений запис не можна було видати за справжній.</translation>
    </message>
    <message>
        <source>Problems found in the vault</source>
        <translation>У сховищі знайдено проблеми</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Відновити резервну копію…</translation>
    </message>
    <message>
        <source>Accept the vault as it is now</source>
        <translation>Прийняти сховище як є</translation>
    </message>
    <message>
        <source>What happened and what to do…</source>
        <translation>Що сталося і що робити…</translation>
    </message>
    <message>
        <source>VisaDesk found {count} problem(s) in this vault: some records are damaged or cannot be checked and are not shown.</source>
        <translation>VisaDesk знайшов у цьому сховищі проблем: {count}. Деякі записи пошкоджено або їх не можна перевірити, тож їх не показано.</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Кодова фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть кодову фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність кодової фрази</translation>
    </message>
    <message>
        <source>&amp;Remember on this device (system keychain)</source>
        <translation>&amp;Запам'ятати на цьому пристрої (системна в'язка ключів)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Кодова фраза:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повторіть:</translation>
    </message>
    <message>
        <source>Nobody — not even the VisaDesk developers — can recover a lost passphrase. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Ніхто — навіть розробники VisaDesk — не зможе відновити втрачену кодову фразу. Запишіть її та зберігайте в надійному місці, подалі від цього комп'ютера.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Відкриття сховища</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Try with a &amp;sample family</source>
        <translation>Спро&amp;бувати на прикладі родини</translation>
    </message>
    <message>
        <source>Create your encrypted vault</source>
        <translation>Створіть зашифроване сховище</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Розблокуйте сховище</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Створити сховище</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Кодові фрази не збігаються.</translation>
    </message>
    <message>
        <source>This device no longer remembers the key.</source>
        <translation>Цей пристрій більше не пам'ятає ключ.</translation>
    </message>
<message>
        <source>Forget this de&amp;vice</source>
        <translation>Заб&amp;ути цей пристрій</translation>
    </message>
    </context>
<context>
    <name>Viewer</name>
    <message>
        <source>{name} has too many pixels to be shown safely; scan it again at 300 dpi.</source>
        <translation>У файлі {name} забагато пікселів, щоб безпечно його показати; відскануйте його знову з роздільністю 300 dpi.</translation>
    </message>
    <message>
        <source>{name} is not the PDF, PNG or JPEG file it claims to be; it was not opened.</source>
        <translation>{name} — не той файл PDF, PNG або JPEG, за який себе видає; його не відкрито.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Required answers given</source>
        <translation>Надано обов'язкових відповідей</translation>
    </message>
    <message>
        <source>%v of %m required answers</source>
        <translation>Обов'язкові відповіді: %v з %m</translation>
    </message>
    <message>
        <source>What is &amp;missing</source>
        <translation>&amp;Чого бракує</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чого бракує</translation>
    </message>
    <message>
        <source>Press Enter on an item to go to its field</source>
        <translation>Натисніть Enter на пункті, щоб перейти до його поля</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Дал&amp;і</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Попередня сторінка (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Наступна сторінка (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} {problem}</source>
        <translation>Сторінка {page}: {number}{label}: {problem}</translation>
    </message>
    <message>
        <source>Nothing is missing; still to translate:</source>
        <translation>Нічого не пропущено; лишилося перекласти:</translation>
    </message>
    <message>
        <source>Nothing is missing: this form is complete.</source>
        <translation>Нічого не бракує: анкету заповнено повністю.</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} — translation {in_language} missing</source>
        <translation>Стор. {page}: {number}{label} — немає перекладу {in_language}</translation>
    </message>
    <message>
        <source>Page {n} of {total}: {title}</source>
        <translation>Сторінка {n} з {total}: {title}</translation>
    </message>
    <message>
        <source>On the official form: {label}</source>
        <translation>В офіційній анкеті: {label}</translation>
    </message>
    <message>
        <source>Use the profile value</source>
        <translation>Узяти значення з профілю</translation>
    </message>
    <message>
        <source>Use the profile value for {label}</source>
        <translation>Узяти значення з профілю для поля «{label}»</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Проблема з полем «{label}»</translation>
    </message>
    <message>
        <source>In French (as printed on the form)</source>
        <translation>Французькою (як буде надруковано в анкеті)</translation>
    </message>
    <message>
        <source>In German (as printed on the form)</source>
        <translation>Німецькою (як буде надруковано в анкеті)</translation>
    </message>
    <message>
        <source>In English (as printed on the form)</source>
        <translation>Англійською (як буде надруковано в анкеті)</translation>
    </message>
    <message>
        <source>In Spanish (as printed on the form)</source>
        <translation>Іспанською (як буде надруковано в анкеті)</translation>
    </message>
    <message>
        <source>In Italian (as printed on the form)</source>
        <translation>Італійською (як буде надруковано в анкеті)</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>французькою</translation>
    </message>
    <message>
        <source>in German</source>
        <translation>німецькою</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>англійською</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>іспанською</translation>
    </message>
    <message>
        <source>in Italian</source>
        <translation>італійською</translation>
    </message>
    <message>
        <source>Ukrainian original</source>
        <translation>Оригінал українською</translation>
    </message>
    <message>
        <source>Russian original</source>
        <translation>Оригінал російською</translation>
    </message>
    <message>
        <source>Original of {label}</source>
        <translation>Оригінал: {label}</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>Оригінал: {text}</translation>
    </message>
    <message>
        <source>On the form: {text}</source>
        <translation>В анкеті: {text}</translation>
    </message>
    <message>
        <source>The form prints this translation.</source>
        <translation>В анкеті буде надруковано цей переклад.</translation>
    </message>
    <message>
        <source>Translation missing: the consulate reads this answer {in_language}. Type it as it should be printed on the form. Until then the form prints it transliterated: {text}</source>
        <translation>Немає перекладу: консульство читає цю відповідь {in_language}. Впишіть її так, як її має бути надруковано в анкеті. Поки перекладу немає, в анкеті друкується транслітерація: {text}</translation>
    </message>
    <message>
        <source>The original changed after it was translated: check the earlier translation and confirm it.</source>
        <translation>Оригінал змінився після перекладу: перевірте попередній переклад і підтвердьте його.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Не збережено: {problem}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Усі зміни збережено.</translation>
    </message>
    <message>
        <source>Form page</source>
        <translation>Сторінка анкети</translation>
    </message>
</context>
<context>
    <name>PasswdDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Змінити кодову фразу</translation>
    </message>
    <message>
        <source>Every case and scan is encrypted again with a new key. Afterwards only the new passphrase opens the vault: backups made with the old passphrase are deleted and a new backup is made. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
        <translation>Усі справи та скани буде заново зашифровано новим ключем. Після цього сховище відкриє лише нова кодова фраза: резервні копії, зроблені зі старою, видаляються, і робиться нова резервна копія. Забуту кодову фразу не відновить ніхто: запишіть нову та зберігайте її в надійному місці, окремо від цього комп’ютера.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна кодова фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова кодова фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторіть нову кодову фразу</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Поточна кодова фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова кодова фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>Повто&amp;ріть нову кодову фразу:</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Надійність нової кодової фрази</translation>
    </message>
    <message>
        <source>Progress of the passphrase change</source>
        <translation>Перебіг зміни кодової фрази</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Current passphrase: enter the passphrase that opens the vault now.</source>
        <translation>Поточна кодова фраза: введіть кодову фразу, якою сховище відкривається зараз.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Нова кодова фраза:</translation>
    </message>
    <message>
        <source>New passphrase: it is the same as the current one; choose another.</source>
        <translation>Нова кодова фраза: вона збігається з поточною; виберіть іншу.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: it differs from the new passphrase; type it again.</source>
        <translation>Повтор нової кодової фрази: він не збігається з новою кодовою фразою; введіть його ще раз.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Перевірка поточної кодової фрази…</translation>
    </message>
    <message>
        <source>Encrypting again with the new key: {done} of {total}…</source>
        <translation>Повторне шифрування новим ключем: {done} з {total}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Current passphrase: wrong passphrase. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Поточна кодова фраза: неправильна. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The vault is open in another VisaDesk window or command. Close it, then change the passphrase again. Nothing was changed.</source>
        <translation>Сховище відкрито в іншому вікні або команді VisaDesk. Закрийте його та змініть кодову фразу ще раз. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The passphrase was not changed and the vault was locked: unlock it with the current passphrase.</source>
        <translation>Кодову фразу не змінено, сховище заблоковано: розблокуйте його поточною кодовою фразою.</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>Кодову фразу не змінено.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk: changing the passphrase needs about as much free space as the vault takes. Free some space, then try again.</source>
        <translation>На диску недостатньо вільного місця: для зміни кодової фрази потрібно приблизно стільки вільного місця, скільки займає сховище. Звільніть місце та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Every case and scan was encrypted again with a new key: the old passphrase opens nothing any more.</source>
        <translation>Кодову фразу змінено. Усі справи та скани заново зашифровано новим ключем: стара кодова фраза більше нічого не відкриває.</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) were deleted (the old passphrase could still open them).</source>
        <translation>
            <numerusform>Видалено %n стару резервну копію (її ще можна було відкрити старою кодовою фразою).</numerusform>
            <numerusform>Видалено %n старі резервні копії (їх ще можна було відкрити старою кодовою фразою).</numerusform>
            <numerusform>Видалено %n старих резервних копій (їх ще можна було відкрити старою кодовою фразою).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new backup was made.</source>
        <translation>Зроблено нову резервну копію.</translation>
    </message>
    <message>
        <source>No new backup could be made now; one is made at the next unlock.</source>
        <translation>Зараз не вдалося зробити нову резервну копію; її буде зроблено під час наступного розблокування.</translation>
    </message>
    <message>
        <source>The key remembered on this device was replaced by the new one.</source>
        <translation>Ключ, збережений на цьому пристрої, замінено новим.</translation>
    </message>
    <message>
        <source>The system keychain refused the new key, so this device no longer remembers the vault: you will be asked for the passphrase.</source>
        <translation>Системне сховище ключів не прийняло новий ключ, тому цей пристрій більше не пам’ятає сховище: кодову фразу запитуватимуть.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Кодову фразу змінено.</translation>
    </message>
    <message>
        <source>The vault was locked before the passphrase change was finished: nothing was changed, the current passphrase still opens it.</source>
        <translation>Сховище заблоковано до завершення зміни кодової фрази: нічого не змінено, його й далі відкриває поточна кодова фраза.</translation>
    </message>
    <message>
        <source>The passphrase was changed just before the vault was locked: unlock it with the new passphrase.</source>
        <translation>Кодову фразу було змінено перед самим блокуванням: розблокуйте сховище новою кодовою фразою.</translation>
    </message>
</context>
</TS>