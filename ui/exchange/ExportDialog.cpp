#include "exchange/ExportDialog.h"
#include "ui_ExportDialog.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/VaultJob.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStandardPaths>

namespace mandaat {

/// One run of the job: made on this thread, run on the worker, collected back here.
struct ExportDialog::Run
{
    std::unique_ptr<ExportJob> job;
    ExportResult result;
};

ExportDialog::ExportDialog(OpenPractice& practice, const ExportScope& scope, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_practice(&practice)
    , m_scope(scope)
{
    m_ui->setupUi(this);
    appearance::makeErrorText(m_ui->errorLabel);
    appearance::makeErrorText(m_ui->plaintextWarningLabel);
    appearance::makeSecondary(m_ui->toolsLabel);
    m_exportButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_ui->progressBar->setRange(0, ExportJob::ProgressSteps);
    m_ui->progressBar->setValue(0);

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    m_ui->destinationLineEdit->setText(
        QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName(scope, QDate::currentDate()))));

    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Cancel), &QPushButton::clicked, this, [this]() {
        if (isRunning()) {
            cancel();
        } else {
            reject();
        }
    });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_ui->encryptRadioButton, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_ui->plaintextCheckBox, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->repeatLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->destinationLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    showError(QString());
    retranslate();
    m_ui->passwordLineEdit->setFocus();
    resize(620, sizeHint().height());
    fitHeight();
}

ExportDialog::~ExportDialog()
{
    stopWorker();
}

ExportDialog* ExportDialog::openFor(OpenPractice& practice, const ExportScope& scope, QWidget* parent)
{
    auto* dialog = new ExportDialog(practice, scope, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ExportDialog::defaultFileName(const ExportScope& scope, QDate today)
{
    const QString date = today.toString(Qt::ISODate);
    switch (scope.kind) {
    case ExportScope::Kind::Engagement:
        return tr("mandaat-export-engagement-%1-%2.zip").arg(scope.id).arg(date);
    case ExportScope::Kind::Client:
        return tr("mandaat-export-client-%1-%2.zip").arg(scope.id).arg(date);
    case ExportScope::Kind::Practice:
        break;
    }
    return tr("mandaat-export-practice-%1.zip").arg(date);
}

QString ExportDialog::outputPath() const
{
    QString path = m_ui->destinationLineEdit->text().trimmed();
    if (path.isEmpty()) {
        return path;
    }
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        path = QDir::homePath() + path.mid(1);
    }
    path = QDir::fromNativeSeparators(path);
    if (QFileInfo(path).suffix().isEmpty() && !path.endsWith(QLatin1Char('/'))) {
        path += QStringLiteral(".zip");
    }
    return QDir::cleanPath(path);
}

void ExportDialog::setOutputPath(const QString& path)
{
    m_ui->destinationLineEdit->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_exportButton->setText(tr("&Export"));
    m_ui->toolsLabel->setText(ExportJob::openingToolsText());
    m_ui->plaintextWarningLabel->setText(ExportJob::plaintextWarning());
    QString scopeText;
    switch (m_scope.kind) {
    case ExportScope::Kind::Engagement: {
        setWindowTitle(tr("Export the engagement"));
        const std::optional<EngagementSummary> engagement =
            m_practice ? m_practice->listing().engagement(m_scope.id) : std::nullopt;
        scopeText = engagement
            ? tr("The engagement \u201c%1\u201d of %2: its parties and terms, the compliance status per article "
                 "with its evidence, the sessions and notes, letters, consents, complaints and files.")
                  .arg(engagement->title, engagement->clientName)
            : QString();
        break;
    }
    case ExportScope::Kind::Client: {
        setWindowTitle(tr("Everything about this person"));
        const std::optional<ClientSummary> client =
            m_practice ? m_practice->listing().client(m_scope.id) : std::nullopt;
        scopeText = client ? tr("Everything recorded about %1, across %n engagement(s), for their right of access "
                                "and to data portability (GDPR art. 15 and 20).",
                                nullptr,
                                client->engagementCount)
                                 .arg(client->name)
                           : QString();
        break;
    }
    case ExportScope::Kind::Practice:
        setWindowTitle(tr("Export the whole practice"));
        scopeText = tr("The whole practice: every client, principal and engagement, with all their records and files.");
        break;
    }
    m_ui->scopeLabel->setText(scopeText);
    updateState();
}

QString ExportDialog::validationProblem() const
{
    if (m_ui->destinationLineEdit->text().trimmed().isEmpty()) {
        return tr("Choose where to save the export.");
    }
    if (m_ui->encryptRadioButton->isChecked()) {
        if (m_ui->passwordLineEdit->text().isEmpty()) {
            return tr("Type a password for the archive, twice.");
        }
        if (m_ui->repeatLineEdit->text() != m_ui->passwordLineEdit->text()) {
            return tr("The two passwords differ.");
        }
    } else if (!m_ui->plaintextCheckBox->isChecked()) {
        return tr("An export without encryption needs your confirmation.");
    }
    return {};
}

void ExportDialog::updateStrength()
{
    const QString password = m_ui->passwordLineEdit->text();
    const QString repeat = m_ui->repeatLineEdit->text();
    QString text;
    bool problem = false;
    if (password.isEmpty()) {
        text = tr("Give the password to the recipient separately: by phone, or in person, never in the e-mail "
                  "that carries the file.");
    } else if (!repeat.isEmpty() && repeat != password) {
        text = tr("The two passwords differ.");
        problem = true;
    } else if (password.size() < 10) {
        text = tr("Weak: use at least 10 characters, or a few words.");
        problem = true;
    } else if (password.size() < 16) {
        text = tr("Fair. A few words together are longer and still easy to pass on.");
    } else {
        text = tr("Strong.");
    }
    m_ui->strengthLabel->setText(text);
    if (problem) {
        appearance::makeErrorText(m_ui->strengthLabel);
    } else {
        appearance::makeSecondary(m_ui->strengthLabel);
    }
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    const bool encrypted = m_ui->encryptRadioButton->isChecked();
    m_ui->passwordWidget->setVisible(encrypted);
    m_ui->toolsLabel->setVisible(encrypted);
    m_ui->plaintextWarningLabel->setVisible(!encrypted);
    m_ui->plaintextCheckBox->setVisible(!encrypted);
    if (encrypted && m_ui->plaintextCheckBox->isChecked()) {
        // The confirmation is given for one choice of plaintext, not kept for a later one.
        const QSignalBlocker blocker(m_ui->plaintextCheckBox);
        m_ui->plaintextCheckBox->setChecked(false);
    }
    m_ui->protectionGroupBox->setEnabled(!running);
    m_ui->destinationLineEdit->setEnabled(!running);
    m_ui->chooseButton->setEnabled(!running);
    m_ui->progressBar->setVisible(running || m_ui->progressBar->value() > 0);
    m_ui->statusLabel->setVisible(!m_ui->statusLabel->text().isEmpty());
    m_exportButton->setEnabled(!running && validationProblem().isEmpty());
    m_exportButton->setToolTip(running ? QString() : validationProblem());
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(running ? tr("&Cancel the export") : m_result.ok() ? tr("&Close") : tr("&Cancel"));
    cancel->setEnabled(!running || !m_cancelRequested);
    updateStrength();
    fitHeightIfChanged();
}

void ExportDialog::fitHeightIfChanged()
{
    // A row shown or hidden, or a result or error of another length: the window's height
    // follows, or the rows above are squeezed over each other (issue 15).
    const QString shown = QStringLiteral("%1%2%3%4|%5|%6")
                              .arg(int(m_ui->encryptRadioButton->isChecked()))
                              .arg(int(m_ui->progressBar->isVisibleTo(this)))
                              .arg(int(m_ui->statusLabel->isVisibleTo(this)))
                              .arg(int(m_ui->errorLabel->isVisibleTo(this)))
                              .arg(m_ui->statusLabel->text(), m_ui->errorLabel->text());
    if (shown != m_fittedFor) {
        m_fittedFor = shown;
        fitHeight();
    }
}

void ExportDialog::fitHeight()
{
    // Rows shown or hidden: no empty band, and nothing squeezed.
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    resize(width(), std::max(height, minimumSizeHint().height()));
    // The layout's estimate for texts that wrap inside the nested form falls short by a line
    // or two: grown until every such text has the lines it needs.
    for (int round = 0; round < 4; ++round) {
        layout()->activate();
        int missing = 0;
        for (const QLabel* label : findChildren<QLabel*>()) {
            if (label->isVisibleTo(this) && label->wordWrap() && !label->text().isEmpty()) {
                missing = std::max(missing, label->heightForWidth(label->width()) - label->height());
            }
        }
        if (missing <= 0) {
            break;
        }
        resize(width(), this->height() + missing);
    }
}

void ExportDialog::chooseDestination()
{
    auto* dialog = new QFileDialog(this, tr("Save the export"), outputPath(), tr("ZIP archives (*.zip)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        // The file dialog asked before it let an existing file be chosen.
        m_overwriteConfirmed = QFileInfo::exists(file) ? QDir::cleanPath(file) : QString();
        setOutputPath(file);
    });
    dialog->open();
}

void ExportDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
    fitHeightIfChanged();
}

void ExportDialog::start()
{
    if (isRunning() || !m_practice) {
        return;
    }
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    ExportOptions options;
    options.scope = m_scope;
    options.outputPath = outputPath();
    options.plaintext = !m_ui->encryptRadioButton->isChecked();
    options.password = options.plaintext ? QString() : m_ui->passwordLineEdit->text();
    options.overwrite = !m_overwriteConfirmed.isEmpty() && m_overwriteConfirmed == options.outputPath;
    showError(QString());
    m_result = ExportResult();
    m_cancelRequested = false;

    auto run = std::make_shared<Run>();
    run->job = std::make_unique<ExportJob>(options);
    // The job stays on this thread as an object; run() works on the worker, and its progress
    // reaches this dialog queued.
    connect(run->job.get(), &ExportJob::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    m_run = run;
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(tr("Exporting… The file appears only when it is complete."));
    Q_EMIT jobStarted(run->job.get());
    // Its own read-only connection, opened and closed on the worker by the VaultJob.
    m_worker = new VaultJob(this);
    m_worker->setObjectName(QStringLiteral("exportJob"));
    connect(m_worker, &VaultJob::finished, this, [this, run]() { finish(run); });
    m_worker->start(
        m_practice->vault().path(),
        m_practice->vault().key(),
        Vault::Access::ReadOnly,
        [run](Vault& vault, Progress& progress) { run->result = run->job->run(vault, &progress); },
        [run](const VaultError& error) {
            run->result.status = error.isCancelled() ? ExportResult::Status::Cancelled : ExportResult::Status::Failed;
            run->result.error = error;
        });
    updateState();
}

void ExportDialog::cancel()
{
    if (!m_run || !m_run->job) {
        return;
    }
    m_cancelRequested = true;
    m_worker->cancel();
    m_ui->statusLabel->setText(tr("Cancelling…"));
    updateState();
}

void ExportDialog::stopWorker()
{
    if (!m_worker) {
        return;
    }
    // The job checks for the cancel between records and while it writes; the VaultJob's copy of
    // the key was wiped when its connection opened, and that connection closes before this returns.
    delete m_worker; // cancels and waits
    m_worker = nullptr;
    const std::shared_ptr<Run> run = std::exchange(m_run, nullptr);
    run->job.reset();
    m_result = run->result;
    if (m_result.ok() && m_practice) {
        // It ended before it saw the cancel: the file is there, and the log says so.
        Error error;
        ExportJob::recordExport(m_practice->vault(), m_practice->records(), m_result, &error);
    }
}

void ExportDialog::finish(const std::shared_ptr<Run>& run)
{
    if (run != m_run || !m_worker) {
        return; // stopped meanwhile: stopWorker() cleaned up
    }
    m_worker->deleteLater();
    m_worker = nullptr;
    m_run.reset();
    run->job.reset();
    m_result = run->result;
    m_cancelRequested = false;
    switch (m_result.status) {
    case ExportResult::Status::Cancelled:
        m_ui->progressBar->setValue(0);
        m_ui->statusLabel->setText(tr("The export was cancelled; nothing was written."));
        break;
    case ExportResult::Status::Failed:
        m_ui->progressBar->setValue(0);
        m_ui->statusLabel->clear();
        showError(tr("Nothing was written. %1").arg(m_result.error.message));
        break;
    case ExportResult::Status::Done: {
        const QString counts = tr("%n engagement(s)", nullptr, m_result.engagements);
        const QString notes = tr("%n note(s)", nullptr, m_result.notes);
        const QString files = tr("%n file(s)", nullptr, m_result.attachments);
        const QString path = QDir::toNativeSeparators(m_result.path);
        m_ui->statusLabel->setText(
            m_result.encrypted
                ? tr("Written to %1: %2, %3 and %4, encrypted with AES-256.").arg(path, counts, notes, files)
                : tr("Written to %1: %2, %3 and %4, NOT encrypted.").arg(path, counts, notes, files));
        m_ui->passwordLineEdit->clear();
        m_ui->repeatLineEdit->clear();
        Error error;
        if (m_practice && !ExportJob::recordExport(m_practice->vault(), m_practice->records(), m_result, &error)) {
            showError(tr("The export was written, but the audit log could not record it: %1").arg(error.message));
        }
        Q_EMIT exported(m_result.path);
        break;
    }
    }
    updateState();
}

void ExportDialog::reject()
{
    stopWorker();
    QDialog::reject();
}

} // namespace mandaat
