<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>The last %n entries are missing (from entry %1 on): %2 recorded %3 entries.</source>
        <translation>
            <numerusform>The last entry is missing (entry %1): %2 recorded %3 entries.</numerusform>
            <numerusform>The last %n entries are missing (from entry %1 on): %2 recorded %3 entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) changed outside Mandaat.</source>
        <translation>
            <numerusform>… and %n more record changed outside Mandaat.</numerusform>
            <numerusform>… and %n more records changed outside Mandaat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Removed %n unfinished file(s) left by an interrupted backup.</source>
        <translation>
            <numerusform>Removed %n unfinished file left by an interrupted backup.</numerusform>
            <numerusform>Removed %n unfinished files left by an interrupted backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierWriter</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the engagement ends</source>
        <translation>
            <numerusform>%n month after the engagement ends</numerusform>
            <numerusform>%n months after the engagement ends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation>
            <numerusform>%n year after the engagement ends</numerusform>
            <numerusform>%n years after the engagement ends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole practice: %n client(s)</source>
        <translation>
            <numerusform>The whole practice: %n client</numerusform>
            <numerusform>The whole practice: %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n engagement(s)</source>
        <translation>
            <numerusform>, %n engagement</numerusform>
            <numerusform>, %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every record about client %1, across %n engagement(s)</source>
        <translation>
            <numerusform>Every record about client %1, in %n engagement</numerusform>
            <numerusform>Every record about client %1, across %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, the chain intact</source>
        <translation>
            <numerusform>%n entry, the chain intact</numerusform>
            <numerusform>%n entries, the chain intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, the chain NOT intact: an entry was changed or removed</source>
        <translation>
            <numerusform>%n entry, the chain NOT intact: an entry was changed or removed</numerusform>
            <numerusform>%n entries, the chain NOT intact: an entry was changed or removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementCommand</name>
    <message numerus="yes">
        <source>--method takes &quot;NAME|AUTHOR|DESCRIPTION&quot;: “%1” has %n part(s).</source>
        <translation>
            <numerusform>--method takes &quot;NAME|AUTHOR|DESCRIPTION&quot;: “%1” has %n part.</numerusform>
            <numerusform>--method takes &quot;NAME|AUTHOR|DESCRIPTION&quot;: “%1” has %n parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n engagement(s)</source>
        <translation>
            <numerusform>Wrote %1: %n engagement</numerusform>
            <numerusform>Wrote %1: %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n note(s)</source>
        <translation>
            <numerusform>, %n note</numerusform>
            <numerusform>, %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s)</source>
        <translation>
            <numerusform>, %n file</numerusform>
            <numerusform>, %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: correct these lines and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported: correct this line and import the file again.</numerusform>
            <numerusform>Nothing was imported: correct these lines and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s) from %1 (ids %2 to %3).</source>
        <translation>
            <numerusform>Imported %n client from %1 (ids %2 to %3).</numerusform>
            <numerusform>Imported %n clients from %1 (ids %2 to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n principal(s) from %1 (ids %2 to %3).</source>
        <translation>
            <numerusform>Imported %n principal from %1 (ids %2 to %3).</numerusform>
            <numerusform>Imported %n principals from %1 (ids %2 to %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for its password</source>
        <translation>
            <numerusform>no answer within %n second; it may be locked and waiting for its password</numerusform>
            <numerusform>no answer within %n seconds; it may be locked and waiting for its password</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message numerus="yes">
        <source>%n client(s) imported from a CSV file (ids %1 to %2)</source>
        <translation>
            <numerusform>%n client imported from a CSV file (ids %1 to %2)</numerusform>
            <numerusform>%n clients imported from a CSV file (ids %1 to %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principal(s) imported from a CSV file (ids %1 to %2)</source>
        <translation>
            <numerusform>%n principal imported from a CSV file (ids %1 to %2)</numerusform>
            <numerusform>%n principals imported from a CSV file (ids %1 to %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored from a backup (its audit head %1); %n destruction(s) applied again</source>
        <translation>
            <numerusform>Restored from a backup (its audit head %1); %n destruction applied again</numerusform>
            <numerusform>Restored from a backup (its audit head %1); %n destructions applied again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored from a backup (its audit head unknown); %n destruction(s) applied again</source>
        <translation>
            <numerusform>Restored from a backup (its audit head unknown); %n destruction applied again</numerusform>
            <numerusform>Restored from a backup (its audit head unknown); %n destructions applied again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) from %1 to %2 suffice for the objectives.</source>
        <translation>
            <numerusform>%n planned session from %1 to %2 suffices for the objectives.</numerusform>
            <numerusform>%n planned sessions from %1 to %2 suffice for the objectives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message numerus="yes">
        <source>Audit log: ok (%n entries</source>
        <translation>
            <numerusform>Audit log: ok (%n entry</numerusform>
            <numerusform>Audit log: ok (%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, compared with %n outside record(s))</source>
        <translation>
            <numerusform>, compared with %n outside record)</numerusform>
            <numerusform>, compared with %n outside records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: broken (%n entries)</source>
        <translation>
            <numerusform>Audit log: broken (%n entry)</numerusform>
            <numerusform>Audit log: broken (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: ok (%n records match their last audit entry)</source>
        <translation>
            <numerusform>Records: ok (%n record matches its last audit entry)</numerusform>
            <numerusform>Records: ok (%n records match their last audit entry)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::AgendaPage</name>
    <message numerus="yes">
        <source>The %n weeks before</source>
        <translation>
            <numerusform>The week before</numerusform>
            <numerusform>The %n weeks before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n weeks after</source>
        <translation>
            <numerusform>The week after</numerusform>
            <numerusform>The %n weeks after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before by its hash.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, linked to the one before by its hash.</numerusform>
            <numerusform>The audit log is intact: %n entries, each linked to the one before by its hash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been changed or damaged (%n entries):</source>
        <translation>
            <numerusform>The audit log has been changed or damaged (%n entry):</numerusform>
            <numerusform>The audit log has been changed or damaged (%n entries):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::CalendarExportDialog</name>
    <message numerus="yes">
        <source>%n session(s) of the weeks shown.</source>
        <translation>
            <numerusform>%n session of the weeks shown.</numerusform>
            <numerusform>%n sessions of the weeks shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar file(s): %1</source>
        <translation>
            <numerusform>Saved %n calendar file: %1</numerusform>
            <numerusform>Saved %n calendar files: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::ConflictPage</name>
    <message numerus="yes">
        <source>%n conflict(s) of interest found. Record how each is resolved with the parties, or decline the engagement: the onboarding cannot go on before.</source>
        <translation>
            <numerusform>%n conflict of interest found. Record how it is resolved with the parties, or decline the engagement: the onboarding cannot go on before.</numerusform>
            <numerusform>%n conflicts of interest found. Record how each is resolved with the parties, or decline the engagement: the onboarding cannot go on before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::ExportDialog</name>
    <message numerus="yes">
        <source>Everything recorded about %1, across %n engagement(s), for their right of access and to data portability (GDPR art. 15 and 20).</source>
        <translation>
            <numerusform>Everything recorded about %1, across %n engagement, for their right of access and to data portability (GDPR art. 15 and 20).</numerusform>
            <numerusform>Everything recorded about %1, across %n engagements, for their right of access and to data portability (GDPR art. 15 and 20).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::ObligationListModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::OverviewPage</name>
    <message numerus="yes">
        <source>The last backup is %1 days old; the practice backs up every %n day(s).</source>
        <translation>
            <numerusform>The last backup is %1 days old; the practice backs up every day.</numerusform>
            <numerusform>The last backup is %1 days old; the practice backs up every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for complaints</source>
        <translation>
            <numerusform>%n for a complaint</numerusform>
            <numerusform>%n for complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for engagements</source>
        <translation>
            <numerusform>%n for an engagement</numerusform>
            <numerusform>%n for engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past a retention date</source>
        <translation>
            <numerusform>%n past a retention date</numerusform>
            <numerusform>%n past a retention date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the practice</source>
        <translation>
            <numerusform>%n for the practice</numerusform>
            <numerusform>%n for the practice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::ReasonPage</name>
    <message numerus="yes">
        <source>This engagement has %n open complaint(s) (received on %1). Settle it before the end, or write in the note how it will be handled after the end.</source>
        <translation>
            <numerusform>This engagement has an open complaint (received on %1). Settle it before the end, or write in the note how it will be handled after the end.</numerusform>
            <numerusform>This engagement has %n open complaints (received on %1). Settle them before the end, or write in the note how they will be handled after the end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mandaat::RetentionPage</name>
    <message numerus="yes">
        <source>Your practice policy keeps the dossier %n month(s) after the end, </source>
        <translation>
            <numerusform>Your practice policy keeps the dossier %n month after the end, </numerusform>
            <numerusform>Your practice policy keeps the dossier %n months after the end, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and the financial records %n year(s).</source>
        <translation>
            <numerusform>and the financial records %n year.</numerusform>
            <numerusform>and the financial records %n years.</numerusform>
        </translation>
    </message>
</context>
</TS>
