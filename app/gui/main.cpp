// mandaat: the desktop application.
#include "Translations.h"
#include "main/MainWindow.h"
#include "util/ProcessHardening.h"
#include "util/Settings.h"
#include "vault/SystemKeyChain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

using namespace mandaat;

namespace {

const char* const IconSizes[] = {"16x16", "32x32", "48x48", "64x64", "128x128", "256x256"};

void describeApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDAAT_VERSION));
    Settings settings;
    // The interface language; the main window applies a change at once.
    QLocale::setDefault(settings.interfaceLocale());
    installTranslations(app, settings.interfaceLocale());
}

QCommandLineOption describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Encrypted practice records for consultants who work under a code of conduct."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The vault to open (a .mandaat file)."),
                                 QStringLiteral("[file]"));
    // For packaging and smoke tests: proves that the window comes up, then leaves.
    QCommandLineOption quitWhenShown(
        QStringLiteral("quit-when-shown"),
        QCoreApplication::translate("main", "Quit as soon as the window is shown (for tests)."));
    parser.addOption(quitWhenShown);
    return quitWhenShown;
}

/// --help and --version only print: they must work where there is no display (a terminal
/// over ssh, a packaging check), so they are answered before QApplication needs one.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") {
            break;
        }
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" ||
            argument == "-v" || argument == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    hardenProcess();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication(app);
    QGuiApplication::setDesktopFileName(QStringLiteral(MANDAAT_APP_ID));
    QIcon icon;
    for (const char* size : IconSizes) {
        icon.addFile(QStringLiteral(":/mandaat/icons/hicolor/%1/apps/be.mandaat.Mandaat.png").arg(QLatin1String(size)));
    }
    // The installed theme icon where there is one, so the window matches the launcher.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(MANDAAT_APP_ID), icon));

    QCommandLineParser parser;
    const QCommandLineOption quitWhenShown = describeOptions(parser);
    parser.process(app);

    Settings settings;
    SystemKeyChain keyChain;
    MainWindow window(settings, keyChain);
    const QStringList files = parser.positionalArguments();
    const QStringList recent = settings.recentVaults();
    if (!files.isEmpty()) {
        window.openVault(QFileInfo(files.first()).absoluteFilePath());
    } else if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        window.openVault(recent.first());
    }
    window.show();
    if (parser.isSet(quitWhenShown)) {
        // Queued: runs once the event loop has delivered the window's first events.
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
