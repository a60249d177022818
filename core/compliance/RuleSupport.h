#pragma once

#include "compliance/ComplianceContext.h"
#include "compliance/Rule.h"

#include <QDate>
#include <QList>
#include <QString>

/// Small helpers the rule classes share.
namespace mandaat::rules {

/// Not done yet: Due until \a deadline (inclusive), Overdue after it, Open without one.
RuleStatus pendingStatus(QDate deadline, QDate today);

/// Why a rule about a principal does not apply to a self-paying client's engagement, in words
/// that name no principal (a self-paying client's texts never mention one).
QString noPrincipalExplanation();
/// "Client, 3 March 2026, e-mail" (translated), for RuleResult::evidence.
QString describe(const Evidence& row);
/// "client and principal" style list of party names, translated.
QString partyList(const QList<Party>& parties);
/// Adds \a rows to \a result's evidence, each once; written out unless \a context asks for
/// what is outstanding only (ComplianceContext::outstandingOnly).
void addEvidence(const ComplianceContext& context, RuleResult& result, const QList<Evidence>& rows);

/// The common shape of an onboarding obligation: for each of \a parties, some evidence with
/// \a topic. Met with the evidence, or pending (pendingStatus() against the
/// onboarding deadline) naming the parties still missing. \a done and \a missing are
/// translated sentences; \a missing has %1 for the parties.
RuleResult evidencePerParty(const Rule& rule,
                            const ComplianceContext& context,
                            const QString& topic,
                            const QList<Party>& parties,
                            const QString& done,
                            const QString& missing);

/// As evidencePerParty(), for a record of any party (a declaration of the consultant).
RuleResult evidenceOnce(const Rule& rule,
                        const ComplianceContext& context,
                        const QString& topic,
                        const QString& done,
                        const QString& missing);

/// A result with \a status; for the rule classes, which build results outside Rule.
RuleResult make(const Rule& rule, RuleStatus status, const QString& explanation, QDate due = {});

/// Evaluation or selection (MW-2.8, MW-5.2, CMI-8 deliverable).
bool isEvaluation(EngagementKind kind);
/// Coaching, career guidance and coaching, outplacement, supervision: guidance roles (MW-5.2).
bool isGuidance(EngagementKind kind);

} // namespace mandaat::rules
