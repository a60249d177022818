// The practice's own standing: subscriptions (MW-2.1, CMI-1), register number (CMI-1),
// qualifications (MW-3.1) and the audit log (GDPR-30). The same for every engagement.
#include "compliance/CodeCatalogue.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>
#include <QMap>

namespace mandaat {

namespace {

constexpr int ExpiryWarningDays = 60; // MW-3.1: flag a certification 60 days before it expires

// The worst of expired (overdue), expiring soon (due) and current, with the earliest date.
struct ExpiryScan
{
    RuleStatus status = RuleStatus::Met;
    QDate due;
    QStringList names;

    void add(const QString& name, QDate expires, QDate today)
    {
        if (!expires.isValid() || expires >= today.addDays(ExpiryWarningDays + 1)) {
            return;
        }
        const RuleStatus found = expires < today ? RuleStatus::Overdue : RuleStatus::Due;
        if (urgency(found) < urgency(status)) {
            status = found;
        }
        if (!due.isValid() || expires < due) {
            due = expires;
        }
        names.append(QCoreApplication::translate("PracticeRules", "%1 (%2)").arg(name, displayDate(expires)));
    }
};

// MW-3.1: accurate information on qualifications; an expired one is never printed as current.
class QualificationsCurrent final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(QualificationsCurrent)

public:
    QString id() const override { return QStringLiteral("qualifications-current"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    bool practiceWide() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        if (context.qualifications.isEmpty()) {
            return rules::make(*this,
                               RuleStatus::Open,
                               tr("Record your qualifications and certifications in the "
                                  "profile."));
        }
        // A renewed certification supersedes the expired one with the same title and issuer.
        QMap<QString, PracticeQualification> latest;
        for (const PracticeQualification& q : context.qualifications) {
            if (q.issuedOn.isValid() && q.issuedOn > context.today) {
                continue;
            }
            const QString key =
                q.title.simplified().toCaseFolded() + QLatin1Char('\n') + q.issuer.simplified().toCaseFolded();
            const auto found = latest.constFind(key);
            if (found == latest.constEnd() || !q.expiresOn.isValid() ||
                (found->expiresOn.isValid() && q.expiresOn > found->expiresOn)) {
                latest.insert(key, q);
            }
        }
        ExpiryScan scan;
        for (const PracticeQualification& q : latest) {
            scan.add(q.title, q.expiresOn, context.today);
        }
        if (scan.status == RuleStatus::Met) {
            return rules::make(*this, RuleStatus::Met, tr("Your qualifications are current."));
        }
        return rules::make(*this,
                           scan.status,
                           scan.status == RuleStatus::Overdue
                               ? tr("Expired or expiring: %1. Renew, or remove it from the profile: letters never "
                                    "print an expired one as current.")
                                     .arg(scan.names.join(QStringLiteral(", ")))
                               : tr("Expiring within %1 days: %2. Renew it in time.")
                                     .arg(ExpiryWarningDays)
                                     .arg(scan.names.join(QStringLiteral(", "))),
                           scan.due);
    }
};

// CMI-1: the register number of the career professional.
class RegisterNumberRecorded final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(RegisterNumberRecorded)

public:
    QString id() const override { return QStringLiteral("register-number-recorded"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    bool practiceWide() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        ExpiryScan scan;
        bool any = false;
        for (const PracticeRegistration& r : context.registrations) {
            if (r.kind != RegistrationKind::Registration || r.registerNumber.trimmed().isEmpty() ||
                (r.validFrom.isValid() && r.validFrom > context.today)) {
                continue;
            }
            if (!r.validUntil.isValid() || r.validUntil >= context.today.addDays(ExpiryWarningDays + 1)) {
                return rules::make(
                    *this, RuleStatus::Met, tr("Register number %1 (%2).").arg(r.registerNumber, r.body));
            }
            any = true;
            scan.add(r.body, r.validUntil, context.today);
        }
        if (!any) {
            return rules::make(*this, RuleStatus::Open, tr("Record your register number in the profile."));
        }
        return rules::make(
            *this, scan.status, tr("Your registration ends: %1.").arg(scan.names.join(QStringLiteral(", "))), scan.due);
    }
};

// MW-2.1, CMI-1: the profile subscribes to the codes the engagement is bound by.
class CodeSubscribed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CodeSubscribed)

public:
    QString id() const override { return QStringLiteral("code-subscribed"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
        QStringList missing;
        QStringList subscribed;
        for (const QString& codeId : context.codeIds) {
            const std::optional<CodeVersion> code = catalogue.code(codeId);
            if (!code || code->binding == CodeBinding::Law) {
                continue;
            }
            bool found = false;
            for (const CodeSubscription& s : context.subscriptions) {
                const std::optional<CodeVersion> sub = catalogue.code(s.codeId);
                found = found || (sub ? sub->family == code->family : s.codeId == codeId);
            }
            (found ? subscribed : missing).append(codeId);
        }
        if (!missing.isEmpty()) {
            return rules::make(*this,
                               RuleStatus::Open,
                               tr("The engagement is bound by %1, but the profile does not subscribe to it.")
                                   .arg(missing.join(QStringLiteral(", "))));
        }
        return rules::make(
            *this, RuleStatus::Met, tr("The profile subscribes to %1.").arg(subscribed.join(QStringLiteral(", "))));
    }
};

// GDPR art. 30: the audit log's hash chain is intact (checked when the engine is asked to).
class AuditLogIntact final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogIntact)

public:
    QString id() const override { return QStringLiteral("audit-log-intact"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.auditLogIntact.has_value(); }
    bool practiceWide() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return *context.auditLogIntact
            ? rules::make(*this, RuleStatus::Met, tr("The audit log is intact."))
            : rules::make(*this,
                          RuleStatus::Open,
                          tr("The audit log's chain is broken: restore a backup, or run 'mandaat-cli verify' for "
                             "details."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Not checked here; 'mandaat-cli verify' checks the audit log.");
    }
};

} // namespace

void addPracticeRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<QualificationsCurrent>());
    registry.add(std::make_unique<RegisterNumberRecorded>());
    registry.add(std::make_unique<CodeSubscribed>());
    registry.add(std::make_unique<AuditLogIntact>());
}

} // namespace mandaat
