<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Appl&amp;ications</source>
        <translation>An&amp;träge</translation>
    </message>
    <message>
        <source>Applications in this case</source>
        <translation>Anträge in diesem Fall</translation>
    </message>
    <message>
        <source>N&amp;ew application…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>{done} von {total} Antworten</translation>
    </message>
    <message>
        <source>form not installed</source>
        <translation>Formular nicht installiert</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>Antrag entfernen</translation>
    </message>
    <message>
        <source>Remove this application and the answers given for it?</source>
        <translation>Diesen Antrag und die dafür gegebenen Antworten entfernen?</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Dokumentseiten</translation>
    </message>
    <message>
        <source>Scanned image</source>
        <translation>Gescanntes Bild</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Gathering documents</source>
        <translation>Unterlagen werden gesammelt</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Bereit zur Abgabe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Entscheidung erhalten</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titel des Falls</translation>
    </message>
    <message>
        <source>The applicants' names</source>
        <translation>Die Namen der Antragsteller</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Stand des Falls</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Note on this case</source>
        <translation>Notiz zu diesem Fall</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Save case details</source>
        <translation>Falldaten speichern</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Search: name (Cyrillic or Latin) or passport number</source>
        <translation>Suche: Name (kyrillisch oder lateinisch) oder Passnummer</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Übersicht über den Fall</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Anträge</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>Pac&amp;ket</source>
        <translation>Antrags&amp;mappe</translation>
    </message>
    <message>
        <source>Where can I go?</source>
        <translation>Wohin kann ich?</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>&amp;Konsulatsschreiben</translation>
    </message>
    <message>
        <source>appointment {date}</source>
        <translation>Termin am {date}</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Fälle mit diesem Stand zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Stände</translation>
    </message>
    <message>
        <source>Sort cases by</source>
        <translation>Fälle sortieren nach</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Zuletzt geändert zuerst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Case tabs</source>
        <translation>Reiter des Falls</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>home address</source>
        <translation>Wohnanschrift</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>This person is no longer in the case.</source>
        <translation>Diese Person ist nicht mehr im Fall.</translation>
    </message>
    <message>
        <source>This person is already in the case.</source>
        <translation>Diese Person ist schon im Fall.</translation>
    </message>
    <message>
        <source>An applicant cannot also be the sponsor.</source>
        <translation>Eine antragstellende Person kann nicht zugleich die Referenzperson sein.</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>Ein Fall braucht mindestens eine antragstellende Person; löschen Sie stattdessen den Fall.</translation>
    </message>
    <message>
        <source>{person} is the only guardian of {minor}, a minor: add another parent or guardian first.</source>
        <translation>{person} ist der einzige Vormund von {minor} (minderjährig): tragen Sie zuerst einen anderen Elternteil oder Vormund ein.</translation>
    </message>
    <message>
        <source>Choose what to copy.</source>
        <translation>Wählen Sie, was kopiert werden soll.</translation>
    </message>
    <message>
        <source>Nothing to copy: {person} has none of this recorded ({parts}).</source>
        <translation>Nichts zu kopieren: bei {person} ist dazu nichts eingetragen ({parts}).</translation>
    </message>
    <message>
        <source>Unknown case status {status}.</source>
        <translation>Unbekannter Stand des Falls: {status}.</translation>
    </message>
    <message>
        <source>This application is no longer in the case.</source>
        <translation>Dieser Antrag ist nicht mehr im Fall.</translation>
    </message>
    <message>
        <source>Unknown choice for a case already there.</source>
        <translation>Unbekannte Wahl für einen bereits vorhandenen Fall.</translation>
    </message>
</context>
<context>
    <name>CopySharedDialog</name>
    <message>
        <source>Copy to family members</source>
        <translation>An Familienmitglieder kopieren</translation>
    </message>
    <message>
        <source>Copy from {name} to the people you tick:</source>
        <translation>Von {name} zu den angekreuzten Personen kopieren:</translation>
    </message>
    <message>
        <source>What to copy</source>
        <translation>Was kopiert wird</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Wohnanschrift</translation>
    </message>
    <message>
        <source>Parents / guardians</source>
        <translation>Eltern / Vormund</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Place and country of birth</source>
        <translation>Geburtsort und -land</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopieren an</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Checklist of supporting documents</source>
        <translation>&amp;Liste der Nachweise</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist of supporting documents</source>
        <translation>Liste der Nachweise</translation>
    </message>
    <message>
        <source>About the selected document</source>
        <translation>Zum ausgewählten Dokument</translation>
    </message>
    <message>
        <source>Sca&amp;ns of this person</source>
        <translation>Sca&amp;ns dieser Person</translation>
    </message>
    <message>
        <source>Scans of this person</source>
        <translation>Scans dieser Person</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files here to attach them.</source>
        <translation>Ziehen Sie PDF-, JPEG- oder PNG-Dateien hierher, um sie anzuhängen.</translation>
    </message>
    <message>
        <source>Adding scans</source>
        <translation>Scans werden hinzugefügt</translation>
    </message>
    <message>
        <source>Add &amp;scan…</source>
        <translation>&amp;Scan hinzufügen…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>angehängt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Other scans</source>
        <translation>Weitere Scans</translation>
    </message>
    <message>
        <source>Add scans or photos</source>
        <translation>Scans oder Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Scan entfernen</translation>
    </message>
    <message>
        <source>Remove this scan from the vault?</source>
        <translation>Diesen Scan aus dem Tresor entfernen?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Falsche Passphrase. Prüfen Sie das Tastaturlayout und die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault is in use by another VisaDesk window. Close it and try again.</source>
        <translation>Der Tresor ist in einem anderen VisaDesk-Fenster geöffnet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This vault was written by a newer VisaDesk. Please update VisaDesk.</source>
        <translation>Dieser Tresor wurde mit einer neueren VisaDesk-Version angelegt. Bitte aktualisieren Sie VisaDesk.</translation>
    </message>
    <message>
        <source>Something went wrong inside VisaDesk ({kind}). Your saved data is safe. The details are in the log, which contains no personal data.</source>
        <translation>In VisaDesk ist ein Fehler aufgetreten ({kind}). Ihre gespeicherten Daten sind sicher. Die Einzelheiten stehen im Protokoll; es enthält keine persönlichen Daten.</translation>
    </message>
    <message>
        <source>VisaDesk</source>
        <translation>VisaDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Wrong bundle passphrase. It is the one chosen or shown when the bundle was made, not your vault passphrase. Nothing was imported.</source>
        <translation>Falsche Passphrase des Pakets. Es ist die beim Erstellen gewählte oder angezeigte, nicht die Ihres Tresors. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file is not a VisaDesk case bundle (.vdx). Nothing was imported.</source>
        <translation>Diese Datei ist kein VisaDesk-Fallpaket (.vdx). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer VisaDesk. Please update VisaDesk; nothing was imported.</source>
        <translation>Dieses Paket stammt von einer neueren VisaDesk-Version. Bitte aktualisieren Sie VisaDesk; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The bundle is damaged, incomplete or was modified. Nothing was imported. Ask for the bundle to be sent again.</source>
        <translation>Das Paket ist beschädigt, unvollständig oder wurde verändert. Nichts wurde importiert. Bitten Sie um erneutes Senden.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>&amp;Export case…</source>
        <translation>Fall e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>Fall &amp;importieren…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Wipe everything…</source>
        <translation>&amp;Alles löschen…</translation>
    </message>
    <message>
        <source>Passphrase for the exported case</source>
        <translation>Passphrase für den exportierten Fall</translation>
    </message>
    <message>
        <source>The file will be encrypted with this passphrase. Give it to the recipient another way than the file (in person, by phone), never in the same message.</source>
        <translation>Die Datei wird mit dieser Passphrase verschlüsselt. Geben Sie sie der empfangenden Person auf einem anderen Weg als die Datei weiter (persönlich, telefonisch), nie in derselben Nachricht.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>Passphrase &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Erzeugte Passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Fall exportieren</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx)</source>
        <translation>Verschlüsselte VisaDesk-Falldatei (*.vdx)</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <translation>Fall wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>Fall exportiert nach {path}</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>Fall importieren</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx *.json)</source>
        <translation>VisaDesk-Falldatei (*.vdx *.json)</translation>
    </message>
    <message>
        <source>Unlock your vault first, then import.</source>
        <translation>Entsperren Sie zuerst Ihren Tresor und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation>Passphrase von {name}:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{title}”: {people}.</source>
        <translation>„{title}“: {people}.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s).</source>
        <translation>
            <numerusform>%n Scan.</numerusform>
            <numerusform>%n Scans.</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is already in your vault.</source>
        <translation>Dieser Fall ist bereits in Ihrem Tresor.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Replace mine</source>
        <translation>&amp;Meinen ersetzen</translation>
    </message>
    <message>
        <source>Import this case?</source>
        <translation>Diesen Fall importieren?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing the case…</source>
        <translation>Fall wird importiert…</translation>
    </message>
    <message>
        <source>Case imported.</source>
        <translation>Fall importiert.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>VisaDesk keeps an encrypted copy of your vault each day. Restoring one replaces the vault with that copy; the current vault is kept as a backup first, so a restore can itself be undone. The copy opens with the passphrase it had then.</source>
        <translation>VisaDesk legt jeden Tag eine verschlüsselte Kopie Ihres Tresors an. Beim Wiederherstellen wird der Tresor durch diese Kopie ersetzt; der aktuelle Tresor wird vorher als Sicherung aufbewahrt, sodass sich auch das Wiederherstellen rückgängig machen lässt. Die Kopie öffnet sich mit der Passphrase, die damals galt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>tägliche Kopie</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>vor einer Wiederherstellung erstellt</translation>
    </message>
    <message>
        <source>after a passphrase change</source>
        <translation>nach einer Passphrasen-Änderung</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>vor einer Formataktualisierung</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>Fälle: {count}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>{now} cases now → {then} in this backup.</source>
        <translation>Jetzt {now} Fälle → {then} in dieser Sicherung.</translation>
    </message>
    <message>
        <source>The vault as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Der Tresor, wie er jetzt ist, wird zuerst als Sicherung aufbewahrt, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>There is no vault on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>Backup restored. Unlock it with the passphrase it had then.</source>
        <translation>Sicherung wiederhergestellt. Entsperren Sie sie mit der Passphrase, die damals galt.</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Everything was wiped.</source>
        <translation>Alles wurde gelöscht.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Language of the words</source>
        <translation>Sprache der Wörter</translation>
    </message>
    <message>
        <source>&amp;Words in:</source>
        <translation>&amp;Wörter auf:</translation>
    </message>
    <message>
        <source>Write it down now, exactly as shown; it is shown only here:</source>
        <translation>Schreiben Sie sie jetzt genau so auf, wie sie angezeigt wird; sie wird nur hier angezeigt:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Passphrase kopieren</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ich habe sie &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Copied. Paste it where the recipient will find it, not in the same message as the file.</source>
        <translation>Kopiert. Fügen Sie sie dort ein, wo die Empfängerin oder der Empfänger sie findet, nicht in derselben Nachricht wie die Datei.</translation>
    </message>
    <message>
        <source>Tick “I have written it down” first: without these words nobody can open the file.</source>
        <translation>Kreuzen Sie zuerst „Ich habe sie aufgeschrieben“ an: Ohne diese Wörter kann niemand die Datei öffnen.</translation>
    </message>
    <message>
        <source>This destroys, on this computer: the vault with every case and scan, its automatic backups, the key remembered on this device, the logs, the settings and the folders the file dialogs remember.</source>
        <translation>Dies vernichtet auf diesem Computer: den Tresor mit allen Fällen und Scans, seine automatischen Sicherungen, den auf diesem Gerät gespeicherten Schlüssel, die Protokolle, die Einstellungen und die Ordner, die sich die Dateidialoge merken.</translation>
    </message>
    <message>
        <source>The vault's key is destroyed first, so whatever the disk may still hold (on SSDs overwriting is not reliable) cannot be decrypted, not even with the passphrase.</source>
        <translation>Zuerst wird der Schlüssel des Tresors vernichtet: Was die Festplatte noch enthalten mag (auf SSDs ist Überschreiben nicht zuverlässig), kann nicht entschlüsselt werden, auch nicht mit der Passphrase.</translation>
    </message>
    <message>
        <source>What stays: PDFs and case files you exported or saved outside the VisaDesk folder, unless you tick them below, and copies of the vault made elsewhere (another disk, a cloud folder), which stay as safe as their passphrase.</source>
        <translation>Was bleibt: PDFs und Falldateien, die Sie außerhalb des VisaDesk-Ordners exportiert oder gespeichert haben, sofern Sie sie unten nicht ankreuzen, und anderswo angelegte Kopien des Tresors (andere Festplatte, Cloud-Ordner), die so sicher bleiben wie ihre Passphrase.</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Exportierte Dateien</translation>
    </message>
    <message>
        <source>&amp;Files VisaDesk exported (ticked: deleted too):</source>
        <translation>Von VisaDesk exportierte &amp;Dateien (angekreuzte werden auch gelöscht):</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Geben Sie zur Bestätigung {word} ein:</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Alles vernichten</translation>
    </message>
    <message>
        <source>Wiped, but {count} file(s) could not be removed.</source>
        <translation>Vernichtet, aber {count} Datei(en) konnten nicht entfernt werden.</translation>
    </message>
<message>
        <source>VisaDesk was asked to open {path}, but there is no such file. It may have been moved, renamed or deleted; open it again from where it is now.</source>
        <translation>VisaDesk soll {path} öffnen, aber diese Datei gibt es nicht. Vielleicht wurde sie verschoben, umbenannt oder gelöscht; öffnen Sie sie erneut von dort, wo sie jetzt liegt.</translation>
    </message>
    <message>
        <source>VisaDesk opens case files (.vdx, .json) only; {name} is not one. Nothing was imported.</source>
        <translation>VisaDesk öffnet nur Falldateien (.vdx, .json); {name} ist keine. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>VisaDesk cannot read {path}. Check that the file is complete (not still being downloaded or copied) and that your account may open it. Nothing was imported.</source>
        <translation>VisaDesk kann {path} nicht lesen. Prüfen Sie, ob die Datei vollständig ist (nicht noch heruntergeladen oder kopiert wird) und ob Ihr Benutzerkonto sie öffnen darf. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Unlock your vault to import {name}.</source>
        <translation>Entsperren Sie Ihren Tresor, um {name} zu importieren.</translation>
    </message>
    <message>
        <source>You opened {name}. To import it into your vault, type the passphrase it was exported with (not your vault passphrase), or Cancel:</source>
        <translation>Sie haben {name} geöffnet. Um die Datei in Ihren Tresor zu importieren, geben Sie die Passphrase ein, mit der sie exportiert wurde (nicht die Passphrase Ihres Tresors), oder Abbrechen:</translation>
    </message>
    </context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>&lt;h2&gt;Your vault is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ihr Tresor ist leer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start a case for one family: the people travelling, and the relative abroad who supports them. VisaDesk first asks where you could go, then fills every form from the same answers.</source>
        <translation>Legen Sie einen Fall für eine Familie an: die Reisenden und die Angehörige im Ausland, die sie unterstützt. VisaDesk fragt zuerst, wohin Sie gehen könnten, und füllt dann jedes Formular aus denselben Antworten.</translation>
    </message>
    <message>
        <source>Start a &amp;new case</source>
        <translation>&amp;Neuen Fall beginnen</translation>
    </message>
    <message>
        <source>Add the fictional &amp;sample family, to try</source>
        <translation>Die erfundene &amp;Beispielfamilie hinzufügen, zum Ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>Falldatei &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Export the case (encrypted file)</source>
        <translation>Fall exportieren (verschlüsselte Datei)</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Fall importieren</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Panic: lock at once, from any window or dialog</source>
        <translation>Notfall: sofort sperren, aus jedem Fenster und Dialog</translation>
    </message>
    <message>
        <source>Previous / next page of the form</source>
        <translation>Vorherige / nächste Seite des Formulars</translation>
    </message>
    <message>
        <source>Alt and the underlined letter: go to that field or button</source>
        <translation>Alt und der unterstrichene Buchstabe: zu diesem Feld oder Knopf</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Nächstes / vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Everything you type and every scan is kept encrypted in one folder on this computer:</source>
        <translation>Alles, was Sie eingeben, und jeder Scan liegen verschlüsselt in einem Ordner auf diesem Computer:</translation>
    </message>
    <message>
        <source>In it: the vault (vault.sqlite3), daily encrypted backups (backups/), your settings (settings.json: language, text size, auto-lock — no personal data) and logs without personal data. Nothing is sent anywhere: VisaDesk never uses the network.</source>
        <translation>Darin: der Tresor (vault.sqlite3), tägliche verschlüsselte Sicherungen (backups/), Ihre Einstellungen (settings.json: Sprache, Textgröße, automatische Sperre — keine persönlichen Daten) und Protokolle ohne persönliche Daten. Nichts wird irgendwohin gesendet: VisaDesk benutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <source>Files you export yourself (PDF packets, case files) are written where you choose and are NOT encrypted, except the .vdx case files.</source>
        <translation>Dateien, die Sie selbst exportieren (PDF-Mappen, Falldateien), werden dort gespeichert, wo Sie wählen, und sind NICHT verschlüsselt – außer den .vdx-Falldateien.</translation>
    </message>
    <message>
        <source>Someone who takes the computer or copies the folder while VisaDesk is locked or closed cannot read your cases without the passphrase (Argon2id and AES-256-GCM).</source>
        <translation>Wer den Computer mitnimmt oder den Ordner kopiert, während VisaDesk gesperrt oder geschlossen ist, kann Ihre Fälle ohne die Passphrase nicht lesen (Argon2id und AES-256-GCM).</translation>
    </message>
    <message>
        <source>A changed, swapped or rolled-back record is detected and shown at unlock.</source>
        <translation>Ein geänderter, vertauschter oder auf einen alten Stand zurückgesetzter Datensatz wird erkannt und beim Entsperren gezeigt.</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L), the panic key (Ctrl+Shift+L) and auto-lock close every window showing personal data and drop the keys from memory.</source>
        <translation>Jetzt sperren (Strg+L), die Notfalltaste (Strg+Umschalt+L) und die automatische Sperre schließen jedes Fenster mit persönlichen Daten und löschen die Schlüssel aus dem Speicher.</translation>
    </message>
    <message>
        <source>Panic wipe (File menu) destroys the keys first, then the files.</source>
        <translation>Das Notfall-Löschen (Menü Datei) vernichtet zuerst die Schlüssel, dann die Dateien.</translation>
    </message>
    <message>
        <source>Someone who watches the screen, or forces you to unlock the vault.</source>
        <translation>Jemanden, der auf den Bildschirm schaut oder Sie zwingt, den Tresor zu entsperren.</translation>
    </message>
    <message>
        <source>A computer that already runs spyware.</source>
        <translation>Einen Computer, auf dem bereits Spähsoftware läuft.</translation>
    </message>
    <message>
        <source>Exported PDFs are plain files: delete them when they are no longer needed.</source>
        <translation>Exportierte PDFs sind gewöhnliche Dateien: Löschen Sie sie, wenn sie nicht mehr gebraucht werden.</translation>
    </message>
    <message>
        <source>A lost passphrase: nobody can open the vault then (there is no back door).</source>
        <translation>Eine verlorene Passphrase: Dann kann niemand den Tresor öffnen (es gibt keine Hintertür).</translation>
    </message>
    <message>
        <source>VisaDesk protects against:</source>
        <translation>VisaDesk schützt vor:</translation>
    </message>
    <message>
        <source>It does not protect against:</source>
        <translation>Es schützt nicht vor:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Where your data is kept</source>
        <translation>&amp;Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>What VisaDesk &amp;protects against</source>
        <translation>Wovor VisaDesk &amp;schützt</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Single</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Verheiratet</translation>
    </message>
    <message>
        <source>Registered partnership</source>
        <translation>Eingetragene Lebenspartnerschaft</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Getrennt lebend</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Geschieden</translation>
    </message>
    <message>
        <source>Widow(er)</source>
        <translation>Verwitwet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Not liable / no military status</source>
        <translation>Nicht wehrpflichtig / kein Wehrdienststatus</translation>
    </message>
    <message>
        <source>Conscription age (may be called up)</source>
        <translation>Im wehrpflichtigen Alter (kann einberufen werden)</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Reservist</translation>
    </message>
    <message>
        <source>Mobilisation notice received</source>
        <translation>Einberufungsbescheid zur Mobilmachung erhalten</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Vom Wehrdienst befreit</translation>
    </message>
    <message>
        <source>Left service without permission</source>
        <translation>Dienst ohne Erlaubnis verlassen</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ehepartner/in</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Bruder oder Schwester</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Enkelkind</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Großelternteil</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Andere verwandte Person</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Staatsangehörige/r</translation>
    </message>
    <message>
        <source>Recognised refugee</source>
        <translation>Anerkannter Flüchtling</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Subsidiärer Schutz</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Asylsuchende/r</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Humanitäres Visum</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Long-stay visa</source>
        <translation>Visum für einen längerfristigen Aufenthalt</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Summons received</source>
        <translation>Einberufungsbescheid erhalten</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Festnahme</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Durchsuchung</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Entlassung</translation>
    </message>
    <message>
        <source>"Foreign agent" listing</source>
        <translation>Eintragung als „ausländischer Agent“</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Strafverfahren</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Drohungen</translation>
    </message>
    <message>
        <source>Attempt to leave</source>
        <translation>Ausreiseversuch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Whose letter</source>
        <translation>Wessen Brief</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>Sprache d&amp;es Briefs</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>Destination's language</source>
        <translation>Sprache des Ziellands</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Stand des Briefs</translation>
    </message>
    <message>
        <source>Save letter as P&amp;DF…</source>
        <translation>B&amp;rief als PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Neues Ereignis</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>Ereignis ent&amp;fernen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wann ist es geschehen?</translation>
    </message>
    <message>
        <source>What kind of event?</source>
        <translation>Was für ein Ereignis?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Wo?</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Was geschehen ist, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Translation made by a person</source>
        <translation>Übersetzung durch einen Menschen</translation>
    </message>
    <message>
        <source>Which documents show it?</source>
        <translation>Welche Dokumente belegen es?</translation>
    </message>
    <message>
        <source>Translation made by a person (leave empty if none)</source>
        <translation>Übersetzung durch einen Menschen (leer lassen, wenn es keine gibt)</translation>
    </message>
    <message>
        <source>Scan to use as evidence</source>
        <translation>Scan, der als Nachweis dient</translation>
    </message>
    <message>
        <source>Add as e&amp;vidence</source>
        <translation>Als Nach&amp;weis hinzufügen</translation>
    </message>
    <message>
        <source>Scans of this case</source>
        <translation>Scans dieses Falls</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>Ereignis &amp;speichern</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Ihr Brief</translation>
    </message>
    <message>
        <source>Why must you leave now?</source>
        <translation>Warum müssen Sie jetzt ausreisen?</translation>
    </message>
    <message>
        <source>Translation of why you must leave now</source>
        <translation>Übersetzung: warum Sie jetzt ausreisen müssen</translation>
    </message>
    <message>
        <source>Who in the destination country can support you?</source>
        <translation>Wer kann Sie im Zielland unterstützen?</translation>
    </message>
    <message>
        <source>Translation of your ties</source>
        <translation>Übersetzung: Ihre Bindungen an das Land</translation>
    </message>
    <message>
        <source>Where will you sign?</source>
        <translation>Wo werden Sie unterschreiben?</translation>
    </message>
    <message>
        <source>Save letter te&amp;xt</source>
        <translation>Briefte&amp;xt speichern</translation>
    </message>
    <message>
        <source>No humanitarian request for this person yet</source>
        <translation>Für diese Person gibt es noch keinen humanitären Antrag</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) still need a human translation</source>
        <translation>
            <numerusform>%n Abschnitt muss noch von einem Menschen übersetzt werden</numerusform>
            <numerusform>%n Abschnitte müssen noch von einem Menschen übersetzt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Every passage is translated</source>
        <translation>Alle Abschnitte sind übersetzt</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
<message>
        <source>L&amp;etter of</source>
        <translation>Brief &amp;von</translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your data stays encrypted on this computer.</source>
        <translation>Ihre Daten bleiben verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>D&amp;uplicate case</source>
        <translation>Fall &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>Fall &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt s&amp;perren</translation>
    </message>
    <message>
        <source>Lock at once (&amp;panic)</source>
        <translation>Sofort s&amp;perren (Notfall)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Delete this case and its scans from the vault? This cannot be undone.</source>
        <translation>Diesen Fall und seine Scans aus dem Tresor löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
<message>
        <source>&amp;Change passphrase…</source>
        <translation>Pa&amp;ssphrase ändern…</translation>
    </message>
    </context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>official form</source>
        <translation>amtliches Formular</translation>
    </message>
    <message>
        <source>preparation sheet</source>
        <translation>Vorbereitungsbogen</translation>
    </message>
    <message>
        <source>border checklist</source>
        <translation>Checkliste für die Grenze</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Antragsteller</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
</context>
<context>
    <name>PacketTab</name>
    <message>
        <source>&amp;Who is in the packet</source>
        <translation>&amp;Wer ist in der Antragsmappe</translation>
    </message>
    <message>
        <source>Who is in the packet</source>
        <translation>Wer ist in der Antragsmappe</translation>
    </message>
    <message>
        <source>&amp;Build packet</source>
        <translation>Antragsmappe &amp;erstellen</translation>
    </message>
    <message>
        <source>Packet progress</source>
        <translation>Fortschritt der Antragsmappe</translation>
    </message>
    <message>
        <source>Packet status</source>
        <translation>Status der Antragsmappe</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Packet preview</source>
        <translation>Vorschau der Antragsmappe</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n Formular</numerusform>
            <numerusform>%n Formulare</numerusform>
        </translation>
    </message>
    <message>
        <source>Build the packet to preview, export or print it.</source>
        <translation>Erstellen Sie die Antragsmappe, um sie anzusehen, zu exportieren oder zu drucken.</translation>
    </message>
    <message>
        <source>Choose at least one person for the packet.</source>
        <translation>Wählen Sie mindestens eine Person für die Antragsmappe aus.</translation>
    </message>
    <message>
        <source>The packet could not be built.</source>
        <translation>Die Antragsmappe konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>Antragsmappe wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>Packet ready: %n page(s).</source>
        <translation>
            <numerusform>Antragsmappe fertig: %n Seite.</numerusform>
            <numerusform>Antragsmappe fertig: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the packet</source>
        <translation>Antragsmappe exportieren</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Drucken abbrechen</translation>
    </message>
    <message>
        <source>No printer is set up. Export the PDF and print it from another program.</source>
        <translation>Kein Drucker eingerichtet. Exportieren Sie das PDF und drucken Sie es aus einem anderen Programm.</translation>
    </message>
    <message>
        <source>Sending the packet to the printer…</source>
        <translation>Das Paket wird an den Drucker gesendet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Sent to {printer} (job {job}). The printer's queue shows how it goes.</source>
        <translation>An {printer} gesendet (Auftrag {job}). Die Druckerwarteschlange zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>An {printer} gesendet.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>The printer refused the packet: {reason}</source>
        <translation>Der Drucker hat das Paket abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The printer could not be started: {reason}</source>
        <translation>Der Druck konnte nicht gestartet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>It is built on a common password or word.</source>
        <translation>Sie beruht auf einem verbreiteten Passwort oder Wort.</translation>
    </message>
    <message>
        <source>It contains a name or detail from the case.</source>
        <translation>Sie enthält einen Namen oder eine Angabe aus dem Fall.</translation>
    </message>
    <message>
        <source>It repeats the same characters or words.</source>
        <translation>Sie wiederholt dieselben Zeichen oder Wörter.</translation>
    </message>
    <message>
        <source>It is a sequence such as 1234 or abcd.</source>
        <translation>Sie ist eine Folge wie 1234 oder abcd.</translation>
    </message>
    <message>
        <source>It is a pattern of neighbouring keys.</source>
        <translation>Sie ist ein Muster benachbarter Tasten.</translation>
    </message>
    <message>
        <source>Dates and years are among the first guesses.</source>
        <translation>Daten und Jahreszahlen werden zuerst ausprobiert.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Sie ist zu kurz.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <source>Use five or more unrelated words, or a generated word list, which is easy to write down and to dictate.</source>
        <translation>Verwenden Sie fünf oder mehr unzusammenhängende Wörter oder eine erzeugte Wortliste, die sich leicht aufschreiben und diktieren lässt.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair, but not enough</source>
        <translation>Mittel, aber nicht genug</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People in this case</source>
        <translation>Personen in diesem Fall</translation>
    </message>
    <message>
        <source>Add pe&amp;rson</source>
        <translation>Person hin&amp;zufügen</translation>
    </message>
    <message>
        <source>De&amp;lete person…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Referenzperson</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove this person and their applications from the case?</source>
        <translation>Diese Person und ihre Anträge aus dem Fall entfernen?</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>Ein Fall braucht mindestens eine antragstellende Person; löschen Sie stattdessen den Fall.</translation>
    </message>
    <message>
        <source>Remove the sponsor</source>
        <translation>Referenzperson entfernen</translation>
    </message>
    <message>
        <source>Remove the sponsor from this case? A child's guardian link stays by name.</source>
        <translation>Referenzperson aus dem Fall entfernen? Als Vormund eines Kindes bleibt sie mit Namen eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Back to the saved version</source>
        <translation>Zur gespei&amp;cherten Fassung zurück</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>What you typed for {name} is not valid yet (see the marked fields), so it is not saved in the case. It is kept as an encrypted draft in the vault.</source>
        <translation>Was Sie für {name} eingegeben haben, ist noch nicht gültig (siehe die markierten Felder) und daher nicht im Fall gespeichert. Es bleibt als verschlüsselter Entwurf im Tresor.</translation>
    </message>
    <message>
        <source>&amp;Keep the draft</source>
        <translation>Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Stay and fix it</source>
        <translation>&amp;Zurück und korrigieren</translation>
    </message>
    <message>
        <source>draft, not saved yet</source>
        <translation>Entwurf, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>What you typed earlier is back (an encrypted draft, not saved in the case yet): correct the marked fields and it is saved.</source>
        <translation>Ihre frühere Eingabe ist wieder da (ein verschlüsselter Entwurf, noch nicht im Fall gespeichert): Korrigieren Sie die markierten Felder, dann wird sie gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: correct the marked fields. What you typed is kept as an encrypted draft.</source>
        <translation>Noch nicht gespeichert: Korrigieren Sie die markierten Felder. Ihre Eingabe bleibt als verschlüsselter Entwurf erhalten.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle Änderungen gespeichert.</translation>
    </message>
<message>
        <source>Add the sponsor (who lives a&amp;broad)</source>
        <translation>Referenzperson erg&amp;änzen</translation>
    </message>
    <message>
        <source>Copy to fa&amp;mily…</source>
        <translation>An Fami&amp;lie kopieren…</translation>
    </message>
    </context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Machine-readable zone (optional)</source>
        <translation>Maschinenlesbare Zone (MRZ, optional)</translation>
    </message>
    <message>
        <source>Machine-readable zone: paste the 2 or 3 lines</source>
        <translation>Maschinenlesbare Zone: die 2 oder 3 Zeilen einfügen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>&amp;Surname (as you write it)</source>
        <translation>&amp;Nachname (wie Sie ihn schreiben)</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Vornamen</translation>
    </message>
    <message>
        <source>Patron&amp;ymic</source>
        <translation>Vatersname (Patron&amp;ym)</translation>
    </message>
    <message>
        <source>Transliteration scheme of the passport</source>
        <translation>Transliterationsschema des Passes</translation>
    </message>
    <message>
        <source>Passport spelling scheme</source>
        <translation>Schreibweise im Pass</translation>
    </message>
    <message>
        <source>Latin spelling as in the passport</source>
        <translation>Lateinische Schreibweise wie im Pass</translation>
    </message>
    <message>
        <source>Latin (proposed)</source>
        <translation>Lateinisch (Vorschlag)</translation>
    </message>
    <message>
        <source>Latin given names exactly as printed</source>
        <translation>Vornamen in Lateinschrift, genau wie gedruckt</translation>
    </message>
    <message>
        <source>Surname at birth</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Birth and nationality</source>
        <translation>Geburt und Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Date of birth (DD.MM.YYYY)</source>
        <translation>Geb&amp;urtsdatum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Nationale Identifikationsnummer</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>&amp;Reisepassnummer</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Ausstellende Behörde</translation>
    </message>
    <message>
        <source>Date of issue (DD.MM.YYYY)</source>
        <translation>Ausstellungsdatum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Valid until (DD.MM.YYYY)</source>
        <translation>Gültig bis (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Contact and work</source>
        <translation>Kontakt und Beruf</translation>
    </message>
    <message>
        <source>Latin surname e&amp;xactly as printed</source>
        <translation>Nachname in Lateinschrift, &amp;genau wie gedruckt</translation>
    </message>
    <message>
        <source>P&amp;hone (with country code)</source>
        <translation>Tele&amp;fon (mit Landesvorwahl)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-Ma&amp;il</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Arbeitgeber oder Schule</translation>
    </message>
    <message>
        <source>Other nationalities (codes, comma-separated)</source>
        <translation>Weitere Staatsangehörigkeiten (Codes, durch Komma getrennt)</translation>
    </message>
    <message>
        <source>Former surnames (comma-separated)</source>
        <translation>Frühere Nachnamen (durch Komma getrennt)</translation>
    </message>
    <message>
        <source>Civil status, if other</source>
        <translation>Familienstand, falls sonstiger</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Wohnanschrift</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Or&amp;t</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Family and military service</source>
        <translation>Familie und Wehrdienst</translation>
    </message>
    <message>
        <source>Relationship to the sponsor</source>
        <translation>Verhältnis zur Referenzperson</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Wehrdienst</translation>
    </message>
    <message>
        <source>Reserve category</source>
        <translation>Reservekategorie</translation>
    </message>
    <message>
        <source>Mobilisation notice received on (DD.MM.YYYY)</source>
        <translation>Einberufungsbescheid erhalten am (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Notes on military service</source>
        <translation>Anmerkungen zum Wehrdienst</translation>
    </message>
    <message>
        <source>Guardian of a minor: surname</source>
        <translation>Vormund einer minderjährigen Person: Nachname</translation>
    </message>
    <message>
        <source>Guardian: given names</source>
        <translation>Vormund: Vornamen</translation>
    </message>
    <message>
        <source>Guardian: relationship</source>
        <translation>Vormund: Verhältnis</translation>
    </message>
    <message>
        <source>Guardian: phone</source>
        <translation>Vormund: Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Sponsor's stay abroad</source>
        <translation>Aufenthalt der Referenzperson im Ausland</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Angaben zum Status</translation>
    </message>
    <message>
        <source>Residence permit number</source>
        <translation>Nummer des Aufenthaltstitels</translation>
    </message>
    <message>
        <source>Permit valid until (DD.MM.YYYY)</source>
        <translation>Aufenthaltstitel gültig bis (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Arrived on (DD.MM.YYYY)</source>
        <translation>Eingereist am (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Sa&amp;ve person</source>
        <translation>Person &amp;speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden.</numerusform>
            <numerusform>%n Felder müssen geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Alle Felder sind gültig.</translation>
    </message>
    <message>
        <source>Filled from the MRZ: check the names in Cyrillic yourself.</source>
        <translation>Aus der MRZ übernommen: Bitte prüfen Sie die Namen in kyrillischer Schrift selbst.</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geburtsland</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation>Staatsangeh&amp;örigkeit</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Ausstellungsstaat</translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation>Staatsangehörigkeit bei Geburt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <source>Person's details</source>
        <translation>Angaben zur Person</translation>
    </message>
<message>
        <source>Fill from the MR&amp;Z</source>
        <translation>Aus der MRZ &amp;übernehmen</translation>
    </message>
    <message>
        <source>Phone (&amp;with country code)</source>
        <translation>Tele&amp;fon (mit Landesvorwahl)</translation>
    </message>
    </context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>ist ein Pflichtfeld</translation>
    </message>
    <message>
        <source>is not a date; write it as DD.MM.YYYY</source>
        <translation>ist kein Datum; bitte als TT.MM.JJJJ schreiben</translation>
    </message>
    <message>
        <source>is not a date (there is no such day)</source>
        <translation>ist kein gültiges Datum (diesen Tag gibt es nicht)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>is not a country; choose one from the list</source>
        <translation>ist kein Land; bitte eines aus der Liste wählen</translation>
    </message>
    <message>
        <source>is not a phone number with its country code (e.g. +33 6 12 34 56 78)</source>
        <translation>ist keine Telefonnummer mit Landesvorwahl (z. B. +33 6 12 34 56 78)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>ist zu kurz</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>has a wrong format</source>
        <translation>hat ein falsches Format</translation>
    </message>
    <message>
        <source>must be on or after {date}</source>
        <translation>muss am oder nach dem {date} liegen</translation>
    </message>
    <message>
        <source>must be on or before {date}</source>
        <translation>muss am oder vor dem {date} liegen</translation>
    </message>
    <message>
        <source>has a value that cannot be used here</source>
        <translation>hat einen Wert, der hier nicht verwendet werden kann</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>ist zu lang (höchstens {max} Zeichen)</translation>
    </message>
    <message>
        <source>“{value}” is not a country VisaDesk knows; choose one from the list</source>
        <translation>„{value}“ ist kein Land, das VisaDesk kennt; wählen Sie eines aus der Liste</translation>
    </message>
    <message>
        <source>must be written in Latin letters (VIDEX: also no other signs); not {chars}</source>
        <translation>muss in lateinischen Buchstaben geschrieben sein (VIDEX: keine anderen Zeichen); nicht {chars}</translation>
    </message>
    <message>
        <source>must be written in Latin letters, as in the passport</source>
        <translation>muss in lateinischen Buchstaben geschrieben sein, wie im Pass</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>Not answered</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Citizenship(s), country codes</source>
        <translation>Staatsangehörigkeit(en), Ländercodes</translation>
    </message>
    <message>
        <source>Internal passport</source>
        <translation>Inlandspass</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Foreign passport valid until</source>
        <translation>Reisepass gültig bis</translation>
    </message>
    <message>
        <source>Birth certificate (child)</source>
        <translation>Geburtsurkunde (Kind)</translation>
    </message>
    <message>
        <source>Residence permits, country codes</source>
        <translation>Aufenthaltstitel, Ländercodes</translation>
    </message>
    <message>
        <source>Valid Schengen visa issued by</source>
        <translation>Gültiges Schengen-Visum, ausgestellt von</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Wo Sie jetzt sind</translation>
    </message>
    <message>
        <source>No military obligation</source>
        <translation>Keine Wehrpflicht</translation>
    </message>
    <message>
        <source>Conscript age</source>
        <translation>Wehrpflichtiges Alter</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Reservist</translation>
    </message>
    <message>
        <source>Summons received</source>
        <translation>Einberufungsbescheid erhalten</translation>
    </message>
    <message>
        <source>Deserter</source>
        <translation>Deserteur</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Freigestellt</translation>
    </message>
    <message>
        <source>Military situation</source>
        <translation>Militärische Lage</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <source>Summons kind</source>
        <translation>Art des Bescheids</translation>
    </message>
    <message>
        <source>Foreign passport surrendered</source>
        <translation>Reisepass abgegeben</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Ehegatte oder Partner</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Bruder oder Schwester</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Andere Verwandte</translation>
    </message>
    <message>
        <source>Family abroad</source>
        <translation>Familie im Ausland</translation>
    </message>
    <message>
        <source>Their country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Flüchtling</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Subsidiärer Schutz</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Humanitäres Visum</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Asylbewerber</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Staatsbürger</translation>
    </message>
    <message>
        <source>Their status</source>
        <translation>Ihr Status</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Children travel with us</source>
        <translation>Kinder reisen mit</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>Per Flugzeug</translation>
    </message>
    <message>
        <source>By car with Russian plates</source>
        <translation>Mit Auto mit russischem Kennzeichen</translation>
    </message>
    <message>
        <source>By bus</source>
        <translation>Mit dem Bus</translation>
    </message>
    <message>
        <source>By train</source>
        <translation>Mit dem Zug</translation>
    </message>
    <message>
        <source>Save answers and &amp;show routes</source>
        <translation>Antworten speichern, &amp;Wege zeigen</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Where can I go? The answer</source>
        <translation>Wohin kann ich? Die Antwort</translation>
    </message>
    <message>
        <source>Route or exit</source>
        <translation>Weg oder Ziel</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>People who apply</source>
        <translation>Wer beantragt</translation>
    </message>
    <message>
        <source>Cr&amp;eate the applications for this route</source>
        <translation>Anträge für diesen Weg an&amp;legen</translation>
    </message>
    <message>
        <source>Export the pla&amp;n (PDF)…</source>
        <translation>Pla&amp;n exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Reservist category</source>
        <translation>Reservistenkategorie</translation>
    </message>
    <message>
        <source>Summons date</source>
        <translation>Datum des Bescheids</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Applications created: {n}. Open the Applications tab to fill them.</source>
        <translation>Erstellte Anträge: {n}. Füllen Sie sie im Reiter „Anträge“ aus.</translation>
    </message>
    <message>
        <source>Nothing new: the people chosen already have this application.</source>
        <translation>Nichts Neues: Die gewählten Personen haben diesen Antrag schon.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Unlock this vault without the passphrase on this device</source>
        <translation>Diesen Tresor auf diesem Gerät ohne Passphrase entsperren</translation>
    </message>
    <message>
        <source>Never use the system keychain</source>
        <translation>Schlüsselbund des Systems nie verwenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>Sperren nach &amp;Inaktivität</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>&amp;Remember</source>
        <translation>&amp;Merken</translation>
    </message>
    <message>
        <source>&amp;Keychain</source>
        <translation>Schlüssel&amp;bund</translation>
    </message>
    <message>
        <source>A remembered vault opens without the passphrase for anyone who can log in to this computer account. Do not use it on a device that may be searched.</source>
        <translation>Ein gemerkter Tresor öffnet sich ohne Passphrase für alle, die sich bei diesem Benutzerkonto anmelden können. Verwenden Sie das nicht auf einem Gerät, das durchsucht werden könnte.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>your answer for this form</source>
        <translation>Ihre Antwort für dieses Formular</translation>
    </message>
    <message>
        <source>from the sponsor's profile</source>
        <translation>aus dem Profil der Referenzperson</translation>
    </message>
    <message>
        <source>from the case</source>
        <translation>aus dem Fall</translation>
    </message>
    <message>
        <source>from the person's profile</source>
        <translation>aus dem Profil der Person</translation>
    </message>
    <message>
        <source>calculated from the profile</source>
        <translation>aus dem Profil berechnet</translation>
    </message>
    <message>
        <source>usual answer (change it if it does not fit)</source>
        <translation>übliche Antwort (ändern Sie sie, wenn sie nicht passt)</translation>
    </message>
</context>
<context>
    <name>SponsorEditor</name>
    <message>
        <source>The sponsor is the relative already in the destination country who invites the applicants. Her address there is the home address below.</source>
        <translation>Die Referenzperson ist die bereits im Zielland lebende Angehörige, die die Antragsteller einlädt. Ihre Anschrift dort ist die Wohnanschrift unten.</translation>
    </message>
    <message>
        <source>Status in the destination country</source>
        <translation>Status im Zielland</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Residence permit card</source>
        <translation>Aufenthaltstitel (Karte)</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Reiseausweis für Flüchtlinge</translation>
    </message>
    <message>
        <source>Long-stay visa (D)</source>
        <translation>Visum für den längerfristigen Aufenthalt (D)</translation>
    </message>
    <message>
        <source>Receipt of an application (récépissé)</source>
        <translation>Antragsbestätigung (récépissé)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Country where she lives</source>
        <translation>Land, in dem sie lebt</translation>
    </message>
    <message>
        <source>Her status there</source>
        <translation>Ihr Status dort</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Einzelheiten zum Status</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Aufenthaltsdokument</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Angekommen am</translation>
    </message>
    <message>
        <source>Sponsor validation summary</source>
        <translation>Prüfung der Daten der Referenzperson</translation>
    </message>
    <message>
        <source>Remove the sponsor…</source>
        <translation>Referenzperson entfernen…</translation>
    </message>
    <message>
        <source>Save the sponsor</source>
        <translation>Referenzperson speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden.</numerusform>
            <numerusform>%n Felder müssen geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Alle Felder sind gültig.</translation>
    </message>
</context>
<context>
    <name>VaultProblems</name>
    <message>
        <source>was replaced by an older copy of itself</source>
        <translation>wurde durch eine ältere Kopie seiner selbst ersetzt</translation>
    </message>
    <message>
        <source>cannot be checked: the vault's list of current versions is damaged, so it may be an older copy</source>
        <translation>kann nicht geprüft werden: die Liste der aktuellen Versionen im Tresor ist beschädigt, es kann also eine ältere Kopie sein</translation>
    </message>
    <message>
        <source>is missing from the vault file (deleted outside VisaDesk?)</source>
        <translation>fehlt in der Tresordatei (außerhalb von VisaDesk gelöscht?)</translation>
    </message>
    <message>
        <source>was added to the file outside VisaDesk</source>
        <translation>wurde außerhalb von VisaDesk in die Datei eingefügt</translation>
    </message>
    <message>
        <source>a part of the vault's list of current versions is damaged</source>
        <translation>ein Teil der Liste der aktuellen Versionen im Tresor ist beschädigt</translation>
    </message>
    <message>
        <source>is damaged or was modified outside VisaDesk and cannot be opened</source>
        <translation>ist beschädigt oder wurde außerhalb von VisaDesk verändert und kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Fall {id}</translation>
    </message>
    <message>
        <source>Scan {id}</source>
        <translation>Scan {id}</translation>
    </message>
    <message>
        <source>Your personal settings</source>
        <translation>Ihre persönlichen Einstellungen</translation>
    </message>
    <message>
        <source>Vault index part {id}</source>
        <translation>Teil {id} des Tresorverzeichnisses</translation>
    </message>
    <message>
        <source>Vault index</source>
        <translation>Tresorverzeichnis</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Eintrag {id}</translation>
    </message>
    <message>
        <source>VisaDesk checked every record when it unlocked the vault and found {count} problem(s). The cases listed in the window opened and are intact ({readable} case(s)); the ones below are not shown.</source>
        <translation>Beim Entsperren hat VisaDesk jeden Eintrag geprüft und {count} Problem(e) gefunden. Die im Fenster gezeigten Fälle ließen sich öffnen und sind unversehrt ({readable} Fall/Fälle); die unten genannten werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Restore a backup (File ▸ Restore a backup): the vault goes back to the day of that backup; changes made since are lost, the current vault is kept as a backup first.</source>
        <translation>Eine Sicherung wiederherstellen (Datei ▸ Sicherung wiederherstellen): der Tresor kehrt zum Tag dieser Sicherung zurück; seither gemachte Änderungen gehen verloren, der aktuelle Tresor wird zuerst als Sicherung behalten.</translation>
    </message>
    <message>
        <source>Accept the vault as it is now: VisaDesk stops warning and treats what opens as current, even if it is an older copy. Choose this only if you know why it happened (for example you copied the file back yourself).</source>
        <translation>Den Tresor so annehmen, wie er jetzt ist: VisaDesk warnt nicht mehr und behandelt, was sich öffnen lässt, als aktuell, auch wenn es eine ältere Kopie ist. Wählen Sie das nur, wenn Sie wissen, warum es passiert ist (zum Beispiel haben Sie die Datei selbst zurückkopiert).</translation>
    </message>
    <message>
        <source>Export the cases that are fine (File ▸ Export case) to keep them safe before deciding.</source>
        <translation>Die unversehrten Fälle exportieren (Datei ▸ Fall exportieren), um sie zu sichern, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>Until you restore or accept, VisaDesk saves nothing, so that a damaged record cannot be made to look genuine.</source>
        <translation>Bis Sie wiederherstellen oder annehmen, speichert VisaDesk nichts, damit ein beschädigter Eintrag nicht als echt erscheinen kann.</translation>
    </message>
    <message>
        <source>Problems found in the vault</source>
        <translation>Probleme im Tresor gefunden</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Accept the vault as it is now</source>
        <translation>Tresor so annehmen, wie er ist</translation>
    </message>
    <message>
        <source>What happened and what to do…</source>
        <translation>Was passiert ist und was zu tun ist…</translation>
    </message>
    <message>
        <source>VisaDesk found {count} problem(s) in this vault: some records are damaged or cannot be checked and are not shown.</source>
        <translation>VisaDesk hat in diesem Tresor {count} Problem(e) gefunden: einige Einträge sind beschädigt oder nicht prüfbar und werden nicht gezeigt.</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Remember on this device (system keychain)</source>
        <translation>Auf diesem Gerät &amp;merken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Nobody — not even the VisaDesk developers — can recover a lost passphrase. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Niemand – nicht einmal das VisaDesk-Team – kann eine verlorene Passphrase wiederherstellen. Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Tresor wird geöffnet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Try with a &amp;sample family</source>
        <translation>Mit einer &amp;Beispielfamilie ausprobieren</translation>
    </message>
    <message>
        <source>Create your encrypted vault</source>
        <translation>Legen Sie Ihren verschlüsselten Tresor an</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Entsperren Sie Ihren Tresor</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This device no longer remembers the key.</source>
        <translation>Dieses Gerät merkt sich den Schlüssel nicht mehr.</translation>
    </message>
<message>
        <source>Forget this de&amp;vice</source>
        <translation>Dieses Gerät ver&amp;gessen</translation>
    </message>
    </context>
<context>
    <name>Viewer</name>
    <message>
        <source>{name} has too many pixels to be shown safely; scan it again at 300 dpi.</source>
        <translation>{name} hat zu viele Pixel, um sicher angezeigt zu werden; scannen Sie es erneut mit 300 dpi.</translation>
    </message>
    <message>
        <source>{name} is not the PDF, PNG or JPEG file it claims to be; it was not opened.</source>
        <translation>{name} ist nicht die PDF-, PNG- oder JPEG-Datei, die es zu sein vorgibt; es wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Required answers given</source>
        <translation>Gegebene Pflichtantworten</translation>
    </message>
    <message>
        <source>%v of %m required answers</source>
        <translation>%v von %m Pflichtantworten</translation>
    </message>
    <message>
        <source>What is &amp;missing</source>
        <translation>Was &amp;fehlt</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Press Enter on an item to go to its field</source>
        <translation>Drücken Sie die Eingabetaste auf einem Eintrag, um zu seinem Feld zu springen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Vorherige Seite (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Nächste Seite (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} {problem}</source>
        <translation>Seite {page}: {number}{label} {problem}</translation>
    </message>
    <message>
        <source>Nothing is missing; still to translate:</source>
        <translation>Nichts fehlt; noch zu übersetzen:</translation>
    </message>
    <message>
        <source>Nothing is missing: this form is complete.</source>
        <translation>Es fehlt nichts: Dieses Formular ist vollständig.</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} — translation {in_language} missing</source>
        <translation>Seite {page}: {number}{label} — Übersetzung {in_language} fehlt</translation>
    </message>
    <message>
        <source>Page {n} of {total}: {title}</source>
        <translation>Seite {n} von {total}: {title}</translation>
    </message>
    <message>
        <source>On the official form: {label}</source>
        <translation>Im amtlichen Formular: {label}</translation>
    </message>
    <message>
        <source>Use the profile value</source>
        <translation>Wert aus dem Profil übernehmen</translation>
    </message>
    <message>
        <source>Use the profile value for {label}</source>
        <translation>Wert aus dem Profil für {label} übernehmen</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Problem bei {label}</translation>
    </message>
    <message>
        <source>In French (as printed on the form)</source>
        <translation>Auf Französisch (wie auf dem Formular gedruckt)</translation>
    </message>
    <message>
        <source>In German (as printed on the form)</source>
        <translation>Auf Deutsch (wie auf dem Formular gedruckt)</translation>
    </message>
    <message>
        <source>In English (as printed on the form)</source>
        <translation>Auf Englisch (wie auf dem Formular gedruckt)</translation>
    </message>
    <message>
        <source>In Spanish (as printed on the form)</source>
        <translation>Auf Spanisch (wie auf dem Formular gedruckt)</translation>
    </message>
    <message>
        <source>In Italian (as printed on the form)</source>
        <translation>Auf Italienisch (wie auf dem Formular gedruckt)</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>auf Französisch</translation>
    </message>
    <message>
        <source>in German</source>
        <translation>auf Deutsch</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>auf Englisch</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>auf Spanisch</translation>
    </message>
    <message>
        <source>in Italian</source>
        <translation>auf Italienisch</translation>
    </message>
    <message>
        <source>Ukrainian original</source>
        <translation>Ukrainisches Original</translation>
    </message>
    <message>
        <source>Russian original</source>
        <translation>Russisches Original</translation>
    </message>
    <message>
        <source>Original of {label}</source>
        <translation>Original von {label}</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>Original: {text}</translation>
    </message>
    <message>
        <source>On the form: {text}</source>
        <translation>Auf dem Formular: {text}</translation>
    </message>
    <message>
        <source>The form prints this translation.</source>
        <translation>Das Formular druckt diese Übersetzung.</translation>
    </message>
    <message>
        <source>Translation missing: the consulate reads this answer {in_language}. Type it as it should be printed on the form. Until then the form prints it transliterated: {text}</source>
        <translation>Übersetzung fehlt: das Konsulat liest diese Antwort {in_language}. Geben Sie sie so ein, wie sie auf dem Formular gedruckt werden soll. Bis dahin druckt das Formular die Transliteration: {text}</translation>
    </message>
    <message>
        <source>The original changed after it was translated: check the earlier translation and confirm it.</source>
        <translation>Das Original hat sich nach der Übersetzung geändert: prüfen und bestätigen Sie die frühere Übersetzung.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Form page</source>
        <translation>Formularseite</translation>
    </message>
</context>
<context>
    <name>PasswdDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Every case and scan is encrypted again with a new key. Afterwards only the new passphrase opens the vault: backups made with the old passphrase are deleted and a new backup is made. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
        <translation>Jeder Fall und jeder Scan wird mit einem neuen Schlüssel neu verschlüsselt. Danach öffnet nur noch die neue Passphrase den Tresor: Sicherungen, die mit der alten Passphrase gemacht wurden, werden gelöscht, und eine neue Sicherung wird angelegt. Niemand kann eine verlorene Passphrase wiederherstellen: Schreiben Sie die neue auf und bewahren Sie sie sicher auf, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Stärke der neuen Passphrase</translation>
    </message>
    <message>
        <source>Progress of the passphrase change</source>
        <translation>Fortschritt der Passphrase-Änderung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Current passphrase: enter the passphrase that opens the vault now.</source>
        <translation>Aktuelle Passphrase: Geben Sie die Passphrase ein, die den Tresor jetzt öffnet.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase: it is the same as the current one; choose another.</source>
        <translation>Neue Passphrase: Sie ist dieselbe wie die aktuelle; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: it differs from the new passphrase; type it again.</source>
        <translation>Wiederholung der neuen Passphrase: Sie weicht von der neuen Passphrase ab; geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Die aktuelle Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Encrypting again with the new key: {done} of {total}…</source>
        <translation>Neu verschlüsseln mit dem neuen Schlüssel: {done} von {total}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Current passphrase: wrong passphrase. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Aktuelle Passphrase: falsch. Prüfen Sie das Tastaturlayout und die Feststelltaste und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault is open in another VisaDesk window or command. Close it, then change the passphrase again. Nothing was changed.</source>
        <translation>Der Tresor ist in einem anderen VisaDesk-Fenster oder -Befehl geöffnet. Schließen Sie es und ändern Sie die Passphrase dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase was not changed and the vault was locked: unlock it with the current passphrase.</source>
        <translation>Die Passphrase wurde nicht geändert und der Tresor wurde gesperrt: Entsperren Sie ihn mit der aktuellen Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>Die Passphrase wurde nicht geändert.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk: changing the passphrase needs about as much free space as the vault takes. Free some space, then try again.</source>
        <translation>Auf dem Datenträger ist nicht genug Platz frei: Zum Ändern der Passphrase wird etwa so viel freier Platz gebraucht, wie der Tresor belegt. Schaffen Sie Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Every case and scan was encrypted again with a new key: the old passphrase opens nothing any more.</source>
        <translation>Die Passphrase wurde geändert. Jeder Fall und jeder Scan wurde mit einem neuen Schlüssel neu verschlüsselt: Die alte Passphrase öffnet nichts mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) were deleted (the old passphrase could still open them).</source>
        <translation>
            <numerusform>%n alte Sicherung wurde gelöscht (die alte Passphrase konnte sie noch öffnen).</numerusform>
            <numerusform>%n alte Sicherungen wurden gelöscht (die alte Passphrase konnte sie noch öffnen).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new backup was made.</source>
        <translation>Eine neue Sicherung wurde angelegt.</translation>
    </message>
    <message>
        <source>No new backup could be made now; one is made at the next unlock.</source>
        <translation>Eine neue Sicherung konnte jetzt nicht angelegt werden; sie wird beim nächsten Entsperren angelegt.</translation>
    </message>
    <message>
        <source>The key remembered on this device was replaced by the new one.</source>
        <translation>Der auf diesem Gerät gespeicherte Schlüssel wurde durch den neuen ersetzt.</translation>
    </message>
    <message>
        <source>The system keychain refused the new key, so this device no longer remembers the vault: you will be asked for the passphrase.</source>
        <translation>Der Schlüsselbund des Systems hat den neuen Schlüssel abgelehnt, daher merkt sich dieses Gerät den Tresor nicht mehr: Sie werden nach der Passphrase gefragt.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>The vault was locked before the passphrase change was finished: nothing was changed, the current passphrase still opens it.</source>
        <translation>Der Tresor wurde gesperrt, bevor die Passphrase-Änderung fertig war: Es wurde nichts geändert, die aktuelle Passphrase öffnet ihn weiterhin.</translation>
    </message>
    <message>
        <source>The passphrase was changed just before the vault was locked: unlock it with the new passphrase.</source>
        <translation>Die Passphrase wurde kurz vor dem Sperren des Tresors geändert: Entsperren Sie ihn mit der neuen Passphrase.</translation>
    </message>
</context>
</TS>