#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NoteHistoryDialog;
}

namespace mandaat {

class NoteHistoryModel;
class OpenPractice;

/// Every text a note has had, to read; nothing here changes the record.
class NoteHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    NoteHistoryDialog(OpenPractice* practice, qint64 noteId, QWidget* parent = nullptr);
    ~NoteHistoryDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::NoteHistoryDialog> m_ui;
    NoteHistoryModel* m_model = nullptr;
};

} // namespace mandaat
