// Every visible string is translated: the sources are scanned afresh (so a new tr() string
// that nobody added to the .ts files counts too) and every Dutch entry, and every English
// plural entry, must be finished.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    bool finished = false;
    bool numerus = false;
};

QList<Entry> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                Entry{context, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            bool allForms = true;
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    allForms = allForms && !form.trimmed().isEmpty();
                    text += form;
                }
            } else {
                text = xml.readElementText();
            }
            current.finished = type.isEmpty() && allForms && !text.trimmed().isEmpty();
            entries << current;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return entries;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QList<Entry> refreshed(const QString& language, const QStringList& extraOptions)
    {
        const QString copy = m_dir.filePath(QStringLiteral("mandaat_%1.ts").arg(language));
        QFile::remove(copy);
        if (!QFile::copy(QStringLiteral(MANDAAT_SOURCE_DIR "/translations/mandaat_%1.ts").arg(language), copy)) {
            return {};
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(MANDAAT_SOURCE_DIR));
        QStringList arguments{QStringLiteral("-silent"),
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-extensions"),
                              QStringLiteral("cpp,h,ui")};
        arguments << extraOptions;
        arguments << QStringLiteral(MANDAAT_SOURCE_DIR "/core") << QStringLiteral(MANDAAT_SOURCE_DIR "/ui")
                  << QStringLiteral(MANDAAT_SOURCE_DIR "/app") << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(MANDAAT_LUPDATE), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning() << lupdate.readAllStandardError();
            return {};
        }
        QString error;
        const auto entries = readTs(copy, &error);
        if (!error.isEmpty()) {
            qWarning() << error;
        }
        return entries;
    }

    static QStringList unfinished(const QList<Entry>& entries)
    {
        QStringList list;
        for (const Entry& entry : entries) {
            if (!entry.finished) {
                list << entry.context + QStringLiteral(": ") + entry.source;
            }
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dutchIsComplete()
    {
        const auto entries = refreshed(QStringLiteral("nl"), {});
        QVERIFY2(entries.size() > 50, "lupdate found (almost) no strings: the scan itself is broken");
        const QStringList missing = unfinished(entries);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 Dutch strings are not translated (run the update_translations target, "
                                           "then translate):\n")
                                .arg(missing.size()) +
                            missing.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // A string looked up under a context of its own (QCoreApplication::translate("X", …)) is
    // found only when lupdate filed it under that same name: a tr() helper inside a class or a
    // namespace of mandaat is filed as "mandaat::X", and a lookup under "X" stays English.
    void everyContextLookedUpIsTheOneFiled()
    {
        QSet<QString> filed;
        for (const Entry& entry : refreshed(QStringLiteral("nl"), {})) {
            filed.insert(entry.context);
        }
        QVERIFY(filed.size() > 10);
        static const QRegularExpression lookup(QStringLiteral("QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
        QStringList strays;
        for (const char* folder : {"/core", "/ui", "/app"}) {
            QDirIterator it(QStringLiteral(MANDAAT_SOURCE_DIR) + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = lookup.globalMatch(text); match.hasNext();) {
                    const QString context = match.next().captured(1);
                    if (!filed.contains(context)) {
                        strays << QDir(QStringLiteral(MANDAAT_SOURCE_DIR)).relativeFilePath(file.fileName()) +
                                QStringLiteral(": ") + context;
                    }
                }
            }
        }
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreComplete()
    {
        const auto entries = refreshed(QStringLiteral("en"), {QStringLiteral("-pluralonly")});
        const QStringList missing = unfinished(entries);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void theCheckSeesAnUnfinishedEntry()
    {
        const QString path = m_dir.filePath(QStringLiteral("probe.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"nl\">"
            "<context><name>X</name><message><source>Open</source><translation type=\"unfinished\"></translation>"
            "</message><message><source>Lock</source><translation>Vergrendelen</translation></message></context></TS>");
        file.close();
        QString error;
        const auto entries = readTs(path, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(unfinished(entries), QStringList{QStringLiteral("X: Open")});
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
