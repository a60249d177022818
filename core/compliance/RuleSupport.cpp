#include "RuleSupport.h"

#include "domain/DisplayNames.h"
#include "domain/Phrase.h"

#include <QCoreApplication>

namespace mandaat::rules {

RuleStatus pendingStatus(QDate deadline, QDate today)
{
    if (!deadline.isValid()) {
        return RuleStatus::Open;
    }
    return today > deadline ? RuleStatus::Overdue : RuleStatus::Due;
}

QString describe(const Evidence& row)
{
    QString text = QCoreApplication::translate("Rule", "%1, %2, %3")
                       .arg(displayName(row.party), displayDate(row.occurredOn), displayName(row.channel));
    const QString first = Phrase::render(row.text).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!first.isEmpty()) {
        text += QStringLiteral(": ") + first;
    }
    return text;
}

QString partyList(const QList<Party>& parties)
{
    QStringList names;
    for (const Party party : parties) {
        names.append(displayName(party).toLower());
    }
    if (names.size() < 2) {
        return names.join(QString());
    }
    const QString last = names.takeLast();
    return QCoreApplication::translate("Rule", "%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

void addEvidence(const ComplianceContext& context, RuleResult& result, const QList<Evidence>& rows)
{
    for (const Evidence& row : rows) {
        if (!result.evidenceIds.contains(row.id)) {
            result.evidenceIds.append(row.id);
            if (!context.outstandingOnly) {
                result.evidence.append(describe(row));
            }
        }
    }
}

RuleResult make(const Rule& rule, RuleStatus status, const QString& explanation, QDate due)
{
    RuleResult value;
    value.ruleId = rule.id();
    value.status = status;
    value.explanation = explanation;
    value.due = due;
    return value;
}

RuleResult evidencePerParty(const Rule& rule,
                            const ComplianceContext& context,
                            const QString& topic,
                            const QList<Party>& parties,
                            const QString& done,
                            const QString& missing)
{
    QList<Party> absent;
    QList<Evidence> found;
    for (const Party party : parties) {
        const QList<Evidence> rows = context.findEvidence(topic, party);
        if (rows.isEmpty()) {
            absent.append(party);
        }
        found += rows;
    }
    if (absent.isEmpty()) {
        RuleResult met = make(rule, RuleStatus::Met, done);
        addEvidence(context, met, found);
        return met;
    }
    const QDate deadline = context.onboardingDeadline();
    RuleResult pending = make(rule, pendingStatus(deadline, context.today), missing.arg(partyList(absent)), deadline);
    addEvidence(context, pending, found);
    return pending;
}

RuleResult evidenceOnce(const Rule& rule,
                        const ComplianceContext& context,
                        const QString& topic,
                        const QString& done,
                        const QString& missing)
{
    const QList<Evidence> rows = context.findEvidence(topic);
    if (!rows.isEmpty()) {
        RuleResult met = make(rule, RuleStatus::Met, done);
        addEvidence(context, met, rows);
        return met;
    }
    const QDate deadline = context.onboardingDeadline();
    return make(rule, pendingStatus(deadline, context.today), missing, deadline);
}

bool isEvaluation(EngagementKind kind)
{
    return kind == EngagementKind::Evaluation || kind == EngagementKind::Selection;
}

bool isGuidance(EngagementKind kind)
{
    return !isEvaluation(kind);
}

QString noPrincipalExplanation()
{
    return QCoreApplication::translate("Rule", "Only when someone other than the client commissions the engagement.");
}

} // namespace mandaat::rules
