#pragma once

#include "common/OpenPractice.h"
#include "domain/Session.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class NoteEditor;
}

namespace mandaat {

/// The note of one session. What is typed is kept as a draft inside the vault within a second
/// (NoteDrafts), and at once when another session is chosen, the vault locks or the window
/// closes: typed text is never lost. The draft becomes the note, and the note's earlier text
/// a version in its history, only when the note is saved.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    /// How long typing may pause before the draft is written.
    static constexpr int DraftDelayMs = 700;

    explicit NoteEditor(QWidget* parent = nullptr);
    ~NoteEditor() override;

    /// nullptr writes the pending draft first, then forgets everything (a lock).
    void setPractice(OpenPractice* practice);
    /// The note of \a sessionId (0: none), after writing the pending draft of the one shown.
    void showSession(qint64 engagementId, qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }

    /// Writes the draft now if typing is pending; false when it could not be written.
    bool flush();
    bool hasPendingDraft() const { return m_pending; }
    /// Saves the text as the note.
    bool saveNote();
    void discardDraft();
    QString text() const;

Q_SIGNALS:
    /// A draft was written or discarded, or a note saved: the session list's marks change.
    void draftsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void textEdited();
    void load();
    void showHistory();
    void updateState();
    void setStatus(const QString& text, bool problem = false);
    QString savedText() const;

    std::unique_ptr<Ui::NoteEditor> m_ui;
    QPointer<OpenPractice> m_practice;
    QTimer m_draftTimer;
    qint64 m_engagementId = 0;
    qint64 m_sessionId = 0;
    std::optional<Note> m_note;
    bool m_hasDraft = false; // a draft is stored for this note
    bool m_pending = false; // typed since the last write
    bool m_loading = false;
    QString m_status;
};

} // namespace mandaat
