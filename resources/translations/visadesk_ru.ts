<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Appl&amp;ications</source>
        <translation>Заявл&amp;ения</translation>
    </message>
    <message>
        <source>Applications in this case</source>
        <translation>Заявления в этом деле</translation>
    </message>
    <message>
        <source>N&amp;ew application…</source>
        <translation>Н&amp;овое заявление…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>Ответов: {done} из {total}</translation>
    </message>
    <message>
        <source>form not installed</source>
        <translation>анкета не установлена</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>Удалить заявление</translation>
    </message>
    <message>
        <source>Remove this application and the answers given for it?</source>
        <translation>Удалить это заявление и все ответы к нему?</translation>
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
        <translation>Страницы документа</translation>
    </message>
    <message>
        <source>Scanned image</source>
        <translation>Отсканированное изображение</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Gathering documents</source>
        <translation>Сбор документов</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Готово к подаче</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Решение получено</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>The applicants' names</source>
        <translation>Имена заявителей</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Запись назначена</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Note on this case</source>
        <translation>Заметка к делу</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Замет&amp;ка</translation>
    </message>
    <message>
        <source>Save case details</source>
        <translation>Сохранить данные дела</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Search: name (Cyrillic or Latin) or passport number</source>
        <translation>Поиск: имя (кириллицей или латиницей) или номер паспорта</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>С&amp;водка</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Заявления</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>Pac&amp;ket</source>
        <translation>&amp;Пакет</translation>
    </message>
    <message>
        <source>Where can I go?</source>
        <translation>Куда можно уехать?</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>Пись&amp;ма</translation>
    </message>
    <message>
        <source>appointment {date}</source>
        <translation>запись {date}</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Показать дела со статусом</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Sort cases by</source>
        <translation>Сортировать дела</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Сначала изменённые недавно</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Ближайшая запись</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Case tabs</source>
        <translation>Вкладки дела</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>home address</source>
        <translation>домашний адрес</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>родители</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>место рождения</translation>
    </message>
    <message>
        <source>This person is no longer in the case.</source>
        <translation>Этого человека уже нет в деле.</translation>
    </message>
    <message>
        <source>This person is already in the case.</source>
        <translation>Этот человек уже есть в деле.</translation>
    </message>
    <message>
        <source>An applicant cannot also be the sponsor.</source>
        <translation>Заявитель не может быть одновременно спонсором.</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>В деле должен быть хотя бы один заявитель; удалите дело целиком.</translation>
    </message>
    <message>
        <source>{person} is the only guardian of {minor}, a minor: add another parent or guardian first.</source>
        <translation>{person} — единственный опекун несовершеннолетнего {minor}: сначала добавьте другого родителя или опекуна.</translation>
    </message>
    <message>
        <source>Choose what to copy.</source>
        <translation>Выберите, что скопировать.</translation>
    </message>
    <message>
        <source>Nothing to copy: {person} has none of this recorded ({parts}).</source>
        <translation>Нечего копировать: у {person} это не заполнено ({parts}).</translation>
    </message>
    <message>
        <source>Unknown case status {status}.</source>
        <translation>Неизвестный статус дела {status}.</translation>
    </message>
    <message>
        <source>This application is no longer in the case.</source>
        <translation>Этого заявления уже нет в деле.</translation>
    </message>
    <message>
        <source>Unknown choice for a case already there.</source>
        <translation>Неизвестный выбор для уже существующего дела.</translation>
    </message>
</context>
<context>
    <name>CopySharedDialog</name>
    <message>
        <source>Copy to family members</source>
        <translation>Скопировать членам семьи</translation>
    </message>
    <message>
        <source>Copy from {name} to the people you tick:</source>
        <translation>Скопировать от {name} отмеченным людям:</translation>
    </message>
    <message>
        <source>What to copy</source>
        <translation>Что скопировать</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Parents / guardians</source>
        <translation>Родители / опекуны</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Place and country of birth</source>
        <translation>Место и страна рождения</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Кому скопировать</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Checklist of supporting documents</source>
        <translation>Спис&amp;ок документов</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Checklist of supporting documents</source>
        <translation>Список документов</translation>
    </message>
    <message>
        <source>About the selected document</source>
        <translation>О выбранном документе</translation>
    </message>
    <message>
        <source>Sca&amp;ns of this person</source>
        <translation>Ска&amp;ны этого человека</translation>
    </message>
    <message>
        <source>Scans of this person</source>
        <translation>Сканы этого человека</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files here to attach them.</source>
        <translation>Перетащите сюда файлы PDF, JPEG или PNG, чтобы прикрепить их.</translation>
    </message>
    <message>
        <source>Adding scans</source>
        <translation>Добавление сканов</translation>
    </message>
    <message>
        <source>Add &amp;scan…</source>
        <translation>Доб&amp;авить скан…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>прикреплён</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>не хватает</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не нужен</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <source>Other scans</source>
        <translation>Другие сканы</translation>
    </message>
    <message>
        <source>Add scans or photos</source>
        <translation>Добавить сканы или фотографии</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Удалить скан</translation>
    </message>
    <message>
        <source>Remove this scan from the vault?</source>
        <translation>Удалить этот скан из хранилища?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная кодовая фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The vault is in use by another VisaDesk window. Close it and try again.</source>
        <translation>Хранилище открыто в другом окне VisaDesk. Закройте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault was written by a newer VisaDesk. Please update VisaDesk.</source>
        <translation>Это хранилище создано более новой версией VisaDesk. Пожалуйста, обновите VisaDesk.</translation>
    </message>
    <message>
        <source>Something went wrong inside VisaDesk ({kind}). Your saved data is safe. The details are in the log, which contains no personal data.</source>
        <translation>В VisaDesk произошла внутренняя ошибка ({kind}). Сохранённые данные не пострадали. Подробности — в журнале; личных данных в нём нет.</translation>
    </message>
    <message>
        <source>VisaDesk</source>
        <translation>VisaDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Сообщение об ошибке</translation>
    </message>
    <message>
        <source>Wrong bundle passphrase. It is the one chosen or shown when the bundle was made, not your vault passphrase. Nothing was imported.</source>
        <translation>Неверный пароль файла обмена. Это пароль, выбранный или показанный при создании файла, а не пароль вашего хранилища. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file is not a VisaDesk case bundle (.vdx). Nothing was imported.</source>
        <translation>Этот файл не является файлом обмена VisaDesk (.vdx). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer VisaDesk. Please update VisaDesk; nothing was imported.</source>
        <translation>Этот файл создан более новой версией VisaDesk. Обновите VisaDesk; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is damaged, incomplete or was modified. Nothing was imported. Ask for the bundle to be sent again.</source>
        <translation>Файл обмена повреждён, неполон или изменён. Ничего не импортировано. Попросите прислать его ещё раз.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>&amp;Export case…</source>
        <translation>&amp;Экспорт дела…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Импорт дела…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Wipe everything…</source>
        <translation>Уни&amp;чтожить всё…</translation>
    </message>
    <message>
        <source>Passphrase for the exported case</source>
        <translation>Кодовая фраза для экспортируемого дела</translation>
    </message>
    <message>
        <source>The file will be encrypted with this passphrase. Give it to the recipient another way than the file (in person, by phone), never in the same message.</source>
        <translation>Файл будет зашифрован этой кодовой фразой. Передайте её получателю не тем путём, что файл (лично, по телефону), и никогда не в том же сообщении.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Кодовая фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>&amp;Создать кодовую фразу</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Созданная кодовая фраза</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Кодовые фразы не совпадают.</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Экспорт дела</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx)</source>
        <translation>Зашифрованный файл дела VisaDesk (*.vdx)</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <translation>Шифрование дела…</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>Дело экспортировано в {path}</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>Импорт дела</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx *.json)</source>
        <translation>Файл дела VisaDesk (*.vdx *.json)</translation>
    </message>
    <message>
        <source>Unlock your vault first, then import.</source>
        <translation>Сначала разблокируйте хранилище, затем импортируйте.</translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation>Кодовая фраза для {name}:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>“{title}”: {people}.</source>
        <translation>«{title}»: {people}.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s).</source>
        <translation>
            <numerusform>%n скан.</numerusform>
            <numerusform>%n скана.</numerusform>
            <numerusform>%n сканов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is already in your vault.</source>
        <translation>Это дело уже есть в вашем хранилище.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Оставить оба</translation>
    </message>
    <message>
        <source>&amp;Replace mine</source>
        <translation>&amp;Заменить моё</translation>
    </message>
    <message>
        <source>Import this case?</source>
        <translation>Импортировать это дело?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Importing the case…</source>
        <translation>Импорт дела…</translation>
    </message>
    <message>
        <source>Case imported.</source>
        <translation>Дело импортировано.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>VisaDesk keeps an encrypted copy of your vault each day. Restoring one replaces the vault with that copy; the current vault is kept as a backup first, so a restore can itself be undone. The copy opens with the passphrase it had then.</source>
        <translation>VisaDesk каждый день сохраняет зашифрованную копию вашего хранилища. При восстановлении хранилище заменяется выбранной копией; текущее хранилище сначала сохраняется как резервная копия, так что восстановление тоже можно отменить. Копия открывается той кодовой фразой, которая действовала на тот момент.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>ежедневная копия</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>сделана перед восстановлением</translation>
    </message>
    <message>
        <source>after a passphrase change</source>
        <translation>после смены кодовой фразы</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>перед обновлением формата</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>дел: {count}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>{now} cases now → {then} in this backup.</source>
        <translation>Сейчас дел: {now} → в этой копии: {then}.</translation>
    </message>
    <message>
        <source>The vault as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Хранилище в нынешнем виде сначала сохраняется как резервная копия — к нему можно вернуться.</translation>
    </message>
    <message>
        <source>There is no vault on this computer.</source>
        <translation>На этом компьютере нет хранилища.</translation>
    </message>
    <message>
        <source>Backup restored. Unlock it with the passphrase it had then.</source>
        <translation>Резервная копия восстановлена. Разблокируйте её той кодовой фразой, которая действовала на тот момент.</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>УНИЧТОЖИТЬ</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Уничтожить всё</translation>
    </message>
    <message>
        <source>Everything was wiped.</source>
        <translation>Всё уничтожено.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Кодовая фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Language of the words</source>
        <translation>Язык слов</translation>
    </message>
    <message>
        <source>&amp;Words in:</source>
        <translation>&amp;Слова на языке:</translation>
    </message>
    <message>
        <source>Write it down now, exactly as shown; it is shown only here:</source>
        <translation>Запишите её сейчас точно так, как показано, — она показывается только здесь:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Скопировать кодовую фразу</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Я её &amp;записал(а)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Copied. Paste it where the recipient will find it, not in the same message as the file.</source>
        <translation>Скопировано. Вставьте её туда, где её найдёт получатель, но не в то же сообщение, что и файл.</translation>
    </message>
    <message>
        <source>Tick “I have written it down” first: without these words nobody can open the file.</source>
        <translation>Сначала отметьте «Я её записал(а)»: без этих слов файл не откроет никто.</translation>
    </message>
    <message>
        <source>This destroys, on this computer: the vault with every case and scan, its automatic backups, the key remembered on this device, the logs, the settings and the folders the file dialogs remember.</source>
        <translation>На этом компьютере будут уничтожены: хранилище со всеми делами и сканами, его автоматические резервные копии, ключ, запомненный на этом устройстве, журналы, настройки и папки, которые запоминают окна выбора файлов.</translation>
    </message>
    <message>
        <source>The vault's key is destroyed first, so whatever the disk may still hold (on SSDs overwriting is not reliable) cannot be decrypted, not even with the passphrase.</source>
        <translation>Сначала уничтожается ключ хранилища, поэтому то, что ещё может остаться на диске (на SSD перезапись ненадёжна), расшифровать нельзя — даже с кодовой фразой.</translation>
    </message>
    <message>
        <source>What stays: PDFs and case files you exported or saved outside the VisaDesk folder, unless you tick them below, and copies of the vault made elsewhere (another disk, a cloud folder), which stay as safe as their passphrase.</source>
        <translation>Что остаётся: PDF и файлы дел, которые вы экспортировали или сохранили вне папки VisaDesk, если вы не отметите их ниже, и копии хранилища, сделанные в другом месте (другой диск, облачная папка), — они защищены настолько, насколько надёжна их кодовая фраза.</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Экспортированные файлы</translation>
    </message>
    <message>
        <source>&amp;Files VisaDesk exported (ticked: deleted too):</source>
        <translation>&amp;Файлы, экспортированные VisaDesk (отмеченные тоже будут удалены):</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово подтверждения</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Введите {word} для подтверждения:</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Уничтожить всё</translation>
    </message>
    <message>
        <source>Wiped, but {count} file(s) could not be removed.</source>
        <translation>Уничтожено, но не удалось удалить файлов: {count}.</translation>
    </message>
<message>
        <source>VisaDesk was asked to open {path}, but there is no such file. It may have been moved, renamed or deleted; open it again from where it is now.</source>
        <translation>VisaDesk попросили открыть {path}, но такого файла нет. Возможно, его переместили, переименовали или удалили; откройте его снова оттуда, где он сейчас.</translation>
    </message>
    <message>
        <source>VisaDesk opens case files (.vdx, .json) only; {name} is not one. Nothing was imported.</source>
        <translation>VisaDesk открывает только файлы дел (.vdx, .json); {name} не такой файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>VisaDesk cannot read {path}. Check that the file is complete (not still being downloaded or copied) and that your account may open it. Nothing was imported.</source>
        <translation>VisaDesk не может прочитать {path}. Проверьте, что файл полный (не скачивается и не копируется сейчас) и что ваша учётная запись может его открыть. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Unlock your vault to import {name}.</source>
        <translation>Разблокируйте хранилище, чтобы импортировать {name}.</translation>
    </message>
    <message>
        <source>You opened {name}. To import it into your vault, type the passphrase it was exported with (not your vault passphrase), or Cancel:</source>
        <translation>Вы открыли {name}. Чтобы импортировать его в хранилище, введите кодовую фразу, с которой его экспортировали (не кодовую фразу хранилища), или нажмите «Отмена»:</translation>
    </message>
    </context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>&lt;h2&gt;Your vault is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Хранилище пока пусто&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start a case for one family: the people travelling, and the relative abroad who supports them. VisaDesk first asks where you could go, then fills every form from the same answers.</source>
        <translation>Заведите дело для одной семьи: те, кто едет, и родственник за границей, который их поддерживает. Сначала VisaDesk спросит, куда можно уехать, а потом заполнит все анкеты по одним и тем же ответам.</translation>
    </message>
    <message>
        <source>Start a &amp;new case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>Add the fictional &amp;sample family, to try</source>
        <translation>Добавить вымышленную семью-&amp;пример, чтобы попробовать</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Импорт файла дела…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Export the case (encrypted file)</source>
        <translation>Экспорт дела (зашифрованный файл)</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Импорт дела</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Panic: lock at once, from any window or dialog</source>
        <translation>Тревога: заблокировать немедленно, из любого окна или диалога</translation>
    </message>
    <message>
        <source>Previous / next page of the form</source>
        <translation>Предыдущая / следующая страница анкеты</translation>
    </message>
    <message>
        <source>Alt and the underlined letter: go to that field or button</source>
        <translation>Alt и подчёркнутая буква: перейти к этому полю или кнопке</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Следующий / предыдущий элемент</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Everything you type and every scan is kept encrypted in one folder on this computer:</source>
        <translation>Всё, что вы вводите, и все сканы хранятся в зашифрованном виде в одной папке на этом компьютере:</translation>
    </message>
    <message>
        <source>In it: the vault (vault.sqlite3), daily encrypted backups (backups/), your settings (settings.json: language, text size, auto-lock — no personal data) and logs without personal data. Nothing is sent anywhere: VisaDesk never uses the network.</source>
        <translation>В ней: хранилище (vault.sqlite3), ежедневные зашифрованные резервные копии (backups/), ваши настройки (settings.json: язык, размер текста, автоблокировка — без личных данных) и журналы без личных данных. Ничего никуда не отправляется: VisaDesk никогда не пользуется сетью.</translation>
    </message>
    <message>
        <source>Files you export yourself (PDF packets, case files) are written where you choose and are NOT encrypted, except the .vdx case files.</source>
        <translation>Файлы, которые вы экспортируете сами (PDF-пакеты, файлы дел), записываются туда, куда вы укажете, и НЕ зашифрованы — кроме файлов дел .vdx.</translation>
    </message>
    <message>
        <source>Someone who takes the computer or copies the folder while VisaDesk is locked or closed cannot read your cases without the passphrase (Argon2id and AES-256-GCM).</source>
        <translation>Тот, кто заберёт компьютер или скопирует папку, пока VisaDesk заблокирован или закрыт, не прочтёт ваши дела без парольной фразы (Argon2id и AES-256-GCM).</translation>
    </message>
    <message>
        <source>A changed, swapped or rolled-back record is detected and shown at unlock.</source>
        <translation>Изменённая, подменённая или возвращённая к старой версии запись обнаруживается и показывается при разблокировке.</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L), the panic key (Ctrl+Shift+L) and auto-lock close every window showing personal data and drop the keys from memory.</source>
        <translation>«Заблокировать сейчас» (Ctrl+L), тревожная клавиша (Ctrl+Shift+L) и автоблокировка закрывают все окна с личными данными и удаляют ключи из памяти.</translation>
    </message>
    <message>
        <source>Panic wipe (File menu) destroys the keys first, then the files.</source>
        <translation>Экстренное удаление (меню «Файл») сначала уничтожает ключи, затем файлы.</translation>
    </message>
    <message>
        <source>Someone who watches the screen, or forces you to unlock the vault.</source>
        <translation>Того, кто смотрит на экран или заставляет вас разблокировать хранилище.</translation>
    </message>
    <message>
        <source>A computer that already runs spyware.</source>
        <translation>Компьютера, на котором уже работает шпионская программа.</translation>
    </message>
    <message>
        <source>Exported PDFs are plain files: delete them when they are no longer needed.</source>
        <translation>Экспортированные PDF — обычные файлы: удалите их, когда они больше не нужны.</translation>
    </message>
    <message>
        <source>A lost passphrase: nobody can open the vault then (there is no back door).</source>
        <translation>Потери парольной фразы: тогда хранилище не откроет никто (запасного входа нет).</translation>
    </message>
    <message>
        <source>VisaDesk protects against:</source>
        <translation>VisaDesk защищает от:</translation>
    </message>
    <message>
        <source>It does not protect against:</source>
        <translation>Он не защищает от:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Where your data is kept</source>
        <translation>&amp;Где хранятся данные</translation>
    </message>
    <message>
        <source>What VisaDesk &amp;protects against</source>
        <translation>&amp;От чего защищает VisaDesk</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Single</source>
        <translation>Холост / не замужем</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Женат / замужем</translation>
    </message>
    <message>
        <source>Registered partnership</source>
        <translation>Зарегистрированное партнёрство</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Живём раздельно (брак не расторгнут)</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>В разводе</translation>
    </message>
    <message>
        <source>Widow(er)</source>
        <translation>Вдовец / вдова</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Not liable / no military status</source>
        <translation>Не военнообязанный / нет воинского статуса</translation>
    </message>
    <message>
        <source>Conscription age (may be called up)</source>
        <translation>Призывной возраст (могут призвать)</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>В запасе</translation>
    </message>
    <message>
        <source>Mobilisation notice received</source>
        <translation>Получена повестка о мобилизации</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Освобождён от службы</translation>
    </message>
    <message>
        <source>Left service without permission</source>
        <translation>Самовольно оставил службу</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Супруг или супруга</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр или партнёрша</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Внук или внучка</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Дедушка или бабушка</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Recognised refugee</source>
        <translation>Признанный беженец</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Дополнительная защита</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Проситель убежища</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Гуманитарная виза</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Long-stay visa</source>
        <translation>Долгосрочная виза</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Summons received</source>
        <translation>Получена повестка</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Обыск</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Увольнение</translation>
    </message>
    <message>
        <source>"Foreign agent" listing</source>
        <translation>Внесение в реестр «иноагентов»</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Attempt to leave</source>
        <translation>Попытка выезда</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Whose letter</source>
        <translation>Чьё письмо</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Язык письма</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <source>Destination's language</source>
        <translation>Язык страны назначения</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Состояние письма</translation>
    </message>
    <message>
        <source>Save letter as P&amp;DF…</source>
        <translation>Сох&amp;ранить письмо в файл PDF…</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Новое событие</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Удалить событие</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Когда это произошло?</translation>
    </message>
    <message>
        <source>What kind of event?</source>
        <translation>Что это было?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Где?</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Что произошло — своими словами</translation>
    </message>
    <message>
        <source>Translation made by a person</source>
        <translation>Перевод, сделанный человеком</translation>
    </message>
    <message>
        <source>Which documents show it?</source>
        <translation>Какие документы это подтверждают?</translation>
    </message>
    <message>
        <source>Translation made by a person (leave empty if none)</source>
        <translation>Перевод, сделанный человеком (оставьте пустым, если его нет)</translation>
    </message>
    <message>
        <source>Scan to use as evidence</source>
        <translation>Скан, который станет доказательством</translation>
    </message>
    <message>
        <source>Add as e&amp;vidence</source>
        <translation>Добавить как д&amp;оказательство</translation>
    </message>
    <message>
        <source>Scans of this case</source>
        <translation>Сканы этого дела</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>Сохранить соб&amp;ытие</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Ваше письмо</translation>
    </message>
    <message>
        <source>Why must you leave now?</source>
        <translation>Почему вам нужно уехать сейчас?</translation>
    </message>
    <message>
        <source>Translation of why you must leave now</source>
        <translation>Перевод: почему нужно уехать сейчас</translation>
    </message>
    <message>
        <source>Who in the destination country can support you?</source>
        <translation>Кто в стране назначения может вас поддержать?</translation>
    </message>
    <message>
        <source>Translation of your ties</source>
        <translation>Перевод: ваши связи со страной</translation>
    </message>
    <message>
        <source>Where will you sign?</source>
        <translation>Где вы подпишете письмо?</translation>
    </message>
    <message>
        <source>Save letter te&amp;xt</source>
        <translation>Сохранить &amp;текст письма</translation>
    </message>
    <message>
        <source>No humanitarian request for this person yet</source>
        <translation>У этого человека пока нет гуманитарного запроса</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) still need a human translation</source>
        <translation>
            <numerusform>%n фрагмент ещё нужно перевести человеку</numerusform>
            <numerusform>%n фрагмента ещё нужно перевести человеку</numerusform>
            <numerusform>%n фрагментов ещё нужно перевести человеку</numerusform>
        </translation>
    </message>
    <message>
        <source>Every passage is translated</source>
        <translation>Все фрагменты переведены</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
<message>
        <source>L&amp;etter of</source>
        <translation>&amp;Чьё письмо</translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your data stays encrypted on this computer.</source>
        <translation>Ваши данные хранятся на этом компьютере в зашифрованном виде.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>D&amp;uplicate case</source>
        <translation>Создать &amp;копию дела</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Удалить дело…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Lock at once (&amp;panic)</source>
        <translation>Заблокировать &amp;немедленно (тревога)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Delete this case and its scans from the vault? This cannot be undone.</source>
        <translation>Удалить это дело и его сканы из хранилища? Это действие нельзя отменить.</translation>
    </message>
<message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Сменить кодовую фразу…</translation>
    </message>
    </context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>official form</source>
        <translation>официальная анкета</translation>
    </message>
    <message>
        <source>preparation sheet</source>
        <translation>лист для подготовки</translation>
    </message>
    <message>
        <source>border checklist</source>
        <translation>список для границы</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Заявитель</translation>
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
        <translation>&amp;Кто входит в пакет</translation>
    </message>
    <message>
        <source>Who is in the packet</source>
        <translation>Кто входит в пакет</translation>
    </message>
    <message>
        <source>&amp;Build packet</source>
        <translation>Со&amp;брать пакет</translation>
    </message>
    <message>
        <source>Packet progress</source>
        <translation>Ход сборки пакета</translation>
    </message>
    <message>
        <source>Packet status</source>
        <translation>Состояние пакета</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Packet preview</source>
        <translation>Предпросмотр пакета</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n анкета</numerusform>
            <numerusform>%n анкеты</numerusform>
            <numerusform>%n анкет</numerusform>
        </translation>
    </message>
    <message>
        <source>Build the packet to preview, export or print it.</source>
        <translation>Соберите пакет документов, чтобы просмотреть, экспортировать или напечатать его.</translation>
    </message>
    <message>
        <source>Choose at least one person for the packet.</source>
        <translation>Выберите для пакета хотя бы одного человека.</translation>
    </message>
    <message>
        <source>The packet could not be built.</source>
        <translation>Не удалось собрать пакет документов.</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>Сборка пакета документов…</translation>
    </message>
    <message numerus="yes">
        <source>Packet ready: %n page(s).</source>
        <translation>
            <numerusform>Пакет готов: %n страница.</numerusform>
            <numerusform>Пакет готов: %n страницы.</numerusform>
            <numerusform>Пакет готов: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the packet</source>
        <translation>Экспорт пакета документов</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>Не удалось сохранить {name}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Отменить печать</translation>
    </message>
    <message>
        <source>No printer is set up. Export the PDF and print it from another program.</source>
        <translation>Принтер не настроен. Сохраните PDF и распечатайте его из другой программы.</translation>
    </message>
    <message>
        <source>Sending the packet to the printer…</source>
        <translation>Пакет отправляется на принтер…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Sent to {printer} (job {job}). The printer's queue shows how it goes.</source>
        <translation>Отправлено на {printer} (задание {job}). Ход печати виден в очереди принтера.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Отправлено на {printer}.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>The printer refused the packet: {reason}</source>
        <translation>Принтер не принял пакет: {reason}</translation>
    </message>
    <message>
        <source>The printer could not be started: {reason}</source>
        <translation>Не удалось запустить печать: {reason}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать кодовую фразу</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Введите кодовую фразу.</translation>
    </message>
    <message>
        <source>It is built on a common password or word.</source>
        <translation>Она основана на распространённом пароле или слове.</translation>
    </message>
    <message>
        <source>It contains a name or detail from the case.</source>
        <translation>В ней есть имя или другие данные из дела.</translation>
    </message>
    <message>
        <source>It repeats the same characters or words.</source>
        <translation>В ней повторяются одни и те же символы или слова.</translation>
    </message>
    <message>
        <source>It is a sequence such as 1234 or abcd.</source>
        <translation>Это последовательность вроде 1234 или abcd.</translation>
    </message>
    <message>
        <source>It is a pattern of neighbouring keys.</source>
        <translation>Это узор из соседних клавиш.</translation>
    </message>
    <message>
        <source>Dates and years are among the first guesses.</source>
        <translation>Даты и годы перебирают в первую очередь.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Она слишком короткая.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Эту кодовую фразу слишком легко угадать.</translation>
    </message>
    <message>
        <source>Use five or more unrelated words, or a generated word list, which is easy to write down and to dictate.</source>
        <translation>Используйте пять или больше не связанных между собой слов или сгенерированный список слов — его легко записать и продиктовать.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair, but not enough</source>
        <translation>Средняя, но этого мало</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People in this case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <source>Add pe&amp;rson</source>
        <translation>Доб&amp;авить человека</translation>
    </message>
    <message>
        <source>De&amp;lete person…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <source>Remove this person and their applications from the case?</source>
        <translation>Удалить этого человека и его заявления из дела?</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(пока без имени)</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>В деле должен быть хотя бы один заявитель; удалите дело целиком.</translation>
    </message>
    <message>
        <source>Remove the sponsor</source>
        <translation>Удалить спонсора</translation>
    </message>
    <message>
        <source>Remove the sponsor from this case? A child's guardian link stays by name.</source>
        <translation>Удалить спонсора из дела? У ребёнка она останется указанной как опекун по имени.</translation>
    </message>
    <message>
        <source>&amp;Back to the saved version</source>
        <translation>&amp;Вернуться к сохранённому</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Изменения ещё не сохранены</translation>
    </message>
    <message>
        <source>What you typed for {name} is not valid yet (see the marked fields), so it is not saved in the case. It is kept as an encrypted draft in the vault.</source>
        <translation>Введённые данные ({name}) пока содержат ошибки (см. отмеченные поля), поэтому в деле ещё не сохранены. Они хранятся как зашифрованный черновик в хранилище.</translation>
    </message>
    <message>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Оставить черновик</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>&amp;Stay and fix it</source>
        <translation>&amp;Вернуться и исправить</translation>
    </message>
    <message>
        <source>draft, not saved yet</source>
        <translation>черновик, ещё не сохранён</translation>
    </message>
    <message>
        <source>What you typed earlier is back (an encrypted draft, not saved in the case yet): correct the marked fields and it is saved.</source>
        <translation>Введённое ранее восстановлено (зашифрованный черновик, в деле ещё не сохранён): исправьте отмеченные поля, и всё сохранится.</translation>
    </message>
    <message>
        <source>Not saved yet: correct the marked fields. What you typed is kept as an encrypted draft.</source>
        <translation>Ещё не сохранено: исправьте отмеченные поля. Введённое хранится как зашифрованный черновик.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Все изменения сохранены.</translation>
    </message>
<message>
        <source>Add the sponsor (who lives a&amp;broad)</source>
        <translation>До&amp;бавить спонсора</translation>
    </message>
    <message>
        <source>Copy to fa&amp;mily…</source>
        <translation>С&amp;копировать родным…</translation>
    </message>
    </context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Machine-readable zone (optional)</source>
        <translation>Машиночитаемая зона (MRZ), по желанию</translation>
    </message>
    <message>
        <source>Machine-readable zone: paste the 2 or 3 lines</source>
        <translation>Машиночитаемая зона (MRZ): вставьте 2 или 3 строки</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>&amp;Surname (as you write it)</source>
        <translation>Фамилия (как вы её пи&amp;шете)</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Patron&amp;ymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>Transliteration scheme of the passport</source>
        <translation>Схема транслитерации в паспорте</translation>
    </message>
    <message>
        <source>Passport spelling scheme</source>
        <translation>Написание в паспорте</translation>
    </message>
    <message>
        <source>Latin spelling as in the passport</source>
        <translation>Латиницей, как в паспорте</translation>
    </message>
    <message>
        <source>Latin (proposed)</source>
        <translation>Латиницей (предложенный вариант)</translation>
    </message>
    <message>
        <source>Latin given names exactly as printed</source>
        <translation>Имя латиницей точно как в паспорте</translation>
    </message>
    <message>
        <source>Surname at birth</source>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Birth and nationality</source>
        <translation>Рождение и гражданство</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>&amp;Date of birth (DD.MM.YYYY)</source>
        <translation>Дата рождени&amp;я (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Личный идентификационный номер</translation>
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
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Date of issue (DD.MM.YYYY)</source>
        <translation>Дата выдачи (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Valid until (DD.MM.YYYY)</source>
        <translation>Действителен до (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Contact and work</source>
        <translation>Контакты и работа</translation>
    </message>
    <message>
        <source>Latin surname e&amp;xactly as printed</source>
        <translation>Фамилия латиницей &amp;точно как в паспорте</translation>
    </message>
    <message>
        <source>P&amp;hone (with country code)</source>
        <translation>Т&amp;елефон (с кодом страны)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Эл. по&amp;чта</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Работодатель или учебное заведение</translation>
    </message>
    <message>
        <source>Other nationalities (codes, comma-separated)</source>
        <translation>Другие гражданства (коды через запятую)</translation>
    </message>
    <message>
        <source>Former surnames (comma-separated)</source>
        <translation>Прежние фамилии (через запятую)</translation>
    </message>
    <message>
        <source>Civil status, if other</source>
        <translation>Семейное положение, если «другое»</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Улица и номер дома</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Го&amp;род</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Family and military service</source>
        <translation>Семья и воинская служба</translation>
    </message>
    <message>
        <source>Relationship to the sponsor</source>
        <translation>Кем приходится приглашающему родственнику</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Воинская служба</translation>
    </message>
    <message>
        <source>Reserve category</source>
        <translation>Категория запаса</translation>
    </message>
    <message>
        <source>Mobilisation notice received on (DD.MM.YYYY)</source>
        <translation>Дата получения повестки о мобилизации (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Notes on military service</source>
        <translation>Примечания о воинской службе</translation>
    </message>
    <message>
        <source>Guardian of a minor: surname</source>
        <translation>Опекун несовершеннолетнего: фамилия</translation>
    </message>
    <message>
        <source>Guardian: given names</source>
        <translation>Опекун: имя</translation>
    </message>
    <message>
        <source>Guardian: relationship</source>
        <translation>Опекун: кем приходится</translation>
    </message>
    <message>
        <source>Guardian: phone</source>
        <translation>Опекун: телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Sponsor's stay abroad</source>
        <translation>Пребывание приглашающего родственника за границей</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус пребывания</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Подробности о статусе</translation>
    </message>
    <message>
        <source>Residence permit number</source>
        <translation>Номер вида на жительство</translation>
    </message>
    <message>
        <source>Permit valid until (DD.MM.YYYY)</source>
        <translation>Вид на жительство действителен до (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Arrived on (DD.MM.YYYY)</source>
        <translation>Дата приезда (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Итоги проверки</translation>
    </message>
    <message>
        <source>Sa&amp;ve person</source>
        <translation>Со&amp;хранить данные</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n поле требует внимания.</numerusform>
            <numerusform>%n поля требуют внимания.</numerusform>
            <numerusform>%n полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Все поля заполнены правильно.</translation>
    </message>
    <message>
        <source>Filled from the MRZ: check the names in Cyrillic yourself.</source>
        <translation>Заполнено из MRZ: проверьте сами написание имён кириллицей.</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation>&amp;Гражданство</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation>Гражданство при рождении</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <source>Person's details</source>
        <translation>Данные человека</translation>
    </message>
<message>
        <source>Fill from the MR&amp;Z</source>
        <translation>Заполнит&amp;ь из MRZ</translation>
    </message>
    <message>
        <source>Phone (&amp;with country code)</source>
        <translation>Т&amp;елефон (с кодом страны)</translation>
    </message>
    </context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>is not a date; write it as DD.MM.YYYY</source>
        <translation>не является датой; пишите ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>is not a date (there is no such day)</source>
        <translation>не является датой (такого дня нет)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>не входит в список вариантов</translation>
    </message>
    <message>
        <source>is not a country; choose one from the list</source>
        <translation>не является страной; выберите её из списка</translation>
    </message>
    <message>
        <source>is not a phone number with its country code (e.g. +33 6 12 34 56 78)</source>
        <translation>не является номером телефона с кодом страны (например, +33 6 12 34 56 78)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>не является адресом электронной почты</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>слишком короткое значение</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>слишком длинное значение</translation>
    </message>
    <message>
        <source>has a wrong format</source>
        <translation>неверный формат</translation>
    </message>
    <message>
        <source>must be on or after {date}</source>
        <translation>должно быть не раньше {date}</translation>
    </message>
    <message>
        <source>must be on or before {date}</source>
        <translation>должно быть не позже {date}</translation>
    </message>
    <message>
        <source>has a value that cannot be used here</source>
        <translation>это значение здесь недопустимо</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>— неизвестное поле</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>слишком длинно (не более {max} символов)</translation>
    </message>
    <message>
        <source>“{value}” is not a country VisaDesk knows; choose one from the list</source>
        <translation>«{value}» — такой страны VisaDesk не знает; выберите страну из списка</translation>
    </message>
    <message>
        <source>must be written in Latin letters (VIDEX: also no other signs); not {chars}</source>
        <translation>нужно писать латинскими буквами (VIDEX: без других знаков); нельзя {chars}</translation>
    </message>
    <message>
        <source>must be written in Latin letters, as in the passport</source>
        <translation>нужно писать латинскими буквами, как в паспорте</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>не является датой и временем</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Citizenship(s), country codes</source>
        <translation>Гражданство (коды стран)</translation>
    </message>
    <message>
        <source>Internal passport</source>
        <translation>Внутренний паспорт</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Загранпаспорт</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Foreign passport valid until</source>
        <translation>Загранпаспорт действует до</translation>
    </message>
    <message>
        <source>Birth certificate (child)</source>
        <translation>Свидетельство о рождении (ребёнок)</translation>
    </message>
    <message>
        <source>Residence permits, country codes</source>
        <translation>Виды на жительство (коды стран)</translation>
    </message>
    <message>
        <source>Valid Schengen visa issued by</source>
        <translation>Действующая шенгенская виза, выдана страной</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Где вы сейчас</translation>
    </message>
    <message>
        <source>No military obligation</source>
        <translation>Не военнообязанный</translation>
    </message>
    <message>
        <source>Conscript age</source>
        <translation>Призывной возраст</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>В запасе</translation>
    </message>
    <message>
        <source>Summons received</source>
        <translation>Получена повестка</translation>
    </message>
    <message>
        <source>Deserter</source>
        <translation>Дезертир</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <source>Military situation</source>
        <translation>Военная обязанность</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумажная</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Электронная</translation>
    </message>
    <message>
        <source>Summons kind</source>
        <translation>Вид повестки</translation>
    </message>
    <message>
        <source>Foreign passport surrendered</source>
        <translation>Загранпаспорт сдан</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никого</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Супруг(а) или партнёр</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <source>Family abroad</source>
        <translation>Родные за границей</translation>
    </message>
    <message>
        <source>Their country</source>
        <translation>Их страна</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Беженец</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Субсидиарная защита</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Гуманитарная виза</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Проситель убежища</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <source>Their status</source>
        <translation>Их статус</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Children travel with us</source>
        <translation>С нами едут дети</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>Самолётом</translation>
    </message>
    <message>
        <source>By car with Russian plates</source>
        <translation>На машине с российскими номерами</translation>
    </message>
    <message>
        <source>By bus</source>
        <translation>Автобусом</translation>
    </message>
    <message>
        <source>By train</source>
        <translation>Поездом</translation>
    </message>
    <message>
        <source>Save answers and &amp;show routes</source>
        <translation>Сохранить ответы и показать пу&amp;ти</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Where can I go? The answer</source>
        <translation>Куда можно уехать? Ответ</translation>
    </message>
    <message>
        <source>Route or exit</source>
        <translation>Путь или направление</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>People who apply</source>
        <translation>Кто подаёт</translation>
    </message>
    <message>
        <source>Cr&amp;eate the applications for this route</source>
        <translation>Созд&amp;ать заявления для этого пути</translation>
    </message>
    <message>
        <source>Export the pla&amp;n (PDF)…</source>
        <translation>Сохранить пла&amp;н (PDF)…</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Сохранить план</translation>
    </message>
    <message>
        <source>Reservist category</source>
        <translation>Категория запаса</translation>
    </message>
    <message>
        <source>Summons date</source>
        <translation>Дата повестки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Applications created: {n}. Open the Applications tab to fill them.</source>
        <translation>Создано заявлений: {n}. Заполните их на вкладке «Заявления».</translation>
    </message>
    <message>
        <source>Nothing new: the people chosen already have this application.</source>
        <translation>Ничего нового: у выбранных людей это заявление уже есть.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Unlock this vault without the passphrase on this device</source>
        <translation>Открывать это хранилище на этом устройстве без кодовой фразы</translation>
    </message>
    <message>
        <source>Never use the system keychain</source>
        <translation>Никогда не использовать системную связку ключей</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Блокировать после простоя</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>&amp;Remember</source>
        <translation>&amp;Запомнить</translation>
    </message>
    <message>
        <source>&amp;Keychain</source>
        <translation>&amp;Связка ключей</translation>
    </message>
    <message>
        <source>A remembered vault opens without the passphrase for anyone who can log in to this computer account. Do not use it on a device that may be searched.</source>
        <translation>Запомненное хранилище открывается без кодовой фразы у любого, кто может войти в эту учётную запись на компьютере. Не включайте это на устройстве, которое могут досмотреть.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>your answer for this form</source>
        <translation>ваш ответ для этой анкеты</translation>
    </message>
    <message>
        <source>from the sponsor's profile</source>
        <translation>из данных приглашающего родственника</translation>
    </message>
    <message>
        <source>from the case</source>
        <translation>из дела</translation>
    </message>
    <message>
        <source>from the person's profile</source>
        <translation>из данных человека</translation>
    </message>
    <message>
        <source>calculated from the profile</source>
        <translation>рассчитано по данным человека</translation>
    </message>
    <message>
        <source>usual answer (change it if it does not fit)</source>
        <translation>обычный ответ (измените, если не подходит)</translation>
    </message>
</context>
<context>
    <name>SponsorEditor</name>
    <message>
        <source>The sponsor is the relative already in the destination country who invites the applicants. Her address there is the home address below.</source>
        <translation>Спонсор — родственник, уже живущий в стране назначения и приглашающий заявителей. Её адрес там — домашний адрес ниже.</translation>
    </message>
    <message>
        <source>Status in the destination country</source>
        <translation>Статус в стране назначения</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Residence permit card</source>
        <translation>Вид на жительство (карта)</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Проездной документ беженца</translation>
    </message>
    <message>
        <source>Long-stay visa (D)</source>
        <translation>Долгосрочная виза (D)</translation>
    </message>
    <message>
        <source>Receipt of an application (récépissé)</source>
        <translation>Справка о подаче заявления (récépissé)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Country where she lives</source>
        <translation>Страна, где она живёт</translation>
    </message>
    <message>
        <source>Her status there</source>
        <translation>Её статус там</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Подробности статуса</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Документ на пребывание</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Дата приезда</translation>
    </message>
    <message>
        <source>Sponsor validation summary</source>
        <translation>Проверка данных спонсора</translation>
    </message>
    <message>
        <source>Remove the sponsor…</source>
        <translation>Удалить спонсора…</translation>
    </message>
    <message>
        <source>Save the sponsor</source>
        <translation>Сохранить спонсора</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n поле требует внимания.</numerusform>
            <numerusform>%n поля требуют внимания.</numerusform>
            <numerusform>%n полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Все поля заполнены верно.</translation>
    </message>
</context>
<context>
    <name>VaultProblems</name>
    <message>
        <source>was replaced by an older copy of itself</source>
        <translation>был заменён более старой копией самого себя</translation>
    </message>
    <message>
        <source>cannot be checked: the vault's list of current versions is damaged, so it may be an older copy</source>
        <translation>не поддаётся проверке: список текущих версий в хранилище повреждён, поэтому это может быть старая копия</translation>
    </message>
    <message>
        <source>is missing from the vault file (deleted outside VisaDesk?)</source>
        <translation>отсутствует в файле хранилища (удалено не через VisaDesk?)</translation>
    </message>
    <message>
        <source>was added to the file outside VisaDesk</source>
        <translation>был добавлен в файл не через VisaDesk</translation>
    </message>
    <message>
        <source>a part of the vault's list of current versions is damaged</source>
        <translation>часть списка текущих версий в хранилище повреждена</translation>
    </message>
    <message>
        <source>is damaged or was modified outside VisaDesk and cannot be opened</source>
        <translation>повреждено или изменено не через VisaDesk и не может быть открыто</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Дело {id}</translation>
    </message>
    <message>
        <source>Scan {id}</source>
        <translation>Скан {id}</translation>
    </message>
    <message>
        <source>Your personal settings</source>
        <translation>Ваши личные настройки</translation>
    </message>
    <message>
        <source>Vault index part {id}</source>
        <translation>Часть указателя хранилища {id}</translation>
    </message>
    <message>
        <source>Vault index</source>
        <translation>Указатель хранилища</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Запись {id}</translation>
    </message>
    <message>
        <source>VisaDesk checked every record when it unlocked the vault and found {count} problem(s). The cases listed in the window opened and are intact ({readable} case(s)); the ones below are not shown.</source>
        <translation>При открытии хранилища VisaDesk проверил каждую запись и нашёл проблем: {count}. Дела, показанные в окне, открылись и не повреждены (дел: {readable}); перечисленные ниже не показаны.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Что можно сделать:</translation>
    </message>
    <message>
        <source>Restore a backup (File ▸ Restore a backup): the vault goes back to the day of that backup; changes made since are lost, the current vault is kept as a backup first.</source>
        <translation>Восстановить резервную копию (Файл ▸ Восстановить из резервной копии): хранилище вернётся к дню этой копии; изменения, сделанные после, пропадут, а текущее хранилище сначала сохранится как резервная копия.</translation>
    </message>
    <message>
        <source>Accept the vault as it is now: VisaDesk stops warning and treats what opens as current, even if it is an older copy. Choose this only if you know why it happened (for example you copied the file back yourself).</source>
        <translation>Принять хранилище в нынешнем виде: VisaDesk перестанет предупреждать и будет считать текущим то, что открывается, даже если это старая копия. Выбирайте это, только если знаете, почему так вышло (например, вы сами вернули старый файл).</translation>
    </message>
    <message>
        <source>Export the cases that are fine (File ▸ Export case) to keep them safe before deciding.</source>
        <translation>Экспортировать исправные дела (Файл ▸ Экспорт дела), чтобы сохранить их, прежде чем решать.</translation>
    </message>
    <message>
        <source>Until you restore or accept, VisaDesk saves nothing, so that a damaged record cannot be made to look genuine.</source>
        <translation>Пока вы не восстановите копию или не примете хранилище, VisaDesk ничего не сохраняет, чтобы повреждённую запись нельзя было выдать за подлинную.</translation>
    </message>
    <message>
        <source>Problems found in the vault</source>
        <translation>В хранилище найдены проблемы</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Восстановить резервную копию…</translation>
    </message>
    <message>
        <source>Accept the vault as it is now</source>
        <translation>Принять хранилище как есть</translation>
    </message>
    <message>
        <source>What happened and what to do…</source>
        <translation>Что случилось и что делать…</translation>
    </message>
    <message>
        <source>VisaDesk found {count} problem(s) in this vault: some records are damaged or cannot be checked and are not shown.</source>
        <translation>VisaDesk нашёл в этом хранилище проблем: {count}. Некоторые записи повреждены или не поддаются проверке и не показаны.</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Кодовая фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите кодовую фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность кодовой фразы</translation>
    </message>
    <message>
        <source>&amp;Remember on this device (system keychain)</source>
        <translation>&amp;Запомнить на этом устройстве (системная связка ключей)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Кодовая фраза:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Nobody — not even the VisaDesk developers — can recover a lost passphrase. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Никто — даже разработчики VisaDesk — не сможет восстановить потерянную кодовую фразу. Запишите её и храните в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Try with a &amp;sample family</source>
        <translation>Попробовать на &amp;примере семьи</translation>
    </message>
    <message>
        <source>Create your encrypted vault</source>
        <translation>Создайте зашифрованное хранилище</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Разблокируйте хранилище</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Кодовые фразы не совпадают.</translation>
    </message>
    <message>
        <source>This device no longer remembers the key.</source>
        <translation>Это устройство больше не помнит ключ.</translation>
    </message>
<message>
        <source>Forget this de&amp;vice</source>
        <translation>За&amp;быть это устройство</translation>
    </message>
    </context>
<context>
    <name>Viewer</name>
    <message>
        <source>{name} has too many pixels to be shown safely; scan it again at 300 dpi.</source>
        <translation>В файле {name} слишком много пикселей, чтобы безопасно его показать; отсканируйте его заново с разрешением 300 dpi.</translation>
    </message>
    <message>
        <source>{name} is not the PDF, PNG or JPEG file it claims to be; it was not opened.</source>
        <translation>{name} — не тот файл PDF, PNG или JPEG, за который себя выдаёт; он не был открыт.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Required answers given</source>
        <translation>Обязательных ответов дано</translation>
    </message>
    <message>
        <source>%v of %m required answers</source>
        <translation>Обязательных ответов: %v из %m</translation>
    </message>
    <message>
        <source>What is &amp;missing</source>
        <translation>&amp;Чего не хватает</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>Press Enter on an item to go to its field</source>
        <translation>Нажмите Enter на пункте, чтобы перейти к его полю</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Д&amp;алее</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Предыдущая страница (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Следующая страница (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} {problem}</source>
        <translation>Страница {page}: {number}{label} — {problem}</translation>
    </message>
    <message>
        <source>Nothing is missing; still to translate:</source>
        <translation>Ничего не упущено; осталось перевести:</translation>
    </message>
    <message>
        <source>Nothing is missing: this form is complete.</source>
        <translation>Всё на месте: анкета заполнена.</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} — translation {in_language} missing</source>
        <translation>Стр. {page}: {number}{label} — нет перевода {in_language}</translation>
    </message>
    <message>
        <source>Page {n} of {total}: {title}</source>
        <translation>Страница {n} из {total}: {title}</translation>
    </message>
    <message>
        <source>On the official form: {label}</source>
        <translation>В официальной анкете: {label}</translation>
    </message>
    <message>
        <source>Use the profile value</source>
        <translation>Взять значение из данных человека</translation>
    </message>
    <message>
        <source>Use the profile value for {label}</source>
        <translation>Взять значение из данных человека для поля «{label}»</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Ошибка в поле «{label}»</translation>
    </message>
    <message>
        <source>In French (as printed on the form)</source>
        <translation>По-французски (как будет напечатано на анкете)</translation>
    </message>
    <message>
        <source>In German (as printed on the form)</source>
        <translation>По-немецки (как будет напечатано на анкете)</translation>
    </message>
    <message>
        <source>In English (as printed on the form)</source>
        <translation>По-английски (как будет напечатано на анкете)</translation>
    </message>
    <message>
        <source>In Spanish (as printed on the form)</source>
        <translation>По-испански (как будет напечатано на анкете)</translation>
    </message>
    <message>
        <source>In Italian (as printed on the form)</source>
        <translation>По-итальянски (как будет напечатано на анкете)</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>по-французски</translation>
    </message>
    <message>
        <source>in German</source>
        <translation>по-немецки</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>по-английски</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>по-испански</translation>
    </message>
    <message>
        <source>in Italian</source>
        <translation>по-итальянски</translation>
    </message>
    <message>
        <source>Ukrainian original</source>
        <translation>Оригинал на украинском</translation>
    </message>
    <message>
        <source>Russian original</source>
        <translation>Оригинал на русском</translation>
    </message>
    <message>
        <source>Original of {label}</source>
        <translation>Оригинал: {label}</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>Оригинал: {text}</translation>
    </message>
    <message>
        <source>On the form: {text}</source>
        <translation>На анкете: {text}</translation>
    </message>
    <message>
        <source>The form prints this translation.</source>
        <translation>На анкете будет напечатан этот перевод.</translation>
    </message>
    <message>
        <source>Translation missing: the consulate reads this answer {in_language}. Type it as it should be printed on the form. Until then the form prints it transliterated: {text}</source>
        <translation>Нет перевода: консульство читает этот ответ {in_language}. Впишите его так, как он должен быть напечатан на анкете. Пока перевода нет, на анкете печатается транслитерация: {text}</translation>
    </message>
    <message>
        <source>The original changed after it was translated: check the earlier translation and confirm it.</source>
        <translation>Оригинал изменился после перевода: проверьте прежний перевод и подтвердите его.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Все изменения сохранены.</translation>
    </message>
    <message>
        <source>Form page</source>
        <translation>Страница анкеты</translation>
    </message>
</context>
<context>
    <name>PasswdDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить кодовую фразу</translation>
    </message>
    <message>
        <source>Every case and scan is encrypted again with a new key. Afterwards only the new passphrase opens the vault: backups made with the old passphrase are deleted and a new backup is made. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
        <translation>Все дела и сканы будут заново зашифрованы новым ключом. После этого хранилище откроет только новая кодовая фраза: резервные копии, сделанные со старой, удаляются, и делается новая резервная копия. Забытую кодовую фразу не восстановит никто: запишите новую и храните её в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая кодовая фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая кодовая фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую кодовую фразу</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая кодовая фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая кодовая фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Повторите новую кодовую фразу:</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Надёжность новой кодовой фразы</translation>
    </message>
    <message>
        <source>Progress of the passphrase change</source>
        <translation>Ход смены кодовой фразы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Current passphrase: enter the passphrase that opens the vault now.</source>
        <translation>Текущая кодовая фраза: введите кодовую фразу, которой хранилище открывается сейчас.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая кодовая фраза:</translation>
    </message>
    <message>
        <source>New passphrase: it is the same as the current one; choose another.</source>
        <translation>Новая кодовая фраза: она совпадает с текущей; выберите другую.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: it differs from the new passphrase; type it again.</source>
        <translation>Повтор новой кодовой фразы: он не совпадает с новой кодовой фразой; введите его ещё раз.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Проверка текущей кодовой фразы…</translation>
    </message>
    <message>
        <source>Encrypting again with the new key: {done} of {total}…</source>
        <translation>Повторное шифрование новым ключом: {done} из {total}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Current passphrase: wrong passphrase. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Текущая кодовая фраза: неверная. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault is open in another VisaDesk window or command. Close it, then change the passphrase again. Nothing was changed.</source>
        <translation>Хранилище открыто в другом окне или команде VisaDesk. Закройте его и смените кодовую фразу ещё раз. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase was not changed and the vault was locked: unlock it with the current passphrase.</source>
        <translation>Кодовая фраза не изменена, хранилище заблокировано: разблокируйте его текущей кодовой фразой.</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>Кодовая фраза не изменена.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk: changing the passphrase needs about as much free space as the vault takes. Free some space, then try again.</source>
        <translation>На диске недостаточно свободного места: для смены кодовой фразы нужно примерно столько свободного места, сколько занимает хранилище. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Every case and scan was encrypted again with a new key: the old passphrase opens nothing any more.</source>
        <translation>Кодовая фраза изменена. Все дела и сканы заново зашифрованы новым ключом: старая кодовая фраза больше ничего не открывает.</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) were deleted (the old passphrase could still open them).</source>
        <translation>
            <numerusform>Удалена %n старая резервная копия (её ещё можно было открыть старой кодовой фразой).</numerusform>
            <numerusform>Удалено %n старые резервные копии (их ещё можно было открыть старой кодовой фразой).</numerusform>
            <numerusform>Удалено %n старых резервных копий (их ещё можно было открыть старой кодовой фразой).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new backup was made.</source>
        <translation>Сделана новая резервная копия.</translation>
    </message>
    <message>
        <source>No new backup could be made now; one is made at the next unlock.</source>
        <translation>Сейчас не удалось сделать новую резервную копию; она будет сделана при следующей разблокировке.</translation>
    </message>
    <message>
        <source>The key remembered on this device was replaced by the new one.</source>
        <translation>Ключ, сохранённый на этом устройстве, заменён новым.</translation>
    </message>
    <message>
        <source>The system keychain refused the new key, so this device no longer remembers the vault: you will be asked for the passphrase.</source>
        <translation>Системная связка ключей не приняла новый ключ, поэтому это устройство больше не помнит хранилище: кодовую фразу будут спрашивать.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Кодовая фраза изменена.</translation>
    </message>
    <message>
        <source>The vault was locked before the passphrase change was finished: nothing was changed, the current passphrase still opens it.</source>
        <translation>Хранилище заблокировано до окончания смены кодовой фразы: ничего не изменено, его по-прежнему открывает текущая кодовая фраза.</translation>
    </message>
    <message>
        <source>The passphrase was changed just before the vault was locked: unlock it with the new passphrase.</source>
        <translation>Кодовая фраза была изменена перед самой блокировкой: разблокируйте хранилище новой кодовой фразой.</translation>
    </message>
</context>
</TS>