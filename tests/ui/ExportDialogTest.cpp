// The export dialog as a user drives it (issue 7): the destination chosen in a file dialog
// under a name that names no one, the password typed twice, the ZIP opened with 7z and that
// password and refused with a wrong one, everything about one client across two engagements,
// a cancel half-way and a folder that cannot be written leaving nothing behind, plaintext only
// after the explicit choice, and a close (as a lock does) while the export runs.
#include "ExchangeFixture.h"
#include "FakeKeyChain.h"
#include "UiTestSupport.h"

#include "Translations.h"

#include "common/OpenPractice.h"
#include "engagements/EngagementPage.h"
#include "exchange/ExportDialog.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "repositories/AuditLog.h"
#include "util/Settings.h"
#include "wizards/termination/TerminationWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <unistd.h>

using namespace mandaat;
using namespace mandaat::test;

namespace {

constexpr int ExportTimeout = 120000;
const QString password = QStringLiteral("Drie woorden \u00e9\u00e9n wachtwoord");

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& arguments, const QStringList& environment = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& pair : environment) {
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        }
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(ExportTimeout)) {
        result.out = program + QStringLiteral(" could not be run");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAll());
    return result;
}

// The names of the files in \a zip, as `7z l -slt` lists them.
QStringList zipNames(const QString& zip, const QString& pass, int* exitCode = nullptr)
{
    const Run r =
        run(QStringLiteral("7z"), {QStringLiteral("l"), QStringLiteral("-slt"), QStringLiteral("-p") + pass, zip});
    if (exitCode) {
        *exitCode = r.exitCode;
    }
    QStringList names;
    for (const QString& line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Path = ")) && !line.endsWith(QLatin1String(".zip"))) {
            names << line.mid(7).trimmed();
        }
    }
    return names;
}

QLabel* label(const QDialog* dialog, const char* name)
{
    return named<QLabel>(dialog, name);
}

QPushButton* exportButton(const ExportDialog* dialog)
{
    return named<QPushButton>(dialog, "exportButton");
}

QPushButton* cancelButton(const ExportDialog* dialog)
{
    return named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel);
}

void typePassword(ExportDialog* dialog, const QString& first, const QString& second)
{
    auto* password = named<QLineEdit>(dialog, "passwordLineEdit");
    auto* repeat = named<QLineEdit>(dialog, "repeatLineEdit");
    password->clear();
    repeat->clear();
    typeText(password, first);
    typeText(repeat, second);
}

void setDestination(ExportDialog* dialog, const QString& path)
{
    auto* edit = named<QLineEdit>(dialog, "destinationLineEdit");
    edit->selectAll();
    edit->del();
    typeText(edit, path);
}

// Runs the export with the Export button and waits for it to end.
bool exportAndWait(ExportDialog* dialog)
{
    QPushButton* button = exportButton(dialog);
    if (!button || !button->isEnabled()) {
        return false;
    }
    click(button);
    return QTest::qWaitFor([dialog]() { return !dialog->isRunning(); }, ExportTimeout);
}

// The child run by unwritableFolderAsNobody(), as nobody: exports into \a folder/locked,
// which it may not write, and checks what the dialog says. Returns 0 when it is right.
int childExportIntoLockedFolder(const QString& folder)
{
    const QByteArray keyHex = qgetenv("MANDAAT_TEST_KEY");
    VaultError vaultError;
    std::unique_ptr<Vault> vault = Vault::openWithKey(folder + QStringLiteral("/practice.mandaat"),
                                                      SecureBytes::fromHex(keyHex),
                                                      Vault::Access::ReadWrite,
                                                      &vaultError);
    if (!vault) {
        qWarning("the vault did not open as nobody: %s", qPrintable(vaultError.message));
        return 10;
    }
    int code = 0;
    {
        OpenPractice practice(*vault);
        auto* dialog = new ExportDialog(
            practice, ExportScope::engagement(qEnvironmentVariable("MANDAAT_TEST_ENGAGEMENT").toLongLong()));
        dialog->show();
        setDestination(dialog, folder + QStringLiteral("/locked/export.zip"));
        typePassword(dialog, password, password);
        if (!exportAndWait(dialog)) {
            code = 11;
        } else if (dialog->lastResult().status != ExportResult::Status::Failed) {
            code = 12;
        } else {
            const QLabel* error = label(dialog, "errorLabel");
            qInfo("%s", qPrintable(error->text()));
            if (!error->isVisible() || !error->text().contains(QLatin1String("cannot be written into")) ||
                !error->text().contains(QLatin1String("locked")) || !dialog->isVisible()) {
                code = 13;
            }
        }
        delete dialog;
    }
    vault->close();
    return code;
}

} // namespace

class ExportDialogTest : public QObject
{
    Q_OBJECT

private:
    ExchangeFixture m_fixture;
    ExchangeIds m_ids;
    QTemporaryDir m_out;
    std::unique_ptr<OpenPractice> m_practice;

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

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<ExportDialog> dialogFor(const ExportScope& scope)
    {
        auto dialog = std::make_unique<ExportDialog>(*m_practice, scope);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())) {
            return nullptr;
        }
        return dialog;
    }

    QString keyHex()
    {
        const SecureBytes hex = m_fixture.vault().key().toHex();
        return QString::fromLatin1(reinterpret_cast<const char*>(hex.data()), static_cast<qsizetype>(hex.size()));
    }

    qint64 exportAudits()
    {
        QSqlQuery query(m_fixture.vault().database());
        return query.exec(QStringLiteral("SELECT count(*) FROM audit_entry WHERE kind = 'export'")) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        QVERIFY(m_out.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("7z")).isEmpty(), "7z (p7zip-full) is missing");
        m_practice = std::make_unique<OpenPractice>(m_fixture.vault());
    }

    void cleanupTestCase()
    {
        m_practice.reset();
        m_fixture.close();
    }

    void encryptedEngagementExport()
    {
        const auto dialog = dialogFor(ExportScope::engagement(m_ids.ended));
        QVERIFY(dialog);
        // What the archive is, and what opens it.
        QVERIFY(label(dialog.get(), "scopeLabel")->text().contains(QLatin1String("Loopbaancoaching")));
        const QString tools = label(dialog.get(), "toolsLabel")->text();
        QVERIFY2(tools.contains(QLatin1String("7-Zip")) && tools.contains(QLatin1String("Keka")) &&
                     tools.contains(QLatin1String("cannot")),
                 qPrintable(tools));
        QVERIFY(label(dialog.get(), "toolsLabel")->isVisible());
        QVERIFY(named<QRadioButton>(dialog.get(), "encryptRadioButton")->isChecked());
        QVERIFY(!label(dialog.get(), "plaintextWarningLabel")->isVisible());
        // The proposed name says what it is and names no one.
        const QString proposed = QFileInfo(dialog->outputPath()).fileName();
        QVERIFY2(proposed.startsWith(QStringLiteral("mandaat-export-engagement-%1-").arg(m_ids.ended)),
                 qPrintable(proposed));
        QVERIFY(proposed.endsWith(QLatin1String(".zip")));
        QVERIFY(!proposed.contains(QLatin1String("Jan")) && !proposed.contains(QLatin1String("Jansen")));

        // The destination through the file dialog.
        const QString folder = m_out.filePath(QStringLiteral("engagement"));
        QVERIFY(QDir().mkpath(folder));
        const QString zip = folder + QLatin1Char('/') + proposed;
        click(named<QPushButton>(dialog.get(), "chooseButton"));
        auto* files = waitForDialog<QFileDialog>();
        QVERIFY(files);
        QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
        files->setDirectory(folder);
        files->selectFile(proposed);
        static_cast<QDialog*>(files)->accept(); // public in QDialog: OK in the file dialog
        QCOMPARE(dialog->outputPath(), zip);

        // No export without the password twice, the same.
        QVERIFY(!exportButton(dialog.get())->isEnabled());
        typePassword(dialog.get(), password, password + QStringLiteral("x"));
        QVERIFY(!exportButton(dialog.get())->isEnabled());
        QVERIFY(label(dialog.get(), "strengthLabel")->text().contains(QLatin1String("differ")));
        typePassword(dialog.get(), password, password);
        QVERIFY(exportButton(dialog.get())->isEnabled());

        const qint64 audits = exportAudits();
        QVERIFY(exportAndWait(dialog.get()));
        QVERIFY2(dialog->lastResult().ok(), qPrintable(dialog->lastResult().error.message));
        QVERIFY(dialog->isVisible());
        const QString status = label(dialog.get(), "statusLabel")->text();
        QVERIFY2(status.contains(QDir::toNativeSeparators(zip)) && status.contains(QLatin1String("1 engagement,")) &&
                     status.contains(QLatin1String("1 file")) && status.contains(QLatin1String("AES-256")),
                 qPrintable(status));
        QVERIFY(!label(dialog.get(), "errorLabel")->isVisible());
        QCOMPARE(cancelButton(dialog.get())->text(), QStringLiteral("&Close"));
        QCOMPARE(exportAudits(), audits + 1);
        // Nothing but the archive in the folder: no partial file left.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{proposed});

        // 7z with the password: dossier.pdf, data.json and the attachment under a neutral name.
        int exitCode = -1;
        const QStringList names = zipNames(zip, password, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(names.contains(QStringLiteral("dossier.pdf")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("data.json")));
        QVERIFY2(names.contains(QStringLiteral("attachments/0001.pdf")), qPrintable(names.join(QLatin1Char(','))));
        for (const QString& name : names) {
            QVERIFY2(!name.contains(QLatin1String("Jan"), Qt::CaseInsensitive) &&
                         !name.contains(QLatin1String("Jansen"), Qt::CaseInsensitive),
                     qPrintable(name));
        }
        const QString extracted = extract(zip, password);
        QVERIFY(!extracted.isEmpty());
        const QJsonObject data = QJsonDocument::fromJson(read(extracted + QStringLiteral("/data.json"))).object();
        QCOMPARE(data.value(QStringLiteral("engagements")).toArray().size(), 1);
        QVERIFY(read(extracted + QStringLiteral("/data.json")).contains(canary().toUtf8()));
        QVERIFY(read(extracted + QStringLiteral("/dossier.pdf")).startsWith("%PDF"));

        // A wrong password opens nothing.
        const Run wrong = run(QStringLiteral("7z"),
                              {QStringLiteral("x"),
                               QStringLiteral("-y"),
                               QStringLiteral("-pWrong password"),
                               QStringLiteral("-o") + m_out.filePath(QStringLiteral("wrong")),
                               zip});
        QVERIFY2(wrong.exitCode != 0, qPrintable(wrong.out));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("wrong/data.json"))) ||
                read(m_out.filePath(QStringLiteral("wrong/data.json"))) !=
                    read(extracted + QStringLiteral("/data.json")));

        // The same name again is refused, the dialog stays open, the archive is untouched.
        const QByteArray before = read(zip);
        typePassword(dialog.get(), password, password);
        QVERIFY(exportAndWait(dialog.get()));
        QCOMPARE(dialog->lastResult().status, ExportResult::Status::Failed);
        QVERIFY(label(dialog.get(), "errorLabel")->isVisible());
        QVERIFY(label(dialog.get(), "errorLabel")->text().contains(QLatin1String("already exists")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(read(zip), before);
    }

    // GDPR art. 15 and 20: the client's records from both engagements, and no one else's.
    void everythingAboutThisPerson()
    {
        const auto dialog = dialogFor(ExportScope::client(m_ids.client));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Everything about this person"));
        QVERIFY(label(dialog.get(), "scopeLabel")->text().contains(clientName()));
        QVERIFY(label(dialog.get(), "scopeLabel")->text().contains(QLatin1String("2 engagements")));
        const QString proposed = QFileInfo(dialog->outputPath()).fileName();
        QVERIFY2(proposed.startsWith(QStringLiteral("mandaat-export-client-%1-").arg(m_ids.client)),
                 qPrintable(proposed));
        const QString zip = m_out.filePath(proposed);
        setDestination(dialog.get(), zip);
        typePassword(dialog.get(), password, password);
        QVERIFY(exportAndWait(dialog.get()));
        QVERIFY2(dialog->lastResult().ok(), qPrintable(dialog->lastResult().error.message));
        QVERIFY(label(dialog.get(), "statusLabel")->text().contains(QLatin1String("2 engagements")));

        const QString extracted = extract(zip, password);
        QVERIFY(!extracted.isEmpty());
        const QByteArray json = read(extracted + QStringLiteral("/data.json"));
        const QJsonObject data = QJsonDocument::fromJson(json).object();
        QCOMPARE(data.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("client"));
        QStringList titles;
        for (const QJsonValue& engagement : data.value(QStringLiteral("engagements")).toArray()) {
            titles << engagement.toObject().value(QStringLiteral("title")).toString();
        }
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Loopbaancoaching"), QStringLiteral("Second engagement")}));
        QVERIFY(json.contains(canary().toUtf8()));
        QVERIFY(!json.contains("Piet's own note"));
        QVERIFY(!json.contains("Other client's engagement"));
        for (const QString& name : zipNames(zip, password)) {
            QVERIFY2(!name.contains(QLatin1String("Jan"), Qt::CaseInsensitive), qPrintable(name));
        }
    }

    // Cancel half-way: the job is held in the archive's writing, while its partial files exist.
    void cancelHalfWayLeavesNothing()
    {
        const auto dialog = dialogFor(ExportScope::engagement(m_ids.ended));
        QVERIFY(dialog);
        const QString folder = m_out.filePath(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(folder));
        const QString zip = folder + QStringLiteral("/export.zip");
        setDestination(dialog.get(), zip);
        typePassword(dialog.get(), password, password);
        QSemaphore reached;
        std::atomic<bool> held{false};
        connect(dialog.get(), &ExportDialog::jobStarted, this, [&reached, &held](ExportJob* job) {
            connect(
                job,
                &ExportJob::progress,
                job,
                [job, &reached, &held](int done, int) {
                    if (done > 300 && !held.exchange(true)) {
                        reached.release();
                        while (!job->isCancelled()) {
                            QThread::msleep(5);
                        }
                    }
                },
                Qt::DirectConnection);
        });
        click(exportButton(dialog.get()));
        QVERIFY(dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, ExportTimeout);
        // Mid-way: the partial file is there, the progress bar shows how far.
        QVERIFY(named<QProgressBar>(dialog.get(), "progressBar")->isVisible());
        QTRY_VERIFY(named<QProgressBar>(dialog.get(), "progressBar")->value() >= 300);
        QVERIFY(!named<QPushButton>(dialog.get(), "chooseButton")->isEnabled());
        QVERIFY(!exportButton(dialog.get())->isEnabled());
        // Mid-way through the archive: only the partial files, never the name chosen.
        const QStringList partial = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(!partial.isEmpty() && !partial.contains(QStringLiteral("export.zip")),
                 qPrintable(partial.join(QLatin1Char(','))));
        QVERIFY(cancelButton(dialog.get())->isEnabled());
        click(cancelButton(dialog.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), ExportTimeout);
        QCOMPARE(dialog->lastResult().status, ExportResult::Status::Cancelled);
        QVERIFY(dialog->isVisible());
        QVERIFY(label(dialog.get(), "statusLabel")->text().contains(QLatin1String("cancelled; nothing was written")));
        QVERIFY(!label(dialog.get(), "errorLabel")->isVisible());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
        // And it can be tried again.
        QVERIFY(exportButton(dialog.get())->isEnabled());
    }

    // A lock rejects the dialog (MainWindow::closeDialogs): the running export is cancelled and
    // waited for before the dialog goes, so that the vault may close.
    void closingWhileRunningCancelsAndWaits()
    {
        auto* dialog = new ExportDialog(*m_practice, ExportScope::practice());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString folder = m_out.filePath(QStringLiteral("locked-away"));
        QVERIFY(QDir().mkpath(folder));
        setDestination(dialog, folder + QStringLiteral("/practice.zip"));
        typePassword(dialog, password, password);
        QSemaphore reached;
        std::atomic<bool> held{false};
        connect(dialog, &ExportDialog::jobStarted, this, [&reached, &held](ExportJob* job) {
            connect(
                job,
                &ExportJob::progress,
                job,
                [job, &reached, &held](int done, int) {
                    if (done >= 100 && !held.exchange(true)) {
                        reached.release();
                        while (!job->isCancelled()) {
                            QThread::msleep(5);
                        }
                    }
                },
                Qt::DirectConnection);
        });
        click(exportButton(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, ExportTimeout);
        const QPointer<ExportDialog> guard(dialog);
        dialog->reject();
        QVERIFY(!dialog->isRunning());
        QCOMPARE(dialog->lastResult().status, ExportResult::Status::Cancelled);
        QTRY_VERIFY(!guard);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A destination whose folder is a file: the reason, nothing written, the dialog open.
    void unwritableDestination()
    {
        const auto dialog = dialogFor(ExportScope::engagement(m_ids.ended));
        QVERIFY(dialog);
        const QString blocker = m_out.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(writeFile(blocker, "a file"));
        setDestination(dialog.get(), blocker + QStringLiteral("/export.zip"));
        typePassword(dialog.get(), password, password);
        QVERIFY(exportAndWait(dialog.get()));
        QCOMPARE(dialog->lastResult().status, ExportResult::Status::Failed);
        const QLabel* error = label(dialog.get(), "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QLatin1String("Nothing was written.")) &&
                     error->text().contains(QDir::toNativeSeparators(blocker)),
                 qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(read(blocker), QByteArray("a file"));
        QVERIFY(exportButton(dialog.get())->isEnabled());
    }

    // CI runs as root, which ignores permissions: the test runs itself as nobody with setpriv
    // (childExportIntoLockedFolder) against a copy of the vault and a folder nobody may not write.
    void unwritableFolderAsNobody()
    {
        QVERIFY2(::geteuid() == 0, "this test needs root, to run the export as nobody with setpriv");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(),
                 "setpriv (util-linux) is missing");
        const QString shared = QStringLiteral("/tmp/mandaat-export-dialog-%1").arg(::getpid());
        QDir(shared).removeRecursively();
        QVERIFY(QDir().mkpath(shared + QStringLiteral("/locked")));
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
            QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(shared, all));
        QVERIFY(QFile::setPermissions(shared + QStringLiteral("/locked"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const QString vault = shared + QStringLiteral("/practice.mandaat");
        QVERIFY(QFile::copy(m_fixture.vault().path(), vault));
        QVERIFY(QFile::setPermissions(vault,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup |
                                          QFile::ReadOther | QFile::WriteOther));
        const Run r = run(QStringLiteral("setpriv"),
                          {QStringLiteral("--reuid=65534"),
                           QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"),
                           QCoreApplication::applicationFilePath()},
                          {QStringLiteral("MANDAAT_TEST_EXPORT_AS_NOBODY=") + shared,
                           QStringLiteral("MANDAAT_TEST_KEY=") + keyHex(),
                           QStringLiteral("MANDAAT_TEST_ENGAGEMENT=%1").arg(m_ids.ended),
                           QStringLiteral("HOME=") + shared,
                           QStringLiteral("XDG_RUNTIME_DIR=") + shared,
                           QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("cannot be written into")), qPrintable(r.out));
        QVERIFY(QDir(shared + QStringLiteral("/locked")).isEmpty());
        QDir(shared).removeRecursively();
    }

    // Plaintext only after the explicit choice and its warning.
    void plaintextNeedsTheExplicitChoice()
    {
        const auto dialog = dialogFor(ExportScope::engagement(m_ids.ended));
        QVERIFY(dialog);
        const QString zip = m_out.filePath(QStringLiteral("plain.zip"));
        setDestination(dialog.get(), zip);
        auto* plaintext = named<QRadioButton>(dialog.get(), "plaintextRadioButton");
        auto* understood = named<QCheckBox>(dialog.get(), "plaintextCheckBox");
        click(plaintext);
        QVERIFY(plaintext->isChecked());
        QVERIFY(!named<QLineEdit>(dialog.get(), "passwordLineEdit")->isVisible());
        const QLabel* warning = label(dialog.get(), "plaintextWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("not encrypted")));
        QVERIFY(understood->isVisible());
        QVERIFY(!understood->isChecked());
        QVERIFY(!exportButton(dialog.get())->isEnabled());
        click(understood);
        QVERIFY(exportButton(dialog.get())->isEnabled());
        // Back to encryption forgets the confirmation.
        click(named<QRadioButton>(dialog.get(), "encryptRadioButton"));
        QVERIFY(!understood->isChecked());
        QVERIFY(!exportButton(dialog.get())->isEnabled());
        click(plaintext);
        QVERIFY(!exportButton(dialog.get())->isEnabled());
        click(understood);
        QVERIFY(exportAndWait(dialog.get()));
        QVERIFY2(dialog->lastResult().ok(), qPrintable(dialog->lastResult().error.message));
        QVERIFY(!dialog->lastResult().encrypted);
        QVERIFY(label(dialog.get(), "statusLabel")->text().contains(QLatin1String("NOT encrypted")));
        // Opens without a password.
        const Run test = run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p"), zip});
        QVERIFY2(test.exitCode == 0, qPrintable(test.out));
        QVERIFY(zipNames(zip, QString()).contains(QStringLiteral("data.json")));
    }

    // File > Export… acts on what is shown; a lock during an export cancels it and waits for
    // it before the vault closes, and leaves no file.
    void fromTheMainWindowAndLocked()
    {
        const QString path = m_out.filePath(QStringLiteral("window.mandaat"));
        QVERIFY(QFile::copy(m_fixture.vault().path(), path));
        Settings settings(m_out.filePath(QStringLiteral("settings.ini")));
        FakeKeyChain keyChain;
        keyChain.entries[m_fixture.vault().saltHex()] = m_fixture.vault().key();
        MainWindow window(settings, keyChain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openVault(path); // the remembered key unlocks it
        QTRY_VERIFY(window.vault() != nullptr);
        auto* action = named<QAction>(&window, "exportAction");
        QVERIFY(action->isEnabled());

        window.practiceView()->showClient(m_ids.client);
        action->trigger();
        QPointer<ExportDialog> dialog = waitForDialog<ExportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->scope().kind, ExportScope::Kind::Client);
        QCOMPARE(dialog->scope().id, m_ids.client);
        dialog->reject();
        QTRY_VERIFY(!dialog);

        window.practiceView()->showEngagement(m_ids.ended);
        action->trigger();
        dialog = waitForDialog<ExportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->scope().kind, ExportScope::Kind::Engagement);
        QCOMPARE(dialog->scope().id, m_ids.ended);
        const QString folder = m_out.filePath(QStringLiteral("window"));
        QVERIFY(QDir().mkpath(folder));
        setDestination(dialog, folder + QStringLiteral("/export.zip"));
        typePassword(dialog, password, password);
        QSemaphore reached;
        std::atomic<bool> held{false};
        connect(dialog, &ExportDialog::jobStarted, this, [&reached, &held](ExportJob* job) {
            connect(
                job,
                &ExportJob::progress,
                job,
                [job, &reached, &held](int done, int) {
                    if (done > 300 && !held.exchange(true)) {
                        reached.release();
                        while (!job->isCancelled()) {
                            QThread::msleep(5);
                        }
                    }
                },
                Qt::DirectConnection);
        });
        click(exportButton(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, ExportTimeout);
        QVERIFY(!QDir(folder).isEmpty()); // the partial files

        named<QAction>(&window, "lockAction")->trigger();
        QVERIFY(window.vault() == nullptr);
        QTRY_VERIFY(!dialog);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!action->isEnabled());
    }

    // docs/journey.md, step 10: "Export the engagement afterwards" on the termination wizard's last
    // page opens the export dialog for that engagement once the wizard has closed.
    void afterTheTerminationWizard()
    {
        const QString path = m_out.filePath(QStringLiteral("ending.mandaat"));
        QVERIFY(QFile::copy(m_fixture.vault().path(), path));
        Settings settings(m_out.filePath(QStringLiteral("ending.ini")));
        FakeKeyChain keyChain;
        keyChain.entries[m_fixture.vault().saltHex()] = m_fixture.vault().key();
        MainWindow window(settings, keyChain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openVault(path);
        QTRY_VERIFY(window.vault() != nullptr);
        window.practiceView()->showEngagement(m_ids.second);
        QMenu* menu = named<QToolButton>(window.practiceView()->engagementPage(), "statusToolButton")->menu();
        Q_EMIT menu->aboutToShow();
        QAction* end = nullptr;
        for (QAction* action : menu->actions()) {
            end = action->text() == QStringLiteral("&End engagement…") ? action : end;
        }
        QVERIFY(end);
        end->trigger();
        auto* wizard = waitForDialog<TerminationWizard>();
        QVERIFY(wizard);
        auto* reason = named<QComboBox>(wizard->currentPage(), "reasonComboBox");
        reason->setCurrentIndex(reason->findData(static_cast<int>(EndReason::Completed)));
        // A client who pays for the guidance: no principal, no final report page.
        for (const int page :
             {TerminationWizard::LetterPageId, TerminationWizard::RetentionPageId, TerminationWizard::ExportPageId}) {
            QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QString::number(wizard->currentId())));
            click(wizard->button(QWizard::NextButton));
            QCOMPARE(wizard->currentId(), page);
        }
        QVERIFY(named<QCheckBox>(wizard->currentPage(), "exportCheckBox")->isChecked());
        const QPointer<TerminationWizard> guard(wizard);
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(!guard);
        auto* dialog = waitForDialog<ExportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->scope().kind, ExportScope::Kind::Engagement);
        QCOMPARE(dialog->scope().id, m_ids.second);
        QVERIFY(label(dialog, "scopeLabel")->text().contains(QLatin1String("Second engagement")));
        window.lock();
        QVERIFY(window.vault() == nullptr);
    }

    void defaultNamesNameNoOne()
    {
        const QDate day(2026, 3, 20);
        QCOMPARE(ExportDialog::defaultFileName(ExportScope::engagement(12), day),
                 QStringLiteral("mandaat-export-engagement-12-2026-03-20.zip"));
        QCOMPARE(ExportDialog::defaultFileName(ExportScope::client(3), day),
                 QStringLiteral("mandaat-export-client-3-2026-03-20.zip"));
        QCOMPARE(ExportDialog::defaultFileName(ExportScope::practice(), day),
                 QStringLiteral("mandaat-export-practice-2026-03-20.zip"));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    // The English plurals ("1 engagement, 2 notes") come from mandaat_en.
    installTranslations(app, QLocale(QLocale::English));
    if (const QString folder = qEnvironmentVariable("MANDAAT_TEST_EXPORT_AS_NOBODY"); !folder.isEmpty()) {
        return childExportIntoLockedFolder(folder);
    }
    ExportDialogTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "ExportDialogTest.moc"
