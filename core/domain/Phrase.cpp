// The sentences Mandaat writes into the vault, each once: its id (stored, never changed or
// reused), the kind of each argument, the English source (translated in context "Phrase"),
// and, for the sentences stored in English before phrases were (issue 17, item 5), that
// English shape, so that an old vault's audit log is told in the reader's language too.
#include "Phrase.h"

#include "domain/DisplayNames.h"
#include "domain/EnumIds.h"
#include "domain/IssuedLetter.h"
#include "domain/RecordKinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

#include <optional>
#include <utility>

namespace mandaat {

namespace {

/// One sentence. kinds: the kind of each stored argument, in order, separated by spaces:
/// id, count, text, hash, article, columns, day, n (the count a plural form depends on, %n),
/// table, phrase (a stored phrase or an English why), terms (phrase ids, comma-separated),
/// and the enums status, reason, party, channel, consent, report, consultation, complaint,
/// ground, suspension, letter, language, scope, role (in lower case). legacy: the English shape stored before,
/// %1.. numbering every argument in stored order, or nullptr.
struct Definition
{
    const char* id;
    const char* kinds;
    const char* source;
    const char* legacy;
};

// clang-format off
constexpr Definition Definitions[] = {
    // Audit entries: ids, dates, enum values and hashes only; the log outlives the records.
    {"audit.engagement.status", "id status status day",
     QT_TRANSLATE_NOOP("Phrase", "Engagement %1: from %2 to %3 on %4"),
     "engagement %1: %2 -> %3 on %4"},
    {"audit.engagement.ended", "id status status day reason",
     QT_TRANSLATE_NOOP("Phrase", "Engagement %1: from %2 to %3 on %4 (%5)"),
     "engagement %1: %2 -> %3 on %4 (%5)"},
    {"audit.letter.issued", "id letter language hash",
     QT_TRANSLATE_NOOP("Phrase", "Letter %1 issued (%2, %3), SHA-256 %4"),
     "letter %1 (%2, %3), sha256 %4"},
    {"audit.letter.accepted", "id channel",
     QT_TRANSLATE_NOOP("Phrase", "Letter %1 accepted (%2)"),
     "letter %1 accepted (%2)"},
    {"audit.letter.printed", "id",
     QT_TRANSLATE_NOOP("Phrase", "Letter %1 printed"),
     "letter %1 printed"},
    {"audit.letter.saved", "id",
     QT_TRANSLATE_NOOP("Phrase", "Letter %1 saved as a PDF file"),
     "letter %1 saved as a PDF file"},
    {"audit.attachment.added", "id hash",
     QT_TRANSLATE_NOOP("Phrase", "File %1 added, SHA-256 %2"),
     "attachment %1 added, sha256 %2"},
    {"audit.attachment.removed", "id hash",
     QT_TRANSLATE_NOOP("Phrase", "File %1 removed, SHA-256 %2"),
     "attachment %1 removed, sha256 %2"},
    {"audit.evidence", "id article party channel day",
     QT_TRANSLATE_NOOP("Phrase", "Evidence %1 for %2 (%3, %4, %5)"),
     "evidence %1 for %2 (%3, %4, %5)"},
    {"audit.evidence.unfiled", "id party channel day",
     QT_TRANSLATE_NOOP("Phrase", "Evidence %1, under no article (%2, %3, %4)"),
     "evidence %1 for  (%2, %3, %4)"},
    {"audit.changed", "phrase",
     QT_TRANSLATE_NOOP("Phrase", "Changed: %1"),
     "changed: %1"},
    {"audit.consent", "id consent day",
     QT_TRANSLATE_NOOP("Phrase", "Consent %1: %2, given %3"),
     "consent %1: %2 from %3"},
    {"audit.consent.member", "id consent day id",
     QT_TRANSLATE_NOOP("Phrase", "Consent %1: %2, given %3 by member %4"),
     "consent %1: %2 from %3, member %4"},
    {"audit.consent.withdrawn", "id consent day day",
     QT_TRANSLATE_NOOP("Phrase", "Consent %1: %2, given %3, withdrawn %4"),
     "consent %1: %2 from %3, withdrawn %4"},
    {"audit.consent.member.withdrawn", "id consent day id day",
     QT_TRANSLATE_NOOP("Phrase", "Consent %1: %2, given %3 by member %4, withdrawn %5"),
     "consent %1: %2 from %3, member %4, withdrawn %5"},
    {"audit.report", "id report day",
     QT_TRANSLATE_NOOP("Phrase", "Report %1 to the principal: %2, sent %3"),
     "report %1 to the principal: %2 sent %3"},
    {"audit.referral", "id day",
     QT_TRANSLATE_NOOP("Phrase", "Referral %1 on %2"),
     "referral %1 on %2"},
    {"audit.consultation", "id consultation day",
     QT_TRANSLATE_NOOP("Phrase", "Consultation %1: %2 on %3"),
     "consultation %1: %2 on %3"},
    {"audit.complaint", "id day complaint",
     QT_TRANSLATE_NOOP("Phrase", "Complaint %1 received %2: %3"),
     "complaint %1 received %2: %3"},
    {"audit.warning", "id day",
     QT_TRANSLATE_NOOP("Phrase", "Written warning %1 issued %2"),
     "written warning %1 issued %2"},
    {"audit.disclosure", "id day ground",
     QT_TRANSLATE_NOOP("Phrase", "Disclosure %1 on %2 (%3)"),
     "disclosure %1 on %2 (%3)"},
    {"audit.suspension", "id day suspension",
     QT_TRANSLATE_NOOP("Phrase", "Suspension %1 from %2 (%3)"),
     "suspension %1 from %2 (%3)"},
    {"audit.suspension.resumed", "id day suspension day",
     QT_TRANSLATE_NOOP("Phrase", "Suspension %1 from %2 (%3), resumed %4"),
     "suspension %1 from %2 (%3), resumed %4"},
    {"audit.tool_use", "id id",
     QT_TRANSLATE_NOOP("Phrase", "Use %1 of tool %2 with the client's data"),
     "tool use %1 of tool %2"},
    {"audit.import.clients", "n id id",
     QT_TRANSLATE_N_NOOP("Phrase", "%n client(s) imported from a CSV file (ids %1 to %2)"),
     "%1 clients imported from a CSV file (ids %2 to %3)"},
    {"audit.import.principals", "n id id",
     QT_TRANSLATE_N_NOOP("Phrase", "%n principal(s) imported from a CSV file (ids %1 to %2)"),
     "%1 principals imported from a CSV file (ids %2 to %3)"},
    {"audit.backup", "",
     QT_TRANSLATE_NOOP("Phrase", "Backup made"),
     "backup made"},
    {"audit.restore", "hash n",
     QT_TRANSLATE_N_NOOP("Phrase", "Restored from a backup (its audit head %1); %n destruction(s) applied again"),
     "restored from a backup (its audit head %1); %2 destruction(s) applied again"},
    {"audit.restore.unknown", "n",
     QT_TRANSLATE_N_NOOP("Phrase", "Restored from a backup (its audit head unknown); %n destruction(s) applied again"),
     "restored from a backup (its audit head unknown); %1 destruction(s) applied again"},
    {"audit.export.practice", "count count count hash count",
     QT_TRANSLATE_NOOP("Phrase", "Export of the practice (encrypted, AES-256): %1 engagement(s), %2 note(s), "
                                 "%3 file(s); audit head %4 at entry %5"),
     "export of practice (AES-256): %1 engagement(s), %2 note(s), %3 file(s); audit head %4 at %5"},
    {"audit.export.practice.plain", "count count count hash count",
     QT_TRANSLATE_NOOP("Phrase", "Export of the practice (NOT encrypted): %1 engagement(s), %2 note(s), "
                                 "%3 file(s); audit head %4 at entry %5"),
     "export of practice (NOT encrypted): %1 engagement(s), %2 note(s), %3 file(s); audit head %4 at %5"},
    {"audit.export", "table id count count count hash count",
     QT_TRANSLATE_NOOP("Phrase", "Export of %1 %2 (encrypted, AES-256): %3 engagement(s), %4 note(s), "
                                 "%5 file(s); audit head %6 at entry %7"),
     "export of %1 %2 (AES-256): %3 engagement(s), %4 note(s), %5 file(s); audit head %6 at %7"},
    {"audit.export.plain", "table id count count count hash count",
     QT_TRANSLATE_NOOP("Phrase", "Export of %1 %2 (NOT encrypted): %3 engagement(s), %4 note(s), "
                                 "%5 file(s); audit head %6 at entry %7"),
     "export of %1 %2 (NOT encrypted): %3 engagement(s), %4 note(s), %5 file(s); audit head %6 at %7"},
    {"audit.vault.unlocked", "",
     QT_TRANSLATE_NOOP("Phrase", "Vault unlocked in the window"),
     "vault unlocked in the window"},
    {"audit.vault.locked", "",
     QT_TRANSLATE_NOOP("Phrase", "Vault locked"),
     "vault locked"},
    {"audit.vault.closed", "",
     QT_TRANSLATE_NOOP("Phrase", "Vault closed"),
     "vault closed"},
    {"audit.emergency_sheet.pdf", "",
     QT_TRANSLATE_NOOP("Phrase", "Emergency sheet saved as a PDF file"),
     "emergency sheet saved as PDF"},
    {"audit.emergency_sheet.printed", "",
     QT_TRANSLATE_NOOP("Phrase", "Emergency sheet sent to the printer"),
     "emergency sheet sent to the printer"},
    {"audit.destroyed", "id scope day count count text",
     QT_TRANSLATE_NOOP("Phrase", "Engagement %1: %2 destroyed (kept until %3): %4 record(s) deleted, %5 cleared; "
                                 "tombstone %6"),
     "engagement %1: %2 destroyed (kept until %3): %4 record(s) deleted, %5 cleared; tombstone %6"},
    {"audit.record.created", "table id",
     QT_TRANSLATE_NOOP("Phrase", "Created: %1 %2"),
     "%1 %2 created"},
    {"audit.record.deleted", "table id",
     QT_TRANSLATE_NOOP("Phrase", "Deleted: %1 %2"),
     "%1 %2 deleted"},
    {"audit.record.updated", "table id columns",
     QT_TRANSLATE_NOOP("Phrase", "Changed: %1 %2 (%3)"),
     "%1 %2 updated: %3"},
    {"audit.record.updated.why", "table id phrase",
     QT_TRANSLATE_NOOP("Phrase", "Changed: %1 %2 (%3)"),
     "%1 %2 updated: %3"},
    {"audit.record.recorded", "table id phrase",
     QT_TRANSLATE_NOOP("Phrase", "Recorded: %1 %2 (%3)"),
     "%1 %2 recorded: %3"},
    {"audit.why.cleared", "",
     QT_TRANSLATE_NOOP("Phrase", "cleared at destruction"),
     "cleared at destruction"},
    {"audit.why.demo", "",
     QT_TRANSLATE_NOOP("Phrase", "demo practice"),
     "demo practice"},
    {"audit.why.covered", "",
     QT_TRANSLATE_NOOP("Phrase", "in the vault when the audit log began to cover records"),
     "in the vault when the audit log began to cover records"},

    // The text of evidence Mandaat records itself.
    {"evidence.confirmation.issued", "hash",
     QT_TRANSLATE_NOOP("Phrase", "Engagement confirmation issued (SHA-256 %1)."),
     "Engagement confirmation issued (SHA-256 %1)."},
    {"evidence.confirmation.signed", "",
     QT_TRANSLATE_NOOP("Phrase", "Signed confirmation received."),
     "Signed confirmation received."},
    {"evidence.confirmation.email", "",
     QT_TRANSLATE_NOOP("Phrase", "Confirmation accepted by e-mail."),
     "Confirmation accepted by e-mail."},
    {"evidence.terms.amended", "day terms",
     QT_TRANSLATE_NOOP("Phrase", "Terms amended after the confirmation of %1: %2."),
     nullptr},
    {"evidence.duration.adequate", "n day day",
     QT_TRANSLATE_N_NOOP("Phrase", "%n planned session(s) from %1 to %2 suffice for the objectives."),
     nullptr},
    {"evidence.told.client", "",
     QT_TRANSLATE_NOOP("Phrase", "Told the client"),
     "Told the client"},
    {"evidence.told.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "Told the principal"),
     "Told the principal"},
    {"evidence.knows.client", "",
     QT_TRANSLATE_NOOP("Phrase", "The client knows"),
     "The client knows"},
    {"evidence.knows.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "The principal knows"),
     "The principal knows"},
    {"evidence.freedom_to_stop.client", "",
     QT_TRANSLATE_NOOP("Phrase", "Told the client at the first contact that they may accept, refuse or stop at any moment"),
     "Told the client at the first contact that they may accept, refuse or stop at any moment"},
    {"evidence.freedom_to_stop.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "Told the principal that every party may end the engagement at any time, within the agreement"),
     "Told the principal that every party may end the engagement at any time, within the agreement"},
    {"evidence.handed.client", "",
     QT_TRANSLATE_NOOP("Phrase", "Handed to the client"),
     "Handed to the client"},
    {"evidence.handed.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "Handed to the principal"),
     "Handed to the principal"},
    {"evidence.finance.client", "",
     QT_TRANSLATE_NOOP("Phrase", "The financial arrangements, to the client"),
     "The financial arrangements, to the client"},
    {"evidence.finance.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "The financial arrangements, to the principal"),
     "The financial arrangements, to the principal"},
    {"evidence.logistics.client", "",
     QT_TRANSLATE_NOOP("Phrase", "The logistic arrangements, to the client"),
     "The logistic arrangements, to the client"},
    {"evidence.logistics.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "The logistic arrangements, to the principal"),
     "The logistic arrangements, to the principal"},
    {"evidence.confidentiality.client", "",
     QT_TRANSLATE_NOOP("Phrase", "Confidentiality, to the client"),
     "Confidentiality, to the client"},
    {"evidence.confidentiality.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "Confidentiality, to the principal"),
     "Confidentiality, to the principal"},
    {"evidence.agreed.client", "",
     QT_TRANSLATE_NOOP("Phrase", "Agreed by the client"),
     "Agreed by the client"},
    {"evidence.agreed.principal", "",
     QT_TRANSLATE_NOOP("Phrase", "Agreed by the principal"),
     "Agreed by the principal"},
    {"evidence.content_agreed", "",
     QT_TRANSLATE_NOOP("Phrase", "The client agreed this content"),
     "The client agreed this content"},
    {"evidence.declared.independent", "",
     QT_TRANSLATE_NOOP("Phrase", "I can do this work independently of the parties."),
     "I can do this work independently of the parties."},
    {"evidence.declared.client_interest", "",
     QT_TRANSLATE_NOOP("Phrase", "The client’s interests come first, without conflicting with the principal’s."),
     "The client’s interests come first, without conflicting with the principal’s."},
    {"evidence.declared.neutral", "",
     QT_TRANSLATE_NOOP("Phrase", "I am neutral towards the person evaluated, without any appearance of partiality."),
     "I am neutral towards the person evaluated, without any appearance of partiality."},
    {"evidence.other_role", "text role",
     QT_TRANSLATE_NOOP("Phrase", "Told the client that you also work for %1 in %2"),
     nullptr},
    {"evidence.other_role.described", "text text",
     QT_TRANSLATE_NOOP("Phrase", "Told the client that you also work for %1 in %2"),
     "Told the client that you also work for %1 in %2"},
    {"evidence.successor.proposed", "text",
     QT_TRANSLATE_NOOP("Phrase", "Proposed to the parties: %1"),
     "Proposed to the parties: %1"},

    // A tombstone's reason when the user gave none.
    {"destruction.retention_over", "",
     QT_TRANSLATE_NOOP("Phrase", "retention period over"),
     "retention period over"},

    // The terms of an engagement, as evidence.terms.amended names them.
    {"term.parties", "", QT_TRANSLATE_NOOP("Phrase", "the parties"), nullptr},
    {"term.payer", "", QT_TRANSLATE_NOOP("Phrase", "who pays"), nullptr},
    {"term.kind", "", QT_TRANSLATE_NOOP("Phrase", "the kind of engagement"), nullptr},
    {"term.objectives", "", QT_TRANSLATE_NOOP("Phrase", "the objectives"), nullptr},
    {"term.expectations", "", QT_TRANSLATE_NOOP("Phrase", "the expectations"), nullptr},
    {"term.methods", "", QT_TRANSLATE_NOOP("Phrase", "the methods"), nullptr},
    {"term.fee", "", QT_TRANSLATE_NOOP("Phrase", "the fee"), nullptr},
    {"term.vat", "", QT_TRANSLATE_NOOP("Phrase", "the VAT"), nullptr},
    {"term.expenses", "", QT_TRANSLATE_NOOP("Phrase", "the expenses"), nullptr},
    {"term.payment", "", QT_TRANSLATE_NOOP("Phrase", "the payment"), nullptr},
    {"term.cancellation", "", QT_TRANSLATE_NOOP("Phrase", "the cancellation policy"), nullptr},
    {"term.duration", "", QT_TRANSLATE_NOOP("Phrase", "the duration"), nullptr},
    {"term.earlier_advice", "", QT_TRANSLATE_NOOP("Phrase", "the earlier advice"), nullptr},
    {"term.end_of_employment", "", QT_TRANSLATE_NOOP("Phrase", "the end of employment"), nullptr},
    {"term.use", "", QT_TRANSLATE_NOOP("Phrase", "the use of the results"), nullptr},
};

constexpr std::pair<LetterKind, const char*> LetterNames[] = {
    {LetterKind::Confirmation, QT_TRANSLATE_NOOP("Phrase", "engagement confirmation")},
    {LetterKind::WrittenWarning, QT_TRANSLATE_NOOP("Phrase", "written warning")},
    {LetterKind::ComplaintAcknowledgement, QT_TRANSLATE_NOOP("Phrase", "acknowledgement of a complaint")},
    {LetterKind::Termination, QT_TRANSLATE_NOOP("Phrase", "termination letter")},
    {LetterKind::Handover, QT_TRANSLATE_NOOP("Phrase", "handover letter")},
};

constexpr std::pair<const char*, const char*> ScopeNames[] = {
    {"dossier", QT_TRANSLATE_NOOP("Phrase", "dossier")},
    {"financial", QT_TRANSLATE_NOOP("Phrase", "financial records")},
};
// clang-format on

QString translated(const char* source, int n = -1)
{
    return QCoreApplication::translate("Phrase", source, nullptr, n);
}

const Definition* definition(const QString& id)
{
    for (const Definition& each : Definitions) {
        if (id == QLatin1String(each.id)) {
            return &each;
        }
    }
    return nullptr;
}

template <typename E>
QString enumName(const QString& id)
{
    const std::optional<E> value = fromId<E>(id);
    return value ? displayName(*value) : id;
}

QString argument(const QString& kind, const QString& value)
{
    if (kind == QLatin1String("day")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? displayDate(date) : value;
    }
    if (kind == QLatin1String("table")) {
        return Phrase::tableName(value);
    }
    if (kind == QLatin1String("phrase")) {
        return Phrase::render(value);
    }
    if (kind == QLatin1String("terms")) {
        QStringList names;
        for (const QString& term : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Definition* known = definition(term);
            names.append(known ? translated(known->source) : term);
        }
        return names.join(QStringLiteral(", "));
    }
    if (kind == QLatin1String("letter")) {
        for (const auto& [letter, name] : LetterNames) {
            if (value == toId(letter)) {
                return translated(name);
            }
        }
        return value;
    }
    if (kind == QLatin1String("scope")) {
        for (const auto& [scope, name] : ScopeNames) {
            if (value == QLatin1String(scope)) {
                return translated(name);
            }
        }
        return value;
    }
    if (kind == QLatin1String("status")) {
        return enumName<EngagementStatus>(value);
    }
    if (kind == QLatin1String("reason")) {
        return enumName<EndReason>(value);
    }
    if (kind == QLatin1String("party")) {
        return enumName<Party>(value);
    }
    if (kind == QLatin1String("channel")) {
        return enumName<Channel>(value);
    }
    if (kind == QLatin1String("consent")) {
        return enumName<ConsentScope>(value);
    }
    if (kind == QLatin1String("report")) {
        return enumName<ReportKind>(value);
    }
    if (kind == QLatin1String("consultation")) {
        return enumName<ConsultationKind>(value);
    }
    if (kind == QLatin1String("complaint")) {
        return enumName<ComplaintStatus>(value);
    }
    if (kind == QLatin1String("ground")) {
        return enumName<DisclosureGround>(value);
    }
    if (kind == QLatin1String("suspension")) {
        return enumName<SuspensionGround>(value);
    }
    if (kind == QLatin1String("role")) {
        return enumName<PrincipalRoleKind>(value).toLower();
    }
    if (kind == QLatin1String("language")) {
        return enumName<Language>(value);
    }
    if (kind == QLatin1String("count")) {
        bool number = false;
        const qlonglong count = value.toLongLong(&number);
        return number ? QLocale().toString(count) : value;
    }
    return value; // id, text, hash, article, columns
}

/// %1.. (and %n) in \a text replaced in one pass, so that an argument holding "%2" stays as it is.
QString substitute(const QString& text, const QStringList& values)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isDigit()) {
                ++end;
            }
            const int number = text.mid(i + 1, end - i - 1).toInt();
            if (number >= 1 && number <= values.size()) {
                out += values.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString told(const Definition& phrase, const QStringList& args)
{
    const QStringList kinds = QString::fromLatin1(phrase.kinds).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int n = -1;
    QStringList values;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString value = args.value(i);
        if (kinds.at(i) == QLatin1String("n")) {
            n = value.toInt();
            continue;
        }
        values.append(argument(kinds.at(i), value));
    }
    return substitute(translated(phrase.source, n), values);
}

/// What an argument of \a kind looked like in an English summary stored before phrases were.
QString legacyPattern(const QString& kind)
{
    if (kind == QLatin1String("id") || kind == QLatin1String("count") || kind == QLatin1String("n")) {
        return QStringLiteral("(\\d+)");
    }
    if (kind == QLatin1String("day")) {
        return QStringLiteral("(\\d{4}-\\d{2}-\\d{2}|)");
    }
    if (kind == QLatin1String("hash")) {
        return QStringLiteral("([0-9a-f]+)");
    }
    if (kind == QLatin1String("columns")) {
        return QStringLiteral("([a-z0-9_]+(?:, [a-z0-9_]+)*)");
    }
    if (kind == QLatin1String("text") || kind == QLatin1String("phrase")) {
        return QStringLiteral("(.+)");
    }
    if (kind == QLatin1String("article")) {
        return QStringLiteral("([A-Za-z0-9.\\-]+)");
    }
    return QStringLiteral("([a-z_]+)"); // an enum id or a table
}

struct Legacy
{
    const Definition* phrase;
    QRegularExpression pattern;
    QString literal; // the shape's longest run of fixed text: a text without it is not tried
    int arguments = 0;
};

/// The shapes by the first word they begin with; those that begin with an argument under "".
using LegacyIndex = QHash<QString, QList<Legacy>>;

QString firstWord(const QString& text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    return space < 0 ? text : text.left(space);
}

const LegacyIndex& legacyShapes()
{
    static const LegacyIndex shapes = [] {
        LegacyIndex all;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        for (const Definition& each : Definitions) {
            if (!each.legacy) {
                continue;
            }
            const QStringList kinds = QString::fromLatin1(each.kinds).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString shape = QString::fromUtf8(each.legacy);
            QString pattern = QStringLiteral("^");
            QString literal;
            const auto keep = [&literal](const QString& run) {
                if (run.size() > literal.size()) {
                    literal = run;
                }
            };
            qsizetype at = 0;
            QRegularExpressionMatchIterator found = placeholder.globalMatch(shape);
            while (found.hasNext()) {
                const QRegularExpressionMatch match = found.next();
                keep(shape.mid(at, match.capturedStart() - at));
                pattern += QRegularExpression::escape(shape.mid(at, match.capturedStart() - at));
                pattern += QStringLiteral("(?<a%1>").arg(match.captured(1)) +
                    legacyPattern(kinds.value(match.captured(1).toInt() - 1)).mid(1);
                at = match.capturedEnd();
            }
            keep(shape.mid(at));
            pattern += QRegularExpression::escape(shape.mid(at)) + QLatin1Char('$');
            const QString key = shape.startsWith(QLatin1Char('%')) ? QString() : firstWord(shape);
            all[key].append({&each, QRegularExpression(pattern), literal, static_cast<int>(kinds.size())});
        }
        return all;
    }();
    return shapes;
}

/// \a text as the stored arguments of an English sentence of a known shape, or nullopt.
std::optional<std::pair<const Definition*, QStringList>> recognise(const QString& text)
{
    // Most texts are the user's own words: only the shapes that begin with the text's first word,
    // and those that begin with an argument, are tried; a cheap test rules most of those out.
    const LegacyIndex& index = legacyShapes();
    for (const QString& key : {firstWord(text), QString()}) {
        const auto bucket = index.constFind(key);
        if (bucket == index.cend()) {
            continue;
        }
        for (const Legacy& shape : *bucket) {
            if (!text.contains(shape.literal)) {
                continue;
            }
            const QRegularExpressionMatch match = shape.pattern.match(text);
            if (!match.hasMatch()) {
                continue;
            }
            QStringList args;
            for (int i = 1; i <= shape.arguments; ++i) {
                args.append(match.captured(QStringLiteral("a%1").arg(i)));
            }
            return std::make_pair(shape.phrase, args);
        }
    }
    return std::nullopt;
}

std::optional<std::pair<const Definition*, QStringList>> parse(const QString& stored)
{
    if (!stored.startsWith(QLatin1Char('{'))) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    const QJsonObject object = document.object();
    const Definition* known = definition(object.value(QStringLiteral("phrase")).toString());
    if (!document.isObject() || !known) {
        return std::nullopt;
    }
    QStringList args;
    for (const QJsonValue& value : object.value(QStringLiteral("args")).toArray()) {
        args.append(value.toString());
    }
    return std::make_pair(known, args);
}

} // namespace

QString Phrase::store(const char* id, const QStringList& args)
{
    Q_ASSERT_X(definition(QString::fromLatin1(id)), "Phrase::store", id);
    QJsonObject object;
    object.insert(QStringLiteral("phrase"), QLatin1String(id));
    object.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString Phrase::day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool Phrase::isPhrase(const QString& stored)
{
    return parse(stored).has_value();
}

QString Phrase::render(const QString& stored)
{
    if (const auto phrase = parse(stored)) {
        return told(*phrase->first, phrase->second);
    }
    if (const auto phrase = recognise(stored)) {
        return told(*phrase->first, phrase->second);
    }
    return stored;
}

QStringList Phrase::ids()
{
    QStringList all;
    for (const Definition& each : Definitions) {
        all.append(QLatin1String(each.id));
    }
    return all;
}

QString Phrase::tableName(const QString& table)
{
    // The record tables as a reader names them (lower case: they stand inside a sentence).
    const RecordKindDescriptor* kind = RecordKinds::find(table);
    return kind ? translated(kind->name) : table;
}

QStringList Phrase::tablesWithoutName(const QStringList& tables)
{
    QStringList missing;
    for (const QString& table : tables) {
        const RecordKindDescriptor* kind = RecordKinds::find(table);
        if (!kind || !kind->name) {
            missing.append(table);
        }
    }
    return missing;
}

} // namespace mandaat
