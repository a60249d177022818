// mandaat: the desktop application.
#include "Translations.h"
#include "main/MainWindow.h"
#include "util/ProcessHardening.h"
#include "util/Settings.h"
#include "vault/SystemKeyChain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

using namespace mandaat;

int main(int argc, char** argv)
{
    hardenProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDAAT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(MANDAAT_APP_ID));

    Settings settings;
    // The interface language; the main window applies a change at once.
    QLocale::setDefault(settings.interfaceLocale());
    installTranslations(app, settings.interfaceLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Encrypted practice records for consultants who work under a code of conduct."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The vault to open (a .mandaat file)."),
                                 QStringLiteral("[file]"));
    // For packaging and smoke tests: proves that the window comes up, then leaves.
    const QCommandLineOption quitWhenShown(
        QStringLiteral("quit-when-shown"),
        QCoreApplication::translate("main", "Quit as soon as the window is shown (for tests)."));
    parser.addOption(quitWhenShown);
    parser.process(app);

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
