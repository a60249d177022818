// Issue 10, part 5: no plaintext anywhere. A whole session through mandaat-cli and one through
// the main window (offscreen), with HOME, TMPDIR and the XDG folders (config, cache, data, state,
// runtime) inside one private temporary folder: vaults created, clients, an engagement and a
// session note with canary texts, a confirmation letter issued into the vault (mandaat-cli
// letter; in the window, the onboarding wizard walked to its Confirmation page and Issue pressed,
// the letter's save dialog cancelled), searched, exported encrypted (mandaat-cli export; the
// export dialog), backed up, locked. Then no file below that folder may hold a canary, in UTF-8
// or UTF-16 (either byte order); plaintext control files prove that the search finds each
// encoding, and the decrypted exports and the letter kept in the vault prove that the canaries
// were in what was written.
//
// The one plaintext file allowed is the letter's PDF that the user asked mandaat-cli letter
// to write with --out.
#include "FakeKeyChain.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "clients/ClientForm.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/forms/DateEdit.h"
#include "common/models/SearchResultModel.h"
#include "common/models/SessionListModel.h"
#include "domain/Client.h"
#include "domain/Engagement.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "engagements/SessionForm.h"
#include "engagements/SessionsPanel.h"
#include "engagements/notes/NoteEditor.h"
#include "exchange/ExportDialog.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "practice/CodesEditor.h"
#include "practice/ProfileDialog.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/Records.h"
#include "search/SearchPage.h"
#include "util/Settings.h"
#include "vault/CreateVaultDialog.h"
#include "vault/EmergencySheetDialog.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"
#include "wizards/onboarding/EvidenceField.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWizardPage>

#include <memory>

#include <unistd.h>

using namespace mandaat;
using namespace mandaat::test;

namespace {

/// Letters no demo text, template or translation has, some beyond ASCII and beyond Latin-1 so
/// that UTF-8 and UTF-16 differ from ASCII; one per place a canary goes.
const QString CliClient = QStringLiteral("Kanariezqxvimport"); // a client's name, from a CSV
const QString CliNotes = QStringLiteral("Kanariezqxvnotitié"); // that client's notes, from the CSV
const QString CliLetterClient = QStringLiteral("Kanariezqxvbrief"); // the name the letter prints
const QString CliObjectives = QStringLiteral("Kanariezqxvdoelø"); // the objectives, in the letter
const QString GuiClient = QStringLiteral("Kanariezqxvklantë"); // typed into the client form
const QString GuiClientNotes = QStringLiteral("Kanariezqxvλόγος"); // the client's notes
const QString GuiTitle = QStringLiteral("Kanariezqxvtitel"); // the engagement's title
const QString GuiObjectives = QStringLiteral("Kanariezqxvdoelß"); // its objectives, in the letter
const QString GuiNote = QStringLiteral("Kanariezqxvsessieç"); // the session note
const QString GuiMethod = QStringLiteral("Kanariezqxvmethodeą"); // a method's description, in the letter
const QStringList Canaries = {CliClient,
                              CliNotes,
                              CliLetterClient,
                              CliObjectives,
                              GuiClient,
                              GuiClientNotes,
                              GuiTitle,
                              GuiObjectives,
                              GuiNote,
                              GuiMethod};

const QString ExportPassword = QStringLiteral("Export-wachtwoord 42");

QTemporaryDir* s_root = nullptr;
QProcessEnvironment* s_outside = nullptr; // the environment the test started with

QString under(const QString& name)
{
    return s_root->filePath(name);
}

struct Run
{
    int exitCode = -1;
    QString output;
};

/// mandaat-cli with \a arguments, the passphrase (and \a moreInput) on standard input, in the
/// private environment.
Run cli(const QStringList& arguments, const QString& moreInput = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli"),
                  arguments + QStringList{QStringLiteral("--passphrase-stdin")});
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(test::passphrase().toUtf8() + '\n');
    if (!moreInput.isEmpty()) {
        process.write(moreInput.toUtf8() + '\n');
    }
    process.closeWriteChannel();
    const int exitCode = mandaat::test::waitForExitCode(process, 300000);
    return {exitCode, QString::fromUtf8(process.readAllStandardOutput())};
}

/// data.json from an encrypted export, decrypted by 7-Zip outside the private folder.
QByteArray exportedData(const QString& zip)
{
    QProcess process;
    process.setProcessEnvironment(*s_outside);
    process.start(QStringLiteral("7z"),
                  {QStringLiteral("x"),
                   QStringLiteral("-so"),
                   QStringLiteral("-p") + ExportPassword,
                   zip,
                   QStringLiteral("data.json")});
    process.waitForFinished(120000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

/// The text of a PDF as its reader sees it, by pdftotext outside the private folder; the PDF
/// goes in on standard input, so it is never a file.
QString pdfText(const QByteArray& pdf)
{
    QProcess process;
    process.setProcessEnvironment(*s_outside);
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(pdf);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return process.exitCode() == 0 ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

} // namespace

class NoPlaintextTest : public QObject
{
    Q_OBJECT

private:
    QString m_cliVault;
    QString m_guiVault;
    QString m_letterPdf; // written at the user's request: the one plaintext file allowed
    QStringList m_exports;

    static int rows(RecordPage* page) { return page->list()->view()->model()->rowCount(); }

    /// What a form says is wrong, for a failure's message.
    static QString errorsShown(const QWidget* form)
    {
        QStringList texts;
        for (const QLabel* label : form->findChildren<QLabel*>()) {
            if (label->objectName().contains(QStringLiteral("rror")) && label->isVisible()) {
                texts << label->objectName() + QStringLiteral(": ") + label->text();
            }
        }
        return texts.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cliVault = under(QStringLiteral("home/Documenten/cli-praktijk.mandaat"));
        m_guiVault = under(QStringLiteral("home/Documenten/Praktijk.mandaat"));
        m_letterPdf = under(QStringLiteral("home/Documenten/bevestiging.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(m_cliVault).path()));
    }

    void cliSession()
    {
        Run run = cli({QStringLiteral("demo"),
                       m_cliVault,
                       QStringLiteral("--clients"),
                       QStringLiteral("8"),
                       QStringLiteral("--seed"),
                       QStringLiteral("11"),
                       QStringLiteral("--today"),
                       QStringLiteral("2026-11-22")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        const QString csv = under(QStringLiteral("home/Documenten/klanten.csv"));
        QVERIFY(test::writeFile(
            csv, "Naam;Gemeente;Notities\n" + CliClient.toUtf8() + ";Gent;Eerste contact " + CliNotes.toUtf8() + "\n"));
        run = cli({QStringLiteral("import"), m_cliVault, QStringLiteral("--clients"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(QFile::remove(csv)); // the user's own file

        run = cli({QStringLiteral("list"), m_cliVault, QStringLiteral("engagements")});
        QCOMPARE(run.exitCode, 0);
        qint64 engagementId = 0;
        for (const QString& row : run.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (row.contains(QStringLiteral("\toutplacement\t"))) {
                engagementId = row.section(QLatin1Char('\t'), 0, 0).toLongLong();
                break;
            }
        }
        QVERIFY2(engagementId > 0, qPrintable(run.output));
        {
            // Canaries in what the letter prints, through core as the GUI's editors would.
            VaultError error;
            std::unique_ptr<Vault> vault =
                Vault::open(m_cliVault, test::passphrase(), Vault::Access::ReadWrite, &error);
            QVERIFY2(vault, qPrintable(error.message));
            Records records(*vault);
            std::optional<Engagement> engagement = records.engagements().engagement(engagementId);
            QVERIFY(engagement);
            std::optional<Client> client = records.clients().client(engagement->clientId);
            QVERIFY(client);
            client->name = CliLetterClient + QStringLiteral(" Peeters");
            RecordError recordError;
            QVERIFY2(records.clients().save(*client, &recordError), qPrintable(recordError.message));
            engagement->objectives = QStringLiteral("Werk vinden via ") + CliObjectives;
            QVERIFY2(records.engagements().save(*engagement, &recordError), qPrintable(recordError.message));
        }
        run = cli({QStringLiteral("letter"),
                   m_cliVault,
                   QStringLiteral("--engagement"),
                   QString::number(engagementId),
                   QStringLiteral("--out"),
                   m_letterPdf,
                   QStringLiteral("--lang"),
                   QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = cli({QStringLiteral("search"), m_cliVault, CliNotes});
        QVERIFY2(run.exitCode == 0 && run.output.contains(CliClient), qPrintable(run.output));

        const QString zip = under(QStringLiteral("home/Documenten/cli-export.zip"));
        run = cli({QStringLiteral("export"),
                   m_cliVault,
                   QStringLiteral("--all"),
                   QStringLiteral("--out"),
                   zip,
                   QStringLiteral("--password-stdin")},
                  ExportPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        m_exports << zip;
        run = cli({QStringLiteral("backup"),
                   m_cliVault,
                   QStringLiteral("--out"),
                   under(QStringLiteral("home/Documenten/cli-praktijk.backup"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }

    void guiSession()
    {
        Settings settings; // QSettings under XDG_CONFIG_HOME, as the application keeps them
        FakeKeyChain keyChain;
        auto window = std::make_unique<MainWindow>(settings, keyChain);
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // A new vault, its emergency sheet closed unsaved, the profile the letter needs.
        named<QAction>(window.get(), "newAction")->trigger();
        auto* create = waitForDialog<CreateVaultDialog>();
        QVERIFY(create);
        named<QLineEdit>(create, "locationLineEdit")->setText(m_guiVault);
        typeText(named<QLineEdit>(create, "passphraseLineEdit"), test::passphrase());
        typeText(named<QLineEdit>(create, "repeatLineEdit"), test::passphrase());
        click(create->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(window->vault()->path(), m_guiVault);
        auto* sheet = waitForDialog<EmergencySheetDialog>();
        QVERIFY(sheet);
        click(sheet->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
        auto* profile = waitForDialog<ProfileDialog>();
        QVERIFY(profile);
        typeText(named<QLineEdit>(profile, "consultantNameLineEdit"), QStringLiteral("Annelies Claes"));
        typeText(named<QLineEdit>(profile, "tradeNameLineEdit"), QStringLiteral("Praktijk Claes"));
        typeText(named<QLineEdit>(profile, "emailLineEdit"), QStringLiteral("annelies@praktijkclaes.be"));
        auto* codes = profile->findChild<CodesEditor*>(); // the code the letter names (CMI-5)
        QVERIFY(codes);
        auto* code = named<QComboBox>(codes, "codeComboBox");
        code->setCurrentIndex(code->findData(QStringLiteral("CMI-2009")));
        QVERIFY(code->currentIndex() >= 0);
        QVERIFY(codes->add());
        click(profile->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_VERIFY(!profile->isVisible());

        // A client, typed in.
        PracticeView* view = window->practiceView();
        view->showPage(PracticeView::Page::Clients);
        RecordPage* clients = view->clientsPage();
        click(named<QPushButton>(clients, "newButton"));
        typeText(named<QLineEdit>(clients->form(), "nameLineEdit"), GuiClient + QStringLiteral(" Peeters"));
        typeText(named<QLineEdit>(clients->form(), "cityLineEdit"), QStringLiteral("Gent"));
        typeText(named<QPlainTextEdit>(clients->form(), "notesPlainTextEdit"),
                 QStringLiteral("Verwezen door ") + GuiClientNotes);
        click(named<QPushButton>(clients->form(), "saveButton"));
        QTRY_COMPARE(rows(clients), 1);

        // Her engagement, with a session and its note.
        click(named<QPushButton>(clients->form(), "newEngagementButton"));
        QCOMPARE(view->currentPage(), PracticeView::Page::Engagements);
        EngagementPage* engagement = view->engagementPage();
        EngagementTermsForm* terms = engagement->termsForm();
        typeText(named<QLineEdit>(terms, "titleLineEdit"), QStringLiteral("Loopbaan ") + GuiTitle);
        typeText(named<QPlainTextEdit>(terms, "objectivesPlainTextEdit"), QStringLiteral("Richting: ") + GuiObjectives);
        auto* payer = named<QComboBox>(terms, "payerKindComboBox"); // she pays herself
        payer->setCurrentIndex(payer->findData(QStringLiteral("client")));
        QVERIFY(payer->currentIndex() >= 0);
        auto* kind = named<QComboBox>(terms, "kindComboBox"); // career coaching, under the CMI code
        kind->setCurrentIndex(kind->findData(QStringLiteral("career_coaching")));
        QVERIFY(kind->currentIndex() >= 0);
        click(named<QPushButton>(terms, "saveButton"));
        QTRY_VERIFY2(rows(view->engagementsPage()) == 1, qPrintable(errorsShown(terms)));
        const qint64 engagementId = terms->recordId();
        QVERIFY(engagementId > 0);
        engagement->showTab(EngagementPage::SessionsTab);
        SessionsPanel* sessions = engagement->sessionsPanel();
        click(named<QPushButton>(sessions, "newSessionButton"));
        click(named<QPushButton>(sessions->sessionForm(), "saveButton"));
        QTRY_COMPARE(sessions->model()->rowCount(), 1);
        NoteEditor* note = sessions->noteEditor();
        typeText(named<QPlainTextEdit>(note, "notePlainTextEdit"), QStringLiteral("Kennismaking. ") + GuiNote);
        click(named<QPushButton>(note, "saveNoteButton"));
        QTRY_COMPARE(sessions->model()->index(0, SessionListModel::NoteColumn).data().toString(),
                     QStringLiteral("Written"));

        // The confirmation letter, issued into the vault from the onboarding wizard (Status,
        // Continue onboarding), with a canary in a method's description; its PDF is not saved
        // (the save dialog cancelled), so only the vault holds it.
        QMenu* status = named<QToolButton>(engagement, "statusToolButton")->menu();
        Q_EMIT status->aboutToShow();
        QAction* onboarding = nullptr;
        for (QAction* action : status->actions()) {
            onboarding = action->text() == QStringLiteral("Continue &onboarding…") ? action : onboarding;
        }
        QVERIFY(onboarding);
        onboarding->trigger();
        QPointer<OnboardingWizard> wizard = waitForDialog<OnboardingWizard>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::Parties)); // a draft: its parties first
        const auto message = [&wizard]() {
            const auto* label = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel"));
            return QStringLiteral("on page %1: %2").arg(wizard->currentId()).arg(label ? label->text() : QString());
        };
        const auto goOn = [&wizard](int expected) {
            click(wizard->button(QWizard::NextButton));
            return wizard->currentId() == expected;
        };
        const auto tick = [&wizard](const char* evidenceField) {
            auto* field = wizard->currentPage()->findChild<EvidenceField*>(QLatin1String(evidenceField));
            auto* box =
                field && field->isVisible() ? field->findChild<QCheckBox*>(QStringLiteral("checkBox")) : nullptr;
            if (box) {
                click(box);
            }
            return box && box->isChecked();
        };
        QVERIFY2(goOn(OnboardingWizard::Conflict), qPrintable(message()));
        QWizardPage* page = wizard->currentPage();
        click(named<QCheckBox>(page, "independenceCheckBox"));
        QVERIFY2(goOn(OnboardingWizard::Expectations), qPrintable(message()));
        page = wizard->currentPage();
        typeText(named<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"),
                 QStringLiteral("Een nieuwe richting."));
        QVERIFY2(goOn(OnboardingWizard::Methods), qPrintable(message()));
        page = wizard->currentPage();
        typeText(named<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("Loopbaanscan"));
        typeText(named<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("Noloc"));
        typeText(named<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"),
                 QStringLiteral("Een test naar drijfveren: ") + GuiMethod);
        click(named<QPushButton>(page, "addMethodPushButton"));
        QVERIFY2(goOn(OnboardingWizard::Terms), qPrintable(message()));
        page = wizard->currentPage();
        auto* fee = named<QComboBox>(page, "feeModelComboBox");
        fee->setCurrentIndex(fee->findData(QStringLiteral("fixed")));
        typeText(named<QLineEdit>(page, "rateLineEdit"), QStringLiteral("1200"));
        typeText(named<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("Geen."));
        auto* paying = named<QComboBox>(page, "paymentMethodComboBox");
        paying->setCurrentIndex(paying->findData(QStringLiteral("bank_transfer")));
        typeText(named<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Binnen 30 dagen"));
        person::typeInto(named<DateEdit>(page, "plannedStartDateEdit"), formats::shortDate(QDate::currentDate()));
        person::typeInto(named<DateEdit>(page, "plannedEndDateEdit"),
                         formats::shortDate(QDate::currentDate().addMonths(6)));
        named<QSpinBox>(page, "plannedSessionsSpinBox")->setValue(8);
        click(named<QCheckBox>(page, "adequacyCheckBox"));
        QVERIFY2(goOn(OnboardingWizard::Disclosures), qPrintable(message()));
        page = wizard->currentPage();
        click(named<QRadioButton>(page, "followsAdviceNoRadioButton"));
        click(named<QRadioButton>(page, "endOfEmploymentNoRadioButton"));
        QVERIFY(tick("freedomToStopEvidenceField"));
        QVERIFY2(goOn(OnboardingWizard::Consent), qPrintable(message())); // no principal: nothing to consent to
        QVERIFY2(goOn(OnboardingWizard::Handover), qPrintable(message()));
        QVERIFY(tick("codeClientEvidenceField"));
        QVERIFY(tick("privacyNoticeEvidenceField"));
        QVERIFY2(goOn(OnboardingWizard::Confirmation), qPrintable(message()));
        page = wizard->currentPage();
        auto* issue = named<QPushButton>(page, "issuePushButton");
        QVERIFY2(issue->isEnabled(), qPrintable(named<QLabel>(page, "missingLabel")->text()));
        click(issue);
        QPointer<QFileDialog> save = wizard->findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"));
        QVERIFY2(save, qPrintable(message()));
        save->reject();
        QTRY_VERIFY(!save);
        Records& records = window->practiceView()->practice()->records();
        const QList<IssuedLetter> letters = records.letters().lettersFor(engagementId);
        QCOMPARE(letters.size(), 1);
        const std::optional<Attachment> issued = records.attachments().attachment(letters.constFirst().attachmentId);
        QVERIFY(issued);
        const QString printed = pdfText(issued->content);
        for (const QString& canary : {GuiClient, GuiObjectives, GuiMethod}) {
            QVERIFY2(printed.contains(canary), qPrintable(canary + QStringLiteral(" not in: ") + printed.left(2000)));
        }
        click(wizard->button(QWizard::CancelButton)); // "Save and close"
        QTRY_VERIFY(!wizard);

        // Found by the search page.
        view->showPage(PracticeView::Page::Search);
        auto* query = named<QLineEdit>(view->searchPage(), "queryLineEdit");
        typeText(query, GuiNote);
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE(view->searchPage()->model()->rowCount(), 1);

        // Exported encrypted from the engagement, through the export dialog.
        const QString zip = under(QStringLiteral("home/Documenten/gui-export.zip"));
        view->showEngagement(engagementId);
        named<QAction>(window.get(), "exportAction")->trigger();
        QPointer<ExportDialog> exporting = waitForDialog<ExportDialog>();
        QVERIFY(exporting);
        QVERIFY(named<QRadioButton>(exporting, "encryptRadioButton")->isChecked());
        auto* destination = named<QLineEdit>(exporting, "destinationLineEdit");
        destination->selectAll();
        destination->del();
        typeText(destination, zip);
        typeText(named<QLineEdit>(exporting, "passwordLineEdit"), ExportPassword);
        typeText(named<QLineEdit>(exporting, "repeatLineEdit"), ExportPassword);
        auto* exportButton = named<QPushButton>(exporting, "exportButton");
        QVERIFY(exportButton->isEnabled());
        click(exportButton);
        QTRY_VERIFY_WITH_TIMEOUT(!exporting || !exporting->isRunning(), 120000);
        QVERIFY(QFileInfo::exists(zip));
        m_exports << zip;
        if (exporting) {
            exporting->reject();
        }

        named<QAction>(window.get(), "lockAction")->trigger();
        QTRY_VERIFY(window->vault() == nullptr);
        window.reset();
        settings.sync();
    }

    void exportsHoldTheCanaries()
    {
        // What was written is what the search must not find: the decrypted exports hold every
        // canary.
        QByteArray data;
        for (const QString& zip : m_exports) {
            data += exportedData(zip);
        }
        for (const QString& canary : Canaries) {
            QVERIFY2(data.contains(canary.toUtf8()), qPrintable(canary));
        }
    }

    void searchFindsPlaintextControls()
    {
        // The search itself works: one control file per encoding, each found for every canary.
        const QString folder = under(QStringLiteral("control"));
        QVERIFY(QDir().mkpath(folder));
        QByteArray utf8;
        QByteArray utf16le;
        QByteArray utf16be;
        for (const QString& canary : Canaries) {
            utf8 += "x " + canary.toUtf8() + " y\n";
            utf16le += utf16(QStringLiteral("x %1 y\n").arg(canary), false);
            utf16be += utf16(QStringLiteral("x %1 y\n").arg(canary), true);
        }
        const QStringList controls = {QDir(folder).filePath(QStringLiteral("utf8.txt")),
                                      QDir(folder).filePath(QStringLiteral("utf16le.txt")),
                                      QDir(folder).filePath(QStringLiteral("utf16be.txt"))};
        QVERIFY(test::writeFile(controls.at(0), utf8));
        QVERIFY(test::writeFile(controls.at(1), utf16le));
        QVERIFY(test::writeFile(controls.at(2), utf16be));
        for (const QString& canary : Canaries) {
            QStringList found = test::filesContaining(folder, canary);
            found.sort();
            QStringList expected = controls;
            expected.sort();
            QCOMPARE(found, expected);
        }
        QVERIFY(QDir(folder).removeRecursively());
    }

    void noCanaryInAnyFile()
    {
        QVERIFY(QFileInfo::exists(m_cliVault));
        QVERIFY(QFileInfo::exists(m_guiVault));
        QVERIFY(QFileInfo::exists(m_letterPdf));
        QCOMPARE(m_exports.size(), 2);
        for (const QString& zip : m_exports) {
            QVERIFY(QFileInfo(zip).size() > 1000);
        }
        int files = 0;
        QDirIterator it(s_root->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            qInfo("written: %s (%lld bytes)", qPrintable(path.mid(s_root->path().size())), it.fileInfo().size());
            ++files;
        }
        QVERIFY(files >= 7);
        for (const QString& canary : Canaries) {
            QStringList found = test::filesContaining(s_root->path(), canary);
            found.removeAll(m_letterPdf);
            QVERIFY2(found.isEmpty(), qPrintable(canary + QStringLiteral(" in ") + found.join(QStringLiteral(", "))));
        }
    }
};

int main(int argc, char** argv)
{
    QProcessEnvironment outside = QProcessEnvironment::systemEnvironment();
    s_outside = &outside;
    // Every place the programs may write, inside one folder, before anything reads them.
    QTemporaryDir root;
    if (!root.isValid()) {
        return 1;
    }
    s_root = &root;
    for (const auto& [variable, folder] : {std::pair{"HOME", "home"},
                                           std::pair{"XDG_CONFIG_HOME", "home/.config"},
                                           std::pair{"XDG_CACHE_HOME", "home/.cache"},
                                           std::pair{"XDG_DATA_HOME", "home/.local/share"},
                                           std::pair{"XDG_STATE_HOME", "home/.local/state"},
                                           std::pair{"XDG_RUNTIME_DIR", "run"},
                                           std::pair{"TMPDIR", "tmp"}}) {
        const QString path = root.filePath(QString::fromLatin1(folder));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(variable, QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandaat"));
    NoPlaintextTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "NoPlaintextTest.moc"
