// The agenda as a consultant uses it (issue 15): Ctrl+7 shows this week's and the next weeks'
// sessions of every engagement; "Plan a session…" stores a new one; "Export to a calendar…"
// writes a calendar file with only initials and the kind of session unless names are chosen,
// asks before it replaces a file, and writes one file per week into a folder; a double-click
// opens the engagement's sessions. Real clicks and keys; the vault and the files read back.
#include "FakeKeyChain.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "agenda/AgendaPage.h"
#include "agenda/CalendarExportDialog.h"
#include "agenda/PlanSessionDialog.h"
#include "common/Formats.h"
#include "common/forms/DateEdit.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace mandaat;
using namespace mandaat::test;

class AgendaPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_engagement = 0;
    QDate m_monday;

    PracticeView* view() const { return m_window->practiceView(); }
    AgendaPage* agenda() const { return view()->agendaPage(); }
    Records& records() const { return view()->practice()->records(); }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// Answers the next message box with \a which, as a person clicks its button.
    static void answerNextQuestion(QMessageBox::StandardButton which, bool* asked)
    {
        QTimer::singleShot(0, [which, asked]() {
            QMessageBox* box = nullptr;
            (void)QTest::qWaitFor(
                [&box]() {
                    box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                    return box && box->isVisible();
                },
                5000);
            if (box) {
                *asked = true;
                person::click(box->button(which));
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_monday = Agenda::weekStart(QDate::currentDate());
        VaultError vaultError;
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("t.mandaat")), passphrase(), &vaultError);
        QVERIFY2(vault, qPrintable(vaultError.message));
        {
            Records setup(*vault);
            RecordError error;
            Client client;
            client.name = QStringLiteral("Karin Jansen");
            QVERIFY2(setup.clients().save(client, &error), qPrintable(error.message));
            Engagement engagement;
            engagement.clientId = client.id;
            engagement.kind = EngagementKind::Outplacement;
            engagement.title = QStringLiteral("Outplacement Karin");
            engagement.payerKind = PayerKind::Client; // a self-paying client
            QVERIFY2(setup.engagements().save(engagement, &error), qPrintable(error.message));
            m_engagement = engagement.id;
            // An intake this week on Wednesday at two, and one four weeks back.
            for (const QDate day : {m_monday.addDays(2), m_monday.addDays(-28)}) {
                Session session;
                session.engagementId = m_engagement;
                session.startsAt = QDateTime(day, QTime(14, 0)).toUTC();
                session.intake = true;
                QVERIFY2(setup.sessions().save(session, &error), qPrintable(error.message));
            }
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        // English as the application starts it (main installs the translations).
        m_settings->setInterfaceLanguage(Settings::Language::English);
        QLocale::setDefault(m_settings->interfaceLocale());
        installTranslations(*qApp, m_settings->interfaceLocale());
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->adoptRestored(std::move(vault));
        QVERIFY(m_window->vault());
    }

    void cleanupTestCase() { m_window.reset(); }

    void ctrl7ShowsTheWeeks()
    {
        QTest::keyClick(m_window->windowHandle(), Qt::Key_7, Qt::ControlModifier);
        QTRY_COMPARE(view()->currentPage(), PracticeView::Page::Agenda);
        QTableView* table = agenda()->view();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(person::rowShowing(table, QStringLiteral("Karin Jansen"), AgendaModel::ClientColumn).row(), 0);
        QVERIFY(table->model()
                    ->index(0, AgendaModel::DayColumn)
                    .data()
                    .toString()
                    .contains(formats::shortDate(m_monday.addDays(2))));
        QVERIFY(named<QLabel>(agenda(), "rangeLabel")->text().contains(formats::shortDate(m_monday)));

        // Earlier: the intake four weeks back; This week: back again.
        person::click(named<QPushButton>(agenda(), "earlierButton"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->model()
                    ->index(0, AgendaModel::DayColumn)
                    .data()
                    .toString()
                    .contains(formats::shortDate(m_monday.addDays(-28))));
        person::click(named<QPushButton>(agenda(), "laterButton"));
        person::click(named<QPushButton>(agenda(), "laterButton"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(named<QLabel>(agenda(), "emptyLabel")->isVisible());
        person::click(named<QPushButton>(agenda(), "thisWeekButton"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
    }

    void planASession()
    {
        person::click(named<QPushButton>(agenda(), "planSessionButton"));
        auto* dialog = waitForDialog<PlanSessionDialog>();
        QVERIFY(dialog);
        auto* engagement = named<QComboBox>(dialog, "engagementComboBox");
        QVERIFY(person::choose(engagement, m_engagement));
        // Not active yet: an intake, ticked and fixed.
        QVERIFY(named<QCheckBox>(dialog, "intakeCheckBox")->isChecked());
        const QDate day = m_monday.addDays(8); // Tuesday next week
        person::typeInto(named<DateEdit>(dialog, "dateEdit"), day.toString(QStringLiteral("dd/MM/yyyy")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // A time that is none is refused in the dialog, which stays open; then the right one.
        auto* time = named<QLineEdit>(dialog, "timeEdit");
        person::typeInto(time, QStringLiteral("25:70"));
        person::click(named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save));
        QVERIFY(dialog->isVisible());
        QVERIFY2(named<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("not a time of day")),
                 qPrintable(named<QLabel>(dialog, "errorLabel")->text()));
        QCOMPARE(records().sessions().sessions(m_engagement).size(), 2);
        person::typeInto(time, QStringLiteral("10:30"));
        person::typeInto(named<QLineEdit>(dialog, "locationLineEdit"), QStringLiteral("Oudegracht 12, Utrecht"));
        const QPointer<PlanSessionDialog> guard(dialog);
        person::click(named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save));
        QTRY_VERIFY(!guard);

        // Stored, as typed; shown in the agenda, selected.
        const QList<Session> sessions = records().sessions().sessions(m_engagement);
        QCOMPARE(sessions.size(), 3);
        const Session planned = sessions.last();
        QCOMPARE(planned.startsAt.toLocalTime(), QDateTime(day, QTime(10, 30)));
        QCOMPARE(planned.location, QStringLiteral("Oudegracht 12, Utrecht"));
        QCOMPARE(planned.durationMinutes, 60);
        QVERIFY(planned.intake);
        QTableView* table = agenda()->view();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->currentIndex().row(), 1);
        QVERIFY(
            table->model()->index(1, AgendaModel::KindColumn).data().toString().contains(QStringLiteral("Oudegracht")));
    }

    void exportTheCalendar()
    {
        person::click(named<QPushButton>(agenda(), "exportCalendarButton"));
        auto* dialog = waitForDialog<CalendarExportDialog>();
        QVERIFY(dialog);
        // The first entry as the calendar will show it: initials and kind only.
        QCOMPARE(named<QLabel>(dialog, "previewLabel")->text(), QStringLiteral("K.J. Intake (in person)"));
        const QString path = m_dir.filePath(QStringLiteral("agenda.ics"));
        person::typeInto(named<QLineEdit>(dialog, "destinationLineEdit"), path);
        person::click(named<QPushButton>(dialog, "exportButton"));
        auto* message = named<QLabel>(dialog, "messageLabel");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Saved 1 calendar file")), qPrintable(message->text()));
        const QByteArray ics = readAll(path);
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
        QVERIFY(ics.contains("SUMMARY:K.J. Intake (in person)"));
        for (const char* secret : {"Karin", "Jansen", "Outplacement", "Oudegracht"}) {
            QVERIFY2(!ics.contains(secret), secret);
        }

        // Again: it asks first; No leaves the file as it was.
        person::click(named<QCheckBox>(dialog, "namesCheckBox"), QPoint(4, 8));
        QCOMPARE(named<QLabel>(dialog, "previewLabel")->text(), QStringLiteral("Intake (in person) with Karin Jansen"));
        bool asked = false;
        answerNextQuestion(QMessageBox::No, &asked);
        person::click(named<QPushButton>(dialog, "exportButton"));
        QTRY_VERIFY(asked);
        QCOMPARE(readAll(path), ics);

        // A folder with one file per week, names and places chosen.
        person::click(named<QRadioButton>(dialog, "perWeekRadioButton"), QPoint(4, 8));
        const QString folder = m_dir.filePath(QStringLiteral("weken"));
        person::typeInto(named<QLineEdit>(dialog, "destinationLineEdit"), folder);
        person::click(named<QPushButton>(dialog, "exportButton"));
        QTRY_VERIFY2(message->text().startsWith(QStringLiteral("Saved 2 calendar files")), qPrintable(message->text()));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files, QDir::Name);
        QCOMPARE(files,
                 QStringList({Agenda::weekKey(m_monday) + QStringLiteral(".ics"),
                              Agenda::weekKey(m_monday.addDays(7)) + QStringLiteral(".ics")}));
        const QByteArray next = readAll(QDir(folder).filePath(files.at(1)));
        QVERIFY(next.contains("SUMMARY:Intake (in person) with Karin Jansen"));
        QVERIFY(next.contains("LOCATION:Oudegracht 12\\, Utrecht"));
        const QPointer<CalendarExportDialog> guard(dialog);
        person::click(named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY(!guard);
    }

    void doubleClickOpensTheSessions()
    {
        QTableView* table = agenda()->view();
        QVERIFY(person::clickItem(table, table->model()->index(0, AgendaModel::ClientColumn), true));
        QTRY_COMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        QTRY_COMPARE(view()->engagementPage()->termsForm()->recordId(), m_engagement);
        QCOMPARE(view()->engagementPage()->currentTab(), int(EngagementPage::SessionsTab));
    }
};

QTEST_MAIN(AgendaPageTest)
#include "AgendaPageTest.moc"
