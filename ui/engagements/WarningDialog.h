#pragma once

#include "domain/ComplianceRecord.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class WarningDialog;
}

namespace mandaat {

class Records;

/// CMI-12: issues the written warning that must precede ending for obstruction: the letter
/// names the obstruction and the consequence, and is stored, dated, with the warning. Open it
/// with open() or show().
class WarningDialog : public QDialog
{
    Q_OBJECT

public:
    WarningDialog(Records& records, qint64 engagementId, QWidget* parent = nullptr);
    ~WarningDialog() override;

    /// The letter's date (default: today).
    void setDate(QDate date);
    /// The warning issued, once it is (id 0 before).
    const WrittenWarning& warning() const { return m_warning; }
    QByteArray pdf() const { return m_pdf; }

Q_SIGNALS:
    void issued(qint64 warningId);

private:
    void issue();
    void savePdf();
    void update();

    std::unique_ptr<Ui::WarningDialog> m_ui;
    Records& m_records;
    qint64 m_engagementId;
    WrittenWarning m_warning;
    QByteArray m_pdf;
    QPushButton* m_issueButton = nullptr;
};

} // namespace mandaat
