#include "ExportJob.h"

#include "compliance/ComplianceEngine.h"
#include "domain/Phrase.h"
#include "exchange/AuditHeads.h"
#include "exchange/DossierWriter.h"
#include "exchange/ExportCollector.h"
#include "exchange/JsonText.h"
#include "exchange/ZipWriter.h"
#include "repositories/AuditLog.h"
#include "repositories/Records.h"
#include "util/OutputFile.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace mandaat {

namespace {

// The share of ProgressSteps each phase ends at.
constexpr int CollectedAt = 100;
constexpr int DossierAt = 300;

// The rules engine's status per article on the day of the export, for dossier.pdf.
QHash<qint64, QList<DossierArticle>> complianceOf(const Vault& vault, const QList<qint64>& engagementIds)
{
    QHash<qint64, QList<DossierArticle>> result;
    const Records records(vault.connectionName());
    const ComplianceEngine engine(records);
    const QString language = QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    // The practice is read once for all of them (issue 16, item 7: once per engagement made
    // an export of the whole practice quadratic).
    const std::optional<QList<EngagementCompliance>> each = engine.evaluateEach(engagementIds);
    if (!each) {
        return result;
    }
    for (const EngagementCompliance& compliance : *each) {
        QList<DossierArticle> articles;
        for (const ArticleCompliance& article : compliance.articles) {
            // The evidence records are listed under their articles from data.json; what else a
            // rule found (a warning, a report) has its own section: the status and why suffice.
            articles << DossierArticle{
                article.article.id, article.article.title(language), toId(article.status), article.explanation()};
        }
        result.insert(compliance.engagementId, articles);
    }
    return result;
}

} // namespace

ExportJob::ExportJob(const QString& vaultPath, const SecureBytes& key, const ExportOptions& options, QObject* parent)
    : QObject(parent)
    , m_vaultPath(vaultPath)
    , m_key(key)
    , m_options(options)
{ }

ExportJob::ExportJob(const ExportOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{ }

ExportJob::~ExportJob()
{
    m_key.clear();
}

void ExportJob::cancel()
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    m_cancelled = true;
    if (m_whole) {
        m_whole->cancel();
    }
}

bool ExportJob::isCancelled() const
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    return m_cancelled || (m_whole && m_whole->isCancelled());
}

QString ExportJob::openingToolsText()
{
    return tr("The archive is encrypted with AES-256. 7-Zip (Windows), Keka (macOS), p7zip and file-roller "
              "(Linux) and WinZip open it with the password; the extractors built into Windows and macOS "
              "cannot. The names of the files inside (dossier.pdf, data.json, attachments/0001.pdf, …) are "
              "never encrypted in a ZIP, so they are neutral and name no one.");
}

QString ExportJob::plaintextWarning()
{
    return tr("Warning: this export is not encrypted. Anyone who gets the file can read every note, letter and "
              "document in it. Keep it only on an encrypted disk and delete it when it has served.");
}

ExportResult ExportJob::fail(const Error& error)
{
    ExportResult result;
    result.status = isCancelled() ? ExportResult::Status::Cancelled : ExportResult::Status::Failed;
    result.error = isCancelled() ? Error::make(Error::Kind::Cancelled, QString()) : error;
    return result;
}

ExportResult ExportJob::fail(const QString& message)
{
    return fail(Error::make(Error::Kind::Failed, message));
}

void ExportJob::report(int done)
{
    if (done != m_lastReported) {
        m_lastReported = done;
        Q_EMIT progress(done, ProgressSteps);
    }
}

ExportResult ExportJob::run(Progress* progress)
{
    VaultError vaultError;
    const auto vault = Vault::openWithKey(m_vaultPath, m_key, Vault::Access::ReadOnly, &vaultError);
    if (!vault) {
        return fail(vaultError);
    }
    return run(*vault, progress);
}

ExportResult ExportJob::run(const Vault& vault, Progress* progress)
{
    // The export's whole: its reports reach the signal and \a progress; cancel() and a cancel
    // of \a progress stop it.
    Progress whole(progress, 0, ProgressSteps, ProgressSteps, [this](Progress& reported) {
        report(static_cast<int>(reported.done()));
    });
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_whole = &whole;
        if (m_cancelled) {
            whole.cancel();
        }
    }
    const ExportResult result = write(vault, whole);
    const std::lock_guard<std::mutex> guard(m_mutex);
    m_whole = nullptr;
    return result;
}

ExportResult ExportJob::write(const Vault& vault, Progress& whole)
{
    const QString target = QFileInfo(m_options.outputPath).absoluteFilePath();
    if (m_options.outputPath.isEmpty()) {
        return fail(tr("Choose where to write the export."));
    }
    if (!m_options.plaintext && m_options.password.isEmpty()) {
        return fail(tr("An encrypted export needs a password."));
    }
    // Never over the vault, a folder, or a file the user did not agree to replace (issue 16).
    OutputFile partial(target, m_options.overwrite ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse);
    Error refusal;
    if (!partial.open(&refusal)) {
        return fail(refusal);
    }
    whole.report(0, ProgressSteps);

    ExportCollector collector(vault.database());
    collector.setProgress(&whole);
    ExportData data;
    Error error;
    if (!collector.collect(m_options.scope, &data, &error)) {
        return fail(error);
    }
    whole.report(CollectedAt, ProgressSteps);

    DossierWriter dossier(data.root);
    dossier.setCompliance(complianceOf(vault, data.engagementIds));
    Progress dossierPart(&whole, CollectedAt, DossierAt, ProgressSteps);
    dossier.setProgress(&dossierPart);
    const QByteArray pdf = dossier.write(&error);
    if (pdf.isEmpty()) {
        return fail(error);
    }

    ZipWriter zip;
    if (!zip.open(partial.temporaryPath(), &error)) {
        return fail(error);
    }
    QByteArray password = m_options.plaintext ? QByteArray() : m_options.password.toUtf8();
    zip.setPassword(password);
    secureWipe(password);
    Progress zipPart(&whole, DossierAt, ProgressSteps, ProgressSteps);
    zip.setProgress(&zipPart);
    if (!zip.addFile(QStringLiteral("dossier.pdf"), pdf, &error) ||
        !zip.addFile(QStringLiteral("data.json"), JsonText::write(QJsonDocument(data.root)), &error)) {
        return fail(error);
    }
    for (const ExportAttachment& file : std::as_const(data.attachments)) {
        const qint64 id = file.id;
        const auto load = [&collector, id](QByteArray* bytes, Error* problem) {
            *bytes = collector.content(id, problem);
            return !problem->isError();
        };
        if (!zip.addFile(file.path, load, &error)) {
            return fail(error);
        }
    }
    if (whole.isCancelled() || !zip.commit(&error)) {
        zip.discard();
        return fail(error);
    }
    if (!partial.commit(&error)) {
        return fail(error);
    }
    whole.report(ProgressSteps, ProgressSteps);

    const QJsonObject audit = data.root.value(QStringLiteral("audit")).toObject();
    ExportResult result;
    result.status = ExportResult::Status::Done;
    result.path = partial.path();
    result.auditHead = audit.value(QStringLiteral("head")).toString();
    result.auditCount = audit.value(QStringLiteral("count")).toInteger();
    result.engagements = static_cast<int>(data.engagementIds.size());
    result.notes = data.notes;
    result.attachments = static_cast<int>(data.attachments.size());
    result.encrypted = !m_options.plaintext;
    result.scope = m_options.scope;
    return result;
}

bool ExportJob::recordExport(const Vault& vault, Records& records, const ExportResult& result, Error* error)
{
    if (!result.ok()) {
        return true;
    }
    const QStringList counts = {QString::number(result.engagements),
                                QString::number(result.notes),
                                QString::number(result.attachments),
                                result.auditHead,
                                QString::number(result.auditCount)};
    const QString summary = result.scope.kind == ExportScope::Kind::Practice
        ? Phrase::store(result.encrypted ? "audit.export.practice" : "audit.export.practice.plain", counts)
        : Phrase::store(result.encrypted ? "audit.export" : "audit.export.plain",
                        QStringList{result.scope.kindId(), QString::number(result.scope.id)} + counts);
    RecordError recordError;
    Error settingError;
    const bool ok = records.transaction(
        [&](RecordError* inner) {
            AuditHead head;
            head.count = result.auditCount;
            head.hash = result.auditHead;
            if (!AuditHeads::write(vault.database(),
                                   QStringLiteral("export.last"),
                                   head,
                                   QDateTime::currentDateTimeUtc(),
                                   {},
                                   &settingError)) {
                return false;
            }
            const qint64 engagementId = result.scope.kind == ExportScope::Kind::Engagement ? result.scope.id : 0;
            return records.audit().append(QStringLiteral("export"), summary, engagementId, inner) != 0;
        },
        &recordError);
    if (!ok) {
        setError(error, settingError.isError() ? settingError : recordError);
    }
    return ok;
}

} // namespace mandaat
