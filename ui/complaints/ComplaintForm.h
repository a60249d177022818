#pragma once

#include "common/forms/RecordForm.h"
#include "domain/ComplianceRecord.h"

#include <QByteArray>
#include <QDate>

#include <memory>

namespace Ui {
class ComplaintForm;
}

namespace mandaat {

/// A complaint in the register (CMI-17): received, acknowledged in writing (the printed
/// acknowledgement is stored as the confirmation is), settled within four weeks of receipt,
/// perhaps through the external complaints body named in the profile. Complaints are not
/// deleted: a wrong one is corrected, or withdrawn. The Complaints page shows it, and so does
/// ComplaintDialog for a complaint about the engagement on screen.
class ComplaintForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ComplaintForm(QWidget* parent = nullptr);
    ~ComplaintForm() override;

    /// A new complaint about \a engagementId.
    void newComplaintFor(qint64 engagementId);
    /// Only complaints about \a engagementId (0: any engagement, chosen in the form).
    void fixEngagement(qint64 engagementId);

    /// The acknowledgement's date (default: today).
    void setLetterDate(QDate date) { m_letterDate = date; }
    /// CMI-17: saves the complaint, then issues and stores the written acknowledgement, which
    /// marks the complaint acknowledged. False, with the reason shown, when it could not.
    bool printAcknowledgement();
    /// The last acknowledgement printed.
    QByteArray acknowledgementPdf() const { return m_pdf; }
    const Complaint& complaint() const { return m_complaint; }

Q_SIGNALS:
    void acknowledged(qint64 complaintId);

protected:
    bool load(qint64 id, RecordError* error) override;
    void clearFields() override;
    ValidationIssues validateFields() const override;
    bool store(qint64* id, RecordError* error) override;
    void recordShown() override;
    void retranslate() override;

private:
    Complaint collect() const;
    void fill(const Complaint& complaint);
    void fillEngagements();
    void updateDue();
    void updateAcknowledge();
    void offerToSave();

    std::unique_ptr<Ui::ComplaintForm> m_ui;
    Complaint m_complaint;
    qint64 m_fixedEngagement = 0;
    QDate m_letterDate;
    QByteArray m_pdf;
};

} // namespace mandaat
