#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mandaat {

class ComplianceRecordListModel;
class OpenPractice;

/// The engagement's records of evidence (consents, reports, referrals, consultations,
/// complaints, warnings, evidence of the articles), and the two records made during the work:
/// a report to the principal (CMI-8) and supervision or a consultation (MW-4.3). A plain list
/// and two buttons, laid out in code.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ComplianceRecordListModel* m_model = nullptr;
    QPointer<OpenPractice> m_practice;
    qint64 m_engagementId = 0;
    QLabel* m_hintLabel = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_reportButton = nullptr;
    QPushButton* m_consultationButton = nullptr;
};

} // namespace mandaat
