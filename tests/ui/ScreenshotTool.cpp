// mandaat-screenshots: drives the real main window under Xvfb and saves the pictures in
// docs/screenshots (scripts/screenshots.sh runs it once per language). Not a test: it asserts
// nothing, it shows.
//
//   mandaat-screenshots --vault FILE --out DIR --suffix en    (passphrase in MANDAAT_PASSPHRASE)
#include "FakeKeyChain.h"

#include "Translations.h"
#include "common/forms/RecordForm.h"
#include "common/models/EngagementListModel.h"
#include "common/models/RecordTableModel.h"
#include "engagements/EngagementPage.h"
#include "exchange/ExportDialog.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "repositories/RecordListing.h"
#include "search/SearchPage.h"
#include "util/Settings.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWindow>

using namespace mandaat;

namespace {

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

void closeDialogs(const QWidget& window)
{
    for (QWidget* dialog : QApplication::topLevelWidgets()) {
        if (dialog != &window && dialog->isVisible()) {
            dialog->close();
        }
    }
}

bool shoot(const QString& folder, const QString& name, const QString& suffix)
{
    settle();
    const QPixmap picture = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, suffix));
    if (!picture.save(path)) {
        qWarning("screenshots: %s could not be written", qPrintable(path));
        return false;
    }
    qInfo("%s", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandaat"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("vault"), QStringLiteral("The vault to show."), QStringLiteral("file")},
                       {QStringLiteral("out"), QStringLiteral("Where the pictures go."), QStringLiteral("folder")},
                       {QStringLiteral("suffix"), QStringLiteral("Appended to each name."), QStringLiteral("text")},
                       {QStringLiteral("extra"), QStringLiteral("Also the other pages and dialogs, for checking.")}});
    parser.process(app);
    const QString vaultPath = parser.value(QStringLiteral("vault"));
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = parser.value(QStringLiteral("suffix"));
    const QString passphrase = qEnvironmentVariable("MANDAAT_PASSPHRASE");

    Settings settings(QDir(QDir::tempPath()).filePath(QStringLiteral("mandaat-screenshots.ini")));
    settings.reset(Settings::Key::RecentVaults);
    QLocale::setDefault(settings.interfaceLocale());
    installTranslations(app, settings.interfaceLocale());
    test::FakeKeyChain keyChain; // available, and empty: nothing unlocks by itself

    MainWindow window(settings, keyChain);
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    bool ok = shoot(out, QStringLiteral("welcome"), suffix);

    window.openVault(vaultPath);
    ok = shoot(out, QStringLiteral("unlock"), suffix) && ok;

    auto* field = window.findChild<UnlockPage*>()->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    field->setText(passphrase);
    QTest::keyClick(field, Qt::Key_Return);
    if (!QTest::qWaitFor([&window]() { return window.vault() != nullptr; }, 120000)) {
        qWarning("screenshots: the vault did not unlock");
        return 1;
    }
    PracticeView* practice = window.practiceView();
    settle(1500); // the Overview works out what is due
    ok = shoot(out, QStringLiteral("overview"), suffix) && ok;

    // The client list, with the client of the busiest engagement chosen.
    const QList<EngagementSummary> engagements =
        RecordListing(*window.vault()).engagements().value_or(QList<EngagementSummary>());
    qint64 engagementId = 0;
    qint64 clientId = 0;
    for (const EngagementSummary& engagement : engagements) {
        if (engagement.status == EngagementStatus::Active) {
            engagementId = engagement.id;
            clientId = engagement.clientId;
        }
    }
    practice->showClient(clientId);
    ok = shoot(out, QStringLiteral("clients"), suffix) && ok;

    practice->showEngagement(engagementId);
    practice->engagementPage()->showTab(EngagementPage::SessionsTab);
    ok = shoot(out, QStringLiteral("engagement"), suffix) && ok;

    window.showSettings();
    ok = shoot(out, QStringLiteral("settings"), suffix) && ok;
    if (parser.isSet(QStringLiteral("extra"))) {
        for (QWidget* dialog : QApplication::topLevelWidgets()) {
            if (dialog != &window && dialog->isVisible()) {
                dialog->close();
            }
        }
        practice->engagementPage()->showTab(EngagementPage::TermsTab);
        ok = shoot(out, QStringLiteral("terms"), suffix) && ok;
        practice->engagementPage()->showTab(EngagementPage::RecordsTab);
        ok = shoot(out, QStringLiteral("records"), suffix) && ok;
        practice->engagementPage()->showTab(EngagementPage::AttachmentsTab);
        ok = shoot(out, QStringLiteral("files"), suffix) && ok;
        practice->showPage(PracticeView::Page::Principals);
        practice->principalsPage()->list()->select(
            RecordListing(*window.vault()).principals().value_or(QList<PrincipalSummary>()).value(0).id);
        ok = shoot(out, QStringLiteral("principals"), suffix) && ok;
        practice->showPage(PracticeView::Page::Complaints);
        practice->complaintsPage()->list()->select(practice->complaintsPage()
                                                       ->list()
                                                       ->view()
                                                       ->model()
                                                       ->index(0, 0)
                                                       .data(RecordTableModel::IdRole)
                                                       .toLongLong());
        ok = shoot(out, QStringLiteral("complaints"), suffix) && ok;
        practice->showPage(PracticeView::Page::Search);
        practice->searchPage()->setQuery(QStringLiteral("loopbaan"));
        ok = shoot(out, QStringLiteral("search"), suffix) && ok;
        practice->showPage(PracticeView::Page::Agenda);
        ok = shoot(out, QStringLiteral("agenda"), suffix) && ok;
        window.showProfile();
        ok = shoot(out, QStringLiteral("profile"), suffix) && ok;
        window.showEmergencySheet();
        ok = shoot(out, QStringLiteral("emergency"), suffix) && ok;
        closeDialogs(window);
        window.changePassphrase();
        ok = shoot(out, QStringLiteral("passphrase"), suffix) && ok;
        closeDialogs(window);
        window.showUserGuide();
        ok = shoot(out, QStringLiteral("guide"), suffix) && ok;

        // The export (issue 7): an engagement, plaintext chosen, written; everything about a client.
        closeDialogs(window);
        practice->showEngagement(engagementId);
        practice->engagementPage()->findChild<QToolButton*>(QStringLiteral("exportToolButton"))->click();
        auto* exportDialog = window.findChild<ExportDialog*>();
        ok = exportDialog && shoot(out, QStringLiteral("export"), suffix) && ok;
        if (exportDialog) {
            exportDialog->findChild<QRadioButton*>(QStringLiteral("plaintextRadioButton"))->click();
            ok = shoot(out, QStringLiteral("export-plaintext"), suffix) && ok;
            exportDialog->findChild<QRadioButton*>(QStringLiteral("encryptRadioButton"))->click();
            const QTemporaryDir folder;
            exportDialog->setOutputPath(folder.filePath(
                ExportDialog::defaultFileName(ExportScope::engagement(engagementId), QDate::currentDate())));
            for (const char* name : {"passwordLineEdit", "repeatLineEdit"}) {
                exportDialog->findChild<QLineEdit*>(QString::fromLatin1(name))
                    ->setText(QStringLiteral("drie woorden samen"));
            }
            exportDialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
            (void)QTest::qWaitFor([exportDialog]() { return !exportDialog->isRunning(); }, 120000);
            ok = shoot(out, QStringLiteral("export-done"), suffix) && ok;
            exportDialog->close();
            settle(100); // deleted on close
        }
        practice->showClient(clientId);
        practice->clientsPage()->form()->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        ok = window.findChild<ExportDialog*>() && shoot(out, QStringLiteral("export-client"), suffix) && ok;
        closeDialogs(window);
    }
    window.lock();
    return ok ? 0 : 1;
}
