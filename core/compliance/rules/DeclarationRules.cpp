// The consultant's own confirmations and declarations at onboarding (MW-2.6, MW-2.7, MW-2.8,
// CMI-6), and what the client hears at first contact (CMI-10).
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// MW-2.6: the wizard asks explicitly whether the duration suffices for the objectives.
class DurationAdequacyConfirmed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DurationAdequacyConfirmed)

public:
    QString id() const override { return QStringLiteral("duration-adequacy-confirmed"); }
    QStringList topics() const override { return {evidence::durationAdequate()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidenceOnce(*this,
                                   context,
                                   evidence::durationAdequate(),
                                   tr("You confirmed that the duration suffices for the objectives."),
                                   tr("Confirm that the planned duration and sessions suffice for the objectives."));
    }
};

// MW-2.7: the client's interests first, without conflicting with the principal's.
class ClientInterestConfirmed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ClientInterestConfirmed)

public:
    QString id() const override { return QStringLiteral("client-interest-confirmed"); }
    QStringList topics() const override { return {evidence::clientInterestFirst()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidenceOnce(*this,
                                   context,
                                   evidence::clientInterestFirst(),
                                   tr("You confirmed that the client's interests come first."),
                                   tr("Confirm that the client's interests come first, without conflicting with "
                                      "the principal's."));
    }
};

// MW-2.8: a neutrality declaration when evaluating or selecting a top civil servant.
class NeutralityDeclared final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NeutralityDeclared)

public:
    QString id() const override { return QStringLiteral("neutrality-declared"); }
    QStringList topics() const override { return {evidence::neutralityDeclared()}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return rules::isEvaluation(context.engagement.kind) && context.engagement.topCivilServant;
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidenceOnce(*this,
                                   context,
                                   evidence::neutralityDeclared(),
                                   tr("You declared your neutrality towards the top civil servant."),
                                   tr("Declare your neutrality: objective, without any appearance of involvement "
                                      "or partiality."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only for evaluating or selecting a top civil servant.");
    }
};

// CMI-6: the professional's independence.
class IndependenceConfirmed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(IndependenceConfirmed)

public:
    QString id() const override { return QStringLiteral("independence-confirmed"); }
    QStringList topics() const override { return {evidence::independenceConfirmed()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidenceOnce(*this,
                                   context,
                                   evidence::independenceConfirmed(),
                                   tr("You confirmed your independence."),
                                   tr("Confirm that you can do this work independently of the parties."));
    }
};

// CMI-10: at first contact, the client hears they are free to accept, refuse or stop at any
// moment. First contact: the first session, or the start when there was none yet.
class FreedomToStopExplained final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(FreedomToStopExplained)

public:
    QString id() const override { return QStringLiteral("freedom-to-stop-explained"); }
    QStringList topics() const override { return {evidence::freedomToStop()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QList<Session> held = context.heldSessions();
        const QDate firstContact = held.isEmpty() ? QDate() : ComplianceContext::dayOf(held.first().startsAt);
        const QList<Evidence> rows = context.findEvidence(evidence::freedomToStop(), Party::Client);
        if (!rows.isEmpty()) {
            RuleResult met = rules::make(*this, RuleStatus::Met, tr("The client was told they are free to stop."));
            if (firstContact.isValid() && rows.first().occurredOn > firstContact) {
                met.explanation = tr("The client was told they are free to stop, on %1: after the first contact "
                                     "on %2.")
                                      .arg(displayDate(rows.first().occurredOn), displayDate(firstContact));
            }
            rules::addEvidence(context, met, rows);
            return met;
        }
        const QDate deadline = firstContact.isValid() ? firstContact : context.onboardingDeadline();
        return rules::make(*this,
                           rules::pendingStatus(deadline, context.today),
                           tr("Tell the client, at the first contact, that they are free to accept or refuse "
                              "the service and to stop at any moment; record when."),
                           deadline);
    }
};

// ICF-1.2: every party (the client, and the sponsor when there is one) hears that each of them
// may end the relationship at any time, within the agreement; before the working relationship
// starts. The same evidence as CMI-10's, asked of every party.
class FreedomToStopEveryParty final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(FreedomToStopEveryParty)

public:
    QString id() const override { return QStringLiteral("freedom-to-stop-every-party"); }
    QStringList topics() const override { return {evidence::freedomToStop()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidencePerParty(
            *this,
            context,
            evidence::freedomToStop(),
            context.informedParties(),
            tr("Every party was told that each of them may end the relationship at any time."),
            tr("Tell %1 that every party may end the relationship at any time, within the agreement; record "
               "when."));
    }
};

// ICF-2.3: which confidential information may have to go to the authorities is agreed with
// every party (the client, and the sponsor when there is one) before the start; the letter lists
// the exceptions. MW-4.1 only says "unless the law demands": under MW or CMI alone nothing asks it.
class ConfidentialityExceptionsAgreed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConfidentialityExceptionsAgreed)

public:
    QString id() const override { return QStringLiteral("confidentiality-exceptions-agreed"); }
    QStringList topics() const override { return {evidence::confidentialityExceptions()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return rules::evidencePerParty(
            *this,
            context,
            evidence::confidentialityExceptions(),
            context.informedParties(),
            tr("Every party agreed beforehand when confidential information may have to go to the authorities."),
            tr("Agree with %1, before the start, when confidential information may have to go to the authorities "
               "(illegal activity, a legal duty, a court order, a serious risk of harm); record when."));
    }
};

} // namespace

void addDeclarationRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<DurationAdequacyConfirmed>());
    registry.add(std::make_unique<ClientInterestConfirmed>());
    registry.add(std::make_unique<NeutralityDeclared>());
    registry.add(std::make_unique<IndependenceConfirmed>());
    registry.add(std::make_unique<FreedomToStopExplained>());
    registry.add(std::make_unique<FreedomToStopEveryParty>());
    registry.add(std::make_unique<ConfidentialityExceptionsAgreed>());
}

} // namespace mandaat
