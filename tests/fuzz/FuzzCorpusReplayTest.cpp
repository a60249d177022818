// Every file of tests/fuzz/corpus/<target>/ through the fuzz targets' own functions, in the
// normal build: what the fuzzer found interesting once stays tested without clang.
#include "FuzzTargets.h"

#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class FuzzCorpusReplayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        int argc = 0;
        char** argv = nullptr;
        mandaat::fuzz::initialise(&argc, &argv);
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        const QDir corpus(QStringLiteral(MANDAAT_SOURCE_DIR "/tests/fuzz/corpus"));
        for (const QString& target :
             {QStringLiteral("csv"), QStringLiteral("letter"), QStringLiteral("json"), QStringLiteral("vault")}) {
            const QStringList files = QDir(corpus.filePath(target)).entryList(QDir::Files);
            QVERIFY2(!files.isEmpty(), qPrintable(target));
            for (const QString& file : files) {
                const QString tag = target + QLatin1Char('/') + file;
                QTest::newRow(qPrintable(tag)) << target << corpus.filePath(tag);
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
        const auto size = static_cast<std::size_t>(bytes.size());
        using Target = std::function<int(const std::uint8_t*, std::size_t)>;
        const Target run = target == QLatin1String("csv") ? Target(mandaat::fuzz::csv)
            : target == QLatin1String("letter")           ? Target(mandaat::fuzz::letter)
            : target == QLatin1String("json")             ? Target(mandaat::fuzz::json)
                                                          : Target(mandaat::fuzz::vaultOpen);
        QCOMPARE(run(data, size), 0);
    }

    /// The vault target's seed: a vault made with the fuzz passphrase (under the cheap
    /// derivation in the fuzz build), which the vault target opens, so that mutations of it
    /// reach past the first page. To renew tests/fuzz/corpus/vault/, run this test from the
    /// fuzz build with MANDAAT_FUZZ_WRITE_SEED naming a new file: a copy is kept there.
    void seedOpensWithTheFuzzPassphrase()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("seed.mandaat"));
        mandaat::VaultError error;
        auto vault = mandaat::Vault::create(path, mandaat::fuzz::vaultPassphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        vault->close();
        vault = mandaat::Vault::open(path, mandaat::fuzz::vaultPassphrase(), mandaat::Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        vault->close();
        const QString keep = qEnvironmentVariable("MANDAAT_FUZZ_WRITE_SEED");
        if (!keep.isEmpty()) {
            QVERIFY2(!QFile::exists(keep), qPrintable(keep));
            QVERIFY(QFile::copy(path, keep));
        }
    }
};

QTEST_MAIN(FuzzCorpusReplayTest)
#include "FuzzCorpusReplayTest.moc"
