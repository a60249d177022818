#include "ConfirmationPage.h"
#include "ui_ConfirmationPage.h"

#include "common/printing/Printing.h"
#include "compliance/TermsAmendment.h"
#include "documents/LetterDocument.h"
#include "documents/LetterService.h"
#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "lifecycle/ConfirmationRecords.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "util/OutputFile.h"
#include "wizards/onboarding/EmailAcceptanceDialog.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStandardPaths>

#include <algorithm>

namespace mandaat {

namespace {

/// The first digits of the letter's SHA-256: enough to tell its versions apart.
QString shortHash(const IssuedLetter& letter)
{
    return letter.sha256.left(12);
}

} // namespace

ConfirmationPage::ConfirmationPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::ConfirmationPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Confirmation"));
    setSubTitle(tr("The written agreement: issue it, have it signed, and attach the signed copy. The engagement "
                   "becomes active once every party accepted it and nothing that blocks is open."));
    setFinalPage(true);
    m_ui->lettersTreeWidget->setAccessibleName(tr("Issued versions"));
    m_ui->lettersTreeWidget->setHeaderLabels({tr("Issued"), tr("Language"), tr("SHA-256"), tr("Accepted")});
    // Below the preview and the side column, as wide as the page: the short columns as wide as
    // their contents, the acceptance in the rest (whole in its tool tip); no sideways scrolling.
    QHeaderView* header = m_ui->lettersTreeWidget->header();
    header->setStretchLastSection(true);
    for (int column = 0; column < m_ui->lettersTreeWidget->columnCount() - 1; ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    for (const Language language : allValues<Language>()) {
        m_ui->letterLanguageComboBox->addItem(displayName(language), toId(language));
    }
    connect(m_ui->letterLanguageComboBox, &QComboBox::activated, this, &ConfirmationPage::languageChosen);
    connect(m_ui->issuePushButton, &QPushButton::clicked, this, &ConfirmationPage::issueAndSave);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, [this]() {
        if (!m_printer) {
            m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        }
        // Without a printer the dialog prints to a file: it proposes one, with a name.
        printing::prepare(
            *m_printer, tr("Confirmation"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        auto* dialog = new QPrintDialog(m_printer.get(), this);
        dialog->setObjectName(QStringLiteral("printDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this]() { printTo(m_printer.get()); });
        dialog->open();
    });
    connect(m_ui->attachSignedPushButton, &QPushButton::clicked, this, &ConfirmationPage::chooseSignedCopy);
    connect(m_ui->acceptedByEmailPushButton, &QPushButton::clicked, this, &ConfirmationPage::acceptedByEmail);
    connect(m_ui->activatePushButton, &QPushButton::clicked, this, &ConfirmationPage::tryActivate);
}

ConfirmationPage::~ConfirmationPage() = default;

QStringList ConfirmationPage::ruleIds() const
{
    return {QStringLiteral("confirmation-states-code"),
            QStringLiteral("confirmation-accepted"),
            QStringLiteral("no-admission-clause")};
}

bool ConfirmationPage::isDone() const
{
    return onboarding()->engagement().activatedOn.isValid();
}

bool ConfirmationPage::isComplete() const
{
    return onboarding() && isDone();
}

bool ConfirmationPage::save(QString*)
{
    // Everything on this page is saved as it is done.
    return true;
}

void ConfirmationPage::load()
{
    const Engagement& e = onboarding()->engagement();
    m_ui->letterLanguageComboBox->setCurrentIndex(m_ui->letterLanguageComboBox->findData(toId(e.letterLanguage)));
    m_refusal.clear();
    if (!m_preview) {
        // A printer of the paper's own size: the preview shows the pages as they print.
        m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_previewPrinter->setFullPage(true);
        m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), form());
        m_preview->setObjectName(QStringLiteral("letterPreviewWidget"));
        m_preview->setAccessibleName(tr("Preview of the confirmation"));
        m_preview->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
        // It scrolls on its own: as tall as the page leaves, not as tall as it would like (its
        // height hint made the whole page scroll and pushed the versions out of view).
        m_preview->setSizePolicy(m_preview->sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
        m_preview->setMinimumHeight(fontMetrics().height() * 10);
        m_ui->previewLayout->addWidget(m_preview, 1);
        connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
            if (m_letter) {
                Error error;
                m_letter->print(printer, &error);
            }
        });
    }
    updatePreview();
    showLetters();
    updateState();
}

void ConfirmationPage::updatePreview()
{
    Error error;
    m_letter = records() ? LetterService::confirmationDocument(
                               *records(), onboarding()->engagementId(), std::nullopt, onboarding()->today(), &error)
                         : nullptr;
    m_ui->missingLabel->setText(error.message);
    m_ui->missingLabel->setVisible(!m_letter);
    m_preview->setVisible(m_letter != nullptr);
    if (m_letter) {
        m_preview->fitToWidth();
        m_preview->updatePreview();
    }
}

void ConfirmationPage::showLetters()
{
    m_ui->lettersTreeWidget->clear();
    for (const IssuedLetter& letter : onboarding()->letters()) {
        const QString accepted = letter.isAccepted()
            ? tr("%1, %2").arg(displayDate(letter.acceptedOn),
                               letter.acceptanceChannel == Channel::Email ? tr("by e-mail") : tr("signed copy"))
            : tr("not yet");
        const QDateTime issuedAt = letter.issuedAt.toLocalTime();
        auto* item = new QTreeWidgetItem(
            m_ui->lettersTreeWidget,
            {QStringLiteral("%1 %2").arg(displayDate(issuedAt.date()),
                                         QLocale().toString(issuedAt.time(), QStringLiteral("HH:mm"))),
             displayName(letter.language),
             shortHash(letter) + QStringLiteral("…"),
             accepted});
        item->setToolTip(0, QLocale().toString(issuedAt, QLocale::LongFormat));
        item->setToolTip(2, letter.sha256);
        item->setToolTip(3, accepted);
    }
}

void ConfirmationPage::updateState()
{
    const OnboardingWizard& w = *onboarding();
    const Engagement& e = w.engagement();
    const bool onboardingNow = e.status == EngagementStatus::Onboarding;
    const bool issued = !w.letters().isEmpty();
    // CMI-5: after an amendment of the terms, a running engagement's new version is issued and
    // accepted here too.
    const bool running = e.status == EngagementStatus::Active || e.status == EngagementStatus::Ending;
    TermsAmendment::State amendment;
    bool amending = false;
    if (running && records()) {
        if (const std::optional<TermsAmendment::State> last = TermsAmendment::lastAmendment(*records(), e.id)) {
            amendment = *last;
            amending = last->isOpen();
        }
    }
    m_ui->issuePushButton->setEnabled(m_letter != nullptr && (onboardingNow || amending));
    m_ui->printPushButton->setEnabled(m_letter != nullptr);
    m_ui->acceptanceGroupBox->setEnabled(issued && (onboardingNow || amending));
    m_ui->activatePushButton->setEnabled(onboardingNow);
    m_ui->letterLanguageComboBox->setEnabled(onboardingNow);
    // Accepted on or after the day the latest version was issued, and not in the future.
    const QDate issuedOn = issued ? w.letters().first().issuedAt.toLocalTime().date() : w.today();
    const QDate chosen = m_ui->acceptedOnDateEdit->date();
    m_ui->acceptedOnDateEdit->setDateRange(std::min(issuedOn, w.today()), w.today());
    m_ui->acceptedOnDateEdit->setDate(chosen.isValid() && chosen >= issuedOn && chosen <= w.today() ? chosen
                                                                                                    : w.today());

    if (e.activatedOn.isValid()) {
        QString status =
            tr("The engagement is %1, since %2.").arg(displayName(e.status).toLower(), displayDate(e.activatedOn));
        if (amending) {
            status += QLatin1Char(' ') +
                (amendment.reissued
                     ? tr("The terms were amended on %1: record the acceptance of the new version by every party.")
                     : tr("The terms were amended on %1: issue the new version of the confirmation."))
                    .arg(displayDate(amendment.amendedOn));
        }
        m_ui->statusLabel->setText(status);
        m_ui->blockersLabel->clear();
        m_ui->blockersLabel->hide();
        return;
    }
    m_ui->statusLabel->setText(!issued ? tr("The engagement is onboarding. Issue the confirmation and send it to "
                                            "the parties to sign.")
                                       : tr("The engagement is onboarding until every party accepted the "
                                            "confirmation."));
    // Which obligations still block the activation, and why (the same as the guard refuses with).
    QString open;
    if (w.compliance()) {
        const QList<ArticleCompliance> blockers = w.compliance()->blockers(ComplianceGate::Activation);
        if (!blockers.isEmpty()) {
            open =
                tr("Open before the engagement can become active:\n%1").arg(EngagementCompliance::describe(blockers));
        }
    }
    const QString text = m_refusal.isEmpty() ? open : m_refusal;
    m_ui->blockersLabel->setText(text);
    m_ui->blockersLabel->setVisible(!text.isEmpty());
}

void ConfirmationPage::languageChosen()
{
    if (!records()) {
        return;
    }
    Engagement e = onboarding()->engagement();
    e.letterLanguage =
        fromId<Language>(m_ui->letterLanguageComboBox->currentData().toString()).value_or(e.letterLanguage);
    RecordError error;
    if (!records()->engagements().save(e, &error)) {
        showMessage(error.message);
        return;
    }
    onboarding()->refresh();
    updatePreview();
}

void ConfirmationPage::issueAndSave()
{
    if (!records()) {
        return;
    }
    Error error;
    const std::optional<LetterService::Issued> issued = ConfirmationRecords::issue(
        *records(), onboarding()->engagementId(), std::nullopt, onboarding()->today(), &error);
    if (!issued) {
        showMessage(error.message);
        return;
    }
    // The hash's first digits tell the versions apart; the whole hash is in the tool tip.
    showMessage(tr("The confirmation was issued and kept in the vault (SHA-256 %1…).").arg(shortHash(issued->letter)),
                false,
                issued->letter.sha256);
    onboarding()->refresh();
    showLetters();
    updateState();

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Confirmation %1.pdf").arg(onboarding()->engagement().title).remove(QLatin1Char('/'));
    auto* dialog = new QFileDialog(this, tr("Save the confirmation as PDF"), folder, tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("savePdfFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(name);
    const QByteArray pdf = issued->pdf;
    const qint64 letterId = issued->letter.id;
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf, letterId](const QString& path) {
        savePdf(path, pdf, letterId);
    });
    dialog->open();
}

void ConfirmationPage::savePdf(const QString& path, const QByteArray& pdf, qint64 letterId)
{
    if (!records()) {
        return;
    }
    // The user asked for this plaintext copy; it is written whole or not at all.
    // The dialog asked before replacing a file; never a vault or a folder, owner-only.
    Error error;
    if (!OutputFile::writeAll(path, pdf, OutputFile::Existing::Replace, &error)) {
        showMessage(error.message);
        return;
    }
    for (const IssuedLetter& letter : onboarding()->letters()) {
        if (letter.id == letterId) {
            ConfirmationRecords::recordUse(*records(), letter, QStringLiteral("letter.saved"), nullptr);
        }
    }
    showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
}

bool ConfirmationPage::printTo(QPrinter* printer)
{
    if (!records() || !m_letter) {
        return false;
    }
    Error error;
    if (onboarding()->letters().isEmpty()) {
        if (!ConfirmationRecords::issue(
                *records(), onboarding()->engagementId(), std::nullopt, onboarding()->today(), &error)) {
            showMessage(error.message);
            return false;
        }
        onboarding()->refresh();
        showLetters();
        updateState();
    }
    printer->setFullPage(true);
    printer->setDocName(tr("Confirmation"));
    if (!m_letter->print(printer, &error)) {
        showMessage(error.message);
        return false;
    }
    ConfirmationRecords::recordUse(
        *records(), onboarding()->letters().first(), QStringLiteral("letter.printed"), nullptr);
    showMessage(printing::outcome(*printer), false);
    return true;
}

void ConfirmationPage::chooseSignedCopy()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this,
                                   tr("Attach the signed confirmation"),
                                   folder,
                                   tr("Signed copies (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    dialog->setObjectName(QStringLiteral("signedCopyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ConfirmationPage::attachSignedCopy);
    dialog->open();
}

void ConfirmationPage::attachSignedCopy(const QString& path)
{
    if (!records() || onboarding()->letters().isEmpty()) {
        return;
    }
    Error error;
    const std::optional<Attachment> copy = ConfirmationRecords::signedCopyFrom(path, &error);
    if (!copy) {
        showMessage(error.message);
        return;
    }
    if (!ConfirmationRecords::accept(*records(),
                                     onboarding()->letters().first(),
                                     m_ui->acceptedOnDateEdit->date(),
                                     Channel::Letter,
                                     &*copy,
                                     onboarding()->parties(),
                                     &error)) {
        showMessage(error.message);
        return;
    }
    showMessage(tr("The signed copy is attached to the confirmation."), false);
    onboarding()->refresh();
    showLetters();
    tryActivate();
}

void ConfirmationPage::acceptedByEmail()
{
    if (!records() || onboarding()->letters().isEmpty()) {
        return;
    }
    // Which version, and which parties: asked, never assumed (CMI-5).
    const Engagement& engagement = onboarding()->engagement();
    QStringList names;
    for (const Party party : onboarding()->parties()) {
        if (party == Party::Client) {
            names << records()->clients().client(engagement.clientId).value_or(Client()).name;
        } else if (party == Party::Principal) {
            names << records()->principals().principal(engagement.principalId).value_or(Principal()).organisation;
        } else {
            names << QString();
        }
    }
    const QDate acceptedOn = m_ui->acceptedOnDateEdit->date();
    // open(), never exec(): a lock closes it (docs/architecture.md, Locking and threads).
    auto* dialog = new EmailAcceptanceDialog(onboarding()->letters(), onboarding()->parties(), names, acceptedOn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, acceptedOn]() {
        if (!records()) {
            return;
        }
        Error error;
        if (!ConfirmationRecords::accept(
                *records(), dialog->letter(), acceptedOn, Channel::Email, nullptr, dialog->parties(), &error)) {
            showMessage(error.message);
            return;
        }
        showMessage(tr("The acceptance by e-mail is recorded."), false);
        onboarding()->refresh();
        showLetters();
        tryActivate();
    });
    dialog->open();
}

void ConfirmationPage::tryActivate()
{
    if (!records() || onboarding()->engagement().status != EngagementStatus::Onboarding) {
        return;
    }
    onboarding()->refresh();
    m_refusal.clear();
    // The rules decide (ComplianceGuard), as for `mandaat-cli accept`; the refusal says which
    // obligations block and why.
    Error error;
    if (!ConfirmationRecords::activate(*records(), onboarding()->engagementId(), onboarding()->today(), &error)) {
        m_refusal = error.message;
    }
    onboarding()->refresh();
    showLetters();
    updateState();
    // Also in the message line, which stays in view wherever the page is scrolled.
    if (!m_refusal.isEmpty()) {
        showMessage(m_refusal);
    } else if (onboarding()->engagement().status == EngagementStatus::Active) {
        showMessage(tr("The engagement is active."), false);
    }
    Q_EMIT completeChanged();
}

} // namespace mandaat
