#include "wizards/termination/LetterPage.h"

#include "common/Formats.h"
#include "domain/DisplayNames.h"
#include "ui_LetterPage.h"
#include "util/OutputFile.h"
#include "wizards/termination/TerminationWizard.h"

#include <QFile>
#include <QFileDialog>

namespace mandaat {

LetterPage::LetterPage(TerminationWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::LetterPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("Termination letter"));
    setSubTitle(tr("The letter is stored in the vault with the end of the engagement."));
    for (const Language language : {Language::Dutch, Language::English}) {
        m_ui->languageComboBox->addItem(displayName(language), static_cast<int>(language));
    }
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->plan().language = static_cast<Language>(m_ui->languageComboBox->currentData().toInt());
    });
    connect(m_ui->saveCopyPushButton, &QPushButton::clicked, this, &LetterPage::savePreview);
}

LetterPage::~LetterPage() = default;

void LetterPage::initializePage()
{
    m_wizard->ensureRetention();
    const TerminationPlan& plan = m_wizard->plan();
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(static_cast<int>(plan.language)));
    QString summary = tr("The letter tells the client that the engagement ends on %1 (%2), and until when the "
                         "records are kept.")
                          .arg(formats::longDate(plan.endDate), plan.reason ? displayName(*plan.reason) : QString());
    if (plan.reason == EndReason::ConflictOfInterest) {
        summary += QLatin1Char('\n') + tr("A handover letter proposes %1 as successor.").arg(plan.successor);
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

bool LetterPage::validatePage()
{
    Error error;
    bool ok = m_wizard->renderLetter(&error).has_value();
    if (ok && m_wizard->plan().reason == EndReason::ConflictOfInterest) {
        ok = m_wizard->renderHandover(&error).has_value();
    }
    m_ui->messageLabel->setText(error.message);
    m_ui->messageLabel->setVisible(!ok);
    return ok;
}

void LetterPage::savePreview()
{
    auto* dialog = new QFileDialog(this, tr("Save a preview of the letter"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->open();
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        Error error;
        const auto pdf = m_wizard->renderLetter(&error);
        // The dialog asked before replacing a file; never a vault or a folder, owner-only.
        Error writeError;
        if (pdf && !OutputFile::writeAll(path, *pdf, OutputFile::Existing::Replace, &writeError)) {
            error.message = tr("The preview could not be saved: %1").arg(writeError.message);
        }
        m_ui->messageLabel->setText(error.message);
        m_ui->messageLabel->setVisible(!error.message.isEmpty());
    });
}

} // namespace mandaat
