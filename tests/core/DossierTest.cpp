// dossier.pdf as its reader sees it (issue 15 item 5): exported with ExportJob, taken out of
// the archive with 7z and read with pdftotext, in English and in Dutch. It holds what
// data.json holds for the scope, each record once: the parties, the terms in words (no ids,
// no ISO dates, no basis points), the compliance per article, the sessions with their notes
// and earlier versions, consents, reports, referrals, consultations, the complaint and its
// handling, warnings, the letters with their SHA-256, the files and the retention dates;
// with a table of contents whose page numbers are the pages the sections start on.
// MANDAAT_TEST_KEEP=1 keeps the PDFs (and a PNG of each page) to look at.
#include "ExchangeFixture.h"

#include "Translations.h"
#include "exchange/ExportJob.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace mandaat;

namespace {

QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        return program.toUtf8() + " could not be run";
    }
    if (exitCode) {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return process.readAllStandardOutput();
}

int occurrences(const QString& text, const QString& part)
{
    return static_cast<int>(text.count(part));
}

} // namespace

class DossierTest : public QObject
{
    Q_OBJECT

private:
    test::ExchangeFixture m_fixture;
    test::ExchangeIds m_ids;
    QTemporaryDir m_out;
    QString m_letterSha;

    // The dossier of \a scope exported in \a locale's language: its path, and its text by
    // pdftotext (with -layout, one page after the other).
    QString exportDossier(const QString& name, const ExportScope& scope, const QLocale& locale, QString* pdf)
    {
        installTranslations(*QCoreApplication::instance(), locale);
        QLocale::setDefault(locale);
        ExportOptions options;
        options.scope = scope;
        options.outputPath = m_out.filePath(name + QStringLiteral(".zip"));
        options.plaintext = true;
        const ExportResult result = ExportJob(m_fixture.vault().path(), m_fixture.vault().key(), options).run();
        if (!result.ok()) {
            return QStringLiteral("export failed: ") + result.error.message;
        }
        const QString folder = m_out.filePath(name);
        int code = -1;
        run(QStringLiteral("7z"),
            {QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-o") + folder, result.path},
            &code);
        if (code != 0) {
            return QStringLiteral("7z failed");
        }
        *pdf = folder + QStringLiteral("/dossier.pdf");
        if (qEnvironmentVariableIsSet("MANDAAT_TEST_KEEP")) {
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"),
                 QStringLiteral("60"),
                 QStringLiteral("-png"),
                 *pdf,
                 folder + QStringLiteral("/page")});
        }
        return QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), *pdf, QStringLiteral("-")}));
    }

    // The page (counted from 1) on which \a text first stands as a line of its own.
    static int pageOf(const QString& layoutText, const QString& text)
    {
        const QStringList pages = layoutText.split(QLatin1Char('\f'));
        for (int i = 0; i < pages.size(); ++i) {
            for (const QString& line : pages.at(i).split(QLatin1Char('\n'))) {
                if (line.trimmed() == text) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    // The contents' page number for \a entry ("Sessions and notes ...... 5").
    static int contentsPage(const QString& layoutText, const QString& entry)
    {
        const QRegularExpression line(QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(QRegularExpression::escape(entry)),
                                      QRegularExpression::MultilineOption);
        const auto match = line.match(layoutText);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // The text before the audit log, the last chapter, which quotes its entries as Mandaat
    // wrote them (ids, ISO dates, a letter's SHA-256).
    static QString beforeAudit(const QString& layoutText, const QString& auditTitle)
    {
        const int auditPage = pageOf(layoutText, auditTitle);
        const QStringList pages = layoutText.split(QLatin1Char('\f'));
        return pages.mid(0, auditPage > 0 ? auditPage - 1 : pages.size()).join(QLatin1Char(' ')).simplified();
    }

    // Every text of the ended engagement's records, each of which the dossier must hold once.
    static QStringList recordTexts()
    {
        const QString c = test::canary();
        return {QStringLiteral("First text ") + c,
                c + QStringLiteral(" said \"stop\""),
                QStringLiteral("Kantoor ") + c,
                QStringLiteral("Draft ") + c,
                QStringLiteral("Code handed over ") + c,
                QStringLiteral("Consent ") + c,
                QStringLiteral("Report ") + c,
                QStringLiteral("Referral ") + c,
                QStringLiteral("Topic ") + c,
                QStringLiteral("Complaint ") + c,
                QStringLiteral("Handled by phone ") + c,
                QStringLiteral("Warning ") + c,
                QStringLiteral("Benefit ") + c,
                QStringLiteral("Recipient ") + c,
                QStringLiteral("Disclosed ") + c,
                QStringLiteral("Not told ") + c,
                QStringLiteral("Suspended ") + c,
                QStringLiteral("End ") + c,
                QStringLiteral("Objective ") + c};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        if (qEnvironmentVariableIsSet("MANDAAT_TEST_KEEP")) {
            m_out.setAutoRemove(false);
            qInfo() << "The dossiers are kept in" << m_out.path();
        }
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        // A confirmation issued and accepted by e-mail: the dossier lists it with its SHA-256.
        IssuedLetter letter;
        letter.engagementId = m_ids.ended;
        letter.kind = LetterKind::Confirmation;
        letter.language = Language::Dutch;
        RecordError e;
        QVERIFY2(m_fixture.records().letters().issue(
                     letter, QByteArrayLiteral("%PDF-1.4 the confirmation"), QStringLiteral("confirmation.pdf"), &e),
                 qPrintable(e.message));
        QVERIFY2(m_fixture.records().letters().recordAcceptance(
                     letter.id, QDate(2026, 3, 10), Channel::Email, nullptr, QStringLiteral("Reply of 10 March"), &e),
                 qPrintable(e.message));
        m_letterSha = letter.sha256;
        QCOMPARE(m_letterSha.size(), 64);
    }

    void cleanupTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QLocale::setDefault(QLocale(QLocale::English));
        m_fixture.close();
    }

    void engagementInEnglish()
    {
        QString pdf;
        const QString text = exportDossier(QStringLiteral("en"),
                                           ExportScope::engagement(m_ids.ended),
                                           QLocale(QLocale::English, QLocale::UnitedKingdom),
                                           &pdf);
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(QStringLiteral("Record of the engagement Loopbaancoaching")),
                 qPrintable(flat.left(3000)));

        // Each record's text once, where it belongs.
        for (const QString& record : recordTexts()) {
            QVERIFY2(occurrences(flat, record) == 1,
                     qPrintable(QStringLiteral("%1 times: %2").arg(occurrences(flat, record)).arg(record)));
        }
        QVERIFY(flat.contains(QStringLiteral("<b>bold</b>")));
        QCOMPARE(occurrences(flat, QStringLiteral("Piet's own note")), 0);

        // The parties and the terms in words.
        QVERIFY(flat.contains(QStringLiteral("Client: Jan Jansen")));
        QVERIFY(flat.contains(QStringLiteral("Contact Els Peeters")));
        QVERIFY(flat.contains(QStringLiteral("Pays The principal: Acme nv")));
        QVERIFY2(flat.contains(QStringLiteral("Fee 95.00 EUR per hour")), qPrintable(flat));
        QVERIFY(flat.contains(QStringLiteral("VAT 21 % VAT on top of the fee")));
        QVERIFY(flat.contains(QStringLiteral("Payment Bank transfer, 30 days")));
        QVERIFY(flat.contains(QStringLiteral("Status Ended")));
        QVERIFY(flat.contains(QStringLiteral("Ended 20 March 2026: completed")));
        QVERIFY(flat.contains(QStringLiteral("Career anchors (E. Schein)")));
        // No stored forms: ids, ISO dates and times, basis points. The audit log, the last
        // chapter, quotes its entries as Mandaat wrote them.
        QVERIFY(pageOf(text, QStringLiteral("Audit log")) > 0);
        const QString told = beforeAudit(text, QStringLiteral("Audit log"));
        for (const QString& raw : {QStringLiteral("bank_transfer"),
                                   QStringLiteral("basis points"),
                                   QStringLiteral("progress_only"),
                                   QStringLiteral("in_person"),
                                   QStringLiteral("2026-03-12"),
                                   QStringLiteral("T09:00")}) {
            QVERIFY2(!told.contains(raw), qPrintable(raw));
        }
        const QRegularExpression iso(QStringLiteral(".{0,60}\\b20\\d\\d-\\d\\d-\\d\\d\\b"));
        QVERIFY2(!iso.match(told).hasMatch(), qPrintable(iso.match(told).captured()));

        // The compliance per article, the sessions with the note and its earlier version.
        QVERIFY(flat.contains(QStringLiteral("MW-2.2")));
        QVERIFY(flat.contains(QStringLiteral("12 March 2026, client, in person")) ||
                flat.contains(QStringLiteral("12 March 2026, the client")));
        QVERIFY(flat.contains(QStringLiteral("60 minutes, in person, Kantoor ") + test::canary()));
        QVERIFY(flat.contains(QStringLiteral("Version 1, written 12 March 2026")) ||
                flat.contains(QStringLiteral("Version 1, written")));
        // The registers and the complaint with its handling.
        QVERIFY(flat.contains(QStringLiteral("Given 12 March 2026")));
        QVERIFY(flat.contains(QStringLiteral("Progress, sent 13 March 2026, progress information")));
        QVERIFY(flat.contains(QStringLiteral("under the consent given 12 March 2026")));
        QVERIFY(flat.contains(QStringLiteral("Received 15 March 2026")));
        QVERIFY(flat.contains(QStringLiteral("Handling Handled by phone ") + test::canary()));
        // ICF-2.3's disclosure log and ICF-3.8's benefit, in words.
        QVERIFY(flat.contains(QStringLiteral("Disclosures under an exception to confidentiality")));
        QVERIFY(flat.contains(QStringLiteral("court order or subpoena")));
        QVERIFY(flat.contains(QStringLiteral("the client was not told")));
        QVERIFY(flat.contains(QStringLiteral("Suspensions")));
        QVERIFY(flat.contains(QStringLiteral("resumed 15 March 2026")));
        QVERIFY(flat.contains(QStringLiteral("benefit to the consultant: Benefit ") + test::canary()));
        // ICF-2.5: the tools used with the client's data, named from the register, agreed per party.
        QVERIFY(flat.contains(QStringLiteral("Tools used with the client's data")));
        QVERIFY2(flat.contains(QStringLiteral("Otter Notes, Transcribing sessions, uses AI, agreed by the client 26 "
                                              "February 2026, not agreed by the principal")),
                 qPrintable(flat));
        QVERIFY(flat.contains(QStringLiteral("Technology register")));
        // The letter with its fingerprint, the files, the retention dates.
        QVERIFY(flat.contains(QStringLiteral("Confirmation of the engagement (Dutch)")));
        QCOMPARE(occurrences(told, m_letterSha), 1);
        QVERIFY(flat.contains(QStringLiteral("accepted 10 March 2026 by e-mail, Reply of 10 March")));
        QVERIFY(flat.contains(QStringLiteral("attachments/")));
        QVERIFY(flat.contains(QStringLiteral("Jan Jansen intake.pdf")));
        QVERIFY(flat.contains(QStringLiteral("Dossier kept until 1 April 2026")));
        QVERIFY(flat.contains(QStringLiteral("Financial records kept until 1 May 2026")));

        // The contents: each section with the page it starts on.
        QVERIFY(flat.contains(QStringLiteral("Contents")));
        for (const QString& entry : {QStringLiteral("Parties and terms"),
                                     QStringLiteral("Compliance per article"),
                                     QStringLiteral("Sessions and notes"),
                                     QStringLiteral("Complaints and their handling"),
                                     QStringLiteral("Letters issued"),
                                     QStringLiteral("Retention")}) {
            const int listed = contentsPage(text, entry);
            QVERIFY2(listed > 0, qPrintable(entry));
            QCOMPARE(pageOf(text, entry), listed);
        }
    }

    void engagementInDutch()
    {
        QString pdf;
        const QString text = exportDossier(QStringLiteral("nl"),
                                           ExportScope::engagement(m_ids.ended),
                                           QLocale(QLocale::Dutch, QLocale::Belgium),
                                           &pdf);
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(QStringLiteral("Dossier van de opdracht Loopbaancoaching")),
                 qPrintable(flat.left(3000)));
        for (const QString& record : recordTexts()) {
            QVERIFY2(occurrences(flat, record) == 1,
                     qPrintable(QStringLiteral("%1 times: %2").arg(occurrences(flat, record)).arg(record)));
        }
        QVERIFY(flat.contains(QStringLiteral("Inhoud")));
        QVERIFY2(flat.contains(QStringLiteral("95,00 EUR per uur")), qPrintable(flat));
        QVERIFY(flat.contains(QStringLiteral("21 % btw bovenop het honorarium")));
        QVERIFY(flat.contains(QStringLiteral("Overschrijving, 30 days")));
        QVERIFY(flat.contains(QStringLiteral("12 maart 2026")));
        QVERIFY(flat.contains(QStringLiteral("Bewaard tot 1 april 2026")) ||
                flat.contains(QStringLiteral("Dossier bewaard tot 1 april 2026")));
        QVERIFY(flat.contains(QStringLiteral("Klachten en hun behandeling")));
        QVERIFY(flat.contains(QStringLiteral("Behandeling Handled by phone ") + test::canary()));
        QVERIFY(flat.contains(QStringLiteral("Bekendmakingen onder een uitzondering op de vertrouwelijkheid")));
        QVERIFY(flat.contains(QStringLiteral("gerechtelijk bevel of dagvaarding")));
        QVERIFY(flat.contains(QStringLiteral("Opschortingen")));
        QVERIFY(flat.contains(QStringLiteral("Hulpmiddelen gebruikt met de gegevens van de cliënt")));
        QVERIFY2(flat.contains(QStringLiteral("Otter Notes, Transcribing sessions, gebruikt AI, door de cliënt "
                                              "aanvaard op 26 februari 2026, niet aanvaard door de opdrachtgever")),
                 qPrintable(flat));
        QVERIFY(pageOf(text, QStringLiteral("Auditlog")) > 0);
        QCOMPARE(occurrences(beforeAudit(text, QStringLiteral("Auditlog")), m_letterSha), 1);
        for (const QString& english : {QStringLiteral("Sessions and notes"),
                                       QStringLiteral("Contents"),
                                       QStringLiteral("Record of the"),
                                       QStringLiteral(" per hour"),
                                       QStringLiteral(" March 2026")}) {
            QVERIFY2(!flat.contains(english), qPrintable(english));
        }
        QVERIFY(contentsPage(text, QStringLiteral("Sessies en notities")) > 0);
    }

    void practiceHoldsEveryClientOnce()
    {
        QString pdf;
        const QString text = exportDossier(QStringLiteral("practice"),
                                           ExportScope::practice(),
                                           QLocale(QLocale::English, QLocale::UnitedKingdom),
                                           &pdf);
        const QString flat = text.simplified();
        // The contents list each client and each engagement with its page.
        for (const QString& entry : {QStringLiteral("Client: Jan Jansen"),
                                     QStringLiteral("Client: Piet Peeters"),
                                     QStringLiteral("Engagement: Loopbaancoaching"),
                                     QStringLiteral("Engagement: Other client's engagement"),
                                     QStringLiteral("Principals"),
                                     QStringLiteral("Audit log")}) {
            const int listed = contentsPage(text, entry);
            QVERIFY2(listed > 0, qPrintable(entry));
            QCOMPARE(pageOf(text, entry), listed);
        }
        // The principal is described once, not with each engagement.
        QCOMPARE(occurrences(flat, QStringLiteral("Contact Els Peeters")), 1);
        QCOMPARE(occurrences(flat, QStringLiteral("Piet's own note")), 1);
        for (const QString& record : recordTexts()) {
            QCOMPARE(occurrences(flat, record), 1);
        }
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for dossier.pdf
    DossierTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "DossierTest.moc"
