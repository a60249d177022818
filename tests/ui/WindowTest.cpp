// The main window as a consultant finds it (issue 15, items 7 and 9, and "what a consultant
// looks for"), through real input: at the default size (1100×700) no page in English or Dutch is
// wider than the window or cuts a button off; Alt+F opens the File menu; Ctrl+N puts the cursor
// in the new record; Ctrl+6 in the search field, Down in its results; Help → User guide shows the
// bundled guide; Practice → Change the passphrase re-encrypts the vault, remembers the new key and
// offers the new emergency sheet; an unlock returns where the user was; File → Close vault.
#include "FakeKeyChain.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "common/forms/RecordForm.h"
#include "common/models/EngagementListModel.h"
#include "demo/DemoPractice.h"
#include "documents/EmergencySheet.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "help/UserGuideDialog.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "repositories/RecordListing.h"
#include "search/SearchPage.h"
#include "util/Settings.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/EmergencySheetDialog.h"
#include "vault/KeyDerivation.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <array>

using namespace mandaat;
using namespace mandaat::test;

namespace {

const QString NewPassphrase = QStringLiteral("een nieuwe zin voor de kluis van Annelies");

/// Where a widget is, for a message: its class and name and those of its parents.
QString pathOf(const QWidget* widget)
{
    QStringList parts;
    for (const QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        parts.prepend(QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return parts.join(QLatin1Char('/'));
}

QRect globalRect(const QWidget* widget)
{
    return {widget->mapToGlobal(QPoint(0, 0)), widget->size()};
}

bool insideItemView(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w) ||
            qobject_cast<const QScrollBar*>(w)) {
            return true;
        }
    }
    return false;
}

/// The visible labels, buttons and tabs of \a window whose Alt+letter is one of the menu bar's:
/// the key would then not open that menu (issue 15: Alt+F opened the Files tab).
QStringList mnemonicClashes(const QMainWindow* window)
{
    QHash<QKeySequence, QString> menus;
    for (const QAction* action : window->menuBar()->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty()) {
            menus.insert(key, action->text());
        }
    }
    QStringList clashes;
    const auto check = [&](const QString& text, const QWidget* widget) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty() && menus.contains(key)) {
            clashes << QStringLiteral("\"%1\" (%2) takes %3 from the menu \"%4\"")
                           .arg(text, widget->objectName(), key.toString(), menus.value(key));
        }
    };
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled()) {
            continue;
        }
        if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy()) {
            check(label->text(), label);
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            check(button->text(), button);
        } else if (const auto* bar = qobject_cast<const QTabBar*>(widget)) {
            for (int tab = 0; tab < bar->count(); ++tab) {
                if (bar->isTabEnabled(tab)) {
                    check(bar->tabText(tab), bar);
                }
            }
        }
    }
    return clashes;
}

/// What does not fit in \a window as shown: a page that scrolls sideways, a button cut off
/// at the left or right by what holds it, a window grown past its width.
QStringList overflows(const QWidget* window, int width)
{
    QStringList problems;
    if (window->width() > width) {
        problems << QStringLiteral("the window grew to %1 px").arg(window->width());
    }
    const QList<QScrollArea*> areas = window->findChildren<QScrollArea*>();
    for (const QScrollArea* area : areas) {
        if (area->isVisible() && area->horizontalScrollBar()->isVisible()) {
            problems << QStringLiteral("scrolls sideways: %1 (%2 px in %3 px)")
                            .arg(pathOf(area))
                            .arg(area->widget() ? area->widget()->minimumSizeHint().width() : 0)
                            .arg(area->viewport()->width());
        }
    }
    const QList<QAbstractButton*> buttons = window->findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        if (!button->isVisible() || insideItemView(button)) {
            continue;
        }
        const QRect rect = globalRect(button);
        for (const QWidget* holder = button->parentWidget(); holder; holder = holder->parentWidget()) {
            const QRect room = globalRect(holder);
            if (rect.left() < room.left() || rect.right() > room.right()) {
                problems
                    << QStringLiteral("cut off: “%1” %2 in %3").arg(button->text(), pathOf(button), pathOf(holder));
                break;
            }
            if (holder->isWindow()) {
                break;
            }
        }
    }
    return problems;
}

} // namespace

class WindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_saltHex;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;

    PracticeView* view() const { return m_window->practiceView(); }
    QWidget* currentPage() const { return m_window->findChild<QStackedWidget*>()->currentWidget(); }
    QMenuBar* menuBar() const { return m_window->menuBar(); }

    /// Clicks \a menu's title in the menu bar, then its entry named \a actionName.
    bool chooseFromMenuBar(const QString& menuTitle, const char* actionName)
    {
        QMenu* menu = nullptr;
        for (QAction* action : menuBar()->actions()) {
            if (action->menu() && action->text() == menuTitle) {
                menu = action->menu();
            }
        }
        if (!menu) {
            qWarning("no menu %s", qPrintable(menuTitle));
            return false;
        }
        const QString name = QString::fromLatin1(actionName);
        return person::chooseFromMenu(
            menuBar(),
            [name](QAction* action) { return action->objectName() == name; },
            menuBar()->actionGeometry(menu->menuAction()).center());
    }

    void openWindow(Settings::Language language)
    {
        m_window.reset();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_settings->setInterfaceLanguage(language); // translations installed by the window
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openVault(m_path); // the key remembered in initTestCase opens it
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(currentPage(), view());
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    }

    /// The Engagements page, the first engagement of the list opened from the keyboard.
    qint64 openActiveEngagement()
    {
        press(Qt::Key_4);
        RecordPage* page = view()->engagementsPage();
        openFirstRow(page, QString());
        return page->form()->recordId();
    }

    /// Ctrl+F, \a filter typed, Down into the list: the first row shown opens. (Down, Up once
    /// more when the first Down chose the row without opening it, as before issue 15, item 2.)
    void openFirstRow(RecordPage* page, const QString& filter)
    {
        press(Qt::Key_F);
        QWidget* field = QApplication::focusWidget();
        if (!qobject_cast<QLineEdit*>(field) || !page->isAncestorOf(field)) {
            qWarning("Ctrl+F did not reach the list's filter");
            return;
        }
        typeText(field, filter);
        QTest::keyClick(field, Qt::Key_Down);
        QTableView* list = page->list()->view();
        if (!QTest::qWaitFor([page]() { return page->form()->recordId() > 0; }, 300) && list->model()->rowCount() > 1) {
            QTest::keyClick(list, Qt::Key_Down);
            QTest::keyClick(list, Qt::Key_Up);
        }
        (void)QTest::qWaitFor([page]() { return page->form()->recordId() > 0; }, 2000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Praktijk De Wegwijzer.mandaat"));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::create(m_path, test::passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        DemoOptions options;
        options.clients = DemoOptions::MinimumClients;
        options.today = QDate(2026, 11, 20);
        Error demoError;
        QVERIFY2(DemoPractice::fill(vault->connectionName(), options, nullptr, &demoError),
                 qPrintable(demoError.message));
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_saltHex = vault->saltHex();
        Error keyError;
        QVERIFY(m_keyChain->store(m_saltHex, vault->key(), &keyError));
        vault->close();
    }

    void cleanupTestCase() { m_window.reset(); }

    // Issue 15, item 7: in Dutch at 1100 px the engagement page was wider than the window
    // ("Status wijzigen" and "Exporteren…" cut off, a horizontal scroll bar).
    void everyPageFitsTheDefaultSize_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("nl") << int(Settings::Language::Dutch);
        QTest::newRow("en") << int(Settings::Language::English);
    }

    void everyPageFitsTheDefaultSize()
    {
        QFETCH(int, language);
        openWindow(static_cast<Settings::Language>(language));
        const int width = m_window->width();
        QCOMPARE(width, 1100);
        const QStringList names = {QStringLiteral("Overview"),
                                   QStringLiteral("Clients"),
                                   QStringLiteral("Principals"),
                                   QStringLiteral("Engagements"),
                                   QStringLiteral("Complaints"),
                                   QStringLiteral("Search"),
                                   QStringLiteral("Agenda")};
        const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7};
        for (int page = 0; page < 7; ++page) {
            press(keys[page]);
            QCOMPARE(view()->currentPage(), static_cast<PracticeView::Page>(page));
            const std::array<RecordPage*, 7> recordPages = {nullptr,
                                                            view()->clientsPage(),
                                                            view()->principalsPage(),
                                                            view()->engagementsPage(),
                                                            view()->complaintsPage(),
                                                            nullptr,
                                                            nullptr};
            if (RecordPage* records = recordPages.at(static_cast<size_t>(page))) {
                openFirstRow(records, QString());
                QVERIFY2(records->form()->recordId() > 0, qPrintable(names.at(page)));
            }
            QTest::qWait(50);
            const QStringList problems = overflows(m_window.get(), width) + mnemonicClashes(m_window.get());
            QVERIFY2(problems.isEmpty(), qPrintable(names.at(page) + QStringLiteral(": ") + problems.join(u"; ")));
        }
        QVERIFY(openActiveEngagement() > 0);
        auto* tabs = named<QTabWidget>(view()->engagementPage(), "tabWidget");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            person::showTab(tabs, tabs->widget(tab));
            QCOMPARE(tabs->currentIndex(), tab);
            QTest::qWait(50);
            const QStringList problems = overflows(m_window.get(), width) + mnemonicClashes(m_window.get());
            QStringList widths;
            for (int other = 0; other < tabs->count(); ++other) {
                widths << QString::number(tabs->widget(other)->minimumSizeHint().width());
            }
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("engagement tab %1 (tabs need %2 px): ")
                                    .arg(tabs->tabText(tab), widths.join(u", ")) +
                                problems.join(u"; ")));
        }
    }

    // The unlock and welcome pages keep the menus' Alt+letters too.
    void lockedPagesKeepTheMenusKeys_data() { everyPageFitsTheDefaultSize_data(); }

    void lockedPagesKeepTheMenusKeys()
    {
        QFETCH(int, language);
        openWindow(static_cast<Settings::Language>(language));
        press(Qt::Key_L);
        QTRY_VERIFY(m_window->vault() == nullptr);
        QCOMPARE(currentPage(), m_window->findChild<UnlockPage*>());
        QStringList clashes = mnemonicClashes(m_window.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("unlock page: ") + clashes.join(u"; ")));

        openWindow(static_cast<Settings::Language>(language));
        press(Qt::Key_W); // File, Close vault: the welcome page
        QTRY_VERIFY(m_window->vault() == nullptr);
        QVERIFY(currentPage() != view() && currentPage() != m_window->findChild<UnlockPage*>());
        clashes = mnemonicClashes(m_window.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("welcome page: ") + clashes.join(u"; ")));
    }

    // Issue 15, item 9: Alt+F opened the engagement's Files tab, not the File menu.
    void altFOpensTheFileMenu()
    {
        openWindow(Settings::Language::English);
        QVERIFY(openActiveEngagement() > 0);
        auto* tabs = named<QTabWidget>(view()->engagementPage(), "tabWidget");
        const int tab = tabs->currentIndex();
        QTRY_VERIFY(m_window->isActiveWindow() && !QApplication::activePopupWidget());
        press(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QCOMPARE(menu->title(), QStringLiteral("&File"));
        QCOMPARE(tabs->currentIndex(), tab);
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    // Issue 15, item 9: after Ctrl+N the focus stayed in the list's filter.
    void newRecordTakesTheFocus()
    {
        openWindow(Settings::Language::English);
        press(Qt::Key_2);
        view()->clientsPage()->list()->focusFilter();
        press(Qt::Key_N);
        RecordForm* form = view()->clientsPage()->form();
        QTRY_VERIFY(form->isShowing() && form->recordId() == 0);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(form->isAncestorOf(focus), qPrintable(pathOf(focus)));
        QVERIFY2(!qobject_cast<QAbstractButton*>(focus), qPrintable(pathOf(focus)));

        press(Qt::Key_4);
        press(Qt::Key_N);
        EngagementTermsForm* terms = view()->engagementPage()->termsForm();
        QTRY_VERIFY(terms->isShowing() && terms->recordId() == 0);
        QVERIFY(QApplication::focusWidget() && terms->isAncestorOf(QApplication::focusWidget()));
    }

    // Issue 15, item 9: Ctrl+6 did not focus the search field, and Down did not enter the results.
    void searchByKeyboard()
    {
        openWindow(Settings::Language::English);
        press(Qt::Key_6);
        QCOMPARE(view()->currentPage(), PracticeView::Page::Search);
        auto* query = named<QLineEdit>(view()->searchPage(), "queryLineEdit");
        QTRY_COMPARE(QApplication::focusWidget(), query);
        QTest::keyClicks(query, QStringLiteral("loopbaan"));
        QTest::keyClick(query, Qt::Key_Down);
        auto* results = named<QTableView>(view()->searchPage(), "resultsTableView");
        QVERIFY(results->model()->rowCount() > 0);
        QCOMPARE(QApplication::focusWidget(), results);
        QCOMPARE(results->currentIndex().row(), 0);
        // Enter opens what is chosen.
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_VERIFY(view()->currentPage() != PracticeView::Page::Search);
    }

    // Help → User guide: the bundled guide, in the interface's language.
    void userGuide_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("helpMenu");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << int(Settings::Language::English) << QStringLiteral("&Help")
                            << QStringLiteral("Mandaat: user guide");
        QTest::newRow("nl") << int(Settings::Language::Dutch) << QStringLiteral("&Help")
                            << QStringLiteral("Mandaat: gebruikershandleiding");
    }

    void userGuide()
    {
        QFETCH(int, language);
        QFETCH(QString, helpMenu);
        QFETCH(QString, title);
        openWindow(static_cast<Settings::Language>(language));
        QVERIFY(chooseFromMenuBar(helpMenu, "guideAction"));
        auto* guide = waitForDialog<UserGuideDialog>();
        QVERIFY(guide);
        const QString text = named<QTextBrowser>(guide, "guideTextBrowser")->toPlainText();
        QVERIFY2(text.startsWith(title), qPrintable(text.left(80)));
        QVERIFY(text.size() > 5000);
        click(guide->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
        QTRY_VERIFY(!guide->isVisible());
    }

    // Issue 15, item 9: after "Save as PDF…" the message covered the key; the save dialog
    // proposed Documents, while the sheet says not to keep it on this computer.
    void emergencySheetKeepsTheKeyInView()
    {
        openWindow(Settings::Language::Dutch);
        QVERIFY(chooseFromMenuBar(QStringLiteral("&Praktijk"), "emergencyAction"));
        auto* sheet = waitForDialog<EmergencySheetDialog>();
        QVERIFY(sheet);
        QVERIFY(sheet->savePdf(m_dir.filePath(QStringLiteral("noodblad.pdf"))));
        QTest::qWait(50);
        auto* key = named<QLabel>(sheet, "keyValueLabel");
        auto* status = named<QLabel>(sheet, "statusLabel");
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("noodblad.pdf")));
        QVERIFY2(!key->geometry().intersects(status->geometry()), "the message lies over the key");
        QVERIFY(key->height() >= key->sizeHint().height());
        QVERIFY(status->height() >= status->heightForWidth(status->width()));
        QVERIFY(EmergencySheetDialog::suggestedFolder() !=
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

        // Print…: with no printer, the print dialog prints to a file, and names one.
        click(named<QAbstractButton>(sheet, "printButton"));
        auto* print = waitForDialog<QPrintDialog>();
        QVERIFY(print);
        if (QPrinterInfo::availablePrinterNames().isEmpty()) {
            QVERIFY2(print->printer()->outputFileName().endsWith(QStringLiteral(".pdf")),
                     qPrintable(print->printer()->outputFileName()));
            QVERIFY(QFileInfo(print->printer()->outputFileName()).fileName().startsWith(QStringLiteral("Noodblad")));
        }
        QVERIFY(!print->printer()->docName().isEmpty());
        print->reject();
        sheet->reject();
    }

    // Practice → Change the passphrase: the current one asked first; then the vault opens with
    // the new one only, the remembered key is the new key, and the new emergency sheet is offered.
    void changePassphrase()
    {
        openWindow(Settings::Language::English);
        const SecureBytes oldKey = m_window->vault()->key();
        QVERIFY(chooseFromMenuBar(QStringLiteral("&Practice"), "passphraseAction"));
        auto* dialog = waitForDialog<ChangePassphraseDialog>();
        QVERIFY(dialog);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);

        // A wrong current passphrase: said, and nothing changed.
        person::typeInto(named<QLineEdit>(dialog, "currentLineEdit"), QStringLiteral("not the passphrase at all"));
        person::typeInto(named<QLineEdit>(dialog, "passphraseLineEdit"), NewPassphrase);
        person::typeInto(named<QLineEdit>(dialog, "repeatLineEdit"), NewPassphrase);
        click(ok);
        auto* currentError = named<QLabel>(dialog, "currentErrorLabel");
        QTRY_VERIFY(currentError->isVisible());
        QVERIFY(currentError->text().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(dialog->isVisible());
        QVERIFY(m_window->vault()->key() == oldKey);

        // Two different new ones.
        person::typeInto(named<QLineEdit>(dialog, "currentLineEdit"), test::passphrase());
        person::typeInto(named<QLineEdit>(dialog, "repeatLineEdit"), NewPassphrase + QStringLiteral("x"));
        click(ok);
        QTRY_VERIFY(named<QLabel>(dialog, "repeatErrorLabel")->isVisible());
        QVERIFY(m_window->vault()->key() == oldKey);

        person::typeInto(named<QLineEdit>(dialog, "repeatLineEdit"), NewPassphrase);
        click(ok);
        auto* question = waitForDialog<QMessageBox>(DerivationTimeout);
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("emergency sheet")));
        const SecureBytes newKey = m_window->vault()->key();
        QVERIFY(!(newKey == oldKey));
        QVERIFY(newKey == KeyDerivation::deriveKey(NewPassphrase, m_window->vault()->salt()));
        // The key this computer remembers is the new one.
        QVERIFY(m_keyChain->entries.at(m_saltHex) == newKey);
        click(question->button(QMessageBox::Yes));
        auto* sheet = waitForDialog<EmergencySheetDialog>();
        QVERIFY(sheet);
        QCOMPARE(named<QLabel>(sheet, "keyValueLabel")->text(), EmergencySheet::groupedKey(newKey));
        sheet->reject();

        // Read back from the file: the new passphrase opens it, the old one no longer does.
        VaultError error;
        QVERIFY2(Vault::open(m_path, NewPassphrase, Vault::Access::ReadOnly, &error), qPrintable(error.message));
        QVERIFY(!Vault::open(m_path, test::passphrase(), Vault::Access::ReadOnly, &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongKey);
    }

    // Issue 15, item 9: an unlock always landed on the Overview.
    void unlockReturnsWhereTheUserWas()
    {
        openWindow(Settings::Language::English);
        const qint64 engagement = openActiveEngagement();
        QVERIFY(engagement > 0);
        auto* tabs = named<QTabWidget>(view()->engagementPage(), "tabWidget");
        person::showTab(tabs, tabs->widget(EngagementPage::SessionsTab));
        press(Qt::Key_L);
        QTRY_VERIFY(m_window->vault() == nullptr);
        auto* unlock = m_window->findChild<UnlockPage*>();
        QCOMPARE(currentPage(), unlock);
        auto* field = named<QLineEdit>(unlock, "passphraseLineEdit");
        person::typeInto(field, NewPassphrase + QStringLiteral("\n"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        QCOMPARE(view()->engagementPage()->termsForm()->recordId(), engagement);
        QCOMPARE(tabs->currentIndex(), int(EngagementPage::SessionsTab));
    }

    // File → Close vault: the welcome page, nothing open.
    void closeVault()
    {
        openWindow(Settings::Language::English);
        QVERIFY(chooseFromMenuBar(QStringLiteral("&File"), "closeVaultAction"));
        QTRY_VERIFY(m_window->vault() == nullptr);
        QVERIFY(currentPage() != view());
        QVERIFY(currentPage() != m_window->findChild<UnlockPage*>());
        QVERIFY(!named<QAction>(m_window.get(), "closeVaultAction")->isEnabled());
        QVERIFY(!named<QAction>(m_window.get(), "passphraseAction")->isEnabled());
    }
};

QTEST_MAIN(WindowTest)
#include "WindowTest.moc"
