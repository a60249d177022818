#include "RecordsPanel.h"

#include "engagements/ConsultationDialog.h"
#include "engagements/ReportDialog.h"
#include "main/Appearance.h"
#include "models/ComplianceRecordListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
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
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_view);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reportButton);
    buttons->addWidget(m_consultationButton);
    buttons->addStretch();
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
    connect(m_reportButton, &QPushButton::clicked, this, &RecordsPanel::recordReport);
    connect(m_consultationButton, &QPushButton::clicked, this, &RecordsPanel::recordConsultation);
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
    m_model->setEngagement(engagementId);
    m_reportButton->setEnabled(engagementId > 0 && !ended);
    m_consultationButton->setEnabled(engagementId > 0);
}

void RecordsPanel::recordReport()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    // open(), never exec(): a lock closes it without a write (DESIGN.md, Locking).
    auto* dialog = new ReportDialog(m_practice, m_engagementId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordsPanel::recordConsultation()
{
    if (!m_practice || m_engagementId <= 0) {
        return;
    }
    auto* dialog = new ConsultationDialog(m_practice, m_engagementId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordsPanel::retranslate()
{
    m_hintLabel->setText(tr("What was recorded for this engagement as evidence: the onboarding's evidence and "
                            "consents, reports to the principal, referrals, supervision, complaints and warnings."));
    m_reportButton->setText(tr("Record a &report to the principal…"));
    m_consultationButton->setText(tr("Record &supervision or a consultation…"));
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
