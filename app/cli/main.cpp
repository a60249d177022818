// mandaat-cli: a headless companion to Mandaat for scripting, backups and tests.
#include "CliIo.h"
#include "Command.h"
#include "Translations.h"
#include "util/ProcessHardening.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstdlib>

using namespace mandaat;
using namespace mandaat::cli;

// Scripts read mandaat-cli's output: Qt's own warnings (no XDG_RUNTIME_DIR, fonts on the
// offscreen platform) are noise there. MANDAAT_DEBUG=1 shows them.
static void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool debug = qEnvironmentVariableIsSet("MANDAAT_DEBUG");
    if (!debug && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)) {
        return;
    }
    Q_UNUSED(context)
    err() << message << Qt::endl;
}

static void printUsage()
{
    out() << QCoreApplication::translate("main", "Usage: mandaat-cli COMMAND [options] FILE ...") << Qt::endl
          << Qt::endl
          << QCoreApplication::translate("main", "Commands:") << Qt::endl;
    qsizetype width = 0;
    for (const auto& command : Command::all()) {
        width = std::max(width, command->name().size());
    }
    // The descriptions in one column, two spaces after the longest name.
    for (const auto& command : Command::all()) {
        out() << QStringLiteral("  %1  ").arg(command->name(), -static_cast<int>(width)) << command->description()
              << Qt::endl;
    }
    out() << Qt::endl
          << QCoreApplication::translate(
                 "main",
                 "Passphrases are asked on the terminal, read with --passphrase-stdin, or taken "
                 "from MANDAAT_PASSPHRASE (the least safe: other programs may see it).")
          << Qt::endl
          << QCoreApplication::translate("main", "Run 'mandaat-cli COMMAND --help' for a command's options.")
          << Qt::endl;
}

int main(int argc, char** argv)
{
    hardenProcess();
    qInstallMessageHandler(quietMessageHandler);
    // Fonts and QTextDocument (letters) need a QGuiApplication; the CLI has no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mandaat-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDAAT_VERSION));
    installTranslations(app, QLocale::system());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printUsage();
        return ExitUsage;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QStringLiteral("mandaat-cli %1").arg(QStringLiteral(MANDAAT_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage();
        return ExitOk;
    }
    Command* command = Command::find(first);
    if (!command) {
        err() << QCoreApplication::translate("main", "Unknown command '%1'.").arg(first) << Qt::endl;
        printUsage();
        return ExitUsage;
    }
    return command->run(arguments);
}
