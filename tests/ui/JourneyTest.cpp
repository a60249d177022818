// A year of docs/journey.md as Pieter lives it (issue 15), through the real main window and only with
// the input a person gives: clicks on what is drawn (rows, tabs, buttons, combo box entries,
// menu entries), typed keys, shortcuts and the wheel. No slot is called, no index set, no text
// put into a field by the test. Then the vault is opened again, on its own, and every value that
// was typed must be there exactly once and unchanged.
//
// Run once in English and once in Dutch (the first argument, "en" or "nl"), at the window's
// default size.
#include "FakeKeyChain.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "UntranslatedStrings.h"

#include "Translations.h"
#include "common/models/SessionListModel.h"
#include "domain/DisplayNames.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "engagements/SessionForm.h"
#include "engagements/SessionsPanel.h"
#include "engagements/notes/NoteEditor.h"
#include "exchange/ExportDialog.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "practice/ProfileDialog.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "search/SearchPage.h"
#include "util/Settings.h"
#include "vault/CreateVaultDialog.h"
#include "vault/EmergencySheetDialog.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"
#include "wizards/onboarding/EmailAcceptanceDialog.h"
#include "wizards/onboarding/EvidenceField.h"
#include "wizards/onboarding/OnboardingWizard.h"
#include "wizards/termination/TerminationWizard.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace mandaat;
using namespace mandaat::test;

namespace {

QString g_language = QStringLiteral("en");

// What Pieter types, once each; the vault must hold each exactly once at the end.
struct Typed
{
    QString consultant = QStringLiteral("Pieter de Vries");
    QString tradeName = QStringLiteral("Loopbaan & Zo");
    QString street = QStringLiteral("Oudegracht 12");
    QString postalCode = QStringLiteral("3511 AB");
    QString city = QStringLiteral("Utrecht");
    QString email = QStringLiteral("pieter@loopbaanenzo.nl");
    QString organisation = QStringLiteral("Logistiek Oost BV");
    QString contact = QStringLiteral("Henk Bos");
    QString client = QStringLiteral("Karin Jansen");
    QString clientEmail = QStringLiteral("karin@example.org");
    QString otherClient = QStringLiteral("Ruben Maes");
    QString clientExpectations = QStringLiteral("Binnen een half jaar een nieuwe baan.");
    QString principalExpectations = QStringLiteral("Een goede afronding voor Karin.");
    QString objectives = QStringLiteral("Loopbaanrichting kiezen\nSolliciteren");
    QString methodName = QStringLiteral("Loopbaanscan");
    QString methodAuthor = QStringLiteral("Noloc");
    QString methodDescription = QStringLiteral("Een test naar drijfveren.");
    QString price = QStringLiteral("2950");
    QString expenses = QStringLiteral("Geen: reiskosten zijn inbegrepen.");
    QString paymentTerms = QStringLiteral("Binnen 30 dagen na de factuur");
    QString note = QStringLiteral("Kennismaking. Karin wil naar de zorg; we spreken om de twee weken af.");
    QString complaint = QStringLiteral("Het verslag aan de werkgever was te uitgebreid.");
};

} // namespace

class JourneyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Typed m_typed;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<UntranslatedStrings> m_untranslated; // in Dutch: every string nobody translated
    std::unique_ptr<MainWindow> m_window;
    qint64 m_engagement = 0;

    QString vaultPath() const { return m_dir.filePath(QStringLiteral("Praktijk.mandaat")); }
    QString exportPath() const { return m_dir.filePath(QStringLiteral("dossier-karin.zip")); }
    static QString exportPassword() { return QStringLiteral("wolk-lamp-rivier-9"); }
    PracticeView* view() const { return m_window->practiceView(); }
    QWidget* currentPage() const { return m_window->findChild<QStackedWidget*>()->currentWidget(); }
    Records& records() const { return view()->practice()->records(); }

    /// Clicks the navigation entry of \a page.
    void go(PracticeView::Page page)
    {
        auto* navigation = named<QListWidget>(view(), "navigationListWidget");
        QVERIFY(navigation);
        QVERIFY(person::clickItem(navigation, navigation->model()->index(static_cast<int>(page), 0)));
        QTRY_COMPARE(view()->currentPage(), page);
    }

    static QAbstractButton* dialogButton(QWidget* dialog, QDialogButtonBox::StandardButton which)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        return box ? box->button(which) : nullptr;
    }

    /// Next on \a wizard, which must lead to \a expected.
    static bool next(QWizard* wizard, int expected)
    {
        QAbstractButton* button = wizard->button(QWizard::NextButton);
        person::click(button);
        if (wizard->currentId() != expected) {
            const auto* message = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel"));
            qWarning("still on page %d: %s", wizard->currentId(), message ? qPrintable(message->text()) : "");
            return false;
        }
        return true;
    }

    static void tick(QWidget* page, const QString& evidenceField)
    {
        auto* field = page->findChild<EvidenceField*>(evidenceField);
        QVERIFY2(field && field->isVisible(), qPrintable(evidenceField));
        auto* box = field->findChild<QCheckBox*>(QStringLiteral("checkBox"));
        person::click(box, QPoint(4, box->height() / 2));
        QVERIFY2(box->isChecked(), qPrintable(evidenceField));
    }

    /// A shortcut typed on the main window, through the window system as a key press is.
    void shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        person::activate(m_window.get()); // what the window manager does when the window is clicked
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window->windowHandle(), key, modifiers);
    }

    /// The entry of the engagement's Status menu whose text (less its '&') starts with \a entry's.
    static bool chooseStatus(EngagementPage* page, QString entry)
    {
        entry.remove(QLatin1Char('&'));
        return person::chooseFromMenu(named<QToolButton>(page, "statusToolButton"), [entry](QAction* action) {
            return action->text().remove(QLatin1Char('&')).startsWith(entry);
        });
    }

    /// Types the passphrase into the unlock page and presses Return.
    void unlock()
    {
        auto* unlockPage = m_window->findChild<UnlockPage*>();
        QTRY_COMPARE(currentPage(), unlockPage);
        auto* field = named<QLineEdit>(unlockPage, "passphraseLineEdit");
        person::typeInto(field, test::passphrase());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setInterfaceLanguage(g_language == QLatin1String("nl") ? Settings::Language::Dutch
                                                                           : Settings::Language::English);
        QLocale::setDefault(m_settings->interfaceLocale());
        if (g_language == QLatin1String("nl")) {
            m_untranslated = std::make_unique<UntranslatedStrings>();
        }
        installTranslations(*qApp, m_settings->interfaceLocale());
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->show(); // at the size it chooses by itself
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // docs/journey.md, step 2: a vault of his own, the emergency sheet, then the profile.
    void createThePractice()
    {
        person::click(named<QPushButton>(m_window.get(), "createButton"));
        auto* dialog = waitForDialog<CreateVaultDialog>();
        QVERIFY(dialog);
        person::typeInto(named<QLineEdit>(dialog, "locationLineEdit"), m_dir.filePath(QStringLiteral("Praktijk")));
        person::typeInto(named<QLineEdit>(dialog, "passphraseLineEdit"), test::passphrase());
        person::typeInto(named<QLineEdit>(dialog, "repeatLineEdit"), test::passphrase());
        person::click(dialogButton(dialog, QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(m_window->vault()->path(), vaultPath());

        auto* sheet = waitForDialog<EmergencySheetDialog>();
        QVERIFY(sheet);
        person::click(dialogButton(sheet, QDialogButtonBox::Close));
        QTRY_VERIFY(!sheet->isVisible());
    }

    void theProfile()
    {
        auto* profile = waitForDialog<ProfileDialog>();
        QVERIFY(profile);
        person::typeInto(named<QLineEdit>(profile, "consultantNameLineEdit"), m_typed.consultant);
        person::typeInto(named<QLineEdit>(profile, "tradeNameLineEdit"), m_typed.tradeName);
        person::typeInto(named<QLineEdit>(profile, "streetLineEdit"), m_typed.street);
        person::typeInto(named<QLineEdit>(profile, "postalCodeLineEdit"), m_typed.postalCode);
        person::typeInto(named<QLineEdit>(profile, "cityLineEdit"), m_typed.city);
        person::typeInto(named<QLineEdit>(profile, "emailLineEdit"), m_typed.email);
        // The code he subscribes to: CMI, on its own tab.
        auto* tabs = named<QTabWidget>(profile, "tabWidget");
        person::showTab(tabs, named<QWidget>(profile, "codesTab"));
        auto* codes = named<QWidget>(profile, "codesEditor");
        QVERIFY(person::choose(named<QComboBox>(codes, "codeComboBox"), QStringLiteral("CMI-2009")));
        person::click(named<QPushButton>(codes, "addButton"));
        QTRY_COMPARE(named<QTableWidget>(codes, "tableWidget")->rowCount(), 1);
        person::click(dialogButton(profile, QDialogButtonBox::Save));
        QTRY_VERIFY(!profile->isVisible());
        QVERIFY(m_window->windowTitle().endsWith(m_typed.tradeName));
    }

    // The principal and two clients, each typed into its form; a click on a row opens it.
    void principalAndClients()
    {
        go(PracticeView::Page::Principals);
        RecordPage* principals = view()->principalsPage();
        person::click(named<QPushButton>(principals, "newButton"));
        person::typeInto(named<QLineEdit>(principals->form(), "organisationLineEdit"), m_typed.organisation);
        person::typeInto(named<QLineEdit>(principals->form(), "contactLineEdit"), m_typed.contact);
        person::click(named<QPushButton>(principals->form(), "saveButton"));
        QTRY_COMPARE(principals->list()->view()->model()->rowCount(), 1);

        go(PracticeView::Page::Clients);
        RecordPage* clients = view()->clientsPage();
        for (const QString& name : {m_typed.client, m_typed.otherClient}) {
            person::click(named<QPushButton>(clients, "newButton"));
            person::typeInto(named<QLineEdit>(clients->form(), "nameLineEdit"), name);
            if (name == m_typed.client) {
                person::typeInto(named<QLineEdit>(clients->form(), "emailLineEdit"), m_typed.clientEmail);
            }
            person::click(named<QPushButton>(clients->form(), "saveButton"));
        }
        QTableView* list = clients->list()->view();
        QTRY_COMPARE(list->model()->rowCount(), 2);

        // A click on a row opens that client; a second click keeps it open; so does a double-click.
        auto* name = named<QLineEdit>(clients->form(), "nameLineEdit");
        QVERIFY(person::clickItem(list, person::rowShowing(list, m_typed.client)));
        QTRY_COMPARE(name->text(), m_typed.client);
        QVERIFY(person::clickItem(list, person::rowShowing(list, m_typed.otherClient)));
        QTRY_COMPARE(name->text(), m_typed.otherClient);
        QVERIFY(person::clickItem(list, person::rowShowing(list, m_typed.otherClient)));
        QTest::qWait(50);
        QCOMPARE(name->text(), m_typed.otherClient);
        QVERIFY(person::clickItem(list, person::rowShowing(list, m_typed.client), true));
        QTRY_COMPARE(name->text(), m_typed.client);
        QCOMPARE(named<QLineEdit>(clients->form(), "emailLineEdit")->text(), m_typed.clientEmail);

        // A list of one row opens by a click too.
        go(PracticeView::Page::Principals);
        QTableView* one = principals->list()->view();
        person::click(named<QPushButton>(principals, "newButton")); // an empty form first
        QVERIFY(person::clickItem(one, person::rowShowing(one, m_typed.organisation)));
        QTRY_COMPARE(named<QLineEdit>(principals->form(), "organisationLineEdit")->text(), m_typed.organisation);
    }

    // docs/journey.md, steps 4 to 7: the outplacement, walked through the New engagement wizard.
    void onboarding()
    {
        shortcut(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto* wizard = waitForDialog<OnboardingWizard>();
        QVERIFY(wizard);
        QWidget* page = wizard->currentPage();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::Parties));
        auto* client = named<QComboBox>(page, "clientComboBox");
        QVERIFY(person::choose(client, client->itemData(client->findText(m_typed.client))));
        auto* principal = named<QComboBox>(page, "principalComboBox");
        QVERIFY(person::choose(principal, principal->itemData(principal->findText(m_typed.organisation))));
        QVERIFY(person::choose(named<QComboBox>(page, "kindComboBox"), QStringLiteral("outplacement")));
        QVERIFY(next(wizard, OnboardingWizard::Conflict));
        m_engagement = wizard->engagementId();
        QVERIFY(m_engagement > 0);

        page = wizard->currentPage();
        auto* independence = named<QCheckBox>(page, "independenceCheckBox");
        person::click(independence, QPoint(4, independence->height() / 2)); // on the box, not past its text
        QVERIFY(independence->isChecked());
        QVERIFY(next(wizard, OnboardingWizard::Expectations));

        page = wizard->currentPage();
        person::typeInto(named<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"), m_typed.clientExpectations);
        person::typeInto(named<QPlainTextEdit>(page, "principalExpectationsPlainTextEdit"),
                         m_typed.principalExpectations);
        person::typeInto(named<QPlainTextEdit>(page, "objectivesPlainTextEdit"), m_typed.objectives);
        QVERIFY(next(wizard, OnboardingWizard::Methods));

        page = wizard->currentPage();
        person::typeInto(named<QLineEdit>(page, "methodNameLineEdit"), m_typed.methodName);
        person::typeInto(named<QLineEdit>(page, "methodAuthorLineEdit"), m_typed.methodAuthor);
        person::typeInto(named<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"), m_typed.methodDescription);
        QVERIFY(next(wizard, OnboardingWizard::Terms));

        page = wizard->currentPage();
        QVERIFY(person::choose(named<QComboBox>(page, "feeModelComboBox"), QStringLiteral("fixed")));
        person::typeInto(named<QLineEdit>(page, "rateLineEdit"), m_typed.price);
        person::typeInto(named<QPlainTextEdit>(page, "expensesPlainTextEdit"), m_typed.expenses);
        QVERIFY(person::choose(named<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer")));
        person::typeInto(named<QLineEdit>(page, "paymentTermsLineEdit"), m_typed.paymentTerms);
        person::typeInto(named<QSpinBox>(page, "plannedSessionsSpinBox"), QStringLiteral("12"));
        person::click(named<QCheckBox>(page, "adequacyCheckBox"));
        QVERIFY(next(wizard, OnboardingWizard::Disclosures));

        page = wizard->currentPage();
        person::click(named<QRadioButton>(page, "followsAdviceNoRadioButton"));
        person::click(named<QRadioButton>(page, "endOfEmploymentYesRadioButton"));
        tick(page, QStringLiteral("endOfEmploymentClientEvidenceField"));
        tick(page, QStringLiteral("endOfEmploymentPrincipalEvidenceField"));
        tick(page, QStringLiteral("freedomToStopEvidenceField"));
        QVERIFY(next(wizard, OnboardingWizard::Consent));

        page = wizard->currentPage();
        QVERIFY(person::choose(named<QComboBox>(page, "consentScopeComboBox"), QStringLiteral("progress_only")));
        QVERIFY(next(wizard, OnboardingWizard::Handover));

        page = wizard->currentPage();
        tick(page, QStringLiteral("codeClientEvidenceField"));
        tick(page, QStringLiteral("codePrincipalEvidenceField"));
        tick(page, QStringLiteral("privacyNoticeEvidenceField"));
        QVERIFY(next(wizard, OnboardingWizard::Confirmation));

        // Issued, and the save dialog answered with a file name typed and Return.
        page = wizard->currentPage();
        person::click(named<QPushButton>(page, "issuePushButton"));
        auto* save = wizard->findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"));
        QVERIFY(save);
        QTRY_VERIFY(save->isVisible());
        auto* fileName = save->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(fileName);
        const QString letterPath = m_dir.filePath(QStringLiteral("bevestiging.pdf"));
        person::typeInto(fileName, letterPath);
        QTest::keyClick(fileName, Qt::Key_Return);
        QTRY_VERIFY(QFileInfo::exists(letterPath));
        QTRY_COMPARE(records().letters().lettersFor(m_engagement).size(), 1);

        // Both parties accepted it by e-mail: the version and each party ticked, then recorded.
        person::click(named<QPushButton>(page, "acceptedByEmailPushButton"));
        auto* acceptance = waitForDialog<EmailAcceptanceDialog>();
        QVERIFY(acceptance);
        const QList<QCheckBox*> parties = acceptance->findChildren<QCheckBox*>();
        QCOMPARE(parties.size(), 2); // the client and the principal
        for (QCheckBox* party : parties) {
            person::click(party, QPoint(4, party->height() / 2));
            QVERIFY(party->isChecked());
        }
        QAbstractButton* record = nullptr;
        auto* buttons = acceptance->findChild<QDialogButtonBox*>();
        for (QAbstractButton* button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
                record = button;
            }
        }
        QVERIFY(record && record->isEnabled());
        person::click(record);
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        person::click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(!wizard->isVisible());
    }

    // Issue 15, item 1: the engagement page shows what the wizard stored, and a Save of one
    // more line keeps every other term.
    void theEngagementPageAfterTheWizard()
    {
        QTRY_COMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        EngagementPage* page = view()->engagementPage();
        EngagementTermsForm* terms = page->termsForm();
        QTRY_COMPARE(terms->recordId(), m_engagement);
        const Engagement before = *records().engagements().engagement(m_engagement);
        QCOMPARE(before.status, EngagementStatus::Active);
        QTRY_VERIFY(named<QLabel>(page, "statusLabel")
                        ->text()
                        .contains(displayName(EngagementStatus::Active), Qt::CaseInsensitive));
        QCOMPARE(named<QPlainTextEdit>(terms, "objectivesPlainTextEdit")->toPlainText(), m_typed.objectives);
        QCOMPARE(named<QPlainTextEdit>(terms, "expensesPlainTextEdit")->toPlainText(), m_typed.expenses);

        // The wheel over the form scrolls it; it changes no spin box or combo box under the pointer.
        auto* vat = named<QDoubleSpinBox>(terms, "vatRateDoubleSpinBox");
        auto* payment = named<QComboBox>(terms, "paymentMethodComboBox");
        const double vatBefore = vat->value();
        const int paymentBefore = payment->currentIndex();
        for (QWidget* under : {static_cast<QWidget*>(vat), static_cast<QWidget*>(payment)}) {
            person::wheel(under, under->rect().center(), -3);
            person::wheel(under, under->rect().center(), 2);
        }
        QCOMPARE(vat->value(), vatBefore);
        QCOMPARE(payment->currentIndex(), paymentBefore);
    }

    // docs/journey.md, step 8: a session, its note typed, the screen locked and unlocked.
    void aSessionAndItsNote()
    {
        EngagementPage* page = view()->engagementPage();
        person::showTab(named<QTabWidget>(page, "tabWidget"), page->sessionsPanel());
        SessionsPanel* sessions = page->sessionsPanel();
        QTRY_VERIFY(sessions->isVisible());
        person::click(named<QPushButton>(sessions, "newSessionButton"));
        person::click(named<QPushButton>(sessions->sessionForm(), "saveButton"));
        QTRY_COMPARE(sessions->model()->rowCount(), 1);
        auto* text = named<QPlainTextEdit>(sessions->noteEditor(), "notePlainTextEdit");
        QTRY_VERIFY(text->isEnabled());
        person::typeInto(text, m_typed.note);
        person::click(named<QPushButton>(sessions->noteEditor(), "saveNoteButton"));

        shortcut(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->vault() == nullptr);
        unlock();
        // Back where he was: this engagement, with the note.
        QTRY_COMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        QTRY_COMPARE(view()->engagementPage()->termsForm()->recordId(), m_engagement);
    }

    // A complaint is recorded from the engagement's status menu (docs/journey.md, step 14).
    void aComplaint()
    {
        EngagementPage* page = view()->engagementPage();
        QVERIFY(chooseStatus(page, EngagementPage::tr("Record a &complaint…")));
        QWidget* dialog = nullptr;
        QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr ||
                    (dialog = QApplication::activeWindow()) != m_window.get());
        QVERIFY(dialog);
        person::typeInto(named<QPlainTextEdit>(dialog, "summaryPlainTextEdit"), m_typed.complaint);
        person::click(named<QPushButton>(dialog, "saveButton"));
        QTRY_COMPARE(records().compliance().complaintsFor(m_engagement).size(), 1);
        // The dialog stays open after Save (for the dates that follow); Close closes it.
        const QPointer<QWidget> open(dialog);
        person::click(dialogButton(dialog, QDialogButtonBox::Close));
        QTRY_VERIFY(!open || !open->isVisible());
    }

    // docs/journey.md, step 9: a word from the note, found from anywhere with Ctrl+6; Down enters the
    // results, Return opens the engagement.
    void theSearch()
    {
        go(PracticeView::Page::Overview);
        shortcut(Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(view()->currentPage(), PracticeView::Page::Search);
        auto* query = named<QLineEdit>(view()->searchPage(), "queryLineEdit");
        QTRY_VERIFY(query->hasFocus());
        person::typeInto(query, QStringLiteral("zorg"));
        auto* results = named<QTableView>(view()->searchPage(), "resultsTableView");
        QTRY_VERIFY(results->model()->rowCount() >= 1);
        QTest::keyClick(query, Qt::Key_Down);
        QTRY_VERIFY(results->hasFocus());
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_COMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        QTRY_COMPARE(view()->engagementPage()->termsForm()->recordId(), m_engagement);
    }

    // docs/journey.md, step 10: the engagement ends through the termination wizard, and the export of
    // the whole engagement follows it, protected by a password typed twice.
    void theEndAndTheExport()
    {
        EngagementPage* page = view()->engagementPage();
        QVERIFY(chooseStatus(page, EngagementPage::tr("&End engagement…")));
        auto* wizard = waitForDialog<TerminationWizard>();
        QVERIFY(wizard);
        QVERIFY(person::choose(named<QComboBox>(wizard->currentPage(), "reasonComboBox"),
                               static_cast<int>(EndReason::Completed)));
        for (const int id : {TerminationWizard::FinalReportPageId,
                             TerminationWizard::LetterPageId,
                             TerminationWizard::RetentionPageId,
                             TerminationWizard::ExportPageId}) {
            QVERIFY(next(wizard, id));
        }
        QVERIFY(named<QCheckBox>(wizard->currentPage(), "exportCheckBox")->isChecked());
        const QPointer<TerminationWizard> guard(wizard);
        person::click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(!guard);
        QTRY_COMPARE(records().engagements().engagement(m_engagement)->status, EngagementStatus::Ended);

        auto* dialog = waitForDialog<ExportDialog>();
        QVERIFY(dialog);
        auto* destination = named<QLineEdit>(dialog, "destinationLineEdit");
        QTest::keyClick(destination, Qt::Key_A, Qt::ControlModifier);
        person::typeInto(destination, exportPath());
        person::typeInto(named<QLineEdit>(dialog, "passwordLineEdit"), exportPassword());
        person::typeInto(named<QLineEdit>(dialog, "repeatLineEdit"), exportPassword());
        person::click(named<QPushButton>(dialog, "exportButton"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(exportPath()) && !dialog->isRunning(), 60000);
        QCOMPARE(dialog->lastResult().status, ExportResult::Status::Done);
        // The result below the progress bar, and nothing above it squeezed: every wrapped text
        // has the height it needs, at the dialog's size as it stays on the screen.
        QTest::qWait(50);
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: %2 px of %3")
                                        .arg(label->text())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            }
        }
        const QPointer<ExportDialog> exportGuard(dialog);
        person::click(named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY(!exportGuard || !exportGuard->isVisible());
    }

    // What he typed, read back from the file alone: each value once, unchanged.
    void everythingTypedIsStoredOnce()
    {
        shortcut(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->vault() == nullptr);

        VaultError error;
        std::unique_ptr<Vault> vault = Vault::open(vaultPath(), test::passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        Records records(*vault);
        const PracticeProfile profile = records.practice().profile();
        QCOMPARE(profile.consultantName, m_typed.consultant);
        QCOMPARE(profile.tradeName, m_typed.tradeName);
        QCOMPARE(profile.address.street, m_typed.street);
        QCOMPARE(profile.address.postalCode, m_typed.postalCode);
        QCOMPARE(profile.address.city, m_typed.city);
        QCOMPARE(profile.email, m_typed.email);

        RecordListing listing(*vault);
        const QList<PrincipalSummary> principals = listing.principals().value_or(QList<PrincipalSummary>());
        QCOMPARE(principals.size(), 1);
        const Principal principal = *records.principals().principal(principals.constFirst().id);
        QCOMPARE(principal.organisation, m_typed.organisation);
        QCOMPARE(principal.contactName, m_typed.contact);
        const QList<ClientSummary> clients = listing.clients().value_or(QList<ClientSummary>());
        QCOMPARE(clients.size(), 2);

        const QList<EngagementSummary> engagements = listing.engagements().value_or(QList<EngagementSummary>());
        QCOMPARE(engagements.size(), 1);
        const Engagement e = *records.engagements().engagement(m_engagement);
        const Client karin = *records.clients().client(e.clientId);
        QCOMPARE(karin.name, m_typed.client);
        QCOMPARE(karin.email, m_typed.clientEmail);
        QCOMPARE(e.principalId, principal.id);
        QCOMPARE(e.clientExpectations, m_typed.clientExpectations);
        QCOMPARE(e.principalExpectations, m_typed.principalExpectations);
        QCOMPARE(e.objectives, m_typed.objectives);
        QCOMPARE(e.methods.size(), 1);
        QCOMPARE(e.methods.constFirst().name, m_typed.methodName);
        QCOMPARE(e.methods.constFirst().author, m_typed.methodAuthor);
        QCOMPARE(e.methods.constFirst().description, m_typed.methodDescription);
        QCOMPARE(e.rateCents, m_typed.price.toLongLong() * 100);
        QCOMPARE(e.expensesArrangement, m_typed.expenses);
        QCOMPARE(e.paymentTerms, m_typed.paymentTerms);
        QCOMPARE(e.plannedSessions, 12);

        const QList<Session> sessions = records.sessions().sessions(m_engagement);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(records.sessions().noteForSession(sessions.constFirst().id).value_or(Note()).text, m_typed.note);
        QCOMPARE(records.compliance().complaintsFor(m_engagement).size(), 1);
        QCOMPARE(records.compliance().complaintsFor(m_engagement).constFirst().summary, m_typed.complaint);
        // The confirmation issued in the wizard and the end letter of the termination wizard.
        const QList<IssuedLetter> letters = records.letters().lettersFor(m_engagement);
        QCOMPARE(letters.size(), 2);
        QCOMPARE(std::count_if(letters.cbegin(),
                               letters.cend(),
                               [](const IssuedLetter& l) { return l.kind == LetterKind::Confirmation; }),
                 1);
        QCOMPARE(std::count_if(letters.cbegin(),
                               letters.cend(),
                               [](const IssuedLetter& l) { return l.kind == LetterKind::Termination; }),
                 1);
        QCOMPARE(e.status, EngagementStatus::Ended);
        vault->close();
    }

    // The export opens with the password he chose; its readable dossier holds the parties, the
    // note and the complaint in his language, as data.json does.
    void theExportHoldsTheYear()
    {
        const QString folder = m_dir.filePath(QStringLiteral("uitgepakt"));
        QVERIFY(!programOutput(QStringLiteral("7z"),
                               {QStringLiteral("x"),
                                QStringLiteral("-y"),
                                QStringLiteral("-p") + exportPassword(),
                                QStringLiteral("-o") + folder,
                                exportPath()})
                     .isNull());
        QFile data(folder + QStringLiteral("/data.json"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QString json = QString::fromUtf8(data.readAll());
        const QString dossier =
            programOutput(QStringLiteral("pdftotext"), {folder + QStringLiteral("/dossier.pdf"), QStringLiteral("-")});
        QVERIFY(!dossier.isNull());
        const QString flat = QString(dossier).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
        for (const QString& typed : {m_typed.client, m_typed.organisation, m_typed.note, m_typed.complaint}) {
            QVERIFY2(json.contains(typed), qPrintable(typed));
            QVERIFY2(flat.contains(typed), qPrintable(typed));
        }
        // In Dutch, nothing of the year was shown, printed or refused in English: every string
        // looked up on the way (windows, letters, the dossier, messages) had its translation.
        if (m_untranslated) {
            const QStringList missing = m_untranslated->missing();
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        }
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mandaat"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandaat"));
    QStringList arguments = app.arguments();
    if (arguments.size() > 1 && (arguments.at(1) == QLatin1String("nl") || arguments.at(1) == QLatin1String("en"))) {
        g_language = arguments.takeAt(1);
    }
    JourneyTest test;
    return QTest::qExec(&test, arguments);
}

#include "JourneyTest.moc"
