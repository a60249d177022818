// Issue 17, item 5: what Mandaat writes into the vault itself (evidence texts, audit summaries)
// is stored as ids and arguments and told in the reader's language, old English entries too.
#include "domain/Phrase.h"
#include "Translations.h"
#include "domain/DisplayNames.h"
#include "repositories/RecordContent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mandaat;

class PhraseTest : public QObject
{
    Q_OBJECT

private:
    static void speak(QLocale::Language language, QLocale::Country country)
    {
        const QLocale locale(language, country);
        installTranslations(*QCoreApplication::instance(), locale);
        QLocale::setDefault(locale);
    }

private Q_SLOTS:
    void init() { speak(QLocale::English, QLocale::UnitedKingdom); }
    void cleanupTestCase() { speak(QLocale::English, QLocale::UnitedKingdom); }

    void storedAsIdsAndArguments()
    {
        const QString stored = Phrase::store("audit.referral", {QStringLiteral("12"), Phrase::day(QDate(2026, 3, 2))});
        const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("phrase")).toString(), QStringLiteral("audit.referral"));
        QCOMPARE(object.value(QStringLiteral("args")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("12"), QStringLiteral("2026-03-02")}));
        QVERIFY(Phrase::isPhrase(stored));
        QVERIFY2(!stored.contains(QStringLiteral("Referral")), qPrintable(stored));
        QCOMPARE(Phrase::render(stored), QStringLiteral("Referral 12 on 2 March 2026"));
    }

    // The same stored entry, read by a Dutch-speaking consultant.
    void toldInTheReadersLanguage()
    {
        const QString status = Phrase::store("audit.engagement.ended",
                                             {QStringLiteral("5"),
                                              QStringLiteral("ending"),
                                              QStringLiteral("ended"),
                                              QStringLiteral("2026-06-30"),
                                              QStringLiteral("completed")});
        const QString issued = Phrase::store("evidence.confirmation.issued", {QStringLiteral("ab12")});
        const QString amended = Phrase::store("evidence.terms.amended",
                                              {QStringLiteral("2026-05-04"), QStringLiteral("term.fee,term.duration")});
        const QString sessions =
            Phrase::store("evidence.duration.adequate",
                          {QStringLiteral("1"), QStringLiteral("2026-05-04"), QStringLiteral("2026-06-01")});
        QCOMPARE(Phrase::render(issued), QStringLiteral("Engagement confirmation issued (SHA-256 ab12)."));
        QCOMPARE(Phrase::render(amended),
                 QStringLiteral("Terms amended after the confirmation of 4 May 2026: the fee, the duration."));
        QCOMPARE(Phrase::render(sessions),
                 QStringLiteral("1 planned session from 4 May 2026 to 1 June 2026 suffices for the objectives."));

        speak(QLocale::Dutch, QLocale::Belgium);
        QCOMPARE(Phrase::render(status),
                 QStringLiteral("Opdracht 5: van %1 naar %2 op 30 juni 2026 (%3)")
                     .arg(displayName(EngagementStatus::Ending),
                          displayName(EngagementStatus::Ended),
                          displayName(EndReason::Completed)));
        QVERIFY(displayName(EngagementStatus::Ended) != QLatin1String("Ended"));
        QCOMPARE(Phrase::render(issued), QStringLiteral("Opdrachtbevestiging uitgegeven (SHA-256 ab12)."));
        QCOMPARE(Phrase::render(amended),
                 QStringLiteral("Voorwaarden gewijzigd na de bevestiging van 4 mei 2026: het honorarium, de duur."));
        QCOMPARE(Phrase::render(sessions),
                 QStringLiteral("1 geplande sessie van 4 mei 2026 tot 1 juni 2026 volstaat voor de doelstellingen."));
        QCOMPARE(Phrase::render(Phrase::store(
                     "audit.record.updated.why",
                     {QStringLiteral("evidence"), QStringLiteral("7"), Phrase::store("audit.why.cleared")})),
                 QStringLiteral("Gewijzigd: bewijsstuk 7 (gewist bij de vernietiging)"));
    }

    // A vault from before: its audit summaries were stored in English. Those of a known shape
    // are told in the reader's language; the log itself is never rewritten (its hashes).
    void oldEnglishSummariesToo()
    {
        speak(QLocale::Dutch, QLocale::Belgium);
        QCOMPARE(Phrase::render(QStringLiteral("engagement 5: draft -> onboarding on 2026-03-02")),
                 QStringLiteral("Opdracht 5: van %1 naar %2 op 2 maart 2026")
                     .arg(displayName(EngagementStatus::Draft), displayName(EngagementStatus::Onboarding)));
        QCOMPARE(Phrase::render(QStringLiteral("letter 3 (confirmation, nl), sha256 ab12")),
                 QStringLiteral("Brief 3 uitgegeven (opdrachtbevestiging, %1), SHA-256 ab12")
                     .arg(displayName(Language::Dutch)));
        QCOMPARE(Phrase::render(QStringLiteral("client_member 4 updated: role, updated_at")),
                 QStringLiteral("Gewijzigd: lid van een cliëntsysteem 4 (role, updated_at)"));
        QCOMPARE(Phrase::render(QStringLiteral("evidence 7 updated: cleared at destruction")),
                 QStringLiteral("Gewijzigd: bewijsstuk 7 (gewist bij de vernietiging)"));
        QCOMPARE(Phrase::render(QStringLiteral("client 9 recorded: demo practice")),
                 QStringLiteral("Vastgelegd: cliënt 9 (demopraktijk)"));
        QCOMPARE(Phrase::render(QStringLiteral("3 clients imported from a CSV file (ids 4 to 6)")),
                 QStringLiteral("3 cliënten ingevoerd uit een CSV-bestand (id's 4 tot 6)"));
        QCOMPARE(Phrase::render(QStringLiteral("Engagement confirmation issued (SHA-256 ab12).")),
                 QStringLiteral("Opdrachtbevestiging uitgegeven (SHA-256 ab12)."));
        // A wizard line with a non-ASCII character, as an English window stored it.
        QCOMPARE(Phrase::render(
                     QStringLiteral("The client’s interests come first, without conflicting with the principal’s.")),
                 QStringLiteral("De belangen van de cliënt gaan voor, zonder in strijd te zijn met die van de "
                                "opdrachtgever."));
    }

    // What the user typed is theirs: shown as typed, whatever it looks like.
    void anyOtherTextAsItIs()
    {
        speak(QLocale::Dutch, QLocale::Belgium);
        for (const QString& typed : {QStringLiteral("Signed by both; the copy is in the folder."),
                                     QStringLiteral("{\"phrase\":\"no.such.phrase\",\"args\":[]}"),
                                     QStringLiteral("{not json"),
                                     QStringLiteral("engagement five: draft -> onboarding on 2 March"),
                                     QString()}) {
            QCOMPARE(Phrase::render(typed), typed);
            QVERIFY(!Phrase::isPhrase(typed));
        }
        // An argument is inserted once: a "%2" in a name stays a "%2".
        QCOMPARE(Phrase::render(Phrase::store("evidence.successor.proposed", {QStringLiteral("Ann %2 & %1 Co")})),
                 QStringLiteral("Voorgesteld aan de partijen: Ann %2 & %1 Co"));
    }

    // An audit entry names its record by table: every record table has a name a reader knows.
    void everyRecordTableHasAName()
    {
        QCOMPARE(Phrase::tablesWithoutName(RecordContent::tables()), QStringList());
        speak(QLocale::Dutch, QLocale::Belgium);
        for (const QString& table : RecordContent::tables()) {
            QVERIFY2(!Phrase::tableName(table).contains(QLatin1Char('_')), qPrintable(table));
        }
    }
};

QTEST_GUILESS_MAIN(PhraseTest)
#include "PhraseTest.moc"
