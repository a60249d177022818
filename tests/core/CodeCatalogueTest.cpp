// CodeCatalogue: the codes of conduct as data (resources/codes), checked against docs/codes.md.
#include "compliance/CodeCatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items) {
        result.append(QString::fromUtf8(item));
    }
    return result;
}

const QStringList kMwKinds = list({"evaluation", "selection", "coaching", "supervision"});
const QStringList kCmiKinds = list({"career_guidance", "career_coaching", "outplacement"});

QJsonObject builtInJson(const QString& name)
{
    QFile file(CodeCatalogue::builtInDirectory() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

/// MW-2020 with \a key of article \a index set to \a value (or removed when it is undefined).
QByteArray mwWithArticle(int index, const QString& key, const QJsonValue& value)
{
    QJsonObject code = builtInJson(QStringLiteral("MW-2020.json"));
    QJsonArray articles = code.value(QLatin1String("articles")).toArray();
    QJsonObject article = articles.at(index).toObject();
    if (value.isUndefined()) {
        article.remove(key);
    } else {
        article.insert(key, value);
    }
    articles.replace(index, article);
    code.insert(QStringLiteral("articles"), articles);
    return bytes(code);
}

QStringList articleIds(const QList<CodeArticle>& articles)
{
    QStringList ids;
    for (const CodeArticle& article : articles) {
        ids.append(article.id);
    }
    return ids;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class CodeCatalogueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoadsEveryCode()
    {
        const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
        for (const Error& error : catalogue.loadErrors()) {
            qWarning().noquote() << error.message;
        }
        QVERIFY(catalogue.loadErrors().isEmpty());
        QStringList ids;
        for (const CodeVersion& code : catalogue.codes()) {
            ids.append(code.id);
        }
        QCOMPARE(ids, list({"CMI-2009", "GDPR-2016", "ICF-2025", "MW-2020"}));
        QCOMPARE(catalogue.code(QStringLiteral("ICF-2025"))->effectiveFrom, QDate(2025, 4, 1));
        QCOMPARE(catalogue.code(QStringLiteral("ICF-2025"))->binding, CodeBinding::Subscription);
        QCOMPARE(catalogue.code(QStringLiteral("CMI-2009"))->version, QStringLiteral("002"));
        QCOMPARE(catalogue.code(QStringLiteral("MW-2020"))->effectiveFrom, QDate(2020, 9, 1));
        QCOMPARE(catalogue.code(QStringLiteral("GDPR-2016"))->binding, CodeBinding::Law);
        QCOMPARE(catalogue.code(QStringLiteral("MW-2020"))->appliesTo, kMwKinds);
        QCOMPARE(catalogue.code(QStringLiteral("CMI-2009"))->appliesTo, kCmiKinds);
        QVERIFY(!catalogue.code(QStringLiteral("MW-2019")));
    }

    // Every article of docs/codes.md, with the kinds, phase, rules and blocking we gave it.
    void everyArticleOfCodes_data()
    {
        QTest::addColumn<QString>("codeId");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<bool>("blocking");

        const auto mw = [](const char* id, const char* phase, std::initializer_list<const char*> rules, bool blocking) {
            QTest::newRow(id) << QStringLiteral("MW-2020") << kMwKinds << QString::fromLatin1(phase) << list(rules)
                              << blocking;
        };
        mw("MW-1", "none", {}, false);
        // The MW letter promises a complaint is handled within four weeks: keeping that promise
        // is the quality MW-2.1 asks for, so MW engagements track complaints too.
        mw("MW-2.1", "always", {"code-subscribed", "complaint-acknowledged", "complaint-deadline"}, false);
        mw("MW-2.2", "onboarding", {"code-handed-over", "confirmation-states-code"}, true);
        mw("MW-2.3", "onboarding", {"terms-explained"}, true);
        mw("MW-2.4", "onboarding", {"expectations-recorded"}, true);
        mw("MW-2.5", "onboarding", {"method-described"}, true);
        mw("MW-2.6", "always", {"duration-planned", "duration-adequacy-confirmed", "objectives-open-near-end"}, true);
        mw("MW-2.7", "onboarding", {"client-interest-confirmed"}, true);
        QTest::newRow("MW-2.8") << QStringLiteral("MW-2020") << list({"evaluation", "selection"})
                                << QStringLiteral("onboarding") << list({"neutrality-declared", "prior-relation-check"})
                                << true;
        mw("MW-3.1", "always", {"qualifications-current"}, false);
        mw("MW-3.2", "onboarding", {"method-attributed"}, true);
        mw("MW-3.3", "none", {}, false);
        mw("MW-3.4", "always", {"privacy-notice-handed-over", "retention-set", "retention-due"}, false);
        mw("MW-4.1", "always", {"consent-scope-recorded", "principal-report-consent"}, true);
        mw("MW-4.2", "always", {"retention-set", "retention-due"}, false);
        mw("MW-4.3", "running", {"consultation-principal-informed"}, false);
        mw("MW-5.1", "always", {"conflict-check"}, true);
        mw("MW-5.2", "onboarding", {"conflict-check"}, true);
        mw("MW-5.3", "ending", {"conflict-termination"}, true);

        const auto cmi =
            [](const char* id, const char* phase, std::initializer_list<const char*> rules, bool blocking) {
                QTest::newRow(id) << QStringLiteral("CMI-2009") << kCmiKinds << QString::fromLatin1(phase)
                                  << list(rules) << blocking;
            };
        cmi("CMI-1", "always", {"code-subscribed", "register-number-recorded"}, false);
        cmi("CMI-2", "none", {}, false);
        cmi("CMI-3", "always", {"other-roles-disclosed"}, true);
        cmi("CMI-4", "onboarding", {"prior-advice-disclosed"}, true);
        cmi("CMI-5",
            "onboarding",
            {"confirmation-complete", "confirmation-states-code", "payer-named", "confirmation-accepted"},
            true);
        cmi("CMI-6", "onboarding", {"independence-confirmed"}, true);
        cmi("CMI-7", "onboarding", {"no-admission-clause", "end-of-employment-disclosed"}, true);
        cmi("CMI-8", "always", {"consent-scope-recorded", "principal-report-consent"}, true);
        cmi("CMI-9", "always", {"privacy-notice-handed-over", "retention-set", "retention-due"}, false);
        cmi("CMI-10", "always", {"freedom-to-stop-explained", "interruption-clock"}, true);
        cmi("CMI-11", "always", {"expectations-recorded", "referral-considered"}, false);
        cmi("CMI-12", "ending", {"early-end-warning"}, true);
        cmi("CMI-13", "always", {"privacy-notice-handed-over", "retention-set", "retention-due"}, false);
        cmi("CMI-14", "always", {"use-restrictions-recorded"}, false);
        cmi("CMI-15", "always", {"consent-scope-recorded", "principal-report-consent"}, true);
        cmi("CMI-16", "always", {"privacy-notice-handed-over", "retention-set", "retention-due"}, false);
        cmi("CMI-17", "always", {"complaint-acknowledged", "complaint-deadline"}, false);

        const QStringList all = kMwKinds + kCmiKinds;
        const auto gdpr =
            [&all](const char* id, const char* phase, std::initializer_list<const char*> rules, bool blocking) {
                QTest::newRow(id) << QStringLiteral("GDPR-2016") << all << QString::fromLatin1(phase) << list(rules)
                                  << blocking;
            };
        gdpr("GDPR-5", "always", {"retention-set", "retention-due"}, false);
        gdpr("GDPR-9", "none", {}, false);
        gdpr("GDPR-13", "onboarding", {"privacy-notice-handed-over"}, true);
        gdpr("GDPR-15", "none", {}, false);
        gdpr("GDPR-17", "always", {"retention-due"}, false);
        gdpr("GDPR-20", "none", {}, false);
        gdpr("GDPR-30", "always", {"audit-log-intact"}, false);
        gdpr("GDPR-33", "none", {}, false);

        // ICF-2025 (docs/codes.md, ICF-2025): only what was checked ships (no 3.2, no 5.3-5.5);
        // 3.7 also covers the kinds where an ICF coach acts in another role.
        const QStringList coach = list({"coaching", "career_guidance", "career_coaching", "supervision"});
        const auto icf =
            [&coach](const char* id, const char* phase, std::initializer_list<const char*> rules, bool blocking) {
                QTest::newRow(id) << QStringLiteral("ICF-2025") << coach << QString::fromLatin1(phase) << list(rules)
                                  << blocking;
            };
        icf("ICF-1.1",
            "onboarding",
            {"terms-explained",
             "confirmation-complete",
             "confirmation-states-code",
             "payer-named",
             "confirmation-accepted",
             "cancellation-policy-stated"},
            true);
        icf("ICF-1.2", "always", {"freedom-to-stop-every-party"}, true);
        icf("ICF-2.1", "always", {"principal-report-consent"}, true);
        icf("ICF-2.2", "always", {"consent-scope-recorded", "principal-report-consent"}, true);
        icf("ICF-2.3", "onboarding", {"confidentiality-exceptions-agreed"}, true);
        icf("ICF-2.4", "always", {"retention-set", "retention-due"}, false);
        icf("ICF-2.5", "always", {"technology-agreed"}, false);
        icf("ICF-3.1", "onboarding", {"conflict-check"}, true);
        icf("ICF-3.3", "ending", {"conflict-termination"}, true);
        icf("ICF-3.4", "none", {}, false);
        icf("ICF-3.5", "none", {}, false);
        QTest::newRow("ICF-3.7") << QStringLiteral("ICF-2025") << all << QStringLiteral("always")
                                 << list({"other-roles-disclosed"}) << true;
        icf("ICF-3.8", "running", {"referral-benefit-disclosed"}, false);
        icf("ICF-4.1", "none", {}, false);
        icf("ICF-4.2", "running", {"suspension-resumed"}, false);
        icf("ICF-4.3", "running", {"objectives-open-near-end"}, false);
        icf("ICF-5.1", "always", {"qualifications-current"}, false);
        icf("ICF-5.2", "none", {}, false);
    }

    void everyArticleOfCodes()
    {
        QFETCH(QString, codeId);
        QFETCH(QStringList, kinds);
        QFETCH(QString, phase);
        QFETCH(QStringList, rules);
        QFETCH(bool, blocking);
        const QString id = QString::fromLatin1(QTest::currentDataTag());

        const std::optional<CodeArticle> article = CodeCatalogue::builtIn().article(codeId, id);
        QVERIFY2(article, qPrintable(id));
        QCOMPARE(article->codeId, codeId);
        for (const QString& language : list({"nl", "en"})) {
            QVERIFY(!article->title(language).trimmed().isEmpty());
            QVERIFY(!article->summary(language).trimmed().isEmpty());
        }
        QVERIFY(article->titles.nl != article->titles.en);
        QVERIFY(article->summaries.nl != article->summaries.en);
        for (const QString& kind : CodeCatalogue::knownEngagementKinds()) {
            QCOMPARE(article->appliesToKind(kind), kinds.contains(kind));
        }
        QCOMPARE(codePhaseId(article->phase), phase);
        QCOMPARE(article->rules, rules);
        QCOMPARE(article->blocking, blocking);
    }

    // Nothing in the data beyond docs/codes.md: the table above lists every article.
    void noArticleBeyondTheList()
    {
        QCOMPARE(CodeCatalogue::builtIn().code(QStringLiteral("MW-2020"))->articles.size(), 19);
        QCOMPARE(CodeCatalogue::builtIn().code(QStringLiteral("CMI-2009"))->articles.size(), 17);
        QCOMPARE(CodeCatalogue::builtIn().code(QStringLiteral("GDPR-2016"))->articles.size(), 8);
        QCOMPARE(CodeCatalogue::builtIn().code(QStringLiteral("ICF-2025"))->articles.size(), 18);
    }

    // The official texts are copyrighted: summaries are short paraphrases of our own.
    void summariesAreShortParaphrases()
    {
        for (const CodeVersion& code : CodeCatalogue::builtIn().codes()) {
            for (const CodeArticle& article : code.articles) {
                for (const QString& language : list({"nl", "en"})) {
                    QVERIFY2(article.summary(language).size() <= 400, qPrintable(article.id));
                    QVERIFY2(article.title(language).size() <= 80, qPrintable(article.id));
                }
            }
            QVERIFY(!code.officialTextNote(QStringLiteral("nl")).isEmpty());
            QVERIFY(!code.officialTextNote(QStringLiteral("en")).isEmpty());
        }
    }

    void textsByLanguage()
    {
        const std::optional<CodeArticle> article =
            CodeCatalogue::builtIn().article(QStringLiteral("MW-2020"), QStringLiteral("MW-2.2"));
        QVERIFY(article);
        QCOMPARE(article->title(QStringLiteral("nl")), QStringLiteral("De code ter beschikking stellen"));
        QCOMPARE(article->title(QStringLiteral("nl_BE")), QStringLiteral("De code ter beschikking stellen"));
        QCOMPARE(article->title(QStringLiteral("en")), QStringLiteral("Making the code available"));
        QVERIFY(article->summary(QStringLiteral("nl")).contains(QStringLiteral("opdrachtgever")));
        const std::optional<CodeVersion> cmi = CodeCatalogue::builtIn().code(QStringLiteral("CMI-2009"));
        QVERIFY(cmi->name(QStringLiteral("nl")).contains(QStringLiteral("Register Loopbaanprofessional")));
        QVERIFY(!CodeCatalogue::builtIn().article(QStringLiteral("MW-2020"), QStringLiteral("CMI-10")));
    }

    void articlesForKind_data()
    {
        QTest::addColumn<QStringList>("subscribed");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        const QStringList mw = list({"MW-2020"});
        const QStringList cmi = list({"CMI-2009"});
        QTest::newRow("MW-2.8 for evaluation")
            << mw << QStringLiteral("evaluation") << list({"MW-2.8", "MW-2.2"}) << list({"CMI-7"});
        QTest::newRow("MW-2.8 for selection") << mw << QStringLiteral("selection") << list({"MW-2.8"}) << QStringList();
        QTest::newRow("no MW-2.8 for coaching")
            << mw << QStringLiteral("coaching") << list({"MW-2.2", "MW-5.2"}) << list({"MW-2.8"});
        QTest::newRow("no MW-2.8 for supervision")
            << mw << QStringLiteral("supervision") << list({"MW-4.3"}) << list({"MW-2.8"});
        QTest::newRow("MW not for outplacement")
            << mw << QStringLiteral("outplacement") << list({"GDPR-13"}) << list({"MW-2.2", "CMI-7"});
        QTest::newRow("CMI-7 for outplacement")
            << cmi << QStringLiteral("outplacement") << list({"CMI-7", "CMI-17"}) << list({"MW-2.2"});
        QTest::newRow("CMI-7 for career guidance")
            << cmi << QStringLiteral("career_guidance") << list({"CMI-7"}) << QStringList();
        QTest::newRow("CMI-7 for career coaching")
            << cmi << QStringLiteral("career_coaching") << list({"CMI-7"}) << QStringList();
        QTest::newRow("CMI not for evaluation")
            << cmi << QStringLiteral("evaluation") << list({"GDPR-13"}) << list({"CMI-5", "CMI-10", "MW-2.8"});
        QTest::newRow("GDPR without a subscription")
            << QStringList() << QStringLiteral("coaching") << list({"GDPR-5", "GDPR-13"}) << list({"MW-2.2"});
        QTest::newRow("unknown code ignored")
            << list({"XYZ-2000"}) << QStringLiteral("coaching") << list({"GDPR-13"}) << list({"MW-2.2"});
    }

    void articlesForKind()
    {
        QFETCH(QStringList, subscribed);
        QFETCH(QString, kind);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QStringList ids = articleIds(CodeCatalogue::builtIn().articlesFor(subscribed, kind));
        for (const QString& id : present) {
            QVERIFY2(ids.contains(id), qPrintable(id));
        }
        for (const QString& id : absent) {
            QVERIFY2(!ids.contains(id), qPrintable(id));
        }
        QCOMPARE(ids.count(QStringLiteral("GDPR-13")), 1);
    }

    // CMI-3 and MW-1: no CMI article for an MW-only kind, and the reverse.
    void codesKeepToTheirKinds()
    {
        const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
        const QStringList both = list({"MW-2020", "CMI-2009"});
        for (const QString& kind : kMwKinds) {
            for (const CodeArticle& article : catalogue.articlesFor(both, kind)) {
                QVERIFY2(article.codeId != QLatin1String("CMI-2009"), qPrintable(kind + article.id));
            }
        }
        for (const QString& kind : kCmiKinds) {
            for (const CodeArticle& article : catalogue.articlesFor(both, kind)) {
                QVERIFY2(article.codeId != QLatin1String("MW-2020"), qPrintable(kind + article.id));
            }
        }
    }

    // A practice subscribed to both codes gets both sets, each for the kinds it covers.
    void subscribedToBoth()
    {
        const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
        for (const QString& kind : CodeCatalogue::knownEngagementKinds()) {
            const QStringList both = articleIds(catalogue.articlesFor(list({"MW-2020", "CMI-2009"}), kind));
            QStringList expected = articleIds(catalogue.articlesFor(list({"MW-2020", "GDPR-2016"}), kind));
            for (const QString& id : articleIds(catalogue.articlesFor(list({"CMI-2009"}), kind))) {
                if (!expected.contains(id)) {
                    expected.append(id);
                }
            }
            QCOMPARE(both.size(), expected.size());
            for (const QString& id : expected) {
                QVERIFY2(both.contains(id), qPrintable(kind + id));
            }
        }
        QCOMPARE(articleIds(catalogue.articlesFor(list({"MW-2020", "CMI-2009"}), QStringLiteral("evaluation")))
                     .filter(QStringLiteral("MW-"))
                     .size(),
                 19);
        QCOMPARE(articleIds(catalogue.articlesFor(list({"MW-2020", "CMI-2009"}), QStringLiteral("outplacement")))
                     .filter(QStringLiteral("CMI-"))
                     .size(),
                 17);
    }

    void versionInForce_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("expected");
        QTest::newRow("MW before 2020") << QStringLiteral("MW") << QDate(2020, 8, 31) << QString();
        QTest::newRow("MW on its first day") << QStringLiteral("MW") << QDate(2020, 9, 1) << QStringLiteral("MW-2020");
        QTest::newRow("MW in 2027") << QStringLiteral("MW") << QDate(2027, 1, 1) << QStringLiteral("MW-2020");
        QTest::newRow("CMI before 002") << QStringLiteral("CMI") << QDate(2009, 6, 30) << QString();
        QTest::newRow("CMI in 2024") << QStringLiteral("CMI") << QDate(2024, 3, 1) << QStringLiteral("CMI-2009");
        QTest::newRow("GDPR") << QStringLiteral("GDPR") << QDate(2018, 5, 25) << QStringLiteral("GDPR-2016");
        QTest::newRow("unknown family") << QStringLiteral("XYZ") << QDate(2024, 3, 1) << QString();
    }

    void versionInForce()
    {
        QFETCH(QString, family);
        QFETCH(QDate, day);
        QFETCH(QString, expected);
        const std::optional<CodeVersion> version = CodeCatalogue::builtIn().versionInForce(family, day);
        QCOMPARE(version ? version->id : QString(), expected);
    }

    // A new version of a code is data only: a file with a later effective_from.
    void newVersionAsData_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QStringList>("pinned");
        QTest::newRow("started in 2025") << QDate(2025, 12, 31) << list({"MW-2020", "CMI-2009", "GDPR-2016"});
        QTest::newRow("started on the new version's first day")
            << QDate(2026, 1, 1) << list({"MW-2026", "CMI-2009", "GDPR-2016"});
        QTest::newRow("started in 2027") << QDate(2027, 6, 1) << list({"MW-2026", "CMI-2009", "GDPR-2016"});
    }

    void newVersionAsData()
    {
        QFETCH(QDate, start);
        QFETCH(QStringList, pinned);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject code = builtInJson(QStringLiteral("MW-2020.json"));
        code.insert(QStringLiteral("id"), QStringLiteral("MW-2026"));
        code.insert(QStringLiteral("version"), QStringLiteral("2026"));
        code.insert(QStringLiteral("effective_from"), QStringLiteral("2026-01-01"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("MW-2026.json")), bytes(code)));

        CodeCatalogue catalogue;
        QVERIFY(catalogue.loadDirectory(CodeCatalogue::builtInDirectory()));
        QVERIFY(catalogue.loadDirectory(dir.path()));
        QCOMPARE(catalogue.codes().size(), 5);
        QCOMPARE(catalogue.latestVersion(QStringLiteral("MW"))->id, QStringLiteral("MW-2026"));
        // The practice's subscription may name the old version or the family.
        QCOMPARE(catalogue.codesInForce(list({"MW-2020", "CMI-2009"}), start), pinned);
        QCOMPARE(catalogue.codesInForce(list({"MW", "CMI"}), start), pinned);

        const QList<CodeArticle> articles = catalogue.articlesFor(pinned, QStringLiteral("evaluation"));
        QCOMPARE(articles.first().codeId, pinned.first());
        QCOMPARE(articleIds(articles).count(QStringLiteral("MW-2.8")), 1);
    }

    void invalidFileIsRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");

        QTest::newRow("broken JSON") << QByteArray("{ \"id\": \"MW-2020\", ") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("one JSON object");
        QTest::newRow("duplicate article id") << mwWithArticle(2, QStringLiteral("id"), QStringLiteral("MW-2.1"))
                                              << QStringLiteral("The article id “MW-2.1” appears more than once.");
        QTest::newRow("unknown kind") << mwWithArticle(
                                             0, QStringLiteral("applies_to"), QJsonArray{QStringLiteral("therapy")})
                                      << QStringLiteral("articles[MW-1].applies_to names the unknown engagement kind "
                                                        "“therapy”");
        QTest::newRow("kind outside the code")
            << mwWithArticle(0, QStringLiteral("applies_to"), QJsonArray{QStringLiteral("outplacement")})
            << QStringLiteral("applies to “outplacement”, which the code's applies_to does not cover");
        QTest::newRow("no kinds") << mwWithArticle(0, QStringLiteral("applies_to"), QJsonArray())
                                  << QStringLiteral("articles[MW-1].applies_to names no engagement kind.");
        QTest::newRow("missing Dutch summary")
            << mwWithArticle(
                   3, QStringLiteral("summary"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Explain.")}})
            << QStringLiteral("articles[MW-2.3].summary.nl is missing or empty.");
        QTest::newRow("empty English title")
            << mwWithArticle(
                   3,
                   QStringLiteral("title"),
                   QJsonObject{{QStringLiteral("nl"), QStringLiteral("Toelichten")}, {QStringLiteral("en"), QString()}})
            << QStringLiteral("articles[MW-2.3].title.en is missing or empty.");
        QTest::newRow("no summary") << mwWithArticle(3, QStringLiteral("summary"), QJsonValue::Undefined)
                                    << QStringLiteral("articles[MW-2.3].summary is missing");
        QTest::newRow("summary too long")
            << mwWithArticle(3,
                             QStringLiteral("summary"),
                             QJsonObject{{QStringLiteral("nl"), QString(401, QLatin1Char('x'))},
                                         {QStringLiteral("en"), QStringLiteral("Explain.")}})
            << QStringLiteral("articles[MW-2.3].summary.nl is longer than 400 characters");
        QTest::newRow("unknown phase") << mwWithArticle(1, QStringLiteral("phase"), QStringLiteral("later"))
                                       << QStringLiteral("articles[MW-2.1].phase “later” is not known");
        QTest::newRow("blocking without rules")
            << mwWithArticle(0, QStringLiteral("blocking"), true) << QStringLiteral("articles[MW-1] cannot block");
        QTest::newRow("rules without phase")
            << mwWithArticle(0, QStringLiteral("rules"), QJsonArray{QStringLiteral("x")})
            << QStringLiteral("articles[MW-1] has rules but phase none");
        QTest::newRow("bad rule id") << mwWithArticle(
                                            1, QStringLiteral("rules"), QJsonArray{QStringLiteral("Code Handed Over")})
                                     << QStringLiteral("the rule id “Code Handed Over” must be lowercase");
        QTest::newRow("article of another family") << mwWithArticle(0, QStringLiteral("id"), QStringLiteral("CMI-1"))
                                                   << QStringLiteral("The article id “CMI-1” must be “MW-”");
        QTest::newRow("misspelt key") << mwWithArticle(0, QStringLiteral("aplies_to"), QJsonArray())
                                      << QStringLiteral("articles[MW-1].aplies_to is not a known key");

        QJsonObject code = builtInJson(QStringLiteral("MW-2020.json"));
        code.insert(QStringLiteral("effective_from"), QStringLiteral("1 September 2020"));
        QTest::newRow("bad date") << bytes(code) << QStringLiteral("effective_from “1 September 2020” is not a date");
        code = builtInJson(QStringLiteral("MW-2020.json"));
        code.insert(QStringLiteral("format"), 2);
        QTest::newRow("newer format") << bytes(code) << QStringLiteral("Format “2” is not supported");
        code.remove(QStringLiteral("format"));
        QTest::newRow("no format") << bytes(code) << QStringLiteral("format is missing");
        code = builtInJson(QStringLiteral("MW-2020.json"));
        code.insert(QStringLiteral("id"), QStringLiteral("MW2020"));
        QTest::newRow("bad code id") << bytes(code) << QStringLiteral("The id “MW2020” must be the family");
        code = builtInJson(QStringLiteral("MW-2020.json"));
        code.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Code")}});
        QTest::newRow("code name without Dutch") << bytes(code) << QStringLiteral("name.nl is missing or empty.");
    }

    // A broken file is left out whole, names itself and its problem, and spoils no other file.
    void invalidFileIsRejected()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString broken = dir.filePath(QStringLiteral("Broken.json"));
        QVERIFY(writeFile(broken, data));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("CMI-2009.json")),
                          bytes(builtInJson(QStringLiteral("CMI-2009.json")))));

        CodeCatalogue catalogue;
        QList<Error> errors;
        QVERIFY(!catalogue.loadDirectory(dir.path(), &errors));
        QCOMPARE(catalogue.codes().size(), 1);
        QCOMPARE(catalogue.codes().first().id, QStringLiteral("CMI-2009"));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(catalogue.loadErrors().size(), errors.size());
        bool named = false;
        for (const Error& error : std::as_const(errors)) {
            QCOMPARE(error.issues.constFirst().field, broken);
            QVERIFY(error.message.startsWith(broken + QStringLiteral(": ")));
            named = named || error.issues.constFirst().message.contains(problem);
        }
        if (!named) {
            for (const Error& error : std::as_const(errors)) {
                qWarning().noquote() << error.message;
            }
        }
        QVERIFY2(named, qPrintable(problem));
    }

    void sameCodeTwiceIsRejected()
    {
        CodeCatalogue catalogue;
        QVERIFY(catalogue.loadDirectory(CodeCatalogue::builtInDirectory()));
        QList<Error> errors;
        const QString copy = CodeCatalogue::builtInDirectory() + QStringLiteral("/MW-2020.json");
        QVERIFY(!catalogue.loadFile(copy, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(
            errors.first().issues.constFirst().message.contains(QStringLiteral("The code MW-2020 is already loaded")));
        QCOMPARE(catalogue.codes().size(), 4);

        QJsonObject code = builtInJson(QStringLiteral("MW-2020.json"));
        code.insert(QStringLiteral("id"), QStringLiteral("MW-2021"));
        QVERIFY(!catalogue.loadData(bytes(code), QStringLiteral("MW-2021.json"), &errors));
        QVERIFY(errors.last().issues.constFirst().message.contains(QStringLiteral("both take effect on 2020-09-01")));
    }

    void missingFolderIsAnError()
    {
        CodeCatalogue catalogue;
        QList<Error> errors;
        QVERIFY(!catalogue.loadDirectory(QStringLiteral("/nonexistent/codes"), &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().issues.constFirst().field, QStringLiteral("/nonexistent/codes"));
        QTemporaryDir empty;
        QVERIFY(!catalogue.loadDirectory(empty.path(), &errors));
        QVERIFY(errors.last().issues.constFirst().message.contains(QStringLiteral("no code files")));
    }

    // The rules engine implements each of these; the ids are stable.
    void ruleIdsAreListed()
    {
        const QStringList rules = CodeCatalogue::builtIn().ruleIds();
        for (const QString& rule : list({"code-handed-over",
                                         "confirmation-complete",
                                         "interruption-clock",
                                         "complaint-deadline",
                                         "conflict-check",
                                         "privacy-notice-handed-over"})) {
            QVERIFY2(rules.contains(rule), qPrintable(rule));
        }
        QCOMPARE(rules.size(), 45);
    }
};

QTEST_GUILESS_MAIN(CodeCatalogueTest)
#include "CodeCatalogueTest.moc"
