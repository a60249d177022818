#include "Onboarding.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceContextLoader.h"
#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/Rule.h"
#include "compliance/RuleRegistry.h"
#include "compliance/TermsAmendment.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>

#include <algorithm>

namespace mandaat::Onboarding {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mandaat::Onboarding", text);
}

} // namespace

bool begin(Records& records, Engagement& engagement, QDate on, RecordError* failure)
{
    // Validated once, by EngagementRepository::save (every field, and that the client and the
    // principal exist): a refusal comes back Invalid with its issues per field.
    Engagement saving = engagement;
    if (saving.status == EngagementStatus::Draft && saving.pinnedCodes.isEmpty()) {
        // docs/architecture.md, Compliance: an engagement is pinned to the code versions in force when it started, so
        // that a code subscribed to, or a new version, later does not change what it is judged by.
        RecordError error;
        const QList<CodeSubscription> subscriptions = records.practice().codeSubscriptions(&error);
        if (error.kind != RecordError::Kind::None) {
            if (failure) {
                *failure = error;
            }
            return false;
        }
        // The versions the rules judged an unpinned engagement by (its start, the subscriptions):
        // pinning changes nothing about how it is judged today.
        const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
        Engagement starting = saving;
        starting.onboardingOn = on;
        for (const QString& id : ComplianceContextLoader::codeIdsFor(starting, subscriptions, catalogue, on)) {
            for (const CodeVersion& code : catalogue.codes()) {
                if (code.id == id && code.binding == CodeBinding::Subscription) {
                    saving.pinnedCodes.append(PinnedCode{code.id, code.version});
                }
            }
        }
    }
    const bool saved = records.transaction(
        [&](RecordError* error) {
            if (!TermsAmendment::save(records, saving, on, nullptr, error)) {
                return false;
            }
            // The parties are complete: the onboarding has begun.
            return saving.status != EngagementStatus::Draft ||
                records.engagements().transition(saving.id, EngagementStatus::Onboarding, on, {}, {}, error);
        },
        failure);
    if (saved) {
        engagement = saving;
    }
    return saved;
}

QStringList topics()
{
    QStringList all;
    const RuleRegistry& registry = RuleRegistry::builtIn();
    for (const QString& id : registry.ids()) {
        if (const Rule* rule = registry.rule(id)) {
            all += rule->topics();
        }
    }
    all.removeDuplicates();
    all.removeAll(QString());
    // Written by their own workflows, with what they need (the letter and its PDF, the signed
    // copy, the amended terms, the end and its referral, the declined engagement's successor).
    for (const QString& owned : {evidence::confirmationIssued(),
                                 evidence::confirmationAccepted(),
                                 evidence::termsAmended(),
                                 evidence::referralConsidered(),
                                 evidence::successorProposed()}) {
        all.removeAll(owned);
    }
    std::sort(all.begin(), all.end());
    return all;
}

bool isKnownTopic(const QString& topic)
{
    const QStringList known = topics();
    return known.contains(topic) || std::any_of(known.cbegin(), known.cend(), [&topic](const QString& prefix) {
               return prefix.endsWith(QLatin1Char('_')) && topic.size() > prefix.size() && topic.startsWith(prefix);
           });
}

bool isDeclaration(const QString& topic)
{
    return topic == evidence::independenceConfirmed() || topic == evidence::clientInterestFirst() ||
        topic == evidence::neutralityDeclared() || topic == evidence::durationAdequate();
}

bool record(Records& records, Evidence& row, QDate today, RecordError* failure)
{
    if (!isKnownTopic(row.topic)) {
        if (failure) {
            *failure = RecordError::make(
                RecordError::Kind::Invalid,
                tr("No rule of Mandaat reads evidence on “%1”; see the list of topics.").arg(row.topic));
            failure->issues = {{QStringLiteral("topic"), failure->message}};
        }
        return false;
    }
    if (!row.occurredOn.isValid() || row.occurredOn > today) {
        if (failure) {
            *failure = RecordError::make(RecordError::Kind::Invalid,
                                         tr("The evidence needs the date it happened, not after today."));
            failure->issues = {{QStringLiteral("occurredOn"), failure->message}};
        }
        return false;
    }
    RecordError error;
    const std::optional<Engagement> engagement = records.engagements().engagement(row.engagementId, &error);
    if (!engagement) {
        if (failure) {
            *failure = error;
        }
        return false;
    }
    if (engagement->status == EngagementStatus::Ended || engagement->status == EngagementStatus::Draft) {
        if (failure) {
            *failure =
                RecordError::make(RecordError::Kind::Refused,
                                  engagement->status == EngagementStatus::Ended
                                      ? tr("Engagement %1 has ended: its records are closed.").arg(row.engagementId)
                                      : tr("Engagement %1 has not begun its onboarding: complete its parties first.")
                                            .arg(row.engagementId));
        }
        return false;
    }
    Evidence saving = row;
    saving.id = 0;
    if (!EvidenceFiling::file(records, saving, failure) || !records.compliance().save(saving, failure)) {
        return false;
    }
    row = saving;
    return true;
}

} // namespace mandaat::Onboarding
