// Issue 9: Mandaat's benchmark (make bench; docs/performance.md). Creates a demo practice
// once encrypted (a real vault) and once unencrypted (the same schema and generator on an
// unkeyed QSQLCIPHER file: the same SQLite inside SQLCipher, no codec), then times the
// operations a consultant waits for, with warm-up and repetitions, and prints median and
// 95th percentile of each with the encrypted/unencrypted ratio. Not a CTest test.

#include "common/OpenPractice.h"
#include "common/models/ClientListModel.h"
#include "common/models/FilterProxyModel.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/EvidenceTopics.h"
#include "demo/DemoPractice.h"
#include "documents/LetterService.h"
#include "exchange/ExportJob.h"
#include "overview/OverviewPage.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "search/SearchService.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "util/SecureBytes.h"
#include "vault/KeyDerivation.h"
#include "vault/Vault.h"
#include "vault/VaultError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

using namespace mandaat;

namespace {

const QString Passphrase = QStringLiteral("bench: correct horse battery staple");

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "mandaat_bench: %s\n", qPrintable(message));
    std::exit(1);
}

struct Samples
{
    std::vector<double> ms;
    double median() const { return percentile(0.5); }
    double p95() const { return percentile(0.95); }
    double percentile(double p) const
    {
        if (ms.empty()) {
            return std::nan("");
        }
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        if (p == 0.5) {
            const size_t n = sorted.size();
            return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
        const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted.size())));
        return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
    }
};

Samples measure(int warmup, int reps, const std::function<void()>& work)
{
    for (int i = 0; i < warmup; ++i) {
        work();
    }
    Samples samples;
    QElapsedTimer timer;
    for (int i = 0; i < reps; ++i) {
        timer.start();
        work();
        samples.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

struct Row
{
    QString id;
    QString label;
    QString target; // e.g. "< 1000 ms median"
    double targetMs = 0; // 0: none
    bool targetOnP95 = false;
    double ratioTarget = 0; // 0: none
    Samples encrypted;
    Samples plain;
    QString unit = QStringLiteral("ms");
    QString note;
    double perNoteRatio = std::nan(""); // export --all: cost per note over a single engagement's
};

QString pragmaSetup(sqlite3* db, bool writable)
{
    QStringList statements = {QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA secure_delete = ON"),
                              QStringLiteral("PRAGMA temp_store = MEMORY"),
                              QStringLiteral("PRAGMA cache_size = -16384")};
    if (writable) {
        statements << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& sql : std::as_const(statements)) {
        char* message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message);
            sqlite3_free(message);
            return text;
        }
    }
    return {};
}

/// The unencrypted floor: an unkeyed QSQLCIPHER connection with the vault's pragmas.
QString openPlain(const QString& path, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        die(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    }
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    const QString error = pragmaSetup(driver->connection(), true);
    if (!error.isEmpty()) {
        die(error);
    }
    return name;
}

void closePlain(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void execOrDie(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        die(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql).left(60), text));
    }
}

/// Same schema as a vault: 4096-byte pages, the migrations each with its user_version.
void createPlainSchema(const QString& name)
{
    sqlite3* db = qobject_cast<SqlCipherDriver*>(QSqlDatabase::database(name).driver())->connection();
    execOrDie(db, "PRAGMA page_size = 4096");
    for (const Migration& step : schemaMigrations()) {
        execOrDie(db, "BEGIN IMMEDIATE");
        execOrDie(db, step.sql);
        execOrDie(db, QByteArray("PRAGMA user_version = " + QByteArray::number(step.version)).constData());
        execOrDie(db, "COMMIT");
    }
    execOrDie(db,
              "INSERT INTO practice_setting (key, value) VALUES ('vault.created_at', "
              "strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
}

qint64 scalar(const QString& connection, const QString& sql, int column = 0)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(sql) || !query.next()) {
        die(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    }
    return query.value(column).toLongLong();
}

/// Tops the engagement with the most notes up to \a wanted notes (copies of other notes'
/// texts, on the engagement as a whole): the export of "an engagement with 200 notes".
qint64 engagementWithNotes(const QString& connection, int wanted)
{
    const qint64 id = scalar(
        connection,
        QStringLiteral(
            "SELECT engagement_id FROM note GROUP BY engagement_id ORDER BY count(*) DESC, engagement_id LIMIT 1"));
    const qint64 have =
        scalar(connection, QStringLiteral("SELECT count(*) FROM note WHERE engagement_id = %1").arg(id));
    if (have < wanted) {
        QSqlQuery query(QSqlDatabase::database(connection));
        const QString sql =
            QStringLiteral("INSERT INTO note (engagement_id, session_id, text, created_at) SELECT %1, NULL, text, "
                           "created_at FROM note WHERE engagement_id <> %1 ORDER BY id LIMIT %2")
                .arg(id)
                .arg(wanted - have);
        if (!query.exec(sql)) {
            die(query.lastError().text());
        }
    }
    return id;
}

struct Workload
{
    qint64 clientId = 0;
    int clientEngagements = 0;
    int clientSessions = 0;
    qint64 exportEngagement = 0;
    QString filterName;
};

Workload chooseWorkload(const QString& connection)
{
    Workload w;
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(QStringLiteral("SELECT e.client_id, count(DISTINCT e.id), count(s.id) FROM engagement e "
                                   "LEFT JOIN session s ON s.engagement_id = e.id GROUP BY e.client_id "
                                   "ORDER BY count(s.id) DESC, e.client_id LIMIT 1")) ||
        !query.next()) {
        die(query.lastError().text());
    }
    w.clientId = query.value(0).toLongLong();
    w.clientEngagements = query.value(1).toInt();
    w.clientSessions = query.value(2).toInt();
    return w;
}

void openClient(Records& records, RecordListing& listing, qint64 clientId)
{
    if (!records.clients().client(clientId)) {
        die(QStringLiteral("client %1 not found").arg(clientId));
    }
    const auto engagements = listing.engagements(clientId);
    for (const EngagementSummary& summary : engagements.value_or(QList<EngagementSummary>())) {
        if (!records.engagements().engagement(summary.id)) {
            die(QStringLiteral("engagement %1 not found").arg(summary.id));
        }
        (void)records.sessions().sessions(summary.id);
        (void)records.sessions().notes(summary.id);
    }
}

/// Unlock's work after the key: the first list (clients) and the Overview (open obligations
/// and the engagements it counts), on the core path the main window uses.
void firstScreen(Records& records, RecordListing& listing)
{
    const auto clients = listing.clients();
    if (!clients || clients->isEmpty()) {
        die(QStringLiteral("no clients listed"));
    }
    const ComplianceEngine engine(records);
    if (!engine.openObligations()) {
        die(QStringLiteral("overview failed"));
    }
    (void)listing.engagements();
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/// The child of --rss: the GUI's pieces on the large vault, shown offscreen; prints VmHWM.
int rssChild(const QString& path, const QString& keyHex)
{
    const QByteArray raw = QByteArray::fromHex(keyHex.toLatin1());
    const SecureBytes key(reinterpret_cast<const unsigned char*>(raw.constData()),
                          static_cast<std::size_t>(raw.size()));
    VaultError error;
    auto vault = Vault::openWithKey(path, key, Vault::Access::ReadWrite, &error);
    if (!vault) {
        die(error.message);
    }
    OpenPractice practice(*vault);
    ClientListModel clients;
    clients.setPractice(&practice);
    clients.reload();
    FilterProxyModel proxy;
    proxy.setSourceModel(&clients);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1200, 800);
    view.show();
    OverviewPage overview;
    overview.setPractice(&practice);
    overview.show();
    overview.refresh();
    SearchService search(vault->connectionName());
    (void)search.search(QStringLiteral("loop"));
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    std::printf("%lld %d\n", static_cast<long long>(peakRssKiB()), clients.rowCount());
    return 0;
}

QString fmt(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("-");
    }
    return v >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', v >= 10 ? 1 : 2);
}

Row makeRow(
    const QString& id, const QString& label, const QString& target, double targetMs, bool onP95, double ratioTarget)
{
    Row row;
    row.id = id;
    row.label = label;
    row.target = target;
    row.targetMs = targetMs;
    row.targetOnP95 = onP95;
    row.ratioTarget = ratioTarget;
    return row;
}

double ratio(const Row& row)
{
    if (row.encrypted.ms.empty() || row.plain.ms.empty() || row.plain.median() <= 0) {
        return std::nan("");
    }
    return row.encrypted.median() / row.plain.median();
}

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mandaat-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"), QStringLiteral("Clients in the demo."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
                                        QStringLiteral("Repetitions of slow operations."),
                                        QStringLiteral("n"),
                                        QStringLiteral("20"));
    const QCommandLineOption fastOption(QStringLiteral("fast-reps"),
                                        QStringLiteral("Repetitions of fast operations."),
                                        QStringLiteral("n"),
                                        QStringLiteral("200"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Where to write the figures."),
                                        QStringLiteral("file"),
                                        QStringLiteral("bench-results.json"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("dir"));
    const QCommandLineOption rssOption(
        QStringLiteral("rss-child"), QStringLiteral("Internal."), QStringLiteral("vault"));
    const QCommandLineOption keyOption(QStringLiteral("key-hex"), QStringLiteral("Internal."), QStringLiteral("hex"));
    const QCommandLineOption skipUnlockOption(QStringLiteral("skip-unlock"),
                                              QStringLiteral("Skip the unlock rows (slow on large practices)."));
    parser.addOption(skipUnlockOption);
    const QCommandLineOption exportAllOption(QStringLiteral("export-all-clients"),
                                             QStringLiteral("Clients in the practice exported whole (0: skip)."),
                                             QStringLiteral("n"),
                                             QStringLiteral("2000"));
    parser.addOption(exportAllOption);
    parser.addOptions({clientsOption, repsOption, fastOption, jsonOption, dirOption, rssOption, keyOption});
    parser.process(app);
    SqlCipherDriver::registerDriver();
    if (parser.isSet(rssOption)) {
        return rssChild(parser.value(rssOption), parser.value(keyOption));
    }
    const bool skipUnlock = parser.isSet(skipUnlockOption);
    const int clientCount = parser.value(clientsOption).toInt();
    const int reps = std::max(1, parser.value(repsOption).toInt());
    const int fastReps = std::max(1, parser.value(fastOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString vaultPath = dir + QStringLiteral("/bench.mandaat");
    const QString plainPath = dir + QStringLiteral("/bench-plain.db");
    QFile::remove(vaultPath);
    QFile::remove(plainPath);
    std::vector<Row> rows;
    auto progress = [](const QString& text) { std::fprintf(stderr, "... %s\n", qPrintable(text)); };

    // Key derivation alone (Argon2id, t=3, m=64 MiB).
    const QByteArray salt = Vault::newSalt();
    SecureBytes key;
    {
        progress(QStringLiteral("key derivation"));
        Row row =
            makeRow(QStringLiteral("key_derivation"), QStringLiteral("Key derivation (Argon2id)"), {}, 0, false, 0);
        row.encrypted = measure(1, std::min(reps, 10), [&]() { key = KeyDerivation::deriveKey(Passphrase, salt); });
        row.note = QStringLiteral("encrypted only");
        rows.push_back(row);
    }

    // Creating the demo practice (bulk insert): once each, it is the slowest.
    DemoOptions demo;
    demo.clients = clientCount;
    demo.today = QDate(2026, 11, 1);
    DemoSummary summary;
    {
        progress(QStringLiteral("demo creation, encrypted"));
        Row row = makeRow(QStringLiteral("demo_creation"),
                          QStringLiteral("Create demo practice (bulk insert)"),
                          QStringLiteral("< 60000 ms, ratio < 1.3"),
                          60000,
                          false,
                          1.3);
        QElapsedTimer timer;
        timer.start();
        VaultError verror;
        auto vault = Vault::createWithKey(vaultPath, salt, key, &verror);
        if (!vault) {
            die(verror.message);
        }
        Error error;
        if (!DemoPractice::fill(vault->connectionName(), demo, &summary, &error)) {
            die(error.message);
        }
        row.encrypted.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        engagementWithNotes(vault->connectionName(), 200);
        vault->close();
        progress(QStringLiteral("demo creation, unencrypted"));
        timer.start();
        const QString name = openPlain(plainPath, QStringLiteral("bench-plain-create"));
        createPlainSchema(name);
        DemoSummary plainSummary;
        if (!DemoPractice::fill(name, demo, &plainSummary, &error)) {
            die(error.message);
        }
        row.plain.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        engagementWithNotes(name, 200);
        closePlain(name);
        row.note = QStringLiteral("%1 clients, %2 engagements, %3 sessions, %4 notes; one run each")
                       .arg(summary.clients)
                       .arg(summary.engagements)
                       .arg(summary.sessions)
                       .arg(summary.notes);
        rows.push_back(row);
    }

    Row unlock = makeRow(QStringLiteral("unlock_core"),
                         QStringLiteral("Unlock to first screen (core path, no KDF)"),
                         QStringLiteral("< 1000 ms"),
                         1000,
                         false,
                         0);
    unlock.note = QStringLiteral("open + client list + Overview obligations + engagement list");
    Row unlockGui = makeRow(QStringLiteral("unlock_gui"),
                            QStringLiteral("Unlock to models ready (GUI models, no KDF)"),
                            QStringLiteral("< 1000 ms"),
                            1000,
                            false,
                            0);
    unlockGui.note = QStringLiteral("OpenPractice + ClientListModel + OverviewPage refresh; encrypted only");
    struct Query
    {
        QString id;
        QString label;
        QString text;
    };
    const std::vector<Query> queries = {
        {QStringLiteral("search_rare"), QStringLiteral("Search: rare word"), QStringLiteral("heroriëntatie")},
        {QStringLiteral("search_common"), QStringLiteral("Search: common word"), QStringLiteral("sessie")},
        {QStringLiteral("search_prefix"), QStringLiteral("Search: prefix (loo)"), QStringLiteral("loo")},
        {QStringLiteral("search_folded"), QStringLiteral("Search: folded name (Noemie)"), QStringLiteral("Noemie")},
    };
    std::vector<Row> searchRows;
    for (const Query& q : queries) {
        searchRows.push_back(makeRow(q.id, q.label, QStringLiteral("< 10 ms p95, ratio < 1.3"), 10, true, 1.3));
    }
    Row openClientRow = makeRow(QStringLiteral("open_client"),
                                QStringLiteral("Open client (all engagements, sessions, notes)"),
                                QStringLiteral("< 50 ms, ratio < 1.3"),
                                50,
                                false,
                                1.3);
    Row pdf = makeRow(QStringLiteral("confirmation_pdf"),
                      QStringLiteral("Engagement confirmation to PDF"),
                      QStringLiteral("< 200 ms"),
                      200,
                      false,
                      0);
    Row exportRow = makeRow(QStringLiteral("export_200_notes"),
                            QStringLiteral("Export engagement, 200 notes (AES ZIP)"),
                            QStringLiteral("< 2000 ms"),
                            2000,
                            false,
                            0);
    exportRow.note = QStringLiteral("ExportJob opens the vault with the key itself: encrypted only");
    // Issue 18 item 8: the Overview as the user waits for it after unlock (OverviewPage's worker
    // on a connection of its own, until the list is filled), and again after a write to one
    // engagement (its cache weighs only that engagement again).
    Row overviewRow = makeRow(QStringLiteral("overview_filled"),
                              QStringLiteral("Overview filled after unlock (no KDF)"),
                              QStringLiteral("<= 2 x key derivation"),
                              0,
                              false,
                              0);
    Row overviewWriteRow = makeRow(
        QStringLiteral("overview_after_write"), QStringLiteral("Overview filled again after a write"), {}, 0, false, 0);
    Row filter = makeRow(QStringLiteral("client_filter"),
                         QStringLiteral("Client filter, per keystroke"),
                         QStringLiteral("< 30 ms"),
                         30,
                         false,
                         0);

    for (const bool encrypted : {true, false}) {
        const QString which = encrypted ? QStringLiteral("encrypted") : QStringLiteral("unencrypted");
        auto sample = [&](Row& row) -> Samples& { return encrypted ? row.encrypted : row.plain; };
        progress(QStringLiteral("unlock, %1").arg(which));
        sample(unlock) = measure(skipUnlock ? 0 : 2, skipUnlock ? 0 : reps, [&]() {
            if (encrypted) {
                VaultError verror;
                auto vault = Vault::openWithKey(vaultPath, key, Vault::Access::ReadWrite, &verror);
                if (!vault) {
                    die(verror.message);
                }
                Records records(*vault);
                RecordListing listing(*vault);
                firstScreen(records, listing);
            } else {
                const QString name = openPlain(plainPath, QStringLiteral("bench-plain-unlock"));
                {
                    Records records(name);
                    RecordListing listing(name);
                    firstScreen(records, listing);
                }
                closePlain(name);
            }
        });

        std::unique_ptr<Vault> vault;
        QString connection;
        if (encrypted) {
            VaultError verror;
            vault = Vault::openWithKey(vaultPath, key, Vault::Access::ReadWrite, &verror);
            if (!vault) {
                die(verror.message);
            }
            connection = vault->connectionName();
        } else {
            connection = openPlain(plainPath, QStringLiteral("bench-plain"));
        }
        {
            Records records(connection);
            RecordListing listing(connection);
            SearchService search(connection);
            const Workload work = chooseWorkload(connection);
            for (size_t i = 0; i < queries.size(); ++i) {
                progress(QStringLiteral("%1, %2").arg(queries[i].label, which));
                int hits = 0;
                sample(searchRows[i]) = measure(5, fastReps, [&]() {
                    const auto found = search.search(queries[i].text);
                    if (!found) {
                        die(QStringLiteral("search failed"));
                    }
                    hits = static_cast<int>(found->size());
                });
                searchRows[i].note = QStringLiteral("\"%1\": %2 hits (limit 50)").arg(queries[i].text).arg(hits);
            }
            progress(QStringLiteral("open client, %1").arg(which));
            sample(openClientRow) = measure(3, reps * 2, [&]() { openClient(records, listing, work.clientId); });
            openClientRow.note = QStringLiteral("client %1: %2 engagements, %3 sessions")
                                     .arg(work.clientId)
                                     .arg(work.clientEngagements)
                                     .arg(work.clientSessions);

            progress(QStringLiteral("confirmation PDF, %1").arg(which));
            qint64 letterEngagement = 0;
            Error letterError;
            const auto all = listing.engagements();
            for (const EngagementSummary& e : all.value_or(QList<EngagementSummary>())) {
                if (LetterService::renderConfirmation(records, e.id, std::nullopt, demo.today, &letterError)) {
                    letterEngagement = e.id;
                    break;
                }
            }
            if (letterEngagement == 0) {
                die(QStringLiteral("no engagement has a complete confirmation: %1").arg(letterError.message));
            }
            sample(pdf) = measure(2, reps, [&]() {
                Error error;
                const auto bytes =
                    LetterService::renderConfirmation(records, letterEngagement, std::nullopt, demo.today, &error);
                if (!bytes || bytes->isEmpty()) {
                    die(error.message);
                }
            });
            pdf.note = QStringLiteral("engagement %1").arg(letterEngagement);

            if (encrypted) {
                const qint64 exportId = engagementWithNotes(connection, 200);
                const qint64 notes = scalar(
                    connection, QStringLiteral("SELECT count(*) FROM note WHERE engagement_id = %1").arg(exportId));
                progress(QStringLiteral("export, %1").arg(which));
                const QString zip = dir + QStringLiteral("/export.zip");
                exportRow.encrypted = measure(1, std::max(3, reps / 2), [&]() {
                    ExportOptions options;
                    options.scope = ExportScope::engagement(exportId);
                    options.outputPath = zip;
                    options.password = QStringLiteral("bench export password");
                    options.overwrite = true;
                    ExportJob job(vaultPath, key, options);
                    const ExportResult result = job.run();
                    if (!result.ok()) {
                        die(result.error.message);
                    }
                });
                exportRow.note =
                    QStringLiteral("engagement %1, %2 notes; ExportJob opens its own keyed connection: encrypted only")
                        .arg(exportId)
                        .arg(notes);
            }
        }
        if (encrypted) {
            vault.reset();
            progress(QStringLiteral("unlock with GUI models, encrypted"));
            OverviewPage overview;
            unlockGui.encrypted = measure(skipUnlock ? 0 : 2, skipUnlock ? 0 : reps, [&]() {
                VaultError verror;
                auto v = Vault::openWithKey(vaultPath, key, Vault::Access::ReadWrite, &verror);
                if (!v) {
                    die(verror.message);
                }
                {
                    OpenPractice practice(*v);
                    ClientListModel clients;
                    clients.setPractice(&practice);
                    clients.reload();
                    overview.setPractice(&practice);
                    overview.refresh();
                    if (clients.rowCount() == 0) {
                        die(QStringLiteral("client list empty"));
                    }
                    overview.setPractice(nullptr);
                }
            });

            progress(QStringLiteral("client filter per keystroke"));
            VaultError verror;
            auto v = Vault::openWithKey(vaultPath, key, Vault::Access::ReadWrite, &verror);
            OpenPractice practice(*v);
            progress(QStringLiteral("Overview filled, encrypted"));
            const auto fill = [](OverviewPage& page) {
                page.refresh();
                while (page.isWorking()) {
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                }
                if (page.model()->rowCount() == 0) {
                    die(QStringLiteral("the Overview stayed empty"));
                }
            };
            overviewRow.encrypted = measure(skipUnlock ? 0 : 1, skipUnlock ? 0 : reps, [&]() {
                OverviewPage page; // a new page: nothing cached, as after unlock
                page.setPractice(&practice);
                fill(page);
                page.setPractice(nullptr);
            });
            {
                OverviewPage page;
                page.setPractice(&practice);
                fill(page);
                const auto engagements = practice.listing().engagements();
                const qint64 written = engagements && !engagements->isEmpty() ? engagements->first().id : 0;
                overviewWriteRow.encrypted = measure(0, skipUnlock ? 0 : reps, [&]() {
                    Evidence row;
                    row.engagementId = written;
                    row.articleId = QStringLiteral("GDPR-13");
                    row.topic = evidence::privacyNoticeHandedOver();
                    row.occurredOn = demo.today;
                    row.text = QStringLiteral("bench");
                    RecordError error;
                    if (!practice.records().compliance().save(row, &error)) {
                        die(error.message);
                    }
                    fill(page);
                });
                overviewWriteRow.note =
                    QStringLiteral("evidence recorded for engagement %1, then the same page filled again").arg(written);
                page.setPractice(nullptr);
            }
            ClientListModel clients;
            clients.setPractice(&practice);
            clients.reload();
            FilterProxyModel proxy;
            proxy.setSourceModel(&clients);
            const auto listed = practice.listing().clients();
            QString typed = listed->value(listed->size() / 2).name.split(QLatin1Char(' ')).value(1);
            if (typed.size() < 3) {
                typed = QStringLiteral("Peeters");
            }
            QElapsedTimer timer;
            for (int round = 0; round < std::max(3, fastReps / static_cast<int>(typed.size())) + 1; ++round) {
                for (qsizetype n = 1; n <= typed.size(); ++n) {
                    timer.start();
                    proxy.setFilterText(typed.left(n));
                    (void)proxy.rowCount();
                    if (round > 0) { // the first word typed is the warm-up
                        filter.encrypted.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                    }
                }
                proxy.setFilterText(QString());
            }
            filter.note = QStringLiteral("typing \"%1\" over %2 clients; in memory, encryption plays no part")
                              .arg(typed)
                              .arg(clients.rowCount());
        } else {
            closePlain(connection);
        }
    }

    // Issue 16 item 7: export --all of a practice of 2,000 clients, and how its cost per note
    // compares with a single engagement's (1.0: the whole practice costs what its engagements
    // cost one by one; the dossier was quadratic in the practice's size).
    const int exportAllClients = parser.value(exportAllOption).toInt();
    Row exportAll = makeRow(QStringLiteral("export_all"),
                            QStringLiteral("export --all at %L1 clients").arg(exportAllClients),
                            QStringLiteral("<= 60000 ms"),
                            60000,
                            false,
                            0);
    if (exportAllClients > 0) {
        const QString allPath = dir + QStringLiteral("/bench-all.mandaat");
        QFile::remove(allPath);
        progress(QStringLiteral("export --all: a practice of %1 clients").arg(exportAllClients));
        DemoOptions allDemo = demo;
        allDemo.clients = exportAllClients;
        DemoSummary allSummary;
        qint64 engagementId = 0;
        qint64 engagementNotes = 0;
        {
            VaultError verror;
            auto vault = Vault::createWithKey(allPath, salt, key, &verror);
            if (!vault) {
                die(verror.message);
            }
            Error error;
            if (!DemoPractice::fill(vault->connectionName(), allDemo, &allSummary, &error)) {
                die(error.message);
            }
            engagementId = engagementWithNotes(vault->connectionName(), 200);
            engagementNotes =
                scalar(vault->connectionName(),
                       QStringLiteral("SELECT count(*) FROM note WHERE engagement_id = %1").arg(engagementId));
            allSummary.notes =
                static_cast<int>(scalar(vault->connectionName(), QStringLiteral("SELECT count(*) FROM note")));
        }
        const auto exportOf = [&](const ExportScope& scope) {
            ExportOptions options;
            options.scope = scope;
            options.outputPath = dir + QStringLiteral("/export-all.zip");
            options.password = QStringLiteral("bench export password");
            options.overwrite = true;
            ExportJob job(allPath, key, options);
            const ExportResult result = job.run();
            if (!result.ok()) {
                die(result.error.message);
            }
        };
        progress(QStringLiteral("export of one engagement, %1 notes").arg(engagementNotes));
        const Samples one =
            measure(1, std::max(3, reps / 4), [&]() { exportOf(ExportScope::engagement(engagementId)); });
        progress(QStringLiteral("export --all, %1 notes").arg(allSummary.notes));
        exportAll.encrypted = measure(0, std::clamp(reps / 10, 1, 3), [&]() { exportOf(ExportScope::practice()); });
        const double perNoteAll = exportAll.encrypted.median() / std::max(1, allSummary.notes);
        const double perNoteOne = one.median() / static_cast<double>(std::max<qint64>(1, engagementNotes));
        exportAll.perNoteRatio = perNoteAll / perNoteOne;
        exportAll.note = QStringLiteral("%1 engagements, %2 sessions, %3 notes: %4 ms per note; one engagement (%5 "
                                        "notes) %6 ms, %7 ms per note; per-note ratio %8; encrypted only")
                             .arg(allSummary.engagements)
                             .arg(allSummary.sessions)
                             .arg(allSummary.notes)
                             .arg(fmt(perNoteAll))
                             .arg(engagementNotes)
                             .arg(fmt(one.median()))
                             .arg(fmt(perNoteOne))
                             .arg(QString::number(exportAll.perNoteRatio, 'f', 2));
        QFile::remove(allPath);
    }

    // Peak memory: a child process with the GUI's models and views on the large vault.
    Row rss = makeRow(QStringLiteral("peak_rss"),
                      QStringLiteral("Peak RSS, GUI models + views, vault open"),
                      QStringLiteral("< 200 MB"),
                      200,
                      false,
                      0);
    rss.unit = QStringLiteral("MB");
    {
        progress(QStringLiteral("peak RSS"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--rss-child"),
             vaultPath,
             QStringLiteral("--key-hex"),
             QString::fromLatin1(
                 QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size())).toHex())});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            die(QStringLiteral("the RSS child failed"));
        }
        const QList<QByteArray> out = child.readAllStandardOutput().trimmed().split(' ');
        rss.encrypted.ms.push_back(static_cast<double>(out.value(0).toLongLong()) / 1024.0);
        rss.note =
            QStringLiteral("VmHWM of a process holding OpenPractice, the client list (%1 rows) in a table view, the "
                           "Overview; not the mandaat binary (no non-interactive unlock)")
                .arg(QString::fromLatin1(out.value(1)));
    }

    for (Row& row : searchRows) {
        rows.push_back(row);
    }
    rows.push_back(openClientRow);
    rows.push_back(filter);
    rows.push_back(unlock);
    rows.push_back(unlockGui);
    rows.push_back(overviewRow);
    rows.push_back(overviewWriteRow);
    rows.push_back(pdf);
    rows.push_back(exportRow);
    if (!exportAll.encrypted.ms.empty()) {
        rows.push_back(exportAll);
    }
    rows.push_back(rss);

    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) < 0) {
        load[0] = load[1] = load[2] = -1;
    }
    std::printf("\nMandaat benchmark: %d clients, %d engagements, %d sessions, %d notes; load average %.2f %.2f %.2f; "
                "%d cores\n\n",
                summary.clients,
                summary.engagements,
                summary.sessions,
                summary.notes,
                load[0],
                load[1],
                load[2],
                QThread::idealThreadCount());
    std::printf("%-46s %9s %9s %9s %9s %6s %5s  %-26s %s\n",
                "operation",
                "enc med",
                "enc p95",
                "pln med",
                "pln p95",
                "ratio",
                "n",
                "target",
                "met");
    QJsonArray results;
    for (const Row& row : rows) {
        const double r = ratio(row);
        const double measured = row.targetOnP95 ? row.encrypted.p95() : row.encrypted.median();
        bool met = row.targetMs <= 0 || measured < row.targetMs;
        if (row.ratioTarget > 0 && !std::isnan(r)) {
            met = met && r < row.ratioTarget;
        }
        std::printf("%-46s %9s %9s %9s %9s %6s %5d  %-26s %s\n",
                    qPrintable(row.label + QStringLiteral(" (") + row.unit + QStringLiteral(")")),
                    qPrintable(fmt(row.encrypted.median())),
                    qPrintable(fmt(row.encrypted.p95())),
                    qPrintable(fmt(row.plain.median())),
                    qPrintable(fmt(row.plain.p95())),
                    std::isnan(r) ? "-" : qPrintable(QString::number(r, 'f', 2)),
                    static_cast<int>(row.encrypted.ms.size()),
                    qPrintable(row.target),
                    row.targetMs > 0 ? (met ? "yes" : "NO") : "");
        QJsonObject o;
        o[QStringLiteral("id")] = row.id;
        o[QStringLiteral("label")] = row.label;
        o[QStringLiteral("unit")] = row.unit;
        o[QStringLiteral("encrypted_median")] = number(row.encrypted.median());
        o[QStringLiteral("encrypted_p95")] = number(row.encrypted.p95());
        o[QStringLiteral("unencrypted_median")] = number(row.plain.median());
        o[QStringLiteral("unencrypted_p95")] = number(row.plain.p95());
        o[QStringLiteral("ratio")] = number(r);
        o[QStringLiteral("repetitions")] = static_cast<int>(row.encrypted.ms.size());
        o[QStringLiteral("target")] = row.target;
        if (row.targetMs > 0) {
            o[QStringLiteral("met")] = met;
        }
        o[QStringLiteral("note")] = row.note;
        if (!std::isnan(row.perNoteRatio)) {
            o[QStringLiteral("per_note_ratio")] = row.perNoteRatio;
        }
        results.append(o);
    }
    // The Overview as a multiple of the key derivation measured in this run (issue 18: at most 2).
    double overviewVsKdf = std::nan("");
    for (const Row& row : rows) {
        if (row.id == QLatin1String("key_derivation") && !overviewRow.encrypted.ms.empty()) {
            overviewVsKdf = overviewRow.encrypted.median() / row.encrypted.median();
        }
    }
    if (!std::isnan(overviewVsKdf)) {
        std::printf("\nOverview filled: %s ms = %.2f x key derivation (target <= 2): %s\n",
                    qPrintable(fmt(overviewRow.encrypted.median())),
                    overviewVsKdf,
                    overviewVsKdf <= 2 ? "yes" : "NO");
    }
    std::printf("\n");
    for (const Row& row : rows) {
        if (!row.note.isEmpty()) {
            std::printf("  %s: %s\n", qPrintable(row.id), qPrintable(row.note));
        }
    }
    QJsonObject root;
    root[QStringLiteral("clients")] = summary.clients;
    root[QStringLiteral("engagements")] = summary.engagements;
    root[QStringLiteral("sessions")] = summary.sessions;
    root[QStringLiteral("notes")] = summary.notes;
    root[QStringLiteral("load_average")] = QJsonArray{load[0], load[1], load[2]};
    root[QStringLiteral("cores")] = QThread::idealThreadCount();
    root[QStringLiteral("overview_vs_key_derivation")] = number(overviewVsKdf);
    root[QStringLiteral("vault_bytes")] = QFileInfo(vaultPath).size();
    root[QStringLiteral("plain_bytes")] = QFileInfo(plainPath).size();
    root[QStringLiteral("results")] = results;
    QFile json(parser.value(jsonOption));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) || json.write(QJsonDocument(root).toJson()) < 0) {
        die(QStringLiteral("cannot write %1").arg(json.fileName()));
    }
    std::printf("\nfigures written to %s\n", qPrintable(json.fileName()));
    return 0;
}
