#include "CodesEditor.h"
#include "ui_CodesEditor.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "compliance/CodeCatalogue.h"
#include "domain/Validation.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>

namespace mandaat {

namespace {

QString language()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

} // namespace

CodesEditor::CodesEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CodesEditor>())
    , m_errors(new InlineErrors(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    m_ui->subscribedOnDateEdit->setDate(QDate::currentDate());
    m_ui->tableWidget->setColumnCount(3);
    m_ui->tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_errors->add(QStringLiteral("codeId"), m_ui->codeComboBox);
    m_errors->add(QStringLiteral("version"), m_ui->codeComboBox);
    m_errors->setGeneralLabel(m_ui->generalErrorLabel);
    m_errors->touchAll();
    connect(m_ui->addButton, &QPushButton::clicked, this, &CodesEditor::add);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &CodesEditor::choosePdf);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this]() {
        const int row = m_ui->tableWidget->currentRow();
        if (row < 0 || row >= m_items.size()) {
            return;
        }
        if (m_items.at(row).subscription.id > 0) {
            m_removed.append(m_items.at(row).subscription.id);
        }
        m_items.removeAt(row);
        fillTable();
    });
    retranslate();
}

CodesEditor::~CodesEditor() = default;

void CodesEditor::fillCodes()
{
    const QString current = m_ui->codeComboBox->currentData().toString();
    m_ui->codeComboBox->clear();
    for (const CodeVersion& code : CodeCatalogue::builtIn().codes()) {
        if (code.binding == CodeBinding::Subscription) {
            m_ui->codeComboBox->addItem(tr("%1 (%2)").arg(code.name(language()), code.id), code.id);
        }
    }
    m_ui->codeComboBox->setCurrentIndex(std::max(m_ui->codeComboBox->findData(current), 0));
}

void CodesEditor::load(const Records& records)
{
    m_items.clear();
    for (const CodeSubscription& subscription : records.practice().codeSubscriptions()) {
        m_items.append({subscription, {}});
    }
    m_removed.clear();
    m_added = false;
    setPdf({});
    fillTable();
}

void CodesEditor::setPdf(const QString& path)
{
    m_pdfPath = path;
    m_ui->pdfFileLabel->setText(path.isEmpty() ? tr("none chosen") : QFileInfo(path).fileName());
}

void CodesEditor::choosePdf()
{
    auto* dialog = new QFileDialog(this,
                                   tr("Your copy of the official code"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CodesEditor::setPdf);
    dialog->open();
}

bool CodesEditor::add()
{
    const std::optional<CodeVersion> code = CodeCatalogue::builtIn().code(m_ui->codeComboBox->currentData().toString());
    CodeSubscription subscription;
    subscription.codeId = code ? code->id : QString();
    subscription.version = code ? code->version : QString();
    subscription.subscribedOn = m_ui->subscribedOnDateEdit->date();
    ValidationIssues issues = validate(subscription);
    for (const Item& item : std::as_const(m_items)) {
        if (item.subscription.codeId == subscription.codeId) {
            issues.append({QStringLiteral("codeId"), tr("You already subscribe to %1.").arg(subscription.codeId)});
        }
    }
    if (QWidget* invalid = m_errors->show(issues)) {
        invalid->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_items.append({subscription, m_pdfPath});
    m_added = true;
    setPdf({});
    fillTable();
    return true;
}

bool CodesEditor::apply(Records& records, RecordError* error)
{
    for (const qint64 id : std::as_const(m_removed)) {
        if (!records.practice().removeCodeSubscription(id, error)) {
            return false;
        }
    }
    // On copies: when the transaction is undone, the ids given here do not exist.
    QList<Item> items = m_items;
    for (Item& item : items) {
        if (item.subscription.id != 0) {
            continue;
        }
        if (!item.pdfPath.isEmpty()) {
            QFile file(item.pdfPath);
            if (!file.open(QIODevice::ReadOnly)) {
                setRecordError(
                    error,
                    RecordError::make(
                        RecordError::Kind::Refused,
                        tr("%1 could not be read: %2").arg(QFileInfo(item.pdfPath).fileName(), file.errorString())));
                return false;
            }
            Attachment attachment;
            attachment.fileName = QFileInfo(item.pdfPath).fileName();
            attachment.mimeType = QStringLiteral("application/pdf");
            attachment.description = tr("Official text of %1").arg(item.subscription.codeId);
            attachment.content = file.readAll();
            if (!records.attachments().add(attachment, error)) {
                return false;
            }
            item.subscription.attachmentId = attachment.id;
        }
        if (!records.practice().saveCodeSubscription(item.subscription, error)) {
            return false;
        }
    }
    return true;
}

void CodesEditor::fillTable()
{
    QTableWidget* table = m_ui->tableWidget;
    table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const Item& item = m_items.at(row);
        const QString pdf = !item.pdfPath.isEmpty() ? QFileInfo(item.pdfPath).fileName()
            : item.subscription.attachmentId > 0    ? tr("attached")
                                                    : tr("not attached yet");
        const QStringList cells = {item.subscription.codeId, formats::shortDate(item.subscription.subscribedOn), pdf};
        for (int column = 0; column < cells.size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_ui->removeButton->setEnabled(!m_items.isEmpty());
}

void CodesEditor::retranslate()
{
    m_ui->hintLabel->setText(tr("The codes you work under. Attach your own copy of each code's official text: "
                                "Mandaat hands it to the parties and never ships the text itself."));
    m_ui->addLabel->setText(tr("Add a code:"));
    m_ui->tableWidget->setHorizontalHeaderLabels({tr("Code"), tr("Subscribed on"), tr("Official text")});
    m_ui->tableWidget->setAccessibleName(tr("Codes"));
    fillCodes();
    setPdf(m_pdfPath);
    fillTable();
}

void CodesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
