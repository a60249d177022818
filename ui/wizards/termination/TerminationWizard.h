#pragma once

#include "domain/Engagement.h"
#include "lifecycle/TerminationPlan.h"
#include "util/Error.h"

#include <QByteArray>
#include <QWizard>

#include <memory>
#include <optional>

namespace mandaat {

class ComplianceEngine;
class Records;

/// Ends an engagement (docs/journey.md, step 10, 12 and 13): reason, final report, letter,
/// retention dates, export. The pages collect a TerminationPlan; Finish records it with
/// Termination::end, as `mandaat-cli end` does, in one transaction (letters, referral, report,
/// the end, the retention dates). Its refusals (Termination::check: CMI-12, a written warning
/// first; the referral question, CMI-11) are shown before Finish.
/// Open it with open() or show(): a lock closes it, and closing changes nothing.
class TerminationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ReasonPageId, FinalReportPageId, LetterPageId, RetentionPageId, ExportPageId };

    TerminationWizard(Records& records, qint64 engagementId, QWidget* parent = nullptr);
    ~TerminationWizard() override;

    /// For tests: the date "today" (default: the system date).
    void setToday(QDate today);
    QDate today() const { return m_today; }

    Records& records() const { return m_records; }
    const Engagement& engagement() const { return m_engagement; }
    TerminationPlan& plan() { return m_plan; }
    const TerminationPlan& plan() const { return m_plan; }

    /// Why the engagement cannot end with the plan as it stands (Termination::check: the
    /// lifecycle, the plan's answers, the compliance rules' refusal naming the articles), or
    /// empty.
    QString endingRefusal() const;
    /// CMI-10: the six-month mark after the last session (or the activation).
    QDate interruptionDate() const;
    /// The end reasons that fit the engagement's status.
    QList<EndReason> reasons() const;
    const ComplianceEngine& engine() const { return *m_engine; }
    /// Sets the retention dates to the practice policy's defaults, counted from the end date,
    /// unless they were already set for this end date.
    void ensureRetention();

    std::optional<QByteArray> renderLetter(Error* error) const;
    std::optional<QByteArray> renderHandover(Error* error) const;

    void accept() override;

Q_SIGNALS:
    /// The end was recorded.
    void ended(qint64 engagementId);
    /// The user asked for the export on the last page (GDPR art. 15, 20).
    void exportRequested(qint64 engagementId);
    /// Compliance records changed elsewhere (a written warning issued): pages check again.
    void recordsChanged();

private:
    bool commit(Error* error);
    void showMessage(const QString& text);

    Records& m_records;
    Engagement m_engagement;
    TerminationPlan m_plan;
    QDate m_today;
    QDate m_retentionFrom;
    std::unique_ptr<ComplianceEngine> m_engine;
};

} // namespace mandaat
