// Money (issue 18, item 4; docs/architecture.md, Money): amounts as a user types and reads them
// in English and Dutch, with thousands separators and a minus sign, rounded to the cent half
// away from zero on the digits typed, and refused with a message that says how to write one.
// Formatting gives exactly what the letters and screens showed before Money existed.
#include "domain/Money.h"

#include <QTest>

#include <cmath>

using namespace mandaat;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QLocale dutch(QLocale::Dutch, QLocale::Belgium);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QLocale& localeNamed(const QString& name)
{
    return name == QLatin1String("nl") ? dutch : english;
}

} // namespace

class MoneyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("withCode");
        QTest::addColumn<QString>("withSymbol");
        QTest::newRow("en fee") << s("en") << qint64(9500) << s("95.00") << s("95.00 EUR") << s("€95.00");
        QTest::newRow("nl fee") << s("nl") << qint64(9500) << s("95,00") << s("95,00 EUR") << s("€ 95,00");
        QTest::newRow("en thousands") << s("en") << qint64(125050) << s("1,250.50") << s("1,250.50 EUR")
                                      << s("€1,250.50");
        QTest::newRow("nl thousands") << s("nl") << qint64(125050) << s("1.250,50") << s("1.250,50 EUR")
                                      << s("€ 1.250,50");
        QTest::newRow("en millions") << s("en") << qint64(123456789012) << s("1,234,567,890.12")
                                     << s("1,234,567,890.12 EUR") << s("€1,234,567,890.12");
        QTest::newRow("nl negative") << s("nl") << qint64(-1205) << s("-12,05") << s("-12,05 EUR") << s("€ -12,05");
        QTest::newRow("en negative cents") << s("en") << qint64(-5) << s("-0.05") << s("-0.05 EUR") << s("€-0.05");
        QTest::newRow("en zero") << s("en") << qint64(0) << s("0.00") << s("0.00 EUR") << s("€0.00");
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        const Money money(cents, QStringLiteral("EUR"));
        QFETCH(QString, number);
        QFETCH(QString, withCode);
        QFETCH(QString, withSymbol);
        QCOMPARE(money.number(localeNamed(locale)), number);
        QCOMPARE(money.withCode(localeNamed(locale)), withCode);
        QCOMPARE(money.withSymbol(localeNamed(locale)), withSymbol);
        // Another currency keeps its code, in a letter too.
        QCOMPARE(Money(cents, QStringLiteral("USD")).withSymbol(localeNamed(locale)),
                 money.number(localeNamed(locale)) + QStringLiteral(" USD"));
    }

    // Letters and the terms form formatted through a double (QLocale::toString(…, 'f', 2));
    // Money's integer formatting prints the same characters for every amount they can hold.
    void formatsAsTheDoubleDid()
    {
        for (const QLocale& locale : {english, dutch}) {
            for (const qint64 cents : {qint64(0),
                                       qint64(1),
                                       qint64(9),
                                       qint64(10),
                                       qint64(99),
                                       qint64(9500),
                                       qint64(99999),
                                       qint64(100000),
                                       qint64(125050),
                                       qint64(-125050),
                                       qint64(100000000000),
                                       Money::MaxCents}) {
                QCOMPARE(Money(cents, QStringLiteral("EUR")).number(locale),
                         locale.toString(static_cast<double>(cents) / 100.0, 'f', 2));
            }
        }
    }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("en plain") << s("en") << s("95") << qint64(9500);
        QTest::newRow("en decimals") << s("en") << s("1250.5") << qint64(125050);
        QTest::newRow("en thousands") << s("en") << s("1,250.50") << qint64(125050);
        QTest::newRow("en millions") << s("en") << s("1,234,567.89") << qint64(123456789);
        QTest::newRow("en spaces around") << s("en") << s("  95.00 ") << qint64(9500);
        QTest::newRow("en point is decimal") << s("en") << s("1.250") << qint64(125);
        QTest::newRow("nl comma") << s("nl") << s("95,50") << qint64(9550);
        QTest::newRow("nl thousands") << s("nl") << s("1.250,50") << qint64(125050);
        QTest::newRow("nl point is a group") << s("nl") << s("1.250") << qint64(125000);
        QTest::newRow("nl with a decimal point") << s("nl") << s("1250.50") << qint64(125050);
        QTest::newRow("nl a point not between groups") << s("nl") << s("12.5") << qint64(1250);
        QTest::newRow("en negative") << s("en") << s("-12.50") << qint64(-1250);
        QTest::newRow("nl negative") << s("nl") << s("-1.250,50") << qint64(-125050);
        QTest::newRow("en minus sign") << s("en") << s("\u221212.50") << qint64(-1250);
        QTest::newRow("en plus") << s("en") << s("+7") << qint64(700);
        QTest::newRow("en no units") << s("en") << s(".5") << qint64(50);
        // Half away from zero, on the digits as typed: a double makes 1.005 * 100 = 100.4999…
        QTest::newRow("round half up") << s("en") << s("0.125") << qint64(13);
        QTest::newRow("round down") << s("en") << s("0.1249") << qint64(12);
        QTest::newRow("round 1.005") << s("en") << s("1.005") << qint64(101);
        QTest::newRow("round 2.675") << s("nl") << s("2,675") << qint64(268);
        QTest::newRow("round negative half") << s("en") << s("-0.125") << qint64(-13);
        QTest::newRow("round negative down") << s("nl") << s("-0,124") << qint64(-12);
        QTest::newRow("round to the next unit") << s("en") << s("9.995") << qint64(1000);
        QTest::newRow("largest") << s("en") << s("100,000,000,000.00") << Money::MaxCents;
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        Error error;
        const std::optional<Money> money = Money::parse(text, QStringLiteral("EUR"), localeNamed(locale), &error);
        QVERIFY2(money, qPrintable(error.message));
        QCOMPARE(money->cents(), cents);
        QCOMPARE(money->currency(), QStringLiteral("EUR"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString en = s("write it as 1,250.50.");
        const QString nl = s("write it as 1.250,50.");
        QTest::newRow("letters") << s("en") << s("ninety") << s("“ninety” is not an amount; ") + en;
        QTest::newRow("currency sign") << s("nl") << s("€ 95") << s("“€ 95” is not an amount; ") + nl;
        QTest::newRow("exponent") << s("en") << s("1e3") << s("“1e3” is not an amount; ") + en;
        QTest::newRow("misplaced separator") << s("en") << s("12,34,56") << s("“12,34,56” is not an amount; ") + en;
        QTest::newRow("two decimal points") << s("en") << s("1.2.3") << s("“1.2.3” is not an amount; ") + en;
        QTest::newRow("nothing after the point") << s("nl") << s("95,") << s("“95,” is not an amount; ") + nl;
        QTest::newRow("two signs") << s("en") << s("--5") << s("“--5” is not an amount; ") + en;
        QTest::newRow("sign only") << s("en") << s("-") << s("“-” is not an amount; ") + en;
        QTest::newRow("empty") << s("en") << s("  ") << s("No amount was entered; ") + en;
        QTest::newRow("too large") << s("en") << s("100000000000.01")
                                   << s("“100000000000.01” is more than 100,000,000,000.00.");
        QTest::newRow("too large nl") << s("nl") << s("-9999999999999")
                                      << s("“-9999999999999” is more than 100.000.000.000,00.");
    }

    void refused()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        Error refusal;
        QVERIFY(!Money::parse(text, QStringLiteral("EUR"), localeNamed(locale), &refusal));
        QFETCH(QString, error);
        QCOMPARE(refusal.message, error);
        QCOMPARE(refusal.kind, Error::Kind::Invalid);
    }

    // The fee fields and `mandaat-cli engagement`: empty is no amount, a negative fee is refused.
    void fees()
    {
        const QLocale before;
        QLocale::setDefault(dutch);
        bool ok = false;
        QCOMPARE(Money::parseFee(QStringLiteral("1.250,50"), &ok), std::optional<qint64>(125050));
        QVERIFY(ok);
        QCOMPARE(Money::parseFee(QStringLiteral(" "), &ok), std::nullopt);
        QVERIFY(ok);
        QCOMPARE(Money::parseFee(QStringLiteral("-5"), &ok), std::nullopt);
        QVERIFY(!ok);
        QCOMPARE(Money::parseFee(QStringLiteral("vijf"), &ok), std::nullopt);
        QVERIFY(!ok);
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "MoneyTest.moc"
