#pragma once

#include "common/OpenPractice.h"
#include "domain/RecordError.h"
#include "repositories/RecordKind.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace mandaat {

class InlineErrors;

/// The base of the edit forms of the detail panes: one record at a time, edited in place,
/// validated as the user types with core's messages (shown under the fields), saved through
/// the repository with Save (Ctrl+S), undone with Undo changes, removed after a question.
/// The subclass fills its fields, collects them into a domain value and saves it.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(QWidget* parent = nullptr);
    ~RecordForm() override;

    /// The practice to edit; nullptr clears the form (a lock).
    void setPractice(OpenPractice* practice);
    OpenPractice* practice() const { return m_practice; }

    /// Shows the record \a id, or a new one for 0. Unsaved changes are dropped: ask
    /// saveIfDirty() first.
    void showRecord(qint64 id);
    qint64 recordId() const { return m_id; }
    bool isShowing() const { return m_showing; }
    bool isDirty() const { return m_dirty; }

    /// Saves when there are changes; false, with the problems shown, when they could not be.
    bool saveIfDirty();
    bool save();
    void revert();
    /// Shows nothing.
    void clear();

    /// The validation messages shown (for tests).
    InlineErrors& errors() const { return *m_errors; }

Q_SIGNALS:
    /// Another record is shown (0 with isShowing(): a new one; 0 without: none).
    void recordChanged(qint64 id);
    void saved(qint64 id);
    void removed(qint64 id);
    void dirtyChanged(bool dirty);

protected:
    /// The kind of record the form shows: when another window (a wizard, a dialog, another
    /// page) changes the record shown, the form reloads it and keeps the user's unsaved edits
    /// on top (issue 15). Call in the constructor.
    void followChanges(RecordKind kind) { m_kind = kind; }
    /// Wires the form's own buttons and general error label; call after setupUi.
    void setUpButtons(QPushButton* save, QPushButton* revert, QPushButton* remove, QLabel* generalError);
    /// Registers the fields for edits and their messages; call after setupUi.
    void watchFields();

    /// Fills the fields with record \a id (0: a new record with defaults).
    virtual bool load(qint64 id, RecordError* error) = 0;
    virtual void clearFields() = 0;
    /// The issues of the values in the fields now (core's validate()).
    virtual ValidationIssues validateFields() const = 0;
    /// Saves the values in the fields; sets \a id to the record's id.
    virtual bool store(qint64* id, RecordError* error) = 0;
    virtual bool removeRecord(RecordError* error);
    /// The question asked before removing; empty when the record cannot be removed.
    virtual QString removeQuestion() const { return {}; }
    /// Called with the record shown (id 0 for a new one); enable the buttons that need an id.
    virtual void recordShown() { }
    virtual void retranslate() { }

    void changeEvent(QEvent* event) override;
    /// A field changed (by the user or by code in the subclass).
    void edited(QWidget* widget);
    void showError(const QString& message);

    /// Set while the subclass fills the fields, so that filling is no edit.
    bool m_filling = false;

private:
    void changedElsewhere(RecordKind kind, qint64 id);
    void reloadKeepingEdits();
    void setDirty(bool dirty);
    void askRemove();
    void updateButtons();

    QPointer<OpenPractice> m_practice;
    InlineErrors* m_errors = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_generalError = nullptr;
    qint64 m_id = 0;
    bool m_showing = false;
    bool m_dirty = false;
    std::optional<RecordKind> m_kind;
    QMetaObject::Connection m_changes;
    QList<QPointer<QWidget>> m_edited; // the fields the user changed since the record was shown
    bool m_storing = false;
    bool m_reloadPending = false;
};

} // namespace mandaat
