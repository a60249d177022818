#pragma once

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace mandaat {

class ComplianceRecordListModel;
class OpenPractice;

/// The engagement's records of evidence (consents, reports, referrals, consultations,
/// complaints, warnings, evidence of the articles), and the records made during the work: the
/// client's consent and its withdrawal, a report to the principal checked against it (CMI-8),
/// a referral (CMI-11), supervision or a consultation (MW-4.3), a disclosure (ICF-2.3) and the
/// tools used with the client's data (ICF-2.5). A plain list and its buttons, laid out in code.
class RecordsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPanel(QWidget* parent = nullptr);
    ~RecordsPanel() override;

    void setPractice(OpenPractice* practice);
    void showEngagement(qint64 engagementId, bool ended);
    ComplianceRecordListModel* model() const { return m_model; }
    void recordReport();
    void recordConsultation();
    void recordConsent();
    /// Opens the consent selected in the list, to record its withdrawal (CMI-8).
    void withdrawConsent();
    void recordReferral();
    void recordDisclosure();
    /// ICF-2.5: a tool of the register used with this client's data, and each party's agreement.
    void recordToolUse();
    void openRecord(const QModelIndex& index);
    QTableView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    qint64 selectedConsent() const;
    void openDialog(QDialog* dialog);

    ComplianceRecordListModel* m_model = nullptr;
    QPointer<OpenPractice> m_practice;
    qint64 m_engagementId = 0;
    QLabel* m_hintLabel = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_reportButton = nullptr;
    QPushButton* m_consultationButton = nullptr;
    QPushButton* m_consentButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QPushButton* m_referralButton = nullptr;
    QPushButton* m_disclosureButton = nullptr;
    QPushButton* m_toolsButton = nullptr;
    bool m_ended = false;
};

} // namespace mandaat
