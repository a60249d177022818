#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/ComplianceRecord.h"

#include <memory>

namespace Ui {
class ReferralDialog;
}

namespace mandaat {

class OpenPractice;

/// CMI-11: records a referral of the client to another discipline: to whom, which discipline,
/// why and when, and the benefit the consultant receives for it with the day it was disclosed
/// to the client (ICF-3.8). The termination wizard counts it as the referral considered before
/// ending early (CMI-12).
class ReferralDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// \a referralId 0: a new referral; else the referral to correct or complete.
    ReferralDialog(OpenPractice* practice, qint64 engagementId, qint64 referralId = 0, QWidget* parent = nullptr);
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
    qint64 m_referralId = 0;
};

} // namespace mandaat
