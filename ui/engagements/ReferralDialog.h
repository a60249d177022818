#pragma once

#include "domain/ComplianceRecord.h"
#include "forms/RecordDialog.h"

#include <memory>

namespace Ui {
class ReferralDialog;
}

namespace mandaat {

class OpenPractice;

/// CMI-11: records a referral of the client to another discipline: to whom, which discipline,
/// why and when. The termination wizard counts it as the referral considered before ending
/// early (CMI-12).
class ReferralDialog : public RecordDialog
{
    Q_OBJECT

public:
    ReferralDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent = nullptr);
    ~ReferralDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    bool store(RecordError* error) override;

private:
    Referral collect() const;
    void retranslate();

    std::unique_ptr<Ui::ReferralDialog> m_ui;
    qint64 m_engagementId = 0;
};

} // namespace mandaat
