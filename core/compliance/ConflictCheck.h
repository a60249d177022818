#pragma once

#include "compliance/ComplianceContext.h"
#include "domain/ComplianceRecord.h"
#include "domain/RecordError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

class Records;

enum class ConflictKind {
    RoleCollision, ///< MW-5.2: the same person in evaluation or selection and in guidance.
    PriorRelation, ///< MW-2.8: an earlier engagement with a top civil servant under evaluation.
    DeclaredRelation, ///< MW-5.1 (MW-2.8): a declared private or other relationship.
};

/// One thing the conflict check found. Its key names what it is about, stably, so that a
/// recorded resolution keeps fitting it: "engagement_12", "client_relationship_5",
/// "principal_relationship_3".
struct ConflictFinding
{
    ConflictKind kind = ConflictKind::RoleCollision;
    qint64 otherEngagementId = 0; ///< RoleCollision, PriorRelation
    qint64 relationshipId = 0; ///< DeclaredRelation
    Party relationshipOf = Party::Client; ///< DeclaredRelation: the client's or the principal's
    /// The rules the finding keeps open: "conflict-check" (a collision of roles, a declared
    /// relationship), "prior-relation-check" (a top civil servant under evaluation).
    QStringList ruleIds;
    QString explanation; ///< Translated.

    QString key() const;
    /// The Evidence topic of its resolution: "conflict_" + key().
    QString resolutionTopic() const;
};

/// The conflict-of-interest check (MW-2.8, MW-5.1, MW-5.2) across the practice's other
/// engagements and the declared relationships, as a pure function of a ComplianceContext.
/// A finding blocks activation until a resolution is recorded: a boundary agreement (text,
/// date) as an Evidence row with the finding's resolutionTopic().
class ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConflictCheck)

public:
    /// The ids of the rules that judge the findings (rules/ConflictRules.cpp).
    static QString checkRule() { return QStringLiteral("conflict-check"); }
    static QString priorRelationRule() { return QStringLiteral("prior-relation-check"); }

    static QList<ConflictFinding> find(const ComplianceContext& context);
    /// The latest recorded resolution of \a finding with a non-empty agreement, on or before
    /// the context's date.
    static std::optional<Evidence> resolutionOf(const ComplianceContext& context, const ConflictFinding& finding);

    /// The Evidence row that resolves \a finding, for the onboarding wizard to save.
    static Evidence resolution(qint64 engagementId,
                               const ConflictFinding& finding,
                               const QString& agreement,
                               QDate agreedOn,
                               Channel channel = Channel::Letter,
                               Party party = Party::AllParties);
    /// Saves a resolution (through ComplianceRecords, so it is validated and audited), filed
    /// under the engagement's article that asks for it (EvidenceFiling). Refuses an empty agreement.
    static bool recordResolution(Records& records, Evidence& resolution, RecordError* error = nullptr);

    /// The people \a client stands for, as normalizedName()s: the person, or the members of a
    /// client system.
    static QSet<QString> peopleOf(const Client& client);
    /// A name compared without case, accents or extra spaces ("Émile  Peeters" = "emile peeters").
    static QString normalizedName(const QString& name);
};

} // namespace mandaat
