// What is handed over or explained to the parties before the start: the code (MW-2.2), the
// confirmation and its acceptance (CMI-5), the terms (MW-2.3), the privacy notice (GDPR-13).
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// CMI-5: the latest amendment of the terms (TermsAmendment), after which the confirmation must
// be issued and accepted again.
std::optional<Evidence> lastAmendment(const ComplianceContext& context)
{
    std::optional<Evidence> last;
    for (const Evidence& row : context.findEvidence(evidence::termsAmended())) {
        if (!last || row.id > last->id) {
            last = row;
        }
    }
    return last;
}

// The rows recorded after \a amendment (ids grow with every row).
QList<Evidence> after(const QList<Evidence>& rows, const Evidence& amendment)
{
    QList<Evidence> later;
    for (const Evidence& row : rows) {
        if (row.id > amendment.id) {
            later.append(row);
        }
    }
    return later;
}

// MW-2.2: before the working relationship starts, the code goes to the principal (and the client).
class CodeHandedOver final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CodeHandedOver)

public:
    QString id() const override { return QStringLiteral("code-handed-over"); }
    QStringList topics() const override { return {evidence::codeHandedOver()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidencePerParty(*this,
                                       context,
                                       evidence::codeHandedOver(),
                                       context.informedParties(),
                                       tr("The code was handed over to every party."),
                                       tr("Record that the code was handed over to the %1, before the start."));
    }
};

// MW-2.2, CMI-5: the confirmation states that the code governs the engagement; Mandaat's
// letter always does, so the rule asks for the issued letter.
class ConfirmationStatesCode final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationStatesCode)

public:
    QString id() const override { return QStringLiteral("confirmation-states-code"); }
    QStringList topics() const override { return {evidence::confirmationIssued(), evidence::termsAmended()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        if (const std::optional<Evidence> amendment = lastAmendment(context)) {
            const QList<Evidence> issued = after(context.findEvidence(evidence::confirmationIssued()), *amendment);
            RuleResult result = issued.isEmpty()
                ? rules::make(*this,
                              RuleStatus::Open,
                              tr("The terms were amended on %1: issue a new version of the confirmation.")
                                  .arg(displayDate(amendment->occurredOn)))
                : rules::make(*this,
                              RuleStatus::Met,
                              tr("A new version of the confirmation was issued after the amendment of %1.")
                                  .arg(displayDate(amendment->occurredOn)));
            rules::addEvidence(context, result, QList<Evidence>{*amendment} + issued);
            return result;
        }
        return rules::evidenceOnce(*this,
                                   context,
                                   evidence::confirmationIssued(),
                                   tr("The engagement confirmation, which states the code, was issued."),
                                   tr("Issue the engagement confirmation: it states that the code governs the "
                                      "engagement."));
    }
};

// CMI-5: a written agreement; the signed copy or the acceptance by e-mail, from each party.
class ConfirmationAccepted final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationAccepted)

public:
    QString id() const override { return QStringLiteral("confirmation-accepted"); }
    QStringList topics() const override { return {evidence::confirmationAccepted(), evidence::termsAmended()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        if (const std::optional<Evidence> amendment = lastAmendment(context)) {
            QList<Party> absent;
            QList<Evidence> found{*amendment};
            for (const Party party : context.informedParties()) {
                const QList<Evidence> rows =
                    after(context.findEvidence(evidence::confirmationAccepted(), party), *amendment);
                if (rows.isEmpty()) {
                    absent.append(party);
                }
                found += rows;
            }
            RuleResult result = absent.isEmpty()
                ? rules::make(*this,
                              RuleStatus::Met,
                              tr("Every party accepted the new version of the confirmation after the amendment of %1.")
                                  .arg(displayDate(amendment->occurredOn)))
                : rules::make(*this,
                              RuleStatus::Open,
                              tr("The terms were amended on %1: have the new version of the confirmation accepted "
                                 "by the %2.")
                                  .arg(displayDate(amendment->occurredOn), rules::partyList(absent)));
            rules::addEvidence(context, result, found);
            return result;
        }
        return rules::evidencePerParty(*this,
                                       context,
                                       evidence::confirmationAccepted(),
                                       context.informedParties(),
                                       tr("Every party accepted the confirmation in writing."),
                                       tr("Attach the signed confirmation, or record the acceptance by e-mail, of "
                                          "the %1."));
    }
};

// MW-2.3: nature and terms explained, including finance, logistics and confidentiality, and
// understood by principal and client.
class TermsExplained final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(TermsExplained)

public:
    QString id() const override { return QStringLiteral("terms-explained"); }
    QStringList topics() const override
    {
        return {evidence::termsFinance(), evidence::termsLogistics(), evidence::termsConfidentiality()};
    }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QList<std::pair<QString, QString>> topics = {
            {evidence::termsFinance(), tr("the financial arrangements")},
            {evidence::termsLogistics(), tr("the logistic arrangements")},
            {evidence::termsConfidentiality(), tr("confidentiality")},
        };
        QStringList missing;
        QList<Evidence> found;
        for (const auto& [topic, name] : topics) {
            QList<Party> absent;
            for (const Party party : context.informedParties()) {
                const QList<Evidence> rows = context.findEvidence(topic, party);
                found += rows;
                if (rows.isEmpty()) {
                    absent.append(party);
                }
            }
            if (!absent.isEmpty()) {
                missing.append(tr("%1 (%2)").arg(name, rules::partyList(absent)));
            }
        }
        RuleResult result = missing.isEmpty()
            ? rules::make(*this, RuleStatus::Met, tr("The terms were explained to every party, and understood."))
            : rules::make(*this,
                          rules::pendingStatus(context.onboardingDeadline(), context.today),
                          tr("Explain, and record as understood: %1.").arg(missing.join(QStringLiteral("; "))),
                          context.onboardingDeadline());
        rules::addEvidence(context, result, found);
        return result;
    }
};

// GDPR art. 13: the privacy notice handed over to the client at intake.
class PrivacyNoticeHandedOver final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNoticeHandedOver)

public:
    QString id() const override { return QStringLiteral("privacy-notice-handed-over"); }
    QStringList topics() const override { return {evidence::privacyNoticeHandedOver()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidencePerParty(*this,
                                       context,
                                       evidence::privacyNoticeHandedOver(),
                                       {Party::Client},
                                       tr("The privacy notice was handed over to the client."),
                                       tr("Record that the privacy notice was handed over to the %1."));
    }
};

} // namespace

void addHandoverRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<CodeHandedOver>());
    registry.add(std::make_unique<ConfirmationStatesCode>());
    registry.add(std::make_unique<ConfirmationAccepted>());
    registry.add(std::make_unique<TermsExplained>());
    registry.add(std::make_unique<PrivacyNoticeHandedOver>());
}

} // namespace mandaat
