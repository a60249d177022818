#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/ComplianceRecord.h"

#include <memory>

namespace Ui {
class ReportDialog;
}

namespace mandaat {

class OpenPractice;

/// Records a report sent to the principal (CMI-8). Before it is saved the compliance rules
/// check it against the client's consent in force on the date it was sent: a report beyond it
/// is refused, with the reason (docs/journey.md, step 8: the test results Karin did not consent to).
class ReportDialog : public RecordDialog
{
    Q_OBJECT

public:
    ReportDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent = nullptr);
    ~ReportDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    bool store(RecordError* error) override;

private:
    PrincipalReport collect() const;
    void retranslate();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    qint64 m_engagementId = 0;
};

} // namespace mandaat
