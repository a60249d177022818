// EmergencySheet: the printable page with a vault's raw key (docs/architecture.md, Keys). The key read
// back from the PDF opens the vault.
#include "TestSupport.h"

#include "documents/EmergencySheet.h"
#include "vault/Vault.h"

#include <QGuiApplication>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

class EmergencySheetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupedKey()
    {
        SecureBytes key(32);
        for (std::size_t i = 0; i < key.size(); ++i) {
            key.data()[i] = static_cast<unsigned char>(i * 7);
        }
        const QString grouped = EmergencySheet::groupedKey(key);
        const QStringList lines = grouped.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).split(QLatin1Char(' ')).size(), 8);
        QVERIFY(grouped.startsWith(QStringLiteral("0007 0e15 ")));
        QVERIFY(SecureBytes::fromHex(grouped.toLatin1()) == key);
    }

    void pdfOpensTheVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Praktijk.mandaat"));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::create(path, test::passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        const EmergencySheet sheet(
            QStringLiteral("~/Documents/Praktijk.mandaat"), vault->key(), vault->salt(), QDate(2026, 3, 1));
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        Error problem;
        QVERIFY2(sheet.writePdf(pdf, &problem), qPrintable(problem.message));
        if (!qEnvironmentVariableIsEmpty("MANDAAT_KEEP_PDF")) {
            QFile::copy(pdf, qEnvironmentVariable("MANDAAT_KEEP_PDF"));
        }

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Emergency sheet")));
        QVERIFY(text.contains(QStringLiteral("~/Documents/Praktijk.mandaat")));
        QVERIFY(text.contains(vault->saltHex()));
        QVERIFY(!text.contains(dir.path())); // no temporary path on paper

        // The key, as a person would copy it from the paper.
        const QRegularExpression line(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$"),
                                      QRegularExpression::MultilineOption);
        QString copied;
        for (QRegularExpressionMatchIterator it = line.globalMatch(text); it.hasNext();) {
            copied += it.next().captured() + QLatin1Char('\n');
        }
        const SecureBytes key = SecureBytes::fromHex(copied.toLatin1());
        QVERIFY2(key == vault->key(), qPrintable(text));
        vault->close();
        std::unique_ptr<Vault> reopened = Vault::openWithKey(path, key, Vault::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
    }

    void printsOnAPagedDevice()
    {
        SecureBytes key(32);
        const EmergencySheet sheet(QStringLiteral("~/a.mandaat"), key, QByteArray(16, 'x'), QDate(2026, 3, 1));
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("printed.pdf")));
        sheet.print(&writer);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
        QVERIFY(sheet.toPlainText().contains(QStringLiteral("0000 0000")));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    EmergencySheetTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "EmergencySheetTest.moc"
