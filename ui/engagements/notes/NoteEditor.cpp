#include "NoteEditor.h"
#include "ui_NoteEditor.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "engagements/notes/NoteHistoryDialog.h"
#include "repositories/NoteDrafts.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

#include <QEvent>
#include <QShortcut>

namespace mandaat {

NoteEditor::NoteEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NoteEditor>())
{
    m_ui->setupUi(this);
    m_ui->notePlainTextEdit->setAccessibleName(tr("Note"));
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_ui->notePlainTextEdit, &QPlainTextEdit::textChanged, this, &NoteEditor::textEdited);
    connect(m_ui->saveNoteButton, &QPushButton::clicked, this, &NoteEditor::saveNote);
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, &NoteEditor::discardDraft);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &NoteEditor::showHistory);
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &NoteEditor::saveNote);
    updateState();
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::setPractice(OpenPractice* practice)
{
    flush();
    m_practice = practice;
    m_engagementId = 0;
    m_sessionId = 0;
    load();
}

void NoteEditor::showSession(qint64 engagementId, qint64 sessionId)
{
    if (engagementId == m_engagementId && sessionId == m_sessionId) {
        return;
    }
    flush();
    m_engagementId = engagementId;
    m_sessionId = sessionId;
    load();
}

QString NoteEditor::text() const
{
    return m_ui->notePlainTextEdit->toPlainText();
}

QString NoteEditor::savedText() const
{
    return m_note ? m_note->text : QString();
}

void NoteEditor::load()
{
    m_draftTimer.stop();
    m_pending = false;
    m_note.reset();
    m_hasDraft = false;
    QString text;
    m_status.clear();
    if (m_practice && m_sessionId > 0) {
        RecordError error;
        m_note = m_practice->records().sessions().noteForSession(m_sessionId, &error);
        const std::optional<NoteDraft> draft = m_practice->drafts().draft(m_engagementId, m_sessionId, 0, &error);
        if (error.kind != RecordError::Kind::None) {
            m_status = error.message;
        }
        text = savedText();
        if (draft) {
            m_hasDraft = true;
            text = draft->text;
            m_status = tr("An unsaved draft of %1: save it as the note, or discard it.")
                           .arg(formats::dateTime(draft->savedAt));
        } else if (m_note) {
            m_status = m_note->editedAt.isValid() ? tr("Saved %1.").arg(formats::dateTime(m_note->editedAt))
                                                  : tr("Saved %1.").arg(formats::dateTime(m_note->createdAt));
        }
    }
    m_loading = true;
    m_ui->notePlainTextEdit->setPlainText(text);
    m_loading = false;
    setStatus(m_status);
    updateState();
}

void NoteEditor::textEdited()
{
    if (m_loading || !m_practice || m_sessionId == 0) {
        return;
    }
    m_pending = true;
    m_draftTimer.start();
    updateState();
}

bool NoteEditor::flush()
{
    m_draftTimer.stop();
    if (!m_pending || !m_practice || m_sessionId == 0) {
        return true;
    }
    NoteDraft draft;
    draft.engagementId = m_engagementId;
    draft.sessionId = m_sessionId;
    // The same text as the note is no draft.
    draft.text = text() == savedText() ? QString() : text();
    RecordError error;
    if (!m_practice->drafts().save(draft, &error)) {
        setStatus(tr("The draft could not be kept: %1").arg(error.message), true);
        return false;
    }
    m_pending = false;
    m_hasDraft = !draft.text.isEmpty();
    setStatus(m_hasDraft
                  ? tr("Draft kept in the vault at %1; not saved as the note yet.").arg(formats::time(draft.savedAt))
                  : QString());
    updateState();
    Q_EMIT draftsChanged();
    return true;
}

bool NoteEditor::saveNote()
{
    if (!m_practice || m_sessionId == 0) {
        return false;
    }
    m_draftTimer.stop();
    Note note = m_note.value_or(Note());
    note.engagementId = m_engagementId;
    note.sessionId = m_sessionId;
    note.text = text();
    RecordError error;
    if (!m_practice->records().sessions().saveNote(note, &error)) {
        // The text stays, as a draft.
        flush();
        setStatus(error.message, true);
        return false;
    }
    m_practice->drafts().discard(m_engagementId, m_sessionId, 0, &error);
    m_note = note;
    m_pending = false;
    m_hasDraft = false;
    setStatus(tr("Saved %1.").arg(formats::dateTime(note.editedAt.isValid() ? note.editedAt : note.createdAt)));
    updateState();
    Q_EMIT draftsChanged();
    return true;
}

void NoteEditor::discardDraft()
{
    if (!m_practice || m_sessionId == 0) {
        return;
    }
    m_draftTimer.stop();
    RecordError error;
    if (!m_practice->drafts().discard(m_engagementId, m_sessionId, 0, &error)) {
        setStatus(error.message, true);
        return;
    }
    m_pending = false;
    load();
    Q_EMIT draftsChanged();
}

void NoteEditor::showHistory()
{
    if (!m_practice || !m_note) {
        return;
    }
    // open(), never exec(): a lock closes it (docs/architecture.md, Locking and threads).
    auto* dialog = new NoteHistoryDialog(m_practice, m_note->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NoteEditor::updateState()
{
    const bool session = m_practice && m_sessionId > 0;
    m_ui->notePlainTextEdit->setEnabled(session);
    m_ui->notePlainTextEdit->setPlaceholderText(session ? tr("What happened in this session; kept as you type.")
                                                        : tr("Choose or save a session to write its note."));
    const bool changed = session && (m_hasDraft || m_pending || (!m_note && !text().isEmpty()));
    m_ui->saveNoteButton->setEnabled(changed);
    m_ui->discardDraftButton->setEnabled(session && (m_hasDraft || m_pending));
    m_ui->historyButton->setEnabled(session && m_note.has_value());
}

void NoteEditor::setStatus(const QString& text, bool problem)
{
    m_status = text;
    m_ui->statusLabel->setText(text);
    if (problem) {
        appearance::makeErrorText(m_ui->statusLabel);
    } else {
        m_ui->statusLabel->setPalette(QPalette());
        appearance::makeSecondary(m_ui->statusLabel);
    }
}

void NoteEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->notePlainTextEdit->setAccessibleName(tr("Note"));
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
