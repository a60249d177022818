#pragma once

#include "domain/EnumIds.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mandaat {

struct ComplianceContext;

/// Where an obligation stands for an engagement at a date (docs/architecture.md, Compliance).
enum class RuleStatus {
    Met, ///< Done; the evidence says how.
    Open, ///< Not done, with no date to it (it blocks its gate).
    Due, ///< Not done yet; to be done by the due date.
    Overdue, ///< Not done, and the due date has passed.
    NotApplicable, ///< Out of the rule's scope for this engagement, at this date.
};

MANDAAT_ENUM_IDS(RuleStatus,
                 {RuleStatus::Met, "met"},
                 {RuleStatus::Open, "open"},
                 {RuleStatus::Due, "due"},
                 {RuleStatus::Overdue, "overdue"},
                 {RuleStatus::NotApplicable, "not_applicable"})

/// Open, due or overdue: something is left to do.
inline bool isOutstanding(RuleStatus status)
{
    return status == RuleStatus::Open || status == RuleStatus::Due || status == RuleStatus::Overdue;
}

/// How urgent a status is, for sorting and for an article's overall status: overdue first,
/// then open (it blocks), then due, then met, then not applicable.
int urgency(RuleStatus status);

/// What one rule found for one engagement at one date.
struct RuleResult
{
    QString ruleId;
    RuleStatus status = RuleStatus::NotApplicable;
    QDate due; ///< For Due and Overdue (and Met, where a deadline was kept); invalid otherwise.
    QList<qint64> evidenceIds; ///< The Evidence rows that satisfied it.
    QStringList evidence; ///< Translated: what satisfied it ("handed over to the client on …").
    QString explanation; ///< Translated: why this status, and what to do when outstanding.
};

/// One obligation of a code, checked against a ComplianceContext. A rule is a pure function
/// of its context: no database, no clock of its own. Rules are found by their stable id
/// (RuleRegistry), the id the catalogue's articles list in `rules`, so a new code or code
/// version reuses them as data. Evidence is found by topic, whichever article it was filed under.
class Rule
{
public:
    virtual ~Rule() = default;

    /// The stable id ("code-handed-over").
    virtual QString id() const = 0;
    /// The evidence topics the rule reads (EvidenceTopics.h; a topic ending in "_" stands for
    /// every topic it begins: "conflict_"). A rule never names an article: the catalogue's
    /// articles name the rule, and what the rule finds is cited under those in force for the
    /// engagement (docs/compliance-evidence.md, "Topics").
    virtual QStringList topics() const = 0;
    /// Whether the engagement is in the rule's scope at the context's date.
    virtual bool appliesTo(const ComplianceContext& context) const = 0;
    /// Only called when appliesTo() holds.
    virtual RuleResult evaluate(const ComplianceContext& context) const = 0;

    /// The same for every engagement of the practice (the profile's qualifications): the
    /// list of open obligations names it once.
    virtual bool practiceWide() const { return false; }
    /// Still an obligation once the engagement has ended (complaints, retention).
    virtual bool afterEnd() const { return false; }

    /// appliesTo() and evaluate(), with the rule's id filled in.
    RuleResult check(const ComplianceContext& context) const;

protected:
    /// Why the rule does not apply (translated); a general sentence unless overridden.
    virtual QString notApplicableExplanation(const ComplianceContext& context) const;
};

} // namespace mandaat
