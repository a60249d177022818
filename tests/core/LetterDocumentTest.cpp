// The letter engine as a reader of the PDF sees it: literal text, "page X of Y", signature
// blocks kept whole, fonts embedded. The PDF is read back with poppler's tools.
#include "documents/LetterDocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pageText(const QString& pdf, int page)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"),
                QStringLiteral("-f"),
                QString::number(page),
                QStringLiteral("-l"),
                QString::number(page),
                pdf,
                QStringLiteral("-")});
}

int pdfPages(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<SignatureParty> parties()
{
    return {
        {QStringLiteral("Consultant"), QStringLiteral("Pieter de Vries"), QStringLiteral("Loopbaan & Zo"), {}, {}, {}},
        {QStringLiteral("Client"), QStringLiteral("Karin Jacobs"), {}, {}, {}, {}},
        {QStringLiteral("Principal"), QStringLiteral("Henk Bos"), QStringLiteral("Logistiek BV"), {}, {}, {}}};
}

} // namespace

class LetterDocumentTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the letters: MANDAAT_TEST_KEEP=1 keeps the folder and prints its path.
        if (qEnvironmentVariableIsSet("MANDAAT_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo() << "PDFs are kept in" << m_dir.path();
        }
    }

    void userTextIsPrintedLiterally()
    {
        LetterDocument letter;
        letter.setLetterhead({QStringLiteral("Praktijk Claes"), QStringLiteral("Kouter 1, 9000 Gent")});
        letter.setFooter(QStringLiteral("Praktijk Claes"), QStringLiteral("Pagina %1 van %2"));
        letter.addTitle(QStringLiteral("Opdrachtbevestiging"));
        letter.addFields({{QStringLiteral("Cli\u00ebnt"), QStringLiteral("<b>Jan</b> & Zo\u00eb \"de Smet\"")}});
        letter.addParagraph(QStringLiteral("Tarief: \u20ac 95,00 <i>per uur</i>\nTweede regel"));
        letter.addHeading(QStringLiteral("Methode"));
        letter.addBullets({QStringLiteral("Loopbaanscan (uitgever: Noloc)"), QStringLiteral("Gesprekken")});
        letter.addSignatures(parties(), QStringLiteral("Plaats"), QStringLiteral("Datum"));
        const QString pdf = m_dir.filePath(QStringLiteral("literal.pdf"));
        Error error;
        QVERIFY2(letter.writePdf(pdf, QStringLiteral("Opdrachtbevestiging"), &error), qPrintable(error.message));
        const QString text = pageText(pdf, 1);
        QVERIFY2(text.contains(QStringLiteral("<b>Jan</b> & Zo\u00eb \"de Smet\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\u20ac 95,00 <i>per uur</i>")));
        QVERIFY(text.contains(QStringLiteral("Tweede regel")));
        QVERIFY(text.contains(QStringLiteral("Pagina 1 van 1")));
        QVERIFY(text.contains(QStringLiteral("Praktijk Claes")));
    }

    void pageXOfY()
    {
        LetterDocument letter;
        letter.setFooter(QStringLiteral("Mandaat"), QStringLiteral("Page %1 of %2"));
        for (int i = 0; i < 150; ++i) {
            letter.addParagraph(QStringLiteral("Paragraph %1 of a long engagement confirmation.").arg(i));
        }
        const int expected = letter.pageCount();
        QVERIFY(expected >= 3);
        const QString pdf = m_dir.filePath(QStringLiteral("pages.pdf"));
        Error error;
        QVERIFY2(letter.writePdf(pdf, QStringLiteral("Pages"), &error), qPrintable(error.message));
        QCOMPARE(pdfPages(pdf), expected);
        for (int page = 1; page <= expected; ++page) {
            QVERIFY(pageText(pdf, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(expected)));
        }
        // Nothing lost between pages: every paragraph is somewhere.
        const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (int i = 0; i < 150; ++i) {
            QVERIFY2(all.contains(QStringLiteral("Paragraph %1 of").arg(i)), qPrintable(QString::number(i)));
        }
    }

    void signatureBlocksAreNeverSplit()
    {
        // Fill the first page a line at a time, so that for some lengths the signature blocks
        // would fall across the page end. Each block must stand whole on one page, and at least
        // once a block must have been moved to the next page (else the test proved nothing).
        int moved = 0;
        for (int lines = 30; lines <= 62; lines += 2) {
            LetterDocument letter;
            letter.setFooter(QString(), QStringLiteral("%1/%2"));
            for (int i = 0; i < lines; ++i) {
                letter.addParagraph(QStringLiteral("Filler line %1").arg(i));
            }
            letter.addSignatures(parties(), QStringLiteral("Place"), QStringLiteral("Date"));
            const QString pdf = m_dir.filePath(QStringLiteral("sign-%1.pdf").arg(lines));
            Error error;
            QVERIFY2(letter.writePdf(pdf, QStringLiteral("Signatures"), &error), qPrintable(error.message));
            const int pages = pdfPages(pdf);
            QVERIFY(pages >= 1);
            for (const SignatureParty& party : parties()) {
                int rolePage = -1;
                int linePage = -1;
                for (int page = 1; page <= pages; ++page) {
                    const QString text = pageText(pdf, page);
                    const int at = text.indexOf(party.name);
                    if (at >= 0) {
                        rolePage = page;
                        // The block's last element (the signature line) must follow on the same page.
                        linePage = text.indexOf(QStringLiteral("______________________"), at) >= 0 ? page : -1;
                    }
                }
                QVERIFY2(rolePage > 0, qPrintable(party.name));
                QVERIFY2(linePage == rolePage,
                         qPrintable(QStringLiteral("%1: block split at %2 lines").arg(party.name).arg(lines)));
            }
            const QString lastFiller = QStringLiteral("Filler line %1").arg(lines - 1);
            int fillerPage = 0;
            int signaturePage = 0;
            for (int page = 1; page <= pages; ++page) {
                const QString text = pageText(pdf, page);
                if (text.contains(lastFiller)) {
                    fillerPage = page;
                }
                if (text.contains(parties().first().name)) {
                    signaturePage = page;
                }
            }
            if (signaturePage > fillerPage) {
                ++moved;
            }
        }
        QVERIFY2(moved > 0, "no length put a signature block at a page end");
    }

    void fontsAreEmbedded()
    {
        LetterDocument letter;
        letter.setFooter(QStringLiteral("Praktijk"), QStringLiteral("%1/%2"));
        letter.addTitle(QStringLiteral("Opdrachtbevestiging"));
        letter.addParagraph(QStringLiteral("Gewone tekst en \u00e9\u00e9n accent."));
        const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
        Error error;
        QVERIFY(letter.writePdf(pdf, QStringLiteral("Fonts"), &error));
        const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n')))); // header, rule, fonts
        for (const QString& line : lines.mid(2)) {
            // Columns: name type encoding emb sub uni object ID
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        }
    }

    void unwritablePathIsAnError()
    {
        LetterDocument letter;
        letter.addParagraph(QStringLiteral("x"));
        Error error;
        QVERIFY(!letter.writePdf(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")), QStringLiteral("x"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("no/such/folder does not exist")), qPrintable(error.message));
    }
};

QTEST_MAIN(LetterDocumentTest)
#include "LetterDocumentTest.moc"
