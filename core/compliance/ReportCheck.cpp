#include "ReportCheck.h"

#include "compliance/EvidenceTopics.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

namespace mandaat {

namespace {

bool inForce(const Consent& consent, QDate day)
{
    return consent.givenOn.isValid() && consent.givenOn <= day &&
        (!consent.withdrawnOn.isValid() || consent.withdrawnOn > day);
}

QString simplifiedTitle(const QString& title)
{
    return title.simplified().toCaseFolded();
}

bool lists(const Consent& consent, const QString& title)
{
    for (const QString& line : consent.listedReports) {
        if (!line.trimmed().isEmpty() && simplifiedTitle(line) == simplifiedTitle(title)) {
            return true;
        }
    }
    return false;
}

} // namespace

ReportDecision ReportCheck::check(const ComplianceContext& context, const PrincipalReport& report)
{
    ReportDecision decision;
    const QDate day = report.sentOn.isValid() ? report.sentOn : context.today;
    if (!context.hasPrincipal()) {
        decision.reason = tr("This engagement has no principal to report to.");
        return decision;
    }
    if (rules::isEvaluation(context.engagement.kind)) {
        // MW evaluation and selection: the report is the deliverable agreed at onboarding.
        for (const Evidence& row : context.evidence) {
            const bool atOnboarding =
                !context.engagement.activatedOn.isValid() || row.occurredOn <= context.engagement.activatedOn;
            if (row.topic == evidence::reportContentAgreed() &&
                (row.party == Party::Client || row.party == Party::AllParties) && row.occurredOn.isValid() &&
                row.occurredOn <= day && atOnboarding) {
                decision.allowed = true;
                decision.evidenceId = row.id;
                return decision;
            }
        }
        decision.reason = tr("The content of the report was not agreed with the client at onboarding: record "
                             "that agreement before the report goes to the principal.");
        return decision;
    }
    QList<Consent> consents;
    for (const Consent& consent : context.consents) {
        if (inForce(consent, day) && (report.consentId == 0 || consent.id == report.consentId)) {
            consents.append(consent);
        }
    }
    if (consents.isEmpty()) {
        decision.reason = tr("No consent of the client was in force on %1: nothing about the client may go to "
                             "the principal.")
                              .arg(displayDate(day));
        return decision;
    }
    QStringList listed;
    bool progress = false;
    for (const Consent& consent : consents) {
        const bool coversProgress =
            consent.scope == ConsentScope::ProgressOnly || consent.scope == ConsentScope::ListedReports;
        const bool covers = report.kind == ReportKind::Progress
            ? coversProgress
            : consent.scope == ConsentScope::ListedReports && lists(consent, report.title);
        if (covers) {
            decision.allowed = true;
            decision.consentId = consent.id;
            return decision;
        }
        progress = progress || coversProgress;
        if (consent.scope == ConsentScope::ListedReports) {
            listed += consent.listedReports;
        }
    }
    if (!listed.isEmpty()) {
        decision.reason = tr("“%1” is beyond the client's consent, which covers progress and these reports only: "
                             "%2.")
                              .arg(report.title, listed.join(QStringLiteral(", ")));
    } else if (progress) {
        decision.reason =
            tr("“%1” is beyond the client's consent, which covers progress information only.").arg(report.title);
    } else {
        decision.reason = tr("The client did not consent to any information going to the principal.");
    }
    return decision;
}

} // namespace mandaat
