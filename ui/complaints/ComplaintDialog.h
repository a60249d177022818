#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ComplaintDialog;
}

namespace mandaat {

class ComplaintForm;
class OpenPractice;

/// CMI-17: a complaint about one engagement, recorded or edited from the engagement's page in
/// the register's own form (ComplaintForm: received, from whom, summary, the printed and
/// stored acknowledgement, status, handling notes, outcome, settled, the external complaints
/// body). Open it with open() or show().
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a complaintId 0: a new complaint about \a engagementId.
    ComplaintDialog(OpenPractice* practice, qint64 engagementId, qint64 complaintId = 0, QWidget* parent = nullptr);
    ~ComplaintDialog() override;

    ComplaintForm* form() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ComplaintDialog> m_ui;
    QString m_engagementTitle;
};

} // namespace mandaat
