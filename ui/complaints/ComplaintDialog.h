#pragma once

#include "domain/ComplianceRecord.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ComplaintDialog;
}

namespace mandaat {

class Records;

/// CMI-17: records or edits a complaint (received, from whom, summary, status, outcome,
/// settled; due four weeks after receipt; the external complaints body of the profile) and
/// prints the written acknowledgement, which is stored and marks the complaint acknowledged.
/// Open it with open() or show().
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a complaintId 0: a new complaint about \a engagementId.
    ComplaintDialog(Records& records, qint64 engagementId, qint64 complaintId = 0, QWidget* parent = nullptr);
    ~ComplaintDialog() override;

    /// The acknowledgement's date (default: today).
    void setLetterDate(QDate date) { m_letterDate = date; }
    const Complaint& complaint() const { return m_complaint; }
    /// The last acknowledgement printed.
    QByteArray acknowledgementPdf() const { return m_pdf; }

    bool save();
    bool printAcknowledgement();

Q_SIGNALS:
    void saved(qint64 complaintId);

private:
    void fill();
    void updateDue();
    void showMessage(const QString& text);
    void offerToSave();

    std::unique_ptr<Ui::ComplaintDialog> m_ui;
    Records& m_records;
    Complaint m_complaint;
    QDate m_letterDate;
    QByteArray m_pdf;
    QPushButton* m_acknowledgeButton = nullptr;
};

} // namespace mandaat
