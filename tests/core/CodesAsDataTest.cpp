// Note: no raw string literals with quotes in this file; moc 6.4 cannot parse them.
// Codes are data (resources/codes/README.md): no source outside resources/codes/ and the tests
// names an article of a code. A rule declares the evidence topics it reads, the catalogue's
// articles name the rules, and every text that cites an article takes it from the catalogue.
// So a string literal or a .ui text holding an article id ("MW-2.2", "(CMI-8)") fails here;
// comments may name articles (they explain the code to its reader).
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

/// The string literals of C++ source \a text, outside comments, with their line numbers.
QList<QPair<int, QString>> stringLiterals(const QString& text)
{
    QList<QPair<int, QString>> found;
    int line = 1;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto at = [&text, n](qsizetype k) { return k < n ? text.at(k) : QChar(); };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
            while (i < n && text.at(i) != QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(text.mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
        } else if (c == QLatin1Char('R') && at(i + 1) == QLatin1Char('"') &&
                   (i == 0 || !(text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == QLatin1Char('_')))) {
            // A raw string: R"delimiter( ... )delimiter"
            const qsizetype open = text.indexOf(QLatin1Char('('), i + 2);
            const QString delimiter = text.mid(i + 2, open - i - 2);
            const QString closing = QLatin1Char(')') + delimiter + QLatin1Char('"');
            const qsizetype end = text.indexOf(closing, open);
            const qsizetype stop = end < 0 ? n : end + closing.size();
            // Raw strings hold SQL here; its "--" comments are comments.
            static const QRegularExpression sqlComment(QStringLiteral("--[^\n]*"));
            found.append({line, text.mid(open + 1, (end < 0 ? n : end) - open - 1).remove(sqlComment)});
            line += int(text.mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype k = i + 1;
            while (k < n && text.at(k) != c && text.at(k) != QLatin1Char('\n')) {
                k += text.at(k) == QLatin1Char('\\') ? 2 : 1;
            }
            if (c == QLatin1Char('"')) {
                found.append({line, text.mid(i + 1, k - i - 1)});
            }
            i = k + 1;
        } else {
            ++i;
        }
    }
    return found;
}

/// The texts of a Qt Designer file (<string> elements), with their line numbers.
QList<QPair<int, QString>> uiStrings(const QString& text)
{
    QList<QPair<int, QString>> found;
    static const QRegularExpression element(QStringLiteral("<string[^>]*>([^<]*)</string>"));
    for (auto it = element.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append({int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1, match.captured(1)});
    }
    return found;
}

/// The code families of the catalogue (resources/codes/*.json): "MW", "CMI", "GDPR", "ICF".
QStringList families()
{
    QStringList names;
    QDirIterator it(QStringLiteral(MANDAAT_SOURCE_DIR "/resources/codes"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QString family =
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("family")).toString();
            if (!family.isEmpty() && !names.contains(family)) {
                names.append(family);
            }
        }
    }
    return names;
}

/// An article id of one of \a families: "MW-2.2", "CMI-10", "GDPR-13"; not a code version id
/// ("MW-2020", four digits).
QRegularExpression articleId(const QStringList& families)
{
    return QRegularExpression(
        QStringLiteral("(?<![A-Za-z0-9_])(%1)-(?!\\d{4}(?!\\d|\\.\\d))\\d{1,3}(\\.\\d+)*(?![0-9A-Za-z])")
            .arg(families.join(QLatin1Char('|'))));
}

} // namespace

class CodesAsDataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCatalogueHasFamilies()
    {
        const QStringList names = families();
        QVERIFY2(names.contains(QStringLiteral("MW")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(names.contains(QStringLiteral("CMI")));
        QVERIFY(names.contains(QStringLiteral("GDPR")));
        QVERIFY(names.contains(QStringLiteral("ICF")));
    }

    void theScannerFindsWhatItMust()
    {
        // Guard against a scanner that can never fail.
        const QRegularExpression pattern = articleId(families());
        QVERIFY(pattern.match(QStringLiteral("MW-2.2")).hasMatch());
        QVERIFY(pattern.match(QStringLiteral("Referrals (CMI-11)")).hasMatch());
        QVERIFY(pattern.match(QStringLiteral("GDPR-13: privacy")).hasMatch());
        QVERIFY(pattern.match(QStringLiteral("ICF-1.1")).hasMatch());
        QVERIFY(!pattern.match(QStringLiteral("MW-2020")).hasMatch());
        QVERIFY(!pattern.match(QStringLiteral("ICF-2025")).hasMatch());
        QVERIFY(!pattern.match(QStringLiteral("XMW-2.2")).hasMatch());
        QVERIFY(!pattern.match(QStringLiteral("conflict-check")).hasMatch());

        const QString source = QStringLiteral("// MW-2.2 in a comment\n"
                                              "/* CMI-5\n in a block */ auto a = QStringLiteral(\"CMI-10\");\n"
                                              "auto b = tr(\"Referrals (CMI-11)\"); char c = '\"';\n"
                                              "auto d = u8\"GDPR-13\";\n");
        QStringList found;
        QList<int> lines;
        for (const auto& [line, literal] : stringLiterals(source)) {
            if (pattern.match(literal).hasMatch()) {
                found.append(literal);
                lines.append(line);
            }
        }
        QCOMPARE(
            found,
            (QStringList{QStringLiteral("CMI-10"), QStringLiteral("Referrals (CMI-11)"), QStringLiteral("GDPR-13")}));
        QCOMPARE(lines, (QList<int>{3, 4, 5}));
        const auto ui = uiStrings(QStringLiteral("<ui>\n<property><string>Consent (CMI-8)</string></property>\n"
                                                 "<string notr=\"true\">plain</string></ui>"));
        QCOMPARE(ui.size(), 2);
        QCOMPARE(ui.first().first, 2);
        QVERIFY(pattern.match(ui.first().second).hasMatch());
    }

    void noSourceNamesAnArticle()
    {
        const QRegularExpression pattern = articleId(families());
        QStringList offenders;
        int files = 0;
        for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(QStringLiteral(MANDAAT_SOURCE_DIR "/") + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                            QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                const QString text = QString::fromUtf8(file.readAll());
                const auto strings = path.endsWith(QLatin1String(".ui")) ? uiStrings(text) : stringLiterals(text);
                for (const auto& [line, literal] : strings) {
                    if (pattern.match(literal).hasMatch()) {
                        offenders.append(QStringLiteral("%1:%2: %3")
                                             .arg(path.mid(int(qstrlen(MANDAAT_SOURCE_DIR)) + 1))
                                             .arg(line)
                                             .arg(literal.left(100)));
                    }
                }
            }
        }
        QVERIFY2(files > 100, "the sources were not found");
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(QStringLiteral("%1 literal(s) name an article; take it from the catalogue:\n%2")
                                .arg(offenders.size())
                                .arg(offenders.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(CodesAsDataTest)
#include "CodesAsDataTest.moc"
