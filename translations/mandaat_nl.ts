<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AcceptCommand</name>
    <message>
        <source>Record that the parties accepted the engagement confirmation, by e-mail or with the signed copy, and make the engagement active when its code allows it.</source>
        <translation>Leg vast dat de partijen de opdrachtbevestiging aanvaardden, per e-mail of met het ondertekende exemplaar, en maak de opdracht actief zodra haar code dat toelaat.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>De id van de opdracht (zie &apos;list FILE engagements&apos;).</translation>
    </message>
    <message>
        <source>How it was accepted: email, or signed (with --signed-copy).</source>
        <translation>Hoe ze aanvaard is: email, of signed (met --signed-copy).</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOE</translation>
    </message>
    <message>
        <source>The scan of the signed confirmation, a PDF or an image.</source>
        <translation>De scan van de ondertekende bevestiging, een pdf of een afbeelding.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The day it was accepted (YYYY-MM-DD; default: today).</source>
        <translation>De dag waarop ze aanvaard is (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>A party that accepted: client or principal; repeat it for both (default: every party of the engagement).</source>
        <translation>Een partij die aanvaardde: client of principal; herhaal de optie voor beide (standaard: elke partij van de opdracht).</translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation>PARTIJ</translation>
    </message>
    <message>
        <source>The confirmation&apos;s letter id (default: the latest confirmation of the engagement).</source>
        <translation>De brief-id van de bevestiging (standaard: de laatste bevestiging van de opdracht).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--by signed needs --signed-copy FILE, the scan of the signed confirmation.</source>
        <translation>--by signed heeft --signed-copy FILE nodig, de scan van de ondertekende bevestiging.</translation>
    </message>
    <message>
        <source>--signed-copy goes with --by signed, not with an acceptance by e-mail.</source>
        <translation>--signed-copy hoort bij --by signed, niet bij een aanvaarding per e-mail.</translation>
    </message>
    <message>
        <source>&apos;accept&apos; needs --by email, or --by signed with --signed-copy FILE.</source>
        <translation>&apos;accept&apos; heeft --by email nodig, of --by signed met --signed-copy FILE.</translation>
    </message>
    <message>
        <source>Unknown way of acceptance &apos;%1&apos;: use email or signed.</source>
        <translation>Onbekende manier van aanvaarden &apos;%1&apos;: gebruik email of signed.</translation>
    </message>
    <message>
        <source>--letter needs a letter id, a whole number of at least 1.</source>
        <translation>--letter heeft een brief-id nodig: een geheel getal van minstens 1.</translation>
    </message>
    <message>
        <source>Unknown party &apos;%1&apos;: use client or principal.</source>
        <translation>Onbekende partij &apos;%1&apos;: gebruik client of principal.</translation>
    </message>
    <message>
        <source>Engagement %1 has no principal: only the client accepts its confirmation.</source>
        <translation>Opdracht %1 heeft geen opdrachtgever: alleen de cliënt aanvaardt haar bevestiging.</translation>
    </message>
    <message>
        <source>Letter %1 is not an engagement confirmation of engagement %2.</source>
        <translation>Brief %1 is geen opdrachtbevestiging van opdracht %2.</translation>
    </message>
    <message>
        <source>Engagement %1 has no engagement confirmation yet: issue it first with &apos;mandaat-cli letter FILE --engagement %1 --out FILE.pdf&apos;.</source>
        <translation>Opdracht %1 heeft nog geen opdrachtbevestiging: geef ze eerst uit met &apos;mandaat-cli letter FILE --engagement %1 --out FILE.pdf&apos;.</translation>
    </message>
    <message>
        <source>The acceptance was recorded but letter %1 reads back as not accepted.</source>
        <translation>De aanvaarding is vastgelegd, maar brief %1 leest terug als niet aanvaard.</translation>
    </message>
    <message>
        <source>Recorded the acceptance by e-mail of confirmation letter %1 on %2, by: %3.</source>
        <translation>De aanvaarding per e-mail van bevestigingsbrief %1 op %2 is vastgelegd, door: %3.</translation>
    </message>
    <message>
        <source>Attached the signed copy to confirmation letter %1, accepted on %2 by: %3.</source>
        <translation>Het ondertekende exemplaar is bij bevestigingsbrief %1 gevoegd, aanvaard op %2 door: %3.</translation>
    </message>
    <message>
        <source>Engagement %1 stays in onboarding. %2</source>
        <translation>Opdracht %1 blijft in de opstartfase. %2</translation>
    </message>
    <message>
        <source>The engagement was activated but reads back as %1.</source>
        <translation>De opdracht is geactiveerd, maar leest terug als %1.</translation>
    </message>
    <message>
        <source>Engagement %1 is active since %2.</source>
        <translation>Opdracht %1 is actief sinds %2.</translation>
    </message>
    <message>
        <source>the day of acceptance</source>
        <translation>de dag van de aanvaarding</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Intake (%1)</source>
        <translation>Intake (%1)</translation>
    </message>
    <message>
        <source>Session (%1)</source>
        <translation>Sessie (%1)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder for the weekly calendar files.</source>
        <translation>%1 is een bestand, geen map; kies een map voor de agendabestanden per week.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>AttachmentFolder</name>
    <message>
        <source>No private folder could be made for viewing: %1</source>
        <translation>Er kon geen privémap worden gemaakt om het bestand te bekijken: %1</translation>
    </message>
    <message>
        <source>No private folder could be made for viewing.</source>
        <translation>Er kon geen privémap worden gemaakt om het bestand te bekijken.</translation>
    </message>
    <message>
        <source>%1 could not be written for viewing: %2</source>
        <translation>%1 kon niet worden weggeschreven om te bekijken: %2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Geen enkel programma op deze computer opent %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files are kept inside the encrypted vault. Viewing one writes an unencrypted copy to a private folder, which is emptied when the vault locks.</source>
        <translation>Bestanden worden in de versleutelde kluis bewaard. Om een bestand te bekijken wordt een onversleutelde kopie in een privémap geschreven, die geleegd wordt wanneer de kluis vergrendelt.</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Bekijken…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
</context>
<context>
    <name>AuditHeads</name>
    <message>
        <source>this computer&apos;s record of the log</source>
        <translation>de registratie van de auditlog op deze computer</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Every compliance event, letter, export, backup, destruction and unlock, in order. Each entry carries the hash of the one before, so a changed, removed or missing entry shows when the log is verified.</source>
        <translation>Elke compliancegebeurtenis, brief, export, back-up, vernietiging en ontgrendeling, op volgorde. Elk item draagt de hash van het vorige, zodat een gewijzigd, verwijderd of ontbrekend item aan het licht komt wanneer de log wordt gecontroleerd.</translation>
    </message>
    <message>
        <source>Filter by action, record or details</source>
        <translation>Filteren op actie, record of details</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Controleren</translation>
    </message>
</context>
<context>
    <name>AuditLogIntact</name>
    <message>
        <source>The audit log is intact.</source>
        <translation>De auditlog is intact.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken: restore a backup, or run &apos;mandaat-cli verify&apos; for details.</source>
        <translation>De keten van de auditlog is verbroken: zet een back-up terug, of voer &apos;mandaat-cli verify&apos; uit voor details.</translation>
    </message>
    <message>
        <source>Not checked here; &apos;mandaat-cli verify&apos; checks the audit log.</source>
        <translation>Hier niet gecontroleerd; &apos;mandaat-cli verify&apos; controleert de auditlog.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>De auditlog kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Entry %1 was removed.</source>
        <translation>Item %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed.</source>
        <translation>Items %1 tot en met %2 zijn verwijderd.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content no longer matches its hash.</source>
        <translation>Item %1 is gewijzigd: de inhoud komt niet meer overeen met de hash.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: entry %2 no longer links to it.</source>
        <translation>Item %1 is gewijzigd: item %2 verwijst er niet meer naar.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: it does not start the chain.</source>
        <translation>Item %1 is gewijzigd: het begint de keten niet.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries are missing (from entry %1 on): %2 recorded %3 entries.</source>
        <translation>
            <numerusform>Het laatste item ontbreekt (item %1): %2 registreerde %3 items.</numerusform>
            <numerusform>De laatste %n items ontbreken (vanaf item %1): %2 registreerde %3 items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is not the one %2 recorded: the log was altered or replaced.</source>
        <translation>Item %1 is niet het item dat %2 registreerde: de log is gewijzigd of vervangen.</translation>
    </message>
    <message>
        <source>The audit log is not intact.</source>
        <translation>De auditlog is niet intact.</translation>
    </message>
    <message>
        <source>The trigger %1, which keeps the audit log append-only, was removed or changed outside Mandaat.</source>
        <translation>De trigger %1, die het auditlog onveranderlijk houdt, is buiten Mandaat verwijderd of gewijzigd.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were added after %3 (%4 entries): unless this vault was used by Mandaat on another computer since, they were written outside Mandaat.</source>
        <translation>Items %1 tot en met %2 zijn toegevoegd na %3 (%4 items): tenzij deze kluis sindsdien met Mandaat op een andere computer is gebruikt, zijn ze buiten Mandaat geschreven.</translation>
    </message>
    <message>
        <source>%1 %2 has no audit entry: it was added outside Mandaat.</source>
        <translation>%1 %2 heeft geen item in het auditlog: het is buiten Mandaat toegevoegd.</translation>
    </message>
    <message>
        <source>%1 %2 was deleted (entry %3) but is in the vault again: it was put back outside Mandaat.</source>
        <translation>%1 %2 is verwijderd (item %3) maar staat weer in de kluis: het is buiten Mandaat teruggezet.</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside Mandaat: it no longer matches its last audit entry (%3).</source>
        <translation>%1 %2 is buiten Mandaat gewijzigd: het komt niet meer overeen met het laatste item erover in het auditlog (%3).</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside Mandaat: its last audit entry (%3) does not record a deletion.</source>
        <translation>%1 %2 is buiten Mandaat verwijderd: het laatste item erover in het auditlog (%3) vermeldt geen verwijdering.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) changed outside Mandaat.</source>
        <translation>
            <numerusform>… en nog %n gegeven buiten Mandaat gewijzigd.</numerusform>
            <numerusform>… en nog %n gegevens buiten Mandaat gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored file %1 was changed outside Mandaat: its bytes no longer match its SHA-256.</source>
        <translation>Het bewaarde bestand %1 is buiten Mandaat gewijzigd: de inhoud komt niet meer overeen met de SHA-256.</translation>
    </message>
    <message>
        <source>Issued letter %1 no longer matches the SHA-256 recorded when it was issued: the letter&apos;s PDF or its recorded fingerprint was changed outside Mandaat.</source>
        <translation>Uitgegeven brief %1 komt niet meer overeen met de SHA-256 die bij het uitgeven werd vastgelegd: de pdf van de brief of de vastgelegde vingerafdruk is buiten Mandaat gewijzigd.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write an encrypted backup of a vault: it opens with the same passphrase, and is checked before it counts.</source>
        <translation>Schrijf een versleutelde back-up van een kluis: die opent met dezelfde wachtwoordzin en wordt gecontroleerd voordat ze telt.</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist.</source>
        <translation>Het back-upbestand dat geschreven wordt; het mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACK-UP</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --out BACKUP.</source>
        <translation>&apos;backup&apos; heeft --out BACK-UP nodig.</translation>
    </message>
    <message>
        <source>Wrote the backup %1 and checked it: it opens with the vault&apos;s passphrase and passes the integrity check.</source>
        <translation>Back-up %1 geschreven en gecontroleerd: ze opent met de wachtwoordzin van de kluis en doorstaat de integriteitscontrole.</translation>
    </message>
    <message>
        <source>Audit log recorded in it: %1 entries, last hash %2.</source>
        <translation>Auditlog erin geregistreerd: %1 items, laatste hash %2.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished file(s) left by an interrupted backup.</source>
        <translation>
            <numerusform>%n onafgewerkt bestand van een onderbroken back-up verwijderd.</numerusform>
            <numerusform>%n onafgewerkte bestanden van een onderbroken back-up verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup was written but does not open: %1 It was removed.</source>
        <translation>De back-up is geschreven maar opent niet: %1 Ze is verwijderd.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1) and was removed.</source>
        <translation>De back-up doorstond de integriteitscontrole niet (%1) en is verwijderd.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log differs from the vault&apos;s; it was removed.</source>
        <translation>De auditlog van de back-up verschilt van die van de kluis; de back-up is verwijderd.</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>de back-up van %1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was replaced.</source>
        <translation>De back-up %1 is beschadigd (%2); er is niets vervangen.</translation>
    </message>
    <message>
        <source>The backup %1 is of another vault than %2 (their salts differ); nothing was replaced. Restore it to a new file instead.</source>
        <translation>De back-up %1 hoort bij een andere kluis dan %2 (hun salt verschilt); er is niets vervangen. Zet ze in plaats daarvan terug naar een nieuw bestand.</translation>
    </message>
    <message>
        <source>The vault being replaced could not be read (%1): destructions recorded only in it cannot be applied again. Check the restored vault&apos;s retention list.</source>
        <translation>De kluis die vervangen wordt, kon niet worden gelezen (%1): vernietigingen die alleen daarin geregistreerd zijn, kunnen niet opnieuw worden toegepast. Controleer de lijst met bewaartermijnen van de teruggezette kluis.</translation>
    </message>
    <message>
        <source>The destructions could not be applied again: %1</source>
        <translation>De vernietigingen konden niet opnieuw worden toegepast: %1</translation>
    </message>
    <message>
        <source>The restored copy failed its integrity check; nothing was replaced.</source>
        <translation>De teruggezette kopie doorstond de integriteitscontrole niet; er is niets vervangen.</translation>
    </message>
    <message>
        <source>%1 could not be set aside; nothing was replaced. Check the folder&apos;s permissions.</source>
        <translation>%1 kon niet opzij worden gezet; er is niets vervangen. Controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved to %1; nothing was replaced.</source>
        <translation>De teruggezette kluis kon niet naar %1 worden verplaatst; er is niets vervangen.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside %1; nothing was replaced. Check the free space and the folder&apos;s permissions.</source>
        <translation>De back-up kon niet naast %1 worden gekopieerd; er is niets vervangen. Controleer de vrije ruimte en de rechten van de map.</translation>
    </message>
    <message>
        <source>The backup was cancelled: no file was written and the vault is unchanged.</source>
        <translation>De back-up is geannuleerd: er is geen bestand geschreven en de kluis is ongewijzigd.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was replaced.</source>
        <translation>Het terugzetten is geannuleerd; er is niets vervangen.</translation>
    </message>
    <message>
        <source>The vault %1 is damaged (%2); no backup was made. Keep your earlier backups: restore the newest one that passes &apos;verify&apos;.</source>
        <translation>De kluis %1 is beschadigd (%2); er is geen back-up gemaakt. Bewaar uw eerdere back-ups: zet de nieuwste terug die &apos;verify&apos; doorstaat.</translation>
    </message>
    <message>
        <source>The backup could not be completed: %1 It was removed.</source>
        <translation>De back-up kon niet worden voltooid: %1 Ze is verwijderd.</translation>
    </message>
    <message>
        <source>The backup %1 was made and checked, but the vault could not record it: %2</source>
        <translation>De back-up %1 is gemaakt en gecontroleerd, maar de kluis kon ze niet vastleggen: %2</translation>
    </message>
</context>
<context>
    <name>CancellationPolicyStated</name>
    <message>
        <source>the cancellation policy in the terms (what a session cancelled late or missed costs)</source>
        <translation>het annuleringsbeleid in de voorwaarden (wat een te laat afgezegde of gemiste sessie kost)</translation>
    </message>
    <message>
        <source>The terms state the cancellation policy.</source>
        <translation>De voorwaarden vermelden het annuleringsbeleid.</translation>
    </message>
    <message>
        <source>State %1.</source>
        <translation>Vermeld %1.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>De wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>The vault is encrypted again under the new passphrase. Backups made before keep opening with the old passphrase and the old emergency sheet; the vault itself no longer does.</source>
        <translation>De kluis wordt opnieuw versleuteld onder de nieuwe wachtwoordzin. Back-ups die eerder zijn gemaakt, blijven openen met de oude wachtwoordzin en het oude noodblad; de kluis zelf niet meer.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Herhaal ze</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>St&amp;raat</translation>
    </message>
    <message>
        <source>Postal code and &amp;city</source>
        <translation>Postcode en pl&amp;aats</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>&amp;Language of letters</source>
        <translation>Taal van bri&amp;even</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lid toe&amp;voegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Lid verwij&amp;deren</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wij&amp;zigingen ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Other &amp;relationships</source>
        <translation>Andere &amp;relaties</translation>
    </message>
    <message>
        <source>GDPR art. 15 and 20: one encrypted ZIP with every record about this client, across engagements</source>
        <translation>AVG art. 15 en 20: één versleutelde ZIP met elk record over deze cliënt, over alle opdrachten heen</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>Ne&amp;w engagement for this client</source>
        <translation>Nieuwe opdracht voor deze &amp;cliënt</translation>
    </message>
    <message>
        <source>Everything a&amp;bout this person…</source>
        <translation>&amp;Alles over deze persoon…</translation>
    </message>
</context>
<context>
    <name>ClientInterestConfirmed</name>
    <message>
        <source>You confirmed that the client&apos;s interests come first.</source>
        <translation>U hebt bevestigd dat de belangen van de cliënt voorgaan.</translation>
    </message>
    <message>
        <source>Confirm that the client&apos;s interests come first, without conflicting with the principal&apos;s.</source>
        <translation>Bevestig dat de belangen van de cliënt voorgaan, zonder in strijd te zijn met die van de opdrachtgever.</translation>
    </message>
</context>
<context>
    <name>CodeCatalogue</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>De map bestaat niet.</translation>
    </message>
    <message>
        <source>The folder holds no code files (*.json).</source>
        <translation>De map bevat geen codebestanden (*.json).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Het bestand kan niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>Het bestand is geen geldige JSON: %1 bij teken %2.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, one code version.</source>
        <translation>Het bestand moet één JSON-object bevatten: één versie van een code.</translation>
    </message>
    <message>
        <source>The code %1 is already loaded from %2; give a new version its own id.</source>
        <translation>De code %1 is al geladen uit %2; geef een nieuwe versie een eigen id.</translation>
    </message>
    <message>
        <source>%1 and %2 both take effect on %3; give the newer version a later effective_from.</source>
        <translation>%1 en %2 worden allebei van kracht op %3; geef de nieuwere versie een latere effective_from.</translation>
    </message>
    <message>
        <source>format is missing; this Mandaat reads format %1.</source>
        <translation>format ontbreekt; deze versie van Mandaat leest format %1.</translation>
    </message>
    <message>
        <source>Format “%1” is not supported; this Mandaat reads format %2.</source>
        <translation>Format “%1” wordt niet ondersteund; deze versie van Mandaat leest format %2.</translation>
    </message>
    <message>
        <source>The family “%1” must be capital letters and digits, as in MW.</source>
        <translation>De familie “%1” moet uit hoofdletters en cijfers bestaan, zoals MW.</translation>
    </message>
    <message>
        <source>The id “%1” must be the family “%2”, a hyphen and four digits, as in %2-2020.</source>
        <translation>De id “%1” moet bestaan uit de familie “%2”, een koppelteken en vier cijfers, zoals %2-2020.</translation>
    </message>
    <message>
        <source>binding “%1” is not known; use subscription or law.</source>
        <translation>binding “%1” is onbekend; gebruik subscription of law.</translation>
    </message>
    <message>
        <source>effective_from “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>effective_from “%1” is geen datum; schrijf die als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>articles must be a list of at least one article.</source>
        <translation>articles moet een lijst van minstens één artikel zijn.</translation>
    </message>
    <message>
        <source>The article id “%1” appears more than once.</source>
        <translation>De artikel-id “%1” komt meer dan eens voor.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 moet een object zijn.</translation>
    </message>
    <message>
        <source>The article id “%1” must be “%2-” and a number, as in %2-2 or %2-2.2.</source>
        <translation>De artikel-id “%1” moet bestaan uit “%2-” en een nummer, zoals %2-2 of %2-2.2.</translation>
    </message>
    <message>
        <source>%1 applies to “%2”, which the code&apos;s applies_to does not cover.</source>
        <translation>%1 geldt voor “%2”, wat niet onder applies_to van de code valt.</translation>
    </message>
    <message>
        <source>%1.phase “%2” is not known; use onboarding, running, ending, always or none.</source>
        <translation>%1.phase “%2” is onbekend; gebruik onboarding, running, ending, always of none.</translation>
    </message>
    <message>
        <source>%1.blocking must be true or false.</source>
        <translation>%1.blocking moet true of false zijn.</translation>
    </message>
    <message>
        <source>%1 has rules but phase none; give it the phase its rules check.</source>
        <translation>%1 heeft regels maar fase none; geef het de fase die de regels controleren.</translation>
    </message>
    <message>
        <source>%1 has no rules; give it phase none.</source>
        <translation>%1 heeft geen regels; geef het fase none.</translation>
    </message>
    <message>
        <source>%1 cannot block: only onboarding, always and ending articles have a gate to block.</source>
        <translation>%1 kan niet blokkeren: alleen artikelen met fase onboarding, always en ending hebben een poort om te blokkeren.</translation>
    </message>
    <message>
        <source>%1 is not a known key; check its spelling.</source>
        <translation>%1 is geen bekende sleutel; controleer de spelling.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 ontbreekt of is leeg.</translation>
    </message>
    <message>
        <source>%1 is missing; give it as { &quot;nl&quot;: …, &quot;en&quot;: … }.</source>
        <translation>%1 ontbreekt; geef het als { &quot;nl&quot;: …, &quot;en&quot;: … }.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters: write a short paraphrase in our own words, never the official text.</source>
        <translation>%1 is langer dan %2 tekens: schrijf een korte parafrase in eigen woorden, nooit de officiële tekst.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 moet een lijst zijn.</translation>
    </message>
    <message>
        <source>%1 must hold only text.</source>
        <translation>%1 mag alleen tekst bevatten.</translation>
    </message>
    <message>
        <source>%1 names “%2” twice.</source>
        <translation>%1 noemt “%2” twee keer.</translation>
    </message>
    <message>
        <source>%1 names no engagement kind.</source>
        <translation>%1 noemt geen soort opdracht.</translation>
    </message>
    <message>
        <source>%1 names the unknown engagement kind “%2”; use one of: %3.</source>
        <translation>%1 noemt de onbekende soort opdracht “%2”; gebruik een van: %3.</translation>
    </message>
    <message>
        <source>%1: the rule id “%2” must be lowercase words joined by hyphens.</source>
        <translation>%1: de regel-id “%2” moet bestaan uit woorden in kleine letters, verbonden met koppeltekens.</translation>
    </message>
</context>
<context>
    <name>CodeHandedOver</name>
    <message>
        <source>The code was handed over to every party.</source>
        <translation>De code is aan elke partij overhandigd.</translation>
    </message>
    <message>
        <source>Record that the code was handed over to the %1, before the start.</source>
        <translation>Leg vast dat de code vóór de start aan de %1 is overhandigd.</translation>
    </message>
</context>
<context>
    <name>CodeSubscribed</name>
    <message>
        <source>The engagement is bound by %1, but the profile does not subscribe to it.</source>
        <translation>De opdracht valt onder %1, maar het profiel onderschrijft die code niet.</translation>
    </message>
    <message>
        <source>The profile subscribes to %1.</source>
        <translation>Het profiel onderschrijft %1.</translation>
    </message>
</context>
<context>
    <name>CodesEditor</name>
    <message>
        <source>&amp;Remove the chosen line</source>
        <translation>Gekozen regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Subscribed &amp;on</source>
        <translation>Onderschreven &amp;op</translation>
    </message>
    <message>
        <source>Your copy of the &amp;official text</source>
        <translation>Uw exemplaar van de officiële &amp;tekst</translation>
    </message>
    <message>
        <source>Choose the &amp;PDF…</source>
        <translation>&amp;Pdf kiezen…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Run &apos;mandaat-cli %1 --help&apos; for its options.</source>
        <translation>Voer &apos;mandaat-cli %1 --help&apos; uit voor de opties.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments.</source>
        <translation>&apos;%1&apos; heeft meer argumenten nodig.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Mandaat never overwrites a file when it creates a vault.</source>
        <translation>%1 bestaat al. Kies een andere naam; Mandaat overschrijft nooit een bestand bij het aanmaken van een kluis.</translation>
    </message>
    <message>
        <source>ENGAGEMENT needs an engagement id, a whole number of at least 1.</source>
        <translation>ENGAGEMENT heeft een opdracht-id nodig: een geheel getal van minstens 1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the argument &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; neemt het argument &apos;%2&apos; niet.</translation>
    </message>
    <message>
        <source>Add --overwrite to replace it.</source>
        <translation>Voeg --overwrite toe om het te vervangen.</translation>
    </message>
    <message>
        <source>the file does not read back as the letter</source>
        <translation>het bestand leest niet terug als de brief</translation>
    </message>
    <message>
        <source>The letter was issued and stored in the vault (letter %1), but its PDF could not be written: %2</source>
        <translation>De brief is uitgegeven en in de kluis bewaard (brief %1), maar de PDF kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Unknown letter language &apos;%1&apos;: use nl or en.</source>
        <translation>Onbekende taal voor de brief &apos;%1&apos;: gebruik nl of en.</translation>
    </message>
    <message>
        <source>--%1 needs %2 as YYYY-MM-DD, such as 2026-03-31.</source>
        <translation>--%1 vraagt %2 als JJJJ-MM-DD, bijvoorbeeld 2026-03-31.</translation>
    </message>
    <message>
        <source>--%1 lies in the future: record what happened once it has happened.</source>
        <translation>--%1 ligt in de toekomst: leg vast wat gebeurd is, wanneer het gebeurd is.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Er werd niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ComplaintAcknowledged</name>
    <message>
        <source>Every complaint was acknowledged in writing.</source>
        <translation>Van elke klacht is de ontvangst schriftelijk bevestigd.</translation>
    </message>
    <message>
        <source>Acknowledge the complaint in writing (%1).</source>
        <translation>Bevestig de ontvangst van de klacht schriftelijk (%1).</translation>
    </message>
    <message>
        <source>No complaint.</source>
        <translation>Geen klacht.</translation>
    </message>
</context>
<context>
    <name>ComplaintCommand</name>
    <message>
        <source>Record a complaint about an engagement and, with --acknowledge, issue its written acknowledgement.</source>
        <translation>Leg een klacht over een opdracht vast en geef, met --acknowledge, de schriftelijke ontvangstbevestiging uit.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>De id van de opdracht (zie &apos;list FILE engagements&apos;).</translation>
    </message>
    <message>
        <source>What the complaint is about.</source>
        <translation>Waarover de klacht gaat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Who complains: client (default) or principal.</source>
        <translation>Wie klaagt: client (standaard) of principal.</translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation>PARTIJ</translation>
    </message>
    <message>
        <source>The day it was received (YYYY-MM-DD; default: today).</source>
        <translation>De dag waarop ze ontvangen is (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Acknowledge this complaint, recorded before (see &apos;list FILE complaints&apos;), instead of recording one.</source>
        <translation>Bevestig de ontvangst van deze eerder vastgelegde klacht (zie &apos;list FILE complaints&apos;) in plaats van een nieuwe vast te leggen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issue the written acknowledgement and write its PDF here.</source>
        <translation>Geef de schriftelijke ontvangstbevestiging uit en schrijf de pdf hierheen.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The acknowledgement&apos;s date (YYYY-MM-DD; default: today).</source>
        <translation>De datum van de ontvangstbevestiging (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>The letter&apos;s language: nl or en (default: the engagement&apos;s).</source>
        <translation>De taal van de brief: nl of en (standaard: die van de opdracht).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Replace the PDF file when it exists (never a vault or a folder).</source>
        <translation>Vervang het PDF-bestand als het bestaat (nooit een kluis of een map).</translation>
    </message>
    <message>
        <source>--complaint takes the id of a recorded complaint, with --acknowledge X.pdf.</source>
        <translation>--complaint neemt de id van een vastgelegde klacht, met --acknowledge X.pdf.</translation>
    </message>
    <message>
        <source>&apos;complaint&apos; needs --summary TEXT, what the complaint is about.</source>
        <translation>&apos;complaint&apos; heeft --summary TEXT nodig: waarover de klacht gaat.</translation>
    </message>
    <message>
        <source>Unknown complainant &apos;%1&apos;: use client or principal.</source>
        <translation>Onbekende klager &apos;%1&apos;: gebruik client of principal.</translation>
    </message>
    <message>
        <source>Complaint %1 is not about engagement %2.</source>
        <translation>Klacht %1 gaat niet over opdracht %2.</translation>
    </message>
    <message>
        <source>The complaint was recorded but does not read back.</source>
        <translation>De klacht is vastgelegd, maar leest niet terug.</translation>
    </message>
    <message>
        <source>Acknowledged complaint %1 on %2 (letter %3) and wrote %4.</source>
        <translation>Ontvangst van klacht %1 bevestigd op %2 (brief %3) en %4 geschreven.</translation>
    </message>
    <message>
        <source>Recorded complaint %1 on engagement %2, received %3; to be settled by %4.</source>
        <translation>Klacht %1 over opdracht %2 vastgelegd, ontvangen op %3; af te handelen tegen %4.</translation>
    </message>
    <message>
        <source>Acknowledged it on %1 (letter %2) and wrote %3.</source>
        <translation>Ontvangst bevestigd op %1 (brief %2) en %3 geschreven.</translation>
    </message>
    <message>
        <source>the day it was received</source>
        <translation>de dag waarop ze werd ontvangen</translation>
    </message>
    <message>
        <source>the acknowledgement&apos;s date</source>
        <translation>de datum van de ontvangstbevestiging</translation>
    </message>
</context>
<context>
    <name>ComplaintDeadline</name>
    <message>
        <source>Every complaint was settled.</source>
        <translation>Elke klacht is afgehandeld.</translation>
    </message>
    <message>
        <source>Settle the complaint within four weeks of receipt (%1).</source>
        <translation>Handel de klacht af binnen vier weken na ontvangst (%1).</translation>
    </message>
    <message>
        <source>No complaint.</source>
        <translation>Geen klacht.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Opdracht</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ont&amp;vangen op</translation>
    </message>
    <message>
        <source>&amp;What it is about</source>
        <translation>&amp;Waar gaat het over</translation>
    </message>
    <message>
        <source>&amp;Acknowledged in writing on</source>
        <translation>Ontvangst schriftelijk bevest&amp;igd op</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Se&amp;ttled on</source>
        <translation>Afgehan&amp;deld op</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wij&amp;zigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Referre&amp;d to</source>
        <translation>Doorverwezen &amp;naar</translation>
    </message>
    <message>
        <source>Co&amp;mplaint from</source>
        <translation>&amp;Klacht van</translation>
    </message>
    <message>
        <source>Handling &amp;notes</source>
        <translation>Behande&amp;ling</translation>
    </message>
    <message>
        <source>Print the a&amp;cknowledgement…</source>
        <translation>Ontvangstbevestiging &amp;afdrukken…</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>received %1, due %2</source>
        <translation>ontvangen %1, uiterlijk %2</translation>
    </message>
</context>
<context>
    <name>ComplianceCommand</name>
    <message>
        <source>Show where each article of the codes stands, per engagement, or what is due in the practice.</source>
        <translation>Toon per opdracht hoe elk artikel van de codes ervoor staat, of wat er in de praktijk te doen is.</translation>
    </message>
    <message>
        <source>Only the engagement with this id.</source>
        <translation>Alleen de opdracht met deze id.</translation>
    </message>
    <message>
        <source>List every open obligation with its due date, most urgent first.</source>
        <translation>Toon elke openstaande verplichting met de uiterste datum, de dringendste eerst.</translation>
    </message>
    <message>
        <source>Judge at this date instead of today (YYYY-MM-DD).</source>
        <translation>Beoordeel op deze datum in plaats van vandaag (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>--engagement needs an engagement id, a whole number of at least 1.</source>
        <translation>--engagement heeft een opdracht-id nodig: een geheel getal van minstens 1.</translation>
    </message>
    <message>
        <source>the day to judge</source>
        <translation>de dag waarop beoordeeld wordt</translation>
    </message>
</context>
<context>
    <name>ComplianceEvaluator</name>
    <message>
        <source>Mandaat has no check for this article.</source>
        <translation>Mandaat heeft geen controle voor dit artikel.</translation>
    </message>
    <message>
        <source>This version of Mandaat has no rule “%1”.</source>
        <translation>Deze versie van Mandaat heeft geen regel “%1”.</translation>
    </message>
</context>
<context>
    <name>ComplianceGuard</name>
    <message>
        <source>The report could not be checked against the consent.</source>
        <translation>De rapportage kon niet worden getoetst aan de toestemming.</translation>
    </message>
</context>
<context>
    <name>ConfidentialityExceptionsAgreed</name>
    <message>
        <source>Every party agreed beforehand when confidential information may have to go to the authorities.</source>
        <translation>Elke partij heeft vooraf ingestemd met wanneer vertrouwelijke informatie mogelijk naar de overheid moet.</translation>
    </message>
    <message>
        <source>Agree with %1, before the start, when confidential information may have to go to the authorities (illegal activity, a legal duty, a court order, a serious risk of harm); record when.</source>
        <translation>Spreek vóór de start met %1 af wanneer vertrouwelijke informatie mogelijk naar de overheid moet (illegale activiteiten, een wettelijke plicht, een gerechtelijk bevel, een ernstig risico op schade); leg vast wanneer.</translation>
    </message>
</context>
<context>
    <name>ConfirmationAccepted</name>
    <message>
        <source>Every party accepted the confirmation in writing.</source>
        <translation>Elke partij heeft de opdrachtbevestiging schriftelijk aanvaard.</translation>
    </message>
    <message>
        <source>Attach the signed confirmation, or record the acceptance by e-mail, of the %1.</source>
        <translation>Voeg de ondertekende opdrachtbevestiging van de %1 toe, of leg de aanvaarding per e-mail vast.</translation>
    </message>
    <message>
        <source>Every party accepted the new version of the confirmation after the amendment of %1.</source>
        <translation>Elke partij aanvaardde de nieuwe versie van de bevestiging na de wijziging van %1.</translation>
    </message>
    <message>
        <source>The terms were amended on %1: have the new version of the confirmation accepted by the %2.</source>
        <translation>De voorwaarden werden op %1 gewijzigd: laat de nieuwe versie van de bevestiging aanvaarden door de %2.</translation>
    </message>
</context>
<context>
    <name>ConfirmationComplete</name>
    <message>
        <source>The confirmation has every term it must state.</source>
        <translation>De opdrachtbevestiging bevat alle voorwaarden die ze moet vermelden.</translation>
    </message>
    <message>
        <source>The confirmation cannot be issued without %1.</source>
        <translation>De opdrachtbevestiging kan niet worden uitgegeven zonder %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmationGaps</name>
    <message>
        <source>the method (at least one method or tool, with its author or owner)</source>
        <translation>de methode (minstens één methode of instrument, met de auteur of eigenaar)</translation>
    </message>
    <message>
        <source>the fee (a rate, or the fixed price)</source>
        <translation>het honorarium (een tarief, of de vaste prijs)</translation>
    </message>
    <message>
        <source>the wording of the VAT exemption</source>
        <translation>de formulering van de btw-vrijstelling</translation>
    </message>
    <message>
        <source>the expenses arrangement</source>
        <translation>de afspraak over de onkosten</translation>
    </message>
    <message>
        <source>the payment method</source>
        <translation>de betalingswijze</translation>
    </message>
    <message>
        <source>the payment terms</source>
        <translation>de betaaltermijn</translation>
    </message>
    <message>
        <source>the payer&apos;s name</source>
        <translation>de naam van de betaler</translation>
    </message>
    <message>
        <source>the scheme&apos;s reference</source>
        <translation>de referentie van de regeling</translation>
    </message>
    <message>
        <source>the duration (planned start and end)</source>
        <translation>de tijdsduur (geplande start en einde)</translation>
    </message>
    <message>
        <source>the planned number of sessions</source>
        <translation>het geplande aantal sessies</translation>
    </message>
    <message>
        <source>the code of conduct that governs the engagement (subscribe to a code in the practice profile)</source>
        <translation>de gedragscode die op de opdracht van toepassing is (onderschrijf een code in het praktijkprofiel)</translation>
    </message>
    <message>
        <source>the cancellation policy</source>
        <translation>het annuleringsbeleid</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>The letter</source>
        <translation>De brief</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Issue and save as PDF…</source>
        <translation>&amp;Uitgeven en opslaan als pdf…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Accepted &amp;on</source>
        <translation>Aanvaard &amp;op</translation>
    </message>
    <message>
        <source>&amp;Attach signed copy…</source>
        <translation>Ondertekend &amp;exemplaar toevoegen…</translation>
    </message>
    <message>
        <source>Accepted by &amp;e-mail on this date</source>
        <translation>Aanvaard per e-&amp;mail op deze datum</translation>
    </message>
    <message>
        <source>Ac&amp;tivate the engagement</source>
        <translation>Opdracht &amp;activeren</translation>
    </message>
    <message>
        <source>Accepted by every party</source>
        <translation>Aanvaard door elke partij</translation>
    </message>
</context>
<context>
    <name>ConfirmationStatesCode</name>
    <message>
        <source>The engagement confirmation, which states the code, was issued.</source>
        <translation>De opdrachtbevestiging, die de code vermeldt, is uitgegeven.</translation>
    </message>
    <message>
        <source>Issue the engagement confirmation: it states that the code governs the engagement.</source>
        <translation>Geef de opdrachtbevestiging uit: die vermeldt dat de code op de opdracht van toepassing is.</translation>
    </message>
    <message>
        <source>The terms were amended on %1: issue a new version of the confirmation.</source>
        <translation>De voorwaarden werden op %1 gewijzigd: geef een nieuwe versie van de bevestiging uit.</translation>
    </message>
    <message>
        <source>A new version of the confirmation was issued after the amendment of %1.</source>
        <translation>Na de wijziging van %1 werd een nieuwe versie van de bevestiging uitgegeven.</translation>
    </message>
</context>
<context>
    <name>ConflictCheck</name>
    <message>
        <source>engagement %1 (%2, %3)</source>
        <translation>opdracht %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 is also the client of %2: evaluation and guidance of the same person collide. Record how they are kept apart (a boundary agreement).</source>
        <translation>%1 is ook cliënt van %2: evaluatie en begeleiding van dezelfde persoon botsen. Leg vast hoe die gescheiden blijven (een afbakeningsafspraak).</translation>
    </message>
    <message>
        <source>You worked with %1 before, in %2: keep your distance from a top civil servant under evaluation. Record how neutrality is kept, or decline.</source>
        <translation>U hebt eerder met %1 gewerkt, in %2: bewaar afstand tot een topambtenaar die geëvalueerd wordt. Leg vast hoe de neutraliteit bewaard blijft, of weiger de opdracht.</translation>
    </message>
    <message>
        <source>You declared a relationship with %1 (%2: %3): keep it apart from this engagement and record how (a boundary agreement).</source>
        <translation>U hebt een relatie met %1 gemeld (%2: %3): houd die gescheiden van deze opdracht en leg vast hoe (een afbakeningsafspraak).</translation>
    </message>
    <message>
        <source>Describe how the conflict is resolved: the boundary agreement the parties made.</source>
        <translation>Beschrijf hoe het conflict is opgelost: de afbakeningsafspraak die de partijen maakten.</translation>
    </message>
</context>
<context>
    <name>ConflictCheckRule</name>
    <message>
        <source>No conflict of interest was found among your engagements and declared relationships.</source>
        <translation>Er is geen belangenconflict gevonden in uw opdrachten en gemelde relaties.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>&amp;Boundary agreement</source>
        <translation>&amp;Afbakeningsafspraak</translation>
    </message>
    <message>
        <source>How the parties agreed to keep the roles apart</source>
        <translation>Hoe de partijen afspraken de rollen gescheiden te houden</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>Afgesproken &amp;op</translation>
    </message>
    <message>
        <source>&amp;Record the resolution</source>
        <translation>Oplossing &amp;vastleggen</translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation>Uw verklaringen</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>Re&amp;den</translation>
    </message>
    <message>
        <source>&amp;Proposed consultant</source>
        <translation>Voorgestelde &amp;consultant</translation>
    </message>
    <message>
        <source>A colleague without the conflict, proposed to the parties</source>
        <translation>Een collega zonder het conflict, voorgesteld aan de partijen</translation>
    </message>
    <message>
        <source>&amp;Decline the engagement…</source>
        <translation>Opdracht &amp;weigeren…</translation>
    </message>
    <message>
        <source>Resolve the selected finding</source>
        <translation>Los de gekozen bevinding op</translation>
    </message>
    <message>
        <source>I can do this work &amp;independently of the parties.</source>
        <translation>&amp;Ik kan dit werk onafhankelijk van de partijen doen.</translation>
    </message>
    <message>
        <source>The client’s &amp;interests come first, without conflicting with the principal’s.</source>
        <translation>De &amp;belangen van de cliënt gaan voor, zonder in strijd te zijn met die van de opdrachtgever.</translation>
    </message>
    <message>
        <source>I am &amp;neutral towards the person evaluated, without any appearance of partiality.</source>
        <translation>Ik ben &amp;neutraal tegenover de geëvalueerde persoon, zonder enige schijn van partijdigheid.</translation>
    </message>
    <message>
        <source>Or decline the engagement</source>
        <translation>Of weiger de opdracht</translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <source>Every conflict found has a recorded resolution.</source>
        <translation>Voor elk gevonden conflict is een oplossing vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ConflictTermination</name>
    <message>
        <source>The conflict was discussed and a successor proposed to the parties.</source>
        <translation>Het conflict is met de partijen besproken en er is een opvolger voorgesteld.</translation>
    </message>
    <message>
        <source>Discuss the conflict with the parties and propose a consultant without it; record the letter.</source>
        <translation>Bespreek het conflict met de partijen en stel een consultant zonder dat conflict voor; leg de brief vast.</translation>
    </message>
    <message>
        <source>Only when the engagement ends for a conflict of interest.</source>
        <translation>Alleen als de opdracht eindigt wegens een belangenconflict.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of the client</source>
        <translation>Toestemming van de cliënt</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Voor</translation>
    </message>
    <message>
        <source>&amp;Consents to</source>
        <translation>Geeft &amp;toestemming voor</translation>
    </message>
    <message>
        <source>&amp;Reports, one a line</source>
        <translation>&amp;Rapporten, één per regel</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Gegeven op</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Ingetrokken op</translation>
    </message>
    <message>
        <source>Information about the client goes to the principal only as far as the client consented. Record what the client agreed to, and when.</source>
        <translation>Informatie over de cliënt gaat alleen naar de opdrachtgever voor zover de cliënt daarmee heeft ingestemd. Leg vast waarmee de cliënt heeft ingestemd, en wanneer.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Information about the client goes to the principal only with the client’s consent. Record what the client agreed to.</source>
        <translation>Informatie over de cliënt gaat alleen met toestemming van de cliënt naar de opdrachtgever. Leg vast waarmee de cliënt heeft ingestemd.</translation>
    </message>
    <message>
        <source>The client &amp;consents to</source>
        <translation>De cliënt geeft &amp;toestemming voor</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>One report a line, as it will be titled</source>
        <translation>Eén rapport per regel, met de titel die het zal krijgen</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Gegeven op</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>There is no principal: nothing about the client goes to anyone without the client.</source>
        <translation>Er is geen opdrachtgever: niets over de cliënt gaat zonder de cliënt naar iemand anders.</translation>
    </message>
    <message>
        <source>In an evaluation or selection the report is what the principal commissions. Agree its content with the client beforehand.</source>
        <translation>Bij een evaluatie of selectie is de rapportage wat de opdrachtgever bestelt. Spreek de inhoud vooraf af met de cliënt.</translation>
    </message>
    <message>
        <source>What the report will contain, as agreed with the client</source>
        <translation>Wat de rapportage zal bevatten, zoals afgesproken met de cliënt</translation>
    </message>
    <message>
        <source>Information a party forbade you to use, or allowed only for a purpose. Leave it empty when there is none.</source>
        <translation>Informatie die een partij u verbood te gebruiken, of alleen voor een bepaald doel toestond. Laat leeg als er geen is.</translation>
    </message>
    <message>
        <source>What the principal may hear about the client</source>
        <translation>Wat de opdrachtgever over de cliënt mag horen</translation>
    </message>
    <message>
        <source>The report to the principal</source>
        <translation>De rapportage aan de opdrachtgever</translation>
    </message>
    <message>
        <source>Restrictions on use</source>
        <translation>Gebruiksbeperkingen</translation>
    </message>
</context>
<context>
    <name>ConsentScopeRecorded</name>
    <message>
        <source>The client agreed what the report to the principal contains.</source>
        <translation>De cliënt heeft afgesproken wat de rapportage aan de opdrachtgever bevat.</translation>
    </message>
    <message>
        <source>Agree with the client what the report to the principal will contain, and record it.</source>
        <translation>Spreek met de cliënt af wat de rapportage aan de opdrachtgever zal bevatten, en leg dat vast.</translation>
    </message>
    <message>
        <source>Record what the client consents to the principal hearing: nothing, progress only, or listed reports.</source>
        <translation>Leg vast waarover de opdrachtgever volgens de toestemming van de cliënt iets mag horen: niets, alleen de voortgang, of de genoemde rapporten.</translation>
    </message>
    <message>
        <source>Consent since %1: %2.</source>
        <translation>Toestemming sinds %1: %2.</translation>
    </message>
    <message>
        <source>The consent was withdrawn on %1: nothing about the client goes to the principal.</source>
        <translation>De toestemming is ingetrokken op %1: er gaat niets over de cliënt naar de opdrachtgever.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Supervision or consultation</source>
        <translation>Supervisie of raadpleging</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Gehouden op</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Met wie</translation>
    </message>
    <message>
        <source>&amp;Topic, without names</source>
        <translation>Onder&amp;werp, zonder namen</translation>
    </message>
    <message>
        <source>&amp;Principal informed</source>
        <translation>Opdrachtgever &amp;ingelicht</translation>
    </message>
    <message>
        <source>Informed &amp;on</source>
        <translation>Ingelicht &amp;op</translation>
    </message>
    <message>
        <source>Supervision and peer consultation are confidential; write the topic without names. Any consultation about this engagement, supervision included, happens with the principal&apos;s knowledge.</source>
        <translation>Supervisie en intervisie zijn vertrouwelijk; schrijf het onderwerp zonder namen. Elke raadpleging over deze opdracht, ook supervisie, gebeurt met medeweten van de opdrachtgever.</translation>
    </message>
</context>
<context>
    <name>ConsultationPrincipalInformed</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <source>No supervision or consultation about this engagement is recorded.</source>
        <translation>Er is geen supervisie of raadpleging over deze opdracht vastgelegd.</translation>
    </message>
    <message>
        <source>The principal knew of every supervision or consultation about this engagement.</source>
        <translation>De opdrachtgever was op de hoogte van elke supervisie of raadpleging over deze opdracht.</translation>
    </message>
    <message>
        <source>Inform the principal of the supervision or consultation about this engagement, and record it: %1.</source>
        <translation>Breng de opdrachtgever op de hoogte van de supervisie of raadpleging over deze opdracht, en leg het vast: %1.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>New practice</source>
        <translation>Nieuwe praktijk</translation>
    </message>
    <message>
        <source>Your practice is kept in one encrypted file, a vault. Choose where to keep it and the passphrase that opens it.</source>
        <translation>Uw praktijk wordt bewaard in één versleuteld bestand, een kluis. Kies waar u ze bewaart en met welke wachtwoordzin ze opent.</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Herhaal ze</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>The columns “%1” and “%2” hold the same thing; remove or rename one of them.</source>
        <translation>De kolommen “%1” en “%2” bevatten hetzelfde; verwijder of hernoem een ervan.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>The file has no column with the client&apos;s name. Name a column “naam” or “name” (or use “voornaam” and “achternaam”); the header line has: %1.</source>
        <translation>Het bestand heeft geen kolom met de naam van de cliënt. Noem een kolom “naam” of “name” (of gebruik “voornaam” en “achternaam”); de kopregel bevat: %1.</translation>
    </message>
    <message>
        <source>The file has no column with the principal&apos;s organisation. Name a column “organisatie” or “organisation”; the header line has: %1.</source>
        <translation>Het bestand heeft geen kolom met de organisatie van de opdrachtgever. Noem een kolom “organisatie” of “organisation”; de kopregel bevat: %1.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns; put a value that contains “%3” between double quotes.</source>
        <translation>de rij heeft %1 velden maar de kopregel heeft %2 kolommen; zet een waarde die “%3” bevat tussen dubbele aanhalingstekens.</translation>
    </message>
    <message>
        <source>“%1” is not a language Mandaat knows; use nl or en.</source>
        <translation>“%1” is geen taal die Mandaat kent; gebruik nl of en.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows to import.</source>
        <translation>Het bestand heeft een kopregel maar geen rijen om te importeren.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 is groter dan %2 MB; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Het importeren werd geannuleerd; er werd niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” (in Excel: Save as, CSV UTF-8) and try again.</source>
        <translation>Regel %1 is geen UTF-8-tekst. Sla het bestand op als “CSV UTF-8” (in Excel: Opslaan als, CSV UTF-8) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Line %1: a field that starts with a quote (&quot;) is never closed. Check the quotes in that line.</source>
        <translation>Regel %1: een veld dat met een aanhalingsteken (&quot;) begint, wordt nooit gesloten. Controleer de aanhalingstekens in die regel.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with the column names, and one line per record.</source>
        <translation>Het bestand is leeg: het heeft een kopregel met de kolomnamen nodig, en één regel per record.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a vault with a demo practice; the same seed and date give the same practice.</source>
        <translation>Maak een kluis met een demopraktijk; dezelfde seed en datum geven dezelfde praktijk.</translation>
    </message>
    <message>
        <source>The vault file to create; it must not exist.</source>
        <translation>Het kluisbestand dat aangemaakt wordt; het mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>About N clients (default %1, at least %2).</source>
        <translation>Ongeveer N cliënten (standaard %1, minstens %2).</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>De willekeurige seed (standaard 1).</translation>
    </message>
    <message>
        <source>The date every record counts back from (default: today, UTC).</source>
        <translation>De datum waarvan elk record terugrekent (standaard: vandaag, UTC).</translation>
    </message>
    <message>
        <source>--clients needs a whole number from %1 to %2.</source>
        <translation>--clients heeft een geheel getal van %1 tot %2 nodig.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed heeft een geheel getal van 0 of meer nodig.</translation>
    </message>
    <message>
        <source>Created %1 with a demo practice: %2 clients, %3 principals, %4 engagements, %5 sessions.</source>
        <translation>%1 aangemaakt met een demopraktijk: %2 cliënten, %3 opdrachtgevers, %4 opdrachten, %5 sessies.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Mandaat never overwrites a file when it creates a vault.</source>
        <translation>%1 bestaat al. Kies een andere naam; Mandaat overschrijft nooit een bestand wanneer het een kluis maakt.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>Building the demo practice…</source>
        <translation>De demopraktijk wordt opgebouwd…</translation>
    </message>
</context>
<context>
    <name>DemoPractice</name>
    <message>
        <source>The demo could not write %1: %2</source>
        <translation>De demo kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>de zoekindex</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>de praktijk</translation>
    </message>
    <message>
        <source>the practice profile</source>
        <translation>het praktijkprofiel</translation>
    </message>
    <message>
        <source>A demo practice has between %1 and %2 clients.</source>
        <translation>Een demopraktijk heeft tussen %1 en %2 cliënten.</translation>
    </message>
    <message>
        <source>The demo practice goes into a new, empty vault; this one already holds records.</source>
        <translation>De demopraktijk komt in een nieuwe, lege kluis; deze bevat al records.</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>het auditlog</translation>
    </message>
</context>
<context>
    <name>Destruction</name>
    <message>
        <source>note draft</source>
        <translation>concept van een notitie</translation>
    </message>
    <message>
        <source>earlier version of a note</source>
        <translation>eerdere versie van een notitie</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>report to the principal</source>
        <translation>rapportage aan de opdrachtgever</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>doorverwijzing</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>raadpleging</translation>
    </message>
    <message>
        <source>letter other than the confirmation</source>
        <translation>andere brief dan de opdrachtbevestiging</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <source>written warning</source>
        <translation>schriftelijke waarschuwing</translation>
    </message>
    <message>
        <source>evidence (text and file)</source>
        <translation>bewijsstuk (tekst en bestand)</translation>
    </message>
    <message>
        <source>session (place)</source>
        <translation>sessie (plaats)</translation>
    </message>
    <message>
        <source>engagement (objectives, expectations, notes)</source>
        <translation>opdracht (doelstellingen, verwachtingen, notities)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijsstuk</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <source>pinned code</source>
        <translation>vastgezette code</translation>
    </message>
    <message>
        <source>engagement (terms and fees)</source>
        <translation>opdracht (voorwaarden en honorarium)</translation>
    </message>
    <message>
        <source>member of the client system</source>
        <translation>lid van het cliëntsysteem</translation>
    </message>
    <message>
        <source>declared relationship</source>
        <translation>gemelde relatie</translation>
    </message>
    <message>
        <source>client (no other engagement)</source>
        <translation>cliënt (geen andere opdracht)</translation>
    </message>
    <message>
        <source>deleted: %1 × %2</source>
        <translation>verwijderd: %1 × %2</translation>
    </message>
    <message>
        <source>text cleared: %1 × %2</source>
        <translation>tekst gewist: %1 × %2</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>bekendmaking</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>opschorting</translation>
    </message>
    <message>
        <source>tool used with the client&apos;s data</source>
        <translation>hulpmiddel gebruikt met de gegevens van de cliënt</translation>
    </message>
</context>
<context>
    <name>DestructionDialog</name>
    <message>
        <source>Destroy after the retention date</source>
        <translation>Vernietigen na de bewaardatum</translation>
    </message>
    <message>
        <source>What will be destroyed:</source>
        <translation>Wat vernietigd wordt:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Text cleared</source>
        <translation>Tekst gewist</translation>
    </message>
    <message>
        <source>What stays: a tombstone with the ids, the dates, the reason and when, and an entry in the audit log. Backups made before today still hold the records; when one is restored, this destruction is applied again.</source>
        <translation>Wat blijft: een grafsteen met de id&apos;s, de data, de reden en het tijdstip, en een item in de auditlog. Back-ups van vóór vandaag bevatten de records nog; wordt er een teruggezet, dan wordt deze vernietiging opnieuw toegepast.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>I understand that this is destroyed for good and cannot be undone.</source>
        <translation>Ik begrijp dat dit definitief vernietigd wordt en niet ongedaan kan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>DisclosureCommand</name>
    <message>
        <source>Record confidential information passed on under an exception to confidentiality agreed in advance: to whom, on which ground, what, and whether the client was told.</source>
        <translation>Leg vertrouwelijke informatie vast die u doorgaf onder een vooraf afgesproken uitzondering op de vertrouwelijkheid: aan wie, op welke grond, wat, en of de cliënt het weet.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>Het nummer van de opdracht (zie &apos;list BESTAND engagements&apos;).</translation>
    </message>
    <message>
        <source>To whom the information went (an authority, a court, a person).</source>
        <translation>Aan wie de informatie ging (een overheid, een rechtbank, een persoon).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The exception it falls under: %1.</source>
        <translation>De uitzondering waaronder ze valt: %1.</translation>
    </message>
    <message>
        <source>GROUND</source>
        <translation>GROND</translation>
    </message>
    <message>
        <source>What was disclosed.</source>
        <translation>Wat werd bekendgemaakt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>The day of the disclosure (YYYY-MM-DD; default: today).</source>
        <translation>De dag van de bekendmaking (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The day the client was told of it (YYYY-MM-DD).</source>
        <translation>De dag waarop de cliënt het te horen kreeg (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Why the client was not told (without --client-told).</source>
        <translation>Waarom de cliënt het niet te horen kreeg (zonder --client-told).</translation>
    </message>
    <message>
        <source>&apos;disclosure&apos; needs --to NAME, --ground GROUND (%1) and --what TEXT.</source>
        <translation>&apos;disclosure&apos; vraagt --to NAAM, --ground GROND (%1) en --what TEKST.</translation>
    </message>
    <message>
        <source>Unknown ground &apos;%1&apos;. Use one of: %2.</source>
        <translation>Onbekende grond &apos;%1&apos;. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>the day of the disclosure</source>
        <translation>de dag van de bekendmaking</translation>
    </message>
    <message>
        <source>the day the client was told</source>
        <translation>de dag waarop de cliënt het te horen kreeg</translation>
    </message>
    <message>
        <source>The disclosure was saved but does not read back.</source>
        <translation>De bekendmaking werd bewaard, maar is niet terug te lezen.</translation>
    </message>
    <message>
        <source>Recorded disclosure %1 of %2 to %3 (%4).</source>
        <translation>Bekendmaking %1 van %2 aan %3 vastgelegd (%4).</translation>
    </message>
    <message>
        <source>The client was told on %1.</source>
        <translation>De cliënt kreeg het te horen op %1.</translation>
    </message>
    <message>
        <source>The client was not told.</source>
        <translation>De cliënt kreeg het niet te horen.</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Disclosure</source>
        <translation>Bekendmaking</translation>
    </message>
    <message>
        <source>Record confidential information you passed on under one of the exceptions to confidentiality agreed in advance: to whom, on which ground, what, and whether the client was told.</source>
        <translation>Leg vertrouwelijke informatie vast die u doorgaf onder een van de vooraf afgesproken uitzonderingen op de vertrouwelijkheid: aan wie, op welke grond, wat, en of de cliënt het weet.</translation>
    </message>
    <message>
        <source>&amp;Disclosed on</source>
        <translation>&amp;Bekendgemaakt op</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Aan wie</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Grond</translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation>&amp;Wat werd bekendgemaakt</translation>
    </message>
    <message>
        <source>&amp;Client told on</source>
        <translation>&amp;Cliënt ingelicht op</translation>
    </message>
    <message>
        <source>Why &amp;not told</source>
        <translation>Waarom &amp;niet ingelicht</translation>
    </message>
    <message>
        <source>Only when the client was not told</source>
        <translation>Alleen als de cliënt niet werd ingelicht</translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <source>You have no other role for this principal.</source>
        <translation>U hebt geen andere rol voor deze opdrachtgever.</translation>
    </message>
    <message>
        <source>Does this assignment follow from advice you gave in another role?</source>
        <translation>Vloeit deze opdracht voort uit advies dat u in een andere rol hebt gegeven?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>The advice, and to whom you gave it</source>
        <translation>Het advies, en aan wie u het gaf</translation>
    </message>
    <message>
        <source>Is this assignment part of an arrangement that ends the client’s employment?</source>
        <translation>Maakt deze opdracht deel uit van een regeling die het dienstverband van de cliënt beëindigt?</translation>
    </message>
    <message>
        <source>Y&amp;es</source>
        <translation>J&amp;a</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ee</translation>
    </message>
    <message>
        <source>Your other roles for the principal</source>
        <translation>Uw andere rollen voor de opdrachtgever</translation>
    </message>
    <message>
        <source>Earlier advice</source>
        <translation>Eerder advies</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>Einde van het dienstverband</translation>
    </message>
    <message>
        <source>Freedom to stop</source>
        <translation>Vrijheid om te stoppen</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Liable to VAT</source>
        <translation>Btw-plichtig</translation>
    </message>
    <message>
        <source>Small-enterprise scheme (Belgium)</source>
        <translation>Vrijstellingsregeling kleine ondernemingen (België)</translation>
    </message>
    <message>
        <source>Small business scheme, KOR (Netherlands)</source>
        <translation>Kleineondernemersregeling, KOR (Nederland)</translation>
    </message>
    <message>
        <source>Education exemption</source>
        <translation>Vrijstelling voor onderwijs</translation>
    </message>
    <message>
        <source>Other exemption</source>
        <translation>Andere vrijstelling</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kwalificatie</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditatie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vriend</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Zakelijke relatie</translation>
    </message>
    <message>
        <source>Former colleague</source>
        <translation>Oud-collega</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Andere relatie</translation>
    </message>
    <message>
        <source>Recruitment and selection</source>
        <translation>Werving en selectie</translation>
    </message>
    <message>
        <source>Employment-law advice</source>
        <translation>Arbeidsrechtelijk advies</translation>
    </message>
    <message>
        <source>Vocational advice</source>
        <translation>Beroepskeuzeadvies</translation>
    </message>
    <message>
        <source>Training advice</source>
        <translation>Opleidingsadvies</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Andere rol</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Client system</source>
        <translation>Cliëntsysteem</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Career guidance</source>
        <translation>Loopbaanbegeleiding</translation>
    </message>
    <message>
        <source>Career coaching</source>
        <translation>Loopbaancoaching</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <source>The principal</source>
        <translation>De opdrachtgever</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>De cliënt</translation>
    </message>
    <message>
        <source>A voucher or subsidy scheme</source>
        <translation>Een voucher- of subsidieregeling</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Een andere partij</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Per sessie</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Vaste prijs</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Overschrijving</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Domiciliëring (incasso)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Betaalkaart</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <source>Other payment method</source>
        <translation>Andere betalingswijze</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Stopped by the client</source>
        <translation>Gestopt door de cliënt</translation>
    </message>
    <message>
        <source>Stopped by the principal</source>
        <translation>Gestopt door de opdrachtgever</translation>
    </message>
    <message>
        <source>Ended early: completion not feasible</source>
        <translation>Vroegtijdig beëindigd: voltooiing niet haalbaar</translation>
    </message>
    <message>
        <source>Ended early: obstruction</source>
        <translation>Vroegtijdig beëindigd: obstructie</translation>
    </message>
    <message>
        <source>Unresolved conflict of interest</source>
        <translation>Onopgelost belangenconflict</translation>
    </message>
    <message>
        <source>Interrupted for more than six months</source>
        <translation>Meer dan zes maanden onderbroken</translation>
    </message>
    <message>
        <source>Declined or withdrawn before the start</source>
        <translation>Geweigerd of ingetrokken vóór de start</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiek</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alle partijen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>No information</source>
        <translation>Geen informatie</translation>
    </message>
    <message>
        <source>Progress only</source>
        <translation>Alleen voortgang</translation>
    </message>
    <message>
        <source>The listed reports</source>
        <translation>De genoemde rapporten</translation>
    </message>
    <message>
        <source>Progress information</source>
        <translation>Voortgangsinformatie</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Evaluatierapport</translation>
    </message>
    <message>
        <source>Peer consultation</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>Advice from a third party</source>
        <translation>Advies van een derde</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Illegal activity</source>
        <translation>Illegale activiteiten</translation>
    </message>
    <message>
        <source>A legal duty</source>
        <translation>Een wettelijke plicht</translation>
    </message>
    <message>
        <source>A court order or subpoena</source>
        <translation>Een gerechtelijk bevel of dagvaarding</translation>
    </message>
    <message>
        <source>A serious risk of harm to the client or others</source>
        <translation>Een ernstig risico op schade voor de cliënt of anderen</translation>
    </message>
    <message>
        <source>A conflict of interest being resolved</source>
        <translation>Een belangenconflict dat wordt opgelost</translation>
    </message>
    <message>
        <source>Your own limits or circumstances</source>
        <translation>Uw eigen grenzen of omstandigheden</translation>
    </message>
    <message>
        <source>The client&apos;s circumstances</source>
        <translation>De omstandigheden van de cliënt</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Confirmation of the engagement</source>
        <translation>Opdrachtbevestiging</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>Schriftelijke waarschuwing</translation>
    </message>
    <message>
        <source>Acknowledgement of a complaint</source>
        <translation>Ontvangstbevestiging van een klacht</translation>
    </message>
    <message>
        <source>Letter ending the engagement</source>
        <translation>Brief bij het einde van de opdracht</translation>
    </message>
    <message>
        <source>Handover letter</source>
        <translation>Overdrachtsbrief</translation>
    </message>
    <message>
        <source>the dossier</source>
        <translation>het dossier</translation>
    </message>
    <message>
        <source>the financial records</source>
        <translation>de financiële gegevens</translation>
    </message>
</context>
<context>
    <name>DossierWriter</name>
    <message>
        <source>file %1 (not in this export)</source>
        <translation>bestand %1 (niet in deze export)</translation>
    </message>
    <message>
        <source>%1 (in the archive as %2)</source>
        <translation>%1 (in het archief als %2)</translation>
    </message>
    <message>
        <source>Confidential record, exported %1</source>
        <translation>Vertrouwelijk dossier, geëxporteerd op %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Record of the practice</source>
        <translation>Dossier van de praktijk</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliënt: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Client&apos;s expectations</source>
        <translation>Verwachtingen van de cliënt</translation>
    </message>
    <message>
        <source>Principal&apos;s expectations</source>
        <translation>Verwachtingen van de opdrachtgever</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Andere belanghebbenden</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorarium</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>Geschat totaal</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Onkosten</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>Slotnotitie</translation>
    </message>
    <message>
        <source>Dossier kept until</source>
        <translation>Dossier bewaard tot</translation>
    </message>
    <message>
        <source>Financial records kept until</source>
        <translation>Financiële gegevens bewaard tot</translation>
    </message>
    <message>
        <source>No evidence is recorded.</source>
        <translation>Er is geen bewijs vastgelegd.</translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation>Sessies en notities</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>Uitgegeven brieven</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Engagement: %1</source>
        <translation>Opdracht: %1</translation>
    </message>
    <message>
        <source>Mandaat export</source>
        <translation>Mandaat-export</translation>
    </message>
    <message>
        <source>dossier.pdf could not be written: %1</source>
        <translation>dossier.pdf kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 per uur</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 per dag</translation>
    </message>
    <message>
        <source>%1 per session</source>
        <translation>%1 per sessie</translation>
    </message>
    <message>
        <source>a fixed price of %1</source>
        <translation>een vaste prijs van %1</translation>
    </message>
    <message>
        <source>Parties and terms</source>
        <translation>Partijen en afspraken</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>referentie %1</translation>
    </message>
    <message>
        <source>for a top civil servant</source>
        <translation>voor een topambtenaar</translation>
    </message>
    <message>
        <source>exempt: %1</source>
        <translation>vrijgesteld: %1</translation>
    </message>
    <message>
        <source>%1 VAT on top of the fee</source>
        <translation>%1 btw bovenop het honorarium</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Betaalt</translation>
    </message>
    <message>
        <source>Codes of conduct</source>
        <translation>Gedragscodes</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Brieven in</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Onboarding from</source>
        <translation>Intake vanaf</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Lopend vanaf</translation>
    </message>
    <message>
        <source>Ending from</source>
        <translation>Afronding vanaf</translation>
    </message>
    <message>
        <source>Compliance per article</source>
        <translation>Naleving per artikel</translation>
    </message>
    <message>
        <source>Written %1, last changed %2.</source>
        <translation>Geschreven op %1, laatst gewijzigd op %2.</translation>
    </message>
    <message>
        <source>Version %1, written %2 and replaced %3:</source>
        <translation>Versie %1, geschreven op %2 en vervangen op %3:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>a note outside a session</source>
        <translation>een notitie buiten een sessie</translation>
    </message>
    <message>
        <source>Draft kept %1, never saved as a note:</source>
        <translation>Concept bewaard op %1, nooit als notitie opgeslagen:</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Gegeven op %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>ingetrokken op %1</translation>
    </message>
    <message>
        <source>%1, sent %2</source>
        <translation>%1, verstuurd op %2</translation>
    </message>
    <message>
        <source>under the consent given %1</source>
        <translation>binnen de toestemming van %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <source>To be settled by</source>
        <translation>Af te handelen vóór</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>Klachtencommissie</translation>
    </message>
    <message>
        <source>involved</source>
        <translation>betrokken</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>aanvaard op %1</translation>
    </message>
    <message>
        <source>accepted %1 by %2</source>
        <translation>aanvaard op %1 per %2</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>uitgegeven op %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>signed copy %1</source>
        <translation>ondertekend exemplaar %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>toegevoegd op %1</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andere bestanden</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>gemeld op %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beëindigd op %1</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>De praktijk</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Complaints procedure</source>
        <translation>Klachtenprocedure</translation>
    </message>
    <message>
        <source>Complaints body</source>
        <translation>Klachteninstantie</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>General terms</source>
        <translation>Algemene voorwaarden</translation>
    </message>
    <message>
        <source>Profile last changed</source>
        <translation>Profiel laatst gewijzigd</translation>
    </message>
    <message>
        <source>Dossiers kept</source>
        <translation>Dossiers bewaard</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the engagement ends</source>
        <translation>
            <numerusform>%n maand na het einde van de opdracht</numerusform>
            <numerusform>%n maanden na het einde van de opdracht</numerusform>
        </translation>
    </message>
    <message>
        <source>Financial records kept</source>
        <translation>Financiële gegevens bewaard</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation>
            <numerusform>%n jaar na het einde van de opdracht</numerusform>
            <numerusform>%n jaar na het einde van de opdracht</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Herinnering aan een back-up</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>om de %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters written in</source>
        <translation>Brieven in het</translation>
    </message>
    <message>
        <source>Locks when idle for</source>
        <translation>Vergrendelt na</translation>
    </message>
    <message>
        <source>The practice&apos;s rules</source>
        <translation>Afspraken van de praktijk</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>behaald op %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation>onderschreven op %1</translation>
    </message>
    <message>
        <source>Registrations, qualifications and codes</source>
        <translation>Registraties, kwalificaties en gedragscodes</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Opdrachtgevers</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>Members of the client system:</source>
        <translation>Leden van het cliëntsysteem:</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>the principal informed</source>
        <translation>de opdrachtgever geïnformeerd</translation>
    </message>
    <message>
        <source>the principal informed %1</source>
        <translation>de opdrachtgever geïnformeerd op %1</translation>
    </message>
    <message>
        <source>%1 of engagement %2 destroyed %3 (kept until %4). %5</source>
        <translation>%1 van opdracht %2 vernietigd op %3 (bewaard tot %4). %5</translation>
    </message>
    <message>
        <source>Every entry of the audit log, oldest first, as Mandaat wrote it:</source>
        <translation>Elke regel van de auditlog, de oudste eerst, zoals Mandaat ze schreef:</translation>
    </message>
    <message>
        <source>The entries of the audit log about the engagements in this record, oldest first, as Mandaat wrote them:</source>
        <translation>De regels van de auditlog over de opdrachten in dit dossier, de oudste eerst, zoals Mandaat ze schreef:</translation>
    </message>
    <message>
        <source>engagement %1</source>
        <translation>opdracht %1</translation>
    </message>
    <message numerus="yes">
        <source>The whole practice: %n client(s)</source>
        <translation>
            <numerusform>De hele praktijk: %n cliënt</numerusform>
            <numerusform>De hele praktijk: %n cliënten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n engagement(s)</source>
        <translation>
            <numerusform>, %n opdracht</numerusform>
            <numerusform>, %n opdrachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything held about %1</source>
        <translation>Alles wat over %1 bewaard wordt</translation>
    </message>
    <message numerus="yes">
        <source>Every record about client %1, across %n engagement(s)</source>
        <translation>
            <numerusform>Alle gegevens over cliënt %1, in %n opdracht</numerusform>
            <numerusform>Alle gegevens over cliënt %1, in %n opdrachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Record of the engagement %1</source>
        <translation>Dossier van de opdracht %1</translation>
    </message>
    <message>
        <source>One engagement, with its client and principal</source>
        <translation>Eén opdracht, met haar cliënt en opdrachtgever</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhoud van de export</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, the chain intact</source>
        <translation>
            <numerusform>%n regel, de keten intact</numerusform>
            <numerusform>%n regels, de keten intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, the chain NOT intact: an entry was changed or removed</source>
        <translation>
            <numerusform>%n regel, de keten NIET intact: een regel werd gewijzigd of verwijderd</numerusform>
            <numerusform>%n regels, de keten NIET intact: een regel werd gewijzigd of verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>last entry&apos;s SHA-256: %1</source>
        <translation>SHA-256 van de laatste regel: %1</translation>
    </message>
    <message>
        <source>This record says in words what data.json in the same archive holds. The files it names are in the archive under the name given; their SHA-256 fingerprints are listed with the files of each engagement. Times are those of the computer that made the export.</source>
        <translation>Dit dossier zegt in woorden wat data.json in hetzelfde archief bevat. De bestanden die het noemt, zitten in het archief onder de vermelde naam; hun SHA-256-vingerafdrukken staan bij de bestanden van elke opdracht. Tijden zijn die van de computer die de export maakte.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>No practice profile is recorded in this vault.</source>
        <translation>In deze kluis is geen profiel van de praktijk vastgelegd.</translation>
    </message>
    <message>
        <source>Follows earlier advice</source>
        <translation>Volgt op eerder advies</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>Einde van het dienstverband</translation>
    </message>
    <message>
        <source>Restrictions on use</source>
        <translation>Gebruiksbeperkingen</translation>
    </message>
    <message>
        <source>Kept without an article of this engagement&apos;s codes</source>
        <translation>Bewaard zonder artikel van de codes van deze opdracht</translation>
    </message>
    <message>
        <source>Consents to inform the principal</source>
        <translation>Toestemmingen om de opdrachtgever te informeren</translation>
    </message>
    <message>
        <source>Reports to the principal</source>
        <translation>Rapportages aan de opdrachtgever</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Written warnings</source>
        <translation>Schriftelijke waarschuwingen</translation>
    </message>
    <message>
        <source>Complaints and their handling</source>
        <translation>Klachten en hun behandeling</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaring</translation>
    </message>
    <message>
        <source>The consultant&apos;s other roles for this principal:</source>
        <translation>Andere rollen van de adviseur voor deze opdrachtgever:</translation>
    </message>
    <message>
        <source>Relationships declared outside the work:</source>
        <translation>Gemelde relaties buiten het werk:</translation>
    </message>
    <message>
        <source>Supervision and consultation</source>
        <translation>Supervisie en raadpleging</translation>
    </message>
    <message>
        <source>Supervision and consultation outside an engagement</source>
        <translation>Supervisie en raadpleging buiten een opdracht</translation>
    </message>
    <message>
        <source>Destroyed after their retention date</source>
        <translation>Vernietigd na de bewaartermijn</translation>
    </message>
    <message>
        <source>Cancellation policy</source>
        <translation>Annuleringsbeleid</translation>
    </message>
    <message>
        <source>benefit to the consultant: %1, not disclosed to the client</source>
        <translation>voordeel voor de consultant: %1, niet aan de cliënt gemeld</translation>
    </message>
    <message>
        <source>benefit to the consultant: %1, disclosed to the client %2</source>
        <translation>voordeel voor de consultant: %1, aan de cliënt gemeld op %2</translation>
    </message>
    <message>
        <source>Disclosures under an exception to confidentiality</source>
        <translation>Bekendmakingen onder een uitzondering op de vertrouwelijkheid</translation>
    </message>
    <message>
        <source>the client was not told</source>
        <translation>de cliënt werd niet ingelicht</translation>
    </message>
    <message>
        <source>the client was told %1</source>
        <translation>de cliënt werd ingelicht op %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>aan %1</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Opschortingen</translation>
    </message>
    <message>
        <source>resumed %1</source>
        <translation>hervat op %1</translation>
    </message>
    <message>
        <source>to resume %1</source>
        <translation>te hervatten op %1</translation>
    </message>
    <message>
        <source>Tools used with the client&apos;s data</source>
        <translation>Hulpmiddelen gebruikt met de gegevens van de cliënt</translation>
    </message>
    <message>
        <source>tool %1</source>
        <translation>hulpmiddel %1</translation>
    </message>
    <message>
        <source>not agreed by the client</source>
        <translation>niet aanvaard door de cliënt</translation>
    </message>
    <message>
        <source>agreed by the client %1</source>
        <translation>door de cliënt aanvaard op %1</translation>
    </message>
    <message>
        <source>not agreed by the principal</source>
        <translation>niet aanvaard door de opdrachtgever</translation>
    </message>
    <message>
        <source>agreed by the principal %1</source>
        <translation>door de opdrachtgever aanvaard op %1</translation>
    </message>
    <message>
        <source>uses AI</source>
        <translation>gebruikt AI</translation>
    </message>
    <message>
        <source>no AI</source>
        <translation>geen AI</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>gegevens: %1</translation>
    </message>
    <message>
        <source>processor agreement</source>
        <translation>verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>no processor agreement</source>
        <translation>geen verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>nagekeken op %1</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>uit gebruik sinds %1</translation>
    </message>
    <message>
        <source>Technology register</source>
        <translation>Technologieregister</translation>
    </message>
</context>
<context>
    <name>DurationAdequacyConfirmed</name>
    <message>
        <source>You confirmed that the duration suffices for the objectives.</source>
        <translation>U hebt bevestigd dat de tijdsduur volstaat voor de doelstellingen.</translation>
    </message>
    <message>
        <source>Confirm that the planned duration and sessions suffice for the objectives.</source>
        <translation>Bevestig dat de geplande tijdsduur en sessies volstaan voor de doelstellingen.</translation>
    </message>
</context>
<context>
    <name>DurationPlanned</name>
    <message>
        <source>the planned start</source>
        <translation>de geplande start</translation>
    </message>
    <message>
        <source>an end date after the start</source>
        <translation>een einddatum na de start</translation>
    </message>
    <message>
        <source>the number of sessions</source>
        <translation>het aantal sessies</translation>
    </message>
    <message>
        <source>The duration and the number of sessions are planned.</source>
        <translation>De tijdsduur en het aantal sessies zijn gepland.</translation>
    </message>
    <message>
        <source>Set %1.</source>
        <translation>Stel %1 in.</translation>
    </message>
</context>
<context>
    <name>EarlyEndWarning</name>
    <message>
        <source>The client was warned in writing on %1.</source>
        <translation>De cliënt is op %1 schriftelijk gewaarschuwd.</translation>
    </message>
    <message>
        <source>Warn the client in writing before ending the engagement for obstruction.</source>
        <translation>Waarschuw de cliënt schriftelijk voordat u de opdracht beëindigt wegens obstructie.</translation>
    </message>
    <message>
        <source>Only when the engagement ends for obstruction.</source>
        <translation>Alleen als de opdracht eindigt wegens obstructie.</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <source>Emergency sheet</source>
        <translation>Noodblad</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Emergency key</source>
        <translation>Noodsleutel</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>This sheet opens the vault above without its passphrase. Keep it where you keep your passport: whoever holds it can read every record in the vault.</source>
        <translation>Dit blad opent de kluis hierboven zonder wachtwoordzin. Bewaar het waar u uw paspoort bewaart: wie het heeft, kan elk record in de kluis lezen.</translation>
    </message>
    <message>
        <source>To unlock with it, tick “Use the emergency key instead” on the unlock page and type the key; spaces and line breaks do not matter.</source>
        <translation>Om ermee te ontgrendelen, vinkt u op de ontgrendelpagina “Noodsleutel gebruiken” aan en typt u de sleutel; spaties en regeleinden doen er niet toe.</translation>
    </message>
    <message>
        <source>After a change of passphrase this sheet no longer opens the vault, but it still opens the backups made before the change.</source>
        <translation>Na een wijziging van de wachtwoordzin opent dit blad de kluis niet meer, maar wel nog de back-ups die vóór de wijziging zijn gemaakt.</translation>
    </message>
    <message>
        <source>Without Mandaat, the sqlcipher tool opens the file with PRAGMA key = &quot;x&apos;KEYSALT&apos;&quot;, where KEY is the emergency key and SALT the salt above, both without spaces, and PRAGMA cipher_page_size = 4096.</source>
        <translation>Zonder Mandaat opent de tool sqlcipher het bestand met PRAGMA key = &quot;x&apos;KEYSALT&apos;&quot;, waarbij KEY de noodsleutel is en SALT de salt hierboven, beide zonder spaties, en PRAGMA cipher_page_size = 4096.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>EmergencySheetDialog</name>
    <message>
        <source>Emergency sheet</source>
        <translation>Noodblad</translation>
    </message>
    <message>
        <source>Print the emergency sheet</source>
        <translation>Druk het noodblad af</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this sheet still opens the vault. Print it, or save it as a PDF and print that, and keep the paper where you keep your passport. Do not keep the PDF on this computer.</source>
        <translation>Als u de wachtwoordzin vergeet, opent dit blad de kluis nog altijd. Druk het af, of sla het op als pdf en druk die af, en bewaar het papier waar u uw paspoort bewaart. Bewaar de pdf niet op deze computer.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Emergency key</source>
        <translation>Noodsleutel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
</context>
<context>
    <name>EndCommand</name>
    <message>
        <source>End an engagement as the termination wizard does: the letter, the referral, the status and the retention dates.</source>
        <translation>Beëindig een opdracht zoals de beëindigingswizard dat doet: de brief, de doorverwijzing, de status en de bewaardata.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>De id van de opdracht (zie &apos;list FILE engagements&apos;).</translation>
    </message>
    <message>
        <source>Why it ends: %1.</source>
        <translation>Waarom ze eindigt: %1.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REDEN</translation>
    </message>
    <message>
        <source>The end date (YYYY-MM-DD).</source>
        <translation>De einddatum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>A note for the letter and the engagement&apos;s end.</source>
        <translation>Een notitie voor de brief en het einde van de opdracht.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANTWOORD</translation>
    </message>
    <message>
        <source>With --referral referred: to whom.</source>
        <translation>Met --referral referred: naar wie.</translation>
    </message>
    <message>
        <source>With --referral referred: the discipline.</source>
        <translation>Met --referral referred: de discipline.</translation>
    </message>
    <message>
        <source>DISCIPLINE</source>
        <translation>DISCIPLINE</translation>
    </message>
    <message>
        <source>Why the client was referred, or why not (required with --referral considered).</source>
        <translation>Waarom de cliënt is doorverwezen, of waarom niet (verplicht met --referral considered).</translation>
    </message>
    <message>
        <source>The letter&apos;s language: nl or en (default: the engagement&apos;s).</source>
        <translation>De taal van de brief: nl of en (standaard: die van de opdracht).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Keep the dossier until this date (default: the practice policy).</source>
        <translation>Bewaar het dossier tot deze datum (standaard: het praktijkbeleid).</translation>
    </message>
    <message>
        <source>Keep the financial records until this date (default: the practice policy).</source>
        <translation>Bewaar de financiële gegevens tot deze datum (standaard: het praktijkbeleid).</translation>
    </message>
    <message>
        <source>Unknown end reason &apos;%1&apos;. Use one of: %2.</source>
        <translation>Onbekende reden van beëindiging &apos;%1&apos;. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>&apos;end&apos; needs --reason REASON, one of: %1.</source>
        <translation>&apos;end&apos; heeft --reason REASON nodig, een van: %1.</translation>
    </message>
    <message>
        <source>--at needs the end date as YYYY-MM-DD, such as 2026-03-31.</source>
        <translation>--at heeft de einddatum nodig als JJJJ-MM-DD, zoals 2026-03-31.</translation>
    </message>
    <message>
        <source>Unknown referral answer &apos;%1&apos;: use referred, considered or none.</source>
        <translation>Onbekend antwoord over de doorverwijzing &apos;%1&apos;: gebruik referred, considered of none.</translation>
    </message>
    <message>
        <source>The end was recorded but the engagement reads back as %1.</source>
        <translation>Het einde is vastgelegd, maar de opdracht leest terug als %1.</translation>
    </message>
    <message>
        <source>Ended engagement %1 on %2 (%3); the dossier is kept until %4, the financial records until %5.</source>
        <translation>Opdracht %1 beëindigd op %2 (%3); het dossier wordt bewaard tot %4, de financiële gegevens tot %5.</translation>
    </message>
    <message>
        <source>For conflict_of_interest: the consultant you propose to take over.</source>
        <translation>Bij conflict_of_interest: de consultant die u voorstelt om het over te nemen.</translation>
    </message>
    <message>
        <source>Before ending early: referred (the client was referred), considered (not referred, with --referral-reason) or none.</source>
        <translation>Vóór een vroegtijdig einde: referred (de cliënt is doorverwezen), considered (niet doorverwezen, met --referral-reason) of none.</translation>
    </message>
    <message>
        <source>With --referral referred: the fee or other benefit you receive for it.</source>
        <translation>Met --referral referred: de vergoeding of het andere voordeel dat u ervoor krijgt.</translation>
    </message>
    <message>
        <source>With --referral-benefit: the day the client was told of it (YYYY-MM-DD).</source>
        <translation>Met --referral-benefit: de dag waarop de cliënt het te horen kreeg (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>de einddatum</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>the day the client was told</source>
        <translation>de dag waarop de cliënt het te horen kreeg</translation>
    </message>
    <message>
        <source>--benefit-disclosed goes with --referral-benefit: say which benefit the client was told of.</source>
        <translation>--benefit-disclosed hoort bij --referral-benefit: zeg over welk voordeel de cliënt werd ingelicht.</translation>
    </message>
    <message>
        <source>--referral-benefit goes with --referral referred.</source>
        <translation>--referral-benefit hoort bij --referral referred.</translation>
    </message>
</context>
<context>
    <name>EndOfEmploymentDisclosed</name>
    <message>
        <source>Answer whether this assignment is part of an end-of-employment arrangement.</source>
        <translation>Geef aan of deze opdracht deel uitmaakt van een regeling bij het einde van een dienstverband.</translation>
    </message>
    <message>
        <source>The assignment is not part of an end-of-employment arrangement.</source>
        <translation>De opdracht maakt geen deel uit van een regeling bij het einde van een dienstverband.</translation>
    </message>
    <message>
        <source>Every party knows the assignment is part of an end-of-employment arrangement.</source>
        <translation>Elke partij weet dat de opdracht deel uitmaakt van een regeling bij het einde van een dienstverband.</translation>
    </message>
    <message>
        <source>Record that the %1 were told the assignment is part of an end-of-employment arrangement.</source>
        <translation>Leg vast dat aan de %1 is meegedeeld dat de opdracht deel uitmaakt van een regeling bij het einde van een dienstverband.</translation>
    </message>
</context>
<context>
    <name>EngagementCommand</name>
    <message>
        <source>Unknown %1 &apos;%2&apos;. Use one of: %3.</source>
        <translation>Onbekende %1 &apos;%2&apos;. Gebruik een van: %3.</translation>
    </message>
    <message>
        <source>--%1 needs an id, a whole number of at least 1 (see &apos;list FILE %1s&apos;).</source>
        <translation>--%1 heeft een id nodig, een geheel getal van minstens 1 (zie &apos;list FILE %1s&apos;).</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, such as 2026-03-31.</source>
        <translation>--%1 heeft een datum nodig als JJJJ-MM-DD, zoals 2026-03-31.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an amount; write it as 95.00 or 1250.</source>
        <translation>--%1: “%2” is geen bedrag; schrijf het als 95.00 of 1250.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 neemt yes of no.</translation>
    </message>
    <message>
        <source>Open a new engagement as the onboarding wizard does: the parties, the expectations, the methods and the terms; its onboarding begins.</source>
        <translation>Open een nieuwe opdracht zoals de opstartwizard dat doet: de partijen, de verwachtingen, de methoden en de voorwaarden; de opstartfase begint.</translation>
    </message>
    <message>
        <source>The client&apos;s id (see &apos;list FILE clients&apos;).</source>
        <translation>De id van de cliënt (zie &apos;list FILE clients&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The principal&apos;s id (see &apos;list FILE principals&apos;); without it the client pays.</source>
        <translation>De id van de opdrachtgever (zie &apos;list FILE principals&apos;); zonder opdrachtgever betaalt de cliënt.</translation>
    </message>
    <message>
        <source>The kind of engagement: %1.</source>
        <translation>Het soort opdracht: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>The letters&apos; language: nl (default) or en.</source>
        <translation>De taal van de brieven: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>The engagement&apos;s title (default: the kind and the client&apos;s name).</source>
        <translation>De titel van de opdracht (standaard: het soort en de naam van de cliënt).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>An evaluation or selection of a top civil servant.</source>
        <translation>Een evaluatie of selectie van een topambtenaar.</translation>
    </message>
    <message>
        <source>The day the onboarding begins (YYYY-MM-DD; default: today).</source>
        <translation>De dag waarop de opstartfase begint (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The objectives.</source>
        <translation>De doelstellingen.</translation>
    </message>
    <message>
        <source>What the client expects.</source>
        <translation>Wat de cliënt verwacht.</translation>
    </message>
    <message>
        <source>What the principal expects.</source>
        <translation>Wat de opdrachtgever verwacht.</translation>
    </message>
    <message>
        <source>Other stakeholders and what they expect.</source>
        <translation>Andere belanghebbenden en wat zij verwachten.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Who pays: %1.</source>
        <translation>Wie betaalt: %1.</translation>
    </message>
    <message>
        <source>PAYER</source>
        <translation>BETALER</translation>
    </message>
    <message>
        <source>The scheme or third party that pays.</source>
        <translation>De regeling of derde die betaalt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The scheme&apos;s reference for this engagement.</source>
        <translation>De referentie van de regeling voor deze opdracht.</translation>
    </message>
    <message>
        <source>How the fee is counted: %1.</source>
        <translation>Hoe het honorarium berekend wordt: %1.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>The rate or the fixed price, such as 95.00.</source>
        <translation>Het tarief of de vaste prijs, zoals 95.00.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BEDRAG</translation>
    </message>
    <message>
        <source>The currency (default: EUR).</source>
        <translation>De munt (standaard: EUR).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The VAT rate in percent (default: 21).</source>
        <translation>Het btw-tarief in procent (standaard: 21).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROCENT</translation>
    </message>
    <message>
        <source>Exempt from VAT, with the wording the letter states.</source>
        <translation>Vrijgesteld van btw, met de vermelding die de brief opneemt.</translation>
    </message>
    <message>
        <source>The estimated total, such as 1250.</source>
        <translation>Het geraamde totaal, zoals 1250.</translation>
    </message>
    <message>
        <source>How expenses are charged.</source>
        <translation>Hoe onkosten worden aangerekend.</translation>
    </message>
    <message>
        <source>How it is paid: %1.</source>
        <translation>Hoe er betaald wordt: %1.</translation>
    </message>
    <message>
        <source>The payment terms, such as &quot;Within 14 days&quot;.</source>
        <translation>De betalingsvoorwaarden, zoals &quot;Binnen 14 dagen&quot;.</translation>
    </message>
    <message>
        <source>The planned start (YYYY-MM-DD).</source>
        <translation>De geplande start (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The planned end (YYYY-MM-DD).</source>
        <translation>Het geplande einde (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The planned number of sessions.</source>
        <translation>Het geplande aantal sessies.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>yes or no: the engagement follows advice you gave in another role.</source>
        <translation>yes of no: de opdracht volgt op advies dat u in een andere rol gaf.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANTWOORD</translation>
    </message>
    <message>
        <source>With --follows-advice yes: that advice.</source>
        <translation>Met --follows-advice yes: dat advies.</translation>
    </message>
    <message>
        <source>yes or no: the engagement may lead to the end of the client&apos;s employment.</source>
        <translation>yes of no: de opdracht kan leiden tot het einde van de tewerkstelling van de cliënt.</translation>
    </message>
    <message>
        <source>What the client does not want used, or passed on.</source>
        <translation>Wat de cliënt niet gebruikt of doorgegeven wil zien.</translation>
    </message>
    <message>
        <source>&apos;engagement&apos; needs --client ID and --kind KIND, one of: %1.</source>
        <translation>&apos;engagement&apos; heeft --client ID en --kind KIND nodig, een van: %1.</translation>
    </message>
    <message>
        <source>kind of engagement</source>
        <translation>soort opdracht</translation>
    </message>
    <message>
        <source>letter language</source>
        <translation>taal voor de brieven</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>betaler</translation>
    </message>
    <message>
        <source>fee model</source>
        <translation>honorariummodel</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>betaalwijze</translation>
    </message>
    <message numerus="yes">
        <source>--method takes &quot;NAME|AUTHOR|DESCRIPTION&quot;: “%1” has %n part(s).</source>
        <translation>
            <numerusform>--method neemt &quot;NAAM|AUTEUR|BESCHRIJVING&quot;: “%1” heeft %n deel.</numerusform>
            <numerusform>--method neemt &quot;NAAM|AUTEUR|BESCHRIJVING&quot;: “%1” heeft %n delen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--vat-rate takes a percentage from 0 to 100, such as 21 or 9.</source>
        <translation>--vat-rate neemt een percentage van 0 tot 100, zoals 21 of 9.</translation>
    </message>
    <message>
        <source>--sessions takes a whole number of at least 1.</source>
        <translation>--sessions neemt een geheel getal van minstens 1.</translation>
    </message>
    <message>
        <source>--at lies in the future: open an engagement on the day its onboarding begins.</source>
        <translation>--at ligt in de toekomst: open een opdracht op de dag dat haar opstartfase begint.</translation>
    </message>
    <message>
        <source>There is no client %1 (see &apos;list FILE clients&apos;).</source>
        <translation>Er is geen cliënt %1 (zie &apos;list FILE clients&apos;).</translation>
    </message>
    <message>
        <source>There is no principal %1 (see &apos;list FILE principals&apos;).</source>
        <translation>Er is geen opdrachtgever %1 (zie &apos;list FILE principals&apos;).</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets bewaard.</translation>
    </message>
    <message>
        <source>The engagement was saved but does not read back as it was given.</source>
        <translation>De opdracht is bewaard, maar leest niet terug zoals ze gegeven werd.</translation>
    </message>
    <message>
        <source>Opened engagement %1, “%2”, in onboarding since %3.</source>
        <translation>Opdracht %1, “%2”, geopend; in de opstartfase sinds %3.</translation>
    </message>
    <message>
        <source>A method, as &quot;NAME|AUTHOR|DESCRIPTION&quot; (the author or owner, never yourself for what is not yours); repeat it for more.</source>
        <translation>Een methode, als &quot;NAAM|AUTEUR|BESCHRIJVING&quot; (de auteur of eigenaar, nooit uzelf voor wat niet van u is); herhaal de optie voor meer.</translation>
    </message>
    <message>
        <source>Next: record the onboarding (&apos;record FILE %1 TOPIC&apos;), issue the confirmation (&apos;letter&apos;), record its acceptance (&apos;accept&apos;); &apos;compliance FILE --engagement %1&apos; shows what is still due.</source>
        <translation>Daarna: leg de opstart vast (&apos;record FILE %1 TOPIC&apos;), geef de bevestiging uit (&apos;letter&apos;), leg haar aanvaarding vast (&apos;accept&apos;); &apos;compliance FILE --engagement %1&apos; toont wat nog moet.</translation>
    </message>
    <message>
        <source>What a session cancelled late or missed costs (asked by ICF).</source>
        <translation>Wat een te laat afgezegde of gemiste sessie kost (gevraagd door ICF).</translation>
    </message>
</context>
<context>
    <name>EngagementLifecycle</name>
    <message>
        <source>The engagement&apos;s status is not one Mandaat knows.</source>
        <translation>Mandaat kent de status van de opdracht niet.</translation>
    </message>
    <message>
        <source>The engagement has ended, and an ended engagement is final. Start a new engagement instead.</source>
        <translation>De opdracht is beëindigd, en een beëindigde opdracht is definitief. Begin in plaats daarvan een nieuwe opdracht.</translation>
    </message>
    <message>
        <source>The engagement is already %1.</source>
        <translation>De opdracht heeft al de status %1.</translation>
    </message>
    <message>
        <source>An active engagement ends through the termination steps: start ending it first.</source>
        <translation>Een actieve opdracht eindigt via de beëindigingsstappen: begin eerst met het beëindigen.</translation>
    </message>
    <message>
        <source>An engagement cannot go back from %1 to %2.</source>
        <translation>Een opdracht kan niet terug van status %1 naar %2.</translation>
    </message>
    <message>
        <source>Say why the engagement ends: choose an end reason.</source>
        <translation>Geef aan waarom de opdracht eindigt: kies een reden van beëindiging.</translation>
    </message>
    <message>
        <source>“%1” is for an engagement that never started; this one was active.</source>
        <translation>“%1” is voor een opdracht die nooit gestart is; deze was actief.</translation>
    </message>
    <message>
        <source>“%1” is for an engagement that was active; this one never started. Choose “%2”.</source>
        <translation>“%1” is voor een opdracht die actief was; deze is nooit gestart. Kies “%2”.</translation>
    </message>
    <message>
        <source>Enter the date of this step.</source>
        <translation>Vul de datum van deze stap in.</translation>
    </message>
    <message>
        <source>An engagement cannot skip a step: from %1 the next step is %2.</source>
        <translation>Een opdracht kan geen stap overslaan: vanaf %1 is de volgende stap %2.</translation>
    </message>
    <message>
        <source>The date of this step (%1) is before an earlier step, “%2”, on %3.</source>
        <translation>De datum van deze stap (%1) ligt vóór een eerdere stap, “%2”, op %3.</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <source>Change the s&amp;tatus</source>
        <translation>S&amp;tatus wijzigen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>One ZIP with the readable dossier, the data and the files, encrypted with a password</source>
        <translation>Eén ZIP met het leesbare dossier, de gegevens en de bestanden, versleuteld met een wachtwoord</translation>
    </message>
</context>
<context>
    <name>EngagementTermsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>Beta&amp;ler</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;reference</source>
        <translation>&amp;Referentie van de betaler</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Doelstellingen</translation>
    </message>
    <message>
        <source>Client&apos;s e&amp;xpectations</source>
        <translation>&amp;Verwachtingen van de cliënt</translation>
    </message>
    <message>
        <source>Principal&apos;s expectat&amp;ions</source>
        <translation>Ver&amp;wachtingen van de opdrachtgever</translation>
    </message>
    <message>
        <source>Other &amp;stakeholders</source>
        <translation>Andere belanghebbende&amp;n</translation>
    </message>
    <message>
        <source>&amp;Methods and tools</source>
        <translation>&amp;Methoden en instrumenten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Author or owner</source>
        <translation>Auteur of eigenaar</translation>
    </message>
    <message>
        <source>Add &amp;method</source>
        <translation>Methode toevoege&amp;n</translation>
    </message>
    <message>
        <source>Payment m&amp;ethod</source>
        <translation>Betalings&amp;wijze</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms</source>
        <translation>Betaalter&amp;mijn</translation>
    </message>
    <message>
        <source>Planned s&amp;tart</source>
        <translation>Geplande st&amp;art</translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation>Gepland &amp;einde</translation>
    </message>
    <message>
        <source>Planned sessio&amp;ns</source>
        <translation>Geplande se&amp;ssies</translation>
    </message>
    <message>
        <source>Earlier advice</source>
        <translation>Eerder advies</translation>
    </message>
    <message>
        <source>&amp;Language of the letters</source>
        <translation>Taal van de b&amp;rieven</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wij&amp;zigingen ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Concept verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Princip&amp;al</source>
        <translation>&amp;Opdrachtgever</translation>
    </message>
    <message>
        <source>&amp;Who pays</source>
        <translation>&amp;Wie betaalt</translation>
    </message>
    <message>
        <source>&amp;Remove method</source>
        <translation>Methode verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Expe&amp;nses</source>
        <translation>On&amp;kosten</translation>
    </message>
    <message>
        <source>Evaluation of a top civil ser&amp;vant</source>
        <translation>&amp;Evaluatie van een topambtenaar</translation>
    </message>
    <message>
        <source>Follows earlier a&amp;dvice</source>
        <translation>Volgt op eerder a&amp;dvies</translation>
    </message>
    <message>
        <source>Part of the end of e&amp;mployment</source>
        <translation>Onderdeel van einde dienst&amp;verband</translation>
    </message>
    <message>
        <source>Use of the results</source>
        <translation>Gebruik van de resultaten</translation>
    </message>
    <message>
        <source>Cancellation policy</source>
        <translation>Annuleringsbeleid</translation>
    </message>
</context>
<context>
    <name>ExpectationsPage</name>
    <message>
        <source>The &amp;client’s expectations</source>
        <translation>Verwachtingen van de &amp;cliënt</translation>
    </message>
    <message>
        <source>What the client hopes to get from the engagement</source>
        <translation>Wat de cliënt van de opdracht hoopt te krijgen</translation>
    </message>
    <message>
        <source>The &amp;principal’s expectations</source>
        <translation>Verwachtingen van de &amp;opdrachtgever</translation>
    </message>
    <message>
        <source>What the principal expects, and what it will not hear</source>
        <translation>Wat de opdrachtgever verwacht, en wat hij niet te horen krijgt</translation>
    </message>
    <message>
        <source>&amp;Other stakeholders</source>
        <translation>&amp;Andere belanghebbenden</translation>
    </message>
    <message>
        <source>Others whose expectations you take into account (a manager, a team); optional</source>
        <translation>Anderen met wier verwachtingen u rekening houdt (een leidinggevende, een team); optioneel</translation>
    </message>
    <message>
        <source>Agreed &amp;objectives</source>
        <translation>Afgesproken &amp;doelstellingen</translation>
    </message>
    <message>
        <source>What the client and you agreed to work on, one objective a line</source>
        <translation>Waaraan de cliënt en u afspraken te werken, één doelstelling per regel</translation>
    </message>
</context>
<context>
    <name>ExpectationsRecorded</name>
    <message>
        <source>the client&apos;s expectations</source>
        <translation>de verwachtingen van de cliënt</translation>
    </message>
    <message>
        <source>the principal&apos;s expectations</source>
        <translation>de verwachtingen van de opdrachtgever</translation>
    </message>
    <message>
        <source>the agreed objectives</source>
        <translation>de afgesproken doelstellingen</translation>
    </message>
    <message>
        <source>The expectations and the agreed objectives are recorded.</source>
        <translation>De verwachtingen en de afgesproken doelstellingen zijn vastgelegd.</translation>
    </message>
    <message>
        <source>Record %1.</source>
        <translation>Leg %1 vast.</translation>
    </message>
</context>
<context>
    <name>ExportCollector</name>
    <message>
        <source>There is no engagement %1.</source>
        <translation>Er is geen opdracht %1.</translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation>Er is geen cliënt %1.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>De records konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Attachment %1 could not be read: %2</source>
        <translation>Bijlage %1 kon niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Standard input ended before the export password was read.</source>
        <translation>De standaardinvoer eindigde voordat het exportwachtwoord was gelezen.</translation>
    </message>
    <message>
        <source>Password for the export: </source>
        <translation>Wachtwoord voor de export: </translation>
    </message>
    <message>
        <source>No export password given: there is no terminal to ask on. Use --password-stdin, set MANDAAT_EXPORT_PASSWORD, or choose --plaintext.</source>
        <translation>Geen exportwachtwoord opgegeven: er is geen terminal om het te vragen. Gebruik --password-stdin, stel MANDAAT_EXPORT_PASSWORD in, of kies --plaintext.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <source>The two passwords differ or are empty; nothing was exported.</source>
        <translation>De twee wachtwoorden verschillen of zijn leeg; er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>Export an engagement, everything about a client (GDPR art. 15 and 20) or the whole practice as a ZIP with dossier.pdf, data.json and the attachments, encrypted with AES-256.</source>
        <translation>Exporteer een opdracht, alles over een cliënt (AVG art. 15 en 20) of de hele praktijk als een ZIP met dossier.pdf, data.json en de bijlagen, versleuteld met AES-256.</translation>
    </message>
    <message>
        <source>Export this engagement.</source>
        <translation>Exporteer deze opdracht.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Export every record about this client, across engagements.</source>
        <translation>Exporteer elk record over deze cliënt, over alle opdrachten heen.</translation>
    </message>
    <message>
        <source>Export the whole practice.</source>
        <translation>Exporteer de hele praktijk.</translation>
    </message>
    <message>
        <source>The ZIP file to write.</source>
        <translation>Het ZIP-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <source>Read the export password from standard input: the line after the passphrase when --passphrase-stdin is also given, else the first line. Otherwise MANDAAT_EXPORT_PASSWORD, or a prompt.</source>
        <translation>Lees het exportwachtwoord van de standaardinvoer: de regel na de wachtwoordzin als ook --passphrase-stdin is opgegeven, anders de eerste regel. Zonder deze optie: MANDAAT_EXPORT_PASSWORD, of een vraag in de terminal.</translation>
    </message>
    <message>
        <source>Do not encrypt the ZIP (a warning is printed).</source>
        <translation>Versleutel de ZIP niet (er wordt een waarschuwing getoond).</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs one of --engagement ID, --client ID or --all, and --out X.zip.</source>
        <translation>&apos;export&apos; heeft een van --engagement ID, --client ID of --all nodig, en --out X.zip.</translation>
    </message>
    <message>
        <source>The export was written, but the audit entry could not be: %1</source>
        <translation>De export is geschreven, maar het auditlogitem kon niet worden geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n engagement(s)</source>
        <translation>
            <numerusform>%1 geschreven: %n opdracht</numerusform>
            <numerusform>%1 geschreven: %n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n note(s)</source>
        <translation>
            <numerusform>, %n notitie</numerusform>
            <numerusform>, %n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s)</source>
        <translation>
            <numerusform>, %n bestand</numerusform>
            <numerusform>, %n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>, encrypted with AES-256.</source>
        <translation>, versleuteld met AES-256.</translation>
    </message>
    <message>
        <source>, NOT encrypted.</source>
        <translation>, NIET versleuteld.</translation>
    </message>
    <message>
        <source>Replace the ZIP file when it exists (never a vault or a folder).</source>
        <translation>Vervang het ZIP-bestand als het bestaat (nooit een kluis of een map).</translation>
    </message>
    <message>
        <source>Add --overwrite to replace it.</source>
        <translation>Voeg --overwrite toe om het te vervangen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The archive holds dossier.pdf (the record to read and print), data.json (every record, complete, for another program) and the files in attachments/.</source>
        <translation>Het archief bevat dossier.pdf (het dossier om te lezen en af te drukken), data.json (elk record, volledig, voor een ander programma) en de bestanden in attachments/.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>&amp;Encrypt with AES-256 and a password (recommended)</source>
        <translation>&amp;Versleutelen met AES-256 en een wachtwoord (aanbevolen)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Do &amp;not encrypt (plaintext)</source>
        <translation>&amp;Niet versleutelen (leesbare tekst)</translation>
    </message>
    <message>
        <source>I &amp;understand: anyone who gets the file can read it</source>
        <translation>Ik &amp;begrijp het: iedereen die het bestand krijgt, kan het lezen</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&amp;Export the engagement afterwards: one encrypted ZIP with the readable dossier and the data</source>
        <translation>Opdracht daarna &amp;exporteren: één versleutelde ZIP met het leesbare dossier en de gegevens</translation>
    </message>
</context>
<context>
    <name>FinalReportPage</name>
    <message>
        <source>Record a final report to the principal</source>
        <translation>Leg een eindrapportage aan de opdrachtgever vast</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Samen&amp;vatting:</translation>
    </message>
    <message>
        <source>S&amp;ent on:</source>
        <translation>Verstuurd &amp;op:</translation>
    </message>
</context>
<context>
    <name>FreedomToStopEveryParty</name>
    <message>
        <source>Every party was told that each of them may end the relationship at any time.</source>
        <translation>Elke partij werd gezegd dat elk van hen de relatie op elk moment kan beëindigen.</translation>
    </message>
    <message>
        <source>Tell %1 that every party may end the relationship at any time, within the agreement; record when.</source>
        <translation>Zeg %1 dat elke partij de relatie op elk moment kan beëindigen, binnen de overeenkomst; leg vast wanneer.</translation>
    </message>
</context>
<context>
    <name>FreedomToStopExplained</name>
    <message>
        <source>The client was told they are free to stop.</source>
        <translation>De cliënt is verteld dat hij of zij vrij is om te stoppen.</translation>
    </message>
    <message>
        <source>The client was told they are free to stop, on %1: after the first contact on %2.</source>
        <translation>De cliënt is op %1 verteld dat hij of zij vrij is om te stoppen: na het eerste contact op %2.</translation>
    </message>
    <message>
        <source>Tell the client, at the first contact, that they are free to accept or refuse the service and to stop at any moment; record when.</source>
        <translation>Vertel de cliënt bij het eerste contact dat hij of zij vrij is om de dienstverlening te aanvaarden of te weigeren en om op elk moment te stoppen; leg vast wanneer.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>The code of conduct</source>
        <translation>De gedragscode</translation>
    </message>
    <message>
        <source>The privacy notice (GDPR art. 13)</source>
        <translation>De privacyverklaring (AVG art. 13)</translation>
    </message>
    <message>
        <source>The nature of the engagement and its terms, explained to each party, who said they understood.</source>
        <translation>De aard van de opdracht en de voorwaarden, uitgelegd aan elke partij, die zei ze te begrijpen.</translation>
    </message>
    <message>
        <source>Explained, and understood</source>
        <translation>Uitgelegd en begrepen</translation>
    </message>
    <message>
        <source>Limits of confidentiality, agreed in advance</source>
        <translation>Grenzen van de vertrouwelijkheid, vooraf afgesproken</translation>
    </message>
    <message>
        <source>When confidential information may have to go to the authorities: illegal activity, a legal duty, a court order, a serious risk of harm. The letter lists these exceptions; each party agrees to them before the start.</source>
        <translation>Wanneer vertrouwelijke informatie mogelijk naar de overheid moet: illegale activiteiten, een wettelijke plicht, een gerechtelijk bevel, een ernstig risico op schade. De brief somt deze uitzonderingen op; elke partij stemt er vóór de start mee in.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import clients or principals from a CSV file, all or nothing (see docs/csv-import.md).</source>
        <translation>Importeer cliënten of opdrachtgevers uit een CSV-bestand, alles of niets (zie docs/csv-import.md).</translation>
    </message>
    <message>
        <source>Import clients from CSV file X.</source>
        <translation>Importeer cliënten uit CSV-bestand X.</translation>
    </message>
    <message>
        <source>Import principals from CSV file X.</source>
        <translation>Importeer opdrachtgevers uit CSV-bestand X.</translation>
    </message>
    <message>
        <source>Give either --clients X.csv or --principals X.csv.</source>
        <translation>Geef --clients X.csv of --principals X.csv op.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>Ignored columns (no field has these names): %1.</source>
        <translation>Genegeerde kolommen (geen enkel veld heeft deze namen): %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: correct these lines and import the file again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: corrigeer deze regel en importeer het bestand opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd: corrigeer deze regels en importeer het bestand opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s) from %1 (ids %2 to %3).</source>
        <translation>
            <numerusform>%n cliënt geïmporteerd uit %1 (id&apos;s %2 tot %3).</numerusform>
            <numerusform>%n cliënten geïmporteerd uit %1 (id&apos;s %2 tot %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n principal(s) from %1 (ids %2 to %3).</source>
        <translation>
            <numerusform>%n opdrachtgever geïmporteerd uit %1 (id&apos;s %2 tot %3).</numerusform>
            <numerusform>%n opdrachtgevers geïmporteerd uit %1 (id&apos;s %2 tot %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
</context>
<context>
    <name>IndependenceConfirmed</name>
    <message>
        <source>You confirmed your independence.</source>
        <translation>U hebt uw onafhankelijkheid bevestigd.</translation>
    </message>
    <message>
        <source>Confirm that you can do this work independently of the parties.</source>
        <translation>Bevestig dat u dit werk onafhankelijk van de partijen kunt doen.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a vault&apos;s format, schema version, page size and record counts.</source>
        <translation>Toon het formaat, de schemaversie, de paginagrootte en het aantal records van een kluis.</translation>
    </message>
    <message>
        <source>Format: Mandaat vault, key scheme v1 (Argon2id t=%1, m=%2 MiB, p=%3; SQLCipher)</source>
        <translation>Formaat: Mandaat-kluis, sleutelschema v1 (Argon2id t=%1, m=%2 MiB, p=%3; SQLCipher)</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Mandaat: %2)</source>
        <translation>Schemaversie: %1 (deze versie van Mandaat: %2)</translation>
    </message>
    <message>
        <source>Page size: %1 bytes</source>
        <translation>Paginagrootte: %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty vault.</source>
        <translation>Maak een nieuwe, lege kluis.</translation>
    </message>
    <message>
        <source>The vault file to create; it must not exist.</source>
        <translation>Het kluisbestand dat aangemaakt wordt; het mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 aangemaakt.</translation>
    </message>
</context>
<context>
    <name>InterruptionClock</name>
    <message>
        <source>Last contact on %1; the six-month mark is %2.</source>
        <translation>Laatste contact op %1; de grens van zes maanden valt op %2.</translation>
    </message>
    <message>
        <source>No session since %1, but all parties agreed in writing to continue.</source>
        <translation>Geen sessie sinds %1, maar alle partijen hebben schriftelijk afgesproken door te gaan.</translation>
    </message>
    <message>
        <source>No session since %1: the engagement ends by interruption on %2, unless all parties agree in writing to continue.</source>
        <translation>Geen sessie sinds %1: de opdracht eindigt door onderbreking op %2, tenzij alle partijen schriftelijk afspreken door te gaan.</translation>
    </message>
    <message>
        <source>Ended by interruption on %1 (no session since %2): confirm the end, or record the written agreement of all parties to continue.</source>
        <translation>Beëindigd door onderbreking op %1 (geen sessie sinds %2): bevestig het einde, of leg de schriftelijke afspraak van alle partijen om door te gaan vast.</translation>
    </message>
    <message>
        <source>The clock runs only while the engagement is active.</source>
        <translation>De klok loopt alleen zolang de opdracht actief is.</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The key could not be derived from the passphrase: %1.</source>
        <translation>De sleutel kon niet uit de wachtwoordzin worden afgeleid: %1.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>the application is not running yet</source>
        <translation>de toepassing draait nog niet</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for its password</source>
        <translation>
            <numerusform>geen antwoord binnen %n seconde; misschien is de sleutelhanger vergrendeld en wacht die op het wachtwoord</numerusform>
            <numerusform>geen antwoord binnen %n seconden; misschien is de sleutelhanger vergrendeld en wacht die op het wachtwoord</numerusform>
        </translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>de toegang werd geweigerd</translation>
    </message>
    <message>
        <source>access was denied; the keychain may be locked</source>
        <translation>de toegang werd geweigerd; de sleutelhanger is misschien vergrendeld</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>er draait geen sleutelhangerdienst</translation>
    </message>
    <message>
        <source>this kind of keychain is not supported</source>
        <translation>dit soort sleutelhanger wordt niet ondersteund</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <source>The keychain on this computer refused to remember keys (%1). Your passphrase still opens the vault.</source>
        <translation>De sleutelhanger op deze computer weigerde sleutels te onthouden (%1). Uw wachtwoordzin opent de kluis nog altijd.</translation>
    </message>
    <message>
        <source>No keychain answered on this computer (%1). Your passphrase still opens the vault.</source>
        <translation>Geen enkele sleutelhanger op deze computer antwoordde (%1). Uw wachtwoordzin opent de kluis nog altijd.</translation>
    </message>
    <message>
        <source>The vault&apos;s salt is not 32 lowercase hexadecimal characters.</source>
        <translation>De salt van de kluis bestaat niet uit 32 hexadecimale tekens in kleine letters.</translation>
    </message>
    <message>
        <source>The key to remember is not %1 bytes long.</source>
        <translation>De te onthouden sleutel is niet %1 bytes lang.</translation>
    </message>
    <message>
        <source>Could not remember the key on this computer (%1). Your passphrase still opens the vault.</source>
        <translation>De sleutel kon niet op deze computer worden onthouden (%1). Uw wachtwoordzin opent de kluis nog altijd.</translation>
    </message>
    <message>
        <source>Could not read the remembered key from the keychain (%1). Enter your passphrase instead.</source>
        <translation>De onthouden sleutel kon niet uit de sleutelhanger worden gelezen (%1). Voer in plaats daarvan uw wachtwoordzin in.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is damaged. Enter your passphrase; remembering the vault again replaces it.</source>
        <translation>De sleutel die voor deze kluis onthouden is, is beschadigd. Voer uw wachtwoordzin in; als u de kluis opnieuw laat onthouden, wordt de sleutel vervangen.</translation>
    </message>
    <message>
        <source>Could not remove the remembered key from the keychain (%1). If this computer remembered the key, it can open the vault without the passphrase until the key is removed; try again.</source>
        <translation>De onthouden sleutel kon niet uit de sleutelhanger worden verwijderd (%1). Als deze computer de sleutel onthield, kan hij de kluis zonder wachtwoordzin openen tot de sleutel verwijderd is; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>LetterCommand</name>
    <message>
        <source>Issue a letter for an engagement: store it in the vault and write its PDF.</source>
        <translation>Geef een brief uit voor een opdracht: bewaar hem in de kluis en schrijf de pdf.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>De id van de opdracht (zie &apos;list FILE engagements&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Waar de pdf geschreven wordt.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The letter&apos;s language: nl or en (default: the engagement&apos;s).</source>
        <translation>De taal van de brief: nl of en (standaard: die van de opdracht).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>The letter: confirmation (the only one so far).</source>
        <translation>De brief: confirmation (voorlopig de enige).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>&apos;letter&apos; needs --engagement ID and --out X.pdf.</source>
        <translation>&apos;letter&apos; heeft --engagement ID en --out X.pdf nodig.</translation>
    </message>
    <message>
        <source>Unknown letter kind &apos;%1&apos;. This version issues: confirmation.</source>
        <translation>Onbekende soort brief &apos;%1&apos;. Deze versie geeft uit: confirmation.</translation>
    </message>
    <message>
        <source>Issued letter %1 (%2, SHA-256 %3) and wrote %4.</source>
        <translation>Brief %1 uitgegeven (%2, SHA-256 %3) en %4 geschreven.</translation>
    </message>
    <message>
        <source>Replace the PDF file when it exists (never a vault or a folder).</source>
        <translation>Vervang het PDF-bestand als het bestaat (nooit een kluis of een map).</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>De pdf kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>De pdf kon niet worden voltooid.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Save a preview as PDF…</source>
        <translation>&amp;Voorbeeld opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>There is no %1 letter in %2.</source>
        <translation>Er is geen brief %1 in %2.</translation>
    </message>
    <message>
        <source>The letter template is damaged: %1.</source>
        <translation>Het briefsjabloon is beschadigd: %1.</translation>
    </message>
    <message>
        <source>no language or texts</source>
        <translation>geen taal of teksten</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List a vault&apos;s clients, principals, engagements or complaints, with their ids.</source>
        <translation>Toon de cliënten, opdrachtgevers, opdrachten of klachten van een kluis, met hun id&apos;s.</translation>
    </message>
    <message>
        <source>clients, principals, engagements or complaints.</source>
        <translation>clients, principals, engagements of complaints.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be listed; choose one of: %2.</source>
        <translation>&apos;%1&apos; kan niet worden opgesomd; kies een van: %2.</translation>
    </message>
</context>
<context>
    <name>MethodAttributed</name>
    <message>
        <source>a method</source>
        <translation>een methode</translation>
    </message>
    <message>
        <source>the author or owner of “%1”</source>
        <translation>de auteur of eigenaar van “%1”</translation>
    </message>
    <message>
        <source>Every method names its author or owner.</source>
        <translation>Elke methode vermeldt haar auteur of eigenaar.</translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation>Voeg %1 toe.</translation>
    </message>
</context>
<context>
    <name>MethodDescribed</name>
    <message>
        <source>a method</source>
        <translation>een methode</translation>
    </message>
    <message>
        <source>a description of “%1”</source>
        <translation>een beschrijving van “%1”</translation>
    </message>
    <message>
        <source>Every method is described.</source>
        <translation>Elke methode is beschreven.</translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation>Voeg %1 toe.</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Method or tool</source>
        <translation>Methode of instrument</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>A career assessment, a 360° feedback, …</source>
        <translation>Een loopbaanassessment, een 360°-feedback, …</translation>
    </message>
    <message>
        <source>&amp;Author or owner</source>
        <translation>&amp;Auteur of eigenaar</translation>
    </message>
    <message>
        <source>The author, publisher or owner</source>
        <translation>De auteur, uitgever of eigenaar</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Be&amp;schrijving</translation>
    </message>
    <message>
        <source>What it is and how you use it in this engagement</source>
        <translation>Wat het is en hoe u het in deze opdracht gebruikt</translation>
    </message>
    <message>
        <source>A&amp;dd to the list</source>
        <translation>&amp;Toevoegen aan de lijst</translation>
    </message>
    <message>
        <source>Each method or tool you use, with the people behind it: never claimed as your own. The confirmation prints them.</source>
        <translation>Elke methode of elk instrument dat u gebruikt, met de mensen erachter: nooit voorgesteld als uw eigen werk. De opdrachtbevestiging vermeldt ze.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount was entered; write it as %1.</source>
        <translation>Er is geen bedrag ingevuld; schrijf het als %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as %2.</source>
        <translation>“%1” is geen bedrag; schrijf het als %2.</translation>
    </message>
    <message>
        <source>“%1” is more than %2.</source>
        <translation>“%1” is meer dan %2.</translation>
    </message>
</context>
<context>
    <name>NeutralityDeclared</name>
    <message>
        <source>You declared your neutrality towards the top civil servant.</source>
        <translation>U hebt uw neutraliteit tegenover de topambtenaar verklaard.</translation>
    </message>
    <message>
        <source>Declare your neutrality: objective, without any appearance of involvement or partiality.</source>
        <translation>Verklaar uw neutraliteit: objectief, zonder enige schijn van betrokkenheid of partijdigheid.</translation>
    </message>
    <message>
        <source>Only for evaluating or selecting a top civil servant.</source>
        <translation>Alleen voor de evaluatie of selectie van een topambtenaar.</translation>
    </message>
</context>
<context>
    <name>NoAdmissionClause</name>
    <message>
        <source>The agreement with the principal carries the no-admission clause.</source>
        <translation>De overeenkomst met de opdrachtgever bevat de clausule dat de opdracht geen erkenning inhoudt.</translation>
    </message>
    <message>
        <source>Put in writing to the principal that accepting this assignment is no promise to leave and no admission of dysfunction (the confirmation does so).</source>
        <translation>Leg schriftelijk vast tegenover de opdrachtgever dat het aanvaarden van deze opdracht geen belofte is om te vertrekken en geen erkenning van disfunctioneren (de opdrachtbevestiging doet dat).</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Save the n&amp;ote</source>
        <translation>Notitie &amp;opslaan</translation>
    </message>
    <message>
        <source>Dis&amp;card the draft</source>
        <translation>&amp;Concept verwerpen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>History of the note</source>
        <translation>Geschiedenis van de notitie</translation>
    </message>
    <message>
        <source>Every text this note has had. Earlier texts are kept for the record and cannot be changed.</source>
        <translation>Elke tekst die deze notitie heeft gehad. Eerdere teksten worden bewaard voor het dossier en kunnen niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ObjectivesOpenNearEnd</name>
    <message>
        <source>The planned end, %1, is more than %2 days away.</source>
        <translation>Het geplande einde, %1, is meer dan %2 dagen weg.</translation>
    </message>
    <message>
        <source>The objectives were reviewed before the planned end.</source>
        <translation>De doelstellingen zijn vóór het geplande einde geëvalueerd.</translation>
    </message>
    <message>
        <source>The planned end, %1, has passed with the objectives not reviewed: review them with the parties, then extend or end the engagement.</source>
        <translation>Het geplande einde, %1, is voorbij zonder dat de doelstellingen geëvalueerd zijn: evalueer ze met de partijen, en verleng of beëindig daarna de opdracht.</translation>
    </message>
    <message>
        <source>The planned end, %1, is near: review the objectives with the parties.</source>
        <translation>Het geplande einde, %1, nadert: evalueer de doelstellingen met de partijen.</translation>
    </message>
    <message>
        <source>Only while the engagement runs with a planned end.</source>
        <translation>Alleen zolang de opdracht loopt met een gepland einde.</translation>
    </message>
</context>
<context>
    <name>OtherRolesDisclosed</name>
    <message>
        <source>You have no other role for this principal.</source>
        <translation>U hebt geen andere rol voor deze opdrachtgever.</translation>
    </message>
    <message>
        <source>The client was told of each of your other roles for the principal.</source>
        <translation>De cliënt is ingelicht over elk van uw andere rollen voor de opdrachtgever.</translation>
    </message>
    <message>
        <source>Tell the client of your other roles for the principal: %1.</source>
        <translation>Licht de cliënt in over uw andere rollen voor de opdrachtgever: %1.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>Er is geen bestandsnaam opgegeven.</translation>
    </message>
    <message>
        <source>%1 is an open vault (or its journal). Mandaat never writes over a vault; choose another file name.</source>
        <translation>%1 is een geopende kluis (of haar journaal). Mandaat schrijft nooit over een kluis; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name inside it.</source>
        <translation>%1 is een map. Kies een bestandsnaam in die map.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file; Mandaat writes only ordinary files. Choose another file name.</source>
        <translation>%1 is geen gewoon bestand; Mandaat schrijft alleen gewone bestanden. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Mandaat replaces a file only when you confirm it.</source>
        <translation>%1 bestaat al. Kies een andere naam; Mandaat vervangt een bestand alleen als u dat bevestigt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is already being written.</source>
        <translation>%1 wordt al geschreven.</translation>
    </message>
    <message>
        <source>%1 cannot be written into %2: %3. Choose a folder you may write to.</source>
        <translation>%1 kan niet worden geschreven in %2: %3. Kies een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 kon niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>%1 was not opened for writing.</source>
        <translation>%1 is niet geopend om te schrijven.</translation>
    </message>
    <message>
        <source>%1 could not be moved into place: %2.</source>
        <translation>%1 kon niet op zijn plaats worden gezet: %2.</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <source>The new client’s full name</source>
        <translation>De volledige naam van de nieuwe cliënt</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>&amp;Opdrachtgever</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <source>The organisation that commissions the engagement</source>
        <translation>De organisatie die de opdracht geeft</translation>
    </message>
    <message>
        <source>C&amp;ontact person</source>
        <translation>Contact&amp;persoon</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Letter language</source>
        <translation>Taal van de &amp;brieven</translation>
    </message>
    <message>
        <source>Client’s &amp;name</source>
        <translation>&amp;Naam van de cliënt</translation>
    </message>
    <message>
        <source>Client’s &amp;e-mail</source>
        <translation>&amp;E-mail van de cliënt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>The person evaluated or selected is a &amp;top civil servant</source>
        <translation>De geëvalueerde of geselecteerde persoon is een &amp;topambtenaar</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters or %2 words.</source>
        <translation>De wachtwoordzin is te kort: gebruik minstens %1 tekens of %2 woorden.</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Read the passphrase from the first line of standard input (for passwd, the new one from the second line).</source>
        <translation>Lees de wachtwoordzin van de eerste regel van de standaardinvoer (voor passwd: de nieuwe van de tweede regel).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>No passphrase given: there is no terminal to ask on. Use --passphrase-stdin or set MANDAAT_PASSPHRASE.</source>
        <translation>Geen wachtwoordzin opgegeven: er is geen terminal om ernaar te vragen. Gebruik --passphrase-stdin of stel MANDAAT_PASSPHRASE in.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>No passphrase given: there is no terminal to ask on. Use --passphrase-stdin or set %1.</source>
        <translation>Geen wachtwoordzin opgegeven: er is geen terminal om ernaar te vragen. Gebruik --passphrase-stdin of stel %1 in.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup; Mandaat changed nothing in it.</source>
        <translation>De kluis is beschadigd. Zet ze terug vanuit een back-up; Mandaat heeft er niets in gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase starts with the bytes FF FE or FE FF, a UTF-16 byte order mark. Passphrases are read as UTF-8 text: save or send it as UTF-8 without that mark. Nothing was opened or changed.</source>
        <translation>De wachtwoordzin begint met de bytes FF FE of FE FF, een UTF-16-bytevolgordemarkering. Wachtwoordzinnen worden als UTF-8-tekst gelezen: bewaar of verstuur hem als UTF-8 zonder die markering. Er is niets geopend of gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text (it may have been saved in another encoding, such as Latin-1). Mandaat refuses it rather than guess, so that two different byte strings never open the same vault. Nothing was opened or changed.</source>
        <translation>De wachtwoordzin is geen geldige UTF-8-tekst (misschien is hij in een andere codering bewaard, zoals Latin-1). Mandaat weigert hem liever dan te gokken, zodat twee verschillende reeksen bytes nooit dezelfde kluis openen. Er is niets geopend of gewijzigd.</translation>
    </message>
    <message>
        <source>No passphrase could be read: standard input ended before a line was read.</source>
        <translation>Er kon geen wachtwoordzin gelezen worden: de standaardinvoer eindigde voordat er een regel gelezen was.</translation>
    </message>
    <message>
        <source>%1 had a change left unfinished by a program that stopped (its journal %2). It was rolled back before anything was read, as SQLite does: the vault is as it was before that change.</source>
        <translation>%1 had een onafgemaakte wijziging van een programma dat gestopt is (het journaal %2). Die is teruggedraaid voordat er iets gelezen werd, zoals SQLite dat doet: de kluis is zoals ze vóór die wijziging was.</translation>
    </message>
</context>
<context>
    <name>PasswdCommand</name>
    <message>
        <source>Change a vault&apos;s passphrase.</source>
        <translation>Wijzig de wachtwoordzin van een kluis.</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase was changed: the vault was opened again with the new passphrase, and the old one no longer opens it. The old passphrase and the old emergency sheet still open backups made before this change.</source>
        <translation>De wachtwoordzin is gewijzigd: de kluis is opnieuw geopend met de nieuwe wachtwoordzin, en de oude opent haar niet meer. De oude wachtwoordzin en het oude noodblad openen nog wel de back-ups die vóór deze wijziging gemaakt zijn.</translation>
    </message>
</context>
<context>
    <name>PayerNamed</name>
    <message>
        <source>a principal, or another payer</source>
        <translation>een opdrachtgever of een andere betaler</translation>
    </message>
    <message>
        <source>the scheme&apos;s name</source>
        <translation>de naam van de regeling</translation>
    </message>
    <message>
        <source>the scheme&apos;s reference</source>
        <translation>de referentie van de regeling</translation>
    </message>
    <message>
        <source>the payer&apos;s name</source>
        <translation>de naam van de betaler</translation>
    </message>
    <message>
        <source>The payer is named.</source>
        <translation>De betaler is vermeld.</translation>
    </message>
    <message>
        <source>Name %1.</source>
        <translation>Vermeld %1.</translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message>
        <source>Engagement %1: from %2 to %3 on %4</source>
        <translation>Opdracht %1: van %2 naar %3 op %4</translation>
    </message>
    <message>
        <source>Engagement %1: from %2 to %3 on %4 (%5)</source>
        <translation>Opdracht %1: van %2 naar %3 op %4 (%5)</translation>
    </message>
    <message>
        <source>Letter %1 issued (%2, %3), SHA-256 %4</source>
        <translation>Brief %1 uitgegeven (%2, %3), SHA-256 %4</translation>
    </message>
    <message>
        <source>Letter %1 accepted (%2)</source>
        <translation>Brief %1 aanvaard (%2)</translation>
    </message>
    <message>
        <source>Letter %1 printed</source>
        <translation>Brief %1 afgedrukt</translation>
    </message>
    <message>
        <source>Letter %1 saved as a PDF file</source>
        <translation>Brief %1 bewaard als pdf-bestand</translation>
    </message>
    <message>
        <source>File %1 added, SHA-256 %2</source>
        <translation>Bestand %1 toegevoegd, SHA-256 %2</translation>
    </message>
    <message>
        <source>File %1 removed, SHA-256 %2</source>
        <translation>Bestand %1 verwijderd, SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence %1 for %2 (%3, %4, %5)</source>
        <translation>Bewijsstuk %1 voor %2 (%3, %4, %5)</translation>
    </message>
    <message>
        <source>Consent %1: %2, given %3</source>
        <translation>Toestemming %1: %2, gegeven op %3</translation>
    </message>
    <message>
        <source>Consent %1: %2, given %3 by member %4</source>
        <translation>Toestemming %1: %2, gegeven op %3 door lid %4</translation>
    </message>
    <message>
        <source>Consent %1: %2, given %3, withdrawn %4</source>
        <translation>Toestemming %1: %2, gegeven op %3, ingetrokken op %4</translation>
    </message>
    <message>
        <source>Consent %1: %2, given %3 by member %4, withdrawn %5</source>
        <translation>Toestemming %1: %2, gegeven op %3 door lid %4, ingetrokken op %5</translation>
    </message>
    <message>
        <source>Report %1 to the principal: %2, sent %3</source>
        <translation>Rapportage %1 aan de opdrachtgever: %2, verstuurd op %3</translation>
    </message>
    <message>
        <source>Referral %1 on %2</source>
        <translation>Doorverwijzing %1 op %2</translation>
    </message>
    <message>
        <source>Consultation %1: %2 on %3</source>
        <translation>Raadpleging %1: %2 op %3</translation>
    </message>
    <message>
        <source>Complaint %1 received %2: %3</source>
        <translation>Klacht %1 ontvangen op %2: %3</translation>
    </message>
    <message>
        <source>Written warning %1 issued %2</source>
        <translation>Schriftelijke waarschuwing %1 gegeven op %2</translation>
    </message>
    <message>
        <source>Disclosure %1 on %2 (%3)</source>
        <translation>Bekendmaking %1 op %2 (%3)</translation>
    </message>
    <message>
        <source>Suspension %1 from %2 (%3)</source>
        <translation>Opschorting %1 vanaf %2 (%3)</translation>
    </message>
    <message>
        <source>Suspension %1 from %2 (%3), resumed %4</source>
        <translation>Opschorting %1 vanaf %2 (%3), hervat op %4</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported from a CSV file (ids %1 to %2)</source>
        <translation>
            <numerusform>%n cliënt ingevoerd uit een CSV-bestand (id&apos;s %1 tot %2)</numerusform>
            <numerusform>%n cliënten ingevoerd uit een CSV-bestand (id&apos;s %1 tot %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principal(s) imported from a CSV file (ids %1 to %2)</source>
        <translation>
            <numerusform>%n opdrachtgever ingevoerd uit een CSV-bestand (id&apos;s %1 tot %2)</numerusform>
            <numerusform>%n opdrachtgevers ingevoerd uit een CSV-bestand (id&apos;s %1 tot %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>Restored from a backup (its audit head %1); %n destruction(s) applied again</source>
        <translation>
            <numerusform>Teruggezet uit een back-up (auditkop %1); %n vernietiging opnieuw toegepast</numerusform>
            <numerusform>Teruggezet uit een back-up (auditkop %1); %n vernietigingen opnieuw toegepast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored from a backup (its audit head unknown); %n destruction(s) applied again</source>
        <translation>
            <numerusform>Teruggezet uit een back-up (auditkop onbekend); %n vernietiging opnieuw toegepast</numerusform>
            <numerusform>Teruggezet uit een back-up (auditkop onbekend); %n vernietigingen opnieuw toegepast</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of the practice (encrypted, AES-256): %1 engagement(s), %2 note(s), %3 file(s); audit head %4 at entry %5</source>
        <translation>Export van de praktijk (versleuteld, AES-256): %1 opdracht(en), %2 notitie(s), %3 bestand(en); auditkop %4 bij regel %5</translation>
    </message>
    <message>
        <source>Export of the practice (NOT encrypted): %1 engagement(s), %2 note(s), %3 file(s); audit head %4 at entry %5</source>
        <translation>Export van de praktijk (NIET versleuteld): %1 opdracht(en), %2 notitie(s), %3 bestand(en); auditkop %4 bij regel %5</translation>
    </message>
    <message>
        <source>Export of %1 %2 (encrypted, AES-256): %3 engagement(s), %4 note(s), %5 file(s); audit head %6 at entry %7</source>
        <translation>Export van %1 %2 (versleuteld, AES-256): %3 opdracht(en), %4 notitie(s), %5 bestand(en); auditkop %6 bij regel %7</translation>
    </message>
    <message>
        <source>Export of %1 %2 (NOT encrypted): %3 engagement(s), %4 note(s), %5 file(s); audit head %6 at entry %7</source>
        <translation>Export van %1 %2 (NIET versleuteld): %3 opdracht(en), %4 notitie(s), %5 bestand(en); auditkop %6 bij regel %7</translation>
    </message>
    <message>
        <source>Vault unlocked in the window</source>
        <translation>Kluis ontgrendeld in het venster</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Kluis vergrendeld</translation>
    </message>
    <message>
        <source>Vault closed</source>
        <translation>Kluis gesloten</translation>
    </message>
    <message>
        <source>Emergency sheet saved as a PDF file</source>
        <translation>Noodblad bewaard als pdf-bestand</translation>
    </message>
    <message>
        <source>Emergency sheet sent to the printer</source>
        <translation>Noodblad naar de printer gestuurd</translation>
    </message>
    <message>
        <source>Engagement %1: %2 destroyed (kept until %3): %4 record(s) deleted, %5 cleared; tombstone %6</source>
        <translation>Opdracht %1: %2 vernietigd (bewaard tot %3): %4 gegeven(s) verwijderd, %5 gewist; grafsteen %6</translation>
    </message>
    <message>
        <source>Created: %1 %2</source>
        <translation>Aangemaakt: %1 %2</translation>
    </message>
    <message>
        <source>Deleted: %1 %2</source>
        <translation>Verwijderd: %1 %2</translation>
    </message>
    <message>
        <source>Changed: %1 %2 (%3)</source>
        <translation>Gewijzigd: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded: %1 %2 (%3)</source>
        <translation>Vastgelegd: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>cleared at destruction</source>
        <translation>gewist bij de vernietiging</translation>
    </message>
    <message>
        <source>demo practice</source>
        <translation>demopraktijk</translation>
    </message>
    <message>
        <source>in the vault when the audit log began to cover records</source>
        <translation>in de kluis toen de auditlog gegevens begon te volgen</translation>
    </message>
    <message>
        <source>Engagement confirmation issued (SHA-256 %1).</source>
        <translation>Opdrachtbevestiging uitgegeven (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Signed confirmation received.</source>
        <translation>Ondertekende opdrachtbevestiging ontvangen.</translation>
    </message>
    <message>
        <source>Confirmation accepted by e-mail.</source>
        <translation>Opdrachtbevestiging per e-mail aanvaard.</translation>
    </message>
    <message>
        <source>Terms amended after the confirmation of %1: %2.</source>
        <translation>Voorwaarden gewijzigd na de bevestiging van %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) from %1 to %2 suffice for the objectives.</source>
        <translation>
            <numerusform>%n geplande sessie van %1 tot %2 volstaat voor de doelstellingen.</numerusform>
            <numerusform>%n geplande sessies van %1 tot %2 volstaan voor de doelstellingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed to the parties: %1</source>
        <translation>Voorgesteld aan de partijen: %1</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>de partijen</translation>
    </message>
    <message>
        <source>who pays</source>
        <translation>wie betaalt</translation>
    </message>
    <message>
        <source>the kind of engagement</source>
        <translation>de soort opdracht</translation>
    </message>
    <message>
        <source>the objectives</source>
        <translation>de doelstellingen</translation>
    </message>
    <message>
        <source>the expectations</source>
        <translation>de verwachtingen</translation>
    </message>
    <message>
        <source>the methods</source>
        <translation>de methoden</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation>het honorarium</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>de btw</translation>
    </message>
    <message>
        <source>the expenses</source>
        <translation>de onkosten</translation>
    </message>
    <message>
        <source>the payment</source>
        <translation>de betaling</translation>
    </message>
    <message>
        <source>the cancellation policy</source>
        <translation>het annuleringsbeleid</translation>
    </message>
    <message>
        <source>the duration</source>
        <translation>de duur</translation>
    </message>
    <message>
        <source>the earlier advice</source>
        <translation>het eerdere advies</translation>
    </message>
    <message>
        <source>the end of employment</source>
        <translation>het einde van het dienstverband</translation>
    </message>
    <message>
        <source>the use of the results</source>
        <translation>het gebruik van de resultaten</translation>
    </message>
    <message>
        <source>practice profile</source>
        <translation>praktijkprofiel</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registratie</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>kwalificatie</translation>
    </message>
    <message>
        <source>code subscription</source>
        <translation>onderschreven code</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>opdrachtgever</translation>
    </message>
    <message>
        <source>role for a principal</source>
        <translation>rol voor een opdrachtgever</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>member of a client system</source>
        <translation>lid van een cliëntsysteem</translation>
    </message>
    <message>
        <source>declared relationship</source>
        <translation>gemelde relatie</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>method of an engagement</source>
        <translation>methode van een opdracht</translation>
    </message>
    <message>
        <source>code of an engagement</source>
        <translation>code van een opdracht</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>note version</source>
        <translation>notitieversie</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijsstuk</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>report to the principal</source>
        <translation>rapportage aan de opdrachtgever</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>doorverwijzing</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>raadpleging</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <source>written warning</source>
        <translation>schriftelijke waarschuwing</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>bekendmaking</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>opschorting</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>destruction</source>
        <translation>vernietiging</translation>
    </message>
    <message>
        <source>engagement confirmation</source>
        <translation>opdrachtbevestiging</translation>
    </message>
    <message>
        <source>acknowledgement of a complaint</source>
        <translation>ontvangstbevestiging van een klacht</translation>
    </message>
    <message>
        <source>termination letter</source>
        <translation>beëindigingsbrief</translation>
    </message>
    <message>
        <source>handover letter</source>
        <translation>overdrachtsbrief</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>financial records</source>
        <translation>financiële stukken</translation>
    </message>
    <message>
        <source>Told the client</source>
        <translation>Cliënt ingelicht</translation>
    </message>
    <message>
        <source>Told the principal</source>
        <translation>Opdrachtgever ingelicht</translation>
    </message>
    <message>
        <source>The client knows</source>
        <translation>De cliënt is op de hoogte</translation>
    </message>
    <message>
        <source>The principal knows</source>
        <translation>De opdrachtgever is op de hoogte</translation>
    </message>
    <message>
        <source>Told the client at the first contact that they may accept, refuse or stop at any moment</source>
        <translation>De cliënt bij het eerste contact ingelicht dat hij of zij op elk moment mag aanvaarden, weigeren of stoppen</translation>
    </message>
    <message>
        <source>Told the principal that every party may end the engagement at any time, within the agreement</source>
        <translation>De opdrachtgever gezegd dat elke partij de opdracht op elk moment kan beëindigen, binnen de overeenkomst</translation>
    </message>
    <message>
        <source>Handed to the client</source>
        <translation>Aan de cliënt overhandigd</translation>
    </message>
    <message>
        <source>Handed to the principal</source>
        <translation>Aan de opdrachtgever overhandigd</translation>
    </message>
    <message>
        <source>The financial arrangements, to the client</source>
        <translation>De financiële afspraken, aan de cliënt</translation>
    </message>
    <message>
        <source>The financial arrangements, to the principal</source>
        <translation>De financiële afspraken, aan de opdrachtgever</translation>
    </message>
    <message>
        <source>The logistic arrangements, to the client</source>
        <translation>De praktische afspraken, aan de cliënt</translation>
    </message>
    <message>
        <source>The logistic arrangements, to the principal</source>
        <translation>De praktische afspraken, aan de opdrachtgever</translation>
    </message>
    <message>
        <source>Confidentiality, to the client</source>
        <translation>Vertrouwelijkheid, aan de cliënt</translation>
    </message>
    <message>
        <source>Confidentiality, to the principal</source>
        <translation>Vertrouwelijkheid, aan de opdrachtgever</translation>
    </message>
    <message>
        <source>Agreed by the client</source>
        <translation>Aanvaard door de cliënt</translation>
    </message>
    <message>
        <source>Agreed by the principal</source>
        <translation>Aanvaard door de opdrachtgever</translation>
    </message>
    <message>
        <source>The client agreed this content</source>
        <translation>De cliënt heeft met deze inhoud ingestemd</translation>
    </message>
    <message>
        <source>I can do this work independently of the parties.</source>
        <translation>Ik kan dit werk onafhankelijk van de partijen doen.</translation>
    </message>
    <message>
        <source>The client’s interests come first, without conflicting with the principal’s.</source>
        <translation>De belangen van de cliënt gaan voor, zonder in strijd te zijn met die van de opdrachtgever.</translation>
    </message>
    <message>
        <source>I am neutral towards the person evaluated, without any appearance of partiality.</source>
        <translation>Ik ben neutraal tegenover de geëvalueerde persoon, zonder enige schijn van partijdigheid.</translation>
    </message>
    <message>
        <source>Told the client that you also work for %1 in %2</source>
        <translation>De cliënt ingelicht dat u ook voor %1 werkt (%2)</translation>
    </message>
    <message>
        <source>Evidence %1, under no article (%2, %3, %4)</source>
        <translation>Bewijsstuk %1, onder geen artikel (%2, %3, %4)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <source>Use %1 of tool %2 with the client&apos;s data</source>
        <translation>Gebruik %1 van hulpmiddel %2 met de gegevens van de cliënt</translation>
    </message>
    <message>
        <source>tool of the technology register</source>
        <translation>hulpmiddel van het technologieregister</translation>
    </message>
    <message>
        <source>tool used with a client&apos;s data</source>
        <translation>hulpmiddel gebruikt met de gegevens van een cliënt</translation>
    </message>
    <message>
        <source>retention period over</source>
        <translation>bewaartermijn verstreken</translation>
    </message>
</context>
<context>
    <name>PracticeRules</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
</context>
<context>
    <name>PrincipalForm</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>St&amp;raat</translation>
    </message>
    <message>
        <source>Postal code and c&amp;ity</source>
        <translation>Postcode en pl&amp;aats</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wij&amp;zigingen ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Your other &amp;roles</source>
        <translation>Uw andere &amp;rollen</translation>
    </message>
    <message>
        <source>Other &amp;relationships</source>
        <translation>Andere &amp;relaties</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefoon</translation>
    </message>
</context>
<context>
    <name>PrincipalReportConsent</name>
    <message>
        <source>“%1” of %2</source>
        <translation>“%1” van %2</translation>
    </message>
    <message>
        <source>No report went to the principal.</source>
        <translation>Er is geen rapportage naar de opdrachtgever gegaan.</translation>
    </message>
    <message>
        <source>Every report to the principal stayed within the consent.</source>
        <translation>Elke rapportage aan de opdrachtgever bleef binnen de toestemming.</translation>
    </message>
    <message>
        <source>A report went beyond the client&apos;s consent: %1</source>
        <translation>Een rapportage ging verder dan de toestemming van de cliënt: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>PriorAdviceDisclosed</name>
    <message>
        <source>Answer whether this assignment follows from advice you gave in another role.</source>
        <translation>Geef aan of deze opdracht voortvloeit uit advies dat u in een andere rol hebt gegeven.</translation>
    </message>
    <message>
        <source>The assignment does not follow from earlier advice.</source>
        <translation>De opdracht vloeit niet voort uit eerder advies.</translation>
    </message>
    <message>
        <source>Every party was told that the assignment follows from your earlier advice.</source>
        <translation>Elke partij is verteld dat de opdracht voortvloeit uit uw eerdere advies.</translation>
    </message>
    <message>
        <source>Tell the %1 that the assignment follows from your earlier advice, and record when.</source>
        <translation>Vertel de %1 dat de opdracht voortvloeit uit uw eerdere advies, en leg vast wanneer.</translation>
    </message>
</context>
<context>
    <name>PriorRelationCheck</name>
    <message>
        <source>No earlier relation with this person was found.</source>
        <translation>Er is geen eerdere relatie met deze persoon gevonden.</translation>
    </message>
    <message>
        <source>Only for evaluating or selecting a top civil servant.</source>
        <translation>Alleen voor de evaluatie of selectie van een topambtenaar.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeHandedOver</name>
    <message>
        <source>The privacy notice was handed over to the client.</source>
        <translation>De privacyverklaring is aan de cliënt overhandigd.</translation>
    </message>
    <message>
        <source>Record that the privacy notice was handed over to the %1.</source>
        <translation>Leg vast dat de privacyverklaring aan de %1 is overhandigd.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Practice profile</source>
        <translation>Praktijkprofiel</translation>
    </message>
    <message>
        <source>What your letters and the parties need to know about your practice. You can change it at any time under Practice, Profile.</source>
        <translation>Wat uw brieven en de partijen over uw praktijk moeten weten. U kunt dit altijd wijzigen via Praktijk, Profiel.</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Praktijk</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Trade name</source>
        <translation>Hande&amp;lsnaam</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straat</translation>
    </message>
    <message>
        <source>Postal code and c&amp;ity</source>
        <translation>Postcode en pl&amp;aats</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>Company number (&amp;KBO, KvK)</source>
        <translation>Ondernemingsnummer (&amp;KBO, KvK)</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>&amp;Btw-nummer</translation>
    </message>
    <message>
        <source>I&amp;BAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>VAT stat&amp;us</source>
        <translation>Btw-stat&amp;us</translation>
    </message>
    <message>
        <source>Exemption &amp;wording</source>
        <translation>&amp;Formulering vrijstelling</translation>
    </message>
    <message>
        <source>Complaints &amp;procedure</source>
        <translation>Klachtenproce&amp;dure</translation>
    </message>
    <message>
        <source>Complaints bo&amp;dy</source>
        <translation>Klachten&amp;orgaan</translation>
    </message>
    <message>
        <source>Re&amp;gistrations</source>
        <translation>&amp;Registraties</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>K&amp;walificaties</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>&amp;Letterhead</source>
        <translation>Brief&amp;hoofd</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Een afbeelding kiezen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Hand&amp;tekening</translation>
    </message>
    <message>
        <source>Pri&amp;vacy notice</source>
        <translation>Pri&amp;vacyverklaring</translation>
    </message>
    <message>
        <source>Choose a PDF…</source>
        <translation>Een pdf kiezen…</translation>
    </message>
    <message>
        <source>General te&amp;rms</source>
        <translation>&amp;Algemene voorwaarden</translation>
    </message>
    <message>
        <source>Your logo and scanned signature print on letters. The privacy notice and general terms are handed to the parties with the code.</source>
        <translation>Uw logo en gescande handtekening worden op brieven afgedrukt. De privacyverklaring en de algemene voorwaarden worden samen met de code aan de partijen overhandigd.</translation>
    </message>
    <message>
        <source>Technolog&amp;y</source>
        <translation>&amp;Technologie</translation>
    </message>
</context>
<context>
    <name>QualificationsCurrent</name>
    <message>
        <source>Record your qualifications and certifications in the profile.</source>
        <translation>Leg uw kwalificaties en certificeringen vast in het profiel.</translation>
    </message>
    <message>
        <source>Your qualifications are current.</source>
        <translation>Uw kwalificaties zijn geldig.</translation>
    </message>
    <message>
        <source>Expired or expiring: %1. Renew, or remove it from the profile: letters never print an expired one as current.</source>
        <translation>Verlopen of bijna verlopen: %1. Vernieuw ze, of verwijder ze uit het profiel: brieven vermelden een verlopen kwalificatie nooit als geldig.</translation>
    </message>
    <message>
        <source>Expiring within %1 days: %2. Renew it in time.</source>
        <translation>Verloopt binnen %1 dagen: %2. Vernieuw ze op tijd.</translation>
    </message>
</context>
<context>
    <name>QualificationsEditor</name>
    <message>
        <source>&amp;Remove the chosen line</source>
        <translation>Gekozen regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;Uitgereikt door</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>Uitgereikt &amp;op</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Ver&amp;loopt op</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>Proposed &amp;successor:</source>
        <translation>Voorgestelde &amp;opvolger:</translation>
    </message>
    <message>
        <source>&amp;Note for the letter:</source>
        <translation>&amp;Notitie voor de brief:</translation>
    </message>
    <message>
        <source>&amp;Discipline:</source>
        <translation>&amp;Discipline:</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>Doorverwezen n&amp;aar:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <source>Referral to another discipline</source>
        <translation>Doorverwijzing naar een andere discipline</translation>
    </message>
    <message>
        <source>&amp;Benefit to you:</source>
        <translation>&amp;Voordeel voor u:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>A fee or any other benefit you receive for this referral. Leave empty when there is none.</source>
        <translation>Een vergoeding of een ander voordeel dat u voor deze doorverwijzing krijgt. Laat leeg als er geen is.</translation>
    </message>
    <message>
        <source>Benefit disclosed to the client &amp;on:</source>
        <translation>Voordeel aan de cliënt ge&amp;meld op:</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Record what was done in the onboarding, as a ticked box of the wizard does: the code handed over, the terms explained, a declaration, a disclosure (docs/compliance-evidence.md).</source>
        <translation>Leg vast wat in de opstartfase gedaan is, zoals een aangevinkt vakje van de wizard: de code overhandigd, de voorwaarden uitgelegd, een verklaring, een melding (docs/compliance-evidence.md).</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>De id van de opdracht (zie &apos;list FILE engagements&apos;).</translation>
    </message>
    <message>
        <source>What was done: %1.</source>
        <translation>Wat gedaan is: %1.</translation>
    </message>
    <message>
        <source>For whom: %1 (default: client; all_parties for the consultant&apos;s declarations); repeat it for more.</source>
        <translation>Voor wie: %1 (standaard: client; all_parties voor de verklaringen van de consultant); herhaal de optie voor meer.</translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation>PARTIJ</translation>
    </message>
    <message>
        <source>The day it happened (YYYY-MM-DD; default: today).</source>
        <translation>De dag waarop het gebeurde (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>How: %1 (default: in_person; other for the consultant&apos;s declarations).</source>
        <translation>Hoe: %1 (standaard: in_person; other voor de verklaringen van de consultant).</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAAL</translation>
    </message>
    <message>
        <source>A note with the evidence (what was agreed, how a conflict is resolved).</source>
        <translation>Een notitie bij het bewijs (wat is afgesproken, hoe een conflict is opgelost).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>&apos;record&apos; needs the topic: %1.</source>
        <translation>&apos;record&apos; heeft het onderwerp nodig: %1.</translation>
    </message>
    <message>
        <source>Unknown topic &apos;%1&apos;. Use one of: %2.</source>
        <translation>Onbekend onderwerp &apos;%1&apos;. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Unknown party &apos;%1&apos;. Use one of: %2.</source>
        <translation>Onbekende partij &apos;%1&apos;. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos;. Use one of: %2.</source>
        <translation>Onbekend kanaal &apos;%1&apos;. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>The evidence was saved but does not read back.</source>
        <translation>Het bewijs is bewaard, maar leest niet terug.</translation>
    </message>
    <message>
        <source>Recorded %1 for the %2 on %3 (no code of the engagement asks for it).</source>
        <translation>%1 vastgelegd voor: %2, op %3 (geen code van de opdracht vraagt erom).</translation>
    </message>
    <message>
        <source>Recorded %1 for the %2 on %3, under %4.</source>
        <translation>%1 vastgelegd voor: %2, op %3, onder %4.</translation>
    </message>
    <message>
        <source>the day it happened</source>
        <translation>de dag waarop het gebeurde</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>Principals</source>
        <translation>Opdrachtgevers</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Auditlogitems</translation>
    </message>
    <message>
        <source>The records could not be counted: %1</source>
        <translation>De records konden niet worden geteld: %1</translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>the letterhead logo</source>
        <translation>het logo voor het briefhoofd</translation>
    </message>
    <message>
        <source>the scanned signature</source>
        <translation>de gescande handtekening</translation>
    </message>
    <message>
        <source>the privacy notice</source>
        <translation>de privacyverklaring</translation>
    </message>
    <message>
        <source>the general terms</source>
        <translation>de algemene voorwaarden</translation>
    </message>
    <message>
        <source>a qualification</source>
        <translation>een kwalificatie</translation>
    </message>
    <message>
        <source>a code of conduct&apos;s official text</source>
        <translation>de officiële tekst van een gedragscode</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijsstuk</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>een toestemming</translation>
    </message>
    <message>
        <source>a report to the principal</source>
        <translation>een rapportage aan de opdrachtgever</translation>
    </message>
    <message>
        <source>a complaint&apos;s acknowledgement</source>
        <translation>een ontvangstbevestiging van een klacht</translation>
    </message>
    <message>
        <source>a written warning</source>
        <translation>een schriftelijke waarschuwing</translation>
    </message>
    <message>
        <source>an issued letter</source>
        <translation>een uitgegeven brief</translation>
    </message>
    <message>
        <source>a letter&apos;s signed copy</source>
        <translation>een ondertekend exemplaar van een brief</translation>
    </message>
    <message>
        <source>The engagement (number %1) no longer exists.</source>
        <translation>De opdracht (nummer %1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no attachment number %1.</source>
        <translation>Er is geen bijlage met nummer %1.</translation>
    </message>
    <message>
        <source>“%1” belongs to the record of engagement %2; it leaves the vault only through destruction, when the retention ends.</source>
        <translation>“%1” hoort bij het dossier van opdracht %2; het verlaat de kluis alleen door vernietiging, als de bewaartermijn afloopt.</translation>
    </message>
    <message>
        <source>“%1” is still in use as %2; replace it there first.</source>
        <translation>“%1” wordt nog gebruikt als %2; vervang het daar eerst.</translation>
    </message>
    <message>
        <source>An audit entry needs a dotted kind and a summary; got “%1”.</source>
        <translation>Een auditlogitem heeft een soort met punten en een samenvatting nodig; ontvangen: “%1”.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 (position %2): that entry was altered, or one before it was removed.</source>
        <translation>De auditlog is verbroken bij item %1 (positie %2): dat item is gewijzigd, of een item ervoor is verwijderd.</translation>
    </message>
    <message>
        <source>The audit log ends before the entry a backup or export recorded as its last: entries were removed from the end.</source>
        <translation>De auditlog eindigt vóór het item dat een back-up of export als laatste registreerde: er zijn items aan het einde verwijderd.</translation>
    </message>
    <message>
        <source>There is no client number %1.</source>
        <translation>Er is geen cliënt met nummer %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: they are the client of %2. A client&apos;s records are destroyed with those engagements when their retention ends.</source>
        <translation>“%1” kan niet worden verwijderd: deze persoon is cliënt van %2. De records van een cliënt worden samen met die opdrachten vernietigd als hun bewaartermijn afloopt.</translation>
    </message>
    <message>
        <source>There is no record number %1.</source>
        <translation>Er is geen record met nummer %1.</translation>
    </message>
    <message>
        <source>A record cannot move to another engagement; record it there anew.</source>
        <translation>Een record kan niet naar een andere opdracht verhuizen; leg het daar opnieuw vast.</translation>
    </message>
    <message>
        <source>The chosen person is not a member of this engagement&apos;s client system.</source>
        <translation>De gekozen persoon is geen lid van het cliëntsysteem van deze opdracht.</translation>
    </message>
    <message>
        <source>The chosen consent belongs to another engagement.</source>
        <translation>De gekozen toestemming hoort bij een andere opdracht.</translation>
    </message>
    <message>
        <source>There is no engagement number %1.</source>
        <translation>Er is geen opdracht met nummer %1.</translation>
    </message>
    <message>
        <source>The chosen client (number %1) no longer exists.</source>
        <translation>De gekozen cliënt (nummer %1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>The chosen principal (number %1) no longer exists.</source>
        <translation>De gekozen opdrachtgever (nummer %1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>Engagement %1 has ended; its record is final and cannot change. Only its retention dates can.</source>
        <translation>Opdracht %1 is beëindigd; het dossier is definitief en kan niet meer wijzigen. Alleen de bewaardata kunnen nog wijzigen.</translation>
    </message>
    <message>
        <source>The retention date (%1) is before the engagement ended (%2).</source>
        <translation>De bewaardatum (%1) ligt vóór het einde van de opdracht (%2).</translation>
    </message>
    <message>
        <source>Engagement %1 is %2, not a draft: its records leave the vault only through destruction, when their retention ends.</source>
        <translation>Opdracht %1 heeft status %2 en is geen concept: de records verlaten de kluis alleen door vernietiging, als hun bewaartermijn afloopt.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>toestemmingen</translation>
    </message>
    <message>
        <source>reports to the principal</source>
        <translation>rapportages aan de opdrachtgever</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>doorverwijzingen</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>raadplegingen</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>klachten</translation>
    </message>
    <message>
        <source>written warnings</source>
        <translation>schriftelijke waarschuwingen</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>bijlagen</translation>
    </message>
    <message>
        <source>Engagement %1 already has %2; it cannot be deleted. End it as declined instead.</source>
        <translation>Opdracht %1 heeft al %2; ze kan niet worden verwijderd. Beëindig ze in plaats daarvan als geweigerd.</translation>
    </message>
    <message>
        <source>A letter belongs to an engagement or a complaint.</source>
        <translation>Een brief hoort bij een opdracht of een klacht.</translation>
    </message>
    <message>
        <source>The date of acceptance must be on or after the day the letter was issued.</source>
        <translation>De datum van aanvaarding moet op of na de dag liggen waarop de brief is uitgegeven.</translation>
    </message>
    <message>
        <source>Attach the signed copy, or record the acceptance as an e-mail.</source>
        <translation>Voeg het ondertekende exemplaar toe, of leg de aanvaarding vast als e-mail.</translation>
    </message>
    <message>
        <source>The letter (number %1) does not exist.</source>
        <translation>De brief (nummer %1) bestaat niet.</translation>
    </message>
    <message>
        <source>The draft&apos;s engagement does not exist.</source>
        <translation>De opdracht van het concept bestaat niet.</translation>
    </message>
    <message>
        <source>The draft&apos;s session does not exist.</source>
        <translation>De sessie van het concept bestaat niet.</translation>
    </message>
    <message>
        <source>The draft&apos;s note does not exist.</source>
        <translation>De notitie van het concept bestaat niet.</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit.</source>
        <translation>De notitie heeft %1 tekens; er passen er hoogstens %2 in.</translation>
    </message>
    <message>
        <source>You already subscribe to %1 version %2.</source>
        <translation>U onderschrijft %1 versie %2 al.</translation>
    </message>
    <message>
        <source>%1 version %2 cannot be removed: it governs %3.</source>
        <translation>%1 versie %2 kan niet worden verwijderd: die is van toepassing op %3.</translation>
    </message>
    <message>
        <source>There is no record number %1 to remove.</source>
        <translation>Er is geen record met nummer %1 om te verwijderen.</translation>
    </message>
    <message>
        <source>There is no principal number %1.</source>
        <translation>Er is geen opdrachtgever met nummer %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the principal of %2. Its records are destroyed with those engagements when their retention ends.</source>
        <translation>“%1” kan niet worden verwijderd: het is de opdrachtgever van %2. De records ervan worden samen met die opdrachten vernietigd als hun bewaartermijn afloopt.</translation>
    </message>
    <message>
        <source>The changes were undone.</source>
        <translation>De wijzigingen zijn ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>engagement %1</source>
        <translation>opdracht %1</translation>
    </message>
    <message>
        <source>engagements %1</source>
        <translation>opdrachten %1</translation>
    </message>
    <message>
        <source>The attached file (number %1) is no longer in the vault; attach it again.</source>
        <translation>Het bijgevoegde bestand (nummer %1) zit niet meer in de kluis; voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>The record to change (number %1) no longer exists. Reload the list and try again.</source>
        <translation>Het te wijzigen record (nummer %1) bestaat niet meer. Laad de lijst opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The vault could not start a change: %1</source>
        <translation>De kluis kon geen wijziging beginnen: %1</translation>
    </message>
    <message>
        <source>The change was undone because a part of it failed.</source>
        <translation>De wijziging is ongedaan gemaakt omdat een deel ervan mislukte.</translation>
    </message>
    <message>
        <source>The vault could not save the change: %1</source>
        <translation>De kluis kon de wijziging niet opslaan: %1</translation>
    </message>
    <message>
        <source>The change refers to a record that no longer exists, or removes one that is still in use.</source>
        <translation>De wijziging verwijst naar een record dat niet meer bestaat, of verwijdert een record dat nog in gebruik is.</translation>
    </message>
    <message>
        <source>The vault could not be read or written: %1</source>
        <translation>De kluis kon niet worden gelezen of geschreven: %1</translation>
    </message>
    <message>
        <source>The vault holds “%1” in %2, a value this version of Mandaat does not know. It may have been written by a newer version.</source>
        <translation>De kluis bevat “%1” in %2, een waarde die deze versie van Mandaat niet kent. Misschien is ze door een nieuwere versie geschreven.</translation>
    </message>
    <message>
        <source>There is no session number %1.</source>
        <translation>Er is geen sessie met nummer %1.</translation>
    </message>
    <message>
        <source>A session cannot move to another engagement; record a new one there.</source>
        <translation>Een sessie kan niet naar een andere opdracht verhuizen; leg daar een nieuwe vast.</translation>
    </message>
    <message>
        <source>This session has a note, which is part of the engagement&apos;s record; it cannot be deleted.</source>
        <translation>Deze sessie heeft een notitie, die deel uitmaakt van het dossier van de opdracht; ze kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>There is no note number %1.</source>
        <translation>Er is geen notitie met nummer %1.</translation>
    </message>
    <message>
        <source>Session %1 is not a session of engagement %2.</source>
        <translation>Sessie %1 is geen sessie van opdracht %2.</translation>
    </message>
    <message>
        <source>Session %1 already has a note; edit that note instead.</source>
        <translation>Sessie %1 heeft al een notitie; bewerk in plaats daarvan die notitie.</translation>
    </message>
    <message>
        <source>A note stays with its engagement and session; write a new note there.</source>
        <translation>Een notitie blijft bij haar opdracht en sessie; schrijf daar een nieuwe notitie.</translation>
    </message>
    <message>
        <source>%1 cannot be removed from the client system: their consent is recorded for engagement %2.</source>
        <translation>%1 kan niet uit het cliëntsysteem worden verwijderd: de toestemming van deze persoon is vastgelegd voor opdracht %2.</translation>
    </message>
    <message>
        <source>disclosures</source>
        <translation>bekendmakingen</translation>
    </message>
    <message>
        <source>suspensions</source>
        <translation>opschortingen</translation>
    </message>
    <message>
        <source>The engagement is suspended since %1: resume it before a session on %2.</source>
        <translation>De opdracht is opgeschort sinds %1: hervat ze vóór een sessie op %2.</translation>
    </message>
    <message>
        <source>The tool (number %1) is not in the technology register.</source>
        <translation>Het hulpmiddel (nummer %1) staat niet in het technologieregister.</translation>
    </message>
    <message>
        <source>The tool was retired from the technology register: choose a tool still in use.</source>
        <translation>Het hulpmiddel is uit gebruik genomen in het technologieregister: kies een hulpmiddel dat nog in gebruik is.</translation>
    </message>
    <message>
        <source>This engagement already lists the tool; change the agreements there.</source>
        <translation>Deze opdracht vermeldt het hulpmiddel al; wijzig daar de instemmingen.</translation>
    </message>
    <message>
        <source>The engagement has no principal: only the client agrees.</source>
        <translation>De opdracht heeft geen opdrachtgever: alleen de cliënt stemt in.</translation>
    </message>
    <message>
        <source>tools used with the client&apos;s data</source>
        <translation>hulpmiddelen gebruikt met de gegevens van de cliënt</translation>
    </message>
    <message>
        <source>There is no tool number %1 in the technology register.</source>
        <translation>Er is geen hulpmiddel nummer %1 in het technologieregister.</translation>
    </message>
</context>
<context>
    <name>ReferralBenefitDisclosed</name>
    <message>
        <source>%1: disclosed on %2</source>
        <translation>%1: gemeld op %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The client was told of the benefit you receive for each referral.</source>
        <translation>De cliënt weet welk voordeel u voor elke doorverwijzing krijgt.</translation>
    </message>
    <message>
        <source>Tell the client of the benefit you receive for referring them to %1, and record when.</source>
        <translation>Meld de cliënt het voordeel dat u krijgt voor de doorverwijzing naar %1, en leg vast wanneer.</translation>
    </message>
    <message>
        <source>Only when a referral brings you a fee or another benefit.</source>
        <translation>Alleen als een doorverwijzing u een vergoeding of een ander voordeel oplevert.</translation>
    </message>
</context>
<context>
    <name>ReferralConsidered</name>
    <message>
        <source>Referred to %1 (%2) on %3.</source>
        <translation>Doorverwezen naar %1 (%2) op %3.</translation>
    </message>
    <message>
        <source>A referral was considered.</source>
        <translation>Er is een doorverwijzing overwogen.</translation>
    </message>
    <message>
        <source>Before ending early, consider referring the client to another discipline, and record it.</source>
        <translation>Overweeg vóór een vroegtijdig einde de cliënt door te verwijzen naar een andere discipline, en leg dat vast.</translation>
    </message>
    <message>
        <source>Only when the engagement ends early.</source>
        <translation>Alleen als de opdracht vroegtijdig eindigt.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Naar wie</translation>
    </message>
    <message>
        <source>&amp;Discipline</source>
        <translation>&amp;Discipline</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>Doorverwezen &amp;op</translation>
    </message>
    <message>
        <source>Refer the client to another discipline where that serves the client, after discussing it with them.</source>
        <translation>Verwijs de cliënt door naar een andere discipline waar dat de cliënt dient, nadat u het met de cliënt hebt besproken.</translation>
    </message>
    <message>
        <source>&amp;Benefit to you</source>
        <translation>Voordeel voor &amp;u</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>A fee or any other benefit you receive for this referral. Leave empty when there is none.</source>
        <translation>Een vergoeding of een ander voordeel dat u voor deze doorverwijzing krijgt. Laat leeg als er geen is.</translation>
    </message>
    <message>
        <source>Benefit &amp;disclosed to the client on</source>
        <translation>Voordeel aan de cliënt ge&amp;meld op</translation>
    </message>
</context>
<context>
    <name>RegisterNumberRecorded</name>
    <message>
        <source>Register number %1 (%2).</source>
        <translation>Registernummer %1 (%2).</translation>
    </message>
    <message>
        <source>Record your register number in the profile.</source>
        <translation>Leg uw registernummer vast in het profiel.</translation>
    </message>
    <message>
        <source>Your registration ends: %1.</source>
        <translation>Uw registratie loopt af: %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationsEditor</name>
    <message>
        <source>&amp;Remove the chosen line</source>
        <translation>Gekozen regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Register or &amp;association</source>
        <translation>Register of ver&amp;eniging</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Geldig v&amp;anaf</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Geldig &amp;tot</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>ReportCheck</name>
    <message>
        <source>This engagement has no principal to report to.</source>
        <translation>Deze opdracht heeft geen opdrachtgever om aan te rapporteren.</translation>
    </message>
    <message>
        <source>The content of the report was not agreed with the client at onboarding: record that agreement before the report goes to the principal.</source>
        <translation>De inhoud van de rapportage is bij de opstart niet met de cliënt afgesproken: leg die afspraak vast voordat de rapportage naar de opdrachtgever gaat.</translation>
    </message>
    <message>
        <source>No consent of the client was in force on %1: nothing about the client may go to the principal.</source>
        <translation>Op %1 was er geen toestemming van de cliënt van kracht: er mag niets over de cliënt naar de opdrachtgever gaan.</translation>
    </message>
    <message>
        <source>“%1” is beyond the client&apos;s consent, which covers progress and these reports only: %2.</source>
        <translation>“%1” gaat verder dan de toestemming van de cliënt, die alleen de voortgang en deze rapporten dekt: %2.</translation>
    </message>
    <message>
        <source>“%1” is beyond the client&apos;s consent, which covers progress information only.</source>
        <translation>“%1” gaat verder dan de toestemming van de cliënt, die alleen voortgangsinformatie dekt.</translation>
    </message>
    <message>
        <source>The client did not consent to any information going to the principal.</source>
        <translation>De cliënt heeft geen toestemming gegeven om informatie aan de opdrachtgever te geven.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report to the principal</source>
        <translation>Rapportage aan de opdrachtgever</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;What it said</source>
        <translation>&amp;Wat erin stond</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Verstuurd op</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>Information about the client goes to the principal only as far as the client consented. Mandaat checks the consent in force on the date it was sent.</source>
        <translation>Informatie over de cliënt gaat alleen naar de opdrachtgever voor zover de cliënt daarmee heeft ingestemd. Mandaat toetst aan de toestemming die gold op de datum van verzending.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace a vault with a backup, after checking the backup; the replaced vault is kept aside and the destructions recorded in it are applied again.</source>
        <translation>Vervang een kluis door een back-up, nadat de back-up is gecontroleerd; de vervangen kluis wordt opzij gezet en de vernietigingen die erin geregistreerd zijn, worden opnieuw toegepast.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Het back-upbestand.</translation>
    </message>
    <message>
        <source>The vault file to replace (or to create).</source>
        <translation>Het kluisbestand dat vervangen (of aangemaakt) wordt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --to FILE.</source>
        <translation>&apos;restore&apos; heeft --to BESTAND nodig.</translation>
    </message>
    <message>
        <source>The vault being replaced has another passphrase than the backup.</source>
        <translation>De kluis die vervangen wordt, heeft een andere wachtwoordzin dan de back-up.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 teruggezet vanuit %2.</translation>
    </message>
    <message>
        <source>The replaced vault is kept at %1.</source>
        <translation>De vervangen kluis is bewaard in %1.</translation>
    </message>
    <message>
        <source>Re-applied: %1</source>
        <translation>Opnieuw toegepast: %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Resume a suspended engagement.</source>
        <translation>Hervat een opgeschorte opdracht.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>Het nummer van de opdracht (zie &apos;list BESTAND engagements&apos;).</translation>
    </message>
    <message>
        <source>The day it resumed (YYYY-MM-DD; default: today).</source>
        <translation>De dag waarop ze hervat werd (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>the day it resumed</source>
        <translation>de dag waarop ze hervat werd</translation>
    </message>
    <message>
        <source>The engagement was resumed but does not read back so.</source>
        <translation>De opdracht werd hervat, maar leest niet zo terug.</translation>
    </message>
    <message>
        <source>Engagement %1 resumed on %2.</source>
        <translation>Opdracht %1 hervat op %2.</translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>The date to judge by (default: today).</source>
        <translation>De datum waarop geoordeeld wordt (standaard: vandaag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Show what destroying this engagement&apos;s due records deletes.</source>
        <translation>Toon wat het vernietigen van de vervallen gegevens van deze opdracht verwijdert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --destroy: destroy it. This cannot be undone.</source>
        <translation>Met --destroy: vernietig het. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>With --destroy: the reason kept in the tombstone.</source>
        <translation>Met --destroy: de reden die in de grafsteen bewaard wordt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>--destroy needs an engagement id.</source>
        <translation>--destroy vraagt het id van een opdracht.</translation>
    </message>
    <message>
        <source>dossier due (kept until %1)</source>
        <translation>dossier vervallen (bewaard tot %1)</translation>
    </message>
    <message>
        <source>financial records due (kept until %1)</source>
        <translation>financiële gegevens vervallen (bewaard tot %1)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliënt %1</translation>
    </message>
    <message>
        <source>Nothing is past its retention date on %1.</source>
        <translation>Niets is voorbij zijn bewaardatum op %1.</translation>
    </message>
    <message>
        <source>Engagement %1 (%2): destroying</source>
        <translation>Opdracht %1 (%2): vernietigen van</translation>
    </message>
    <message>
        <source>the dossier</source>
        <translation>het dossier</translation>
    </message>
    <message>
        <source>the financial records</source>
        <translation>de financiële gegevens</translation>
    </message>
    <message>
        <source>Nothing was destroyed. Run again with --yes to destroy this; it cannot be undone.</source>
        <translation>Er werd niets vernietigd. Voer opnieuw uit met --yes om dit te vernietigen; het kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Destroyed. A tombstone and an audit entry record it.</source>
        <translation>Vernietigd. Een grafsteen en een auditregel leggen het vast.</translation>
    </message>
    <message>
        <source>List the engagements past a retention date, or destroy what one of them is due to lose.</source>
        <translation>Toon de opdrachten voorbij een bewaardatum, of vernietig wat een ervan moet verliezen.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
</context>
<context>
    <name>RetentionDue</name>
    <message>
        <source>the dossier</source>
        <translation>het dossier</translation>
    </message>
    <message>
        <source>the financial records</source>
        <translation>de financiële gegevens</translation>
    </message>
    <message>
        <source>The retention date of %1 passed on %2: destroy it.</source>
        <translation>De bewaartermijn van %1 is verstreken op %2: ga over tot vernietiging.</translation>
    </message>
    <message>
        <source>The retention date of %1 is %2.</source>
        <translation>De bewaardatum van %1 is %2.</translation>
    </message>
    <message>
        <source>The dossier is kept until %1.</source>
        <translation>Het dossier wordt bewaard tot %1.</translation>
    </message>
    <message>
        <source>Only after the engagement ended, with a retention date.</source>
        <translation>Alleen nadat de opdracht is beëindigd, met een bewaardatum.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>&amp;Dossier (notes, reports) until:</source>
        <translation>&amp;Dossier (notities, rapportages) tot:</translation>
    </message>
    <message>
        <source>&amp;Financial records until:</source>
        <translation>&amp;Financiële gegevens tot:</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>The vault could not be changed: %1</source>
        <translation>De kluis kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation>Er is geen opdracht %1.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Nothing of engagement %1 is past its retention date on %2 (the dossier is kept until %3).</source>
        <translation>Niets van opdracht %1 is op %2 over de bewaardatum heen (het dossier wordt bewaard tot %3).</translation>
    </message>
    <message>
        <source>Engagement %1 has not ended; its records are kept.</source>
        <translation>Opdracht %1 is niet beëindigd; de records worden bewaard.</translation>
    </message>
    <message>
        <source>The plan destroys nothing.</source>
        <translation>Het plan vernietigt niets.</translation>
    </message>
    <message>
        <source>Engagement %1: the %2 destroyed on %3 was destroyed again.</source>
        <translation>Opdracht %1: het %2 dat op %3 vernietigd was, is opnieuw vernietigd.</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>financial record</source>
        <translation>financieel gegeven</translation>
    </message>
</context>
<context>
    <name>RetentionSet</name>
    <message>
        <source>The dossier is kept until %1, the financial records until %2.</source>
        <translation>Het dossier wordt bewaard tot %1, de financiële gegevens tot %2.</translation>
    </message>
    <message>
        <source>Set how long the dossier and the financial records are kept.</source>
        <translation>Stel in hoe lang het dossier en de financiële gegevens bewaard worden.</translation>
    </message>
    <message>
        <source>Retention is set when the engagement ends.</source>
        <translation>De bewaartermijn wordt ingesteld wanneer de opdracht eindigt.</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Does not apply to this engagement at this date.</source>
        <translation>Niet van toepassing op deze opdracht op deze datum.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Only when someone other than the client commissions the engagement.</source>
        <translation>Alleen wanneer iemand anders dan de cliënt de opdracht geeft.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the notes, clients, principals and engagements of a vault.</source>
        <translation>Doorzoek de notities, cliënten, opdrachtgevers en opdrachten van een kluis.</translation>
    </message>
    <message>
        <source>The words to find; each finds the words that start with it, with or without accents.</source>
        <translation>De woorden om te zoeken; elk vindt de woorden die ermee beginnen, met of zonder accenten.</translation>
    </message>
    <message>
        <source>Show at most N hits (default %1).</source>
        <translation>Toon hoogstens N resultaten (standaard %1).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit heeft een geheel getal van minstens 1 nodig.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Niets komt overeen met “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index %1 failed its %2: %3</source>
        <translation>De zoekindex %1 doorstond de %2 niet: %3</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>&amp;Search for</source>
        <translation>&amp;Zoeken naar</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>The search could not read the vault: %1</source>
        <translation>De zoekopdracht kon de kluis niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Vorm</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Intake (before the engagement is active)</source>
        <translation>&amp;Intake (voordat de opdracht actief is)</translation>
    </message>
    <message>
        <source>Save sessi&amp;on</source>
        <translation>Sessie op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wij&amp;zigingen ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Cancel the session…</source>
        <translation>Sessie &amp;annuleren…</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>New sess&amp;ion</source>
        <translation>Nieuwe s&amp;essie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>&amp;Taal van het programma</translation>
    </message>
    <message>
        <source>&amp;Remembered vaults</source>
        <translation>&amp;Onthouden kluizen</translation>
    </message>
    <message>
        <source>&amp;Forget the chosen vault</source>
        <translation>Gekozen kluis &amp;vergeten</translation>
    </message>
    <message>
        <source>For this practice (kept in the vault)</source>
        <translation>Voor deze praktijk (bewaard in de kluis)</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time</source>
        <translation>Vergrendelen na &amp;inactiviteit</translation>
    </message>
    <message>
        <source>Default language of &amp;letters</source>
        <translation>Standaardtaal van &amp;brieven</translation>
    </message>
    <message>
        <source>Keep &amp;dossiers after the end</source>
        <translation>&amp;Dossiers bewaren na het einde</translation>
    </message>
    <message>
        <source>Keep &amp;financial records</source>
        <translation>&amp;Financiële gegevens bewaren</translation>
    </message>
    <message>
        <source>Remind me of a &amp;backup every</source>
        <translation>Herinner mij aan een back-&amp;up elke</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>Kan de SQL-instructie niet voorbereiden.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>De SQL-instructie is leeg.</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>Er kan maar één SQL-instructie tegelijk worden uitgevoerd.</translation>
    </message>
    <message>
        <source>No statement has been prepared.</source>
        <translation>Er is geen SQL-instructie voorbereid.</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>Kan de SQL-instructie niet uitvoeren.</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation>De SQL-instructie heeft %1 plaatshouders, maar er zijn %2 waarden gebonden.</translation>
    </message>
    <message>
        <source>Value %1 of parameter %2 does not fit in a 64-bit integer.</source>
        <translation>Waarde %1 van parameter %2 past niet in een 64-bits geheel getal.</translation>
    </message>
    <message>
        <source>Parameter %1 is too large.</source>
        <translation>Parameter %1 is te groot.</translation>
    </message>
    <message>
        <source>Parameter %1 has type %2, which cannot be stored.</source>
        <translation>Parameter %1 heeft type %2, dat niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1.</source>
        <translation>Kan parameter %1 niet binden.</translation>
    </message>
    <message>
        <source>Unable to fetch the row.</source>
        <translation>Kan de rij niet ophalen.</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>Suspend an active engagement while a conflict of interest is worked through or while you or the client cannot go on for now; no session is held while it lasts.</source>
        <translation>Schort een lopende opdracht op terwijl een belangenconflict wordt uitgeklaard of terwijl u of de cliënt voorlopig niet verder kunt; zolang ze duurt, vindt er geen sessie plaats.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>Het nummer van de opdracht (zie &apos;list BESTAND engagements&apos;).</translation>
    </message>
    <message>
        <source>Why, in a word: %1.</source>
        <translation>Waarom, in één woord: %1.</translation>
    </message>
    <message>
        <source>GROUND</source>
        <translation>GROND</translation>
    </message>
    <message>
        <source>Why, in words.</source>
        <translation>Waarom, in woorden.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>The first day of the suspension (YYYY-MM-DD; default: today).</source>
        <translation>De eerste dag van de opschorting (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The day it should resume (YYYY-MM-DD).</source>
        <translation>De dag waarop ze hervat moet worden (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>&apos;suspend&apos; needs --ground GROUND (%1) and --reason TEXT.</source>
        <translation>&apos;suspend&apos; vraagt --ground GROND (%1) en --reason TEKST.</translation>
    </message>
    <message>
        <source>Unknown ground &apos;%1&apos;. Use one of: %2.</source>
        <translation>Onbekende grond &apos;%1&apos;. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>the first day of the suspension</source>
        <translation>de eerste dag van de opschorting</translation>
    </message>
    <message>
        <source>the day it should resume</source>
        <translation>de dag waarop ze hervat moet worden</translation>
    </message>
    <message>
        <source>The suspension was saved but does not read back.</source>
        <translation>De opschorting werd bewaard, maar is niet terug te lezen.</translation>
    </message>
    <message>
        <source>Engagement %1 is suspended from %2 (%3), to resume on %4.</source>
        <translation>Opdracht %1 is opgeschort vanaf %2 (%3), te hervatten op %4.</translation>
    </message>
    <message>
        <source>Engagement %1 is suspended from %2 (%3).</source>
        <translation>Opdracht %1 is opgeschort vanaf %2 (%3).</translation>
    </message>
</context>
<context>
    <name>SuspensionDialog</name>
    <message>
        <source>Suspend the engagement</source>
        <translation>De opdracht opschorten</translation>
    </message>
    <message>
        <source>Suspended &amp;from</source>
        <translation>Opgeschort &amp;vanaf</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Grond</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <source>To resume &amp;on</source>
        <translation>Te hervatten &amp;op</translation>
    </message>
    <message>
        <source>&amp;Resumed on</source>
        <translation>&amp;Hervat op</translation>
    </message>
</context>
<context>
    <name>SuspensionResumed</name>
    <message>
        <source>Suspended since %1 (%2): decide when it resumes, or end it.</source>
        <translation>Opgeschort sinds %1 (%2): beslis wanneer ze hervat, of beëindig ze.</translation>
    </message>
    <message>
        <source>Suspended since %1 (%2): resume it on %3, or end it.</source>
        <translation>Opgeschort sinds %1 (%2): hervat ze op %3, of beëindig ze.</translation>
    </message>
    <message>
        <source>Only while the engagement is suspended.</source>
        <translation>Alleen zolang de opdracht is opgeschort.</translation>
    </message>
</context>
<context>
    <name>TechnologyAgreed</name>
    <message>
        <source>%1: agreed by the %2 on %3</source>
        <translation>%1: aanvaard door de %2 op %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every party agreed to each AI tool used with the client&apos;s data.</source>
        <translation>Elke partij heeft ingestemd met elk AI-hulpmiddel dat met de gegevens van de cliënt werkt.</translation>
    </message>
    <message>
        <source>Ask for, and record, the agreement to the AI tools used with the client&apos;s data: %1.</source>
        <translation>Vraag de instemming met de AI-hulpmiddelen die met de gegevens van de cliënt werken, en leg ze vast: %1.</translation>
    </message>
    <message>
        <source>Only when a tool that uses AI is used with the client&apos;s data.</source>
        <translation>Alleen wanneer een hulpmiddel met AI met de gegevens van de cliënt werkt.</translation>
    </message>
</context>
<context>
    <name>TerminalProgress</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>TermsExplained</name>
    <message>
        <source>the financial arrangements</source>
        <translation>de financiële afspraken</translation>
    </message>
    <message>
        <source>the logistic arrangements</source>
        <translation>de praktische afspraken</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>vertrouwelijkheid</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The terms were explained to every party, and understood.</source>
        <translation>De voorwaarden zijn aan elke partij uitgelegd en begrepen.</translation>
    </message>
    <message>
        <source>Explain, and record as understood: %1.</source>
        <translation>Leg uit, en leg vast als begrepen: %1.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Fee</source>
        <translation>Honorarium</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tijdsduur</translation>
    </message>
    <message>
        <source>Planned &amp;start</source>
        <translation>Geplande &amp;start</translation>
    </message>
    <message>
        <source>Planned e&amp;nd</source>
        <translation>Gepland &amp;einde</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Aa&amp;ntal sessies</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Expenses, payment and payer</source>
        <translation>Onkosten, betaling en betaler</translation>
    </message>
    <message>
        <source>E&amp;xpenses</source>
        <translation>On&amp;kosten</translation>
    </message>
    <message>
        <source>Travel, materials, tests: what is charged, and how</source>
        <translation>Reiskosten, materiaal, tests: wat wordt aangerekend, en hoe</translation>
    </message>
    <message>
        <source>Payment &amp;method</source>
        <translation>Betalings&amp;wijze</translation>
    </message>
    <message>
        <source>Payment t&amp;erms</source>
        <translation>Betaalterm&amp;ijn</translation>
    </message>
    <message>
        <source>Within 30 days of the invoice</source>
        <translation>Binnen 30 dagen na de factuur</translation>
    </message>
    <message>
        <source>Who &amp;pays</source>
        <translation>Wie &amp;betaalt</translation>
    </message>
    <message>
        <source>Payer’s &amp;name</source>
        <translation>Naam van de beta&amp;ler</translation>
    </message>
    <message>
        <source>The scheme or the party that pays</source>
        <translation>De regeling of de partij die betaalt</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <source>The scheme’s reference for this engagement</source>
        <translation>De referentie van de regeling voor deze opdracht</translation>
    </message>
    <message>
        <source>They suffice for these &amp;objectives</source>
        <translation>Ze volstaan voor deze &amp;doelstellingen</translation>
    </message>
    <message>
        <source>&amp;Cancellation policy</source>
        <translation>Annuleringsbeleid</translation>
    </message>
    <message>
        <source>A session cancelled less than 48 hours ahead is charged</source>
        <translation>Een sessie die minder dan 48 uur vooraf wordt afgezegd, wordt aangerekend</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message>
        <source>The practice&apos;s technology register: the tools, platforms and software used with client data (add, list, retire).</source>
        <translation>Het technologieregister van de praktijk: de hulpmiddelen, platformen en programma&apos;s die met gegevens van cliënten werken (add, list, retire).</translation>
    </message>
    <message>
        <source>add, list or retire.</source>
        <translation>add, list of retire.</translation>
    </message>
    <message>
        <source>add|list|retire</source>
        <translation>add|list|retire</translation>
    </message>
    <message>
        <source>add: the tool&apos;s name.</source>
        <translation>add: de naam van het hulpmiddel.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>add: what the tool is used for.</source>
        <translation>add: waarvoor het hulpmiddel dient.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>add: where the tool stores or processes the data.</source>
        <translation>add: waar het hulpmiddel de gegevens bewaart of verwerkt.</translation>
    </message>
    <message>
        <source>add: the tool uses artificial intelligence.</source>
        <translation>add: het hulpmiddel gebruikt artificiële intelligentie.</translation>
    </message>
    <message>
        <source>add: a processor agreement covers the tool.</source>
        <translation>add: er is een verwerkersovereenkomst voor het hulpmiddel.</translation>
    </message>
    <message>
        <source>add: the day you last reviewed the tool (YYYY-MM-DD).</source>
        <translation>add: de dag waarop u het hulpmiddel het laatst nakeek (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>retire: the tool&apos;s id (see &apos;tool FILE list&apos;).</source>
        <translation>retire: het nummer van het hulpmiddel (zie &apos;tool BESTAND list&apos;).</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>HULPMIDDEL</translation>
    </message>
    <message>
        <source>retire: the day it was retired (YYYY-MM-DD; default: today).</source>
        <translation>retire: de dag waarop het uit gebruik ging (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. Use add, list or retire.</source>
        <translation>Onbekende actie &apos;%1&apos;. Gebruik add, list of retire.</translation>
    </message>
    <message>
        <source>&apos;tool add&apos; needs --name NAME, --purpose TEXT and --where TEXT.</source>
        <translation>&apos;tool add&apos; heeft --name NAAM, --purpose TEKST en --where TEKST nodig.</translation>
    </message>
    <message>
        <source>the day you reviewed the tool</source>
        <translation>de dag waarop u het hulpmiddel nakeek</translation>
    </message>
    <message>
        <source>The tool was saved but does not read back.</source>
        <translation>Het hulpmiddel is bewaard maar laat zich niet teruglezen.</translation>
    </message>
    <message>
        <source>Added tool %1: %2 (%3).</source>
        <translation>Hulpmiddel %1 toegevoegd: %2 (%3).</translation>
    </message>
    <message>
        <source>uses AI: each party agrees to it per engagement</source>
        <translation>gebruikt AI: elke partij stemt er per opdracht mee in</translation>
    </message>
    <message>
        <source>no AI</source>
        <translation>geen AI</translation>
    </message>
    <message>
        <source>&apos;tool retire&apos; needs --id TOOL, the tool&apos;s id (see &apos;tool FILE list&apos;).</source>
        <translation>&apos;tool retire&apos; heeft --id HULPMIDDEL nodig, het nummer van het hulpmiddel (zie &apos;tool BESTAND list&apos;).</translation>
    </message>
    <message>
        <source>the day the tool was retired</source>
        <translation>de dag waarop het hulpmiddel uit gebruik ging</translation>
    </message>
    <message>
        <source>Tool %1 was retired on %2 already.</source>
        <translation>Hulpmiddel %1 is al op %2 uit gebruik genomen.</translation>
    </message>
    <message>
        <source>Retired tool %1 (%2) on %3; the engagements that used it still name it.</source>
        <translation>Hulpmiddel %1 (%2) op %3 uit gebruik genomen; de opdrachten die het gebruikten, blijven het vermelden.</translation>
    </message>
</context>
<context>
    <name>ToolUseDialog</name>
    <message>
        <source>Tool used with the client&apos;s data</source>
        <translation>Hulpmiddel gebruikt met de gegevens van de cliënt</translation>
    </message>
    <message>
        <source>A tool of your technology register that you use with this client&apos;s data, and the day each party agreed to it. The confirmation lists it; a tool that uses AI needs the agreement of every party.</source>
        <translation>Een hulpmiddel uit uw technologieregister dat u met de gegevens van deze cliënt gebruikt, en de dag waarop elke partij ermee instemde. De opdrachtbevestiging vermeldt het; voor een hulpmiddel met AI is de instemming van elke partij nodig.</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;Hulpmiddel</translation>
    </message>
    <message>
        <source>&amp;Client agreed on</source>
        <translation>&amp;Cliënt stemde in op</translation>
    </message>
    <message>
        <source>&amp;Principal agreed on</source>
        <translation>&amp;Opdrachtgever stemde in op</translation>
    </message>
</context>
<context>
    <name>ToolsCommand</name>
    <message>
        <source>The tools of the technology register used with an engagement&apos;s client data, and the day each party agreed to them; with --use, add a tool or record its agreements.</source>
        <translation>De hulpmiddelen uit het technologieregister die met de gegevens van de cliënt van een opdracht werken, en de dag waarop elke partij ermee instemde; met --use een hulpmiddel toevoegen of de instemmingen vastleggen.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>Het nummer van de opdracht (zie &apos;list BESTAND engagements&apos;).</translation>
    </message>
    <message>
        <source>The tool&apos;s id in the register (see &apos;tool FILE list&apos;).</source>
        <translation>Het nummer van het hulpmiddel in het register (zie &apos;tool BESTAND list&apos;).</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>HULPMIDDEL</translation>
    </message>
    <message>
        <source>With --use: the day the client agreed (YYYY-MM-DD).</source>
        <translation>Met --use: de dag waarop de cliënt instemde (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>With --use: the day the principal agreed (YYYY-MM-DD).</source>
        <translation>Met --use: de dag waarop de opdrachtgever instemde (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>--client-agreed and --principal-agreed go with --use TOOL: say which tool was agreed to.</source>
        <translation>--client-agreed en --principal-agreed horen bij --use HULPMIDDEL: zeg met welk hulpmiddel werd ingestemd.</translation>
    </message>
    <message>
        <source>--use needs the tool&apos;s id in the register (see &apos;tool FILE list&apos;).</source>
        <translation>--use heeft het nummer van het hulpmiddel in het register nodig (zie &apos;tool BESTAND list&apos;).</translation>
    </message>
    <message>
        <source>the day the client agreed</source>
        <translation>de dag waarop de cliënt instemde</translation>
    </message>
    <message>
        <source>the day the principal agreed</source>
        <translation>de dag waarop de opdrachtgever instemde</translation>
    </message>
    <message>
        <source>The tool was saved but does not read back.</source>
        <translation>Het hulpmiddel is bewaard maar laat zich niet teruglezen.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>The tools, platforms and software you use with client data. Mandaat itself sends nothing; the confirmation lists the tools used with each client&apos;s data, and a tool that uses AI needs every party&apos;s agreement. Retire a tool you no longer use: the engagements that used it keep naming it.</source>
        <translation>De hulpmiddelen, platformen en programma&apos;s die u met gegevens van cliënten gebruikt. Mandaat zelf verstuurt niets; de opdrachtbevestiging vermeldt de hulpmiddelen die met de gegevens van elke cliënt werken, en voor een hulpmiddel met AI is de instemming van elke partij nodig. Neem een hulpmiddel dat u niet meer gebruikt uit gebruik: de opdrachten die het gebruikten, blijven het vermelden.</translation>
    </message>
    <message>
        <source>C&amp;hange the chosen tool</source>
        <translation>Gekozen hulpmiddel wij&amp;zigen</translation>
    </message>
    <message>
        <source>&amp;Retire the chosen tool</source>
        <translation>Gekozen hulpmiddel &amp;uit gebruik nemen</translation>
    </message>
    <message>
        <source>&amp;Name of the tool</source>
        <translation>&amp;Naam van het hulpmiddel</translation>
    </message>
    <message>
        <source>Used &amp;for</source>
        <translation>Ge&amp;bruikt voor</translation>
    </message>
    <message>
        <source>&amp;Data stored or processed</source>
        <translation>&amp;Gegevens bewaard of verwerkt</translation>
    </message>
    <message>
        <source>Where: a country, a provider, your own computer</source>
        <translation>Waar: een land, een aanbieder, uw eigen computer</translation>
    </message>
    <message>
        <source>Uses artificial &amp;intelligence (AI)</source>
        <translation>Gebruikt artificiële &amp;intelligentie (AI)</translation>
    </message>
    <message>
        <source>A processor agreement co&amp;vers it</source>
        <translation>Er is een &amp;verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Last revie&amp;wed on</source>
        <translation>Laatst nagekeken &amp;op</translation>
    </message>
    <message>
        <source>&amp;Add the tool</source>
        <translation>Hulpmiddel toevo&amp;egen</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Onthouden op &amp;deze computer</translation>
    </message>
    <message>
        <source>Use the &amp;emergency key instead</source>
        <translation>&amp;Noodsleutel gebruiken</translation>
    </message>
    <message>
        <source>Recent &amp;vaults</source>
        <translation>Recente &amp;kluizen</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Andere kluis openen…</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>UseRestrictionsRecorded</name>
    <message>
        <source>No restriction on the use of information was recorded.</source>
        <translation>Er is geen beperking op het gebruik van informatie vastgelegd.</translation>
    </message>
    <message>
        <source>Restrictions on use: %1</source>
        <translation>Gebruiksbeperkingen: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Mandaat user guide</source>
        <translation>Gebruikershandleiding van Mandaat</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>%1 heeft %2 tekens; er passen er hoogstens %3 in. Maak het korter.</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Het e-mailadres</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it needs a name, an @ and a domain, as in name@example.be.</source>
        <translation>“%1” is geen e-mailadres: het heeft een naam, een @ en een domein nodig, zoals in naam@voorbeeld.be.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Het telefoonnummer</translation>
    </message>
    <message>
        <source>The phone number “%1” has characters other than digits, spaces and + ( ) - . /.</source>
        <translation>Het telefoonnummer “%1” bevat andere tekens dan cijfers, spaties en + ( ) - . /.</translation>
    </message>
    <message>
        <source>The street</source>
        <translation>De straat</translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation>De postcode</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De plaats</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two capital letters, as in BE or NL.</source>
        <translation>“%1” is geen landcode: gebruik twee hoofdletters, zoals BE of NL.</translation>
    </message>
    <message>
        <source>%1 is not one Mandaat knows; choose one from the list.</source>
        <translation>%1: Mandaat kent deze waarde niet; kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>The payer</source>
        <translation>De betaler</translation>
    </message>
    <message>
        <source>The principal pays, but no principal is chosen: choose the principal, or say who pays.</source>
        <translation>De opdrachtgever betaalt, maar er is geen opdrachtgever gekozen: kies de opdrachtgever, of geef aan wie betaalt.</translation>
    </message>
    <message>
        <source>Name the scheme that pays, for example the career voucher.</source>
        <translation>Noem de regeling die betaalt, bijvoorbeeld de loopbaancheque.</translation>
    </message>
    <message>
        <source>Enter the scheme&apos;s reference for this engagement.</source>
        <translation>Vul de referentie van de regeling voor deze opdracht in.</translation>
    </message>
    <message>
        <source>Name the party that pays.</source>
        <translation>Noem de partij die betaalt.</translation>
    </message>
    <message>
        <source>The payer&apos;s name</source>
        <translation>De naam van de betaler</translation>
    </message>
    <message>
        <source>The payer&apos;s reference</source>
        <translation>De referentie van de betaler</translation>
    </message>
    <message>
        <source>The fee model</source>
        <translation>Het honorariummodel</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters, as in EUR.</source>
        <translation>“%1” is geen valutacode: gebruik drie hoofdletters, zoals EUR.</translation>
    </message>
    <message>
        <source>The rate (%1) is negative; enter 0 or more.</source>
        <translation>Het tarief (%1) is negatief; vul 0 of meer in.</translation>
    </message>
    <message>
        <source>The estimated total (%1) is negative; enter 0 or more.</source>
        <translation>Het geschatte totaal (%1) is negatief; vul 0 of meer in.</translation>
    </message>
    <message>
        <source>The engagement is exempt from VAT: enter the wording the law requires on the documents.</source>
        <translation>De opdracht is vrijgesteld van btw: vul de formulering in die de wet op de documenten vereist.</translation>
    </message>
    <message>
        <source>A VAT rate of %1 % is not possible; enter between 0 and 100 %.</source>
        <translation>Een btw-tarief van %1 % is niet mogelijk; vul een waarde tussen 0 en 100 % in.</translation>
    </message>
    <message>
        <source>The exemption wording</source>
        <translation>De formulering van de vrijstelling</translation>
    </message>
    <message>
        <source>The expenses arrangement</source>
        <translation>De afspraak over de onkosten</translation>
    </message>
    <message>
        <source>The payment method</source>
        <translation>De betalingswijze</translation>
    </message>
    <message>
        <source>The payment terms</source>
        <translation>De betaaltermijn</translation>
    </message>
    <message>
        <source>This text</source>
        <translation>Deze tekst</translation>
    </message>
    <message>
        <source>The method&apos;s name</source>
        <translation>De naam van de methode</translation>
    </message>
    <message>
        <source>Name the method or tool.</source>
        <translation>Noem de methode of het instrument.</translation>
    </message>
    <message>
        <source>The author or owner</source>
        <translation>De auteur of eigenaar</translation>
    </message>
    <message>
        <source>The method&apos;s description</source>
        <translation>De beschrijving van de methode</translation>
    </message>
    <message>
        <source>Choose the client this engagement is for.</source>
        <translation>Kies de cliënt voor wie deze opdracht is.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>Give the engagement a title.</source>
        <translation>Geef de opdracht een titel.</translation>
    </message>
    <message>
        <source>The kind of engagement</source>
        <translation>De soort opdracht</translation>
    </message>
    <message>
        <source>The planned end (%1) is before the planned start (%2).</source>
        <translation>Het geplande einde (%1) ligt vóór de geplande start (%2).</translation>
    </message>
    <message>
        <source>%1 planned sessions is not possible; enter between 0 and %2.</source>
        <translation>%1 geplande sessies is niet mogelijk; vul een waarde tussen 0 en %2 in.</translation>
    </message>
    <message>
        <source>The letter language</source>
        <translation>De taal van de brieven</translation>
    </message>
    <message>
        <source>“%1” is not a code id: use the code&apos;s short name and year, as in MW-2020.</source>
        <translation>“%1” is geen code-id: gebruik de korte naam en het jaar van de code, zoals MW-2020.</translation>
    </message>
    <message>
        <source>%1 is pinned twice; keep one version.</source>
        <translation>%1 is twee keer vastgezet; houd één versie over.</translation>
    </message>
    <message>
        <source>Enter the version of %1.</source>
        <translation>Vul de versie van %1 in.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of engagement Mandaat knows; use one of: %2.</source>
        <translation>“%1” is geen soort opdracht die Mandaat kent; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>The kind of relationship</source>
        <translation>De soort relatie</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>De beschrijving</translation>
    </message>
    <message>
        <source>Enter when the relationship was declared.</source>
        <translation>Vul in wanneer de relatie is gemeld.</translation>
    </message>
    <message>
        <source>The relationship ends (%1) before it was declared (%2).</source>
        <translation>De relatie eindigt (%1) voordat ze gemeld is (%2).</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>De rol</translation>
    </message>
    <message>
        <source>Enter since when you have this role.</source>
        <translation>Vul in sinds wanneer u deze rol hebt.</translation>
    </message>
    <message>
        <source>The role ends (%1) before it starts (%2).</source>
        <translation>De rol eindigt (%1) voordat ze begint (%2).</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>De naam van de organisatie</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s organisation.</source>
        <translation>Vul de organisatie van de opdrachtgever in.</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>De naam van de contactpersoon</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>De notities</translation>
    </message>
    <message>
        <source>The member&apos;s name</source>
        <translation>De naam van het lid</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Vul de naam van het lid in.</translation>
    </message>
    <message>
        <source>The member&apos;s role</source>
        <translation>De rol van het lid</translation>
    </message>
    <message>
        <source>The kind of client</source>
        <translation>De soort cliënt</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>De naam van de cliënt</translation>
    </message>
    <message>
        <source>Name the client system, for example the team&apos;s name.</source>
        <translation>Geef het cliëntsysteem een naam, bijvoorbeeld de naam van het team.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Vul de naam van de cliënt in.</translation>
    </message>
    <message>
        <source>The preferred language</source>
        <translation>De voorkeurstaal</translation>
    </message>
    <message>
        <source>A client system needs at least one named member.</source>
        <translation>Een cliëntsysteem heeft minstens één lid met een naam nodig.</translation>
    </message>
    <message>
        <source>A person has no members: make the client a client system, or remove the members.</source>
        <translation>Een persoon heeft geen leden: maak van de cliënt een cliëntsysteem, of verwijder de leden.</translation>
    </message>
    <message>
        <source>The consultant&apos;s name</source>
        <translation>De naam van de consultant</translation>
    </message>
    <message>
        <source>Enter the consultant&apos;s name: letters and the confirmation carry it.</source>
        <translation>Vul de naam van de consultant in: brieven en de opdrachtbevestiging vermelden die.</translation>
    </message>
    <message>
        <source>The trade name</source>
        <translation>De handelsnaam</translation>
    </message>
    <message>
        <source>The VAT number</source>
        <translation>Het btw-nummer</translation>
    </message>
    <message>
        <source>The company number</source>
        <translation>Het ondernemingsnummer</translation>
    </message>
    <message>
        <source>“%1” is not a valid IBAN: its check digits do not match. Check it for a typing error.</source>
        <translation>“%1” is geen geldig IBAN: de controlecijfers kloppen niet. Kijk na of er een tikfout in zit.</translation>
    </message>
    <message>
        <source>The VAT status</source>
        <translation>De btw-status</translation>
    </message>
    <message>
        <source>An exemption from VAT must be stated on invoices and confirmations: enter the wording the law requires.</source>
        <translation>Een vrijstelling van btw moet op facturen en opdrachtbevestigingen vermeld worden: vul de formulering in die de wet vereist.</translation>
    </message>
    <message>
        <source>The complaints procedure</source>
        <translation>De klachtenprocedure</translation>
    </message>
    <message>
        <source>The complaints body</source>
        <translation>De klachteninstantie</translation>
    </message>
    <message>
        <source>The kind of registration</source>
        <translation>De soort registratie</translation>
    </message>
    <message>
        <source>The name of the body</source>
        <translation>De naam van de instantie</translation>
    </message>
    <message>
        <source>Enter the register or association, for example CMI or Mens(en)werk.</source>
        <translation>Vul het register of de vereniging in, bijvoorbeeld CMI of Mens(en)werk.</translation>
    </message>
    <message>
        <source>The register number</source>
        <translation>Het registernummer</translation>
    </message>
    <message>
        <source>The registration ends (%1) before it starts (%2).</source>
        <translation>De registratie eindigt (%1) voordat ze begint (%2).</translation>
    </message>
    <message>
        <source>The kind of qualification</source>
        <translation>De soort kwalificatie</translation>
    </message>
    <message>
        <source>Enter the title of the qualification, certification or accreditation.</source>
        <translation>Vul de titel van de kwalificatie, certificering of accreditatie in.</translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation>De uitgever</translation>
    </message>
    <message>
        <source>Enter the date it was issued.</source>
        <translation>Vul de datum van uitreiking in.</translation>
    </message>
    <message>
        <source>It expires (%1) before it was issued (%2).</source>
        <translation>Ze verloopt (%1) voordat ze is uitgereikt (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a code id: use the code&apos;s short name and year, as in MW-2020 or CMI-2009.</source>
        <translation>“%1” is geen code-id: gebruik de korte naam en het jaar van de code, zoals MW-2020 of CMI-2009.</translation>
    </message>
    <message>
        <source>Enter the version of the code, as in 002.</source>
        <translation>Vul de versie van de code in, zoals 002.</translation>
    </message>
    <message>
        <source>The version</source>
        <translation>De versie</translation>
    </message>
    <message>
        <source>A dossier is kept %1 months; enter between %2 and %3.</source>
        <translation>Een dossier %1 maanden bewaren kan niet; vul een waarde tussen %2 en %3 in.</translation>
    </message>
    <message>
        <source>Financial records are kept %1 years; enter between %2 and %3.</source>
        <translation>Financiële gegevens %1 jaar bewaren kan niet; vul een waarde tussen %2 en %3 in.</translation>
    </message>
    <message>
        <source>A backup every %1 days; enter between %2 and %3.</source>
        <translation>Elke %1 dagen een back-up kan niet; vul een waarde tussen %2 en %3 in.</translation>
    </message>
    <message>
        <source>Locking after %1 idle minutes; enter between %2 and %3.</source>
        <translation>Vergrendelen na %1 minuten inactiviteit kan niet; vul een waarde tussen %2 en %3 in.</translation>
    </message>
    <message>
        <source>Choose the engagement this belongs to.</source>
        <translation>Kies de opdracht waar dit bij hoort.</translation>
    </message>
    <message>
        <source>Enter when the session starts.</source>
        <translation>Vul in wanneer de sessie begint.</translation>
    </message>
    <message>
        <source>A session of %1 minutes is not possible; enter between 1 and %2 minutes.</source>
        <translation>Een sessie van %1 minuten is niet mogelijk; vul een waarde tussen 1 en %2 minuten in.</translation>
    </message>
    <message>
        <source>The kind of meeting</source>
        <translation>De vorm van het gesprek</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>De locatie</translation>
    </message>
    <message>
        <source>The engagement is not active yet: only intake sessions can be recorded before activation.</source>
        <translation>De opdracht is nog niet actief: vóór de activering kunnen alleen intakesessies worden vastgelegd.</translation>
    </message>
    <message>
        <source>The engagement has ended; it takes no new sessions.</source>
        <translation>De opdracht is beëindigd; er kunnen geen nieuwe sessies bij.</translation>
    </message>
    <message>
        <source>The note is empty; write something or discard it.</source>
        <translation>De notitie is leeg; schrijf iets of verwerp ze.</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit in one note. Split it into two notes.</source>
        <translation>De notitie heeft %1 tekens; er passen er hoogstens %2 in één notitie. Verdeel ze over twee notities.</translation>
    </message>
    <message>
        <source>“%1” is not a topic id: use lowercase letters, digits and _ (at most %2).</source>
        <translation>“%1” is geen onderwerp-id: gebruik kleine letters, cijfers en _ (hoogstens %2).</translation>
    </message>
    <message>
        <source>The party</source>
        <translation>De partij</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>Het kanaal</translation>
    </message>
    <message>
        <source>Enter the date this happened.</source>
        <translation>Vul de datum in waarop dit gebeurde.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>De tekst</translation>
    </message>
    <message>
        <source>The scope of the consent</source>
        <translation>De reikwijdte van de toestemming</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Vul de datum in waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>The consent is withdrawn (%1) before it was given (%2).</source>
        <translation>De toestemming is ingetrokken (%1) voordat ze gegeven is (%2).</translation>
    </message>
    <message>
        <source>Reports are listed only for a consent to listed reports; this one is “%1”.</source>
        <translation>Rapporten worden alleen genoemd bij een toestemming voor genoemde rapporten; deze is “%1”.</translation>
    </message>
    <message>
        <source>Each listed report is one line of text; report %1 is empty or has several lines.</source>
        <translation>Elk genoemd rapport is één regel tekst; rapport %1 is leeg of heeft meerdere regels.</translation>
    </message>
    <message>
        <source>A listed report</source>
        <translation>Een genoemd rapport</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <source>The kind of report</source>
        <translation>De soort rapportage</translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation>Geef de rapportage een titel.</translation>
    </message>
    <message>
        <source>Enter the date the report went to the principal.</source>
        <translation>Vul de datum in waarop de rapportage naar de opdrachtgever ging.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>De samenvatting</translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation>Vul de datum van de doorverwijzing in.</translation>
    </message>
    <message>
        <source>The discipline</source>
        <translation>De discipline</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>De reden</translation>
    </message>
    <message>
        <source>The kind of consultation</source>
        <translation>De soort raadpleging</translation>
    </message>
    <message>
        <source>Enter the date of the consultation.</source>
        <translation>Vul de datum van de raadpleging in.</translation>
    </message>
    <message>
        <source>Enter with whom you consulted.</source>
        <translation>Vul in wie u hebt geraadpleegd.</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>Het onderwerp</translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation>De klager</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>De status</translation>
    </message>
    <message>
        <source>Enter the date the complaint was received.</source>
        <translation>Vul de datum in waarop de klacht is ontvangen.</translation>
    </message>
    <message>
        <source>Summarise the complaint.</source>
        <translation>Vat de klacht samen.</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>De uitkomst</translation>
    </message>
    <message>
        <source>The acknowledgement (%1) is dated before the complaint was received (%2).</source>
        <translation>De ontvangstbevestiging (%1) is gedateerd vóór de ontvangst van de klacht (%2).</translation>
    </message>
    <message>
        <source>The complaint is settled (%1) before it was received (%2).</source>
        <translation>De klacht is afgehandeld (%1) voordat ze is ontvangen (%2).</translation>
    </message>
    <message>
        <source>Enter the date the complaint was settled.</source>
        <translation>Vul de datum in waarop de klacht is afgehandeld.</translation>
    </message>
    <message>
        <source>Describe how the complaint was settled.</source>
        <translation>Beschrijf hoe de klacht is afgehandeld.</translation>
    </message>
    <message>
        <source>Enter the date of the warning.</source>
        <translation>Vul de datum van de waarschuwing in.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>De bijlage heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>De bestandsnaam</translation>
    </message>
    <message>
        <source>“%1” is a path; keep only the file&apos;s own name.</source>
        <translation>“%1” is een pad; houd alleen de naam van het bestand zelf over.</translation>
    </message>
    <message>
        <source>“%1” is not a file type Mandaat can store: use a MIME type, as in application/pdf.</source>
        <translation>“%1” is geen bestandstype dat Mandaat kan opslaan: gebruik een MIME-type, zoals application/pdf.</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>Het bestand “%1” is leeg.</translation>
    </message>
    <message>
        <source>The file “%1” is %2; attachments can be at most %3. Reduce it, for example by scanning at a lower resolution.</source>
        <translation>Het bestand “%1” is %2; bijlagen mogen hoogstens %3 zijn. Maak het kleiner, bijvoorbeeld door met een lagere resolutie te scannen.</translation>
    </message>
    <message>
        <source>The handling notes</source>
        <translation>De behandeling</translation>
    </message>
    <message>
        <source>Name the author or owner of “%1”.</source>
        <translation>Noem de auteur of eigenaar van “%1”.</translation>
    </message>
    <message>
        <source>Only an evaluation or a selection can concern a top civil servant; this is %1.</source>
        <translation>Alleen een evaluatie of een selectie kan een topambtenaar betreffen; dit is %1.</translation>
    </message>
    <message>
        <source>Describe the relationship (keep other relationships apart from the work).</source>
        <translation>Beschrijf de relatie (houd andere relaties gescheiden van het werk).</translation>
    </message>
    <message>
        <source>Describe the other role.</source>
        <translation>Beschrijf de andere rol.</translation>
    </message>
    <message>
        <source>Enter who issued it (accurate information on qualifications).</source>
        <translation>Vul in wie ze heeft uitgereikt (juiste informatie over kwalificaties).</translation>
    </message>
    <message>
        <source>“%1” is not an article id: use the code&apos;s short name, a hyphen and the article&apos;s number.</source>
        <translation>“%1” is geen artikel-id: gebruik de korte naam van de code, een koppelteken en het nummer van het artikel.</translation>
    </message>
    <message>
        <source>List the reports the client consents to.</source>
        <translation>Noem de rapporten waarvoor de cliënt toestemming geeft.</translation>
    </message>
    <message>
        <source>Enter the discipline the client is referred to.</source>
        <translation>Vul de discipline in waarnaar de cliënt wordt doorverwezen.</translation>
    </message>
    <message>
        <source>Enter the date the receipt was acknowledged in writing.</source>
        <translation>Vul de datum in waarop de ontvangst schriftelijk is bevestigd.</translation>
    </message>
    <message>
        <source>Say what the client is warned about.</source>
        <translation>Geef aan waarvoor de cliënt gewaarschuwd wordt.</translation>
    </message>
    <message>
        <source>The engagement follows from earlier advice: describe that advice, so it can be disclosed.</source>
        <translation>De opdracht volgt op eerder advies: beschrijf dat advies, zodat het kan worden meegedeeld.</translation>
    </message>
    <message>
        <source>The cancellation policy</source>
        <translation>Het annuleringsbeleid</translation>
    </message>
    <message>
        <source>The benefit</source>
        <translation>Het voordeel</translation>
    </message>
    <message>
        <source>Say which benefit was disclosed to the client.</source>
        <translation>Zeg welk voordeel aan de cliënt werd gemeld.</translation>
    </message>
    <message>
        <source>Enter the date of the disclosure.</source>
        <translation>Vul de datum van de bekendmaking in.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>De ontvanger</translation>
    </message>
    <message>
        <source>Say to whom the information was disclosed.</source>
        <translation>Zeg aan wie de informatie werd bekendgemaakt.</translation>
    </message>
    <message>
        <source>The ground</source>
        <translation>De grond</translation>
    </message>
    <message>
        <source>Say what was disclosed.</source>
        <translation>Zeg wat werd bekendgemaakt.</translation>
    </message>
    <message>
        <source>The client was told: leave the reason for not telling them empty.</source>
        <translation>De cliënt werd ingelicht: laat de reden om het niet te melden leeg.</translation>
    </message>
    <message>
        <source>Enter the day the engagement is suspended from.</source>
        <translation>Vul de dag in vanaf wanneer de opdracht is opgeschort.</translation>
    </message>
    <message>
        <source>Say why the engagement is suspended.</source>
        <translation>Zeg waarom de opdracht is opgeschort.</translation>
    </message>
    <message>
        <source>The engagement would resume (%1) before it is suspended (%2).</source>
        <translation>De opdracht zou hervatten (%1) vóór ze is opgeschort (%2).</translation>
    </message>
    <message>
        <source>The engagement resumed (%1) before it was suspended (%2).</source>
        <translation>De opdracht werd hervat (%1) vóór ze werd opgeschort (%2).</translation>
    </message>
    <message>
        <source>The tool&apos;s name</source>
        <translation>De naam van het hulpmiddel</translation>
    </message>
    <message>
        <source>Enter the tool&apos;s name.</source>
        <translation>Vul de naam van het hulpmiddel in.</translation>
    </message>
    <message>
        <source>Say what the tool is used for.</source>
        <translation>Zeg waarvoor het hulpmiddel dient.</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Het doel</translation>
    </message>
    <message>
        <source>Say where the tool stores or processes the data.</source>
        <translation>Zeg waar het hulpmiddel de gegevens bewaart of verwerkt.</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Waar de gegevens zijn</translation>
    </message>
    <message>
        <source>The tool cannot have been reviewed on %1: that day lies in the future.</source>
        <translation>Het hulpmiddel kan niet op %1 nagekeken zijn: die dag ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Retire the tool on %1 once that day has come.</source>
        <translation>Neem het hulpmiddel op %1 uit gebruik wanneer die dag gekomen is.</translation>
    </message>
    <message>
        <source>Choose a tool from the practice&apos;s technology register.</source>
        <translation>Kies een hulpmiddel uit het technologieregister van de praktijk.</translation>
    </message>
    <message>
        <source>The client cannot have agreed on %1: that day lies in the future.</source>
        <translation>De cliënt kan niet op %1 ingestemd hebben: die dag ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The principal cannot have agreed on %1: that day lies in the future.</source>
        <translation>De opdrachtgever kan niet op %1 ingestemd hebben: die dag ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>The vault file.</source>
        <translation>Het kluisbestand.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Database integrity: damaged</source>
        <translation>Integriteit van de database: beschadigd</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation>De kluis is beschadigd. Zet ze terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Database integrity: ok</source>
        <translation>Integriteit van de database: in orde</translation>
    </message>
    <message>
        <source>Check a vault without changing it: database integrity, the search index, and the audit log&apos;s hash chain against the heads recorded in the latest backup and on this computer.</source>
        <translation>Controleer een kluis zonder ze te wijzigen: de integriteit van de database, de zoekindex en de hashketen van de auditlog, vergeleken met de koppen die in de laatste back-up en op deze computer zijn geregistreerd.</translation>
    </message>
    <message>
        <source>Compare the audit log with the head recorded in this backup (default: the latest backup the vault names).</source>
        <translation>Vergelijk de auditlog met de kop die in deze back-up is geregistreerd (standaard: de laatste back-up die de kluis noemt).</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACK-UP</translation>
    </message>
    <message>
        <source>Latest backup: %1 could not be read, so the log is not compared with it. %2</source>
        <translation>Laatste back-up: %1 kon niet worden gelezen, dus de log is er niet mee vergeleken. %2</translation>
    </message>
    <message>
        <source>Audit log: unreadable</source>
        <translation>Auditlog: onleesbaar</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: ok (%n entries</source>
        <translation>
            <numerusform>Auditlog: in orde (%n item</numerusform>
            <numerusform>Auditlog: in orde (%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, compared with %n outside record(s))</source>
        <translation>
            <numerusform>, vergeleken met %n externe registratie)</numerusform>
            <numerusform>, vergeleken met %n externe registraties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: broken (%n entries)</source>
        <translation>
            <numerusform>Auditlog: verbroken (%n item)</numerusform>
            <numerusform>Auditlog: verbroken (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault&apos;s records are readable, but the check above failed: keep this vault aside and compare it with your latest backup.</source>
        <translation>De records van de kluis zijn leesbaar, maar de controle hierboven is mislukt: zet deze kluis opzij en vergelijk ze met uw laatste back-up.</translation>
    </message>
    <message>
        <source>Search index: not checked (the check needs write access; verify writes nothing)</source>
        <translation>Zoekindex: niet gecontroleerd (de controle heeft schrijftoegang nodig; verify schrijft niets)</translation>
    </message>
    <message>
        <source>Records: not compared with the audit log (it covers records from the first time this version of Mandaat opens the vault for writing)</source>
        <translation>Gegevens: niet vergeleken met het auditlog (dat dekt de gegevens vanaf de eerste keer dat deze versie van Mandaat de kluis opent om te schrijven)</translation>
    </message>
    <message numerus="yes">
        <source>Records: ok (%n records match their last audit entry)</source>
        <translation>
            <numerusform>Gegevens: in orde (%n gegeven komt overeen met het laatste item erover in het auditlog)</numerusform>
            <numerusform>Gegevens: in orde (%n gegevens komen overeen met het laatste item erover in het auditlog)</numerusform>
        </translation>
    </message>
    <message>
        <source>Records: changed outside Mandaat</source>
        <translation>Gegevens: buiten Mandaat gewijzigd</translation>
    </message>
</context>
<context>
    <name>WarningCommand</name>
    <message>
        <source>Issue the written warning that must precede ending an engagement early for obstruction: store it and write its PDF.</source>
        <translation>Geef de schriftelijke waarschuwing uit die vooraf moet gaan aan het vroegtijdig beëindigen van een opdracht wegens tegenwerking: bewaar ze en schrijf de pdf.</translation>
    </message>
    <message>
        <source>The engagement&apos;s id (see &apos;list FILE engagements&apos;).</source>
        <translation>De id van de opdracht (zie &apos;list FILE engagements&apos;).</translation>
    </message>
    <message>
        <source>The obstruction the warning names.</source>
        <translation>De tegenwerking die de waarschuwing benoemt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Waar de pdf geschreven wordt.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The warning&apos;s date (YYYY-MM-DD; default: today).</source>
        <translation>De datum van de waarschuwing (JJJJ-MM-DD; standaard: vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The letter&apos;s language: nl or en (default: the engagement&apos;s).</source>
        <translation>De taal van de brief: nl of en (standaard: die van de opdracht).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Replace the PDF file when it exists (never a vault or a folder).</source>
        <translation>Vervang het PDF-bestand als het bestaat (nooit een kluis of een map).</translation>
    </message>
    <message>
        <source>&apos;warning&apos; needs --reason TEXT, the obstruction, and --out X.pdf.</source>
        <translation>&apos;warning&apos; heeft --reason TEXT nodig, de tegenwerking, en --out X.pdf.</translation>
    </message>
    <message>
        <source>The warning was stored but does not read back.</source>
        <translation>De waarschuwing is bewaard, maar leest niet terug.</translation>
    </message>
    <message>
        <source>Issued the written warning of %1 for engagement %2 (letter %3) and wrote %4.</source>
        <translation>Schriftelijke waarschuwing van %1 voor opdracht %2 uitgegeven (brief %3) en %4 geschreven.</translation>
    </message>
    <message>
        <source>the warning&apos;s date</source>
        <translation>de datum van de waarschuwing</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Written warning</source>
        <translation>Schriftelijke waarschuwing</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Obstruction:</source>
        <translation>&amp;Obstructie:</translation>
    </message>
    <message>
        <source>What the client does that obstructs the agreed work</source>
        <translation>Wat de cliënt doet dat het afgesproken werk belemmert</translation>
    </message>
    <message>
        <source>&amp;Save the letter as PDF…</source>
        <translation>Brief op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Before ending or interrupting the guidance because the client obstructs it, warn the client in writing. The letter names the obstruction and its consequence, and is stored with its date.</source>
        <translation>Waarschuw de cliënt schriftelijk voordat u de begeleiding beëindigt of onderbreekt omdat de cliënt ze belemmert. De brief noemt de obstructie en het gevolg ervan, en wordt met de datum bewaard.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mandaat</source>
        <translation>Welkom bij Mandaat</translation>
    </message>
    <message>
        <source>Mandaat keeps the records of your practice in one encrypted file, a vault, on this computer.</source>
        <translation>Mandaat bewaart de gegevens van uw praktijk in één versleuteld bestand, een kluis, op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Create a new practice…</source>
        <translation>&amp;Nieuwe praktijk aanmaken…</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>Bestaande kluis &amp;openen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo practice</source>
        <translation>&amp;Demopraktijk proberen</translation>
    </message>
    <message>
        <source>Recent &amp;vaults</source>
        <translation>Recente &amp;kluizen</translation>
    </message>
    <message>
        <source>Invented clients and engagements in a temporary vault, to look around. Nothing you do there touches your own practice.</source>
        <translation>Verzonnen cliënten en opdrachten in een tijdelijke kluis, om rond te kijken. Niets wat u daar doet, raakt aan uw eigen praktijk.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive %1 cannot be started: %2.</source>
        <translation>Het archief %1 kan niet worden gestart: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be added to the archive: %2.</source>
        <translation>%1 kan niet aan het archief worden toegevoegd: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be encrypted: %2.</source>
        <translation>%1 kan niet worden versleuteld: %2.</translation>
    </message>
    <message>
        <source>The archive could not be written to %1: %2.</source>
        <translation>Het archief kon niet naar %1 worden geschreven: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: mandaat-cli COMMAND [options] FILE ...</source>
        <translation>Gebruik: mandaat-cli COMMAND [opties] FILE ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commando&apos;s:</translation>
    </message>
    <message>
        <source>Passphrases are asked on the terminal, read with --passphrase-stdin, or taken from MANDAAT_PASSPHRASE (the least safe: other programs may see it).</source>
        <translation>Wachtwoordzinnen worden in de terminal gevraagd, gelezen met --passphrase-stdin, of genomen uit MANDAAT_PASSPHRASE (het minst veilig: andere programma&apos;s kunnen ze zien).</translation>
    </message>
    <message>
        <source>Run &apos;mandaat-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Voer &apos;mandaat-cli COMMAND --help&apos; uit voor de opties van een commando.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Onbekend commando &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Encrypted practice records for consultants who work under a code of conduct.</source>
        <translation>Versleutelde praktijkdossiers voor consultants die onder een gedragscode werken.</translation>
    </message>
    <message>
        <source>The vault to open (a .mandaat file).</source>
        <translation>De kluis die geopend moet worden (een .mandaat-bestand).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown (for tests).</source>
        <translation>Afsluiten zodra het venster getoond is (voor tests).</translation>
    </message>
</context>
<context>
    <name>mandaat::AgendaModel</name>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Kind and place</source>
        <translation>Soort en plaats</translation>
    </message>
</context>
<context>
    <name>mandaat::AgendaPage</name>
    <message>
        <source>Week %1 to week %2: %3 to %4</source>
        <translation>Week %1 tot en met week %2: %3 tot en met %4</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>De agenda kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No sessions in these weeks. Plan one with “Plan a session…”, or look at other weeks.</source>
        <translation>Geen sessies in deze weken. Plan er een met “Sessie plannen…”, of bekijk andere weken.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>← &amp;Earlier</source>
        <translation>← &amp;Eerder</translation>
    </message>
    <message numerus="yes">
        <source>The %n weeks before</source>
        <translation>
            <numerusform>De week ervoor</numerusform>
            <numerusform>De %n weken ervoor</numerusform>
        </translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Deze &amp;week</translation>
    </message>
    <message>
        <source>La&amp;ter →</source>
        <translation>La&amp;ter →</translation>
    </message>
    <message numerus="yes">
        <source>The %n weeks after</source>
        <translation>
            <numerusform>De week erna</numerusform>
            <numerusform>De %n weken erna</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a &amp;session…</source>
        <translation>&amp;Sessie plannen…</translation>
    </message>
    <message>
        <source>Export to a calen&amp;dar (.ics)…</source>
        <translation>Naar een agen&amp;dabestand (.ics)…</translation>
    </message>
    <message>
        <source>The sessions of these weeks as a calendar file, by default with initials and the kind of session only</source>
        <translation>De sessies van deze weken als agendabestand, standaard alleen met initialen en de soort sessie</translation>
    </message>
    <message>
        <source>Sessions of these weeks</source>
        <translation>Sessies van deze weken</translation>
    </message>
</context>
<context>
    <name>mandaat::AttachmentListModel</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
</context>
<context>
    <name>mandaat::AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Bijgevoegde bestanden</translation>
    </message>
    <message>
        <source>Add a file to the vault</source>
        <translation>Een bestand aan de kluis toevoegen</translation>
    </message>
    <message>
        <source>%1 is %2; a file in the vault can be at most %3.</source>
        <translation>%1 is %2; een bestand in de kluis mag hoogstens %3 zijn.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>View outside Mandaat</source>
        <translation>Bekijken buiten Mandaat</translation>
    </message>
    <message>
        <source>To show %1, Mandaat writes an unencrypted copy of it to a private folder on this computer, %2. The folder is emptied when the vault locks and when Mandaat quits, but the program that shows the file may keep copies of its own (recent files, thumbnails).</source>
        <translation>Om %1 te tonen, schrijft Mandaat er een onversleutelde kopie van naar een privémap op deze computer, %2. De map wordt geleegd wanneer de kluis vergrendelt en wanneer Mandaat afsluit, maar het programma dat het bestand toont, kan zelf kopieën bewaren (recente bestanden, miniaturen).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Bekijken</translation>
    </message>
    <message>
        <source>Remove a file</source>
        <translation>Een bestand verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the vault? This cannot be undone.</source>
        <translation>%1 uit de kluis verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>mandaat::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 van %n item</numerusform>
            <numerusform>%1 van %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest backup (%1) could not be read, so the log was not compared with it.</source>
        <translation>De laatste back-up (%1) kon niet worden gelezen, dus de log is er niet mee vergeleken.</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>De auditlog wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>De auditlog kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before by its hash.</source>
        <translation>
            <numerusform>De auditlog is intact: %n item, gekoppeld aan het vorige via zijn hash.</numerusform>
            <numerusform>De auditlog is intact: %n items, elk via zijn hash gekoppeld aan het vorige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its length was not compared with a record outside this vault yet (a backup keeps one), so entries removed from the end would not show.</source>
        <translation>De lengte ervan is nog niet vergeleken met een registratie buiten deze kluis (een back-up bewaart er een), dus items die aan het einde zijn verwijderd, zouden niet opvallen.</translation>
    </message>
    <message>
        <source>Its length matches what was recorded outside the vault: %1.</source>
        <translation>De lengte komt overeen met wat buiten de kluis is geregistreerd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been changed or damaged (%n entries):</source>
        <translation>
            <numerusform>De auditlog is gewijzigd of beschadigd (%n item):</numerusform>
            <numerusform>De auditlog is gewijzigd of beschadigd (%n items):</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this vault as it is and compare it with your latest backup.</source>
        <translation>Laat deze kluis zoals ze is en vergelijk ze met uw laatste back-up.</translation>
    </message>
</context>
<context>
    <name>mandaat::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>engagement %1</source>
        <translation>opdracht %1</translation>
    </message>
    <message>
        <source>The check found this entry altered, or entries missing here.</source>
        <translation>De controle vond dit item gewijzigd, of hier ontbrekende items.</translation>
    </message>
</context>
<context>
    <name>mandaat::BackupFlow</name>
    <message>
        <source>Mandaat</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back-up van de kluis maken</translation>
    </message>
    <message>
        <source>Mandaat vaults (*.mandaat)</source>
        <translation>Mandaat-kluizen (*.mandaat)</translation>
    </message>
    <message>
        <source>%1 exists already. A backup never replaces a file: choose another name.</source>
        <translation>%1 bestaat al. Een back-up vervangt nooit een bestand: kies een andere naam.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>The backup %1 was written and checked: it opens with the vault&apos;s passphrase and passes the integrity check.

Keep it away from this computer, on a USB stick or a disk you lock away.</source>
        <translation>De back-up %1 is geschreven en gecontroleerd: ze opent met de wachtwoordzin van de kluis en doorstaat de integriteitscontrole.

Bewaar ze weg van deze computer, op een usb-stick of een schijf die u achter slot bewaart.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Er is geen back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>De back-up wordt geschreven en gecontroleerd…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Mandaat vaults (*.mandaat);;All files (*)</source>
        <translation>Mandaat-kluizen (*.mandaat);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1

Nothing was replaced: the open practice is unchanged.</source>
        <translation>%1

Er is niets vervangen: de geopende praktijk is ongewijzigd.</translation>
    </message>
    <message>
        <source>This is the open vault itself, not a backup of it.</source>
        <translation>Dit is de geopende kluis zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kan niet worden teruggezet: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of this vault (it is another practice&apos;s, or of a vault made anew).</source>
        <translation>%1 is geen back-up van deze kluis (ze hoort bij een andere praktijk, of bij een opnieuw aangemaakte kluis).</translation>
    </message>
    <message>
        <source>Opening the backup with its passphrase and checking it…</source>
        <translation>De back-up wordt met haar wachtwoordzin geopend en gecontroleerd…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase does not open this backup: it was made before the passphrase was changed. Type the passphrase the vault had then.</source>
        <translation>De wachtwoordzin van de kluis opent deze back-up niet: ze is gemaakt voordat de wachtwoordzin werd gewijzigd. Typ de wachtwoordzin die de kluis toen had.</translation>
    </message>
    <message>
        <source>Replace the open practice with this backup?</source>
        <translation>De geopende praktijk door deze back-up vervangen?</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message>
        <source>The backup %1 was made on %2; it opens and passes the integrity check.

Everything recorded in the practice since then is replaced by the backup&apos;s records. The vault being replaced is kept aside first, beside it as %3, so nothing is lost; destructions recorded in it are applied again to the restored practice.</source>
        <translation>De back-up %1 is gemaakt op %2; ze opent en doorstaat de integriteitscontrole.

Alles wat sindsdien in de praktijk is vastgelegd, wordt vervangen door de records van de back-up. De kluis die vervangen wordt, wordt eerst opzijgezet, ernaast als %3, zodat er niets verloren gaat; de vernietigingen die erin geregistreerd zijn, worden opnieuw toegepast op de teruggezette praktijk.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Door de back-up vervangen</translation>
    </message>
    <message>
        <source>The practice was restored from %1.</source>
        <translation>De praktijk is teruggezet vanuit %1.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept at %1.</source>
        <translation>De kluis die ze verving, is bewaard in %1.</translation>
    </message>
    <message>
        <source>These destructions, recorded in the replaced vault, were applied again:</source>
        <translation>Deze vernietigingen, geregistreerd in de vervangen kluis, zijn opnieuw toegepast:</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>De back-up is niet teruggezet: %1</translation>
    </message>
    <message>
        <source>Nothing was replaced: the practice is as it was.</source>
        <translation>Er is niets vervangen: de praktijk is zoals ze was.</translation>
    </message>
    <message>
        <source>The vault could not be opened again: %1</source>
        <translation>De kluis kon niet opnieuw worden geopend: %1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (a copy that did not finish, or a failing disk), so it cannot be restored. Choose another backup.</source>
        <translation>%1 is beschadigd of onvolledig (een kopie die niet is afgewerkt, of een falende schijf) en kan dus niet worden teruggezet. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>The backup is written; checking it…</source>
        <translation>De back-up is geschreven; ze wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Putting the restored vault in place…</source>
        <translation>De teruggezette kluis wordt op haar plaats gezet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>&amp;Cancel the backup</source>
        <translation>Back-up &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation>Terugzetten &amp;annuleren</translation>
    </message>
    <message>
        <source>The backup was stopped because the screen was locked: no file was written and the vault is unchanged. Make the backup again after unlocking.</source>
        <translation>De back-up is gestopt omdat het scherm werd vergrendeld: er is geen bestand geschreven en de kluis is ongewijzigd. Maak de back-up opnieuw nadat u ontgrendeld hebt.</translation>
    </message>
    <message>
        <source>The check of the backup was stopped because the screen was locked.</source>
        <translation>De controle van de back-up is gestopt omdat het scherm werd vergrendeld.</translation>
    </message>
    <message>
        <source>The check of the backup was cancelled.</source>
        <translation>De controle van de back-up is geannuleerd.</translation>
    </message>
    <message>
        <source>The passphrase you typed does not open %1 either. Restore it again and type the passphrase the vault had when this backup was made.</source>
        <translation>Ook de wachtwoordzin die u typte, opent %1 niet. Zet de back-up opnieuw terug en typ de wachtwoordzin die de kluis had toen deze back-up werd gemaakt.</translation>
    </message>
    <message>
        <source>It opens with the passphrase it had when the backup was made (the one you typed), not with the newer one. Change the passphrase again if you want the newer one back.</source>
        <translation>Ze opent met de wachtwoordzin die ze had toen de back-up werd gemaakt (de wachtwoordzin die u typte), niet met de nieuwere. Wijzig de wachtwoordzin opnieuw als u de nieuwere terug wilt.</translation>
    </message>
    <message>
        <source>The restore was stopped because the screen was locked.</source>
        <translation>Het terugzetten is gestopt omdat het scherm werd vergrendeld.</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Het terugzetten is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>mandaat::CalendarExportDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>Naar een agendabestand</translation>
    </message>
    <message>
        <source>&amp;One calendar file</source>
        <translation>Eén &amp;agendabestand</translation>
    </message>
    <message>
        <source>A &amp;folder with one file per week</source>
        <translation>Een &amp;map met één bestand per week</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Blade&amp;ren…</translation>
    </message>
    <message>
        <source>Show the clients&apos; &amp;names and the places</source>
        <translation>De &amp;namen van de cliënten en de plaatsen tonen</translation>
    </message>
    <message>
        <source>A calendar is copied to phones and servers the vault does not protect.</source>
        <translation>Een agenda wordt gekopieerd naar telefoons en servers die de kluis niet beschermt.</translation>
    </message>
    <message>
        <source>Without it the calendar shows only the client&apos;s initials and the kind of session (“K.J. Session (in person)”): a calendar is copied to phones and servers the vault does not protect.</source>
        <translation>Zonder dit toont de agenda alleen de initialen van de cliënt en de soort sessie (“K.J. Sessie (fysiek)”): een agenda wordt gekopieerd naar telefoons en servers die de kluis niet beschermt.</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Opslaan in</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Eerste afspraak</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of the weeks shown.</source>
        <translation>
            <numerusform>%n sessie van de getoonde weken.</numerusform>
            <numerusform>%n sessies van de getoonde weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>agenda-%1.ics</source>
        <translation>agenda-%1.ics</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Het agendabestand opslaan</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>The folder for the weekly calendar files</source>
        <translation>De map voor de agendabestanden per week</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with this calendar?</source>
        <translation>%1 bestaat al. Vervangen door deze agenda?</translation>
    </message>
    <message>
        <source>The calendar was not saved: %1</source>
        <translation>Het agendabestand is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>De bestanden vervangen?</translation>
    </message>
    <message>
        <source>Calendar files of these weeks exist in %1. Replace them?</source>
        <translation>In %1 staan al agendabestanden van deze weken. Vervangen?</translation>
    </message>
    <message>
        <source>The calendar files were not saved: %1</source>
        <translation>De agendabestanden zijn niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 could not be read back after saving; check the disk.</source>
        <translation>%1 kon na het opslaan niet worden teruggelezen; controleer de schijf.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar file(s): %1</source>
        <translation>
            <numerusform>%n agendabestand opgeslagen: %1</numerusform>
            <numerusform>%n agendabestanden opgeslagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::ChangePassphraseDialog</name>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Type the passphrase that opens this vault now.</source>
        <translation>Typ de wachtwoordzin die deze kluis nu opent.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>De nieuwe wachtwoordzin is de huidige.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet dezelfde.</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this vault. Nothing was changed.</source>
        <translation>Dit is niet de wachtwoordzin die deze kluis opent. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This computer could not remember the new key (%1); unlock with the new passphrase.</source>
        <translation>Deze computer kon de nieuwe sleutel niet onthouden (%1); ontgrendel met de nieuwe wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>mandaat::ClientForm</name>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Two capital letters: BE, NL</source>
        <translation>Twee hoofdletters: BE, NL</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>The client&apos;s engagements</source>
        <translation>De opdrachten van de cliënt</translation>
    </message>
    <message>
        <source>Delete the client %1? This cannot be undone. A client with engagements cannot be deleted.</source>
        <translation>Cliënt %1 verwijderen? Dit kan niet ongedaan worden gemaakt. Een cliënt met opdrachten kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Geen cliënt gekozen</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>&amp;Name of the team</source>
        <translation>&amp;Naam van het team</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Declare a &amp;relationship</source>
        <translation>Een &amp;relatie melden</translation>
    </message>
    <message>
        <source>A relationship with this client besides the work (family, friend, business); the onboarding checks it for conflicts.</source>
        <translation>Een relatie met deze cliënt naast het werk (familie, vriendschap, zakelijk); bij de start van een opdracht wordt ze op belangenconflicten gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>mandaat::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
</context>
<context>
    <name>mandaat::CodesEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>geen gekozen</translation>
    </message>
    <message>
        <source>Your copy of the official code</source>
        <translation>Uw exemplaar van de officiële code</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>You already subscribe to %1.</source>
        <translation>U onderschrijft %1 al.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Official text of %1</source>
        <translation>Officiële tekst van %1</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>not attached yet</source>
        <translation>nog niet toegevoegd</translation>
    </message>
    <message>
        <source>Add a code:</source>
        <translation>Een code toevoegen:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subscribed on</source>
        <translation>Onderschreven op</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>Officiële tekst</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>The codes you work under. Attach your own copy of each code&apos;s official text: Mandaat hands it to the parties and never ships the text itself.</source>
        <translation>De codes waaronder u werkt. Voeg uw eigen exemplaar van de officiële tekst van elke code toe: Mandaat overhandigt het aan de partijen en levert de tekst zelf nooit mee.</translation>
    </message>
</context>
<context>
    <name>mandaat::ComplaintDialog</name>
    <message>
        <source>Complaint: %1</source>
        <translation>Klacht: %1</translation>
    </message>
</context>
<context>
    <name>mandaat::ComplaintForm</name>
    <message>
        <source>Choose the engagement</source>
        <translation>Kies de opdracht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the engagement the complaint is about.</source>
        <translation>Kies de opdracht waarover de klacht gaat.</translation>
    </message>
    <message>
        <source>No complaint chosen</source>
        <translation>Geen klacht gekozen</translation>
    </message>
    <message>
        <source>Complaint of %1</source>
        <translation>Klacht van %1</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Nieuwe klacht</translation>
    </message>
    <message>
        <source>Save the acknowledgement</source>
        <translation>De ontvangstbevestiging opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved: %1</source>
        <translation>De brief kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>An external complaints body</source>
        <translation>Een externe klachteninstantie</translation>
    </message>
    <message>
        <source>What was done to handle the complaint: conversations, steps, letters.</source>
        <translation>Wat er gedaan is om de klacht te behandelen: gesprekken, stappen, brieven.</translation>
    </message>
    <message>
        <source>The complaint went to the external complaints body named in the profile.</source>
        <translation>De klacht is voorgelegd aan de externe klachteninstantie die in het profiel staat.</translation>
    </message>
    <message>
        <source>To be settled by %1 (within four weeks of receipt).</source>
        <translation>Af te handelen uiterlijk op %1 (binnen vier weken na ontvangst).</translation>
    </message>
    <message>
        <source>Prints the written acknowledgement of receipt, stores it with the engagement and marks the complaint acknowledged.</source>
        <translation>Drukt de schriftelijke ontvangstbevestiging af, bewaart ze bij de opdracht en markeert de klacht als bevestigd.</translation>
    </message>
</context>
<context>
    <name>mandaat::ComplaintListModel</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Settle by</source>
        <translation>Afhandelen vóór</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mandaat::ComplianceGuard</name>
    <message>
        <source>The compliance rules could not be checked: %1</source>
        <translation>De nalevingsregels konden niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>The engagement cannot become active yet:
%1</source>
        <translation>De opdracht kan nog niet actief worden:
%1</translation>
    </message>
    <message>
        <source>The engagement cannot end yet:
%1</source>
        <translation>De opdracht kan nog niet eindigen:
%1</translation>
    </message>
</context>
<context>
    <name>mandaat::ComplianceRecordListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossierstuk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Evidence, %1</source>
        <translation>Bewijs, %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (withdrawn %2)</source>
        <translation>%1 (ingetrokken op %2)</translation>
    </message>
    <message>
        <source>Report to the principal</source>
        <translation>Rapportage aan de opdrachtgever</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With %1: %2</source>
        <translation>Met %1: %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, voor %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>Schriftelijke waarschuwing</translation>
    </message>
    <message>
        <source>%1 (benefit to you: %2, disclosed %3)</source>
        <translation>%1 (voordeel voor u: %2, gemeld %3)</translation>
    </message>
    <message>
        <source>%1 (benefit to you: %2, not disclosed)</source>
        <translation>%1 (voordeel voor u: %2, niet gemeld)</translation>
    </message>
    <message>
        <source>client told %1</source>
        <translation>cliënt ingelicht %1</translation>
    </message>
    <message>
        <source>client not told</source>
        <translation>cliënt niet ingelicht</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Bekendmaking</translation>
    </message>
    <message>
        <source>To %1 (%2), %3: %4</source>
        <translation>Aan %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>resumed %1</source>
        <translation>hervat %1</translation>
    </message>
    <message>
        <source>to resume %1</source>
        <translation>te hervatten %1</translation>
    </message>
    <message>
        <source>no day to resume yet</source>
        <translation>nog geen dag om te hervatten</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Opschorting</translation>
    </message>
    <message>
        <source>agreed by the client %1</source>
        <translation>door de cliënt aanvaard op %1</translation>
    </message>
    <message>
        <source>not agreed by the client</source>
        <translation>niet aanvaard door de cliënt</translation>
    </message>
    <message>
        <source>by the principal %1</source>
        <translation>door de opdrachtgever op %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>uses AI</source>
        <translation>gebruikt AI</translation>
    </message>
    <message>
        <source>no AI</source>
        <translation>geen AI</translation>
    </message>
    <message>
        <source>Tool with client data</source>
        <translation>Hulpmiddel met cliëntgegevens</translation>
    </message>
</context>
<context>
    <name>mandaat::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>Opdrachtbevestiging</translation>
    </message>
    <message>
        <source>The written agreement: issue it, have it signed, and attach the signed copy. The engagement becomes active once every party accepted it and nothing that blocks is open.</source>
        <translation>De schriftelijke overeenkomst: geef ze uit, laat ze ondertekenen en voeg het ondertekende exemplaar toe. De opdracht wordt actief zodra elke partij ze aanvaard heeft en er niets blokkerends meer openstaat.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Preview of the confirmation</source>
        <translation>Voorbeeld van de opdrachtbevestiging</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>ondertekend exemplaar</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>The engagement is %1, since %2.</source>
        <translation>De opdracht heeft sinds %2 de status %1.</translation>
    </message>
    <message>
        <source>The engagement is onboarding. Issue the confirmation and send it to the parties to sign.</source>
        <translation>De opdracht is in de opstartfase. Geef de opdrachtbevestiging uit en stuur ze ter ondertekening naar de partijen.</translation>
    </message>
    <message>
        <source>The engagement is onboarding until every party accepted the confirmation.</source>
        <translation>De opdracht blijft in de opstartfase tot elke partij de opdrachtbevestiging heeft aanvaard.</translation>
    </message>
    <message>
        <source>Open before the engagement can become active:
%1</source>
        <translation>Nog open voordat de opdracht actief kan worden:
%1</translation>
    </message>
    <message>
        <source>Confirmation %1.pdf</source>
        <translation>Opdrachtbevestiging %1.pdf</translation>
    </message>
    <message>
        <source>Save the confirmation as PDF</source>
        <translation>De opdrachtbevestiging opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Attach the signed confirmation</source>
        <translation>De ondertekende opdrachtbevestiging toevoegen</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Ondertekende exemplaren (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The signed copy is attached to the confirmation.</source>
        <translation>Het ondertekende exemplaar is bij de opdrachtbevestiging gevoegd.</translation>
    </message>
    <message>
        <source>The acceptance by e-mail is recorded.</source>
        <translation>De aanvaarding per e-mail is vastgelegd.</translation>
    </message>
    <message>
        <source>Issued versions</source>
        <translation>Uitgegeven versies</translation>
    </message>
    <message>
        <source>The engagement is active.</source>
        <translation>De opdracht is actief.</translation>
    </message>
    <message>
        <source>The confirmation was issued and kept in the vault (SHA-256 %1…).</source>
        <translation>De opdrachtbevestiging is uitgegeven en in de kluis bewaard (SHA-256 %1…).</translation>
    </message>
    <message>
        <source>The terms were amended on %1: record the acceptance of the new version by every party.</source>
        <translation>De voorwaarden werden op %1 gewijzigd: leg vast dat elke partij de nieuwe versie aanvaardde.</translation>
    </message>
    <message>
        <source>The terms were amended on %1: issue the new version of the confirmation.</source>
        <translation>De voorwaarden werden op %1 gewijzigd: geef de nieuwe versie van de bevestiging uit.</translation>
    </message>
</context>
<context>
    <name>mandaat::ConfirmationRecords</name>
    <message>
        <source>No code of this engagement asks for an engagement confirmation: subscribe to a code in the practice profile.</source>
        <translation>Geen enkele code van deze opdracht vraagt een opdrachtbevestiging: onderschrijf een code in het praktijkprofiel.</translation>
    </message>
    <message>
        <source>%1 is not a file. Give the scan of the signed confirmation.</source>
        <translation>%1 is geen bestand. Geef de scan van de ondertekende bevestiging.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image. Attach the scan of the signed confirmation.</source>
        <translation>%1 is geen pdf en geen afbeelding. Voeg de scan van de ondertekende opdrachtbevestiging toe.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 is groter dan %2 MB; scan het met een lagere resolutie.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 kon niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>Signed engagement confirmation</source>
        <translation>Ondertekende opdrachtbevestiging</translation>
    </message>
    <message>
        <source>Only an engagement in onboarding becomes active; this one is %1.</source>
        <translation>Alleen een opdracht in de opstartfase wordt actief; deze is %1.</translation>
    </message>
</context>
<context>
    <name>mandaat::ConflictPage</name>
    <message>
        <source>Conflict check</source>
        <translation>Conflictcontrole</translation>
    </message>
    <message>
        <source>Your other engagements and declared relationships, checked against these parties before any work is done.</source>
        <translation>Uw andere opdrachten en gemelde relaties, getoetst aan deze partijen voordat er enig werk gebeurt.</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sinds %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The engagement was declined on %1 (%2). Close the wizard.</source>
        <translation>De opdracht is op %1 geweigerd (%2). Sluit de wizard.</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Opgelost: %1</translation>
    </message>
    <message>
        <source>No conflict of interest was found among your engagements and declared relationships.</source>
        <translation>Er is geen belangenconflict gevonden in uw opdrachten en gemelde relaties.</translation>
    </message>
    <message>
        <source>Every conflict found has a recorded resolution.</source>
        <translation>Voor elk gevonden conflict is een oplossing vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) of interest found. Record how each is resolved with the parties, or decline the engagement: the onboarding cannot go on before.</source>
        <translation>
            <numerusform>%n belangenconflict gevonden. Leg vast hoe het met de partijen is opgelost, of weiger de opdracht: de opstart kan niet eerder verder.</numerusform>
            <numerusform>%n belangenconflicten gevonden. Leg vast hoe elk ervan met de partijen is opgelost, of weiger de opdracht: de opstart kan niet eerder verder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record how each conflict is resolved, or decline the engagement.</source>
        <translation>Leg vast hoe elk conflict is opgelost, of weiger de opdracht.</translation>
    </message>
    <message>
        <source>Confirm, or decline the engagement:</source>
        <translation>Bevestig, of weiger de opdracht:</translation>
    </message>
    <message>
        <source>Decline the engagement</source>
        <translation>De opdracht weigeren</translation>
    </message>
    <message>
        <source>The engagement ends as “%1” before it started. This cannot be undone.</source>
        <translation>De opdracht eindigt als “%1” voordat ze begonnen is. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>You also work for %1 as: %2. That is no conflict, but the client must be told of it; the disclosures step records when.</source>
        <translation>U werkt ook voor %1 als: %2. Dat is geen conflict, maar de cliënt moet het weten; de stap Mededelingen legt vast wanneer.</translation>
    </message>
    <message>
        <source>Name the consultant you proposed to the parties instead.</source>
        <translation>Noem de consultant die u in de plaats aan de partijen hebt voorgesteld.</translation>
    </message>
</context>
<context>
    <name>mandaat::ConsentDialog</name>
    <message>
        <source>Enter the date the client withdrew the consent.</source>
        <translation>Vul de datum in waarop de cliënt de toestemming heeft ingetrokken.</translation>
    </message>
    <message>
        <source>The client system as a whole</source>
        <translation>Het cliëntsysteem als geheel</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>De cliënt</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>De toestemming intrekken</translation>
    </message>
    <message>
        <source>&amp;Withdraw the consent</source>
        <translation>De toestemming &amp;intrekken</translation>
    </message>
    <message>
        <source>&amp;Record the consent</source>
        <translation>De toestemming &amp;vastleggen</translation>
    </message>
    <message>
        <source>From the date the client withdraws the consent, nothing more about the client may go to the principal under it. The consent itself stays on record.</source>
        <translation>Vanaf de datum waarop de cliënt de toestemming intrekt, mag er op grond daarvan niets meer over de cliënt naar de opdrachtgever gaan. De toestemming zelf blijft vastgelegd.</translation>
    </message>
</context>
<context>
    <name>mandaat::ConsentPage</name>
    <message>
        <source>Confidentiality and reporting</source>
        <translation>Vertrouwelijkheid en rapportage</translation>
    </message>
    <message>
        <source>What may go to the principal, with the client&apos;s consent, and what may not be used.</source>
        <translation>Wat met toestemming van de cliënt naar de opdrachtgever mag gaan, en wat niet gebruikt mag worden.</translation>
    </message>
    <message>
        <source>Write down what the report will contain.</source>
        <translation>Schrijf op wat de rapportage zal bevatten.</translation>
    </message>
    <message>
        <source>Record when the client agreed the report&apos;s content.</source>
        <translation>Leg vast wanneer de cliënt met de inhoud van de rapportage heeft ingestemd.</translation>
    </message>
</context>
<context>
    <name>mandaat::ConsultationDialog</name>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Say whether the principal knows of this consultation about the engagement.</source>
        <translation>Geef aan of de opdrachtgever van deze raadpleging over de opdracht weet.</translation>
    </message>
</context>
<context>
    <name>mandaat::CreateVaultDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>At least 12 characters, or at least 4 words. A sentence only you would think of is easy to remember and hard to guess. Nobody can recover a forgotten passphrase.</source>
        <translation>Minstens 12 tekens, of minstens 4 woorden. Een zin die alleen u zou bedenken, is makkelijk te onthouden en moeilijk te raden. Niemand kan een vergeten wachtwoordzin terughalen.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>De kluis wordt aangemaakt</translation>
    </message>
    <message>
        <source>Checking whether this computer has a keychain…</source>
        <translation>Nagaan of deze computer een sleutelhanger heeft…</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Choose where to keep the vault.</source>
        <translation>Kies waar de kluis bewaard wordt.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Where to keep the new vault</source>
        <translation>Waar de nieuwe kluis bewaard wordt</translation>
    </message>
    <message>
        <source>Mandaat vaults (*.mandaat)</source>
        <translation>Mandaat-kluizen (*.mandaat)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: Mandaat never overwrites a file.</source>
        <translation>%1 bestaat al. Kies een andere naam: Mandaat overschrijft nooit een bestand.</translation>
    </message>
</context>
<context>
    <name>mandaat::DateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>A date is needed here; it stays %1.</source>
        <translation>Hier is een datum nodig; die blijft %1.</translation>
    </message>
    <message>
        <source>%1 is too early: the earliest date here is %2. The date stays %3.</source>
        <translation>%1 is te vroeg: de vroegste datum hier is %2. De datum blijft %3.</translation>
    </message>
    <message>
        <source>%1 is too late: the latest date here is %2. The date stays %3.</source>
        <translation>%1 is te laat: de laatste datum hier is %2. De datum blijft %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2, for example %3. The date stays %4.</source>
        <translation>“%1” is geen datum. Typ hem als %2, bijvoorbeeld %3. De datum blijft %4.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <comment>how a date is typed</comment>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Kies in een kalender (Alt+pijl omlaag)</translation>
    </message>
</context>
<context>
    <name>mandaat::DatedItemsEditor</name>
    <message>
        <source>Remo&amp;ve the chosen line</source>
        <translation>Gekozen regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>mandaat::DemoVaultMaker</name>
    <message>
        <source>No temporary folder could be made for the demo: %1</source>
        <translation>Er kon geen tijdelijke map voor de demo worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Demopraktijk</translation>
    </message>
</context>
<context>
    <name>mandaat::DestructionDialog</name>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Vernietigen</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Destroy after the retention date</source>
        <translation>Vernietigen na de bewaardatum</translation>
    </message>
    <message>
        <source>Nothing can be destroyed for this engagement now.</source>
        <translation>Van deze opdracht kan nu niets worden vernietigd.</translation>
    </message>
    <message>
        <source>Destroy: %1</source>
        <translation>Vernietigen: %1</translation>
    </message>
    <message>
        <source>Engagement “%1” with %2 has ended.</source>
        <translation>Opdracht “%1” met %2 is beëindigd.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliënt %1</translation>
    </message>
    <message>
        <source>Its dossier was to be kept until %1: the notes, reports and attachments are deleted, and the text of the evidence is cleared.</source>
        <translation>Het dossier moest bewaard worden tot %1: de notities, rapporten en bijlagen worden verwijderd en de tekst van de bewijsstukken wordt gewist.</translation>
    </message>
    <message>
        <source>Its financial records were to be kept until %1: the engagement confirmation and the fee records are deleted.</source>
        <translation>De financiële gegevens moesten bewaard worden tot %1: de opdrachtbevestiging en de honorariumgegevens worden verwijderd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Destroying… The vault is rewritten without the deleted records; this may take a minute for a large practice.</source>
        <translation>Bezig met vernietigen… De kluis wordt herschreven zonder de verwijderde records; bij een grote praktijk kan dat een minuut duren.</translation>
    </message>
    <message>
        <source>Nothing was destroyed: %1</source>
        <translation>Er is niets vernietigd: %1</translation>
    </message>
    <message>
        <source>Destroyed. What remains:</source>
        <translation>Vernietigd. Wat overblijft:</translation>
    </message>
    <message>
        <source>• Tombstone %1: %2 of engagement %3 (client %4), kept until %5, destroyed on %6; reason: %7</source>
        <translation>• Grafsteen %1: %2 van opdracht %3 (cliënt %4), bewaard tot %5, vernietigd op %6; reden: %7</translation>
    </message>
    <message>
        <source>the dossier</source>
        <translation>het dossier</translation>
    </message>
    <message>
        <source>the financial records</source>
        <translation>de financiële gegevens</translation>
    </message>
    <message>
        <source>• Audit log entry %1 records the destruction.</source>
        <translation>• Auditlogitem %1 legt de vernietiging vast.</translation>
    </message>
    <message>
        <source>What was destroyed:</source>
        <translation>Wat vernietigd is:</translation>
    </message>
</context>
<context>
    <name>mandaat::DisclosureDialog</name>
    <message>
        <source>&amp;Save the disclosure</source>
        <translation>De bekendmaking bewa&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Record the disclosure</source>
        <translation>De bekendmaking &amp;vastleggen</translation>
    </message>
</context>
<context>
    <name>mandaat::DisclosuresPage</name>
    <message>
        <source>Disclosures</source>
        <translation>Mededelingen</translation>
    </message>
    <message>
        <source>What every party hears before the work starts, and when you told them.</source>
        <translation>Wat elke partij hoort voordat het werk begint, en wanneer u het hun vertelde.</translation>
    </message>
    <message>
        <source>Record when: %1.</source>
        <translation>Leg vast wanneer: %1.</translation>
    </message>
    <message>
        <source>The confirmation states that accepting this assignment is no promise to leave and no admission of dysfunction or unsuitability.</source>
        <translation>De opdrachtbevestiging vermeldt dat het aanvaarden van deze opdracht geen belofte is om te vertrekken en geen erkenning van disfunctioneren of ongeschiktheid.</translation>
    </message>
    <message>
        <source>Answer whether the assignment follows from advice you gave in another role.</source>
        <translation>Geef aan of de opdracht voortvloeit uit advies dat u in een andere rol hebt gegeven.</translation>
    </message>
    <message>
        <source>Answer whether the assignment is part of an end-of-employment arrangement.</source>
        <translation>Geef aan of de opdracht deel uitmaakt van een regeling bij het einde van een dienstverband.</translation>
    </message>
</context>
<context>
    <name>mandaat::EmailAcceptanceDialog</name>
    <message>
        <source>Accepted by e-mail</source>
        <translation>Aanvaard per e-mail</translation>
    </message>
    <message>
        <source>Issued %1 %2 (SHA-256 %3…)</source>
        <translation>Uitgegeven %1 %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>aanvaard op %1</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aanvaard door</translation>
    </message>
    <message>
        <source>&amp;Record the acceptance</source>
        <translation>Aanvaarding &amp;vastleggen</translation>
    </message>
    <message>
        <source>Which version of the confirmation was accepted by e-mail on %1, and by whom? Tick only the parties whose e-mail you have.</source>
        <translation>Welke versie van de bevestiging werd op %1 per e-mail aanvaard, en door wie? Vink alleen de partijen aan van wie u de e-mail hebt.</translation>
    </message>
</context>
<context>
    <name>mandaat::EmergencySheetDialog</name>
    <message>
        <source>Emergency key</source>
        <translation>Noodsleutel</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>Het noodblad opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, then delete the file: whoever has it can open the vault.</source>
        <translation>Opgeslagen als %1. Druk het af en verwijder daarna het bestand: wie het heeft, kan de kluis openen.</translation>
    </message>
    <message>
        <source>Emergency sheet %1</source>
        <translation>Noodblad %1</translation>
    </message>
</context>
<context>
    <name>mandaat::EngagementListModel</name>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
</context>
<context>
    <name>mandaat::EngagementPage</name>
    <message>
        <source>New engagement</source>
        <translation>Nieuwe opdracht</translation>
    </message>
    <message>
        <source>No engagement chosen</source>
        <translation>Geen opdracht gekozen</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliënt: %1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Opdrachtgever: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>End it now</source>
        <translation>Nu beëindigen</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Naar “%1”</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>Geen volgende stap</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Voorwaarden</translation>
    </message>
    <message>
        <source>Sessions and &amp;notes</source>
        <translation>Sessies en &amp;notities</translation>
    </message>
    <message>
        <source>Continue &amp;onboarding…</source>
        <translation>&amp;Opstart voortzetten…</translation>
    </message>
    <message>
        <source>&amp;End engagement…</source>
        <translation>Opdracht b&amp;eëindigen…</translation>
    </message>
    <message>
        <source>Issue a written &amp;warning…</source>
        <translation>Schriftelijke &amp;waarschuwing geven…</translation>
    </message>
    <message>
        <source>Record a &amp;complaint…</source>
        <translation>&amp;Klacht vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Dossierstukken</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Bij&amp;lagen</translation>
    </message>
    <message>
        <source>Issue the amended &amp;confirmation…</source>
        <translation>Gewijzigde &amp;bevestiging uitgeven…</translation>
    </message>
    <message>
        <source>%1, suspended since %2 until %3</source>
        <translation>%1, opgeschort sinds %2 tot %3</translation>
    </message>
    <message>
        <source>%1, suspended since %2</source>
        <translation>%1, opgeschort sinds %2</translation>
    </message>
    <message>
        <source>&amp;Resume the engagement…</source>
        <translation>Opdracht &amp;hervatten…</translation>
    </message>
    <message>
        <source>&amp;Suspend the engagement…</source>
        <translation>Opdracht op&amp;schorten…</translation>
    </message>
</context>
<context>
    <name>mandaat::EngagementTermsForm</name>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Nog niet afgesproken</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>The assignment</source>
        <translation>De opdracht</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Fee and payment</source>
        <translation>Honorarium en betaling</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tijdsduur</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation>Kies de cliënt</translation>
    </message>
    <message>
        <source>None: the client commissions it</source>
        <translation>Geen: de cliënt geeft zelf de opdracht</translation>
    </message>
    <message>
        <source>Delete the draft engagement %1? This cannot be undone.</source>
        <translation>Conceptopdracht %1 verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The terms were amended on %1, after the confirmation of %2. Issue a new version of the confirmation and have every party accept it: Status, Issue the amended confirmation.</source>
        <translation>De voorwaarden werden op %1 gewijzigd, na de bevestiging van %2. Geef een nieuwe versie van de bevestiging uit en laat elke partij ze aanvaarden: Status, Gewijzigde bevestiging uitgeven.</translation>
    </message>
    <message>
        <source>The terms were amended on %1 and the new version of the confirmation was issued on %2. Record its acceptance by every party: Status, Issue the amended confirmation.</source>
        <translation>De voorwaarden werden op %1 gewijzigd en de nieuwe versie van de bevestiging werd op %2 uitgegeven. Leg vast dat elke partij ze aanvaardde: Status, Gewijzigde bevestiging uitgeven.</translation>
    </message>
    <message>
        <source>The confirmation of these terms was issued on %1. A change to a term is now an amendment: it is recorded with its date, and a new version of the confirmation must be issued and accepted.</source>
        <translation>De bevestiging van deze voorwaarden werd op %1 uitgegeven. Een wijziging van een voorwaarde is nu een aanpassing: ze wordt met haar datum vastgelegd, en een nieuwe versie van de bevestiging moet worden uitgegeven en aanvaard.</translation>
    </message>
</context>
<context>
    <name>mandaat::EvidenceField</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Recorded. Correct the date or the channel if they are wrong.</source>
        <translation>Vastgelegd. Corrigeer de datum of het kanaal als die niet kloppen.</translation>
    </message>
</context>
<context>
    <name>mandaat::EvidenceFiling</name>
    <message>
        <source>No code of this engagement asks for this record: subscribe to a code in the practice profile.</source>
        <translation>Geen enkele code van deze opdracht vraagt dit gegeven: onderschrijf een code in het praktijkprofiel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a hint or refusal, %2 the articles that ask for it, &quot;CMI-10, MW-2.1&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mandaat::ExpectationsPage</name>
    <message>
        <source>Expectations and objectives</source>
        <translation>Verwachtingen en doelstellingen</translation>
    </message>
    <message>
        <source>Understand what the client expects, define the work together, and take the others who have a stake into account.</source>
        <translation>Begrijp wat de cliënt verwacht, bepaal samen het werk, en houd rekening met de anderen die er belang bij hebben.</translation>
    </message>
    <message>
        <source>Write down the objectives you agreed with the client.</source>
        <translation>Schrijf de doelstellingen op die u met de cliënt hebt afgesproken.</translation>
    </message>
    <message>
        <source>Write down what the client expects.</source>
        <translation>Schrijf op wat de cliënt verwacht.</translation>
    </message>
    <message>
        <source>Write down what the principal expects.</source>
        <translation>Schrijf op wat de opdrachtgever verwacht.</translation>
    </message>
</context>
<context>
    <name>mandaat::ExportDialog</name>
    <message>
        <source>mandaat-export-engagement-%1-%2.zip</source>
        <translation>mandaat-export-opdracht-%1-%2.zip</translation>
    </message>
    <message>
        <source>mandaat-export-client-%1-%2.zip</source>
        <translation>mandaat-export-client-%1-%2.zip</translation>
    </message>
    <message>
        <source>mandaat-export-practice-%1.zip</source>
        <translation>mandaat-export-praktijk-%1.zip</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Export the engagement</source>
        <translation>Opdracht exporteren</translation>
    </message>
    <message>
        <source>The engagement “%1” of %2: its parties and terms, the compliance status per article with its evidence, the sessions and notes, letters, consents, complaints and files.</source>
        <translation>De opdracht “%1” van %2: de partijen en voorwaarden, de nalevingsstatus per artikel met de bewijsstukken, de sessies en notities, brieven, toestemmingen, klachten en bestanden.</translation>
    </message>
    <message>
        <source>Everything about this person</source>
        <translation>Alles over deze persoon</translation>
    </message>
    <message numerus="yes">
        <source>Everything recorded about %1, across %n engagement(s), for their right of access and to data portability (GDPR art. 15 and 20).</source>
        <translation>
            <numerusform>Alles wat over %1 is vastgelegd, in %n opdracht, voor het recht op inzage en op overdraagbaarheid van gegevens (AVG art. 15 en 20).</numerusform>
            <numerusform>Alles wat over %1 is vastgelegd, in %n opdrachten, voor het recht op inzage en op overdraagbaarheid van gegevens (AVG art. 15 en 20).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the whole practice</source>
        <translation>Hele praktijk exporteren</translation>
    </message>
    <message>
        <source>The whole practice: every client, principal and engagement, with all their records and files.</source>
        <translation>De hele praktijk: elke cliënt, opdrachtgever en opdracht, met al hun records en bestanden.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Type a password for the archive, twice.</source>
        <translation>Typ twee keer een wachtwoord voor het archief.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>An export without encryption needs your confirmation.</source>
        <translation>Een export zonder versleuteling vraagt uw bevestiging.</translation>
    </message>
    <message>
        <source>Give the password to the recipient separately: by phone, or in person, never in the e-mail that carries the file.</source>
        <translation>Geef het wachtwoord apart aan de ontvanger: telefonisch of persoonlijk, nooit in de e-mail met het bestand.</translation>
    </message>
    <message>
        <source>Weak: use at least 10 characters, or a few words.</source>
        <translation>Zwak: gebruik minstens 10 tekens, of een paar woorden.</translation>
    </message>
    <message>
        <source>Fair. A few words together are longer and still easy to pass on.</source>
        <translation>Redelijk. Een paar woorden samen zijn langer en toch makkelijk door te geven.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>&amp;Cancel the export</source>
        <translation>Export &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export opslaan</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-archieven (*.zip)</translation>
    </message>
    <message>
        <source>Exporting… The file appears only when it is complete.</source>
        <translation>Bezig met exporteren… Het bestand verschijnt pas als het volledig is.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Er is niets geschreven. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation>
            <numerusform>%n opdracht</numerusform>
            <numerusform>%n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1: %2, %3 and %4, encrypted with AES-256.</source>
        <translation>Geschreven naar %1: %2, %3 en %4, versleuteld met AES-256.</translation>
    </message>
    <message>
        <source>Written to %1: %2, %3 and %4, NOT encrypted.</source>
        <translation>Geschreven naar %1: %2, %3 en %4, NIET versleuteld.</translation>
    </message>
    <message>
        <source>The export was written, but the audit log could not record it: %1</source>
        <translation>De export is geschreven, maar de auditlog kon hem niet registreren: %1</translation>
    </message>
</context>
<context>
    <name>mandaat::ExportJob</name>
    <message>
        <source>The archive is encrypted with AES-256. 7-Zip (Windows), Keka (macOS), p7zip and file-roller (Linux) and WinZip open it with the password; the extractors built into Windows and macOS cannot. The names of the files inside (dossier.pdf, data.json, attachments/0001.pdf, …) are never encrypted in a ZIP, so they are neutral and name no one.</source>
        <translation>Het archief is versleuteld met AES-256. 7-Zip (Windows), Keka (macOS), p7zip en file-roller (Linux) en WinZip openen het met het wachtwoord; de uitpakprogramma&apos;s die in Windows en macOS zijn ingebouwd, kunnen dat niet. De namen van de bestanden erin (dossier.pdf, data.json, attachments/0001.pdf, …) worden in een ZIP nooit versleuteld; daarom zijn ze neutraal en noemen ze niemand.</translation>
    </message>
    <message>
        <source>Warning: this export is not encrypted. Anyone who gets the file can read every note, letter and document in it. Keep it only on an encrypted disk and delete it when it has served.</source>
        <translation>Waarschuwing: deze export is niet versleuteld. Iedereen die het bestand krijgt, kan elke notitie, brief en elk document erin lezen. Bewaar het alleen op een versleutelde schijf en verwijder het zodra het gediend heeft.</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Kies waar de export geschreven wordt.</translation>
    </message>
    <message>
        <source>An encrypted export needs a password.</source>
        <translation>Een versleutelde export heeft een wachtwoord nodig.</translation>
    </message>
</context>
<context>
    <name>mandaat::ExportPage</name>
    <message>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <source>Finish records everything at once; Cancel changes nothing.</source>
        <translation>Voltooien legt alles in één keer vast; Annuleren wijzigt niets.</translation>
    </message>
    <message>
        <source>The engagement ends on %1: %2.</source>
        <translation>De opdracht eindigt op %1: %2.</translation>
    </message>
    <message>
        <source>The termination letter (%1) is stored.</source>
        <translation>De beëindigingsbrief (%1) is bewaard.</translation>
    </message>
    <message>
        <source>The handover letter proposing %1 is stored.</source>
        <translation>De overdrachtsbrief die %1 voorstelt, is bewaard.</translation>
    </message>
    <message>
        <source>The referral to %1 (%2) is recorded.</source>
        <translation>De doorverwijzing naar %1 (%2) is vastgelegd.</translation>
    </message>
    <message>
        <source>That a referral was considered is recorded.</source>
        <translation>Dat een doorverwijzing is overwogen, is vastgelegd.</translation>
    </message>
    <message>
        <source>The final report “%1” is recorded.</source>
        <translation>De eindrapportage “%1” is vastgelegd.</translation>
    </message>
    <message>
        <source>The dossier is kept until %1, the financial records until %2.</source>
        <translation>Het dossier wordt bewaard tot %1, de financiële gegevens tot %2.</translation>
    </message>
</context>
<context>
    <name>mandaat::FeeTermsFields</name>
    <message>
        <source>“%1” is not an amount; enter it as in %2.</source>
        <translation>“%1” is geen bedrag; vul het in zoals %2.</translation>
    </message>
    <message>
        <source>Fee &amp;model</source>
        <translation>Honorari&amp;ummodel</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Per hour, day or session, or the fixed price</source>
        <translation>Per uur, dag of sessie, of de vaste prijs</translation>
    </message>
    <message>
        <source>Estimated &amp;total</source>
        <translation>Geschat t&amp;otaal</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>&amp;VAT</source>
        <translation>Btw-t&amp;arief</translation>
    </message>
    <message>
        <source>E&amp;xempt from VAT</source>
        <translation>Vri&amp;jgesteld van btw</translation>
    </message>
    <message>
        <source>Exemption &amp;wording</source>
        <translation>&amp;Formulering vrijstelling</translation>
    </message>
    <message>
        <source>The wording the law requires</source>
        <translation>De formulering die de wet vereist</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>Pr&amp;ijs</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Tar&amp;ief</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
</context>
<context>
    <name>mandaat::FinalReportPage</name>
    <message>
        <source>Final report</source>
        <translation>Eindrapportage</translation>
    </message>
    <message>
        <source>Leave the box unticked when no final report goes to the principal.</source>
        <translation>Laat het vakje leeg als er geen eindrapportage naar de opdrachtgever gaat.</translation>
    </message>
    <message>
        <source>This client pays for the guidance: there is no principal to report to.</source>
        <translation>Deze cliënt betaalt zelf de begeleiding: er is geen opdrachtgever om aan te rapporteren.</translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation>Geef de rapportage een titel.</translation>
    </message>
    <message>
        <source>A last report to the principal, only within the client&apos;s consent.</source>
        <translation>Een laatste rapportage aan de opdrachtgever, alleen binnen de toestemming van de cliënt.</translation>
    </message>
</context>
<context>
    <name>mandaat::HandoverPage</name>
    <message>
        <source>Handing over</source>
        <translation>Overhandiging</translation>
    </message>
    <message>
        <source>The code you work by and your privacy notice, handed to each party before the start.</source>
        <translation>De code waarnaar u werkt en uw privacyverklaring, vóór de start aan elke partij overhandigd.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No copy of the code is attached to the practice profile. Hand over the official text you have, and attach it to the profile.</source>
        <translation>Bij het praktijkprofiel is geen exemplaar van de code gevoegd. Overhandig de officiële tekst die u hebt, en voeg die aan het profiel toe.</translation>
    </message>
    <message>
        <source>Your copy of the code: %1.</source>
        <translation>Uw exemplaar van de code: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Your privacy notice: %1.</source>
        <translation>Uw privacyverklaring: %1.</translation>
    </message>
    <message>
        <source>No privacy notice is attached to the practice profile.</source>
        <translation>Bij het praktijkprofiel is geen privacyverklaring gevoegd.</translation>
    </message>
    <message>
        <source>Record when: %1 – %2.</source>
        <translation>Leg vast wanneer: %1 – %2.</translation>
    </message>
</context>
<context>
    <name>mandaat::LetterPage</name>
    <message>
        <source>Termination letter</source>
        <translation>Beëindigingsbrief</translation>
    </message>
    <message>
        <source>The letter is stored in the vault with the end of the engagement.</source>
        <translation>De brief wordt samen met het einde van de opdracht in de kluis bewaard.</translation>
    </message>
    <message>
        <source>The letter tells the client that the engagement ends on %1 (%2), and until when the records are kept.</source>
        <translation>De brief meldt de cliënt dat de opdracht eindigt op %1 (%2), en tot wanneer de gegevens bewaard worden.</translation>
    </message>
    <message>
        <source>Save a preview of the letter</source>
        <translation>Een voorbeeld van de brief opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The preview could not be saved: %1</source>
        <translation>Het voorbeeld kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>A handover letter proposes %1 as successor.</source>
        <translation>Een overdrachtsbrief stelt %1 voor als opvolger.</translation>
    </message>
</context>
<context>
    <name>mandaat::LetterService</name>
    <message>
        <source>The engagement confirmation cannot be issued yet. It does not state:</source>
        <translation>De opdrachtbevestiging kan nog niet worden uitgegeven. Ze vermeldt niet:</translation>
    </message>
    <message>
        <source>Name the consultant you propose to hand the engagement over to.</source>
        <translation>Noem de consultant aan wie u de opdracht wilt overdragen.</translation>
    </message>
    <message>
        <source>The engagement confirmation cannot be issued yet (%1). It does not state:</source>
        <translation>De opdrachtbevestiging kan nog niet worden uitgegeven (%1). Ze vermeldt niet:</translation>
    </message>
    <message>
        <source>Describe the obstruction: the written warning names it (%1).</source>
        <translation>Beschrijf de obstructie: de schriftelijke waarschuwing noemt ze (%1).</translation>
    </message>
    <message>
        <source>Name the consultant you propose to hand the engagement over to (%1).</source>
        <translation>Noem de consultant aan wie u de opdracht wilt overdragen (%1).</translation>
    </message>
    <message>
        <source>No code of this engagement asks for a written warning before ending it early; Mandaat issues none.</source>
        <translation>Geen code van deze opdracht vraagt een schriftelijke waarschuwing voor een vroegtijdig einde; Mandaat geeft er geen uit.</translation>
    </message>
</context>
<context>
    <name>mandaat::MainWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>&amp;Nieuwe praktijk…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Een kluis openen</translation>
    </message>
    <message>
        <source>Mandaat vaults (*.mandaat);;All files (*)</source>
        <translation>Mandaat-kluizen (*.mandaat);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The key could not be remembered on this computer: %1</source>
        <translation>De sleutel kon niet op deze computer worden onthouden: %1</translation>
    </message>
    <message>
        <source>Mandaat</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Mandaat — %1</source>
        <translation>Mandaat — %1</translation>
    </message>
    <message>
        <source>About Mandaat</source>
        <translation>Over Mandaat</translation>
    </message>
    <message>
        <source>Mandaat %1
Encrypted practice records for consultants who work under a code of conduct.</source>
        <translation>Mandaat %1
Versleutelde praktijkdossiers voor consultants die onder een gedragscode werken.</translation>
    </message>
    <message>
        <source>Try the &amp;demo practice</source>
        <translation>&amp;Demopraktijk proberen</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Praktijk</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profiel…</translation>
    </message>
    <message>
        <source>&amp;Emergency sheet…</source>
        <translation>&amp;Noodblad…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Cliënten</translation>
    </message>
    <message>
        <source>P&amp;rincipals</source>
        <translation>Opdracht&amp;gevers</translation>
    </message>
    <message>
        <source>&amp;Engagements</source>
        <translation>Op&amp;drachten</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>&amp;Klachten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;New record on this page</source>
        <translation>&amp;Nieuw record op deze pagina</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Zoeken of &amp;filteren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mandaat</source>
        <translation>&amp;Over Mandaat</translation>
    </message>
    <message>
        <source>Making the demo practice…</source>
        <translation>De demopraktijk wordt gemaakt…</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Demopraktijk</translation>
    </message>
    <message>
        <source>The demo practice could not be made: %1</source>
        <translation>De demopraktijk kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>This practice is invented, to look around in. Its vault is %1, and goes when Mandaat quits. After a lock, its passphrase is: %2</source>
        <translation>Deze praktijk is verzonnen, om in rond te kijken. De kluis is %1 en verdwijnt wanneer Mandaat afsluit. Na een vergrendeling is de wachtwoordzin: %2</translation>
    </message>
    <message>
        <source>New &amp;engagement…</source>
        <translation>Nieuwe &amp;opdracht…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Auditlog…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>Kluis &amp;sluiten</translation>
    </message>
    <message>
        <source>Change the pass&amp;phrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>The vault now opens with the new passphrase only. The old emergency sheet no longer opens it (it still opens the backups made before this change).

Print the new emergency sheet now?</source>
        <translation>De kluis opent nu alleen nog met de nieuwe wachtwoordzin. Het oude noodblad opent ze niet meer (wel nog de back-ups van vóór deze wijziging).

Het nieuwe noodblad nu afdrukken?</translation>
    </message>
    <message>
        <source>&amp;Print the new sheet…</source>
        <translation>Het nieuwe blad &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>The unlock could not be written to the audit log: %1</source>
        <translation>Het ontgrendelen kon niet in het auditlog worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>mandaat::MethodsPage</name>
    <message>
        <source>Methods and tools</source>
        <translation>Methoden en instrumenten</translation>
    </message>
    <message>
        <source>How you will work: each method described so that you can explain it openly, with its author or owner.</source>
        <translation>Hoe u zult werken: elke methode zo beschreven dat u ze open kunt toelichten, met de auteur of eigenaar.</translation>
    </message>
    <message>
        <source>Method or tool</source>
        <translation>Methode of instrument</translation>
    </message>
    <message>
        <source>Author or owner</source>
        <translation>Auteur of eigenaar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Add the method in the fields to the list first, or clear them.</source>
        <translation>Voeg eerst de methode in de velden aan de lijst toe, of maak de velden leeg.</translation>
    </message>
    <message>
        <source>Describe “%1” and how you use it: the confirmation states it.</source>
        <translation>Beschrijf “%1” en hoe u het gebruikt: de opdrachtbevestiging vermeldt het.</translation>
    </message>
    <message>
        <source>Add at least one method or tool: the confirmation states it.</source>
        <translation>Voeg minstens één methode of instrument toe: de opdrachtbevestiging vermeldt ze.</translation>
    </message>
</context>
<context>
    <name>mandaat::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>An unsaved draft of %1: save it as the note, or discard it.</source>
        <translation>Een niet-opgeslagen concept van %1: sla het op als de notitie, of verwerp het.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Opgeslagen op %1.</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>Het concept kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Draft kept in the vault at %1; not saved as the note yet.</source>
        <translation>Concept om %1 in de kluis bewaard; nog niet opgeslagen als de notitie.</translation>
    </message>
    <message>
        <source>What happened in this session; kept as you type.</source>
        <translation>Wat er in deze sessie gebeurde; wordt bewaard terwijl u typt.</translation>
    </message>
    <message>
        <source>Choose or save a session to write its note.</source>
        <translation>Kies of bewaar een sessie om er de notitie bij te schrijven.</translation>
    </message>
</context>
<context>
    <name>mandaat::NoteHistoryDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Tekst van de gekozen versie</translation>
    </message>
</context>
<context>
    <name>mandaat::NoteHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (huidige)</translation>
    </message>
</context>
<context>
    <name>mandaat::ObligationListModel</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::Onboarding</name>
    <message>
        <source>No rule of Mandaat reads evidence on “%1”; see the list of topics.</source>
        <translation>Geen regel van Mandaat leest bewijs over “%1”; zie de lijst van onderwerpen.</translation>
    </message>
    <message>
        <source>The evidence needs the date it happened, not after today.</source>
        <translation>Het bewijs heeft de datum nodig waarop het gebeurde, niet na vandaag.</translation>
    </message>
    <message>
        <source>Engagement %1 has ended: its records are closed.</source>
        <translation>Opdracht %1 is beëindigd: haar gegevens zijn afgesloten.</translation>
    </message>
    <message>
        <source>Engagement %1 has not begun its onboarding: complete its parties first.</source>
        <translation>Opdracht %1 is nog niet in de opstartfase: vul eerst haar partijen aan.</translation>
    </message>
</context>
<context>
    <name>mandaat::OnboardingPage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Serves %1</source>
        <translation>Dekt %1</translation>
    </message>
</context>
<context>
    <name>mandaat::OnboardingWizard</name>
    <message>
        <source>New engagement</source>
        <translation>Nieuwe opdracht</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Opslaan en sluiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>mandaat::OverviewPage</name>
    <message>
        <source>What is due could not be worked out: %1</source>
        <translation>Wat er te doen is, kon niet worden bepaald: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Due now (%1)</source>
        <translation>Nu te doen (%1)</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Nu te doen</translation>
    </message>
    <message>
        <source>Active engagements: %1</source>
        <translation>Actieve opdrachten: %1</translation>
    </message>
    <message>
        <source>Working out what is due…</source>
        <translation>Bepalen wat er te doen is…</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Er is niets te doen.</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Wat er te doen is</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %1 days old; the practice backs up every %n day(s).</source>
        <translation>
            <numerusform>De laatste back-up is %1 dagen oud; de praktijk maakt elke dag een back-up.</numerusform>
            <numerusform>De laatste back-up is %1 dagen oud; de praktijk maakt elke %n dagen een back-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault has no backup yet.</source>
        <translation>Van deze kluis is nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Nu back-up maken…</translation>
    </message>
    <message>
        <source>the dossier and the financial records are past their retention dates</source>
        <translation>het dossier en de financiële gegevens zijn over hun bewaardatum heen</translation>
    </message>
    <message>
        <source>the dossier is past its retention date (%1)</source>
        <translation>het dossier is over zijn bewaardatum heen (%1)</translation>
    </message>
    <message>
        <source>the financial records are past their retention date (%1)</source>
        <translation>de financiële gegevens zijn over hun bewaardatum heen (%1)</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Vernietigen…</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for complaints</source>
        <translation>
            <numerusform>%n voor een klacht</numerusform>
            <numerusform>%n voor klachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for engagements</source>
        <translation>
            <numerusform>%n voor een opdracht</numerusform>
            <numerusform>%n voor opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past a retention date</source>
        <translation>
            <numerusform>%n over een bewaardatum heen</numerusform>
            <numerusform>%n over een bewaardatum heen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the practice</source>
        <translation>
            <numerusform>%n voor de praktijk</numerusform>
            <numerusform>%n voor de praktijk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::PartiesPage</name>
    <message>
        <source>Parties and kind</source>
        <translation>Partijen en soort</translation>
    </message>
    <message>
        <source>Who the engagement is for, who commissions it, and what kind of work it is. The conflict check runs as soon as you go on.</source>
        <translation>Voor wie de opdracht is, wie ze geeft, en wat voor werk het is. De conflictcontrole start zodra u verdergaat.</translation>
    </message>
    <message>
        <source>Choose the client…</source>
        <translation>Kies de cliënt…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nieuwe cliënt…</translation>
    </message>
    <message>
        <source>No principal: the client commissions the work</source>
        <translation>Geen opdrachtgever: de cliënt geeft zelf de opdracht</translation>
    </message>
    <message>
        <source>New principal…</source>
        <translation>Nieuwe opdrachtgever…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Governed by %1.</source>
        <translation>Valt onder %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Your practice subscribes to no code that covers %1. Add the code in the practice profile: the confirmation states the code that governs the engagement.</source>
        <translation>Uw praktijk onderschrijft geen code die %1 dekt. Voeg de code toe in het praktijkprofiel: de opdrachtbevestiging vermeldt de code die op de opdracht van toepassing is.</translation>
    </message>
</context>
<context>
    <name>mandaat::PlanSessionDialog</name>
    <message>
        <source>Plan a session</source>
        <translation>Sessie plannen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>An &amp;intake (the first conversation, before the engagement is active)</source>
        <translation>Een &amp;intake (het eerste gesprek, voor de opdracht actief is)</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Opdracht</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>St&amp;arts at</source>
        <translation>Be&amp;gint om</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>No engagement takes sessions now: start one with Practice → New engagement.</source>
        <translation>Geen opdracht neemt nu sessies: begin er een met Praktijk → Nieuwe opdracht.</translation>
    </message>
    <message>
        <source>The session was not planned: %1</source>
        <translation>De sessie is niet gepland: %1</translation>
    </message>
    <message>
        <source>The session could not be read back: %1</source>
        <translation>De sessie kon niet worden teruggelezen: %1</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type it as hh:mm, for example 14:30.</source>
        <translation>“%1” is geen tijdstip. Typ het als uu:mm, bijvoorbeeld 14:30.</translation>
    </message>
</context>
<context>
    <name>mandaat::PracticeView</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Opdrachtgevers</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nieuwe cliënt</translation>
    </message>
    <message>
        <source>&amp;New principal</source>
        <translation>&amp;Nieuwe opdrachtgever</translation>
    </message>
    <message>
        <source>&amp;New engagement</source>
        <translation>&amp;Nieuwe opdracht</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;Nieuwe klacht</translation>
    </message>
    <message>
        <source>Lock the vault (%1)</source>
        <translation>De kluis vergrendelen (%1)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>mandaat::PrincipalForm</name>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Two capital letters: BE, NL</source>
        <translation>Twee hoofdletters: BE, NL</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>The principal&apos;s engagements</source>
        <translation>De opdrachten van de opdrachtgever</translation>
    </message>
    <message>
        <source>Delete the principal %1? This cannot be undone. A principal with engagements cannot be deleted.</source>
        <translation>Opdrachtgever %1 verwijderen? Dit kan niet ongedaan worden gemaakt. Een opdrachtgever met opdrachten kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>No principal chosen</source>
        <translation>Geen opdrachtgever gekozen</translation>
    </message>
    <message>
        <source>New principal</source>
        <translation>Nieuwe opdrachtgever</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Add a r&amp;ole</source>
        <translation>Een r&amp;ol toevoegen</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Declare a &amp;relationship</source>
        <translation>Een &amp;relatie melden</translation>
    </message>
    <message>
        <source>What else you do for this principal (recruitment, advice); the client is told of it.</source>
        <translation>Wat u nog meer doet voor deze opdrachtgever (werving, advies); de cliënt wordt daarover ingelicht.</translation>
    </message>
    <message>
        <source>A relationship with this principal besides the work; the onboarding checks it for conflicts.</source>
        <translation>Een relatie met deze opdrachtgever naast het werk; bij de start van een opdracht wordt ze op belangenconflicten gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>mandaat::PrincipalListModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
</context>
<context>
    <name>mandaat::ProfileDialog</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Een afbeelding kiezen</translation>
    </message>
    <message>
        <source>Choose a PDF</source>
        <translation>Een pdf kiezen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>Signature preview</source>
        <translation>Voorbeeld van de handtekening</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>&amp;Save the profile</source>
        <translation>Profiel op&amp;slaan</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
</context>
<context>
    <name>mandaat::QualificationsEditor</name>
    <message>
        <source>does not expire</source>
        <translation>verloopt niet</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>verlopen op %1</translation>
    </message>
    <message>
        <source>Add a qualification:</source>
        <translation>Een kwalificatie toevoegen:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgereikt door</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Kwalificaties</translation>
    </message>
    <message>
        <source>Your qualifications, certifications and accreditations. Letters print the current ones; an expired one is never printed as current.</source>
        <translation>Uw kwalificaties, certificeringen en accreditaties. Brieven vermelden de geldige; een verlopen kwalificatie wordt nooit als geldig vermeld.</translation>
    </message>
</context>
<context>
    <name>mandaat::ReasonPage</name>
    <message>
        <source>Why does the engagement end?</source>
        <translation>Waarom eindigt de opdracht?</translation>
    </message>
    <message>
        <source>Nothing changes until you finish the last page.</source>
        <translation>Er verandert niets tot u de laatste pagina voltooit.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Kies een reden</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>I referred the client to another discipline</source>
        <translation>Ik heb de cliënt doorverwezen naar een andere discipline</translation>
    </message>
    <message>
        <source>I considered a referral and did not refer</source>
        <translation>Ik heb een doorverwijzing overwogen en niet doorverwezen</translation>
    </message>
    <message>
        <source>The client is free to stop the guidance at any moment.</source>
        <translation>De cliënt is vrij om de begeleiding op elk moment te stoppen.</translation>
    </message>
    <message>
        <source>Completing the engagement is reasonably not possible. Consider referring the client to another discipline.</source>
        <translation>De opdracht voltooien is redelijkerwijs niet mogelijk. Overweeg de cliënt door te verwijzen naar een andere discipline.</translation>
    </message>
    <message>
        <source>The client obstructs the agreed work. The client must have been warned in writing first. Consider referring the client to another discipline.</source>
        <translation>De cliënt belemmert het afgesproken werk. De cliënt moet eerst schriftelijk gewaarschuwd zijn. Overweeg de cliënt door te verwijzen naar een andere discipline.</translation>
    </message>
    <message>
        <source>Propose a consultant without the conflict; a handover letter is stored with the termination letter.</source>
        <translation>Stel een consultant zonder het conflict voor; een overdrachtsbrief wordt samen met de beëindigingsbrief bewaard.</translation>
    </message>
    <message>
        <source>More than six months without a session ends the engagement, on %1.</source>
        <translation>Meer dan zes maanden zonder sessie beëindigt de opdracht, op %1.</translation>
    </message>
    <message>
        <source>There is no session or activation date to count six months from.</source>
        <translation>Er is geen sessie- of activeringsdatum om zes maanden vanaf te tellen.</translation>
    </message>
    <message numerus="yes">
        <source>This engagement has %n open complaint(s) (received on %1). Settle it before the end, or write in the note how it will be handled after the end.</source>
        <translation>
            <numerusform>Deze opdracht heeft een openstaande klacht (ontvangen op %1). Handel ze af voor het einde, of schrijf in de notitie hoe ze na het einde wordt behandeld.</numerusform>
            <numerusform>Deze opdracht heeft %n openstaande klachten (ontvangen op %1). Handel ze af voor het einde, of schrijf in de notitie hoe ze na het einde worden behandeld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::RecordForm</name>
    <message>
        <source>Save the changes (%1)</source>
        <translation>De wijzigingen opslaan (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>mandaat::RecordListPane</name>
    <message>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message>
        <source>%1 in the list</source>
        <translation>%1 in de lijst</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>mandaat::RecordsPanel</name>
    <message>
        <source>Record a &amp;report to the principal…</source>
        <translation>Een &amp;rapportage aan de opdrachtgever vastleggen…</translation>
    </message>
    <message>
        <source>Record &amp;supervision or a consultation…</source>
        <translation>&amp;Supervisie of raadpleging vastleggen…</translation>
    </message>
    <message>
        <source>Records of the engagement</source>
        <translation>Dossierstukken van de opdracht</translation>
    </message>
    <message>
        <source>Record a &amp;consent…</source>
        <translation>Een &amp;toestemming vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the consent…</source>
        <translation>De toestemming &amp;intrekken…</translation>
    </message>
    <message>
        <source>Record a referr&amp;al…</source>
        <translation>Een door&amp;verwijzing vastleggen…</translation>
    </message>
    <message>
        <source>Record a &amp;disclosure…</source>
        <translation>Een be&amp;kendmaking vastleggen…</translation>
    </message>
    <message>
        <source>What was recorded for this engagement as evidence: the onboarding&apos;s evidence and consents, reports to the principal, referrals, supervision, complaints, warnings, disclosures under an exception to confidentiality and the tools used with the client&apos;s data. Select a consent to withdraw it; double-click a referral, a disclosure or a tool to complete it.</source>
        <translation>Wat voor deze opdracht als bewijs is vastgelegd: het bewijs en de toestemmingen van de opstart, rapportages aan de opdrachtgever, doorverwijzingen, supervisie, klachten, waarschuwingen, bekendmakingen onder een uitzondering op de vertrouwelijkheid en de hulpmiddelen die met de gegevens van de cliënt werken. Selecteer een toestemming om ze in te trekken; dubbelklik op een doorverwijzing, een bekendmaking of een hulpmiddel om ze aan te vullen.</translation>
    </message>
    <message>
        <source>&amp;Tools used with this client&apos;s data…</source>
        <translation>Hu&amp;lpmiddelen voor de gegevens van deze cliënt…</translation>
    </message>
</context>
<context>
    <name>mandaat::ReferralDialog</name>
    <message>
        <source>&amp;Record the referral</source>
        <translation>De doorverwijzing &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>De doorverwijzing &amp;bewaren</translation>
    </message>
</context>
<context>
    <name>mandaat::RegistrationsEditor</name>
    <message>
        <source>open-ended</source>
        <translation>onbepaald</translation>
    </message>
    <message>
        <source>Professional registers (such as Noloc&apos;s register of career professionals) and associations you are a member of. Letters print them.</source>
        <translation>Beroepsregisters (zoals het register van loopbaanprofessionals van Noloc) en verenigingen waarvan u lid bent. Brieven vermelden ze.</translation>
    </message>
    <message>
        <source>Add a registration:</source>
        <translation>Een registratie toevoegen:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Register or association</source>
        <translation>Register of vereniging</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registraties</translation>
    </message>
</context>
<context>
    <name>mandaat::ReportDialog</name>
    <message>
        <source>&amp;Record the report</source>
        <translation>Rapportage vast&amp;leggen</translation>
    </message>
</context>
<context>
    <name>mandaat::RetentionPage</name>
    <message>
        <source>How long are the records kept?</source>
        <translation>Hoe lang worden de gegevens bewaard?</translation>
    </message>
    <message>
        <source>After these dates the Overview proposes to destroy the records.</source>
        <translation>Na deze data stelt het Overzicht voor de gegevens te vernietigen.</translation>
    </message>
    <message numerus="yes">
        <source>Your practice policy keeps the dossier %n month(s) after the end, </source>
        <translation>
            <numerusform>Volgens uw praktijkbeleid wordt het dossier %n maand na het einde bewaard, </numerusform>
            <numerusform>Volgens uw praktijkbeleid wordt het dossier %n maanden na het einde bewaard, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and the financial records %n year(s).</source>
        <translation>
            <numerusform>en de financiële gegevens %n jaar.</numerusform>
            <numerusform>en de financiële gegevens %n jaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are kept at least until the end date, %1.</source>
        <translation>De gegevens worden minstens tot de einddatum bewaard, %1.</translation>
    </message>
</context>
<context>
    <name>mandaat::SearchPage</name>
    <message>
        <source>Searches the notes, clients, principals and engagements. Words match by their beginning: “loopbaan” finds “loopbaancoach”.</source>
        <translation>Doorzoekt de notities, cliënten, opdrachtgevers en opdrachten. Woorden komen overeen op hun begin: “loopbaan” vindt “loopbaancoach”.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>Found: %1. Press Enter on a line to open it.</source>
        <translation>Gevonden: %1. Druk op Enter op een regel om die te openen.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>mandaat::SearchResultModel</name>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
</context>
<context>
    <name>mandaat::SessionForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remove the session of %1? Only a session without a note can be removed.</source>
        <translation>De sessie van %1 verwijderen? Alleen een sessie zonder notitie kan worden verwijderd.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Geen sessie gekozen</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessie van %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
</context>
<context>
    <name>mandaat::SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Niet-opgeslagen concept</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
</context>
<context>
    <name>mandaat::SessionLockWatcher</name>
    <message>
        <source>Locking the vault</source>
        <translation>De kluis wordt vergrendeld</translation>
    </message>
</context>
<context>
    <name>mandaat::SessionsPanel</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
</context>
<context>
    <name>mandaat::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>The language changes at once. The idle time counts from the next input.</source>
        <translation>De taal verandert meteen. De inactiviteit telt vanaf de volgende invoer.</translation>
    </message>
    <message>
        <source>Open a vault to change the settings of its practice.</source>
        <translation>Open een kluis om de instellingen van de praktijk te wijzigen.</translation>
    </message>
</context>
<context>
    <name>mandaat::SqlCipherDriver</name>
    <message>
        <source>A password cannot open a vault; the vault unlocks it with its key.</source>
        <translation>Een wachtwoord kan geen kluis openen; de kluis ontgrendelt ze met haar sleutel.</translation>
    </message>
    <message>
        <source>Unknown connection option: %1</source>
        <translation>Onbekende verbindingsoptie: %1</translation>
    </message>
    <message>
        <source>Unable to open the database %1</source>
        <translation>Kan de database %1 niet openen</translation>
    </message>
    <message>
        <source>Unable to read the database %1</source>
        <translation>Kan de database %1 niet lezen</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Kan de transactie niet beginnen</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Kan de transactie niet vastleggen</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Kan de transactie niet terugdraaien</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>De database is niet geopend</translation>
    </message>
</context>
<context>
    <name>mandaat::SuspensionDialog</name>
    <message>
        <source>Resume the engagement</source>
        <translation>De opdracht hervatten</translation>
    </message>
    <message>
        <source>The engagement is suspended since %1. Say on which day it resumed.</source>
        <translation>De opdracht is opgeschort sinds %1. Zeg op welke dag ze hervat werd.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>He&amp;rvatten</translation>
    </message>
    <message>
        <source>Suspend the engagement</source>
        <translation>De opdracht opschorten</translation>
    </message>
    <message>
        <source>Pause the engagement while a conflict of interest is worked through or while you or the client cannot go on for now. No session is held while it lasts; resume it, or end it.</source>
        <translation>Schort de opdracht op terwijl een belangenconflict wordt uitgeklaard of terwijl u of de cliënt voorlopig niet verder kunt. Zolang ze duurt, vindt er geen sessie plaats; hervat ze, of beëindig ze.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>Op&amp;schorten</translation>
    </message>
</context>
<context>
    <name>mandaat::Suspensions</name>
    <message>
        <source>Enter the day the engagement is suspended from, not after today.</source>
        <translation>Vul de dag in vanaf wanneer de opdracht is opgeschort, niet na vandaag.</translation>
    </message>
    <message>
        <source>Engagement %1 is %2: only an active engagement can be suspended.</source>
        <translation>Opdracht %1 is %2: alleen een lopende opdracht kan worden opgeschort.</translation>
    </message>
    <message>
        <source>None of the codes of engagement %1 provides for suspending it: end it, or go on.</source>
        <translation>Geen van de codes van opdracht %1 voorziet in een opschorting: beëindig ze, of ga verder.</translation>
    </message>
    <message>
        <source>Engagement %1 is already suspended since %2.</source>
        <translation>Opdracht %1 is al opgeschort sinds %2.</translation>
    </message>
    <message>
        <source>The session of %1 falls in the suspension: move it or delete it first.</source>
        <translation>De sessie van %1 valt in de opschorting: verplaats of verwijder ze eerst.</translation>
    </message>
    <message>
        <source>Enter the day the engagement resumed, not after today.</source>
        <translation>Vul de dag in waarop de opdracht hervat werd, niet na vandaag.</translation>
    </message>
    <message>
        <source>Engagement %1 is not suspended.</source>
        <translation>Opdracht %1 is niet opgeschort.</translation>
    </message>
    <message>
        <source>The engagement was suspended on %1: it cannot resume before.</source>
        <translation>De opdracht werd opgeschort op %1: ze kan niet eerder hervatten.</translation>
    </message>
    <message>
        <source>Engagement %1 is %2: only an active engagement can be resumed.</source>
        <translation>Opdracht %1 is %2: alleen een lopende opdracht kan worden hervat.</translation>
    </message>
</context>
<context>
    <name>mandaat::Termination</name>
    <message>
        <source>Choose why the engagement ends.</source>
        <translation>Kies waarom de opdracht eindigt.</translation>
    </message>
    <message>
        <source>Enter the date the engagement ends.</source>
        <translation>Vul de datum in waarop de opdracht eindigt.</translation>
    </message>
    <message>
        <source>The records are kept at least until the end date, %1.</source>
        <translation>De gegevens worden minstens tot de einddatum bewaard, %1.</translation>
    </message>
    <message>
        <source>The compliance rules could not be checked: %1</source>
        <translation>De nalevingsregels konden niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>The engagement cannot end yet:
%1</source>
        <translation>De opdracht kan nog niet eindigen:
%1</translation>
    </message>
    <message>
        <source>The end could not be recorded.</source>
        <translation>Het einde kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Name the consultant you propose to take over.</source>
        <translation>Noem de consultant die u voorstelt om het over te nemen.</translation>
    </message>
    <message>
        <source>Name the discipline and to whom you referred the client.</source>
        <translation>Noem de discipline en naar wie u de cliënt hebt doorverwezen.</translation>
    </message>
    <message>
        <source>Say why you did not refer the client.</source>
        <translation>Geef aan waarom u de cliënt niet hebt doorverwezen.</translation>
    </message>
    <message>
        <source>Before ending early, say whether you referred the client to another discipline (to whom), or why not.</source>
        <translation>Geef vóór een vroegtijdig einde aan of u de cliënt naar een andere discipline hebt doorverwezen (naar wie), of waarom niet.</translation>
    </message>
    <message>
        <source>No code of this engagement ends it after six months without a session: choose another reason.</source>
        <translation>Geen enkele code van deze opdracht beëindigt ze na zes maanden zonder sessie: kies een andere reden.</translation>
    </message>
    <message>
        <source>This engagement has no principal: choose another reason.</source>
        <translation>Deze opdracht heeft geen opdrachtgever: kies een andere reden.</translation>
    </message>
</context>
<context>
    <name>mandaat::TerminationWizard</name>
    <message>
        <source>End engagement: %1</source>
        <translation>Opdracht beëindigen: %1</translation>
    </message>
</context>
<context>
    <name>mandaat::TermsPage</name>
    <message>
        <source>Fees, payment and duration</source>
        <translation>Honorarium, betaling en tijdsduur</translation>
    </message>
    <message>
        <source>What the confirmation states: the fee, the expenses, how and by whom it is paid, and how long the engagement runs.</source>
        <translation>Wat de opdrachtbevestiging vermeldt: het honorarium, de onkosten, hoe en door wie er betaald wordt, en hoe lang de opdracht loopt.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation>Doelstellingen: %1</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>nog geen vastgelegd</translation>
    </message>
    <message>
        <source>Enter the rate, or the fixed price.</source>
        <translation>Vul het tarief of de vaste prijs in.</translation>
    </message>
    <message>
        <source>Say which expenses are charged, or that none are.</source>
        <translation>Geef aan welke onkosten worden aangerekend, of dat er geen zijn.</translation>
    </message>
    <message>
        <source>Choose how the fee is paid.</source>
        <translation>Kies hoe het honorarium betaald wordt.</translation>
    </message>
    <message>
        <source>Enter the payment terms.</source>
        <translation>Vul de betaaltermijn in.</translation>
    </message>
    <message>
        <source>Enter the planned number of sessions.</source>
        <translation>Vul het geplande aantal sessies in.</translation>
    </message>
    <message>
        <source>Check that the planned duration and sessions suffice for the objectives, and tick it.</source>
        <translation>Ga na of de geplande tijdsduur en sessies volstaan voor de doelstellingen, en vink het aan.</translation>
    </message>
    <message>
        <source>Your practice is exempt from VAT: enter the wording of the exemption here, or in the practice profile.</source>
        <translation>Uw praktijk is vrijgesteld van btw: vul de formulering van de vrijstelling hier in, of in het praktijkprofiel.</translation>
    </message>
    <message>
        <source>Enter the cancellation policy: what a session cancelled late or missed costs.</source>
        <translation>Vul het annuleringsbeleid in: wat een te laat afgezegde of gemiste sessie kost.</translation>
    </message>
</context>
<context>
    <name>mandaat::ToolUseDialog</name>
    <message>
        <source>The technology register is empty: add the tools you use under Practice, Profile, Technology.</source>
        <translation>Het technologieregister is leeg: voeg de hulpmiddelen die u gebruikt toe onder Praktijk, Profiel, Technologie.</translation>
    </message>
    <message>
        <source>%1. Data stored or processed: %2. %3</source>
        <translation>%1. Gegevens bewaard of verwerkt: %2. %3</translation>
    </message>
    <message>
        <source>Uses AI: every party agrees to it before it is used.</source>
        <translation>Gebruikt AI: elke partij stemt ermee in voordat het gebruikt wordt.</translation>
    </message>
    <message>
        <source>No AI.</source>
        <translation>Geen AI.</translation>
    </message>
    <message>
        <source>&amp;Save the agreements</source>
        <translation>Instemmingen &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Record the tool</source>
        <translation>Hulpmiddel &amp;vastleggen</translation>
    </message>
</context>
<context>
    <name>mandaat::ToolsEditor</name>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1 (uit gebruik sinds %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Hulpmiddel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Data stored or processed</source>
        <translation>Gegevens bewaard of verwerkt</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Processor agreement</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Nagekeken</translation>
    </message>
    <message>
        <source>Technology register</source>
        <translation>Technologieregister</translation>
    </message>
</context>
<context>
    <name>mandaat::UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Recente kluizen</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 ontgrendelen</translation>
    </message>
    <message>
        <source>An emergency key has 64 characters, 0 to 9 and a to f, as printed on the emergency sheet; spaces between the groups are fine.</source>
        <translation>Een noodsleutel heeft 64 tekens, 0 tot 9 en a tot f, zoals op het noodblad gedrukt; spaties tussen de groepen zijn geen probleem.</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Typ de wachtwoordzin van deze kluis.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>No key is remembered for this vault on this computer any more. Type the passphrase.</source>
        <translation>Op deze computer is voor deze kluis geen sleutel meer onthouden. Typ de wachtwoordzin.</translation>
    </message>
    <message>
        <source>The keychain did not give the remembered key (%1). Type the passphrase.</source>
        <translation>De sleutelhanger gaf de onthouden sleutel niet (%1). Typ de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Asking the keychain for a remembered key…</source>
        <translation>De sleutelhanger wordt om een onthouden sleutel gevraagd…</translation>
    </message>
    <message>
        <source>Updating the keychain…</source>
        <translation>De sleutelhanger wordt bijgewerkt…</translation>
    </message>
    <message>
        <source>The key could not be remembered on this computer: %1</source>
        <translation>De sleutel kon niet op deze computer worden onthouden: %1</translation>
    </message>
    <message>
        <source>The remembered key could not be removed from the keychain: %1</source>
        <translation>De onthouden sleutel kon niet uit de sleutelhanger worden verwijderd: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check it and try again. If you are sure it is right, the start of the file may be damaged: restore the vault from a backup.</source>
        <translation>Verkeerde wachtwoordzin. Controleer ze en probeer het opnieuw. Als u zeker weet dat ze juist is, is het begin van het bestand misschien beschadigd: zet de kluis terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>This key does not open this vault. Check it against the emergency sheet of this vault.</source>
        <translation>Deze sleutel opent deze kluis niet. Vergelijk ze met het noodblad van deze kluis.</translation>
    </message>
    <message>
        <source>The key remembered on this computer no longer opens this vault (was its passphrase changed?). Type the passphrase.</source>
        <translation>De sleutel die op deze computer onthouden is, opent deze kluis niet meer (is de wachtwoordzin gewijzigd?). Typ de wachtwoordzin.</translation>
    </message>
    <message>
        <source>64 characters from the emergency sheet, in groups or not</source>
        <translation>64 tekens van het noodblad, in groepen of niet</translation>
    </message>
    <message>
        <source>Emergency key</source>
        <translation>Noodsleutel</translation>
    </message>
    <message>
        <source>The key of this vault is remembered on this computer: leave the passphrase empty and press Unlock.</source>
        <translation>De sleutel van deze kluis is op deze computer onthouden: laat de wachtwoordzin leeg en klik op Ontgrendelen.</translation>
    </message>
    <message>
        <source>Emergency &amp;key</source>
        <translation>Nood&amp;sleutel</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>mandaat::Vault</name>
    <message>
        <source>The passphrase or key is wrong, or the first page of %1 is damaged. Check the passphrase; if it is right, restore the vault from a backup.</source>
        <translation>De wachtwoordzin of sleutel is verkeerd, of de eerste pagina van %1 is beschadigd. Controleer de wachtwoordzin; als die juist is, zet de kluis dan terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore the vault from a backup.</source>
        <translation>%1 is beschadigd (%2). Zet de kluis terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>De schijf waarop %1 staat, is vol. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check the file&apos;s permissions.</source>
        <translation>%1 kan niet worden geopend om te schrijven (%2). Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <source>%1 could not be used: %2.</source>
        <translation>%1 kon niet worden gebruikt: %2.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Er is geen bestand op %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 is een map, geen kluisbestand.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mandaat vault, or it was not copied completely. Restore the vault from a backup.</source>
        <translation>%1 is leeg: het is geen Mandaat-kluis, of het is niet volledig gekopieerd. Zet de kluis terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1 is not a Mandaat vault, or it is damaged: its size (%2 bytes) is not a whole number of 4096-byte pages. Restore the vault from a backup.</source>
        <translation>%1 is geen Mandaat-kluis, of is beschadigd: de grootte (%2 bytes) is geen geheel aantal pagina&apos;s van 4096 bytes. Zet de kluis terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 kan niet worden gelezen: %2. Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Mandaat vault.</source>
        <translation>%1 is een onversleutelde SQLite-database, geen Mandaat-kluis.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Mandaat never overwrites a file when it creates a vault.</source>
        <translation>%1 bestaat al. Kies een andere naam; Mandaat overschrijft nooit een bestand bij het aanmaken van een kluis.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 kan niet worden aangemaakt: %2.</translation>
    </message>
    <message>
        <source>A vault key has 64 hexadecimal characters (32 bytes); this one has %1 bytes.</source>
        <translation>Een kluissleutel heeft 64 hexadecimale tekens (32 bytes); deze heeft %1 bytes.</translation>
    </message>
    <message>
        <source>%1 uses %2-byte pages; a Mandaat vault uses 4096-byte pages. It was not made by Mandaat, or it is damaged.</source>
        <translation>%1 gebruikt pagina&apos;s van %2 bytes; een Mandaat-kluis gebruikt pagina&apos;s van 4096 bytes. Het bestand is niet door Mandaat gemaakt, of het is beschadigd.</translation>
    </message>
    <message>
        <source>%1 was last used by a newer version of Mandaat (schema %2; this version knows up to %3). Update Mandaat to open it; nothing was changed.</source>
        <translation>%1 is laatst gebruikt door een nieuwere versie van Mandaat (schema %2; deze versie kent tot en met %3). Werk Mandaat bij om het te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Mandaat vault.</source>
        <translation>%1 is een versleutelde database, maar geen Mandaat-kluis.</translation>
    </message>
    <message>
        <source>The vault could not be brought to schema version %1: %2</source>
        <translation>De kluis kon niet naar schemaversie %1 worden gebracht: %2</translation>
    </message>
    <message>
        <source>The vault is not open for writing.</source>
        <translation>De kluis is niet geopend om te schrijven.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>A new vault needs a 16-byte salt and a 32-byte key.</source>
        <translation>Een nieuwe kluis heeft een salt van 16 bytes en een sleutel van 32 bytes nodig.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Het kopiëren is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>De controle is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 is being changed by another program right now. Nothing was read; try again when it is done.</source>
        <translation>%1 wordt op dit moment door een ander programma gewijzigd. Er is niets gelezen; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <source>%1 has a change left unfinished by a program that stopped: the journal %2 beside it holds what is needed to undo it. The first program that may write the vault and its folder rolls that change back when it opens the vault; this could not be done here (%3). Open the vault once with permission to write it and its folder (in Mandaat, or with this command from an account that may). Do not delete or move %2: without it the vault stays half changed.</source>
        <translation>%1 heeft een onafgemaakte wijziging van een programma dat gestopt is: het journaal %2 ernaast bevat wat nodig is om ze ongedaan te maken. Het eerste programma dat de kluis en haar map mag schrijven, draait die wijziging terug wanneer het de kluis opent; dat kon hier niet (%3). Open de kluis één keer met schrijfrechten op de kluis en haar map (in Mandaat, of met deze opdracht vanuit een account dat dat mag). Verwijder of verplaats %2 niet: zonder dat bestand blijft de kluis half gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing was changed: the current passphrase still opens the vault.</source>
        <translation>Er is niets gewijzigd: de huidige wachtwoordzin opent de kluis nog steeds.</translation>
    </message>
    <message>
        <source>A vault key has 32 bytes; this one has %1.</source>
        <translation>Een kluissleutel heeft 32 bytes; deze heeft er %1.</translation>
    </message>
    <message>
        <source>The new passphrase is the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>De nieuwe wachtwoordzin is de huidige wachtwoordzin van de kluis. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A change to %1 is still being saved; change the passphrase when it is done. %2</source>
        <translation>Een wijziging aan %1 wordt nog bewaard; wijzig de wachtwoordzin wanneer dat klaar is. %2</translation>
    </message>
    <message>
        <source>The disk holding %1 has %2 MB free; changing the passphrase needs about %3 MB beside the vault, for a journal that holds every page while it is re-encrypted. %4 Free some space and try again.</source>
        <translation>De schijf met %1 heeft %2 MB vrij; de wachtwoordzin wijzigen vraagt ongeveer %3 MB naast de kluis, voor een journaal dat elke pagina bewaart terwijl ze opnieuw versleuteld wordt. %4 Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Another program (or another Mandaat window) is reading or changing %1, so its passphrase cannot be changed now. %2 Close the other program and try again.</source>
        <translation>Een ander programma (of een ander Mandaat-venster) leest of wijzigt %1, dus de wachtwoordzin kan nu niet gewijzigd worden. %2 Sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The current passphrase no longer opens %1: another program changed its passphrase (or damaged its first page) since it was opened here. This change was not made; the passphrase set by the other program opens the vault now.</source>
        <translation>De huidige wachtwoordzin opent %1 niet meer: een ander programma heeft de wachtwoordzin gewijzigd (of de eerste pagina beschadigd) sinds de kluis hier geopend werd. Deze wijziging is niet uitgevoerd; de wachtwoordzin die het andere programma instelde, opent de kluis nu.</translation>
    </message>
    <message>
        <source>The passphrase of %1 cannot be changed: %2 %3</source>
        <translation>De wachtwoordzin van %1 kan niet gewijzigd worden: %2 %3</translation>
    </message>
    <message>
        <source>Mandaat cannot write the journal it needs beside %1 (%2): the folder may be read-only. %3 Check the folder&apos;s permissions.</source>
        <translation>Mandaat kan het journaal dat het naast %1 nodig heeft niet schrijven (%2): de map is misschien alleen-lezen. %3 Controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was not changed: re-encrypting its pages failed (the disk may be full, or a file-size limit reached) and SQLite undid it. %2</source>
        <translation>De wachtwoordzin van %1 is niet gewijzigd: het opnieuw versleutelen van de pagina&apos;s mislukte (misschien is de schijf vol, of een limiet op de bestandsgrootte bereikt) en SQLite heeft het ongedaan gemaakt. %2</translation>
    </message>
    <message>
        <source>The new passphrase opens %1 now (checked), but whether the old one still does could not be checked (%2).</source>
        <translation>De nieuwe wachtwoordzin opent %1 nu (gecontroleerd), maar of de oude dat nog doet, kon niet gecontroleerd worden (%2).</translation>
    </message>
    <message>
        <source>Neither the current passphrase nor the new one opens %1 now (%2). Another program may have changed its passphrase at the same time: the passphrase set there opens it. If none does, restore the vault from a backup; a backup keeps opening with the passphrase it was made with.</source>
        <translation>Noch de huidige noch de nieuwe wachtwoordzin opent %1 nu (%2). Misschien heeft een ander programma tegelijk de wachtwoordzin gewijzigd: de wachtwoordzin die daar ingesteld werd, opent de kluis. Als geen enkele dat doet, zet de kluis dan terug uit een back-up; een back-up blijft opengaan met de wachtwoordzin waarmee ze gemaakt is.</translation>
    </message>
</context>
<context>
    <name>mandaat::WarningDialog</name>
    <message>
        <source>Written warning: %1</source>
        <translation>Schriftelijke waarschuwing: %1</translation>
    </message>
    <message>
        <source>&amp;Issue the warning</source>
        <translation>Waarschuwing &amp;uitgeven</translation>
    </message>
    <message>
        <source>The warning is stored, dated %1. Save the letter to print or send it.</source>
        <translation>De waarschuwing is bewaard, gedateerd %1. Sla de brief op om hem af te drukken of te versturen.</translation>
    </message>
    <message>
        <source>Save the written warning</source>
        <translation>De schriftelijke waarschuwing opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved: %1</source>
        <translation>De brief kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>mandaat::WelcomePage</name>
    <message>
        <source>Recent vaults</source>
        <translation>Recente kluizen</translation>
    </message>
    <message>
        <source>Making the demo practice…</source>
        <translation>De demopraktijk wordt gemaakt…</translation>
    </message>
    <message>
        <source>Try the &amp;demo practice</source>
        <translation>&amp;Demopraktijk proberen</translation>
    </message>
</context>
</TS>
