#include "RecordsPanel.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/models/ComplianceRecordListModel.h"
#include "engagements/ConsentDialog.h"
#include "engagements/ConsultationDialog.h"
#include "engagements/DisclosureDialog.h"
#include "engagements/ReferralDialog.h"
#include "engagements/ReportDialog.h"
#include "engagements/ToolUseDialog.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mandaat {

RecordsPanel::RecordsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ComplianceRecordListModel(this))
    , m_hintLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_reportButton(new QPushButton(this))
    , m_consultationButton(new QPushButton(this))
    , m_consentButton(new QPushButton(this))
    , m_withdrawButton(new QPushButton(this))
    , m_referralButton(new QPushButton(this))
    , m_disclosureButton(new QPushButton(this))
    , m_toolsButton(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_view);
    // CMI-8 on the first row (consent, its withdrawal, reports), the rest on the second.
    auto* buttons = new QGridLayout;
    // Two columns: three made the engagement page wider than the window (issue 15).
    buttons->addWidget(m_consentButton, 0, 0);
    buttons->addWidget(m_withdrawButton, 0, 1);
    buttons->addWidget(m_reportButton, 1, 0);
    buttons->addWidget(m_referralButton, 1, 1);
    buttons->addWidget(m_consultationButton, 2, 0);
    buttons->addWidget(m_disclosureButton, 2, 1);
    buttons->addWidget(m_toolsButton, 3, 0);
    buttons->setColumnStretch(3, 1);
    layout->addLayout(buttons);
    m_hintLabel->setWordWrap(true);
    appearance::makeSecondary(m_hintLabel);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_consultationButton->setObjectName(QStringLiteral("consultationButton"));
    m_consentButton->setObjectName(QStringLiteral("consentButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_referralButton->setObjectName(QStringLiteral("referralButton"));
    m_disclosureButton->setObjectName(QStringLiteral("disclosureButton"));
    m_toolsButton->setObjectName(QStringLiteral("toolsButton"));
    connect(m_reportButton, &QPushButton::clicked, this, &RecordsPanel::recordReport);
    connect(m_consultationButton, &QPushButton::clicked, this, &RecordsPanel::recordConsultation);
    connect(m_consentButton, &QPushButton::clicked, this, &RecordsPanel::recordConsent);
    connect(m_withdrawButton, &QPushButton::clicked, this, &RecordsPanel::withdrawConsent);
    connect(m_referralButton, &QPushButton::clicked, this, &RecordsPanel::recordReferral);
    connect(m_disclosureButton, &QPushButton::clicked, this, &RecordsPanel::recordDisclosure);
    connect(m_toolsButton, &QPushButton::clicked, this, &RecordsPanel::recordToolUse);
    // Double-click or Return on a referral, a disclosure or a tool opens it, to complete it later:
    // the benefit disclosed to the client (ICF-3.8), the client told of a disclosure (ICF-2.3), a
    // party's agreement to a tool (ICF-2.5).
    connect(m_view, &QAbstractItemView::activated, this, &RecordsPanel::openRecord);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPanel::updateButtons);
    updateButtons();
    retranslate();
}

RecordsPanel::~RecordsPanel() = default;

void RecordsPanel::setPractice(OpenPractice* practice)
{
    m_practice = practice;
    m_model->setPractice(practice);
    m_engagementId = 0;
}

void RecordsPanel::showEngagement(qint64 engagementId, bool ended)
{
    m_engagementId = engagementId;
    m_ended = ended;
    m_model->setEngagement(engagementId);
    updateButtons();
}

void RecordsPanel::updateButtons()
{
    const bool shown = m_engagementId > 0;
    m_reportButton->setEnabled(shown && !m_ended);
    m_consultationButton->setEnabled(shown);
    m_consentButton->setEnabled(shown && !m_ended);
    m_referralButton->setEnabled(shown && !m_ended);
    m_disclosureButton->setEnabled(shown); // a court order may come after the end
    m_toolsButton->setEnabled(shown && !m_ended);
    m_withdrawButton->setEnabled(shown && selectedConsent() > 0);
}

// The consent selected in the list, when it is still in force: 0 otherwise.
qint64 RecordsPanel::selectedConsent() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!m_practice || !current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()) ||
        m_model->typeAt(current.row()) != ComplianceRecordListModel::RecordType::Consent) {
        return 0;
    }
    const qint64 id = m_model->recordIdAt(current.row());
    const std::optional<Consent> consent = m_practice->records().compliance().consent(id);
    return consent && !consent->withdrawnOn.isValid() ? id : 0;
}

void RecordsPanel::openDialog(QDialog* dialog)
{
    // open(), never exec(): a lock closes it without a write (docs/architecture.md, Locking and threads).
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordsPanel::recordReport()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    openDialog(new ReportDialog(m_practice, m_engagementId, this));
}

void RecordsPanel::recordConsultation()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    openDialog(new ConsultationDialog(m_practice, m_engagementId, this));
}

void RecordsPanel::recordConsent()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    openDialog(new ConsentDialog(m_practice, m_engagementId, 0, this));
}

void RecordsPanel::withdrawConsent()
{
    const qint64 consentId = selectedConsent();
    if (!m_practice || m_engagementId <= 0 || consentId <= 0) {
        return;
    }
    openDialog(new ConsentDialog(m_practice, m_engagementId, consentId, this));
}

void RecordsPanel::recordReferral()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    openDialog(new ReferralDialog(m_practice, m_engagementId, 0, this));
}

void RecordsPanel::recordDisclosure()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    openDialog(new DisclosureDialog(m_practice, m_engagementId, 0, this));
}

void RecordsPanel::recordToolUse()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    openDialog(new ToolUseDialog(m_practice, m_engagementId, 0, this));
}

void RecordsPanel::openRecord(const QModelIndex& index)
{
    if (!m_practice || m_engagementId <= 0 || !index.isValid()) {
        return;
    }
    const qint64 id = m_model->recordIdAt(index.row());
    switch (m_model->typeAt(index.row())) {
    case ComplianceRecordListModel::RecordType::Referral:
        openDialog(new ReferralDialog(m_practice, m_engagementId, id, this));
        break;
    case ComplianceRecordListModel::RecordType::Disclosure:
        openDialog(new DisclosureDialog(m_practice, m_engagementId, id, this));
        break;
    case ComplianceRecordListModel::RecordType::ToolUse:
        openDialog(new ToolUseDialog(m_practice, m_engagementId, id, this));
        break;
    default:
        break;
    }
}

void RecordsPanel::retranslate()
{
    m_hintLabel->setText(tr("What was recorded for this engagement as evidence: the onboarding's evidence and "
                            "consents, reports to the principal, referrals, supervision, complaints, warnings, "
                            "disclosures under an exception to confidentiality and the tools used with the client's "
                            "data. Select a consent to withdraw it; double-click a referral, a disclosure or a tool "
                            "to complete it."));
    m_reportButton->setText(tr("Record a &report to the principal…"));
    m_consultationButton->setText(tr("Record &supervision or a consultation…"));
    m_consentButton->setText(tr("Record a &consent…"));
    m_withdrawButton->setText(tr("&Withdraw the consent…"));
    m_referralButton->setText(tr("Record a referr&al…"));
    m_disclosureButton->setText(tr("Record a &disclosure…"));
    m_toolsButton->setText(tr("&Tools used with this client's data…"));
    m_view->setAccessibleName(tr("Records of the engagement"));
}

void RecordsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
