// Note: no raw string literals with quotes in this file; moc 6.4 cannot parse them.
// Arrows go one way, app -> ui -> core: nothing under core/ may include a widget header.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

static QRegularExpression widgetInclude()
{
    return QRegularExpression(QStringLiteral(
        "#\\s*include\\s*[<\"](QtWidgets/|QtPrintSupport/|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|"
        "QWizard|QPrintDialog|QPrintPreviewDialog|QAbstractButton|QLabel|QLineEdit)"));
}

// Every file a comment cites must be in the repository (docs/architecture.md, What the external
// design notes said): the design notes the project started from are not.
static QRegularExpression citedOutsideNote()
{
    return QRegularExpression(QStringLiteral("\\b(DESIGN|JOURNEY|STYLE|CODES)\\.md\\b"));
}

static QRegularExpression citedRepositoryFile()
{
    return QRegularExpression(QStringLiteral("\\b(CONTRIBUTING\\.md|docs/[A-Za-z0-9._-]+\\.(md|json))"));
}

static QStringList sourceFiles(const QStringList& folders)
{
    QStringList files;
    for (const QString& folder : folders) {
        QDirIterator it(QStringLiteral(MANDAAT_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("CMakeLists.txt")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
    }
    return files;
}

// ui/ is split in folders (docs/architecture.md, Layers): common holds what every screen
// shares (the open practice, formats, appearance, forms, item models, printing and the
// background worker), main is the window shell that puts the features together, and every
// other folder is one feature. A feature uses ui/common and core, never the shell nor another
// feature, except for these edges, each a screen that starts another feature's dialog:
static bool allowedUiEdge(const QString& from, const QString& to)
{
    if (from == to || to == QStringLiteral("common")) {
        return true;
    }
    if (from == QStringLiteral("main")) {
        return true; // the shell composes everything
    }
    if (from == QStringLiteral("common")) {
        return false;
    }
    static const QList<QPair<QString, QString>> edges = {
        // the engagement page starts the onboarding and termination wizards of its engagement
        {QStringLiteral("engagements"), QStringLiteral("wizards")},
        // and records a complaint about it from its status menu
        {QStringLiteral("engagements"), QStringLiteral("complaints")},
        // an engagement and a client are exported from their own page
        {QStringLiteral("engagements"), QStringLiteral("exchange")},
        {QStringLiteral("clients"), QStringLiteral("exchange")},
    };
    return edges.contains({from, to});
}

// The ui folder a file under ui/ belongs to: the first part of its path.
static QString uiFolder(const QString& relativePath)
{
    return relativePath.section(QLatin1Char('/'), 0, 0);
}

// The ui folder an include names, or an empty string when it is not a file of ui/ (core's
// headers share some folder names: core/vault, core/exchange, core/search).
static QString includedUiFolder(const QString& includingFile, const QString& included)
{
    const QString uiRoot = QStringLiteral(MANDAAT_SOURCE_DIR "/ui/");
    if (QFile::exists(uiRoot + included)) {
        return uiFolder(included);
    }
    const QString sibling = QFileInfo(includingFile).dir().filePath(included);
    if (QFile::exists(sibling) && sibling.startsWith(uiRoot)) {
        return uiFolder(sibling.mid(uiRoot.size()));
    }
    return {};
}

class LayeringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commentsCiteFilesInTheRepository()
    {
        const QStringList files = sourceFiles({QStringLiteral("core"),
                                               QStringLiteral("ui"),
                                               QStringLiteral("app"),
                                               QStringLiteral("tests/core"),
                                               QStringLiteral("tests/ui"),
                                               QStringLiteral("tests/cli"),
                                               QStringLiteral("tests/common")});
        QVERIFY2(files.size() > 100, "no sources found");
        const QRegularExpression outside = citedOutsideNote();
        const QRegularExpression cited = citedRepositoryFile();
        QStringList offenders;
        int citations = 0;
        for (const QString& path : files) {
            if (path.endsWith(QStringLiteral("/LayeringTest.cpp"))) {
                continue; // names the outside notes to find them
            }
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch note = outside.match(text);
            if (note.hasMatch()) {
                offenders << path + QStringLiteral(": cites ") + note.captured(0);
            }
            for (const QRegularExpressionMatch& match : cited.globalMatch(text)) {
                ++citations;
                if (!QFile::exists(QStringLiteral(MANDAAT_SOURCE_DIR "/") + match.captured(1))) {
                    offenders << path + QStringLiteral(": cites missing ") + match.captured(1);
                }
            }
        }
        QVERIFY2(citations > 50, qPrintable(QString::number(citations)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theCitationCheckRecognisesBothKinds()
    {
        QVERIFY(citedOutsideNote().match(QStringLiteral("// (DESIGN.md, Keys)")).hasMatch());
        QVERIFY(citedOutsideNote().match(QStringLiteral("/// STYLE.md 16")).hasMatch());
        QVERIFY(!citedOutsideNote().match(QStringLiteral("// docs/architecture.md, Keys")).hasMatch());
        QCOMPARE(citedRepositoryFile().match(QStringLiteral("(docs/journey.md, step 4)")).captured(1),
                 QStringLiteral("docs/journey.md"));
        QCOMPARE(citedRepositoryFile().match(QStringLiteral("(CONTRIBUTING.md, point 7)")).captured(1),
                 QStringLiteral("CONTRIBUTING.md"));
    }

    void uiFeaturesUseOnlyCommonAndCore()
    {
        const QString uiRoot = QStringLiteral(MANDAAT_SOURCE_DIR "/ui/");
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                         QRegularExpression::MultilineOption);
        const QRegularExpression uiHeader(QStringLiteral("<header>([^<]+)</header>"));
        QDirIterator it(uiRoot,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.ui")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList offenders;
        QSet<QString> folders;
        int edges = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString from = uiFolder(path.mid(uiRoot.size()));
            folders.insert(from);
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpression& pattern = path.endsWith(QStringLiteral(".ui")) ? uiHeader : include;
            for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
                const QString to = includedUiFolder(path, match.captured(1));
                if (to.isEmpty()) {
                    continue;
                }
                ++edges;
                if (!allowedUiEdge(from, to)) {
                    offenders << QStringLiteral("%1 includes %2 (%3 -> %4)")
                                     .arg(path.mid(uiRoot.size()), match.captured(1), from, to);
                }
            }
        }
        QVERIFY2(folders.contains(QStringLiteral("common")) && folders.contains(QStringLiteral("main")),
                 "ui/common and ui/main not found");
        QVERIFY2(edges > 100, qPrintable(QString::number(edges)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theUiRuleRecognisesAWrongEdge()
    {
        QVERIFY(allowedUiEdge(QStringLiteral("clients"), QStringLiteral("common")));
        QVERIFY(allowedUiEdge(QStringLiteral("main"), QStringLiteral("clients")));
        QVERIFY(!allowedUiEdge(QStringLiteral("clients"), QStringLiteral("main")));
        QVERIFY(!allowedUiEdge(QStringLiteral("common"), QStringLiteral("engagements")));
        QVERIFY(!allowedUiEdge(QStringLiteral("wizards"), QStringLiteral("engagements")));
        // core/vault/Vault.h is core's, ui/vault/UnlockPage.h is a feature's
        const QString page = QStringLiteral(MANDAAT_SOURCE_DIR "/ui/main/MainWindow.cpp");
        QCOMPARE(includedUiFolder(page, QStringLiteral("vault/Vault.h")), QString());
        QCOMPARE(includedUiFolder(page, QStringLiteral("vault/UnlockPage.h")), QStringLiteral("vault"));
    }

    void coreIncludesNoWidgets()
    {
        const QRegularExpression pattern = widgetInclude();
        QDirIterator it(QStringLiteral(MANDAAT_SOURCE_DIR "/core"),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            if (pattern.match(text).hasMatch()) {
                offenders << file.fileName();
            }
        }
        QVERIFY2(files > 0, "no sources found under core/");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theCheckRecognisesAWidgetInclude()
    {
        // Guard against a pattern that can never match.
        const QRegularExpression pattern = widgetInclude();
        QVERIFY(pattern.match(QStringLiteral("#include <QWidget>")).hasMatch());
        QVERIFY(pattern.match(QStringLiteral("#include <QtWidgets/QDialog>")).hasMatch());
        QVERIFY(pattern.match(QStringLiteral("# include \"QApplication\"")).hasMatch());
        QVERIFY(!pattern.match(QStringLiteral("#include <QObject>")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(LayeringTest)
#include "LayeringTest.moc"
