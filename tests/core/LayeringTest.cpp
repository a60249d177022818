// Note: no raw string literals with quotes in this file; moc 6.4 cannot parse them.
// Arrows go one way, app -> ui -> core: nothing under core/ may include a widget header.
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

static QRegularExpression widgetInclude()
{
    return QRegularExpression(QStringLiteral(
        "#\\s*include\\s*[<\"](QtWidgets/|QtPrintSupport/|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|"
        "QWizard|QPrintDialog|QPrintPreviewDialog|QAbstractButton|QLabel|QLineEdit)"));
}

class LayeringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
