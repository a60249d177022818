#include "AttachmentsPanel.h"
#include "ui_AttachmentsPanel.h"

#include "common/Appearance.h"
#include "common/AttachmentFolder.h"
#include "common/Formats.h"
#include "common/models/AttachmentListModel.h"
#include "domain/Validation.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace mandaat {

AttachmentsPanel::AttachmentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttachmentsPanel>())
    , m_model(new AttachmentListModel(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    appearance::makeErrorText(m_ui->errorLabel);
    m_ui->errorLabel->setWordWrap(true);
    m_ui->errorLabel->hide();
    m_ui->attachmentsTableView->setModel(m_model);
    m_ui->attachmentsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->attachmentsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->attachmentsTableView->setAccessibleName(tr("Attached files"));
    connect(m_ui->addButton, &QPushButton::clicked, this, &AttachmentsPanel::chooseFile);
    connect(m_ui->viewButton, &QPushButton::clicked, this, &AttachmentsPanel::viewCurrent);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeCurrent);
    connect(m_ui->attachmentsTableView, &QTableView::activated, this, &AttachmentsPanel::viewCurrent);
    connect(m_ui->attachmentsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &AttachmentsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsPanel::updateButtons);
    updateButtons();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::setPractice(OpenPractice* practice)
{
    m_practice = practice;
    m_model->setPractice(practice);
    m_engagementId = 0;
    showError({});
    updateButtons();
}

void AttachmentsPanel::showEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    m_model->setEngagement(engagementId);
    showError({});
    updateButtons();
}

qint64 AttachmentsPanel::currentId() const
{
    const QModelIndex current = m_ui->attachmentsTableView->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void AttachmentsPanel::updateButtons()
{
    const bool open = m_practice != nullptr;
    m_ui->addButton->setEnabled(open);
    m_ui->viewButton->setEnabled(open && currentId() > 0);
    m_ui->removeButton->setEnabled(open && currentId() > 0);
}

void AttachmentsPanel::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void AttachmentsPanel::chooseFile()
{
    auto* dialog = new QFileDialog(
        this, tr("Add a file to the vault"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AttachmentsPanel::addFile);
    dialog->open();
}

bool AttachmentsPanel::addFile(const QString& path)
{
    if (!m_practice) {
        return false;
    }
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > Attachment::MaxBytes) {
        showError(tr("%1 is %2; a file in the vault can be at most %3.")
                      .arg(info.fileName(), formats::size(info.size()), formats::size(Attachment::MaxBytes)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    Attachment attachment;
    attachment.engagementId = m_engagementId;
    attachment.fileName = info.fileName();
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    attachment.content = file.readAll();
    RecordError error;
    if (!m_practice->records().attachments().add(attachment, &error)) {
        showError(error.message);
        return false;
    }
    showError({});
    Q_EMIT added(attachment.id);
    return true;
}

void AttachmentsPanel::viewCurrent()
{
    const qint64 id = currentId();
    if (!m_practice || id == 0) {
        return;
    }
    const QString name = m_model->attachment(m_model->rowOf(id)).fileName;
    auto* box = new QMessageBox(
        QMessageBox::Warning,
        tr("View outside Mandaat"),
        tr("To show %1, Mandaat writes an unencrypted copy of it to a private folder on this computer, %2. "
           "The folder is emptied when the vault locks and when Mandaat quits, but the program that shows the "
           "file may keep copies of its own (recent files, thumbnails).")
            .arg(name, formats::displayPath(AttachmentFolder::baseFolder())),
        QMessageBox::NoButton,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* view = box->addButton(tr("&View"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, view, id]() {
        // Closed by a lock: the practice is gone and nothing is written.
        if (box->clickedButton() != view || !m_practice) {
            return;
        }
        RecordError error;
        const std::optional<Attachment> attachment = m_practice->records().attachments().attachment(id, &error);
        if (!attachment) {
            showError(error.message);
            return;
        }
        QString problem;
        showError(m_practice->attachmentFolder().view(*attachment, &problem) ? QString() : problem);
    });
    box->open();
}

void AttachmentsPanel::removeCurrent()
{
    const qint64 id = currentId();
    if (!m_practice || id == 0) {
        return;
    }
    const QString name = m_model->attachment(m_model->rowOf(id)).fileName;
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Remove a file"),
                                tr("Remove %1 from the vault? This cannot be undone.").arg(name),
                                QMessageBox::NoButton,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id]() {
        if (box->clickedButton() != remove || !m_practice) {
            return;
        }
        RecordError error;
        showError(m_practice->records().attachments().remove(id, &error) ? QString() : error.message);
    });
    box->open();
}

void AttachmentsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->attachmentsTableView->setAccessibleName(tr("Attached files"));
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
