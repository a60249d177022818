#pragma once

#include <QWidget>

class QSplitter;

namespace mandaat {

class OpenPractice;
class RecordForm;
class RecordListPane;
class RecordTableModel;

/// A list on the left and the chosen record's details on the right (docs/journey.md, the main
/// window). Choosing another record first saves the changes of the one shown; when they cannot
/// be saved (a field is wrong) the choice is undone and the problems stay in view.
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    /// \a detail is the right half, which holds \a form (the form itself when null).
    RecordPage(RecordTableModel* model, RecordForm* form, QWidget* detail = nullptr, QWidget* parent = nullptr);
    ~RecordPage() override;

    void setTexts(const QString& newText, const QString& listName);
    RecordListPane* list() const { return m_list; }
    RecordForm* form() const { return m_form; }

    /// Shows the record \a id, or a new one for 0, after saving the one shown.
    bool showRecord(qint64 id);
    /// False when the record shown has changes that cannot be saved.
    bool leave();

private:
    void currentChanged(qint64 id);
    void focusFirstField();

    RecordListPane* m_list = nullptr;
    RecordForm* m_form = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_reverting = false;
};

} // namespace mandaat
