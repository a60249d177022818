#include "EmergencySheetDialog.h"
#include "ui_EmergencySheetDialog.h"

#include "documents/EmergencySheet.h"
#include "main/Appearance.h"
#include "main/Formats.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace mandaat {

EmergencySheetDialog::EmergencySheetDialog(const Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EmergencySheetDialog>())
    , m_sheet(std::make_unique<EmergencySheet>(
          formats::displayPath(vault.path()), vault.key(), vault.salt(), QDate::currentDate()))
    , m_displayPath(formats::displayPath(vault.path()))
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_ui->keyValueLabel->setFont(mono);
    m_ui->keyValueLabel->setText(EmergencySheet::groupedKey(vault.key()));
    m_ui->vaultValueLabel->setText(m_displayPath);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->printButton, &QPushButton::clicked, this, &EmergencySheetDialog::print);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &EmergencySheetDialog::choosePdf);
    retranslate();
}

EmergencySheetDialog::~EmergencySheetDialog()
{
    m_ui->keyValueLabel->clear();
}

void EmergencySheetDialog::retranslate()
{
    m_ui->keyValueLabel->setAccessibleName(tr("Emergency key"));
}

void EmergencySheetDialog::print()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(m_sheet->title());
    // open(), never exec(): a lock closes it (DESIGN.md, Locking).
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [printer]() { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer]() {
        m_sheet->print(printer);
        m_ui->statusLabel->setText(tr("Sent to the printer."));
    });
    dialog->open();
}

void EmergencySheetDialog::choosePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Emergency sheet %1.pdf").arg(QFileInfo(m_displayPath).completeBaseName());
    auto* dialog = new QFileDialog(this, tr("Save the emergency sheet"), folder, tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, &EmergencySheetDialog::savePdf);
    dialog->open();
}

bool EmergencySheetDialog::savePdf(const QString& path)
{
    QString error;
    if (!m_sheet->writePdf(path, &error)) {
        appearance::makeErrorText(m_ui->statusLabel);
        m_ui->statusLabel->setText(error);
        return false;
    }
    m_ui->statusLabel->setPalette(QPalette());
    m_ui->statusLabel->setText(tr("Saved as %1. Print it, then delete the file: whoever has it can open the vault.")
                                   .arg(formats::displayPath(path)));
    return true;
}

void EmergencySheetDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
