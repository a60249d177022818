// CSV import (issue 3): the parser on its own (quotes, separators, BOM, line numbers), then
// imports of clients and principals: good files, Dutch Excel files, bad rows (every one
// reported, nothing imported) and 10,000-row files.
#include "TestSupport.h"

#include "exchange/CsvColumns.h"
#include "exchange/CsvImport.h"
#include "exchange/CsvReader.h"
#include "repositories/ClientRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

QList<QStringList> fieldsOf(const CsvTable& table)
{
    QList<QStringList> result;
    for (const CsvRow& row : table.rows) {
        result.append(row.fields);
    }
    return result;
}

QList<int> linesOf(const CsvTable& table)
{
    QList<int> result;
    for (const CsvRow& row : table.rows) {
        result.append(row.line);
    }
    return result;
}

QList<int> problemLines(const CsvImportResult& result)
{
    QList<int> lines;
    for (const CsvImportProblem& problem : result.problems) {
        lines.append(problem.line);
    }
    return lines;
}

QString problemText(const CsvImportResult& result)
{
    QStringList texts;
    for (const CsvImportProblem& problem : result.problems) {
        texts.append(problem.text());
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class CsvImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Records> m_records;

    qint64 count(const char* table) const
    {
        QSqlQuery query(m_vault->database());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    CsvImportResult import(CsvImportTarget target, const QByteArray& bytes)
    {
        return CsvImport(m_vault->connectionName()).importData(target, bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultError error;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("import.mandaat")), test::passphrase(), &error);
        QVERIFY2(m_vault, qPrintable(error.message));
        m_records = std::make_unique<Records>(*m_vault);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("comma") << QByteArray("naam,email\nAn,an@example.be\nBob,\n") << QStringLiteral(",")
                               << QList<QStringList>{{QStringLiteral("An"), QStringLiteral("an@example.be")},
                                                     {QStringLiteral("Bob"), QString()}}
                               << QList<int>{2, 3};
        QTest::newRow("semicolon, CRLF, no final newline")
            << QByteArray("naam;plaats\r\nAn;Gent\r\nBob;Brugge") << QStringLiteral(";")
            << QList<QStringList>{{QStringLiteral("An"), QStringLiteral("Gent")},
                                  {QStringLiteral("Bob"), QStringLiteral("Brugge")}}
            << QList<int>{2, 3};
        QTest::newRow("comma inside a semicolon file")
            << QByteArray("naam;notities\nAn;een, twee\n") << QStringLiteral(";")
            << QList<QStringList>{{QStringLiteral("An"), QStringLiteral("een, twee")}} << QList<int>{2};
        QTest::newRow("tab") << QByteArray("naam\tplaats\nAn\tGent\n") << QStringLiteral("\t")
                             << QList<QStringList>{{QStringLiteral("An"), QStringLiteral("Gent")}} << QList<int>{2};
        QTest::newRow("quoted separators, quotes, newlines")
            << QByteArray("naam,notities\n\"De Smet, An\",\"zei \"\"ja\"\"\r\nen toen\nnee\"\nBob,x\n")
            << QStringLiteral(",")
            << QList<QStringList>{{QStringLiteral("De Smet, An"), QStringLiteral("zei \"ja\"\nen toen\nnee")},
                                  {QStringLiteral("Bob"), QStringLiteral("x")}}
            << QList<int>{2, 5};
        QTest::newRow("BOM and blank lines")
            << QByteArray("\xef\xbb\xbfnaam;plaats\n\nAn;Gent\n;\n\nZo\xc3\xab;Aalst\n") << QStringLiteral(";")
            << QList<QStringList>{{QStringLiteral("An"), QStringLiteral("Gent")},
                                  {QStringLiteral("Zo\u00eb"), QStringLiteral("Aalst")}}
            << QList<int>{3, 6};
        QTest::newRow("empty quoted field and CR only")
            << QByteArray("naam,email\r\"\",x\rAn,\"\"\r") << QStringLiteral(",")
            << QList<QStringList>{{QString(), QStringLiteral("x")}, {QStringLiteral("An"), QString()}}
            << QList<int>{2, 3};
    }

    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        Error error;
        const std::optional<CsvTable> table = CsvReader::parse(bytes, &error);
        QVERIFY2(table, qPrintable(error.message));
        QCOMPARE(QString(table->separator), separator);
        QCOMPARE(table->header.constFirst(), QStringLiteral("naam"));
        QCOMPARE(fieldsOf(*table), rows);
        QCOMPARE(linesOf(*table), lines);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote never closed") << QByteArray("naam\nAn\n\"Bob\nCees\n") << QStringLiteral("Line 3");
        QTest::newRow("not UTF-8") << QByteArray("naam\nAn\nZo\xeb\n") << QStringLiteral("Line 3");
        QTest::newRow("empty") << QByteArray("\xef\xbb\xbf\n\n") << QStringLiteral("empty");
    }

    void parseErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Error error;
        QVERIFY(!CsvReader::parse(bytes, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        QTest::newRow("Naam") << QStringLiteral("Naam") << int(CsvField::Name);
        QTest::newRow("E-mail") << QStringLiteral("E-mail") << int(CsvField::Email);
        QTest::newRow("e-mailadres") << QStringLiteral(" e-mailadres ") << int(CsvField::Email);
        QTest::newRow("TELEFOON") << QStringLiteral("TELEFOON") << int(CsvField::Phone);
        QTest::newRow("Straat en nummer") << QStringLiteral("Straat en nummer") << int(CsvField::Street);
        QTest::newRow("Postal code") << QStringLiteral("Postal code") << int(CsvField::PostalCode);
        QTest::newRow("Woonplaats") << QStringLiteral("Woonplaats") << int(CsvField::City);
        QTest::newRow("Cliënt") << QStringLiteral("Cliënt") << int(CsvField::Name);
        QTest::newRow("Organisatie") << QStringLiteral("Organisatie") << int(CsvField::Organisation);
        QTest::newRow("Contact person") << QStringLiteral("Contact person") << int(CsvField::ContactName);
    }

    void headers()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const std::optional<CsvField> found = CsvColumns::fieldOf(header);
        QVERIFY(found);
        QCOMPARE(int(*found), field);
    }

    void importsAGoodFile()
    {
        const qint64 before = count("client");
        const QByteArray csv = "Name,Email,Phone,Address,Postal code,City,Country,Language,Notes,Shoe size\n"
                               "An Peeters,an@example.be,+32 9 123 45 67,Kouter 1,9000,Gent,Belgium,Dutch,\"Via VDAB, "
                               "loopbaancheque\",42\n"
                               "Bob de Vries,,,,,Utrecht,NL,en,,\n";
        const CsvImportResult result = import(CsvImportTarget::Clients, csv);
        QVERIFY2(result.ok, qPrintable(problemText(result)));
        QCOMPARE(result.ids.size(), 2);
        QCOMPARE(result.ignoredColumns, QStringList{QStringLiteral("Shoe size")});
        QCOMPARE(count("client"), before + 2);
        const Client an = *m_records->clients().client(result.ids.at(0));
        QCOMPARE(an.name, QStringLiteral("An Peeters"));
        QCOMPARE(an.email, QStringLiteral("an@example.be"));
        QCOMPARE(an.address.street, QStringLiteral("Kouter 1"));
        QCOMPARE(an.address.country, QStringLiteral("BE"));
        QCOMPARE(an.notes, QStringLiteral("Via VDAB, loopbaancheque"));
        const Client bob = *m_records->clients().client(result.ids.at(1));
        QCOMPARE(bob.language, Language::English);
        QCOMPARE(bob.address.country, QStringLiteral("NL"));
    }

    void importsDutchExcel()
    {
        // Excel "CSV UTF-8" in a Dutch locale: BOM, semicolons, CRLF, Dutch headers.
        const QByteArray csv = "\xef\xbb\xbfVoornaam;Tussenvoegsel;Achternaam;E-mailadres;Woonplaats;Land\r\n"
                               "Zo\xc3\xab;van der;Berg;zoe@example.nl;Utrecht;Nederland\r\n"
                               "Ren\xc3\xa9;;Claes;;Gent;Belgi\xc3\xab\r\n";
        const CsvImportResult result = import(CsvImportTarget::Clients, csv);
        QVERIFY2(result.ok, qPrintable(problemText(result)));
        QCOMPARE(m_records->clients().client(result.ids.at(0))->name, QStringLiteral("Zoë van der Berg"));
        QCOMPARE(m_records->clients().client(result.ids.at(1))->name, QStringLiteral("René Claes"));
        QCOMPARE(m_records->clients().client(result.ids.at(1))->address.country, QStringLiteral("BE"));
    }

    void importsPrincipals()
    {
        const QByteArray csv = "Organisatie;Naam;Telefoon;Gemeente\n"
                               "Stad Gent;Els De Smet;09 266 11 11;Gent\n"
                               "\"Logistiek Noord; BV\";;;Antwerpen\n";
        const CsvImportResult result = import(CsvImportTarget::Principals, csv);
        QVERIFY2(result.ok, qPrintable(problemText(result)));
        const Principal gent = *m_records->principals().principal(result.ids.at(0));
        QCOMPARE(gent.organisation, QStringLiteral("Stad Gent"));
        QCOMPARE(gent.contactName, QStringLiteral("Els De Smet"));
        QCOMPARE(m_records->principals().principal(result.ids.at(1))->organisation,
                 QStringLiteral("Logistiek Noord; BV"));
        // Without an organisation column, the name is the organisation.
        const CsvImportResult named = import(CsvImportTarget::Principals, "name,email\nACME,info@acme.example\n");
        QVERIFY2(named.ok, qPrintable(problemText(named)));
        QCOMPARE(m_records->principals().principal(named.ids.at(0))->organisation, QStringLiteral("ACME"));
    }

    void badRowsImportNothing()
    {
        const qint64 before = count("client");
        const qint64 auditBefore = count("audit_entry");
        QByteArray csv = "naam;e-mail;taal\n"
                         "Goed;goed@example.be;nl\n" // line 2
                         "Fout;geen-adres;nl\n" // line 3: e-mail
                         ";leeg@example.be;nl\n" // line 4: no name
                         "Goed twee;;nl\n"
                         "Klingon;;tlh\n" // line 6: language
                         "Te veel;;nl;extra\n"; // line 7: fields
        csv += QByteArray(201, 'x') + ";;\n"; // line 8: too long
        csv += "\"Meer\nregels\";fout@;nl\n"; // line 9 (spans 10): e-mail
        csv += "Laatste;;en\n";
        const CsvImportResult result = import(CsvImportTarget::Clients, csv);
        QVERIFY(!result.ok);
        QCOMPARE(problemLines(result), (QList<int>{3, 4, 6, 7, 8, 9}));
        QVERIFY(result.ids.isEmpty());
        QCOMPARE(count("client"), before);
        QCOMPARE(count("audit_entry"), auditBefore);
        const QString text = problemText(result);
        QVERIFY2(text.contains(QStringLiteral("line 3: “geen-adres” is not an e-mail address")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 4: Enter the client's name.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 6: “tlh” is not a language")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8: The client's name has 201 characters")), qPrintable(text));
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name column") << QByteArray("email;plaats\na@example.be;Gent\n")
                                        << QStringLiteral("no column with the client's name");
        QTest::newRow("two e-mail columns")
            << QByteArray("naam,email,e-mail\nAn,,\n") << QStringLiteral("“email” and “e-mail” hold the same thing");
        QTest::newRow("header only") << QByteArray("naam\n") << QStringLiteral("no rows");
        QTest::newRow("not UTF-8") << QByteArray("naam\nRen\xe9\n") << QStringLiteral("CSV UTF-8");
    }

    void fileProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const qint64 before = count("client");
        const CsvImportResult result = import(CsvImportTarget::Clients, csv);
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().line, 0);
        QVERIFY2(result.problems.constFirst().reason.contains(message), qPrintable(problemText(result)));
        QCOMPARE(count("client"), before);
    }

    void checkWritesNothing()
    {
        const qint64 before = count("client");
        const CsvImportResult result =
            CsvImport(m_vault->connectionName()).check(CsvImportTarget::Clients, "naam\nAn\nBob\n");
        QVERIFY(result.ok);
        QCOMPARE(result.rows, 2);
        QCOMPARE(count("client"), before);
    }

    void tenThousandRows()
    {
        QByteArray csv = "\xef\xbb\xbfnaam;e-mail;telefoon;adres;postcode;gemeente;land;notities\r\n";
        for (int i = 0; i < 10000; ++i) {
            csv += QStringLiteral("Cliënt %1;client%1@example.be;+32 9 %2;Kerkstraat %3;9000;Gent;BE;\"Notitie; "
                                  "nummer %1\"\r\n")
                       .arg(i)
                       .arg(100000 + i)
                       .arg(i % 200 + 1)
                       .toUtf8();
        }
        const qint64 before = count("client");
        QElapsedTimer timer;
        timer.start();
        const CsvImportResult result = import(CsvImportTarget::Clients, csv);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.ok, qPrintable(problemText(result)));
        QCOMPARE(result.ids.size(), 10000);
        QCOMPARE(count("client"), before + 10000);
        // How long it takes is the benchmark's and docs/performance.md's business, not a test's.
        qInfo("10,000 clients imported in %lld ms", elapsed);

        // The same file with one bad row at the end: nothing, and that line.
        csv += "Laatste;niet-geldig;;;;;;\r\n";
        const CsvImportResult bad = import(CsvImportTarget::Clients, csv);
        QVERIFY(!bad.ok);
        QCOMPARE(problemLines(bad), QList<int>{10002});
        QCOMPARE(count("client"), before + 10000);
    }
};

QTEST_GUILESS_MAIN(CsvImportTest)
#include "CsvImportTest.moc"
