#include "EmergencySheetDialog.h"
#include "ui_EmergencySheetDialog.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/printing/Printing.h"
#include "documents/EmergencySheet.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QStorageInfo>

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
    printing::prepare(*printer, fileTitle(), suggestedFolder());
    // open(), never exec(): a lock closes it (docs/architecture.md, Locking and threads).
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [printer]() { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer]() {
        m_sheet->print(printer);
        showStatus(printing::outcome(*printer));
        Q_EMIT printed(false);
    });
    dialog->open();
}

void EmergencySheetDialog::choosePdf()
{
    const QString name = fileTitle() + QStringLiteral(".pdf");
    auto* dialog = new QFileDialog(this, tr("Save the emergency sheet"), suggestedFolder(), tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, &EmergencySheetDialog::savePdf);
    dialog->open();
}

bool EmergencySheetDialog::savePdf(const QString& path)
{
    Error error;
    if (!m_sheet->writePdf(path, &error)) {
        appearance::makeErrorText(m_ui->statusLabel);
        showStatus(error.message);
        return false;
    }
    m_ui->statusLabel->setPalette(QPalette());
    showStatus(tr("Saved as %1. Print it, then delete the file: whoever has it can open the vault.")
                   .arg(formats::displayPath(path)));
    Q_EMIT printed(true);
    return true;
}

void EmergencySheetDialog::showStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    // The message takes lines of its own: the dialog grows rather than laying it over the key
    // (issue 15).
    if (const int needed = heightForWidth(width()); needed > height()) {
        resize(width(), needed);
    } else if (const int minimum = minimumSizeHint().height(); minimum > height()) {
        resize(width(), minimum);
    }
}

QString EmergencySheetDialog::fileTitle() const
{
    return tr("Emergency sheet %1").arg(QFileInfo(m_displayPath).completeBaseName());
}

QString EmergencySheetDialog::suggestedFolder()
{
    // Not Documents: the sheet says not to keep it on this computer. A removable stick when
    // one is plugged in, else the home folder, where the file is seen and deleted after
    // printing.
    const QList<QStorageInfo> volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo& volume : volumes) {
        const QString root = volume.rootPath();
        if (volume.isValid() && volume.isReady() && !volume.isReadOnly() &&
            (root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/")) ||
             root.startsWith(QLatin1String("/Volumes/")))) {
            return root;
        }
    }
    return QDir::homePath();
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
