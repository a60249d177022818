#include "wizards/termination/TerminationWizard.h"

#include "compliance/ComplianceEngine.h"
#include "domain/EngagementLifecycle.h"
#include "lifecycle/Termination.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "wizards/termination/ExportPage.h"
#include "wizards/termination/FinalReportPage.h"
#include "wizards/termination/LetterPage.h"
#include "wizards/termination/ReasonPage.h"
#include "wizards/termination/RetentionPage.h"

#include <QLabel>

namespace mandaat {

TerminationWizard::TerminationWizard(Records& records, qint64 engagementId, QWidget* parent)
    : QWizard(parent)
    , m_records(records)
    , m_today(QDate::currentDate())
    , m_engine(std::make_unique<ComplianceEngine>(records))
{
    m_engine->setClock([this] { return m_today; });
    if (const auto engagement = records.engagements().engagement(engagementId)) {
        m_engagement = *engagement;
    }
    m_plan.language = m_engagement.letterLanguage;
    setWindowTitle(tr("End engagement: %1").arg(m_engagement.title));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setPage(ReasonPageId, new ReasonPage(this));
    setPage(FinalReportPageId, new FinalReportPage(this));
    setPage(LetterPageId, new LetterPage(this));
    setPage(RetentionPageId, new RetentionPage(this));
    setPage(ExportPageId, new ExportPage(this));
    setMinimumSize(640, 520);
    connect(&records.compliance(), &ComplianceRecords::recordsChanged, this, [this](qint64 id) {
        if (id == m_engagement.id) {
            Q_EMIT recordsChanged();
        }
    });
}

TerminationWizard::~TerminationWizard() = default;

void TerminationWizard::setToday(QDate today)
{
    m_today = today;
    Q_EMIT recordsChanged();
}

QList<EndReason> TerminationWizard::reasons() const
{
    // An active engagement ends through ending, with the reasons that fit there and its codes know.
    return Termination::reasonsFor(m_records, m_engagement, m_today);
}

QDate TerminationWizard::interruptionDate() const
{
    QDate last = m_engagement.activatedOn;
    for (const Session& session : m_records.sessions().sessions(m_engagement.id)) {
        const QDate on = session.startsAt.toLocalTime().date();
        if (on <= m_today && (!last.isValid() || on > last)) {
            last = on;
        }
    }
    return endedByInterruptionOn(last); // CMI-10: more than six calendar months
}

QString TerminationWizard::endingRefusal() const
{
    // Nothing to say before a reason and a date are chosen.
    if (!m_plan.reason || !m_plan.endDate.isValid()) {
        return {};
    }
    Error refusal;
    Termination::check(m_records, m_engagement.id, m_plan, &refusal);
    return refusal.message;
}

void TerminationWizard::ensureRetention()
{
    if (m_retentionFrom == m_plan.endDate && m_plan.dossierUntil.isValid()) {
        return;
    }
    Termination::setPolicyRetention(m_records, m_plan);
    m_retentionFrom = m_plan.endDate;
}

std::optional<QByteArray> TerminationWizard::renderLetter(Error* error) const
{
    return Termination::renderLetter(m_records, m_engagement.id, m_plan, error);
}

std::optional<QByteArray> TerminationWizard::renderHandover(Error* error) const
{
    return Termination::renderHandover(m_records, m_engagement.id, m_plan, error);
}

void TerminationWizard::accept()
{
    Error error;
    if (!commit(&error)) {
        showMessage(error.message);
        return;
    }
    Q_EMIT ended(m_engagement.id);
    if (m_plan.exportAfterwards) {
        Q_EMIT exportRequested(m_engagement.id);
    }
    QWizard::accept();
}

void TerminationWizard::showMessage(const QString& text)
{
    if (auto* label = currentPage() ? currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel")) : nullptr) {
        label->setText(text);
        label->setVisible(true);
    }
}

bool TerminationWizard::commit(Error* error)
{
    // The same records as `mandaat-cli end`, in one transaction.
    return Termination::end(m_records, m_engagement.id, m_plan, error);
}

} // namespace mandaat
