#include "complaints/ComplaintDialog.h"
#include "ui_ComplaintDialog.h"

#include "common/OpenPractice.h"
#include "complaints/ComplaintForm.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QEvent>

namespace mandaat {

ComplaintDialog::ComplaintDialog(OpenPractice* practice, qint64 engagementId, qint64 complaintId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComplaintDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (practice) {
        if (const auto engagement = practice->records().engagements().engagement(engagementId)) {
            m_engagementTitle = engagement->title;
        }
    }
    ComplaintForm* complaint = form();
    complaint->fixEngagement(engagementId);
    complaint->setPractice(practice);
    if (complaintId > 0) {
        complaint->showRecord(complaintId);
    } else {
        complaint->newComplaintFor(engagementId);
    }
    retranslate();
}

ComplaintDialog::~ComplaintDialog() = default;

ComplaintForm* ComplaintDialog::form() const
{
    return m_ui->complaintForm;
}

void ComplaintDialog::retranslate()
{
    if (!m_engagementTitle.isEmpty()) {
        setWindowTitle(tr("Complaint: %1").arg(m_engagementTitle));
    }
}

void ComplaintDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
