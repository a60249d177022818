#include "SessionsPanel.h"
#include "ui_SessionsPanel.h"

#include "common/models/SessionListModel.h"
#include "engagements/SessionForm.h"
#include "engagements/notes/NoteEditor.h"

#include <QEvent>
#include <QHeaderView>

namespace mandaat {

SessionsPanel::SessionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionsPanel>())
    , m_model(new SessionListModel(this))
{
    m_ui->setupUi(this);
    m_ui->sessionsTableView->setModel(m_model);
    m_ui->sessionsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->sessionsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->sessionsTableView->setAccessibleName(tr("Sessions"));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({460, 540});
    m_ui->sessionsTableView->hideColumn(SessionListModel::DurationColumn); // in the form beside it
    connect(m_ui->sessionsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SessionsPanel::currentChanged);
    connect(m_ui->newSessionButton, &QPushButton::clicked, this, [this]() {
        if (leave()) {
            m_reverting = true;
            m_ui->sessionsTableView->clearSelection();
            m_ui->sessionsTableView->setCurrentIndex({});
            m_reverting = false;
            m_ui->sessionForm->showRecord(0);
            m_ui->noteEditor->showSession(m_engagementId, 0);
        }
    });
    connect(m_ui->sessionForm, &RecordForm::saved, this, [this](qint64 id) {
        m_model->reload();
        selectSession(id);
        m_ui->noteEditor->showSession(m_engagementId, id);
    });
    connect(
        m_ui->sessionForm, &RecordForm::removed, this, [this]() { m_ui->noteEditor->showSession(m_engagementId, 0); });
    connect(m_ui->noteEditor, &NoteEditor::draftsChanged, m_model, &SessionListModel::draftsChanged);
}

SessionsPanel::~SessionsPanel() = default;

SessionForm* SessionsPanel::sessionForm() const
{
    return m_ui->sessionForm;
}

NoteEditor* SessionsPanel::noteEditor() const
{
    return m_ui->noteEditor;
}

void SessionsPanel::setPractice(OpenPractice* practice)
{
    m_ui->noteEditor->setPractice(practice); // writes a pending draft first
    m_ui->sessionForm->setPractice(practice);
    m_model->setPractice(practice);
    m_engagementId = 0;
}

void SessionsPanel::showEngagement(qint64 engagementId, EngagementStatus status)
{
    m_ui->noteEditor->showSession(engagementId, 0);
    m_engagementId = engagementId;
    m_ui->sessionForm->setEngagement(engagementId, status);
    m_ui->sessionForm->clear();
    m_model->setEngagement(engagementId);
    m_ui->newSessionButton->setEnabled(engagementId > 0 && status != EngagementStatus::Ended);
    // The latest session is the one a note is most likely written for.
    if (m_model->rowCount() > 0) {
        selectSession(m_model->session(m_model->rowCount() - 1).id);
    }
}

bool SessionsPanel::leave()
{
    m_ui->noteEditor->flush();
    return m_ui->sessionForm->saveIfDirty();
}

void SessionsPanel::flushDrafts()
{
    m_ui->noteEditor->flush();
}

void SessionsPanel::selectSession(qint64 sessionId)
{
    const int row = m_model->rowOf(sessionId);
    if (row >= 0) {
        m_ui->sessionsTableView->selectRow(row);
    }
}

void SessionsPanel::currentChanged()
{
    if (m_reverting) {
        return;
    }
    const QModelIndex current = m_ui->sessionsTableView->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    if (id == m_ui->sessionForm->recordId() && m_ui->sessionForm->isShowing()) {
        return;
    }
    if (!leave()) {
        m_reverting = true;
        selectSession(m_ui->sessionForm->recordId());
        m_reverting = false;
        return;
    }
    if (id > 0) {
        m_ui->sessionForm->showRecord(id);
    } else {
        m_ui->sessionForm->clear();
    }
    m_ui->noteEditor->showSession(m_engagementId, id);
}

void SessionsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->sessionsTableView->setAccessibleName(tr("Sessions"));
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
