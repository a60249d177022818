#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/ComplianceRecord.h"

#include <memory>

namespace Ui {
class ConsentDialog;
}

namespace mandaat {

class OpenPractice;

/// CMI-8: records what the client consents to go to the principal (nothing, progress only, or
/// listed reports), given when and how, for the client as a whole or, for a client system, for
/// one of its members; or, opened on a recorded consent, the date it was withdrawn. Reports to
/// the principal are checked against the consents in force (ReportDialog).
class ConsentDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// \a consentId 0: a new consent; otherwise that consent, to withdraw.
    ConsentDialog(OpenPractice* practice, qint64 engagementId, qint64 consentId = 0, QWidget* parent = nullptr);
    ~ConsentDialog() override;

    bool isWithdrawal() const { return m_consent.id > 0; }

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    ValidationIssues validateForSave() const override;
    bool store(RecordError* error) override;

private:
    Consent collect() const;
    void fillMembers();
    void updateListed();
    void retranslate();

    std::unique_ptr<Ui::ConsentDialog> m_ui;
    Consent m_consent;
    bool m_system = false; ///< the client is a client system: a consent per member
};

} // namespace mandaat
