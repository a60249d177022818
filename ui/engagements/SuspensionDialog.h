#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/ComplianceRecord.h"

#include <memory>
#include <optional>

namespace Ui {
class SuspensionDialog;
}

namespace mandaat {

class OpenPractice;

/// ICF-3.3, ICF-4.2: suspends an active engagement (from which day, on which ground, why, and
/// when it should resume), or, when it is suspended, resumes it on a day (Suspensions). Open it
/// with open().
class SuspensionDialog : public RecordDialog
{
    Q_OBJECT

public:
    SuspensionDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent = nullptr);
    ~SuspensionDialog() override;

    /// Whether it resumes a suspension (else it suspends).
    bool isResumption() const { return m_open.has_value(); }

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    bool store(RecordError* error) override;

private:
    Suspension collect() const;
    void retranslate();

    std::unique_ptr<Ui::SuspensionDialog> m_ui;
    qint64 m_engagementId = 0;
    std::optional<Suspension> m_open; // the suspension to resume
};

} // namespace mandaat
