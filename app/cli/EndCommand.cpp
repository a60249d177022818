#include "EndCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "compliance/ComplianceGuard.h"
#include "lifecycle/Termination.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

namespace mandaat::cli {

namespace {

/// The date of option \a name (YYYY-MM-DD); an invalid date when it is not set. False when it
/// is set but is not a date.
} // namespace

EndCommand::EndCommand()
    : VaultCommand(QStringLiteral("end"),
                   tr("End an engagement as the termination wizard does: the letter, the referral, the status and the "
                      "retention dates."),
                   tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption({QStringLiteral("reason"), tr("Why it ends: %1.").arg(idsOf<EndReason>()), tr("REASON")});
    addOption({QStringLiteral("at"), tr("The end date (YYYY-MM-DD)."), tr("DATE")});
    addOption({QStringLiteral("note"), tr("A note for the letter and the engagement's end."), tr("TEXT")});
    addOption({QStringLiteral("successor"),
               tr("For conflict_of_interest: the consultant you propose to take over."),
               tr("NAME")});
    addOption({QStringLiteral("referral"),
               tr("Before ending early: referred (the client was referred), considered (not referred, "
                  "with --referral-reason) or none."),
               tr("ANSWER")});
    addOption({QStringLiteral("referred-to"), tr("With --referral referred: to whom."), tr("NAME")});
    addOption(
        {QStringLiteral("referral-discipline"), tr("With --referral referred: the discipline."), tr("DISCIPLINE")});
    addOption({QStringLiteral("referral-reason"),
               tr("Why the client was referred, or why not (required with --referral considered)."),
               tr("TEXT")});
    addOption({QStringLiteral("referral-benefit"),
               tr("With --referral referred: the fee or other benefit you receive for it."),
               tr("TEXT")});
    addOption({QStringLiteral("benefit-disclosed"),
               tr("With --referral-benefit: the day the client was told of it (YYYY-MM-DD)."),
               tr("DATE")});
    addOption({QStringLiteral("lang"), tr("The letter's language: nl or en (default: the engagement's)."), tr("LANG")});
    addOption({QStringLiteral("dossier-until"),
               tr("Keep the dossier until this date (default: the practice policy)."),
               tr("DATE")});
    addOption({QStringLiteral("financial-until"),
               tr("Keep the financial records until this date (default: the practice policy)."),
               tr("DATE")});
}

int EndCommand::checkOptions(const QCommandLineParser& parser)
{
    m_plan = TerminationPlan();
    m_plan.reason = fromId<EndReason>(parser.value(QStringLiteral("reason")));
    if (!m_plan.reason) {
        err() << (parser.isSet(QStringLiteral("reason"))
                      ? tr("Unknown end reason '%1'. Use one of: %2.").arg(parser.value(QStringLiteral("reason")))
                      : tr("'end' needs --reason REASON, one of: %1."))
                     .arg(idsOf<EndReason>())
              << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("at"))) {
        err() << tr("--at needs the end date as YYYY-MM-DD, such as 2026-03-31.") << Qt::endl;
        return ExitUsage;
    }
    if (!dayOption(parser, QStringLiteral("at"), tr("the end date"), {}, {}, &m_plan.endDate) ||
        !dayOption(parser, QStringLiteral("dossier-until"), tr("a date"), {}, {}, &m_plan.dossierUntil) ||
        !dayOption(parser, QStringLiteral("financial-until"), tr("a date"), {}, {}, &m_plan.financialUntil) ||
        !dayOption(parser,
                   QStringLiteral("benefit-disclosed"),
                   tr("the day the client was told"),
                   {},
                   QDate::currentDate(),
                   &m_plan.referralBenefitDisclosedOn)) {
        return ExitUsage;
    }
    m_plan.referralBenefit = parser.value(QStringLiteral("referral-benefit")).trimmed();
    if (m_plan.referralBenefitDisclosedOn.isValid() && m_plan.referralBenefit.isEmpty()) {
        err() << tr("--benefit-disclosed goes with --referral-benefit: say which benefit the client was told of.")
              << Qt::endl;
        return ExitUsage;
    }
    const QString referral = parser.value(QStringLiteral("referral"));
    if (referral == QLatin1String("referred")) {
        m_plan.referral = ReferralAnswer::Referred;
    } else if (referral == QLatin1String("considered")) {
        m_plan.referral = ReferralAnswer::Considered;
    } else if (!referral.isEmpty() && referral != QLatin1String("none")) {
        err() << tr("Unknown referral answer '%1': use referred, considered or none.").arg(referral) << Qt::endl;
        return ExitUsage;
    }
    if (!m_plan.referralBenefit.isEmpty() && m_plan.referral != ReferralAnswer::Referred) {
        err() << tr("--referral-benefit goes with --referral referred.") << Qt::endl;
        return ExitUsage;
    }
    m_language.reset();
    if (!letterLanguage(parser, &m_language)) {
        return ExitUsage;
    }
    m_plan.note = parser.value(QStringLiteral("note")).trimmed();
    m_plan.successor = parser.value(QStringLiteral("successor")).trimmed();
    m_plan.referredTo = parser.value(QStringLiteral("referred-to")).trimmed();
    m_plan.referralDiscipline = parser.value(QStringLiteral("referral-discipline")).trimmed();
    m_plan.referralExplanation = parser.value(QStringLiteral("referral-reason")).trimmed();
    m_plan.exportAfterwards = false;
    return ExitOk;
}

int EndCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
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
    m_plan.language = m_language.value_or(engagement->letterLanguage);
    Error error;
    if (!Termination::end(records, engagementId(), m_plan, &error)) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    noteAuditHead(vault);
    // Said only once the vault says so.
    const std::optional<Engagement> ended = records.engagements().engagement(engagementId(), &recordError);
    if (!ended || ended->status != EngagementStatus::Ended) {
        return reportFailure(
            vault,
            ended ? tr("The end was recorded but the engagement reads back as %1.").arg(toId(ended->status))
                  : recordError.message);
    }
    out() << tr("Ended engagement %1 on %2 (%3); the dossier is kept until %4, the financial records until %5.")
                 .arg(QString::number(ended->id),
                      ended->endedOn.toString(Qt::ISODate),
                      ended->endReason ? toId(*ended->endReason) : QString(),
                      ended->dossierRetentionUntil.toString(Qt::ISODate),
                      ended->financialRetentionUntil.toString(Qt::ISODate))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
