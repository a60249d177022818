#include "ConflictCheck.h"

#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QHash>
#include <QSet>

namespace mandaat {

namespace {

bool samePerson(const ComplianceContext& context, const QSet<QString>& people, const OtherEngagement& other)
{
    return other.client.id == context.client.id || ConflictCheck::peopleOf(other.client).intersects(people);
}

// An engagement that took place or is under way: not a draft, not one that ended before it
// started (declined), and begun by the context's date.
bool counts(const Engagement& engagement, QDate today)
{
    if (engagement.status == EngagementStatus::Draft) {
        return false;
    }
    if (engagement.status == EngagementStatus::Ended && !engagement.activatedOn.isValid()) {
        return false;
    }
    const QDate began = engagement.onboardingOn.isValid() ? engagement.onboardingOn : engagement.activatedOn;
    return !began.isValid() || began <= today;
}

bool ongoing(const DeclaredRelationship& relationship, QDate today)
{
    return (!relationship.declaredOn.isValid() || relationship.declaredOn <= today) &&
        (!relationship.endedOn.isValid() || relationship.endedOn >= today);
}

QString describeOther(const Engagement& other)
{
    return ConflictCheck::tr("engagement %1 (%2, %3)")
        .arg(QString::number(other.id), displayName(other.kind).toLower(), displayName(other.status).toLower());
}

} // namespace

QString ConflictFinding::key() const
{
    if (kind == ConflictKind::DeclaredRelation) {
        return QStringLiteral("%1_relationship_%2")
            .arg(relationshipOf == Party::Principal ? QStringLiteral("principal") : QStringLiteral("client"))
            .arg(relationshipId);
    }
    return QStringLiteral("engagement_%1").arg(otherEngagementId);
}

QString ConflictFinding::resolutionTopic() const
{
    return evidence::conflictPrefix() + key();
}

QList<ConflictFinding> ConflictCheck::find(const ComplianceContext& context)
{
    QList<ConflictFinding> findings;
    const Engagement& self = context.engagement;
    const bool evaluating = rules::isEvaluation(self.kind);
    const bool topCivilServant = evaluating && self.topCivilServant;
    const QSet<QString> people = peopleOf(context.client);
    for (const OtherEngagement& other : context.others) {
        // Cheap tests first: a practice has thousands of engagements, few of them evaluations.
        const bool collides = evaluating != rules::isEvaluation(other.engagement.kind);
        if (other.engagement.id == self.id || (!collides && !topCivilServant) ||
            !counts(other.engagement, context.today) || !samePerson(context, people, other)) {
            continue;
        }
        ConflictFinding finding;
        finding.otherEngagementId = other.engagement.id;
        // MW-5.2: evaluation and guidance of the same person collide.
        if (collides) {
            finding.kind = ConflictKind::RoleCollision;
            finding.ruleIds = {checkRule()};
            finding.explanation = tr("%1 is also the client of %2: evaluation and guidance of the same person "
                                     "collide. Record how they are kept apart (a boundary agreement).")
                                      .arg(context.client.name, describeOther(other.engagement));
        } else {
            // MW-2.8: any earlier relation with a top civil servant under evaluation.
            finding.kind = ConflictKind::PriorRelation;
            finding.explanation = tr("You worked with %1 before, in %2: keep your distance from a top civil "
                                     "servant under evaluation. Record how neutrality is kept, or decline.")
                                      .arg(context.client.name, describeOther(other.engagement));
        }
        if (topCivilServant) {
            finding.ruleIds.append(priorRelationRule());
        }
        findings.append(finding);
    }
    // MW-5.1: declared relationships with the client or the principal. With a top civil
    // servant under evaluation (MW-2.8), an ended relationship with them counts too.
    const auto addRelationships = [&](const QList<DeclaredRelationship>& relationships, Party of, const QString& who) {
        for (const DeclaredRelationship& relationship : relationships) {
            const bool earlier = topCivilServant && of == Party::Client &&
                (!relationship.declaredOn.isValid() || relationship.declaredOn <= context.today);
            if (!ongoing(relationship, context.today) && !earlier) {
                continue;
            }
            ConflictFinding finding;
            finding.kind = ConflictKind::DeclaredRelation;
            finding.relationshipId = relationship.id;
            finding.relationshipOf = of;
            finding.ruleIds = {checkRule()};
            if (earlier) {
                finding.ruleIds.append(priorRelationRule());
            }
            finding.explanation = tr("You declared a relationship with %1 (%2: %3): keep it apart from this "
                                     "engagement and record how (a boundary agreement).")
                                      .arg(who,
                                           displayName(relationship.kind).toLower(),
                                           relationship.description.section(QLatin1Char('\n'), 0, 0));
            findings.append(finding);
        }
    };
    addRelationships(context.client.relationships, Party::Client, context.client.name);
    if (context.principal) {
        addRelationships(context.principal->relationships, Party::Principal, context.principal->organisation);
    }
    return findings;
}

std::optional<Evidence> ConflictCheck::resolutionOf(const ComplianceContext& context, const ConflictFinding& finding)
{
    std::optional<Evidence> latest;
    for (const Evidence& row : context.findEvidence(finding.resolutionTopic())) {
        if (!row.text.trimmed().isEmpty() && (!latest || row.occurredOn >= latest->occurredOn)) {
            latest = row;
        }
    }
    return latest;
}

Evidence ConflictCheck::resolution(qint64 engagementId,
                                   const ConflictFinding& finding,
                                   const QString& agreement,
                                   QDate agreedOn,
                                   Channel channel,
                                   Party party)
{
    Evidence row;
    row.engagementId = engagementId;
    row.topic = finding.resolutionTopic();
    row.party = party;
    row.occurredOn = agreedOn;
    row.channel = channel;
    row.text = agreement;
    return row;
}

bool ConflictCheck::recordResolution(Records& records, Evidence& resolution, RecordError* error)
{
    if (resolution.text.trimmed().isEmpty() || !resolution.topic.startsWith(evidence::conflictPrefix())) {
        setRecordError(error,
                       RecordError::invalid({{QStringLiteral("text"),
                                              tr("Describe how the conflict is resolved: the boundary agreement "
                                                 "the parties made.")}}));
        return false;
    }
    if (resolution.articleId.isEmpty() && !EvidenceFiling::file(records, resolution, error)) {
        return false;
    }
    return records.compliance().save(resolution, error);
}

QSet<QString> ConflictCheck::peopleOf(const Client& client)
{
    QSet<QString> names;
    if (client.kind == ClientKind::Person) {
        names.insert(normalizedName(client.name));
    }
    for (const ClientMember& member : client.members) {
        names.insert(normalizedName(member.name));
    }
    names.remove(QString());
    return names;
}

QString ConflictCheck::normalizedName(const QString& name)
{
    // The Overview looks up the people of every engagement's client, and ConflictCheck those of
    // each related engagement: the same names again and again. Remember them (per thread).
    thread_local QHash<QString, QString> memo;
    const auto found = memo.constFind(name);
    if (found != memo.constEnd()) {
        return *found;
    }
    if (memo.size() > 100000) {
        memo.clear();
    }
    QString plain;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            plain.append(c);
        }
    }
    const QString result = plain.toCaseFolded().simplified();
    memo.insert(name, result);
    return result;
}

} // namespace mandaat
