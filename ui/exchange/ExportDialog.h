#pragma once

#include "exchange/ExportJob.h"
#include "exchange/ExportScope.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace mandaat {

class OpenPractice;
class VaultJob;

/// Exports one engagement, everything about one client (GDPR art. 15 and 20) or the whole
/// practice into one ZIP (docs/architecture.md, Export): AES-256 with a password
/// typed twice unless plaintext is chosen explicitly, after a warning; the destination chosen
/// with a file dialog under a neutral name. The ExportJob runs on a worker thread with a
/// progress bar and can be cancelled; a cancelled or failed export leaves nothing, and the
/// dialog stays open with the reason. Open it with open(): a lock rejects it, which cancels a
/// running export and waits for it, so that the job's copy of the key is wiped first.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(OpenPractice& practice, const ExportScope& scope, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// A new dialog for \a scope, deleted when it closes, opened with open().
    static ExportDialog* openFor(OpenPractice& practice, const ExportScope& scope, QWidget* parent);

    ExportScope scope() const { return m_scope; }
    bool isRunning() const { return m_worker != nullptr; }
    /// The path shown under "Save as".
    QString outputPath() const;
    void setOutputPath(const QString& path);
    /// The result of the last export that ran to its end (or was cancelled, or failed).
    const ExportResult& lastResult() const { return m_result; }

    /// A name that says what the archive is without naming anyone: "mandaat-export-engagement-12-2026-03-20.zip".
    static QString defaultFileName(const ExportScope& scope, QDate today);

    /// Cancels a running export and waits for it to stop (a lock, Escape, the window's close).
    void reject() override;

Q_SIGNALS:
    /// The job is made and about to run on its worker (for tests, which watch its progress).
    void jobStarted(mandaat::ExportJob* job);
    /// An export was written to \a path.
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Run;

    void retranslate();
    void updateState();
    void updateStrength();
    void chooseDestination();
    void start();
    void cancel();
    void finish(const std::shared_ptr<Run>& run);
    void stopWorker();
    QString validationProblem() const;
    void showError(const QString& text);
    /// The height the layout needs at the current width (the protection choice shows other rows).
    void fitHeight();
    void fitHeightIfChanged();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPointer<OpenPractice> m_practice;
    ExportScope m_scope;
    QPushButton* m_exportButton = nullptr;
    VaultJob* m_worker = nullptr;
    std::shared_ptr<Run> m_run;
    ExportResult m_result;
    QString m_overwriteConfirmed; ///< the path whose replacement the file dialog confirmed
    bool m_cancelRequested = false;
    /// What the dialog showed when its height was last fitted: rows shown or hidden, and the
    /// texts that wrap (the result, an error).
    QString m_fittedFor;
};

} // namespace mandaat
