#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/ComplianceRecord.h"

#include <memory>

namespace Ui {
class ConsultationDialog;
}

namespace mandaat {

class OpenPractice;

/// Records supervision, peer consultation or a third party's advice about an engagement
/// (MW-4.3), with whether the principal knows of the advice.
class ConsultationDialog : public RecordDialog
{
    Q_OBJECT

public:
    ConsultationDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent = nullptr);
    ~ConsultationDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    bool store(RecordError* error) override;

private:
    Consultation collect() const;
    void retranslate();

    std::unique_ptr<Ui::ConsultationDialog> m_ui;
    qint64 m_engagementId = 0;
    bool m_hasPrincipal = false;
};

} // namespace mandaat
