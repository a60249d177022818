#pragma once

#include "domain/EngagementStatus.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class SessionsPanel;
}

namespace mandaat {

class NoteEditor;
class OpenPractice;
class SessionForm;
class SessionListModel;

/// An engagement's sessions as a timeline, the chosen session's details and its note.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPanel(QWidget* parent = nullptr);
    ~SessionsPanel() override;

    void setPractice(OpenPractice* practice);
    void showEngagement(qint64 engagementId, EngagementStatus status);
    /// Writes the note's pending draft and saves the session form's changes if it can.
    bool leave();
    /// Writes the note's pending draft (a lock, a quit).
    void flushDrafts();

    SessionForm* sessionForm() const;
    NoteEditor* noteEditor() const;
    SessionListModel* model() const { return m_model; }
    void selectSession(qint64 sessionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void currentChanged();

    std::unique_ptr<Ui::SessionsPanel> m_ui;
    SessionListModel* m_model = nullptr;
    qint64 m_engagementId = 0;
    bool m_reverting = false;
};

} // namespace mandaat
