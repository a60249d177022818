#include "NoteHistoryDialog.h"
#include "ui_NoteHistoryDialog.h"

#include "common/models/NoteHistoryModel.h"

#include <QEvent>
#include <QHeaderView>

namespace mandaat {

NoteHistoryDialog::NoteHistoryDialog(OpenPractice* practice, qint64 noteId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoteHistoryDialog>())
    , m_model(new NoteHistoryModel(this))
{
    m_ui->setupUi(this);
    m_model->setPractice(practice);
    m_model->setNote(noteId);
    m_ui->versionsTableView->setModel(m_model);
    m_ui->versionsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->versionsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->versionsTableView->setAccessibleName(tr("Versions"));
    m_ui->textPlainTextEdit->setAccessibleName(tr("Text of the chosen version"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->versionsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) {
                m_ui->textPlainTextEdit->setPlainText(current.data(NoteHistoryModel::TextRole).toString());
            });
    if (m_model->rowCount() > 0) {
        m_ui->versionsTableView->selectRow(m_model->rowCount() - 1);
    }
}

NoteHistoryDialog::~NoteHistoryDialog() = default;

void NoteHistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
