#include "AcceptCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "compliance/ComplianceGuard.h"
#include "domain/DisplayNames.h"
#include "lifecycle/ConfirmationRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/Records.h"

namespace mandaat::cli {

AcceptCommand::AcceptCommand()
    : VaultCommand(
          QStringLiteral("accept"),
          tr("Record that the parties accepted the engagement confirmation, by e-mail or with the signed copy, "
             "and make the engagement active when its code allows it."),
          tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption({QStringLiteral("by"), tr("How it was accepted: email, or signed (with --signed-copy)."), tr("HOW")});
    addOption(
        {QStringLiteral("signed-copy"), tr("The scan of the signed confirmation, a PDF or an image."), tr("FILE")});
    addOption({QStringLiteral("at"), tr("The day it was accepted (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("party"),
               tr("A party that accepted: client or principal; repeat it for both (default: every party of the "
                  "engagement)."),
               tr("PARTY")});
    addOption({QStringLiteral("letter"),
               tr("The confirmation's letter id (default: the latest confirmation of the engagement)."),
               tr("ID")});
}

int AcceptCommand::checkOptions(const QCommandLineParser& parser)
{
    const QString by = parser.value(QStringLiteral("by"));
    const QString copyPath = parser.value(QStringLiteral("signed-copy"));
    m_channel = Channel::Email;
    if (by == QLatin1String("signed") || (by.isEmpty() && !copyPath.isEmpty())) {
        m_channel = Channel::Letter;
        if (copyPath.isEmpty()) {
            err() << tr("--by signed needs --signed-copy FILE, the scan of the signed confirmation.") << Qt::endl;
            return ExitUsage;
        }
    } else if (by == QLatin1String("email")) {
        if (!copyPath.isEmpty()) {
            err() << tr("--signed-copy goes with --by signed, not with an acceptance by e-mail.") << Qt::endl;
            return ExitUsage;
        }
    } else {
        err() << (by.isEmpty() ? tr("'accept' needs --by email, or --by signed with --signed-copy FILE.")
                               : tr("Unknown way of acceptance '%1': use email or signed.").arg(by))
              << Qt::endl;
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    m_on = QDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("the day of acceptance"), today, today, &m_on)) {
        return ExitUsage;
    }
    m_letterId = 0;
    if (parser.isSet(QStringLiteral("letter"))) {
        bool validId = false;
        m_letterId = parser.value(QStringLiteral("letter")).toLongLong(&validId);
        if (!validId || m_letterId <= 0) {
            err() << tr("--letter needs a letter id, a whole number of at least 1.") << Qt::endl;
            return ExitUsage;
        }
    }
    m_named = QList<Party>();
    for (const QString& value : parser.values(QStringLiteral("party"))) {
        const std::optional<Party> party = fromId<Party>(value);
        if (party != Party::Client && party != Party::Principal) {
            err() << tr("Unknown party '%1': use client or principal.").arg(value) << Qt::endl;
            return ExitUsage;
        }
        if (!m_named.contains(*party)) {
            m_named << *party;
        }
    }
    // The scan is read before the vault opens: a file that is not one changes nothing.
    m_copy.reset();
    if (m_channel == Channel::Letter) {
        Error error;
        m_copy = ConfirmationRecords::signedCopyFrom(copyPath, &error);
        if (!m_copy) {
            err() << error.message << Qt::endl;
            return ExitError;
        }
    }
    return ExitOk;
}

int AcceptCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    // As the application: no transition past the compliance rules, whoever asks for it.
    ComplianceGuard::install(records);
    RecordError recordError;
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId(), &recordError);
    if (!engagement) {
        err() << recordError.message << Qt::endl;
        return ExitError;
    }
    const QList<Party> parties = ConfirmationRecords::partiesOf(*engagement);
    for (const Party party : m_named) {
        if (!parties.contains(party)) {
            err() << tr("Engagement %1 has no principal: only the client accepts its confirmation.").arg(engagementId())
                  << Qt::endl;
            return ExitUsage;
        }
    }
    std::optional<IssuedLetter> letter;
    if (m_letterId > 0) {
        letter = records.letters().letter(m_letterId, &recordError);
        if (!letter) {
            err() << recordError.message << Qt::endl;
            return ExitError;
        }
        if (letter->engagementId != engagementId() || letter->kind != LetterKind::Confirmation) {
            err() << tr("Letter %1 is not an engagement confirmation of engagement %2.")
                         .arg(m_letterId)
                         .arg(engagementId())
                  << Qt::endl;
            return ExitError;
        }
    } else {
        const QList<IssuedLetter> confirmations =
            records.letters().lettersFor(engagementId(), LetterKind::Confirmation, &recordError);
        if (confirmations.isEmpty()) {
            err() << (recordError.message.isEmpty()
                          ? tr("Engagement %1 has no engagement confirmation yet: issue it first with 'mandaat-cli "
                               "letter FILE --engagement %1 --out FILE.pdf'.")
                                .arg(engagementId())
                          : recordError.message)
                  << Qt::endl;
            return ExitError;
        }
        letter = confirmations.constFirst();
    }
    Error error;
    if (!ConfirmationRecords::accept(records,
                                     *letter,
                                     m_on,
                                     m_channel,
                                     m_copy ? &*m_copy : nullptr,
                                     m_named.isEmpty() ? parties : m_named,
                                     &error)) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    noteAuditHead(vault);
    // Said only once the vault says so.
    const std::optional<IssuedLetter> accepted = records.letters().letter(letter->id, &recordError);
    if (!accepted || !accepted->isAccepted()) {
        return reportFailure(
            vault,
            accepted ? tr("The acceptance was recorded but letter %1 reads back as not accepted.").arg(letter->id)
                     : recordError.message);
    }
    QStringList who;
    for (const Party party : m_named.isEmpty() ? parties : m_named) {
        who << displayName(party).toLower();
    }
    out() << (m_channel == Channel::Email
                  ? tr("Recorded the acceptance by e-mail of confirmation letter %1 on %2, by: %3.")
                  : tr("Attached the signed copy to confirmation letter %1, accepted on %2 by: %3."))
                 .arg(QString::number(accepted->id),
                      accepted->acceptedOn.toString(Qt::ISODate),
                      who.join(QStringLiteral(", ")))
          << Qt::endl;

    // Then as the wizard: the engagement becomes active when its code allows it.
    if (engagement->status != EngagementStatus::Onboarding) {
        return ExitOk;
    }
    if (!ConfirmationRecords::activate(records, engagementId(), m_on, &error)) {
        out() << tr("Engagement %1 stays in onboarding. %2").arg(QString::number(engagementId()), error.message)
              << Qt::endl;
        return ExitOk;
    }
    noteAuditHead(vault);
    const std::optional<Engagement> active = records.engagements().engagement(engagementId(), &recordError);
    if (!active || active->status != EngagementStatus::Active) {
        return reportFailure(vault,
                             active ? tr("The engagement was activated but reads back as %1.").arg(toId(active->status))
                                    : recordError.message);
    }
    out() << tr("Engagement %1 is active since %2.")
                 .arg(QString::number(engagementId()), active->activatedOn.toString(Qt::ISODate))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
