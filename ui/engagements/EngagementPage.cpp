#include "EngagementPage.h"

#include "complaints/ComplaintDialog.h"
#include "compliance/EvidenceFiling.h"
#include "engagements/SuspensionDialog.h"
#include "engagements/WarningDialog.h"
#include "exchange/ExportDialog.h"
#include "ui_EngagementPage.h"
#include "wizards/onboarding/OnboardingWizard.h"
#include "wizards/termination/TerminationWizard.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "compliance/TermsAmendment.h"
#include "domain/DisplayNames.h"
#include "domain/EngagementLifecycle.h"
#include "engagements/EngagementTermsForm.h"
#include "engagements/RecordsPanel.h"
#include "engagements/SessionsPanel.h"
#include "engagements/attachments/AttachmentsPanel.h"
#include "lifecycle/Suspensions.h"
#include "repositories/EngagementRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QMenu>
#include <QScrollArea>

namespace mandaat {

EngagementPage::EngagementPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EngagementPage>())
    , m_terms(new EngagementTermsForm)
    , m_sessions(new SessionsPanel)
    , m_records(new RecordsPanel)
    , m_attachments(new AttachmentsPanel)
    , m_statusMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeErrorText(m_ui->errorLabel);
    m_ui->errorLabel->setWordWrap(true);
    m_ui->errorLabel->hide();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_terms);
    m_ui->tabWidget->addTab(scroll, QString());
    m_ui->tabWidget->addTab(m_sessions, QString());
    m_ui->tabWidget->addTab(m_records, QString());
    m_ui->tabWidget->addTab(m_attachments, QString());
    m_ui->statusToolButton->setMenu(m_statusMenu);
    connect(m_statusMenu, &QMenu::aboutToShow, this, &EngagementPage::fillStatusMenu);
    connect(m_ui->exportToolButton, &QToolButton::clicked, this, &EngagementPage::exportEngagement);
    connect(m_terms, &RecordForm::recordChanged, this, &EngagementPage::recordChanged);
    connect(m_terms, &RecordForm::saved, this, &EngagementPage::recordChanged);
    connect(m_ui->partiesLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
        if (link.startsWith(QLatin1String("client:"))) {
            Q_EMIT clientActivated(id);
        } else {
            Q_EMIT principalActivated(id);
        }
    });
    changeEvent(std::make_unique<QEvent>(QEvent::LanguageChange).get());
    recordChanged(0);
}

EngagementPage::~EngagementPage() = default;

void EngagementPage::setPractice(OpenPractice* practice)
{
    m_practice = practice;
    m_sessions->setPractice(practice);
    m_records->setPractice(practice);
    m_attachments->setPractice(practice);
    m_terms->setPractice(practice);
}

void EngagementPage::showTab(Tab tab)
{
    m_ui->tabWidget->setCurrentIndex(tab);
}

EngagementPage::Tab EngagementPage::currentTab() const
{
    return static_cast<Tab>(m_ui->tabWidget->currentIndex());
}

bool EngagementPage::leave()
{
    return m_sessions->leave();
}

void EngagementPage::flushDrafts()
{
    m_sessions->flushDrafts();
}

void EngagementPage::exportEngagement()
{
    const qint64 id = m_terms->isShowing() ? m_terms->recordId() : 0;
    if (!m_practice || id <= 0 || !m_terms->saveIfDirty()) {
        return;
    }
    ExportDialog::openFor(*m_practice, ExportScope::engagement(id), this);
}

void EngagementPage::recordChanged(qint64 id)
{
    m_ui->errorLabel->hide();
    const bool existing = id > 0 && m_practice;
    m_sessions->showEngagement(existing ? id : 0, m_terms->engagement().status);
    m_attachments->showEngagement(existing ? id : -1);
    m_records->showEngagement(existing ? id : 0, m_terms->engagement().status == EngagementStatus::Ended);
    for (int tab : {SessionsTab, RecordsTab, AttachmentsTab}) {
        m_ui->tabWidget->setTabEnabled(tab, existing);
    }
    if (!existing) {
        showTab(TermsTab);
    }
    updateHeader();
}

void EngagementPage::updateHeader()
{
    const bool existing = m_terms->isShowing() && m_terms->recordId() > 0 && m_practice;
    m_ui->statusToolButton->setEnabled(existing);
    m_ui->exportToolButton->setEnabled(existing);
    m_ui->statusLabel->setVisible(existing);
    if (!existing) {
        m_ui->titleLabel->setText(m_terms->isShowing() ? tr("New engagement") : tr("No engagement chosen"));
        m_ui->partiesLabel->clear();
        return;
    }
    const std::optional<EngagementSummary> summary = m_practice->listing().engagement(m_terms->recordId());
    if (!summary) {
        return;
    }
    m_ui->titleLabel->setText(summary->title);
    QString parties = tr("Client: %1")
                          .arg(QStringLiteral("<a href=\"client:%1\">%2</a>")
                                   .arg(summary->clientId)
                                   .arg(summary->clientName.toHtmlEscaped()));
    if (summary->principalId > 0) {
        parties += QStringLiteral(" · ") +
            tr("Principal: %1")
                .arg(QStringLiteral("<a href=\"principal:%1\">%2</a>")
                         .arg(summary->principalId)
                         .arg(summary->principalName.toHtmlEscaped()));
    }
    m_ui->partiesLabel->setText(parties);
    QString status = displayName(summary->status);
    if (summary->status == EngagementStatus::Active) {
        if (const std::optional<Suspension> suspension =
                Suspensions::on(m_practice->records(), summary->id, QDate::currentDate())) {
            status = suspension->resumeOn.isValid()
                ? tr("%1, suspended since %2 until %3")
                      .arg(
                          status, formats::shortDate(suspension->suspendedOn), formats::shortDate(suspension->resumeOn))
                : tr("%1, suspended since %2").arg(status, formats::shortDate(suspension->suspendedOn));
        }
    }
    m_ui->statusLabel->setText(tr("Status: %1").arg(status));
}

void EngagementPage::fillStatusMenu()
{
    m_statusMenu->clear();
    const Engagement& engagement = m_terms->engagement();
    const EngagementStatus from = engagement.status;
    const qint64 id = engagement.id;
    const bool running = from == EngagementStatus::Active || from == EngagementStatus::Ending;
    // Before the start, the onboarding wizard does what the code demands (issue 5); an
    // active engagement ends through the termination wizard (issue 6), never in one click.
    if (m_practice && id > 0 && (from == EngagementStatus::Draft || from == EngagementStatus::Onboarding)) {
        m_statusMenu->addAction(tr("Continue &onboarding…"), this, [this, id]() {
            auto* wizard = new OnboardingWizard(*m_practice, id, this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            connect(wizard, &QDialog::finished, this, [this, id]() { recordChanged(id); });
            wizard->open();
        });
    }
    // CMI-5: amended terms need a new version of the confirmation, issued and accepted.
    const std::optional<TermsAmendment::State> amendment =
        m_practice && id > 0 && running ? TermsAmendment::lastAmendment(m_practice->records(), id) : std::nullopt;
    if (amendment && amendment->isOpen()) {
        m_statusMenu->addAction(tr("Issue the amended &confirmation…"), this, [this, id]() {
            auto* wizard = new OnboardingWizard(*m_practice, id, this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            connect(wizard, &QDialog::finished, this, [this, id]() { recordChanged(id); });
            wizard->open();
        });
    }
    if (m_practice && id > 0 && running) {
        m_statusMenu->addAction(tr("&End engagement…"), this, [this, id]() {
            auto* wizard = new TerminationWizard(m_practice->records(), id, this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            connect(wizard, &QDialog::finished, this, [this, id]() { recordChanged(id); });
            // "Export the engagement afterwards": once the wizard has closed.
            connect(
                wizard,
                &TerminationWizard::exportRequested,
                this,
                [this](qint64 engagementId) {
                    if (m_practice) {
                        ExportDialog::openFor(*m_practice, ExportScope::engagement(engagementId), this);
                    }
                },
                Qt::QueuedConnection);
            wizard->open();
        });
        // Where a code of the engagement asks for a warning before ending early (CMI-12), not
        // under MW or ICF alone.
        if (!EvidenceFiling::articlesNaming(
                 m_practice->records(), id, QStringLiteral("early-end-warning"), QDate::currentDate())
                 .isEmpty()) {
            m_statusMenu->addAction(tr("Issue a written &warning…"), this, [this, id]() {
                auto* dialog = new WarningDialog(m_practice->records(), id, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
        }
        // ICF-3.3, ICF-4.2: paused and resumed, where a code of the engagement provides for it.
        if (from == EngagementStatus::Active &&
            Suspensions::providedFor(m_practice->records(), id, QDate::currentDate())) {
            const bool suspended = Suspensions::on(m_practice->records(), id, QDate::currentDate()).has_value();
            m_statusMenu->addAction(
                suspended ? tr("&Resume the engagement…") : tr("&Suspend the engagement…"), this, [this, id]() {
                    auto* dialog = new SuspensionDialog(m_practice, id, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &QDialog::accepted, this, [this, id]() { recordChanged(id); });
                    dialog->open();
                });
        }
    }
    if (m_practice && id > 0 && from != EngagementStatus::Draft) {
        m_statusMenu->addAction(tr("Record a &complaint…"), this, [this, id]() {
            auto* dialog = new ComplaintDialog(m_practice, id, 0, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    if (!m_statusMenu->isEmpty()) {
        m_statusMenu->addSeparator();
    }
    for (const EngagementStatus to : EngagementLifecycle::nextStatuses(from)) {
        if (to == EngagementStatus::Ended) {
            if (running) {
                continue; // through the termination wizard above
            }
            QMenu* reasons = m_statusMenu->addMenu(tr("End it now"));
            for (const EndReason reason : EngagementLifecycle::endReasonsFrom(from)) {
                reasons->addAction(displayName(reason), this, [this, reason]() {
                    transition(static_cast<int>(EngagementStatus::Ended), static_cast<int>(reason));
                });
            }
            continue;
        }
        m_statusMenu->addAction(
            tr("Move to “%1”").arg(displayName(to)), this, [this, to]() { transition(static_cast<int>(to), -1); });
    }
    if (m_statusMenu->isEmpty()) {
        m_statusMenu->addAction(tr("No further step"))->setEnabled(false);
    }
}

void EngagementPage::transition(int to, int reason)
{
    if (!m_practice || !m_terms->saveIfDirty()) {
        return;
    }
    const std::optional<EndReason> endReason =
        reason >= 0 ? std::optional<EndReason>(static_cast<EndReason>(reason)) : std::nullopt;
    RecordError error;
    // Dated today; the compliance rules (the transition guard) may refuse the step.
    if (!m_practice->records().engagements().transition(
            m_terms->recordId(), static_cast<EngagementStatus>(to), QDate::currentDate(), endReason, {}, &error)) {
        m_ui->errorLabel->setText(error.message);
        m_ui->errorLabel->show();
        return;
    }
    m_terms->showRecord(m_terms->recordId());
}

void EngagementPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->tabWidget->setTabText(TermsTab, tr("&Terms"));
        m_ui->tabWidget->setTabText(SessionsTab, tr("Sessions and &notes"));
        m_ui->tabWidget->setTabText(RecordsTab, tr("&Records"));
        m_ui->tabWidget->setTabText(AttachmentsTab, tr("Fi&les"));
        updateHeader();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
