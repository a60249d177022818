// Exports as a user checks them (issue 7): the ZIP opens with 7z and the password and not
// without it, data.json validates against docs/export-format.schema.json with Debian's
// python3-jsonschema and holds every record of the engagement, dossier.pdf has the notes'
// text (pdftotext), no file name in the ZIP names the client, and a cancelled or failed
// export leaves no file.
#include "ExchangeFixture.h"

#include "domain/Phrase.h"
#include "exchange/ExportFormat.h"
#include "exchange/ExportJob.h"
#include "exchange/JsonText.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace mandaat;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        result.out = program.toUtf8() + " could not be run";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAll();
    return result;
}

const QString password = QStringLiteral("Geheim wachtwoord \u00e9\u00e9n");

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

private:
    test::ExchangeFixture m_fixture;
    test::ExchangeIds m_ids;
    QTemporaryDir m_out;

    ExportResult exportTo(const QString& name, ExportScope scope, bool plaintext = false, ExportJob** jobOut = nullptr)
    {
        ExportOptions options;
        options.scope = scope;
        options.outputPath = m_out.filePath(name);
        options.password = plaintext ? QString() : password;
        options.plaintext = plaintext;
        ExportJob job(m_fixture.vault().path(), m_fixture.vault().key(), options);
        if (jobOut) {
            *jobOut = &job;
        }
        return job.run();
    }

    // Extracts \a zip into a new folder and returns it.
    QString extract(const QString& zip, const QString& pass)
    {
        const QString folder = m_out.filePath(QFileInfo(zip).completeBaseName() + QStringLiteral("-x"));
        QDir().mkpath(folder);
        const Run r = run(QStringLiteral("7z"),
                          {QStringLiteral("x"),
                           QStringLiteral("-y"),
                           QStringLiteral("-p") + pass,
                           QStringLiteral("-o") + folder,
                           zip});
        return r.exitCode == 0 ? folder : QString();
    }

    QJsonObject dataJson(const QString& folder)
    {
        QFile file(folder + QStringLiteral("/data.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery query(m_fixture.vault().database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        QVERIFY(m_out.isValid());
    }

    void cleanupTestCase() { m_fixture.close(); }

    // Every column of every exported table, and nothing else (the attachments' bytes go into
    // attachments/): a new column fails here until ExportFormat and the schema have it.
    void formatCoversTheVault()
    {
        for (const exportformat::Table& table : exportformat::tables()) {
            QSqlQuery query(m_fixture.vault().database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.table)));
            QStringList stored;
            while (query.next()) {
                stored << query.value(1).toString();
            }
            stored.removeAll(QStringLiteral("content"));
            QStringList exported;
            for (const exportformat::Column& column : table.columns) {
                exported << column.name;
            }
            QCOMPARE(exported, stored);
        }
    }

    void schemaFileIsCurrent()
    {
        const QString path = QStringLiteral(MANDAAT_SOURCE_DIR "/docs/export-format.schema.json");
        const QByteArray generated = QJsonDocument(exportformat::schema()).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIsSet("MANDAAT_WRITE_SCHEMA")) {
            QVERIFY(test::writeFile(path, generated));
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/export-format.schema.json is missing");
        QCOMPARE(QJsonDocument::fromJson(file.readAll()), QJsonDocument::fromJson(generated));
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString replacement(QChar(QChar::ReplacementCharacter));
        QTest::newRow("quotes and backslashes") << QStringLiteral("\"\\\"\\\\") << QStringLiteral("\"\\\"\\\\");
        QTest::newRow("control characters") << QStringLiteral("a\x01\x1f\n\r\tb") << QStringLiteral("a\x01\x1f\n\r\tb");
        QTest::newRow("nul") << QString(QChar(0)) << QString(QChar(0));
        QTest::newRow("line separators") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\u2028b\u2029c");
        QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b")
                                             << QStringLiteral("a") + replacement + QStringLiteral("b");
        QTest::newRow("lone low surrogate at the end")
            << QStringLiteral("a") + QChar(0xDC00) << QStringLiteral("a") + replacement;
        QTest::newRow("a real pair") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F600");
        QTest::newRow("markup") << QStringLiteral("</script><b>") << QStringLiteral("</script><b>");
        // Found by the json fuzz target: Qt's parser drops a raw U+FEFF at the start of a string.
        QTest::newRow("leading byte order mark")
            << QStringLiteral("\uFEFFab\uFEFF") << QStringLiteral("\uFEFFab\uFEFF");
    }

    void hostileText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QByteArray json =
            JsonText::write(QJsonDocument(QJsonObject{{QStringLiteral("t"), JsonText::clean(text)}}));
        QVERIFY(!json.contains("\xe2\x80\xa8"));
        QVERIFY(!json.contains("\xe2\x80\xa9"));
        QVERIFY(!json.contains("\xef\xbb\xbf"));
        QJsonParseError parseError;
        const QJsonDocument back = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(back.object().value(QStringLiteral("t")).toString(), expected);
        // Python's strict parser agrees.
        const Run python = run(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import json,sys; json.loads(sys.argv[1])"),
                                QString::fromUtf8(json)});
        QVERIFY2(python.exitCode == 0, python.out.constData());
    }

    void encryptedEngagementExport()
    {
        const ExportResult result = exportTo(QStringLiteral("engagement.zip"), ExportScope::engagement(m_ids.ended));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const QString zip = result.path;
        QVERIFY(QFileInfo(zip).isFile());
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("*partial*")}, QDir::Files), QStringList());

        // Wrong and no password fail; the right one opens it.
        QVERIFY(run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-pwrong"), zip}).exitCode != 0);
        QVERIFY(run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p"), zip}).exitCode != 0);
        const Run test = run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p") + password, zip});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const Run listing = run(QStringLiteral("7z"),
                                {QStringLiteral("l"), QStringLiteral("-slt"), QStringLiteral("-p") + password, zip});
        QVERIFY(listing.out.contains("Method = AES-256"));
        QVERIFY(listing.out.contains("Path = dossier.pdf"));
        QVERIFY(listing.out.contains("Path = data.json"));
        QVERIFY(listing.out.contains("Path = attachments/0001.pdf"));
        QVERIFY(!listing.out.contains("Jan"));
        QVERIFY(!listing.out.contains("Jansen"));

        const QString folder = extract(zip, password);
        QVERIFY(!folder.isEmpty());
        // data.json validates against the documented schema, with Debian's validator.
        const Run validate = run(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import json,sys,jsonschema; "
                                                 "s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2])); "
                                                 "jsonschema.Draft202012Validator.check_schema(s); "
                                                 "jsonschema.Draft202012Validator(s).validate(d); print('valid')"),
                                  QStringLiteral(MANDAAT_SOURCE_DIR "/docs/export-format.schema.json"),
                                  folder + QStringLiteral("/data.json")});
        QVERIFY2(validate.exitCode == 0 && validate.out.contains("valid"), validate.out.constData());

        const QJsonObject data = dataJson(folder);
        QCOMPARE(data.value(QStringLiteral("format")).toString(), QStringLiteral("mandaat-export"));
        QCOMPARE(data.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray engagements = data.value(QStringLiteral("engagements")).toArray();
        QCOMPARE(engagements.size(), 1);
        const QJsonObject e = engagements.at(0).toObject();
        // Every record of the engagement.
        const QString id = QString::number(m_ids.ended);
        const QList<QPair<QString, QString>> tables = {
            {QStringLiteral("methods"), QStringLiteral("engagement_method")},
            {QStringLiteral("pinned_codes"), QStringLiteral("engagement_code")},
            {QStringLiteral("sessions"), QStringLiteral("session")},
            {QStringLiteral("notes"), QStringLiteral("note")},
            {QStringLiteral("note_drafts"), QStringLiteral("note_draft")},
            {QStringLiteral("evidence"), QStringLiteral("evidence")},
            {QStringLiteral("consents"), QStringLiteral("consent")},
            {QStringLiteral("reports"), QStringLiteral("principal_report")},
            {QStringLiteral("referrals"), QStringLiteral("referral")},
            {QStringLiteral("consultations"), QStringLiteral("consultation")},
            {QStringLiteral("complaints"), QStringLiteral("complaint")},
            {QStringLiteral("warnings"), QStringLiteral("written_warning")},
            {QStringLiteral("disclosures"), QStringLiteral("disclosure")},
            {QStringLiteral("suspensions"), QStringLiteral("suspension")},
            {QStringLiteral("tools"), QStringLiteral("engagement_tool")},
            {QStringLiteral("letters"), QStringLiteral("issued_letter")},
        };
        for (const auto& [key, table] : tables) {
            const qint64 stored =
                count(QStringLiteral("SELECT count(*) FROM %1 WHERE engagement_id = %2").arg(table, id));
            QVERIFY2(e.value(key).toArray().size() == stored, qPrintable(key));
        }
        const QJsonObject note = e.value(QStringLiteral("notes")).toArray().at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("history")).toArray().size(), 1);
        // The complaint's handling notes (CMI-17), as typed; data.json passed the schema above.
        const QJsonObject complaint = e.value(QStringLiteral("complaints")).toArray().at(0).toObject();
        QCOMPARE(complaint.value(QStringLiteral("handling_notes")).toString(),
                 QStringLiteral("Handled by phone ") + test::canary());
        // As stored (the vault's UTF-8 holds no lone surrogate), quotes, controls and all.
        QSqlQuery stored(m_fixture.vault().database());
        QVERIFY(stored.exec(QStringLiteral("SELECT text FROM note WHERE engagement_id = %1").arg(id)) && stored.next());
        QCOMPARE(note.value(QStringLiteral("text")).toString(), stored.value(0).toString());
        QVERIFY(stored.value(0).toString().startsWith(test::canary() +
                                                      QStringLiteral(" said \"stop\" \\ then\ttab\x01 \u2028 ")));
        QCOMPARE(
            data.value(QStringLiteral("clients")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
            test::clientName());
        QCOMPARE(data.value(QStringLiteral("principals")).toArray().size(), 1);
        const QJsonArray attachments = data.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("file_name")).toString(),
                 test::clientName() + QStringLiteral(" intake.pdf"));
        QCOMPARE(test::fileHash(folder + QStringLiteral("/attachments/0001.pdf")),
                 attachments.at(0).toObject().value(QStringLiteral("sha256")).toString().toLatin1());
        const QJsonObject audit = data.value(QStringLiteral("audit")).toObject();
        QVERIFY(audit.value(QStringLiteral("intact")).toBool());
        QCOMPARE(audit.value(QStringLiteral("count")).toInteger(),
                 count(QStringLiteral("SELECT count(*) FROM audit_entry")));
        QCOMPARE(result.auditCount, audit.value(QStringLiteral("count")).toInteger());
        QVERIFY(!audit.value(QStringLiteral("entries")).toArray().isEmpty());
        QVERIFY(!QJsonDocument(data).toJson().contains("Piet's own note"));
        // ICF-2.5: the engagement's tool use names the register's tool by id; the register is the practice's.
        const QJsonObject use = e.value(QStringLiteral("tools")).toArray().at(0).toObject();
        QCOMPARE(use.value(QStringLiteral("tool_id")).toInteger(), m_ids.tool);
        QCOMPARE(use.value(QStringLiteral("client_agreed_on")).toString(), QStringLiteral("2026-02-26"));
        QVERIFY(use.value(QStringLiteral("principal_agreed_on")).isNull());
        const QJsonArray register_ =
            data.value(QStringLiteral("practice")).toObject().value(QStringLiteral("technology_register")).toArray();
        QCOMPARE(register_.size(), 1);
        QCOMPARE(register_.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Otter Notes"));
        QVERIFY(register_.at(0).toObject().value(QStringLiteral("ai")).toBool());

        // dossier.pdf: the notes' text, readable.
        const Run pdf =
            run(QStringLiteral("pdftotext"), {folder + QStringLiteral("/dossier.pdf"), QStringLiteral("-")});
        QVERIFY2(pdf.exitCode == 0, pdf.out.constData());
        const QString text = QString::fromUtf8(pdf.out).simplified();
        QVERIFY2(text.contains(test::canary() + QStringLiteral(" said \"stop\"")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("First text ") + test::canary()));
        // The complaint and its handling (DossierTest reads the dossier in detail).
        QVERIFY2(text.contains(QStringLiteral("Complaint ") + test::canary()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Handled by phone ") + test::canary()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(text.contains(QStringLiteral("MW-2.2")));
        QVERIFY(text.contains(QStringLiteral("Compliance per article")));
        QVERIFY(text.contains(test::clientName()));
    }

    void clientExportHoldsEveryEngagementOfThatClient()
    {
        const ExportResult result = exportTo(QStringLiteral("client.zip"), ExportScope::client(m_ids.client));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.engagements, 2);
        const QJsonObject data = dataJson(extract(result.path, password));
        QList<qint64> ids;
        for (const QJsonValue& e : data.value(QStringLiteral("engagements")).toArray()) {
            ids << e.toObject().value(QStringLiteral("id")).toInteger();
        }
        QCOMPARE(ids, (QList<qint64>{m_ids.ended, m_ids.second}));
        QCOMPARE(data.value(QStringLiteral("clients")).toArray().size(), 1);
        QVERIFY(!QJsonDocument(data).toJson().contains("Piet"));
        QCOMPARE(data.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("client"));
    }

    void plaintextExportOpensWithoutPassword()
    {
        const ExportResult result = exportTo(QStringLiteral("plain.zip"), ExportScope::practice(), true);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(!result.encrypted);
        const Run listing =
            run(QStringLiteral("7z"), {QStringLiteral("l"), QStringLiteral("-slt"), QStringLiteral("-p"), result.path});
        QVERIFY(!listing.out.contains("AES"));
        const QJsonObject data = dataJson(extract(result.path, QString()));
        QCOMPARE(data.value(QStringLiteral("engagements")).toArray().size(), 3);
        QCOMPARE(data.value(QStringLiteral("clients")).toArray().size(), 2);
        QVERIFY(!ExportJob::plaintextWarning().isEmpty());
    }

    void cancelledExportLeavesNoFile()
    {
        ExportOptions options;
        options.scope = ExportScope::practice();
        options.outputPath = m_out.filePath(QStringLiteral("cancelled.zip"));
        options.password = password;
        ExportJob job(m_fixture.vault().path(), m_fixture.vault().key(), options);
        int reports = 0;
        connect(&job, &ExportJob::progress, &job, [&](int done, int total) {
            QCOMPARE(total, ExportJob::ProgressSteps);
            if (++reports == 1 || done > 300) {
                job.cancel();
            }
        });
        const ExportResult result = job.run();
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QVERIFY(reports >= 1);
        QVERIFY(!QFileInfo::exists(options.outputPath));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void cancelWhileWritingTheArchive()
    {
        ExportOptions options;
        options.scope = ExportScope::practice();
        options.outputPath = m_out.filePath(QStringLiteral("late.zip"));
        options.password = password;
        ExportJob job(m_fixture.vault().path(), m_fixture.vault().key(), options);
        connect(&job, &ExportJob::progress, &job, [&](int done, int) {
            if (done > 300) {
                job.cancel();
            }
        });
        QCOMPARE(job.run().status, ExportResult::Status::Cancelled);
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("late*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void failuresLeaveNoFile()
    {
        ExportOptions options;
        options.scope = ExportScope::engagement(m_ids.ended);
        options.password = password;
        options.outputPath = m_out.filePath(QStringLiteral("no-such-folder/x.zip"));
        ExportResult result = ExportJob(m_fixture.vault().path(), m_fixture.vault().key(), options).run();
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY(result.error.message.contains(QStringLiteral("does not exist")));

        options.outputPath = m_out.filePath(QStringLiteral("nopassword.zip"));
        options.password.clear();
        result = ExportJob(m_fixture.vault().path(), m_fixture.vault().key(), options).run();
        QVERIFY(result.error.message.contains(QStringLiteral("password")));
        QVERIFY(!QFileInfo::exists(options.outputPath));

        options.password = password;
        options.scope = ExportScope::engagement(9999);
        result = ExportJob(m_fixture.vault().path(), m_fixture.vault().key(), options).run();
        QVERIFY(result.error.message.contains(QStringLiteral("no engagement 9999")));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("nopassword*")}, QDir::Files | QDir::Hidden),
                 QStringList());

        // An existing file is not replaced unless asked.
        options.scope = ExportScope::engagement(m_ids.ended);
        options.outputPath = m_out.filePath(QStringLiteral("existing.zip"));
        QVERIFY(test::writeFile(options.outputPath, "keep me"));
        result = ExportJob(m_fixture.vault().path(), m_fixture.vault().key(), options).run();
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QFile kept(options.outputPath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();
        options.overwrite = true;
        QVERIFY(ExportJob(m_fixture.vault().path(), m_fixture.vault().key(), options).run().ok());
    }

    // The window runs the job on a worker thread while the vault stays open on its own.
    void runsOnAWorkerThread()
    {
        ExportOptions options;
        options.scope = ExportScope::client(m_ids.client);
        options.outputPath = m_out.filePath(QStringLiteral("threaded.zip"));
        options.password = password;
        ExportJob job(m_fixture.vault().path(), m_fixture.vault().key(), options);
        QList<int> seen;
        connect(&job, &ExportJob::progress, this, [&](int done, int) { seen << done; }); // queued to this thread
        ExportResult result;
        std::unique_ptr<QThread> worker(QThread::create([&] { result = job.run(); }));
        QSignalSpy finished(worker.get(), &QThread::finished);
        worker->start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QTRY_VERIFY(!seen.isEmpty() && seen.constLast() == ExportJob::ProgressSteps);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(
            run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p") + password, result.path}).exitCode, 0);
        // The vault's own connection is still usable.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM note")) > 0);
    }

    void exportIsAudited()
    {
        const ExportResult result = exportTo(QStringLiteral("audited.zip"), ExportScope::engagement(m_ids.ended));
        QVERIFY(result.ok());
        Error error;
        QVERIFY2(ExportJob::recordExport(m_fixture.vault(), m_fixture.records(), result, &error),
                 qPrintable(error.message));
        QSqlQuery query(m_fixture.vault().database());
        QVERIFY(query.exec(QStringLiteral("SELECT summary, engagement_id FROM audit_entry WHERE kind = 'export'")));
        QVERIFY(query.next());
        QVERIFY2(
            Phrase::render(query.value(0).toString())
                .startsWith(
                    QStringLiteral("Export of engagement %1 (encrypted, AES-256): 1 engagement(s)").arg(m_ids.ended)),
            qPrintable(Phrase::render(query.value(0).toString())));
        QCOMPARE(query.value(1).toLongLong(), m_ids.ended);
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for dossier.pdf
    ExportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ExportTest.moc"
