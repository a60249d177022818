#pragma once

#include "exchange/ExportScope.h"
#include "util/Error.h"
#include "util/Progress.h"
#include "util/SecureBytes.h"

#include <QObject>
#include <QString>

#include <mutex>

namespace mandaat {

class Records;
class Vault;

struct ExportOptions
{
    ExportScope scope;
    QString outputPath; ///< the .zip to write; an existing file is replaced only with overwrite
    QString password; ///< for AES-256; required unless plaintext
    bool plaintext = false; ///< only after the user chose it and saw plaintextWarning()
    bool overwrite = false;
};

struct ExportResult
{
    enum class Status { Done, Cancelled, Failed };

    Status status = Status::Failed;
    Error error; ///< Failed: why, translated; Cancelled: kind Cancelled, no message
    QString path;
    QString auditHead; ///< the audit log's head written into data.json
    qint64 auditCount = 0;
    int engagements = 0;
    int notes = 0;
    int attachments = 0;
    bool encrypted = true;
    ExportScope scope;

    bool ok() const { return status == Status::Done; }
};

/// One export (docs/architecture.md, Export): a ZIP with dossier.pdf, data.json
/// and attachments/ under neutral names, AES-256 encrypted unless plaintext was chosen.
/// Written to "<out>.partial-XXXXXX" in the destination folder and renamed when complete: a
/// cancelled or failed export leaves nothing behind.
///
/// run() opens its own read-only connection to the vault with the key; run(vault) works on a
/// connection the caller opened on the thread that runs it (the window's VaultJob, on a worker,
/// while the vault stays open in the window). Its progress reaches the Progress given to run()
/// and the signal progress(), from that thread; cancel(), or cancelling that Progress, stops it
/// from any thread. After a successful run, call recordExport() on the vault's own thread: the
/// audit entry.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressSteps = 1000;

    ExportJob(const QString& vaultPath,
              const SecureBytes& key,
              const ExportOptions& options,
              QObject* parent = nullptr);
    /// For run(vault): no key of its own.
    explicit ExportJob(const ExportOptions& options, QObject* parent = nullptr);
    ~ExportJob() override;

    /// Opens the vault with the key, then run(vault, progress).
    ExportResult run(Progress* progress = nullptr);
    /// Exports from \a vault, a connection of this thread; \a progress hears ProgressSteps and
    /// may cancel it.
    ExportResult run(const Vault& vault, Progress* progress = nullptr);
    void cancel();
    bool isCancelled() const;

    /// Appends the "export" audit entry and records the head the export carries (vault
    /// setting "export.last"). Needs a read-write vault.
    static bool recordExport(const Vault& vault, Records& records, const ExportResult& result, Error* error);

    /// For the dialog: which programs open the archive (docs/architecture.md, Stack).
    static QString openingToolsText();
    /// For the dialog and the CLI: what a plaintext export means.
    static QString plaintextWarning();

Q_SIGNALS:
    /// \a done of \a total (ProgressSteps): reading the records, writing the PDF, the archive.
    void progress(int done, int total);

private:
    ExportResult write(const Vault& vault, Progress& whole);
    ExportResult fail(const Error& error);
    ExportResult fail(const QString& message);
    void report(int done);

    QString m_vaultPath;
    SecureBytes m_key;
    ExportOptions m_options;
    mutable std::mutex m_mutex; ///< guards m_cancelled and m_whole against cancel() from elsewhere
    bool m_cancelled = false;
    Progress* m_whole = nullptr; ///< the running export's progress, during run()
    int m_lastReported = -1;
};

} // namespace mandaat
