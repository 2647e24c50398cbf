<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Appl&amp;ications</source>
        <translation>Dem&amp;andes</translation>
    </message>
    <message>
        <source>Applications in this case</source>
        <translation>Demandes de ce dossier</translation>
    </message>
    <message>
        <source>N&amp;ew application…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>{done} réponses sur {total}</translation>
    </message>
    <message>
        <source>form not installed</source>
        <translation>formulaire non installé</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>Remove this application and the answers given for it?</source>
        <translation>Supprimer cette demande et les réponses qui y ont été données ?</translation>
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
        <translation>Pages du document</translation>
    </message>
    <message>
        <source>Scanned image</source>
        <translation>Image numérisée</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Gathering documents</source>
        <translation>Collecte des documents</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Prêt à déposer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Décision reçue</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>The applicants' names</source>
        <translation>Les noms des demandeurs</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <source>Note on this case</source>
        <translation>Note sur ce dossier</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atut</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save case details</source>
        <translation>Enregistrer le dossier</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Search: name (Cyrillic or Latin) or passport number</source>
        <translation>Rechercher : nom (en cyrillique ou en latin) ou numéro de passeport</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher dans les dossiers</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>Pac&amp;ket</source>
        <translation>Pa&amp;quet</translation>
    </message>
    <message>
        <source>Where can I go?</source>
        <translation>Où puis-je aller ?</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>C&amp;hronologie et lettres</translation>
    </message>
    <message>
        <source>appointment {date}</source>
        <translation>rendez-vous le {date}</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Afficher les dossiers au statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Sort cases by</source>
        <translation>Trier les dossiers par</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Modifiés récemment d'abord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Case tabs</source>
        <translation>Onglets du dossier</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>home address</source>
        <translation>adresse du domicile</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>lieu de naissance</translation>
    </message>
    <message>
        <source>This person is no longer in the case.</source>
        <translation>Cette personne n'est plus dans le dossier.</translation>
    </message>
    <message>
        <source>This person is already in the case.</source>
        <translation>Cette personne est déjà dans le dossier.</translation>
    </message>
    <message>
        <source>An applicant cannot also be the sponsor.</source>
        <translation>Un demandeur ne peut pas être aussi le garant.</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>Un dossier a besoin d'au moins un demandeur ; supprimez plutôt le dossier.</translation>
    </message>
    <message>
        <source>{person} is the only guardian of {minor}, a minor: add another parent or guardian first.</source>
        <translation>{person} est le seul tuteur de {minor}, mineur : ajoutez d'abord un autre parent ou tuteur.</translation>
    </message>
    <message>
        <source>Choose what to copy.</source>
        <translation>Choisissez quoi copier.</translation>
    </message>
    <message>
        <source>Nothing to copy: {person} has none of this recorded ({parts}).</source>
        <translation>Rien à copier : {person} n'a rien de renseigné pour cela ({parts}).</translation>
    </message>
    <message>
        <source>Unknown case status {status}.</source>
        <translation>Statut de dossier inconnu : {status}.</translation>
    </message>
    <message>
        <source>This application is no longer in the case.</source>
        <translation>Cette demande n'est plus dans le dossier.</translation>
    </message>
    <message>
        <source>Unknown choice for a case already there.</source>
        <translation>Choix inconnu pour un dossier déjà présent.</translation>
    </message>
</context>
<context>
    <name>CopySharedDialog</name>
    <message>
        <source>Copy to family members</source>
        <translation>Copier vers les membres de la famille</translation>
    </message>
    <message>
        <source>Copy from {name} to the people you tick:</source>
        <translation>Copier depuis {name} vers les personnes cochées :</translation>
    </message>
    <message>
        <source>What to copy</source>
        <translation>Quoi copier</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse du domicile</translation>
    </message>
    <message>
        <source>Parents / guardians</source>
        <translation>Parents / tuteurs</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Place and country of birth</source>
        <translation>Lieu et pays de naissance</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copier vers</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Checklist of supporting documents</source>
        <translation>&amp;Liste des pièces justificatives</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Checklist of supporting documents</source>
        <translation>Liste des pièces justificatives</translation>
    </message>
    <message>
        <source>About the selected document</source>
        <translation>À propos du document sélectionné</translation>
    </message>
    <message>
        <source>Sca&amp;ns of this person</source>
        <translation>Sca&amp;ns de cette personne</translation>
    </message>
    <message>
        <source>Scans of this person</source>
        <translation>Scans de cette personne</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files here to attach them.</source>
        <translation>Déposez ici des fichiers PDF, JPEG ou PNG pour les joindre.</translation>
    </message>
    <message>
        <source>Adding scans</source>
        <translation>Ajout de scans</translation>
    </message>
    <message>
        <source>Add &amp;scan…</source>
        <translation>&amp;Ajouter un scan…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>Other scans</source>
        <translation>Autres scans</translation>
    </message>
    <message>
        <source>Add scans or photos</source>
        <translation>Ajouter des scans ou des photos</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Supprimer le scan</translation>
    </message>
    <message>
        <source>Remove this scan from the vault?</source>
        <translation>Supprimer ce scan du coffre-fort ?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault is in use by another VisaDesk window. Close it and try again.</source>
        <translation>Le coffre-fort est utilisé par une autre fenêtre de VisaDesk. Fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>This vault was written by a newer VisaDesk. Please update VisaDesk.</source>
        <translation>Ce coffre-fort a été enregistré par une version plus récente de VisaDesk. Veuillez mettre VisaDesk à jour.</translation>
    </message>
    <message>
        <source>Something went wrong inside VisaDesk ({kind}). Your saved data is safe. The details are in the log, which contains no personal data.</source>
        <translation>Une erreur s’est produite dans VisaDesk ({kind}). Vos données enregistrées ne risquent rien. Les détails figurent dans le journal, qui ne contient aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>VisaDesk</source>
        <translation>VisaDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Wrong bundle passphrase. It is the one chosen or shown when the bundle was made, not your vault passphrase. Nothing was imported.</source>
        <translation>Mauvaise phrase secrète du paquet. C’est celle choisie ou affichée lors de sa création, pas celle de votre coffre. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is not a VisaDesk case bundle (.vdx). Nothing was imported.</source>
        <translation>Ce fichier n’est pas un paquet de dossier VisaDesk (.vdx). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer VisaDesk. Please update VisaDesk; nothing was imported.</source>
        <translation>Ce paquet a été créé par une version plus récente de VisaDesk. Mettez VisaDesk à jour ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle is damaged, incomplete or was modified. Nothing was imported. Ask for the bundle to be sent again.</source>
        <translation>Le paquet est endommagé, incomplet ou a été modifié. Rien n’a été importé. Demandez qu’on vous le renvoie.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>&amp;Export case…</source>
        <translation>&amp;Exporter le dossier…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Wipe everything…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
    <message>
        <source>Passphrase for the exported case</source>
        <translation>Phrase secrète du dossier exporté</translation>
    </message>
    <message>
        <source>The file will be encrypted with this passphrase. Give it to the recipient another way than the file (in person, by phone), never in the same message.</source>
        <translation>Le fichier sera chiffré avec cette phrase secrète. Transmettez-la au destinataire par un autre moyen que le fichier (en personne, par téléphone), jamais dans le même message.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>&amp;Générer une phrase secrète</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Phrase secrète générée</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx)</source>
        <translation>Dossier VisaDesk (*.vdx)</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <translation>Chiffrement du dossier…</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>Dossier exporté vers {path}</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>VisaDesk case (*.vdx *.json)</source>
        <translation>Dossier VisaDesk (*.vdx *.json)</translation>
    </message>
    <message>
        <source>Unlock your vault first, then import.</source>
        <translation>Déverrouillez d’abord votre coffre-fort, puis importez.</translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation>Phrase secrète de {name} :</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{title}”: {people}.</source>
        <translation>« {title} » : {people}.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s).</source>
        <translation>
            <numerusform>%n scan.</numerusform>
            <numerusform>%n scans.</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is already in your vault.</source>
        <translation>Ce dossier se trouve déjà dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Replace mine</source>
        <translation>Re&amp;mplacer le mien</translation>
    </message>
    <message>
        <source>Import this case?</source>
        <translation>Importer ce dossier ?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing the case…</source>
        <translation>Importation du dossier…</translation>
    </message>
    <message>
        <source>Case imported.</source>
        <translation>Dossier importé.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>VisaDesk keeps an encrypted copy of your vault each day. Restoring one replaces the vault with that copy; the current vault is kept as a backup first, so a restore can itself be undone. The copy opens with the passphrase it had then.</source>
        <translation>VisaDesk conserve chaque jour une copie chiffrée de votre coffre-fort. Restaurer une sauvegarde remplace le coffre-fort par cette copie ; le coffre-fort actuel est d’abord gardé comme sauvegarde, si bien qu’une restauration peut elle-même être annulée. La copie s’ouvre avec la phrase secrète qu’elle avait à ce moment-là.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>copie quotidienne</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>faite avant une restauration</translation>
    </message>
    <message>
        <source>after a passphrase change</source>
        <translation>après un changement de phrase secrète</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>avant une mise à niveau du format</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>dossiers : {count}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>{now} cases now → {then} in this backup.</source>
        <translation>{now} dossiers maintenant → {then} dans cette sauvegarde.</translation>
    </message>
    <message>
        <source>The vault as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Le coffre tel qu’il est maintenant est d’abord gardé en sauvegarde : vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>There is no vault on this computer.</source>
        <translation>Il n’y a aucun coffre-fort sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Backup restored. Unlock it with the passphrase it had then.</source>
        <translation>Sauvegarde restaurée. Déverrouillez-la avec la phrase secrète qu’elle avait à ce moment-là.</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Everything was wiped.</source>
        <translation>Tout a été effacé.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Language of the words</source>
        <translation>Langue des mots</translation>
    </message>
    <message>
        <source>&amp;Words in:</source>
        <translation>&amp;Mots en :</translation>
    </message>
    <message>
        <source>Write it down now, exactly as shown; it is shown only here:</source>
        <translation>Notez-la maintenant, exactement comme affichée ; elle n'est affichée qu'ici :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Copier la phrase secrète</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Je l'ai &amp;notée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Copied. Paste it where the recipient will find it, not in the same message as the file.</source>
        <translation>Copiée. Collez-la là où le destinataire la trouvera, pas dans le même message que le fichier.</translation>
    </message>
    <message>
        <source>Tick “I have written it down” first: without these words nobody can open the file.</source>
        <translation>Cochez d'abord « Je l'ai notée » : sans ces mots, personne ne pourra ouvrir le fichier.</translation>
    </message>
    <message>
        <source>This destroys, on this computer: the vault with every case and scan, its automatic backups, the key remembered on this device, the logs, the settings and the folders the file dialogs remember.</source>
        <translation>Ceci détruit, sur cet ordinateur : le coffre avec tous les dossiers et toutes les numérisations, ses sauvegardes automatiques, la clé mémorisée sur cet appareil, les journaux, les réglages et les dossiers que retiennent les fenêtres de choix de fichier.</translation>
    </message>
    <message>
        <source>The vault's key is destroyed first, so whatever the disk may still hold (on SSDs overwriting is not reliable) cannot be decrypted, not even with the passphrase.</source>
        <translation>La clé du coffre est détruite en premier : ce que le disque peut encore contenir (sur un SSD l'écrasement n'est pas fiable) ne peut pas être déchiffré, même avec la phrase secrète.</translation>
    </message>
    <message>
        <source>What stays: PDFs and case files you exported or saved outside the VisaDesk folder, unless you tick them below, and copies of the vault made elsewhere (another disk, a cloud folder), which stay as safe as their passphrase.</source>
        <translation>Ce qui reste : les PDF et fichiers de dossier que vous avez exportés ou enregistrés hors du dossier de VisaDesk, sauf si vous les cochez ci-dessous, et les copies du coffre faites ailleurs (autre disque, dossier dans le nuage), aussi sûres que leur phrase secrète.</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <source>&amp;Files VisaDesk exported (ticked: deleted too):</source>
        <translation>&amp;Fichiers exportés par VisaDesk (cochés : supprimés aussi) :</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Tapez {word} pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Wiped, but {count} file(s) could not be removed.</source>
        <translation>Effacé, mais {count} fichier(s) n'ont pas pu être supprimés.</translation>
    </message>
<message>
        <source>VisaDesk was asked to open {path}, but there is no such file. It may have been moved, renamed or deleted; open it again from where it is now.</source>
        <translation>VisaDesk doit ouvrir {path}, mais ce fichier n’existe pas. Il a peut-être été déplacé, renommé ou supprimé ; ouvrez-le de nouveau depuis son emplacement actuel.</translation>
    </message>
    <message>
        <source>VisaDesk opens case files (.vdx, .json) only; {name} is not one. Nothing was imported.</source>
        <translation>VisaDesk n’ouvre que les fichiers de dossier (.vdx, .json) ; {name} n’en est pas un. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>VisaDesk cannot read {path}. Check that the file is complete (not still being downloaded or copied) and that your account may open it. Nothing was imported.</source>
        <translation>VisaDesk ne peut pas lire {path}. Vérifiez que le fichier est complet (pas encore en cours de téléchargement ou de copie) et que votre compte a le droit de l’ouvrir. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Unlock your vault to import {name}.</source>
        <translation>Déverrouillez votre coffre pour importer {name}.</translation>
    </message>
    <message>
        <source>You opened {name}. To import it into your vault, type the passphrase it was exported with (not your vault passphrase), or Cancel:</source>
        <translation>Vous avez ouvert {name}. Pour l’importer dans votre coffre, saisissez la phrase secrète choisie à l’export (pas celle de votre coffre), ou Annuler :</translation>
    </message>
    </context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>JJ.MM.AAAA</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>&lt;h2&gt;Your vault is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Votre coffre est vide&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start a case for one family: the people travelling, and the relative abroad who supports them. VisaDesk first asks where you could go, then fills every form from the same answers.</source>
        <translation>Ouvrez un dossier pour une famille : les personnes qui partent et le proche à l’étranger qui les soutient. VisaDesk demande d’abord où vous pourriez aller, puis remplit chaque formulaire à partir des mêmes réponses.</translation>
    </message>
    <message>
        <source>Start a &amp;new case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Add the fictional &amp;sample family, to try</source>
        <translation>Ajouter la famille d’e&amp;xemple fictive, pour essayer</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importer un fichier de dossier…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Export the case (encrypted file)</source>
        <translation>Exporter le dossier (fichier chiffré)</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Panic: lock at once, from any window or dialog</source>
        <translation>Urgence : verrouiller aussitôt, depuis n’importe quelle fenêtre ou boîte de dialogue</translation>
    </message>
    <message>
        <source>Previous / next page of the form</source>
        <translation>Page précédente / suivante du formulaire</translation>
    </message>
    <message>
        <source>Alt and the underlined letter: go to that field or button</source>
        <translation>Alt et la lettre soulignée : aller à ce champ ou ce bouton</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Élément suivant / précédent</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Everything you type and every scan is kept encrypted in one folder on this computer:</source>
        <translation>Tout ce que vous saisissez et chaque scan sont conservés chiffrés dans un seul dossier de cet ordinateur :</translation>
    </message>
    <message>
        <source>In it: the vault (vault.sqlite3), daily encrypted backups (backups/), your settings (settings.json: language, text size, auto-lock — no personal data) and logs without personal data. Nothing is sent anywhere: VisaDesk never uses the network.</source>
        <translation>On y trouve : le coffre (vault.sqlite3), des sauvegardes chiffrées quotidiennes (backups/), vos paramètres (settings.json : langue, taille du texte, verrouillage automatique — aucune donnée personnelle) et des journaux sans donnée personnelle. Rien n’est envoyé nulle part : VisaDesk n’utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>Files you export yourself (PDF packets, case files) are written where you choose and are NOT encrypted, except the .vdx case files.</source>
        <translation>Les fichiers que vous exportez vous-même (dossiers PDF, fichiers de dossier) sont écrits là où vous le choisissez et ne sont PAS chiffrés, sauf les fichiers .vdx.</translation>
    </message>
    <message>
        <source>Someone who takes the computer or copies the folder while VisaDesk is locked or closed cannot read your cases without the passphrase (Argon2id and AES-256-GCM).</source>
        <translation>Quelqu’un qui prend l’ordinateur ou copie le dossier pendant que VisaDesk est verrouillé ou fermé ne peut pas lire vos dossiers sans la phrase secrète (Argon2id et AES-256-GCM).</translation>
    </message>
    <message>
        <source>A changed, swapped or rolled-back record is detected and shown at unlock.</source>
        <translation>Un enregistrement modifié, échangé ou remis à une version ancienne est détecté et signalé au déverrouillage.</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L), the panic key (Ctrl+Shift+L) and auto-lock close every window showing personal data and drop the keys from memory.</source>
        <translation>Verrouiller maintenant (Ctrl+L), la touche d’urgence (Ctrl+Maj+L) et le verrouillage automatique ferment toute fenêtre montrant des données personnelles et effacent les clés de la mémoire.</translation>
    </message>
    <message>
        <source>Panic wipe (File menu) destroys the keys first, then the files.</source>
        <translation>L’effacement d’urgence (menu Fichier) détruit d’abord les clés, puis les fichiers.</translation>
    </message>
    <message>
        <source>Someone who watches the screen, or forces you to unlock the vault.</source>
        <translation>Quelqu’un qui regarde l’écran, ou qui vous force à déverrouiller le coffre.</translation>
    </message>
    <message>
        <source>A computer that already runs spyware.</source>
        <translation>Un ordinateur où tourne déjà un logiciel espion.</translation>
    </message>
    <message>
        <source>Exported PDFs are plain files: delete them when they are no longer needed.</source>
        <translation>Les PDF exportés sont des fichiers ordinaires : supprimez-les quand ils ne servent plus.</translation>
    </message>
    <message>
        <source>A lost passphrase: nobody can open the vault then (there is no back door).</source>
        <translation>Une phrase secrète perdue : personne ne peut alors ouvrir le coffre (il n’y a pas de porte dérobée).</translation>
    </message>
    <message>
        <source>VisaDesk protects against:</source>
        <translation>VisaDesk protège contre :</translation>
    </message>
    <message>
        <source>It does not protect against:</source>
        <translation>Il ne protège pas contre :</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Where your data is kept</source>
        <translation>&amp;Où sont vos données</translation>
    </message>
    <message>
        <source>What VisaDesk &amp;protects against</source>
        <translation>Contre quoi VisaDesk &amp;protège</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Single</source>
        <translation>Célibataire</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Marié(e)</translation>
    </message>
    <message>
        <source>Registered partnership</source>
        <translation>Partenariat enregistré (PACS)</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Séparé(e)</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorcé(e)</translation>
    </message>
    <message>
        <source>Widow(er)</source>
        <translation>Veuf / veuve</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not liable / no military status</source>
        <translation>Non soumis(e) aux obligations militaires</translation>
    </message>
    <message>
        <source>Conscription age (may be called up)</source>
        <translation>En âge d’être appelé (peut être convoqué)</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Réserviste</translation>
    </message>
    <message>
        <source>Mobilisation notice received</source>
        <translation>Convocation de mobilisation reçue</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté(e)</translation>
    </message>
    <message>
        <source>Left service without permission</source>
        <translation>A quitté le service sans autorisation</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Petit-enfant</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen(ne)</translation>
    </message>
    <message>
        <source>Recognised refugee</source>
        <translation>Réfugié(e) reconnu(e)</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protection subsidiaire</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Demandeur / demandeuse d’asile</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Visa humanitaire</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Long-stay visa</source>
        <translation>Visa de long séjour</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Summons received</source>
        <translation>Convocation reçue</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Interpellation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Perquisition</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Licenciement</translation>
    </message>
    <message>
        <source>"Foreign agent" listing</source>
        <translation>Inscription comme « agent de l'étranger »</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Poursuites pénales</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Attempt to leave</source>
        <translation>Tentative de départ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Whose letter</source>
        <translation>Lettre de qui</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>Lan&amp;gue de la lettre</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Destination's language</source>
        <translation>Langue de la destination</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>État de la lettre</translation>
    </message>
    <message>
        <source>Save letter as P&amp;DF…</source>
        <translation>Enregistrer la &amp;lettre en PDF…</translation>
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
        <translation>&amp;Nouveau fait</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>Suppri&amp;mer le fait</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Quand cela s'est-il passé ?</translation>
    </message>
    <message>
        <source>What kind of event?</source>
        <translation>De quel type de fait s'agit-il ?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Où ?</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Ce qui s'est passé, avec vos propres mots</translation>
    </message>
    <message>
        <source>Translation made by a person</source>
        <translation>Traduction faite par une personne</translation>
    </message>
    <message>
        <source>Which documents show it?</source>
        <translation>Quels documents le prouvent ?</translation>
    </message>
    <message>
        <source>Translation made by a person (leave empty if none)</source>
        <translation>Traduction faite par une personne (laisser vide s'il n'y en a pas)</translation>
    </message>
    <message>
        <source>Scan to use as evidence</source>
        <translation>Document numérisé à utiliser comme pièce</translation>
    </message>
    <message>
        <source>Add as e&amp;vidence</source>
        <translation>Ajouter comme pièce &amp;justificative</translation>
    </message>
    <message>
        <source>Scans of this case</source>
        <translation>Documents numérisés du dossier</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>&amp;Enregistrer le fait</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Votre lettre</translation>
    </message>
    <message>
        <source>Why must you leave now?</source>
        <translation>Pourquoi devez-vous partir maintenant ?</translation>
    </message>
    <message>
        <source>Translation of why you must leave now</source>
        <translation>Traduction : pourquoi partir maintenant</translation>
    </message>
    <message>
        <source>Who in the destination country can support you?</source>
        <translation>Qui peut vous soutenir dans le pays de destination ?</translation>
    </message>
    <message>
        <source>Translation of your ties</source>
        <translation>Traduction : vos liens avec le pays</translation>
    </message>
    <message>
        <source>Where will you sign?</source>
        <translation>Où signerez-vous ?</translation>
    </message>
    <message>
        <source>Save letter te&amp;xt</source>
        <translation>Enregistrer le te&amp;xte de la lettre</translation>
    </message>
    <message>
        <source>No humanitarian request for this person yet</source>
        <translation>Pas encore de demande humanitaire pour cette personne</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) still need a human translation</source>
        <translation>
            <numerusform>%n passage doit encore être traduit par une personne</numerusform>
            <numerusform>%n passages doivent encore être traduits par une personne</numerusform>
        </translation>
    </message>
    <message>
        <source>Every passage is translated</source>
        <translation>Tous les passages sont traduits</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
<message>
        <source>L&amp;etter of</source>
        <translation>&amp;Auteur de la lettre</translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your data stays encrypted on this computer.</source>
        <translation>Vos données restent chiffrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>D&amp;uplicate case</source>
        <translation>D&amp;upliquer le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock at once (&amp;panic)</source>
        <translation>Verrouiller tout de suite (&amp;urgence)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete this case and its scans from the vault? This cannot be undone.</source>
        <translation>Supprimer ce dossier et ses scans du coffre-fort ? Cette action est irréversible.</translation>
    </message>
<message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    </context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>official form</source>
        <translation>formulaire officiel</translation>
    </message>
    <message>
        <source>preparation sheet</source>
        <translation>fiche de préparation</translation>
    </message>
    <message>
        <source>border checklist</source>
        <translation>liste de contrôle pour la frontière</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Demandeur</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
</context>
<context>
    <name>PacketTab</name>
    <message>
        <source>&amp;Who is in the packet</source>
        <translation>Q&amp;ui figure dans le paquet</translation>
    </message>
    <message>
        <source>Who is in the packet</source>
        <translation>Qui figure dans le paquet</translation>
    </message>
    <message>
        <source>&amp;Build packet</source>
        <translation>&amp;Générer le paquet</translation>
    </message>
    <message>
        <source>Packet progress</source>
        <translation>Progression du paquet</translation>
    </message>
    <message>
        <source>Packet status</source>
        <translation>État du paquet</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Packet preview</source>
        <translation>Aperçu du paquet</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n formulaire</numerusform>
            <numerusform>%n formulaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Build the packet to preview, export or print it.</source>
        <translation>Générez le paquet pour l’afficher, l’exporter ou l’imprimer.</translation>
    </message>
    <message>
        <source>Choose at least one person for the packet.</source>
        <translation>Choisissez au moins une personne pour le paquet.</translation>
    </message>
    <message>
        <source>The packet could not be built.</source>
        <translation>Le paquet n’a pas pu être généré.</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>Génération du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Packet ready: %n page(s).</source>
        <translation>
            <numerusform>Paquet prêt : %n page.</numerusform>
            <numerusform>Paquet prêt : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the packet</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>Impossible d’enregistrer {name} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Annuler l’impression</translation>
    </message>
    <message>
        <source>No printer is set up. Export the PDF and print it from another program.</source>
        <translation>Aucune imprimante n’est configurée. Exportez le PDF et imprimez-le depuis un autre programme.</translation>
    </message>
    <message>
        <source>Sending the packet to the printer…</source>
        <translation>Envoi du dossier à l’imprimante…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sent to {printer} (job {job}). The printer's queue shows how it goes.</source>
        <translation>Envoyé à {printer} (tâche {job}). La file d’attente de l’imprimante montre l’avancement.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>The printer refused the packet: {reason}</source>
        <translation>L’imprimante a refusé le dossier : {reason}</translation>
    </message>
    <message>
        <source>The printer could not be started: {reason}</source>
        <translation>L’impression n’a pas pu démarrer : {reason}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>It is built on a common password or word.</source>
        <translation>Elle repose sur un mot de passe ou un mot courant.</translation>
    </message>
    <message>
        <source>It contains a name or detail from the case.</source>
        <translation>Elle contient un nom ou une donnée du dossier.</translation>
    </message>
    <message>
        <source>It repeats the same characters or words.</source>
        <translation>Elle répète les mêmes caractères ou mots.</translation>
    </message>
    <message>
        <source>It is a sequence such as 1234 or abcd.</source>
        <translation>C'est une suite comme 1234 ou abcd.</translation>
    </message>
    <message>
        <source>It is a pattern of neighbouring keys.</source>
        <translation>C'est un motif de touches voisines.</translation>
    </message>
    <message>
        <source>Dates and years are among the first guesses.</source>
        <translation>Les dates et les années sont essayées en premier.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Elle est trop courte.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Cette phrase secrète est trop facile à deviner.</translation>
    </message>
    <message>
        <source>Use five or more unrelated words, or a generated word list, which is easy to write down and to dictate.</source>
        <translation>Utilisez cinq mots sans rapport ou plus, ou une liste de mots générée, facile à noter et à dicter.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair, but not enough</source>
        <translation>Moyenne, mais pas assez</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People in this case</source>
        <translation>Personnes de ce dossier</translation>
    </message>
    <message>
        <source>Add pe&amp;rson</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>De&amp;lete person…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Garant</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Remove this person and their applications from the case?</source>
        <translation>Supprimer cette personne et ses demandes du dossier ?</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>A case needs at least one applicant; delete the case instead.</source>
        <translation>Un dossier a besoin d'au moins un demandeur ; supprimez plutôt le dossier.</translation>
    </message>
    <message>
        <source>Remove the sponsor</source>
        <translation>Retirer le garant</translation>
    </message>
    <message>
        <source>Remove the sponsor from this case? A child's guardian link stays by name.</source>
        <translation>Retirer le garant de ce dossier ? Il reste, par son nom, le tuteur d'un enfant.</translation>
    </message>
    <message>
        <source>&amp;Back to the saved version</source>
        <translation>Revenir &amp;à la version enregistrée</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>What you typed for {name} is not valid yet (see the marked fields), so it is not saved in the case. It is kept as an encrypted draft in the vault.</source>
        <translation>Ce que vous avez saisi pour {name} n’est pas encore valide (voir les champs signalés) et n’est donc pas enregistré dans le dossier. Il est conservé comme brouillon chiffré dans le coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Garder le brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Stay and fix it</source>
        <translation>&amp;Rester et corriger</translation>
    </message>
    <message>
        <source>draft, not saved yet</source>
        <translation>brouillon, pas encore enregistré</translation>
    </message>
    <message>
        <source>What you typed earlier is back (an encrypted draft, not saved in the case yet): correct the marked fields and it is saved.</source>
        <translation>Votre saisie précédente est revenue (un brouillon chiffré, pas encore enregistré dans le dossier) : corrigez les champs signalés et elle sera enregistrée.</translation>
    </message>
    <message>
        <source>Not saved yet: correct the marked fields. What you typed is kept as an encrypted draft.</source>
        <translation>Pas encore enregistré : corrigez les champs signalés. Votre saisie est conservée comme brouillon chiffré.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
<message>
        <source>Add the sponsor (who lives a&amp;broad)</source>
        <translation>A&amp;jouter le garant</translation>
    </message>
    <message>
        <source>Copy to fa&amp;mily…</source>
        <translation>Copier à la fa&amp;mille…</translation>
    </message>
    </context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Machine-readable zone (optional)</source>
        <translation>Bande MRZ (zone de lecture automatique, facultatif)</translation>
    </message>
    <message>
        <source>Machine-readable zone: paste the 2 or 3 lines</source>
        <translation>Bande MRZ : collez les 2 ou 3 lignes</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>&amp;Surname (as you write it)</source>
        <translation>&amp;Nom (comme vous l’écrivez)</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>Pr&amp;énoms</translation>
    </message>
    <message>
        <source>Patron&amp;ymic</source>
        <translation>Patron&amp;yme</translation>
    </message>
    <message>
        <source>Transliteration scheme of the passport</source>
        <translation>Système de translittération du passeport</translation>
    </message>
    <message>
        <source>Passport spelling scheme</source>
        <translation>Orthographe du passeport</translation>
    </message>
    <message>
        <source>Latin spelling as in the passport</source>
        <translation>Orthographe latine comme dans le passeport</translation>
    </message>
    <message>
        <source>Latin (proposed)</source>
        <translation>En latin (proposition)</translation>
    </message>
    <message>
        <source>Latin given names exactly as printed</source>
        <translation>Prénoms en latin exactement comme imprimés</translation>
    </message>
    <message>
        <source>Surname at birth</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth and nationality</source>
        <translation>Naissance et nationalité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;Date of birth (DD.MM.YYYY)</source>
        <translation>Date de naissan&amp;ce (JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Situation familiale</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Numéro d’identification national</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>N&amp;uméro de passeport</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Autorité de délivrance</translation>
    </message>
    <message>
        <source>Date of issue (DD.MM.YYYY)</source>
        <translation>Date de délivrance (JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>Valid until (DD.MM.YYYY)</source>
        <translation>Valable jusqu’au (JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>Contact and work</source>
        <translation>Coordonnées et travail</translation>
    </message>
    <message>
        <source>Latin surname e&amp;xactly as printed</source>
        <translation>Nom en latin e&amp;xactement comme imprimé</translation>
    </message>
    <message>
        <source>P&amp;hone (with country code)</source>
        <translation>&amp;Téléphone (avec l’indicatif du pays)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Employeur ou établissement scolaire</translation>
    </message>
    <message>
        <source>Other nationalities (codes, comma-separated)</source>
        <translation>Autres nationalités (codes séparés par des virgules)</translation>
    </message>
    <message>
        <source>Former surnames (comma-separated)</source>
        <translation>Anciens noms (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Civil status, if other</source>
        <translation>Situation familiale, si « Autre »</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse du domicile</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Family and military service</source>
        <translation>Famille et service militaire</translation>
    </message>
    <message>
        <source>Relationship to the sponsor</source>
        <translation>Lien avec le garant</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Service militaire</translation>
    </message>
    <message>
        <source>Reserve category</source>
        <translation>Catégorie de réserve</translation>
    </message>
    <message>
        <source>Mobilisation notice received on (DD.MM.YYYY)</source>
        <translation>Convocation de mobilisation reçue le (JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>Notes on military service</source>
        <translation>Remarques sur le service militaire</translation>
    </message>
    <message>
        <source>Guardian of a minor: surname</source>
        <translation>Tuteur d’un mineur : nom</translation>
    </message>
    <message>
        <source>Guardian: given names</source>
        <translation>Tuteur : prénoms</translation>
    </message>
    <message>
        <source>Guardian: relationship</source>
        <translation>Tuteur : lien de parenté</translation>
    </message>
    <message>
        <source>Guardian: phone</source>
        <translation>Tuteur : téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Sponsor's stay abroad</source>
        <translation>Séjour du garant à l’étranger</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Précisions sur le statut</translation>
    </message>
    <message>
        <source>Residence permit number</source>
        <translation>Numéro du titre de séjour</translation>
    </message>
    <message>
        <source>Permit valid until (DD.MM.YYYY)</source>
        <translation>Titre valable jusqu’au (JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>Arrived on (DD.MM.YYYY)</source>
        <translation>Arrivé(e) le (JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Sa&amp;ve person</source>
        <translation>Enre&amp;gistrer la personne</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ demande votre attention.</numerusform>
            <numerusform>%n champs demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Tous les champs sont valides.</translation>
    </message>
    <message>
        <source>Filled from the MRZ: check the names in Cyrillic yourself.</source>
        <translation>Rempli depuis la bande MRZ : vérifiez vous-même les noms en cyrillique.</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation>Nationa&amp;lité</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation>Nationalité à la naissance</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <source>Person's details</source>
        <translation>Données de la personne</translation>
    </message>
<message>
        <source>Fill from the MR&amp;Z</source>
        <translation>Remplir depuis la &amp;bande MRZ</translation>
    </message>
    <message>
        <source>Phone (&amp;with country code)</source>
        <translation>&amp;Téléphone (avec l’indicatif du pays)</translation>
    </message>
    </context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not a date; write it as DD.MM.YYYY</source>
        <translation>n’est pas une date ; utilisez le format JJ.MM.AAAA</translation>
    </message>
    <message>
        <source>is not a date (there is no such day)</source>
        <translation>n’est pas une date (ce jour n’existe pas)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ne fait pas partie des choix proposés</translation>
    </message>
    <message>
        <source>is not a country; choose one from the list</source>
        <translation>n’est pas un pays ; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>is not a phone number with its country code (e.g. +33 6 12 34 56 78)</source>
        <translation>n’est pas un numéro de téléphone avec indicatif du pays (p. ex. +33 6 12 34 56 78)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>est trop court</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>has a wrong format</source>
        <translation>n’a pas le bon format</translation>
    </message>
    <message>
        <source>must be on or after {date}</source>
        <translation>doit être le {date} ou après</translation>
    </message>
    <message>
        <source>must be on or before {date}</source>
        <translation>doit être le {date} ou avant</translation>
    </message>
    <message>
        <source>has a value that cannot be used here</source>
        <translation>contient une valeur qui ne peut pas être utilisée ici</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n’est pas un champ connu</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>est trop long ({max} caractères au plus)</translation>
    </message>
    <message>
        <source>“{value}” is not a country VisaDesk knows; choose one from the list</source>
        <translation>« {value} » n’est pas un pays connu de VisaDesk ; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>must be written in Latin letters (VIDEX: also no other signs); not {chars}</source>
        <translation>doit être écrit en lettres latines (VIDEX : sans autres signes) ; pas {chars}</translation>
    </message>
    <message>
        <source>must be written in Latin letters, as in the passport</source>
        <translation>doit être écrit en lettres latines, comme dans le passeport</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n’est pas une date et une heure</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Citizenship(s), country codes</source>
        <translation>Nationalité(s), codes pays</translation>
    </message>
    <message>
        <source>Internal passport</source>
        <translation>Passeport intérieur</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Passeport international</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Foreign passport valid until</source>
        <translation>Passeport international valable jusqu'au</translation>
    </message>
    <message>
        <source>Birth certificate (child)</source>
        <translation>Acte de naissance (enfant)</translation>
    </message>
    <message>
        <source>Residence permits, country codes</source>
        <translation>Titres de séjour, codes pays</translation>
    </message>
    <message>
        <source>Valid Schengen visa issued by</source>
        <translation>Visa Schengen valide délivré par</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Où vous êtes maintenant</translation>
    </message>
    <message>
        <source>No military obligation</source>
        <translation>Pas d'obligation militaire</translation>
    </message>
    <message>
        <source>Conscript age</source>
        <translation>Âge de la conscription</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Réserviste</translation>
    </message>
    <message>
        <source>Summons received</source>
        <translation>Convocation reçue</translation>
    </message>
    <message>
        <source>Deserter</source>
        <translation>Déserteur</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>Military situation</source>
        <translation>Situation militaire</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Électronique</translation>
    </message>
    <message>
        <source>Summons kind</source>
        <translation>Type de convocation</translation>
    </message>
    <message>
        <source>Foreign passport surrendered</source>
        <translation>Passeport international remis</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Conjoint ou partenaire</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre parent</translation>
    </message>
    <message>
        <source>Family abroad</source>
        <translation>Famille à l'étranger</translation>
    </message>
    <message>
        <source>Their country</source>
        <translation>Leur pays</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Réfugié</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protection subsidiaire</translation>
    </message>
    <message>
        <source>Humanitarian visa</source>
        <translation>Visa humanitaire</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Demandeur d'asile</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Their status</source>
        <translation>Leur statut</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Children travel with us</source>
        <translation>Des enfants voyagent avec nous</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>En avion</translation>
    </message>
    <message>
        <source>By car with Russian plates</source>
        <translation>En voiture immatriculée en Russie</translation>
    </message>
    <message>
        <source>By bus</source>
        <translation>En autocar</translation>
    </message>
    <message>
        <source>By train</source>
        <translation>En train</translation>
    </message>
    <message>
        <source>Save answers and &amp;show routes</source>
        <translation>Enregistrer et afficher les &amp;voies</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Where can I go? The answer</source>
        <translation>Où puis-je aller ? La réponse</translation>
    </message>
    <message>
        <source>Route or exit</source>
        <translation>Voie ou destination</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>People who apply</source>
        <translation>Qui dépose la demande</translation>
    </message>
    <message>
        <source>Cr&amp;eate the applications for this route</source>
        <translation>Cré&amp;er les demandes pour cette voie</translation>
    </message>
    <message>
        <source>Export the pla&amp;n (PDF)…</source>
        <translation>Exporter le pla&amp;n (PDF)…</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Reservist category</source>
        <translation>Catégorie de réserviste</translation>
    </message>
    <message>
        <source>Summons date</source>
        <translation>Date de la convocation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Applications created: {n}. Open the Applications tab to fill them.</source>
        <translation>Demandes créées : {n}. Remplissez-les dans l'onglet Demandes.</translation>
    </message>
    <message>
        <source>Nothing new: the people chosen already have this application.</source>
        <translation>Rien de nouveau : les personnes choisies ont déjà cette demande.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Unlock this vault without the passphrase on this device</source>
        <translation>Déverrouiller ce coffre-fort sans phrase secrète sur cet appareil</translation>
    </message>
    <message>
        <source>Never use the system keychain</source>
        <translation>Ne jamais utiliser le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>&amp;Remember</source>
        <translation>&amp;Mémoriser</translation>
    </message>
    <message>
        <source>&amp;Keychain</source>
        <translation>T&amp;rousseau</translation>
    </message>
    <message>
        <source>A remembered vault opens without the passphrase for anyone who can log in to this computer account. Do not use it on a device that may be searched.</source>
        <translation>Un coffre-fort mémorisé s’ouvre sans phrase secrète pour toute personne pouvant se connecter à ce compte de l’ordinateur. N’utilisez pas cette option sur un appareil susceptible d’être fouillé.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>your answer for this form</source>
        <translation>votre réponse pour ce formulaire</translation>
    </message>
    <message>
        <source>from the sponsor's profile</source>
        <translation>d’après le profil du garant</translation>
    </message>
    <message>
        <source>from the case</source>
        <translation>d’après le dossier</translation>
    </message>
    <message>
        <source>from the person's profile</source>
        <translation>d’après le profil de la personne</translation>
    </message>
    <message>
        <source>calculated from the profile</source>
        <translation>calculé à partir du profil</translation>
    </message>
    <message>
        <source>usual answer (change it if it does not fit)</source>
        <translation>réponse habituelle (modifiez-la si elle ne convient pas)</translation>
    </message>
</context>
<context>
    <name>SponsorEditor</name>
    <message>
        <source>The sponsor is the relative already in the destination country who invites the applicants. Her address there is the home address below.</source>
        <translation>Le garant est le proche déjà installé dans le pays de destination, qui invite les demandeurs. Son adresse là-bas est l'adresse du domicile ci-dessous.</translation>
    </message>
    <message>
        <source>Status in the destination country</source>
        <translation>Statut dans le pays de destination</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Residence permit card</source>
        <translation>Carte de séjour</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Titre de voyage pour réfugié</translation>
    </message>
    <message>
        <source>Long-stay visa (D)</source>
        <translation>Visa de long séjour (D)</translation>
    </message>
    <message>
        <source>Receipt of an application (récépissé)</source>
        <translation>Récépissé de demande</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>JJ.MM.AAAA</translation>
    </message>
    <message>
        <source>Country where she lives</source>
        <translation>Pays où elle vit</translation>
    </message>
    <message>
        <source>Her status there</source>
        <translation>Son statut là-bas</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Précisions sur le statut</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <source>Sponsor validation summary</source>
        <translation>Vérification du garant</translation>
    </message>
    <message>
        <source>Remove the sponsor…</source>
        <translation>Retirer le garant…</translation>
    </message>
    <message>
        <source>Save the sponsor</source>
        <translation>Enregistrer le garant</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ demande votre attention.</numerusform>
            <numerusform>%n champs demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields are valid.</source>
        <translation>Tous les champs sont valides.</translation>
    </message>
</context>
<context>
    <name>VaultProblems</name>
    <message>
        <source>was replaced by an older copy of itself</source>
        <translation>a été remplacé par une ancienne copie de lui-même</translation>
    </message>
    <message>
        <source>cannot be checked: the vault's list of current versions is damaged, so it may be an older copy</source>
        <translation>ne peut pas être vérifié : la liste des versions actuelles du coffre est endommagée, il peut donc s'agir d'une ancienne copie</translation>
    </message>
    <message>
        <source>is missing from the vault file (deleted outside VisaDesk?)</source>
        <translation>manque dans le fichier du coffre (supprimé hors de VisaDesk ?)</translation>
    </message>
    <message>
        <source>was added to the file outside VisaDesk</source>
        <translation>a été ajouté au fichier hors de VisaDesk</translation>
    </message>
    <message>
        <source>a part of the vault's list of current versions is damaged</source>
        <translation>une partie de la liste des versions actuelles du coffre est endommagée</translation>
    </message>
    <message>
        <source>is damaged or was modified outside VisaDesk and cannot be opened</source>
        <translation>est endommagé ou a été modifié hors de VisaDesk et ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Dossier {id}</translation>
    </message>
    <message>
        <source>Scan {id}</source>
        <translation>Scan {id}</translation>
    </message>
    <message>
        <source>Your personal settings</source>
        <translation>Vos réglages personnels</translation>
    </message>
    <message>
        <source>Vault index part {id}</source>
        <translation>Partie {id} de l'index du coffre</translation>
    </message>
    <message>
        <source>Vault index</source>
        <translation>Index du coffre</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Enregistrement {id}</translation>
    </message>
    <message>
        <source>VisaDesk checked every record when it unlocked the vault and found {count} problem(s). The cases listed in the window opened and are intact ({readable} case(s)); the ones below are not shown.</source>
        <translation>En déverrouillant le coffre, VisaDesk a vérifié chaque enregistrement et trouvé {count} problème(s). Les dossiers affichés dans la fenêtre se sont ouverts et sont intacts ({readable} dossier(s)) ; ceux ci-dessous ne sont pas affichés.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire :</translation>
    </message>
    <message>
        <source>Restore a backup (File ▸ Restore a backup): the vault goes back to the day of that backup; changes made since are lost, the current vault is kept as a backup first.</source>
        <translation>Restaurer une sauvegarde (Fichier ▸ Restaurer une sauvegarde) : le coffre revient au jour de cette sauvegarde ; les changements faits depuis sont perdus, le coffre actuel est d'abord gardé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Accept the vault as it is now: VisaDesk stops warning and treats what opens as current, even if it is an older copy. Choose this only if you know why it happened (for example you copied the file back yourself).</source>
        <translation>Accepter le coffre tel qu'il est : VisaDesk cesse d'avertir et considère comme actuel ce qui s'ouvre, même s'il s'agit d'une ancienne copie. Ne choisissez cela que si vous savez pourquoi c'est arrivé (par exemple vous avez vous-même remis l'ancien fichier).</translation>
    </message>
    <message>
        <source>Export the cases that are fine (File ▸ Export case) to keep them safe before deciding.</source>
        <translation>Exporter les dossiers intacts (Fichier ▸ Exporter le dossier) pour les mettre à l'abri avant de décider.</translation>
    </message>
    <message>
        <source>Until you restore or accept, VisaDesk saves nothing, so that a damaged record cannot be made to look genuine.</source>
        <translation>Tant que vous n'avez ni restauré ni accepté, VisaDesk n'enregistre rien, pour qu'un enregistrement endommagé ne puisse pas passer pour authentique.</translation>
    </message>
    <message>
        <source>Problems found in the vault</source>
        <translation>Problèmes trouvés dans le coffre</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Accept the vault as it is now</source>
        <translation>Accepter le coffre tel qu'il est</translation>
    </message>
    <message>
        <source>What happened and what to do…</source>
        <translation>Ce qui s'est passé et que faire…</translation>
    </message>
    <message>
        <source>VisaDesk found {count} problem(s) in this vault: some records are damaged or cannot be checked and are not shown.</source>
        <translation>VisaDesk a trouvé {count} problème(s) dans ce coffre : certains enregistrements sont endommagés ou invérifiables et ne sont pas affichés.</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Remember on this device (system keychain)</source>
        <translation>&amp;Mémoriser sur cet appareil (trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Nobody — not even the VisaDesk developers — can recover a lost passphrase. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Personne — pas même les développeurs de VisaDesk — ne peut récupérer une phrase secrète perdue. Notez-la et conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre-fort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Try with a &amp;sample family</source>
        <translation>Essayer avec une famille d’&amp;exemple</translation>
    </message>
    <message>
        <source>Create your encrypted vault</source>
        <translation>Créez votre coffre-fort chiffré</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>This device no longer remembers the key.</source>
        <translation>Cet appareil ne mémorise plus la clé.</translation>
    </message>
<message>
        <source>Forget this de&amp;vice</source>
        <translation>&amp;Oublier cet appareil</translation>
    </message>
    </context>
<context>
    <name>Viewer</name>
    <message>
        <source>{name} has too many pixels to be shown safely; scan it again at 300 dpi.</source>
        <translation>{name} a trop de pixels pour être affiché sans risque ; numérisez-le de nouveau à 300 dpi.</translation>
    </message>
    <message>
        <source>{name} is not the PDF, PNG or JPEG file it claims to be; it was not opened.</source>
        <translation>{name} n'est pas le fichier PDF, PNG ou JPEG qu'il prétend être ; il n'a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Required answers given</source>
        <translation>Réponses obligatoires données</translation>
    </message>
    <message>
        <source>%v of %m required answers</source>
        <translation>%v réponses obligatoires sur %m</translation>
    </message>
    <message>
        <source>What is &amp;missing</source>
        <translation>Ce qui &amp;manque</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Press Enter on an item to go to its field</source>
        <translation>Appuyez sur Entrée sur un élément pour aller à son champ</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pr&amp;écédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Page précédente (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Page suivante (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} {problem}</source>
        <translation>Page {page} : {number}{label} {problem}</translation>
    </message>
    <message>
        <source>Nothing is missing; still to translate:</source>
        <translation>Rien ne manque ; reste à traduire :</translation>
    </message>
    <message>
        <source>Nothing is missing: this form is complete.</source>
        <translation>Il ne manque rien : ce formulaire est complet.</translation>
    </message>
    <message>
        <source>Page {page}: {number}{label} — translation {in_language} missing</source>
        <translation>Page {page} : {number}{label} — traduction {in_language} manquante</translation>
    </message>
    <message>
        <source>Page {n} of {total}: {title}</source>
        <translation>Page {n} sur {total} : {title}</translation>
    </message>
    <message>
        <source>On the official form: {label}</source>
        <translation>Sur le formulaire officiel : {label}</translation>
    </message>
    <message>
        <source>Use the profile value</source>
        <translation>Utiliser la valeur du profil</translation>
    </message>
    <message>
        <source>Use the profile value for {label}</source>
        <translation>Utiliser la valeur du profil pour {label}</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Problème avec {label}</translation>
    </message>
    <message>
        <source>In French (as printed on the form)</source>
        <translation>En français (tel qu'imprimé sur le formulaire)</translation>
    </message>
    <message>
        <source>In German (as printed on the form)</source>
        <translation>En allemand (tel qu'imprimé sur le formulaire)</translation>
    </message>
    <message>
        <source>In English (as printed on the form)</source>
        <translation>En anglais (tel qu'imprimé sur le formulaire)</translation>
    </message>
    <message>
        <source>In Spanish (as printed on the form)</source>
        <translation>En espagnol (tel qu'imprimé sur le formulaire)</translation>
    </message>
    <message>
        <source>In Italian (as printed on the form)</source>
        <translation>En italien (tel qu'imprimé sur le formulaire)</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <source>in German</source>
        <translation>en allemand</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>en espagnol</translation>
    </message>
    <message>
        <source>in Italian</source>
        <translation>en italien</translation>
    </message>
    <message>
        <source>Ukrainian original</source>
        <translation>Original en ukrainien</translation>
    </message>
    <message>
        <source>Russian original</source>
        <translation>Original en russe</translation>
    </message>
    <message>
        <source>Original of {label}</source>
        <translation>Original de {label}</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>Original : {text}</translation>
    </message>
    <message>
        <source>On the form: {text}</source>
        <translation>Sur le formulaire : {text}</translation>
    </message>
    <message>
        <source>The form prints this translation.</source>
        <translation>Le formulaire imprime cette traduction.</translation>
    </message>
    <message>
        <source>Translation missing: the consulate reads this answer {in_language}. Type it as it should be printed on the form. Until then the form prints it transliterated: {text}</source>
        <translation>Traduction manquante : le consulat lit cette réponse {in_language}. Saisissez-la telle qu'elle doit être imprimée sur le formulaire. En attendant, le formulaire imprime sa translittération : {text}</translation>
    </message>
    <message>
        <source>The original changed after it was translated: check the earlier translation and confirm it.</source>
        <translation>L'original a changé après sa traduction : vérifiez la traduction précédente et confirmez-la.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Form page</source>
        <translation>Page du formulaire</translation>
    </message>
</context>
<context>
    <name>PasswdDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Every case and scan is encrypted again with a new key. Afterwards only the new passphrase opens the vault: backups made with the old passphrase are deleted and a new backup is made. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
        <translation>Chaque dossier et chaque scan sont chiffrés de nouveau avec une nouvelle clé. Ensuite, seule la nouvelle phrase secrète ouvre le coffre : les sauvegardes faites avec l’ancienne sont supprimées et une nouvelle sauvegarde est faite. Personne ne peut retrouver une phrase secrète perdue : notez la nouvelle et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Répéter la nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Solidité de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Progress of the passphrase change</source>
        <translation>Avancement du changement de phrase secrète</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Current passphrase: enter the passphrase that opens the vault now.</source>
        <translation>Phrase secrète actuelle : saisissez la phrase secrète qui ouvre le coffre aujourd’hui.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>New passphrase: it is the same as the current one; choose another.</source>
        <translation>Nouvelle phrase secrète : elle est identique à l’actuelle ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: it differs from the new passphrase; type it again.</source>
        <translation>Répétition de la nouvelle phrase secrète : elle diffère de la nouvelle phrase secrète ; saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Vérification de la phrase secrète actuelle…</translation>
    </message>
    <message>
        <source>Encrypting again with the new key: {done} of {total}…</source>
        <translation>Nouveau chiffrement avec la nouvelle clé : {done} sur {total}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Current passphrase: wrong passphrase. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Phrase secrète actuelle : incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault is open in another VisaDesk window or command. Close it, then change the passphrase again. Nothing was changed.</source>
        <translation>Le coffre est ouvert dans une autre fenêtre ou commande VisaDesk. Fermez-la, puis changez de nouveau la phrase secrète. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase was not changed and the vault was locked: unlock it with the current passphrase.</source>
        <translation>La phrase secrète n’a pas été changée et le coffre a été verrouillé : déverrouillez-le avec la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>La phrase secrète n’a pas été changée.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk: changing the passphrase needs about as much free space as the vault takes. Free some space, then try again.</source>
        <translation>Il n’y a pas assez d’espace libre sur le disque : changer la phrase secrète demande à peu près autant d’espace libre que le coffre en occupe. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Every case and scan was encrypted again with a new key: the old passphrase opens nothing any more.</source>
        <translation>La phrase secrète a été changée. Chaque dossier et chaque scan ont été chiffrés de nouveau avec une nouvelle clé : l’ancienne phrase secrète n’ouvre plus rien.</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) were deleted (the old passphrase could still open them).</source>
        <translation>
            <numerusform>%n ancienne sauvegarde a été supprimée (l’ancienne phrase secrète pouvait encore l’ouvrir).</numerusform>
            <numerusform>%n anciennes sauvegardes ont été supprimées (l’ancienne phrase secrète pouvait encore les ouvrir).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new backup was made.</source>
        <translation>Une nouvelle sauvegarde a été faite.</translation>
    </message>
    <message>
        <source>No new backup could be made now; one is made at the next unlock.</source>
        <translation>Aucune nouvelle sauvegarde n’a pu être faite maintenant ; elle sera faite au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>The key remembered on this device was replaced by the new one.</source>
        <translation>La clé mémorisée sur cet appareil a été remplacée par la nouvelle.</translation>
    </message>
    <message>
        <source>The system keychain refused the new key, so this device no longer remembers the vault: you will be asked for the passphrase.</source>
        <translation>Le trousseau du système a refusé la nouvelle clé, cet appareil ne mémorise donc plus le coffre : la phrase secrète vous sera demandée.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>The vault was locked before the passphrase change was finished: nothing was changed, the current passphrase still opens it.</source>
        <translation>Le coffre a été verrouillé avant la fin du changement de phrase secrète : rien n’a été modifié, la phrase secrète actuelle l’ouvre toujours.</translation>
    </message>
    <message>
        <source>The passphrase was changed just before the vault was locked: unlock it with the new passphrase.</source>
        <translation>La phrase secrète a été changée juste avant le verrouillage du coffre : déverrouillez-le avec la nouvelle phrase secrète.</translation>
    </message>
</context>
</TS>