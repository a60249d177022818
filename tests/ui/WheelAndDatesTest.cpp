// The mouse wheel and the date fields of the main window (issue 15, items 3, 4 and 7): the
// wheel over a spin box or a combo box the user is not in scrolls the page and changes nothing;
// a date typed as the language writes it ("15/03/2022", "15-03-2022") is that date; what is not
// a date is refused in view and leaves the field with Tab; an optional date can be emptied; the
// calendar opens at the date, or today; one date format per language; the Records table follows
// a change of language. Real wheel events, typed keys and clicks, then the vault read back.
#include "FakeKeyChain.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "common/Formats.h"
#include "common/forms/DateEdit.h"
#include "common/forms/RecordForm.h"
#include "common/models/ComplianceRecordListModel.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "engagements/RecordsPanel.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "settings/SettingsDialog.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace mandaat;
using namespace mandaat::test;

class WheelAndDatesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_engagement = 0;
    qint64 m_complaint = 0;

    PracticeView* view() const { return m_window->practiceView(); }
    Records& records() const { return view()->practice()->records(); }

    /// Shows \a page with a click in the navigation, and the row showing \a text with a click.
    RecordPage* openRecord(PracticeView::Page page, RecordPage* records, const QString& text, int column)
    {
        auto* navigation = named<QListWidget>(view(), "navigationListWidget");
        person::clickItem(navigation, navigation->model()->index(static_cast<int>(page), 0));
        QTableView* table = records->list()->view();
        if (!QTest::qWaitFor([table]() { return table->model()->rowCount() > 0; }, 5000)) {
            return nullptr;
        }
        person::clickItem(table, person::rowShowing(table, text, column));
        return records;
    }

    static QScrollArea* scrollAreaAround(QWidget* widget)
    {
        for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(parent)) {
                return area;
            }
        }
        return nullptr;
    }

    /// Wheels over the page's background, down or up, until \a field is in view.
    static bool scrollTo(QScrollArea* area, QWidget* field)
    {
        for (int notch = 0; notch < 60; ++notch) {
            const QRect shown(field->mapTo(area->viewport(), QPoint(0, 0)), field->size());
            if (area->viewport()->rect().contains(shown)) {
                return true;
            }
            person::wheel(area->viewport(), QPoint(4, area->viewport()->height() / 2), shown.top() < 0 ? +1 : -1);
        }
        return false;
    }

    /// Clicks the calendar button at the end of \a field.
    static void clickCalendarButton(DateEdit* field)
    {
        const QList<QToolButton*> buttons = field->findChildren<QToolButton*>();
        QVERIFY(!buttons.isEmpty());
        person::click(buttons.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultError vaultError;
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("t.mandaat")), passphrase(), &vaultError);
        QVERIFY2(vault, qPrintable(vaultError.message));
        {
            Records setup(*vault);
            RecordError error;
            Principal principal;
            principal.organisation = QStringLiteral("Logistiek BV");
            QVERIFY2(setup.principals().save(principal, &error), qPrintable(error.message));
            Client client;
            client.name = QStringLiteral("Ann Peeters");
            QVERIFY2(setup.clients().save(client, &error), qPrintable(error.message));
            Engagement engagement;
            engagement.clientId = client.id;
            engagement.principalId = principal.id;
            engagement.kind = EngagementKind::CareerCoaching;
            engagement.title = QStringLiteral("Career coaching Ann");
            engagement.vatRateBasisPoints = 2100;
            engagement.plannedSessions = 8;
            QVERIFY2(setup.engagements().save(engagement, &error), qPrintable(error.message));
            m_engagement = engagement.id;
            Complaint complaint;
            complaint.engagementId = m_engagement;
            complaint.receivedOn = QDate::currentDate().addDays(-3);
            complaint.summary = QStringLiteral("The report was sent without my knowledge.");
            QVERIFY2(setup.compliance().save(complaint, &error), qPrintable(error.message));
            m_complaint = complaint.id;
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->resize(1100, 700); // the default size: the terms are longer than the page
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->adoptRestored(std::move(vault));
        QVERIFY(m_window->vault());
    }

    void cleanupTestCase() { m_window.reset(); }

    void wheelScrollsThePageNotTheFields()
    {
        RecordPage* page = openRecord(
            PracticeView::Page::Engagements, view()->engagementsPage(), QStringLiteral("Career coaching Ann"), 0);
        QVERIFY(page);
        EngagementTermsForm* terms = view()->engagementPage()->termsForm();
        QTRY_COMPARE(terms->recordId(), m_engagement);
        auto* vat = named<QDoubleSpinBox>(terms, "vatRateDoubleSpinBox");
        auto* sessions = named<QSpinBox>(terms, "plannedSessionsSpinBox");
        auto* kind = named<QComboBox>(terms, "kindComboBox");
        const double vatBefore = vat->value();
        const int sessionsBefore = sessions->value();
        const int kindBefore = kind->currentIndex();
        QCOMPARE(vatBefore, 21.0);
        QCOMPARE(sessionsBefore, 8);

        QScrollArea* area = scrollAreaAround(vat);
        QVERIFY(area);
        QScrollBar* bar = area->verticalScrollBar();
        QVERIFY2(bar->maximum() > 0, "the terms are longer than the page at 1100×700");
        QVERIFY(scrollTo(area, vat));
        QVERIFY(bar->value() > 0);

        // Up over each field, then down: the page scrolls, no field changes.
        for (QWidget* field : std::initializer_list<QWidget*>{vat, sessions, kind}) {
            QVERIFY(scrollTo(area, field));
            const int scrolled = bar->value();
            person::wheel(field, field->rect().center(), +1);
            QVERIFY2(bar->value() < scrolled, field->objectName().toLatin1());
            person::wheel(field, field->rect().center(), -1);
            person::wheel(field, field->rect().center(), -1);
            QVERIFY2(bar->value() > scrolled || bar->value() == bar->maximum(), field->objectName().toLatin1());
        }
        QCOMPARE(vat->value(), vatBefore);
        QCOMPARE(sessions->value(), sessionsBefore);
        QCOMPARE(kind->currentIndex(), kindBefore);
        QVERIFY(!terms->isDirty());

        // Saved now, the vault still holds 21 % and 8 sessions.
        click(named<QPushButton>(terms, "saveButton"));
        const std::optional<Engagement> stored = records().engagements().engagement(m_engagement);
        QVERIFY(stored);
        QCOMPARE(stored->vatRateBasisPoints, 2100);
        QCOMPARE(stored->plannedSessions, std::optional<int>(8));
        QCOMPARE(stored->kind, EngagementKind::CareerCoaching);

        // In the field (a click), the wheel changes it, as the user then means.
        QVERIFY(scrollTo(area, sessions));
        person::click(sessions);
        QTRY_VERIFY(sessions->hasFocus());
        person::wheel(sessions, sessions->rect().center(), +1);
        QCOMPARE(sessions->value(), sessionsBefore + 1);
        click(named<QPushButton>(terms, "revertButton"));
        QTRY_COMPARE(sessions->value(), sessionsBefore);
    }

    void typedDatesAreThoseDates()
    {
        RecordPage* page = openRecord(PracticeView::Page::Complaints,
                                      view()->complaintsPage(),
                                      QStringLiteral("Ann Peeters: Career coaching Ann"),
                                      1);
        QVERIFY(page);
        RecordForm* form = page->form();
        QTRY_COMPARE(form->recordId(), m_complaint);
        auto* received = named<DateEdit>(form, "receivedDateEdit");
        auto* acknowledged = named<DateEdit>(form, "acknowledgedDateEdit");
        auto* settled = named<DateEdit>(form, "settledDateEdit");
        QCOMPARE(received->text(), QDate::currentDate().addDays(-3).toString(QStringLiteral("dd/MM/yyyy")));
        QVERIFY(acknowledged->text().isEmpty()); // not set
        QCOMPARE(acknowledged->placeholderText(), QStringLiteral("not set"));

        // English: day, month, year with slashes; exactly that date.
        person::typeInto(received, QStringLiteral("15/03/2022"));
        QCOMPARE(received->date(), QDate(2022, 3, 15));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(received->text(), QStringLiteral("15/03/2022"));
        QVERIFY(received->refusal().isEmpty());

        // What is not a date is refused in view: letters are not taken at all, the rest goes
        // back to what the field held, with the reason; Tab leaves the field.
        person::typeInto(acknowledged, QStringLiteral("not set5032027"));
        QCOMPARE(acknowledged->text().trimmed(), QStringLiteral("5032027")); // the letters are not taken
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != acknowledged);
        QVERIFY(acknowledged->text().isEmpty());
        QVERIFY(!acknowledged->date().isValid());
        QVERIFY2(acknowledged->refusal().contains(QStringLiteral("“5032027” is not a date")),
                 qPrintable(acknowledged->refusal()));
        QVERIFY(acknowledged->toolTip().contains(QStringLiteral("dd/mm/yyyy")));

        person::typeInto(settled, QStringLiteral("31/02/2022"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(settled->text().isEmpty());
        QVERIFY(!settled->date().isValid());
        QVERIFY(!settled->refusal().isEmpty());

        // A required date cannot be emptied: it stays, and says so.
        person::typeInto(received, QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(received->date(), QDate(2022, 3, 15));
        QCOMPARE(received->text(), QStringLiteral("15/03/2022"));
        QVERIFY(!received->refusal().isEmpty());

        // The calendar of an empty date opens at today, not in 1900; of a date, at that date.
        clickCalendarButton(acknowledged);
        QTRY_VERIFY(acknowledged->calendar() && acknowledged->calendar()->isVisible());
        QCOMPARE(acknowledged->calendar()->selectedDate(), QDate::currentDate());
        QTest::keyClick(acknowledged->calendar()->focusWidget() ? acknowledged->calendar()->focusWidget()
                                                                : acknowledged->calendar(),
                        Qt::Key_Escape);
        QTRY_VERIFY(!acknowledged->calendar());
        QVERIFY(!acknowledged->date().isValid());
        clickCalendarButton(received);
        QTRY_VERIFY(received->calendar() && received->calendar()->isVisible());
        QCOMPARE(received->calendar()->selectedDate(), QDate(2022, 3, 15));
        // The day after, with the arrow key and Return.
        QWidget* days =
            received->calendar()->focusWidget() ? received->calendar()->focusWidget() : received->calendar();
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!received->calendar());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(received)); // back in the field
        QCOMPARE(received->date(), QDate(2022, 3, 16));
        QCOMPARE(received->text(), QStringLiteral("16/03/2022"));

        // An optional date typed, then emptied again: not set.
        person::typeInto(acknowledged, QStringLiteral("17/03/2022"));
        QCOMPARE(acknowledged->date(), QDate(2022, 3, 17));
        person::typeInto(acknowledged, QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!acknowledged->date().isValid());
        QVERIFY(acknowledged->refusal().isEmpty());

        // Saved and read back: exactly the dates typed and chosen.
        click(named<QPushButton>(form, "saveButton"));
        QTRY_VERIFY(!form->isDirty());
        const std::optional<Complaint> stored = records().compliance().complaint(m_complaint);
        QVERIFY(stored);
        QCOMPARE(stored->receivedOn, QDate(2022, 3, 16));
        QVERIFY(!stored->acknowledgedOn.isValid());
        QVERIFY(!stored->settledOn.isValid());
        // The list shows the date the one way too.
        QTableView* table = page->list()->view();
        QTRY_VERIFY(person::rowShowing(table, QStringLiteral("16/03/2022"), 0).isValid());
    }

    void dutchDatesAndTheRecordsTable()
    {
        // The Records tab of the engagement lists the complaint.
        RecordPage* page = openRecord(
            PracticeView::Page::Engagements, view()->engagementsPage(), QStringLiteral("Career coaching Ann"), 0);
        QVERIFY(page);
        EngagementPage* engagement = view()->engagementPage();
        QTRY_COMPARE(engagement->termsForm()->recordId(), m_engagement);
        auto* tabs = named<QTabWidget>(engagement, "tabWidget");
        QVERIFY(tabs);
        person::showTab(tabs, engagement->recordsPanel());
        QTableView* records = engagement->recordsPanel()->findChild<QTableView*>();
        QVERIFY(records);
        QTRY_VERIFY(records->model()->rowCount() > 0);
        QCOMPARE(records->model()->headerData(ComplianceRecordListModel::KindColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Record"));

        // The language, through the settings dialog.
        named<QAction>(m_window.get(), "settingsAction")->trigger();
        auto* settings = waitForDialog<SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(person::choose(named<QComboBox>(settings, "languageComboBox"),
                               static_cast<int>(Settings::Language::Dutch)));
        click(settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_VERIFY(!settings->isVisible());
        QTRY_COMPARE(QLocale().language(), QLocale::Dutch);

        // The Records table in Dutch: its headers and its rows.
        QTRY_COMPARE(records->model()->headerData(ComplianceRecordListModel::KindColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Dossierstuk"));
        QCOMPARE(records->horizontalHeader()
                     ->model()
                     ->headerData(ComplianceRecordListModel::DateColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Datum"));
        QTRY_COMPARE(records->model()->headerData(ComplianceRecordListModel::WhatColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Wat"));
        QStringList kinds;
        for (int row = 0; row < records->model()->rowCount(); ++row) {
            kinds << records->model()->index(row, ComplianceRecordListModel::KindColumn).data().toString();
        }
        QVERIFY2(kinds.join(QLatin1Char('|')).contains(QStringLiteral("Klacht")), qPrintable(kinds.join(u'|')));
        QVERIFY(records->model()->index(0, ComplianceRecordListModel::DateColumn).data().toString().contains(u'-'));

        // A date typed the Dutch way, on the complaint.
        RecordPage* complaints = openRecord(PracticeView::Page::Complaints,
                                            view()->complaintsPage(),
                                            QStringLiteral("Ann Peeters: Career coaching Ann"),
                                            1);
        QVERIFY(complaints);
        auto* received = named<DateEdit>(complaints->form(), "receivedDateEdit");
        QCOMPARE(received->text(), QStringLiteral("16-03-2022")); // the field follows the language
        QCOMPARE(named<DateEdit>(complaints->form(), "acknowledgedDateEdit")->placeholderText(),
                 QStringLiteral("niet ingevuld"));
        person::typeInto(received, QStringLiteral("15-03-2022"));
        QCOMPARE(received->date(), QDate(2022, 3, 15));
        person::typeInto(named<DateEdit>(complaints->form(), "settledDateEdit"), QStringLiteral("15 maart"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(
            named<DateEdit>(complaints->form(), "settledDateEdit")->refusal().contains(QStringLiteral("dd-mm-jjjj")),
            qPrintable(named<DateEdit>(complaints->form(), "settledDateEdit")->refusal()));
        click(named<QPushButton>(complaints->form(), "saveButton"));
        QTRY_VERIFY(!complaints->form()->isDirty());
        QCOMPARE(this->records().compliance().complaint(m_complaint)->receivedOn, QDate(2022, 3, 15));
        QTRY_VERIFY(person::rowShowing(complaints->list()->view(), QStringLiteral("15-03-2022"), 0).isValid());
    }
};

QTEST_MAIN(WheelAndDatesTest)
#include "WheelAndDatesTest.moc"
