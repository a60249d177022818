// The acceptance flow of the main window (issue 4), through the real widgets: create a vault
// (emergency sheet, then the profile), add a principal, a client, an engagement, a session with
// a note and a file, lock, a wrong passphrase, unlock with the right one, and everything is
// there.
#include "FakeKeyChain.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "clients/ClientForm.h"
#include "common/OpenPractice.h"
#include "common/forms/DatedItemsEditor.h"
#include "common/forms/InlineErrors.h"
#include "common/models/AttachmentListModel.h"
#include "common/models/ComplianceRecordListModel.h"
#include "common/models/RecordTableModel.h"
#include "common/models/SessionListModel.h"
#include "compliance/ComplianceEngine.h"
#include "documents/EmergencySheet.h"
#include "engagements/ConsultationDialog.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "engagements/RecordsPanel.h"
#include "engagements/ReportDialog.h"
#include "engagements/SessionForm.h"
#include "engagements/SessionsPanel.h"
#include "engagements/attachments/AttachmentsPanel.h"
#include "engagements/notes/NoteEditor.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "overview/OverviewPage.h"
#include "practice/CodesEditor.h"
#include "practice/ProfileDialog.h"
#include "practice/QualificationsEditor.h"
#include "practice/RegistrationsEditor.h"
#include "principals/PrincipalForm.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "settings/SettingsDialog.h"
#include "util/Settings.h"
#include "vault/CreateVaultDialog.h"
#include "vault/EmergencySheetDialog.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace mandaat;
using namespace mandaat::test;

class PracticeFlowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;

    PracticeView* view() const { return m_window->practiceView(); }
    QWidget* currentPage() const { return m_window->findChild<QStackedWidget*>()->currentWidget(); }
    void trigger(const char* name) { named<QAction>(m_window.get(), name)->trigger(); }
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static int rows(RecordPage* page) { return page->list()->view()->model()->rowCount(); }
    static QString cell(RecordPage* page, int row, int column)
    {
        return page->list()->view()->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(file("settings.ini"));
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::writeFile(file("code.pdf"), QByteArray("%PDF-1.4\n% the consultant's copy of the code\n")));
        QVERIFY(test::writeFile(file("signed.pdf"), QByteArray("%PDF-1.4\n% a signed confirmation\n")));
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QVERIFY(logo.save(file("logo.png")));
    }

    void cleanupTestCase() { m_window.reset(); }

    void createTheVault()
    {
        trigger("newAction");
        auto* dialog = waitForDialog<CreateVaultDialog>();
        QVERIFY(dialog);
        named<QLineEdit>(dialog, "locationLineEdit")->setText(file("Praktijk Claes"));
        typeText(named<QLineEdit>(dialog, "passphraseLineEdit"), test::passphrase());
        typeText(named<QLineEdit>(dialog, "repeatLineEdit"), test::passphrase());
        click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(m_window->vault()->path(), file("Praktijk Claes.mandaat"));
        QCOMPARE(currentPage(), view());
    }

    void emergencySheetThenProfile()
    {
        auto* sheet = waitForDialog<EmergencySheetDialog>();
        QVERIFY(sheet);
        QCOMPARE(named<QLabel>(sheet, "keyValueLabel")->text(), EmergencySheet::groupedKey(m_window->vault()->key()));
        QVERIFY(sheet->savePdf(file("sheet.pdf")));
        QVERIFY(QFileInfo(file("sheet.pdf")).size() > 1000);
        click(sheet->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));

        auto* profile = waitForDialog<ProfileDialog>();
        QVERIFY(profile);
        typeText(named<QLineEdit>(profile, "consultantNameLineEdit"), QStringLiteral("Annelies Claes"));
        typeText(named<QLineEdit>(profile, "tradeNameLineEdit"), QStringLiteral("Praktijk Claes"));
        typeText(named<QLineEdit>(profile, "emailLineEdit"), QStringLiteral("annelies@"));
        // Validated in place, with core's message, under the field.
        auto* emailError = named<QLabel>(profile, "emailErrorLabel");
        QVERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(QStringLiteral("is not an e-mail address")));
        click(profile->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QVERIFY(profile->isVisible()); // not with a wrong address
        typeText(named<QLineEdit>(profile, "emailLineEdit"), QStringLiteral("praktijkclaes.be"));
        QVERIFY(!emailError->isVisible());

        auto* registrations = profile->findChild<RegistrationsEditor*>();
        typeText(named<QLineEdit>(registrations, "bodyLineEdit"), QStringLiteral("Mens(en)werk"));
        typeText(named<QLineEdit>(registrations, "registerNumberLineEdit"), QStringLiteral("MW-0042"));
        QVERIFY(registrations->add());
        auto* qualifications = profile->findChild<QualificationsEditor*>();
        typeText(named<QLineEdit>(qualifications, "titleLineEdit"), QStringLiteral("Certified coach"));
        typeText(named<QLineEdit>(qualifications, "issuerLineEdit"), QStringLiteral("EMCC"));
        QVERIFY(qualifications->add());
        auto* codes = profile->findChild<CodesEditor*>();
        QVERIFY(named<QComboBox>(codes, "codeComboBox")->count() > 0);
        codes->setPdf(file("code.pdf"));
        QVERIFY(codes->add());
        profile->setFile(ProfileDialog::Logo, file("logo.png"));
        click(profile->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_VERIFY(!profile->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Mandaat — Praktijk Claes"));
    }

    void addPrincipal()
    {
        view()->showPage(PracticeView::Page::Principals);
        RecordPage* page = view()->principalsPage();
        click(named<QPushButton>(page, "newButton"));
        auto* form = page->form();
        typeText(named<QLineEdit>(form, "organisationLineEdit"), QStringLiteral("Logistiek Vlaanderen NV"));
        typeText(named<QLineEdit>(form, "contactLineEdit"), QStringLiteral("Els Janssens"));
        // CMI-3: another role for this principal; "other" needs a description, said in place.
        auto* roles = named<DatedItemsEditor>(form, "rolesEditor");
        click(roles->findChildren<QPushButton*>().first());
        QCOMPARE(roles->items().size(), 1);
        QCOMPARE(roles->items().first().kindId, QStringLiteral("other"));
        click(named<QPushButton>(form, "saveButton"));
        QVERIFY(named<QLabel>(form, "rolesErrorLabel")->isVisible());
        QCOMPARE(rows(page), 0);
        typeText(qobject_cast<QLineEdit*>(roles->table()->cellWidget(0, 1)), QStringLiteral("Recruitment in 2025"));
        QVERIFY(!named<QLabel>(form, "rolesErrorLabel")->isVisible());
        click(named<QPushButton>(form, "saveButton"));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(page->list()->currentId(), form->recordId());
    }

    void addClient()
    {
        view()->showPage(PracticeView::Page::Clients);
        RecordPage* page = view()->clientsPage();
        click(named<QPushButton>(page, "newButton"));
        auto* form = page->form();
        // No name: core's message under the field, and nothing saved.
        click(named<QPushButton>(form, "saveButton"));
        auto* nameError = named<QLabel>(form, "nameErrorLabel");
        QVERIFY(nameError->isVisible());
        QVERIFY(!nameError->text().isEmpty());
        QCOMPARE(rows(page), 0);
        typeText(named<QLineEdit>(form, "nameLineEdit"), QStringLiteral("Zoë Peeters"));
        typeText(named<QLineEdit>(form, "cityLineEdit"), QStringLiteral("Gent"));
        QVERIFY(!nameError->isVisible());
        click(named<QPushButton>(form, "saveButton"));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(cell(page, 0, 0), QStringLiteral("Zoë Peeters"));
    }

    void addEngagementSessionNoteAndFile()
    {
        // From the client: a new engagement for her.
        click(named<QPushButton>(view()->clientsPage()->form(), "newEngagementButton"));
        QCOMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        RecordPage* page = view()->engagementsPage();
        auto* terms = view()->engagementPage()->termsForm();
        QVERIFY(terms->isShowing());
        QCOMPARE(named<QComboBox>(terms, "clientComboBox")->currentText(), QStringLiteral("Zoë Peeters"));
        typeText(named<QLineEdit>(terms, "titleLineEdit"), QStringLiteral("Outplacement Zoë"));
        auto* principal = named<QComboBox>(terms, "principalComboBox");
        principal->setCurrentIndex(principal->findText(QStringLiteral("Logistiek Vlaanderen NV")));
        click(named<QPushButton>(terms, "saveButton"));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(cell(page, 0, 0), QStringLiteral("Outplacement Zoë"));

        // A session (an intake: the engagement is a draft) and its note.
        view()->engagementPage()->showTab(EngagementPage::SessionsTab);
        SessionsPanel* sessions = view()->engagementPage()->sessionsPanel();
        click(named<QPushButton>(sessions, "newSessionButton"));
        SessionForm* session = sessions->sessionForm();
        QVERIFY(named<QCheckBox>(session, "intakeCheckBox")->isChecked());
        click(named<QPushButton>(session, "saveButton"));
        QTRY_COMPARE(sessions->model()->rowCount(), 1);
        NoteEditor* note = sessions->noteEditor();
        QCOMPARE(note->sessionId(), session->recordId());
        auto* text = named<QPlainTextEdit>(note, "notePlainTextEdit");
        QVERIFY(text->isEnabled());
        typeText(text, QStringLiteral("Kennismaking. Zoë wil naar de zorg."));
        click(named<QPushButton>(note, "saveNoteButton"));
        QTRY_COMPARE(sessions->model()->index(0, SessionListModel::NoteColumn).data().toString(),
                     QStringLiteral("Written"));

        // CMI-8: a report to the principal without the client's consent is refused, with the reason.
        view()->engagementPage()->showTab(EngagementPage::RecordsTab);
        RecordsPanel* records = view()->engagementPage()->recordsPanel();
        records->recordReport();
        auto* report = waitForDialog<ReportDialog>();
        QVERIFY(report);
        typeText(named<QLineEdit>(report, "titleLineEdit"), QStringLiteral("Testresultaten"));
        typeText(named<QPlainTextEdit>(report, "summaryPlainTextEdit"), QStringLiteral("De uitslagen van de test."));
        click(report->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QVERIFY(report->isVisible());
        QVERIFY(named<QLabel>(report, "errorLabel")->isVisible());
        QVERIFY(!named<QLabel>(report, "errorLabel")->text().isEmpty());
        report->reject();
        QCOMPARE(records->model()->rowCount(), 0);
        // MW-4.3: supervision about this engagement.
        records->recordConsultation();
        QPointer<ConsultationDialog> consultation = waitForDialog<ConsultationDialog>();
        QVERIFY(consultation);
        typeText(named<QLineEdit>(consultation, "withWhomLineEdit"), QStringLiteral("Intervisiegroep Gent"));
        typeText(named<QPlainTextEdit>(consultation, "topicPlainTextEdit"),
                 QStringLiteral("Keuze tussen zorg en onderwijs"));
        // The engagement has a principal: whether it knows of the supervision is asked first.
        click(consultation->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QVERIFY(consultation->isVisible());
        const auto said = [&consultation]() {
            for (const QLabel* label : consultation->findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("principal knows"))) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(said());
        QCOMPARE(records->model()->rowCount(), 0);
        QVERIFY(test::person::choose(named<QComboBox>(consultation, "principalInformedComboBox"), 1));
        click(consultation->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_VERIFY(!consultation || !consultation->isVisible());
        QTRY_COMPARE(records->model()->rowCount(), 1);

        // A file.
        view()->engagementPage()->showTab(EngagementPage::AttachmentsTab);
        AttachmentsPanel* files = view()->engagementPage()->attachmentsPanel();
        QVERIFY(files->addFile(file("signed.pdf")));
        QTRY_COMPARE(files->model()->rowCount(), 1);
    }

    void lockWrongPassphraseAndUnlock()
    {
        const qint64 engagementId = view()->engagementPage()->termsForm()->recordId();
        trigger("lockAction");
        QVERIFY(m_window->vault() == nullptr);
        auto* unlock = m_window->findChild<UnlockPage*>();
        QCOMPARE(currentPage(), unlock);
        QCOMPARE(rows(view()->clientsPage()), 0); // every view cleared

        auto* field = named<QLineEdit>(unlock, "passphraseLineEdit");
        typeText(field, QStringLiteral("not the passphrase at all"));
        QTest::keyClick(field, Qt::Key_Return);
        auto* error = named<QLabel>(unlock, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), DerivationTimeout);
        QVERIFY(error->text().startsWith(QStringLiteral("Wrong passphrase.")));
        QVERIFY(m_window->vault() == nullptr);

        typeText(field, test::passphrase()); // replaces the selected wrong one
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(currentPage(), view());
        // Back where the user was before the lock (issue 15): the engagement, on its Files tab.
        QCOMPARE(view()->currentPage(), PracticeView::Page::Engagements);
        QCOMPARE(view()->engagementPage()->termsForm()->recordId(), engagementId);
        QCOMPARE(view()->engagementPage()->currentTab(), EngagementPage::AttachmentsTab);
        view()->showPage(PracticeView::Page::Overview);

        // Everything is there.
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Mandaat — Praktijk Claes"));
        Records& records = view()->practice()->records();
        // The Overview, worked out on its worker, lists what the rules find open,
        OverviewPage* overview = view()->overviewPage();
        // and the reminder that this new vault has no backup yet (issue 7). The worker may not
        // have started yet when the page is shown: waited for until its rows are there.
        const int expected = static_cast<int>(ComplianceEngine(records).openObligations()->size()) + 1;
        QTRY_COMPARE(overview->model()->rowCount(), expected);
        QTRY_VERIFY(!overview->isWorking());
        QCOMPARE(overview->model()->rowCount(), expected);
        const PracticeProfile profile = records.practice().profile();
        QCOMPARE(profile.consultantName, QStringLiteral("Annelies Claes"));
        QCOMPARE(profile.email, QStringLiteral("annelies@praktijkclaes.be"));
        QVERIFY(profile.logoAttachmentId > 0);
        QCOMPARE(records.practice().registrations().size(), 1);
        QCOMPARE(records.practice().qualifications().size(), 1);
        const QList<CodeSubscription> codes = records.practice().codeSubscriptions();
        QCOMPARE(codes.size(), 1);
        QCOMPARE(records.attachments().attachment(codes.first().attachmentId)->content,
                 QByteArray("%PDF-1.4\n% the consultant's copy of the code\n"));

        view()->showPage(PracticeView::Page::Principals);
        QTRY_COMPARE(rows(view()->principalsPage()), 1);
        const QList<PrincipalSummary> principals = *view()->practice()->listing().principals();
        QCOMPARE(records.principals().principal(principals.first().id)->roles.first().description,
                 QStringLiteral("Recruitment in 2025"));
        view()->showPage(PracticeView::Page::Clients);
        QTRY_COMPARE(rows(view()->clientsPage()), 1);
        QCOMPARE(cell(view()->clientsPage(), 0, 0), QStringLiteral("Zoë Peeters"));

        view()->showEngagement(engagementId);
        EngagementPage* engagement = view()->engagementPage();
        QCOMPARE(engagement->termsForm()->recordId(), engagementId);
        QCOMPARE(named<QLineEdit>(engagement->termsForm(), "titleLineEdit")->text(),
                 QStringLiteral("Outplacement Zoë"));
        QCOMPARE(named<QComboBox>(engagement->termsForm(), "principalComboBox")->currentText(),
                 QStringLiteral("Logistiek Vlaanderen NV"));
        QVERIFY(named<QLabel>(engagement, "partiesLabel")->text().contains(QStringLiteral("Zoë Peeters")));
        QCOMPARE(engagement->sessionsPanel()->model()->rowCount(), 1);
        QCOMPARE(named<QPlainTextEdit>(engagement->sessionsPanel()->noteEditor(), "notePlainTextEdit")->toPlainText(),
                 QStringLiteral("Kennismaking. Zoë wil naar de zorg."));
        QCOMPARE(engagement->attachmentsPanel()->model()->rowCount(), 1);
    }

    void languageWithoutRestart()
    {
        const auto chooseLanguage = [this](const QString& name) {
            trigger("settingsAction");
            auto* settings = waitForDialog<SettingsDialog>();
            QVERIFY(settings);
            auto* language = named<QComboBox>(settings, "languageComboBox");
            language->setCurrentIndex(language->findText(name));
            QVERIFY(language->currentIndex() >= 0);
            click(settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
            QTRY_VERIFY(!settings->isVisible());
        };
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        chooseLanguage(QStringLiteral("Nederlands"));
        QCOMPARE(m_settings->interfaceLanguage(), Settings::Language::Dutch);
        // LanguageChange is posted to the windows.
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
        auto* navigation = named<QListWidget>(view(), "navigationListWidget");
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overzicht"));
        // Qt's own buttons too (qt6-translations-l10n), and dates through QLocale.
        trigger("settingsAction");
        auto* settings = waitForDialog<SettingsDialog>();
        QCOMPARE(settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text(),
                 QStringLiteral("Annuleren"));
        settings->reject();
        QCOMPARE(QLocale().language(), QLocale::Dutch);
        chooseLanguage(QStringLiteral("English"));
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));
    }

    void tryTheDemoPractice()
    {
        const QString own = m_window->vault()->path();
        trigger("demoAction");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() && m_window->vault()->path() != own, 3 * DerivationTimeout);
        const QString demo = m_window->vault()->path();
        QVERIFY(!demo.startsWith(m_dir.path()));
        QVERIFY(!m_settings->recentVaults().contains(demo)); // a temporary vault is not remembered
        view()->showPage(PracticeView::Page::Clients);
        QTRY_VERIFY(rows(view()->clientsPage()) >= 8);

        // The passphrase is shown, and it opens the demo after a lock.
        QPointer<QMessageBox> message = waitForDialog<QMessageBox>();
        QVERIFY(message);
        const QString text = message->text();
        const QString passphrase = text.mid(text.lastIndexOf(QLatin1Char(' ')) + 1);
        QVERIFY2(passphrase.startsWith(QStringLiteral("demo-")), qPrintable(text));
        trigger("lockAction");
        QTRY_VERIFY(message.isNull() || !message->isVisible());
        auto* field = named<QLineEdit>(m_window->findChild<UnlockPage*>(), "passphraseLineEdit");
        typeText(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QCOMPARE(m_window->vault()->path(), demo);
    }
};

QTEST_MAIN(PracticeFlowTest)
#include "PracticeFlowTest.moc"
