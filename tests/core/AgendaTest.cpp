// The agenda (issue 15): the sessions of every engagement in a range of weeks, and the calendar
// file a consultant imports into a phone: by default only initials and the kind of session,
// names and places only when chosen; lines as RFC 5545 wants them; one file per ISO week; never
// over an existing file unless the user said so, never over the vault.
#include "TestSupport.h"

#include "agenda/Agenda.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mandaat;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The lines of an iCalendar text with the folded continuations joined again.
QStringList unfolded(const QByteArray& ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class AgendaTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Records> m_records;
    std::unique_ptr<RecordListing> m_listing;
    QDate m_monday;

    qint64 engagementFor(const QString& name, const QString& title)
    {
        RecordError error;
        Client client;
        client.name = name;
        if (!m_records->clients().save(client, &error)) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.kind = EngagementKind::CareerCoaching;
        engagement.title = title;
        engagement.payerKind = PayerKind::Client; // a self-paying client
        if (!m_records->engagements().save(engagement, &error)) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        return engagement.id;
    }

    bool intake(qint64 engagement, QDate day, QTime time, const QString& location = QString())
    {
        Session session;
        session.engagementId = engagement;
        session.startsAt = QDateTime(day, time).toUTC();
        session.durationMinutes = 90;
        session.intake = true; // a draft engagement takes intakes
        session.location = location;
        RecordError error;
        const bool saved = m_records->sessions().save(session, &error);
        if (!saved) {
            qWarning("%s", qPrintable(error.message));
        }
        return saved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultError error;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("a.mandaat")), test::passphrase(), &error);
        QVERIFY2(m_vault, qPrintable(error.message));
        m_records = std::make_unique<Records>(*m_vault);
        m_listing = std::make_unique<RecordListing>(*m_vault);
        m_monday = Agenda::weekStart(QDate(2027, 3, 10)); // a Wednesday
        QCOMPARE(m_monday, QDate(2027, 3, 8));
        const qint64 karin = engagementFor(QStringLiteral("Karin Jansen"), QStringLiteral("Outplacement Karin"));
        const qint64 karel =
            engagementFor(QStringLiteral("Karel de Vries-Maes"), QStringLiteral("Coaching; Karel, team"));
        QVERIFY(karin > 0 && karel > 0);
        QVERIFY(intake(karin, m_monday.addDays(2), QTime(14, 0), QStringLiteral("Oudegracht 12, Utrecht")));
        QVERIFY(intake(karel, m_monday.addDays(1), QTime(9, 30)));
        QVERIFY(intake(karin, m_monday.addDays(15), QTime(10, 0))); // two weeks later
        QVERIFY(intake(karel, m_monday.addDays(-3), QTime(10, 0))); // the week before
    }

    void itemsOfTheWeeksInOrder()
    {
        RecordError error;
        const std::optional<QList<AgendaItem>> week =
            Agenda::items(*m_records, *m_listing, m_monday, m_monday.addDays(6), &error);
        QVERIFY2(week, qPrintable(error.message));
        QCOMPARE(week->size(), 2);
        QCOMPARE(week->at(0).clientName, QStringLiteral("Karel de Vries-Maes"));
        QCOMPARE(week->at(0).localStart(), QDateTime(m_monday.addDays(1), QTime(9, 30)));
        QCOMPARE(week->at(1).clientName, QStringLiteral("Karin Jansen"));
        QCOMPARE(week->at(1).engagementTitle, QStringLiteral("Outplacement Karin"));
        const std::optional<QList<AgendaItem>> month =
            Agenda::items(*m_records, *m_listing, m_monday, m_monday.addDays(27), &error);
        QVERIFY(month);
        QCOMPARE(month->size(), 3); // not the one of the week before
    }

    void initialsAndWeeks()
    {
        QCOMPARE(Agenda::initials(QStringLiteral("Karin Jansen")), QStringLiteral("K.J."));
        QCOMPARE(Agenda::initials(QStringLiteral("Karel de Vries-Maes")), QStringLiteral("K.d.V.M."));
        QCOMPARE(Agenda::initials(QStringLiteral("  Émile   Zola ")), QStringLiteral("É.Z."));
        QCOMPARE(Agenda::weekKey(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
        QCOMPARE(Agenda::weekKey(QDate(2027, 3, 10)), QStringLiteral("2027-W10"));
    }

    void calendarShowsInitialsUnlessNamesAreChosen()
    {
        const QList<AgendaItem> items = *Agenda::items(*m_records, *m_listing, m_monday, m_monday.addDays(27), nullptr);
        const QDateTime stamp(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
        const QByteArray discreet = Agenda::calendar(items, CalendarDetail::InitialsAndKind, stamp);
        // Nothing of the names, the titles or the places.
        for (const char* secret : {"Karin", "Jansen", "Karel", "Vries", "Outplacement", "Oudegracht", "Utrecht"}) {
            QVERIFY2(!discreet.contains(secret), secret);
        }
        const QStringList lines = unfolded(discreet);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:K.J. Intake (in person)")));
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:K.d.V.M. Intake (in person)")));
        const QString start = QStringLiteral("DTSTART:") +
            QDateTime(m_monday.addDays(2), QTime(14, 0)).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY2(lines.contains(start), qPrintable(start));
        const QString end = QStringLiteral("DTEND:") +
            QDateTime(m_monday.addDays(2), QTime(15, 30)).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY2(lines.contains(end), qPrintable(end));
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20270301T080000Z")));
        // Every line ends in CRLF and no line is longer than 75 octets.
        QVERIFY(discreet.endsWith("\r\n"));
        for (const QByteArray& line : discreet.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 and the CR
        }

        const QByteArray named = Agenda::calendar(items, CalendarDetail::NamesAndPlaces, stamp);
        const QStringList namedLines = unfolded(named);
        QVERIFY(namedLines.contains(QStringLiteral("SUMMARY:Intake (in person) with Karin Jansen")));
        // Commas and semicolons escaped, as RFC 5545 wants them.
        QVERIFY(namedLines.contains(QStringLiteral("LOCATION:Oudegracht 12\\, Utrecht")));
        QVERIFY(namedLines.contains(QStringLiteral("DESCRIPTION:Coaching\\; Karel\\, team")));
        // The same session keeps its UID from one export to the next.
        const QStringList uids = namedLines.filter(QRegularExpression(QStringLiteral("^UID:")));
        QCOMPARE(uids.size(), 3);
        QCOMPARE(unfolded(discreet).filter(QRegularExpression(QStringLiteral("^UID:"))), uids);
    }

    void longLinesAreFoldedWithoutSplittingACharacter()
    {
        AgendaItem item;
        item.session.id = 7;
        item.session.startsAt = QDateTime(m_monday, QTime(9, 0)).toUTC();
        item.session.location = QString(40, QChar(0x00E9)); // "é" is two octets
        item.clientName = QStringLiteral("Zoë Ørsted");
        const QByteArray ics =
            Agenda::calendar({item}, CalendarDetail::NamesAndPlaces, QDateTime::currentDateTimeUtc());
        for (const QByteArray& line : ics.split('\n')) {
            QVERIFY(line.size() <= 76);
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, "a character split over two lines");
        }
        QVERIFY(unfolded(ics).contains(QStringLiteral("LOCATION:") + QString(40, QChar(0x00E9))));
    }

    void filesNeverOverwriteUnlessAsked()
    {
        const QList<AgendaItem> items = *Agenda::items(*m_records, *m_listing, m_monday, m_monday.addDays(27), nullptr);
        const QString path = m_dir.filePath(QStringLiteral("agenda.ics"));
        Error error;
        QVERIFY2(Agenda::writeCalendar(path, items, CalendarDetail::InitialsAndKind, false, &error),
                 qPrintable(error.message));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QByteArray first = readAll(path);
        QVERIFY(first.contains("BEGIN:VEVENT"));
        // Again without the user's yes: refused, the file as it was.
        QVERIFY(!Agenda::writeCalendar(path, {}, CalendarDetail::InitialsAndKind, false, &error));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(readAll(path), first);
        // With it: replaced.
        QVERIFY2(Agenda::writeCalendar(path, {}, CalendarDetail::InitialsAndKind, true, &error),
                 qPrintable(error.message));
        QVERIFY(!readAll(path).contains("BEGIN:VEVENT"));
        // Never over the vault, even when told to replace.
        const QByteArray vaultBefore = test::fileHash(m_vault->path());
        QVERIFY(!Agenda::writeCalendar(m_vault->path(), items, CalendarDetail::InitialsAndKind, true, &error));
        QCOMPARE(test::fileHash(m_vault->path()), vaultBefore);
        // Never over a folder.
        QVERIFY(!Agenda::writeCalendar(m_dir.path(), items, CalendarDetail::InitialsAndKind, true, &error));
        QVERIFY(QFileInfo(m_dir.path()).isDir());
    }

    void oneFilePerWeek()
    {
        const QList<AgendaItem> items = *Agenda::items(*m_records, *m_listing, m_monday, m_monday.addDays(27), nullptr);
        const QString folder = m_dir.filePath(QStringLiteral("weeks"));
        QStringList written;
        Error error;
        QVERIFY2(Agenda::writeWeeks(folder, items, CalendarDetail::InitialsAndKind, false, &written, &error),
                 qPrintable(error.message));
        QCOMPARE(written,
                 QStringList({QDir(folder).filePath(QStringLiteral("2027-W10.ics")),
                              QDir(folder).filePath(QStringLiteral("2027-W12.ics"))}));
        QCOMPARE(unfolded(readAll(written.at(0))).count(QStringLiteral("BEGIN:VEVENT")), 2);
        QCOMPARE(unfolded(readAll(written.at(1))).count(QStringLiteral("BEGIN:VEVENT")), 1);
        // A second export without the yes writes nothing at all.
        const QByteArray before = readAll(written.at(1));
        QStringList again;
        QVERIFY(!Agenda::writeWeeks(folder, items.mid(2), CalendarDetail::NamesAndPlaces, false, &again, &error));
        QVERIFY(again.isEmpty());
        QCOMPARE(readAll(written.at(1)), before);
        // A file where the folder should be: refused with a reason.
        const QString file = m_dir.filePath(QStringLiteral("agenda.ics"));
        QVERIFY(!Agenda::writeWeeks(file, items, CalendarDetail::InitialsAndKind, false, &again, &error));
        QVERIFY(error.message.contains(QStringLiteral("not a folder")));
    }
};

QTEST_GUILESS_MAIN(AgendaTest)
#include "AgendaTest.moc"
