#pragma once

#include "domain/ComplianceRecord.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ConsultationDialog;
}

namespace mandaat {

class InlineErrors;
class OpenPractice;

/// Records supervision, peer consultation or a third party's advice about an engagement
/// (MW-4.3), with whether the principal knows of the advice.
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    ConsultationDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent = nullptr);
    ~ConsultationDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    Consultation collect() const;
    void retranslate();

    std::unique_ptr<Ui::ConsultationDialog> m_ui;
    QPointer<OpenPractice> m_practice;
    InlineErrors* m_errors = nullptr;
    qint64 m_engagementId = 0;
};

} // namespace mandaat
