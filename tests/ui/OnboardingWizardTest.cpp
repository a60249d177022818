// The onboarding wizard driven through its real pages (docs/journey.md, steps 4 to 7 and 12): an
// outplacement with a principal and a self-paying career coaching walked page by page, left
// half-way and resumed; activation refused (CMI-5) until the signed copy or the e-mail
// acceptance is recorded; a conflict that stops the onboarding until it is resolved or declined.
#include "CliRunner.h"
#include "PersonInput.h"
#include "TestSupport.h"
#include "Translations.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/forms/DateEdit.h"
#include "compliance/ComplianceGuard.h"
#include "compliance/EvidenceTopics.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"
#include "wizards/onboarding/ConfirmationPage.h"
#include "wizards/onboarding/EmailAcceptanceDialog.h"
#include "wizards/onboarding/EvidenceField.h"
#include "wizards/onboarding/OnboardingWizard.h"
#include "wizards/onboarding/PartiesPage.h"
#include "wizards/termination/TerminationWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <tuple>

using namespace mandaat;

namespace {

const QDate Today(2026, 3, 10);

} // namespace

class OnboardingWizardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<OpenPractice> m_practice;
    QDateTime m_now{Today, QTime(9, 0), Qt::UTC};
    qint64 m_principal = 0;
    qint64 m_role = 0;
    qint64 m_ruben = 0;

    Records& records() { return m_practice->records(); }

    static void choose(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    static void type(QWidget* field, const QString& text)
    {
        field->setFocus();
        if (auto* line = qobject_cast<QLineEdit*>(field)) {
            line->selectAll();
        } else if (auto* edit = qobject_cast<QPlainTextEdit*>(field)) {
            edit->selectAll();
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                QTest::keyClick(field, Qt::Key_Return);
            }
            QTest::keyClicks(field, lines.at(i));
        }
    }

    static void tick(QWidget* page, const char* evidenceField)
    {
        auto* field = page->findChild<EvidenceField*>(QLatin1String(evidenceField));
        QVERIFY2(field, evidenceField);
        QVERIFY2(field->isVisible(), evidenceField);
        auto* box = field->findChild<QCheckBox*>(QStringLiteral("checkBox"));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QVERIFY2(box->isChecked(), evidenceField);
    }

    template <typename T>
    static T* find(QWidget* page, const char* name)
    {
        T* widget = page->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qWarning("no %s", name);
        }
        return widget;
    }

    static QString message(QWizard& wizard)
    {
        return wizard.currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
    }

    static void shot(QWidget& widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MANDAAT_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QApplication::processEvents();
            widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

    /// Whether the table shows every column whole in its width: no column cut, nothing to scroll to.
    static bool fitsWhole(QTreeWidget* tree)
    {
        QApplication::processEvents(); // the layouts
        const QHeaderView* header = tree->header();
        for (int column = 0; column < header->count(); ++column) {
            int needed = header->sectionSizeHint(column);
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                needed = std::max(needed, tree->sizeHintForIndex(tree->model()->index(row, column)).width());
            }
            if (header->sectionSize(column) < needed) {
                qWarning("column %d is cut: %d of %d", column, header->sectionSize(column), needed);
                return false;
            }
        }
        if (header->length() > tree->viewport()->width()) {
            qWarning("the columns are %d wide, the table %d", header->length(), tree->viewport()->width());
            return false;
        }
        return true;
    }

    /// Whether the current page's form fits the width the wizard gives it: the pages scroll
    /// only up and down, so a form wider than its viewport is cut off at the right.
    static bool fitsSideways(QWizard& wizard)
    {
        QApplication::processEvents(); // the layouts
        auto* scroll = wizard.currentPage()->findChild<QScrollArea*>();
        if (!scroll || !scroll->widget()) {
            return false;
        }
        const int needed = scroll->widget()->minimumSizeHint().width();
        const int given = scroll->viewport()->width();
        if (needed > given) {
            qWarning("page %d needs %d pixels, the wizard gives it %d", wizard.currentId(), needed, given);
        }
        return needed <= given;
    }

    /// Next, which must lead to \a expected.
    static bool next(QWizard& wizard, int expected)
    {
        QAbstractButton* button = wizard.button(QWizard::NextButton);
        if (!button->isEnabled()) {
            qWarning("Next is disabled on page %d", wizard.currentId());
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        if (wizard.currentId() != expected) {
            qWarning("still on page %d: %s", wizard.currentId(), qPrintable(message(wizard)));
            return false;
        }
        return true;
    }

    /// Next, which must be refused: the page stays, with its message.
    static bool stays(QWizard& wizard)
    {
        const int before = wizard.currentId();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        return wizard.currentId() == before && !message(wizard).isEmpty();
    }

    // "Accepted by e-mail" asks which version and which parties (issue 15): \a versions offered,
    // nothing recorded before a party is ticked; then the parties named are ticked and recorded.
    static bool acceptByEmail(QWizard& wizard, int versions, const QStringList& parties)
    {
        auto* dialog = wizard.findChild<EmailAcceptanceDialog*>();
        if (!dialog || !dialog->isVisible()) {
            qWarning("no dialog asks which version and which parties");
            return false;
        }
        auto* letters = dialog->findChild<QComboBox*>(QStringLiteral("letterComboBox"));
        QPushButton* record = nullptr;
        for (QAbstractButton* button : dialog->findChild<QDialogButtonBox*>()->buttons()) {
            if (dialog->findChild<QDialogButtonBox*>()->buttonRole(button) == QDialogButtonBox::AcceptRole) {
                record = qobject_cast<QPushButton*>(button);
            }
        }
        if (!letters || letters->count() != versions || !record || record->isEnabled()) {
            qWarning("the versions or the Record button are not as expected");
            return false;
        }
        for (const QString& party : parties) {
            auto* box = dialog->findChild<QCheckBox*>(party + QStringLiteral("CheckBox"));
            if (!box) {
                qWarning("no check box for %s", qPrintable(party));
                return false;
            }
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        }
        if (!record->isEnabled()) {
            return false;
        }
        QTest::mouseClick(record, Qt::LeftButton);
        return !dialog->isVisible() || QTest::qWaitFor([dialog]() { return !dialog->isVisible(); }, 2000);
    }

    std::unique_ptr<OnboardingWizard> open(qint64 id = 0)
    {
        auto wizard = std::make_unique<OnboardingWizard>(*m_practice, id);
        wizard->setClock([] { return Today; });
        wizard->show();
        return wizard;
    }

    QList<Evidence> evidence(qint64 id, const QString& topic)
    {
        QList<Evidence> rows;
        for (const Evidence& row : records().compliance().evidenceFor(id)) {
            if (row.topic == topic) {
                rows.append(row);
            }
        }
        return rows;
    }

    Engagement stored(qint64 id) { return records().engagements().engagement(id).value_or(Engagement()); }

    QString scan(const QString& name)
    {
        QImage image(400, 560, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QString path = m_dir.filePath(name);
        image.save(path);
        return path;
    }

    /// selfPayingCareerCoaching's walk, dated \a today: \a client's career coaching, in English,
    /// without a principal, onboarded, issued once and accepted by e-mail. The engagement's id.
    qint64 walkCareerCoaching(qint64 client, QDate today)
    {
        OnboardingWizard wizard(*m_practice, 0);
        wizard.setClock([today] { return today; });
        wizard.show();
        QWizardPage* page = wizard.currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), client);
        choose(find<QComboBox>(page, "principalComboBox"), PartiesPage::NoPrincipal);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("career_coaching"));
        choose(find<QComboBox>(page, "letterLanguageComboBox"), QStringLiteral("en"));
        if (!next(wizard, OnboardingWizard::Conflict)) {
            return 0;
        }
        find<QCheckBox>(wizard.currentPage(), "independenceCheckBox")->click();
        if (!next(wizard, OnboardingWizard::Expectations)) {
            return 0;
        }
        page = wizard.currentPage();
        type(find<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"),
             QStringLiteral("Clarity about a next step."));
        type(find<QPlainTextEdit>(page, "objectivesPlainTextEdit"), QStringLiteral("Choose a direction"));
        if (!next(wizard, OnboardingWizard::Methods)) {
            return 0;
        }
        page = wizard.currentPage();
        type(find<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("Career anchors"));
        type(find<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("Edgar Schein"));
        type(find<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"),
             QStringLiteral("A questionnaire and an interview."));
        if (!next(wizard, OnboardingWizard::Terms)) {
            return 0;
        }
        page = wizard.currentPage();
        if (!fitsSideways(wizard)) {
            return 0;
        }
        if (find<QLineEdit>(page, "cancellationPolicyLineEdit")->isVisible()) {
            qWarning("ICF's cancellation policy asked under MW and CMI");
            return 0;
        }
        choose(find<QComboBox>(page, "feeModelComboBox"), QStringLiteral("per_session"));
        type(find<QLineEdit>(page, "rateLineEdit"), QStringLiteral("95"));
        type(find<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("None."));
        choose(find<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer"));
        type(find<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Within 14 days"));
        test::person::typeInto(find<DateEdit>(page, "plannedStartDateEdit"), formats::shortDate(today.addDays(10)));
        test::person::typeInto(find<DateEdit>(page, "plannedEndDateEdit"), formats::shortDate(today.addMonths(3)));
        find<QSpinBox>(page, "plannedSessionsSpinBox")->setValue(5);
        find<QCheckBox>(page, "adequacyCheckBox")->click();
        if (!next(wizard, OnboardingWizard::Disclosures)) {
            return 0;
        }
        page = wizard.currentPage();
        find<QRadioButton>(page, "followsAdviceNoRadioButton")->click();
        find<QRadioButton>(page, "endOfEmploymentNoRadioButton")->click();
        tick(page, "freedomToStopEvidenceField");
        if (!next(wizard, OnboardingWizard::Consent)) {
            return 0;
        }
        type(find<QPlainTextEdit>(wizard.currentPage(), "useRestrictionsPlainTextEdit"),
             QStringLiteral("Nothing about health goes to anyone."));
        if (!next(wizard, OnboardingWizard::Handover)) {
            return 0;
        }
        page = wizard.currentPage();
        if (!fitsSideways(wizard)) {
            return 0;
        }
        tick(page, "codeClientEvidenceField");
        tick(page, "privacyNoticeEvidenceField");
        if (!next(wizard, OnboardingWizard::Confirmation)) {
            return 0;
        }
        find<QPushButton>(wizard.currentPage(), "issuePushButton")->click();
        if (auto* save = wizard.findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"))) {
            save->reject();
            QApplication::processEvents(); // the dialog deletes itself
        }
        find<QPushButton>(wizard.currentPage(), "acceptedByEmailPushButton")->click();
        if (!acceptByEmail(wizard, 1, {QStringLiteral("client")})) {
            return 0;
        }
        return wizard.engagementId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        VaultError error;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("onboarding.mandaat")), test::passphrase(), &error);
        QVERIFY2(m_vault, qPrintable(error.message));
        m_practice = std::make_unique<OpenPractice>(*m_vault);
        // As the application does for every Records (docs/compliance-evidence.md).
        ComplianceGuard::install(records());
        records().setClock([this] {
            m_now = m_now.addSecs(1);
            return m_now;
        });

        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Pieter de Vries");
        profile.tradeName = QStringLiteral("Loopbaan & Zo");
        profile.address = {QStringLiteral("Oudegracht 12"),
                           QStringLiteral("3511 AB"),
                           QStringLiteral("Utrecht"),
                           QStringLiteral("NL")};
        profile.email = QStringLiteral("pieter@example.org");
        QVERIFY(records().practice().saveProfile(profile));
        for (const auto& [id, version] : {std::pair{QStringLiteral("CMI-2009"), QStringLiteral("002")},
                                          std::pair{QStringLiteral("MW-2020"), QStringLiteral("2020")}}) {
            CodeSubscription subscription;
            subscription.codeId = id;
            subscription.version = version;
            subscription.subscribedOn = QDate(2024, 1, 1);
            QVERIFY(records().practice().saveCodeSubscription(subscription));
        }

        // docs/journey.md, step 4: Pieter recruited for this company last year (CMI-3).
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek Oost BV");
        principal.contactName = QStringLiteral("Henk Bos");
        PrincipalRole role;
        role.kind = PrincipalRoleKind::RecruitmentSelection;
        role.startedOn = QDate(2025, 5, 1);
        principal.roles << role;
        QVERIFY(records().principals().save(principal));
        m_principal = principal.id;
        m_role = principal.roles.constFirst().id;

        Client ruben;
        ruben.name = QStringLiteral("Ruben Maes");
        QVERIFY(records().clients().save(ruben));
        m_ruben = ruben.id;
    }

    void cleanupTestCase()
    {
        m_practice.reset();
        m_vault->close();
    }

    // (a) Outplacement commissioned and paid by a principal; left half-way and resumed; the
    // signed scan makes it active.
    void outplacementWithPrincipal()
    {
        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::Parties));
        choose(find<QComboBox>(page, "clientComboBox"), PartiesPage::NewRecord);
        type(find<QLineEdit>(page, "newClientNameLineEdit"), QStringLiteral("Karin Jansen"));
        type(find<QLineEdit>(page, "newClientEmailLineEdit"), QStringLiteral("karin@example.org"));
        choose(find<QComboBox>(page, "principalComboBox"), m_principal);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("outplacement"));
        QCOMPARE(find<QLineEdit>(page, "titleLineEdit")->text(), QStringLiteral("Outplacement – Karin Jansen"));
        QVERIFY(find<QLabel>(page, "articlesLabel")->text().contains(QLatin1String("CMI-3")));
        QVERIFY(find<QLabel>(page, "codesLabel")->text().contains(QLatin1String("CMI-2009")));
        shot(*wizard, QStringLiteral("onboarding-1-parties"));
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));

        const qint64 id = wizard->engagementId();
        QVERIFY(id != 0);
        Engagement e = stored(id);
        QCOMPARE(e.status, EngagementStatus::Onboarding);
        QCOMPARE(e.principalId, m_principal);
        QCOMPARE(e.payerKind, PayerKind::Principal);
        QCOMPARE(records().clients().client(e.clientId)->name, QStringLiteral("Karin Jansen"));

        // The conflict check ran at once: no conflict, but the other role is named (CMI-3).
        page = wizard->currentPage();
        QVERIFY(find<QLabel>(page, "summaryLabel")->text().startsWith(QLatin1String("No conflict")));
        QVERIFY(find<QLabel>(page, "otherRolesLabel")->text().contains(QLatin1String("recruitment")));
        QVERIFY(find<QCheckBox>(page, "independenceCheckBox")->isVisible());
        QVERIFY(!find<QCheckBox>(page, "clientInterestCheckBox")->isVisible()); // MW-2.7: not under CMI
        QVERIFY(stays(*wizard));
        QVERIFY(message(*wizard).contains(QLatin1String("independently")));
        find<QCheckBox>(page, "independenceCheckBox")->click();
        shot(*wizard, QStringLiteral("onboarding-2-conflict"));
        QVERIFY(next(*wizard, OnboardingWizard::Expectations));
        QCOMPARE(evidence(id, evidence::independenceConfirmed()).size(), 1);

        page = wizard->currentPage();
        QVERIFY(find<QPlainTextEdit>(page, "principalExpectationsPlainTextEdit")->isVisible());
        type(find<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"),
             QStringLiteral("Binnen een half jaar een nieuwe baan."));
        type(find<QPlainTextEdit>(page, "principalExpectationsPlainTextEdit"), QStringLiteral("Een goede afronding."));
        type(find<QPlainTextEdit>(page, "objectivesPlainTextEdit"),
             QStringLiteral("Loopbaanrichting kiezen\nSolliciteren"));
        shot(*wizard, QStringLiteral("onboarding-3-expectations"));
        QVERIFY(next(*wizard, OnboardingWizard::Methods));

        page = wizard->currentPage();
        QVERIFY(find<QLabel>(page, "articlesLabel")->text().contains(QLatin1String("CMI-5")));
        type(find<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("Loopbaanscan"));
        type(find<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"), QStringLiteral("Een test naar drijfveren."));
        find<QPushButton>(page, "addMethodPushButton")->click();
        QVERIFY(message(*wizard).contains(QLatin1String("author or owner"))); // the author is required
        type(find<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("Noloc"));
        find<QPushButton>(page, "addMethodPushButton")->click();
        QCOMPARE(find<QTreeWidget>(page, "methodsTreeWidget")->topLevelItemCount(), 1);
        shot(*wizard, QStringLiteral("onboarding-4-methods"));

        // Half-way: "Save and close" keeps the page shown, too.
        wizard->button(QWizard::CancelButton)->click();
        QVERIFY(!wizard->isVisible());
        wizard.reset();
        QCOMPARE(stored(id).methods.size(), 1);
        QCOMPARE(stored(id).methods.constFirst().author, QStringLiteral("Noloc"));

        // Reopened on the engagement: it starts at the first page not done, the terms.
        wizard = open(id);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::Terms));
        auto* steps = wizard->findChild<QListWidget*>(QStringLiteral("stepsListWidget"));
        QCOMPARE(steps->item(OnboardingWizard::Methods)->data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Done"));
        QVERIFY(steps->item(OnboardingWizard::Terms)->data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        wizard->back();
        QCOMPARE(find<QTreeWidget>(wizard->currentPage(), "methodsTreeWidget")->topLevelItemCount(), 1);
        wizard->back();
        QCOMPARE(find<QPlainTextEdit>(wizard->currentPage(), "clientExpectationsPlainTextEdit")->toPlainText(),
                 QStringLiteral("Binnen een half jaar een nieuwe baan."));
        QVERIFY(next(*wizard, OnboardingWizard::Methods));
        QVERIFY(next(*wizard, OnboardingWizard::Terms));

        page = wizard->currentPage();
        choose(find<QComboBox>(page, "feeModelComboBox"), QStringLiteral("fixed"));
        QCOMPARE(find<QLabel>(page, "rateLabel")->text(), QStringLiteral("&Price")); // not a rate
        type(find<QLineEdit>(page, "rateLineEdit"), QStringLiteral("2950"));
        type(find<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("Geen: reiskosten zijn inbegrepen."));
        choose(find<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer"));
        type(find<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Binnen 30 dagen na de factuur"));
        QVERIFY(find<QComboBox>(page, "payerKindComboBox")->findData(QStringLiteral("principal")) >= 0);
        test::person::typeInto(find<DateEdit>(page, "plannedStartDateEdit"), formats::shortDate(QDate(2026, 3, 16)));
        test::person::typeInto(find<DateEdit>(page, "plannedEndDateEdit"), formats::shortDate(QDate(2026, 9, 16)));
        find<QSpinBox>(page, "plannedSessionsSpinBox")->setValue(12);
        QVERIFY(stays(*wizard));
        QVERIFY(message(*wizard).contains(QLatin1String("suffice")));
        find<QCheckBox>(page, "adequacyCheckBox")->click();
        shot(*wizard, QStringLiteral("onboarding-5-terms"));
        QVERIFY(next(*wizard, OnboardingWizard::Disclosures));
        e = stored(id);
        QCOMPARE(e.rateCents, 295000);
        QCOMPARE(e.paymentMethod, PaymentMethod::BankTransfer);
        QCOMPARE(e.plannedSessions, 12);
        QCOMPARE(evidence(id, evidence::durationAdequate()).size(), 1);

        page = wizard->currentPage();
        tick(page, qPrintable(QStringLiteral("otherRole%1EvidenceField").arg(m_role)));
        find<QRadioButton>(page, "followsAdviceNoRadioButton")->click();
        find<QRadioButton>(page, "endOfEmploymentYesRadioButton")->click();
        tick(page, "endOfEmploymentClientEvidenceField");
        tick(page, "endOfEmploymentPrincipalEvidenceField");
        QVERIFY(find<QLabel>(page, "noAdmissionLabel")->isVisible());
        QVERIFY(stays(*wizard));
        QVERIFY(message(*wizard).contains(QLatin1String("free to")) ||
                message(*wizard).contains(QLatin1String("stop")));
        tick(page, "freedomToStopEvidenceField");
        shot(*wizard, QStringLiteral("onboarding-6-disclosures"));
        QVERIFY(next(*wizard, OnboardingWizard::Consent));
        QCOMPARE(evidence(id, evidence::otherRolePrefix() + QString::number(m_role)).size(), 1);
        QCOMPARE(evidence(id, evidence::endOfEmploymentDisclosed()).size(), 2);
        QCOMPARE(stored(id).endOfEmployment, true);
        QCOMPARE(stored(id).followsEarlierAdvice, false);

        page = wizard->currentPage();
        choose(find<QComboBox>(page, "consentScopeComboBox"), QStringLiteral("progress_only"));
        shot(*wizard, QStringLiteral("onboarding-7-consent"));
        QVERIFY(next(*wizard, OnboardingWizard::Handover));
        QCOMPARE(records().compliance().consentsFor(id).size(), 1);
        QCOMPARE(records().compliance().consentsFor(id).constFirst().scope, ConsentScope::ProgressOnly);

        page = wizard->currentPage();
        QVERIFY(!find<QWidget>(page, "explainedGroupBox")->isVisible()); // MW-2.3: not under CMI
        tick(page, "codeClientEvidenceField");
        tick(page, "codePrincipalEvidenceField");
        tick(page, "privacyNoticeEvidenceField");
        shot(*wizard, QStringLiteral("onboarding-8-handover"));
        QVERIFY(next(*wizard, OnboardingWizard::Confirmation));
        QCOMPARE(evidence(id, evidence::codeHandedOver()).size(), 2);

        // The letter, previewed as it prints.
        auto* confirmation = qobject_cast<ConfirmationPage*>(wizard->currentPage());
        page = confirmation;
        QVERIFY(confirmation->preview()->isVisible());
        QVERIFY(confirmation->preview()->pageCount() >= 1);
        QVERIFY(!find<QLabel>(page, "missingLabel")->isVisible());
        shot(*wizard, QStringLiteral("onboarding-9-confirmation"));
        // Not finished while the engagement is onboarding: "Save and close" leaves it for now.
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());

        // Not active before the letter is issued and signed: the page says which article and why.
        find<QPushButton>(page, "activatePushButton")->click();
        QString blockers = find<QLabel>(page, "blockersLabel")->text();
        QVERIFY2(blockers.contains(QLatin1String("cannot become active")), qPrintable(blockers));
        QVERIFY2(blockers.contains(QLatin1String("CMI-5")), qPrintable(blockers));
        QCOMPARE(stored(id).status, EngagementStatus::Onboarding);

        // Issue and save as PDF: kept in the vault with its hash and an audit entry.
        find<QPushButton>(page, "issuePushButton")->click();
        auto* save = wizard->findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"));
        QVERIFY(save);
        // Issued and kept, on one line: the hash's first digits, the whole hash as the tool tip.
        const QString issuedHash = records().letters().lettersFor(id).value(0).sha256;
        QCOMPARE(issuedHash.size(), 64);
        QCOMPARE(message(*wizard),
                 QStringLiteral("The confirmation was issued and kept in the vault (SHA-256 %1…).")
                     .arg(issuedHash.left(12)));
        QCOMPARE(find<QLabel>(page, "messageLabel")->toolTip(), issuedHash);
        const QString pdfPath = m_dir.filePath(QStringLiteral("bevestiging-karin.pdf"));
        save->selectFile(pdfPath);
        static_cast<QDialog*>(save)->accept(); // as the Save button does
        QVERIFY(QFile::exists(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QList<IssuedLetter> letters = records().letters().lettersFor(id);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters.constFirst().sha256.size(), 64);
        QCOMPARE(find<QTreeWidget>(page, "lettersTreeWidget")->topLevelItemCount(), 1);
        QCOMPARE(evidence(id, evidence::confirmationIssued()).constFirst().attachmentId,
                 letters.constFirst().attachmentId);
        QStringList kinds;
        for (const AuditEntry& entry : records().audit().entries(id)) {
            kinds.append(entry.kind);
        }
        QVERIFY2(kinds.contains(QLatin1String("letter.issued")), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY(kinds.contains(QLatin1String("letter.saved")));

        // Printed on paper (here a PDF printer): the same letter, and the print is in the audit log.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(confirmation->printTo(&printer));
        QVERIFY(QFileInfo(printed).size() > 1000);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, {printed, QStringLiteral("-")});
            QVERIFY(process.waitForFinished());
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(text.contains(QLatin1String("Karin Jansen")), qPrintable(text.left(400)));
            QVERIFY(text.contains(QLatin1String("Logistiek Oost BV")));
        }
        QCOMPARE(records().letters().lettersFor(id).size(), 1); // printing did not issue again

        // Still refused: the signed copy is missing (CMI-5).
        find<QPushButton>(page, "activatePushButton")->click();
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        blockers = find<QLabel>(page, "blockersLabel")->text();
        QVERIFY2(blockers.contains(QLatin1String("CMI-5")), qPrintable(blockers));
        QVERIFY2(blockers.contains(QLatin1String("signed")), qPrintable(blockers));
        QCOMPARE(stored(id).status, EngagementStatus::Onboarding);
        // The guard refuses the same, whoever asks.
        RecordError refused;
        QVERIFY(!records().engagements().transition(id, EngagementStatus::Active, Today, {}, {}, &refused));
        QVERIFY(refused.message.contains(QLatin1String("CMI-5")));

        // The signed scan comes back: attached to the letter, and the engagement is active.
        find<QPushButton>(page, "attachSignedPushButton")->click();
        auto* attach = wizard->findChild<QFileDialog*>(QStringLiteral("signedCopyFileDialog"));
        QVERIFY(attach);
        attach->selectFile(scan(QStringLiteral("getekend.png")));
        static_cast<QDialog*>(attach)->accept(); // as the Open button does
        QCOMPARE(stored(id).status, EngagementStatus::Active);
        QCOMPARE(stored(id).activatedOn, Today);
        const IssuedLetter signedLetter = *records().letters().letter(letters.constFirst().id);
        QVERIFY(signedLetter.isAccepted());
        QCOMPARE(signedLetter.acceptanceChannel, Channel::Letter);
        QVERIFY(signedLetter.signedAttachmentId != 0);
        QCOMPARE(records().attachments().info(signedLetter.signedAttachmentId)->mimeType, QStringLiteral("image/png"));
        QCOMPARE(evidence(id, evidence::confirmationAccepted()).size(), 2);
        QVERIFY(find<QLabel>(page, "statusLabel")->text().contains(QLatin1String("active")));
        QVERIFY(!find<QLabel>(page, "blockersLabel")->isVisible());
        shot(*wizard, QStringLiteral("onboarding-9-active"));
        // The versions fit the page at the wizard's size: the hash short, whole in its tool tip.
        auto* lettersTree = find<QTreeWidget>(page, "lettersTreeWidget");
        QCOMPARE(lettersTree->topLevelItem(0)->text(2), signedLetter.sha256.left(12) + QStringLiteral("…"));
        QCOMPARE(lettersTree->topLevelItem(0)->toolTip(2), signedLetter.sha256);
        QVERIFY(lettersTree->topLevelItem(0)->text(3).contains(QLatin1String("signed copy")));
        QVERIFY(fitsWhole(lettersTree));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(!wizard->isVisible());
    }

    // (b) A client who pays for their own career coaching: no principal, so no consent to
    // record and no principal's acceptance; a re-issued letter keeps the first; accepted by e-mail.
    void selfPayingCareerCoaching()
    {
        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), m_ruben);
        choose(find<QComboBox>(page, "principalComboBox"), PartiesPage::NoPrincipal);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("career_coaching"));
        choose(find<QComboBox>(page, "letterLanguageComboBox"), QStringLiteral("en"));
        QVERIFY(!find<QLineEdit>(page, "newClientNameLineEdit")->isVisible());
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));
        const qint64 id = wizard->engagementId();
        QCOMPARE(stored(id).payerKind, PayerKind::Client);
        QCOMPARE(stored(id).principalId, 0);
        QCOMPARE(stored(id).letterLanguage, Language::English);
        // The steps ticked are those done and reached: not the confidentiality page, though
        // without a principal there is nothing on it to record, before the user has seen it.
        auto* steps = wizard->findChild<QListWidget*>(QStringLiteral("stepsListWidget"));
        const auto ticked = [steps](int row) {
            return steps->item(row)->data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("Done");
        };
        QVERIFY(ticked(OnboardingWizard::Parties));
        QVERIFY(!ticked(OnboardingWizard::Consent));
        QVERIFY(!ticked(OnboardingWizard::Confirmation));
        shot(*wizard, QStringLiteral("onboarding-2-conflict-no-principal"));

        page = wizard->currentPage();
        QVERIFY(!find<QLabel>(page, "otherRolesLabel")->isVisible());
        find<QCheckBox>(page, "independenceCheckBox")->click();
        QVERIFY(next(*wizard, OnboardingWizard::Expectations));

        page = wizard->currentPage();
        QVERIFY(!find<QPlainTextEdit>(page, "principalExpectationsPlainTextEdit")->isVisible());
        QVERIFY(stays(*wizard));
        QVERIFY(message(*wizard).contains(QLatin1String("what the client expects")));
        type(find<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"),
             QStringLiteral("Clarity about a next step."));
        type(find<QPlainTextEdit>(page, "objectivesPlainTextEdit"), QStringLiteral("Choose a direction"));
        QVERIFY(next(*wizard, OnboardingWizard::Methods));

        page = wizard->currentPage();
        type(find<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("Career anchors"));
        type(find<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("Edgar Schein"));
        type(find<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"),
             QStringLiteral("A questionnaire and an interview."));
        QVERIFY(next(*wizard, OnboardingWizard::Terms)); // the method typed is added when going on
        QCOMPARE(stored(id).methods.size(), 1);

        page = wizard->currentPage();
        QCOMPARE(find<QComboBox>(page, "payerKindComboBox")->findData(QStringLiteral("principal")), -1);
        QCOMPARE(find<QComboBox>(page, "payerKindComboBox")->currentData().toString(), QStringLiteral("client"));
        choose(find<QComboBox>(page, "feeModelComboBox"), QStringLiteral("per_session"));
        QCOMPARE(find<QLabel>(page, "rateLabel")->text(), QStringLiteral("&Rate"));
        type(find<QLineEdit>(page, "rateLineEdit"), QStringLiteral("95"));
        type(find<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("None."));
        choose(find<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer"));
        type(find<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Within 14 days"));
        test::person::typeInto(find<DateEdit>(page, "plannedStartDateEdit"), formats::shortDate(QDate(2026, 3, 20)));
        test::person::typeInto(find<DateEdit>(page, "plannedEndDateEdit"), formats::shortDate(QDate(2026, 6, 20)));
        find<QSpinBox>(page, "plannedSessionsSpinBox")->setValue(5);
        find<QCheckBox>(page, "adequacyCheckBox")->click();
        QVERIFY(next(*wizard, OnboardingWizard::Disclosures));
        QCOMPARE(stored(id).rateCents, 9500);

        page = wizard->currentPage();
        QVERIFY(!find<QWidget>(page, "otherRolesGroupBox")->isVisible());
        QVERIFY(stays(*wizard));
        QVERIFY(message(*wizard).contains(QLatin1String("advice you gave in another role")));
        find<QRadioButton>(page, "followsAdviceNoRadioButton")->click();
        find<QRadioButton>(page, "endOfEmploymentNoRadioButton")->click();
        QVERIFY(!find<EvidenceField>(page, "endOfEmploymentClientEvidenceField")->isVisible());
        tick(page, "freedomToStopEvidenceField");
        QVERIFY(next(*wizard, OnboardingWizard::Consent));

        page = wizard->currentPage();
        QVERIFY(!find<QWidget>(page, "consentGroupBox")->isVisible());
        QVERIFY(find<QLabel>(page, "noPrincipalLabel")->isVisible());
        type(find<QPlainTextEdit>(page, "useRestrictionsPlainTextEdit"),
             QStringLiteral("Nothing about health goes to anyone."));
        QVERIFY(next(*wizard, OnboardingWizard::Handover));
        QCOMPARE(stored(id).useRestrictions, QStringLiteral("Nothing about health goes to anyone."));
        QVERIFY(ticked(OnboardingWizard::Consent));
        QVERIFY(records().compliance().consentsFor(id).isEmpty());

        page = wizard->currentPage();
        QVERIFY(!find<EvidenceField>(page, "codePrincipalEvidenceField")->isVisible());
        QVERIFY(stays(*wizard));
        tick(page, "codeClientEvidenceField");
        tick(page, "privacyNoticeEvidenceField");
        QVERIFY(next(*wizard, OnboardingWizard::Confirmation));

        // Issued twice (the file dialogs cancelled): both versions are kept.
        page = wizard->currentPage();
        for (int version = 1; version <= 2; ++version) {
            find<QPushButton>(page, "issuePushButton")->click();
            auto* save = wizard->findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"));
            QVERIFY(save);
            save->reject();
            QApplication::processEvents(); // the dialog deletes itself
        }
        const QList<IssuedLetter> letters = records().letters().lettersFor(id);
        QCOMPARE(letters.size(), 2);
        QVERIFY(letters.at(0).id != letters.at(1).id);
        QCOMPARE(letters.at(0).language, Language::English);
        QCOMPARE(find<QTreeWidget>(page, "lettersTreeWidget")->topLevelItemCount(), 2);
        shot(*wizard, QStringLiteral("onboarding-9-issued"));

        find<QPushButton>(page, "activatePushButton")->click();
        const QString blockers = find<QLabel>(page, "blockersLabel")->text();
        QVERIFY2(blockers.contains(QLatin1String("CMI-5")), qPrintable(blockers));
        QCOMPARE(stored(id).status, EngagementStatus::Onboarding);

        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        find<QPushButton>(page, "acceptedByEmailPushButton")->click();
        QCOMPARE(stored(id).status, EngagementStatus::Onboarding); // not before the dialog is answered
        QVERIFY(acceptByEmail(*wizard, 2, {QStringLiteral("client")}));
        QCOMPARE(stored(id).status, EngagementStatus::Active);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        const IssuedLetter accepted = *records().letters().letter(letters.constFirst().id);
        QCOMPARE(accepted.acceptanceChannel, Channel::Email);
        QCOMPARE(accepted.acceptedOn, Today);
        const QList<Evidence> rows = evidence(id, evidence::confirmationAccepted());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().party, Party::Client);
        QCOMPARE(rows.constFirst().channel, Channel::Email);
        shot(*wizard, QStringLiteral("onboarding-9-email"));
    }

    // Issue 17: the same self-paying career coaching, the client imported from CSV and everything
    // else done with mandaat-cli (engagement, record, letter, accept), reaches the state the wizard
    // left: the same terms, the same evidence under the same articles, the same letters and the
    // same `compliance` report; and the clumsy calls on the way change nothing.
    void cliReachesTheWizardsState()
    {
        // Both on the real day: mandaat-cli dates what it records today, as a user's would.
        const QDate today = QDate::currentDate();
        records().setClock(nullptr);
        const auto restoreClock = qScopeGuard([this] {
            records().setClock([this] {
                m_now = m_now.addSecs(1);
                return m_now;
            });
        });
        Client jonas;
        jonas.name = QStringLiteral("Jonas Wouters");
        jonas.language = Language::English;
        QVERIFY(records().clients().save(jonas));
        const qint64 byWizard = walkCareerCoaching(jonas.id, today);
        QVERIFY(byWizard > 0);
        QCOMPARE(stored(byWizard).status, EngagementStatus::Active);

        const QString vault = m_dir.filePath(QStringLiteral("onboarding.mandaat"));
        const QString day = today.toString(Qt::ISODate);
        const auto cli = [&vault](QStringList arguments) {
            arguments.insert(1, vault);
            return test::runCli(arguments);
        };

        const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("naam;e-mail;taal\nSofie Peeters;sofie@example.org;en\n");
        file.close();
        test::CliRun run = cli({QStringLiteral("import"), QStringLiteral("--clients"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<Client> clients = records().clients().clients();
        const auto sofie = std::find_if(clients.cbegin(), clients.cend(), [](const Client& client) {
            return client.name == QLatin1String("Sofie Peeters");
        });
        QVERIFY(sofie != clients.cend());

        const QStringList terms{QStringLiteral("--kind"),
                                QStringLiteral("career_coaching"),
                                QStringLiteral("--language"),
                                QStringLiteral("en"),
                                QStringLiteral("--at"),
                                day,
                                QStringLiteral("--client-expectations"),
                                QStringLiteral("Clarity about a next step."),
                                QStringLiteral("--objectives"),
                                QStringLiteral("Choose a direction"),
                                QStringLiteral("--method"),
                                QStringLiteral("Career anchors|Edgar Schein|A questionnaire and an interview."),
                                QStringLiteral("--fee-model"),
                                QStringLiteral("per_session"),
                                QStringLiteral("--expenses"),
                                QStringLiteral("None."),
                                QStringLiteral("--payment-method"),
                                QStringLiteral("bank_transfer"),
                                QStringLiteral("--payment-terms"),
                                QStringLiteral("Within 14 days"),
                                QStringLiteral("--start"),
                                today.addDays(10).toString(Qt::ISODate),
                                QStringLiteral("--end"),
                                today.addMonths(3).toString(Qt::ISODate),
                                QStringLiteral("--sessions"),
                                QStringLiteral("5"),
                                QStringLiteral("--follows-advice"),
                                QStringLiteral("no"),
                                QStringLiteral("--end-of-employment"),
                                QStringLiteral("no"),
                                QStringLiteral("--use-restrictions"),
                                QStringLiteral("Nothing about health goes to anyone.")};
        const int engagementsBefore = records().engagements().engagements().size();
        // Clumsy first: an amount that is none, a client that does not exist, a kind unknown.
        run = cli(QStringList{QStringLiteral("engagement"), QStringLiteral("--client"), QString::number(sofie->id)} +
                  terms + QStringList{QStringLiteral("--rate"), QStringLiteral("ninety-five")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("is not an amount")), qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("engagement"), QStringLiteral("--client"), QStringLiteral("999")} + terms +
                  QStringList{QStringLiteral("--rate"), QStringLiteral("95")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("There is no client 999")), qPrintable(run.err));
        run = cli({QStringLiteral("engagement"),
                   QStringLiteral("--client"),
                   QString::number(sofie->id),
                   QStringLiteral("--kind"),
                   QStringLiteral("therapy")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown kind of engagement 'therapy'")), qPrintable(run.err));
        // A method without its author is refused as the wizard refuses it (MW-3.2).
        run = cli(QStringList{QStringLiteral("engagement"), QStringLiteral("--client"), QString::number(sofie->id)} +
                  terms +
                  QStringList{QStringLiteral("--rate"),
                              QStringLiteral("95"),
                              QStringLiteral("--method"),
                              QStringLiteral("Own method||Something I made")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--method: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was saved.")), qPrintable(run.err));
        QCOMPARE(records().engagements().engagements().size(), engagementsBefore);

        run = cli(QStringList{QStringLiteral("engagement"), QStringLiteral("--client"), QString::number(sofie->id)} +
                  terms + QStringList{QStringLiteral("--rate"), QStringLiteral("95")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(records().engagements().engagements().size(), engagementsBefore + 1);
        const QRegularExpressionMatch opened =
            QRegularExpression(QStringLiteral("Opened engagement (\\d+)")).match(run.out);
        QVERIFY2(opened.hasMatch(), qPrintable(run.out));
        const qint64 id = opened.captured(1).toLongLong();
        QCOMPARE(stored(id).status, EngagementStatus::Onboarding);

        // A letter now is refused: the onboarding is not done (as the wizard's Issue is).
        const auto evidenceCount = [this](qint64 engagement) {
            return records().compliance().evidenceFor(engagement).size();
        };
        const QString pdf = m_dir.filePath(QStringLiteral("sofie.pdf"));
        for (const auto& [arguments, exitCode, says] :
             {std::tuple{QStringList{QStringLiteral("record"), QString::number(id), QStringLiteral("code_handed")},
                         2,
                         QStringLiteral("Unknown topic 'code_handed'")},
              // The confirmation is issued by `letter`, with its PDF: not a box to tick.
              std::tuple{
                  QStringList{QStringLiteral("record"), QString::number(id), QStringLiteral("confirmation_issued")},
                  2,
                  QStringLiteral("Unknown topic 'confirmation_issued'")},
              std::tuple{QStringList{QStringLiteral("record"),
                                     QString::number(id),
                                     QStringLiteral("code_handed_over"),
                                     QStringLiteral("--party"),
                                     QStringLiteral("boss")},
                         2,
                         QStringLiteral("Unknown party 'boss'")},
              std::tuple{QStringList{QStringLiteral("record"),
                                     QString::number(id),
                                     QStringLiteral("code_handed_over"),
                                     QStringLiteral("--at"),
                                     QStringLiteral("2999-01-01")},
                         2,
                         QStringLiteral("lies in the future")},
              std::tuple{
                  QStringList{QStringLiteral("record"), QStringLiteral("99999"), QStringLiteral("code_handed_over")},
                  1,
                  QStringLiteral("Nothing was recorded.")}}) {
            run = cli(arguments);
            QVERIFY2(run.exitCode == exitCode,
                     qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.err));
            QVERIFY2(run.err.contains(says), qPrintable(run.err));
        }
        QCOMPARE(evidenceCount(id), 0);

        // The consultant's declarations to all parties (the default); told by the channels the
        // wizard offers first: freedom to stop by phone, the code and the privacy notice by e-mail.
        for (const auto& [topic, channel, party] :
             {std::tuple{evidence::independenceConfirmed(), QString(), QStringLiteral("all parties")},
              std::tuple{evidence::durationAdequate(), QString(), QStringLiteral("all parties")},
              std::tuple{evidence::freedomToStop(), QStringLiteral("phone"), QStringLiteral("client")},
              std::tuple{evidence::codeHandedOver(), QStringLiteral("email"), QStringLiteral("client")},
              std::tuple{evidence::privacyNoticeHandedOver(), QStringLiteral("email"), QStringLiteral("client")}}) {
            QStringList arguments{QStringLiteral("record"), QString::number(id), topic, QStringLiteral("--at"), day};
            if (!channel.isEmpty()) {
                arguments << QStringLiteral("--channel") << channel;
            }
            run = cli(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(topic + QLatin1Char(' ') + run.err));
            QVERIFY2(run.out.startsWith(QStringLiteral("Recorded %1 for the %2 on %3").arg(topic, party, day)),
                     qPrintable(run.out));
        }
        // Accepted before a letter exists: refused, nothing recorded.
        run = cli({QStringLiteral("accept"), QString::number(id), QStringLiteral("--by"), QStringLiteral("email")});
        QCOMPARE(run.exitCode, 1);
        // Issued, and accepted by e-mail.
        run = cli({QStringLiteral("letter"),
                   QStringLiteral("--engagement"),
                   QString::number(id),
                   QStringLiteral("--out"),
                   pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("accept"),
                   QString::number(id),
                   QStringLiteral("--by"),
                   QStringLiteral("email"),
                   QStringLiteral("--at"),
                   day});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(stored(id).status, EngagementStatus::Active);

        QVERIFY2(QFileInfo(pdf).size() > 0, "the letter's PDF");
        // The same terms (but the client and the title).
        const auto terms_ = [this](qint64 engagement) {
            Engagement e = stored(engagement);
            e.id = 0;
            e.clientId = 0;
            e.title.clear();
            e.createdAt = {};
            e.updatedAt = {};
            for (EngagementMethod& method : e.methods) {
                method.id = 0;
            }
            return e;
        };
        QCOMPARE(terms_(id), terms_(byWizard));
        // The same evidence, under the same articles, dated alike, by the same channel.
        const auto evidenceOf = [this](qint64 engagement) {
            QStringList rows;
            for (const Evidence& row : records().compliance().evidenceFor(engagement)) {
                rows << QStringList{row.articleId,
                                    row.topic,
                                    toId(row.party),
                                    toId(row.channel),
                                    row.occurredOn.toString(Qt::ISODate),
                                    row.attachmentId > 0 ? QStringLiteral("attached") : QStringLiteral("none")}
                            .join(QLatin1Char('|'));
            }
            rows.sort();
            return rows;
        };
        QCOMPARE(evidenceOf(id), evidenceOf(byWizard));
        // The same letters: two confirmations in English, the first accepted by e-mail.
        const auto lettersOf = [this](qint64 engagement) {
            QStringList rows;
            for (const IssuedLetter& letter : records().letters().lettersFor(engagement)) {
                rows << QStringList{toId(letter.kind),
                                    toId(letter.language),
                                    letter.acceptanceChannel ? toId(*letter.acceptanceChannel) : QString(),
                                    letter.acceptedOn.toString(Qt::ISODate)}
                            .join(QLatin1Char('|'));
            }
            return rows;
        };
        QCOMPARE(lettersOf(id), lettersOf(byWizard));
        // And `compliance` says the same of both, on that day and half a year on.
        for (const QDate on : {today, today.addMonths(6)}) {
            const auto report = [&](qint64 engagement) {
                const test::CliRun compliance = cli({QStringLiteral("compliance"),
                                                     QStringLiteral("--engagement"),
                                                     QString::number(engagement),
                                                     QStringLiteral("--at"),
                                                     on.toString(Qt::ISODate)});
                QString text = compliance.out;
                text.replace(stored(engagement).title, QStringLiteral("TITLE"));
                text.replace(QStringLiteral("engagement\t%1\t").arg(engagement), QStringLiteral("engagement\tID\t"));
                return QStringList{QString::number(compliance.exitCode), text};
            };
            const QStringList wizardSide = report(byWizard);
            QVERIFY2(wizardSide.at(1).count(QLatin1Char('\n')) > 5, qPrintable(wizardSide.at(1)));
            QVERIFY2(wizardSide.at(1).startsWith(QStringLiteral("engagement\tID\tactive\tcareer_coaching\tTITLE")),
                     qPrintable(wizardSide.at(1)));
            QCOMPARE(report(id), wizardSide);
        }
    }

    // Found under Xvfb: in Dutch, the terms page set its fee and payment groups side by side,
    // wider than the wizard gives the page, and cut the payment fields off at the right. The walk
    // checks, in Dutch, that the terms and the handover pages fit their width.
    void pagesFitTheirWidthInDutch()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
        const auto english = qScopeGuard([] {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
            installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        });
        Client bert;
        bert.name = QStringLiteral("Bert Vandamme");
        bert.language = Language::English;
        QVERIFY(records().clients().save(bert));
        QVERIFY(walkCareerCoaching(bert.id, Today) > 0);
    }

    // (c) docs/journey.md, step 12: evaluating a top civil servant Annelies coached before. The
    // finding stops the onboarding until a resolution is recorded; she declines instead.
    void conflictStopsUntilResolvedOrDeclined()
    {
        Client els;
        els.name = QStringLiteral("Els Peeters");
        QVERIFY(records().clients().save(els));
        Engagement earlier;
        earlier.clientId = els.id;
        earlier.title = QStringLiteral("Coaching");
        earlier.kind = EngagementKind::Coaching;
        earlier.payerKind = PayerKind::Client;
        QVERIFY(records().engagements().save(earlier));
        QVERIFY(records().engagements().transition(earlier.id, EngagementStatus::Onboarding, QDate(2023, 2, 1)));

        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), els.id);
        choose(find<QComboBox>(page, "principalComboBox"), PartiesPage::NewRecord);
        type(find<QLineEdit>(page, "newPrincipalLineEdit"), QStringLiteral("Agentschap Overheidspersoneel"));
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("evaluation"));
        find<QCheckBox>(page, "topCivilServantCheckBox")->click();
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));
        const qint64 id = wizard->engagementId();

        page = wizard->currentPage();
        QCOMPARE(find<QListWidget>(page, "findingsListWidget")->count(), 1);
        QVERIFY(find<QLabel>(page, "summaryLabel")->text().contains(QLatin1String("conflict")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QCheckBox>(page, "clientInterestCheckBox")->isVisible()); // MW-2.7
        QVERIFY(find<QCheckBox>(page, "neutralityCheckBox")->isVisible()); // MW-2.8
        QVERIFY(!find<QCheckBox>(page, "independenceCheckBox")->isVisible()); // CMI-6: not under MW
        shot(*wizard, QStringLiteral("onboarding-2-conflict-found"));

        // A resolution without an agreement is refused; with one, Next is free.
        find<QPushButton>(page, "recordResolutionPushButton")->click();
        QVERIFY(!message(*wizard).isEmpty());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        type(find<QPlainTextEdit>(page, "agreementPlainTextEdit"),
             QStringLiteral("The coaching ended; nothing from it is used in the evaluation."));
        find<QPushButton>(page, "recordResolutionPushButton")->click();
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!evidence(id, QStringLiteral("conflict_engagement_%1").arg(earlier.id)).isEmpty());

        // She declines after all (MW-5.3): a colleague is proposed, the engagement ends.
        choose(find<QComboBox>(page, "declineReasonComboBox"), QStringLiteral("conflict_of_interest"));
        find<QPushButton>(page, "declinePushButton")->click();
        auto* box = wizard->findChild<QMessageBox*>(QStringLiteral("declineMessageBox"));
        QVERIFY(box);
        box->findChild<QPushButton*>(QStringLiteral("confirmDeclinePushButton"))->click();
        QVERIFY(message(*wizard).contains(QLatin1String("proposed to the parties instead")));
        QCOMPARE(stored(id).status, EngagementStatus::Onboarding);
        type(find<QLineEdit>(page, "successorLineEdit"), QStringLiteral("Marc Claes"));
        find<QPushButton>(page, "declinePushButton")->click();
        box = wizard->findChild<QMessageBox*>(QStringLiteral("declineMessageBox"));
        box->findChild<QPushButton*>(QStringLiteral("confirmDeclinePushButton"))->click();
        const Engagement ended = stored(id);
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.endReason, EndReason::ConflictOfInterest);
        QCOMPARE(evidence(id, evidence::successorProposed()).size(), 1);
        QVERIFY(find<QLabel>(page, "declinedLabel")->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::CancelButton)->click();
    }

    // A lock closes the wizard; it saves the page shown first and touches nothing after.
    void lockClosesTheWizard()
    {
        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), m_ruben);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("career_guidance"));
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));
        find<QCheckBox>(wizard->currentPage(), "independenceCheckBox")->click();
        QVERIFY(next(*wizard, OnboardingWizard::Expectations));
        const qint64 id = wizard->engagementId();
        type(find<QPlainTextEdit>(wizard->currentPage(), "clientExpectationsPlainTextEdit"),
             QStringLiteral("Typed before the lock"));
        // What MainWindow::lock() does: reject every dialog, then close the vault.
        wizard->reject();
        QVERIFY(!wizard->isVisible());
        QCOMPARE(stored(id).clientExpectations, QStringLiteral("Typed before the lock"));
        // A wizard still open when the practice goes closes without touching it.
        auto practice = std::make_unique<OpenPractice>(*m_vault);
        OnboardingWizard orphan(*practice, id);
        orphan.show();
        QCOMPARE(orphan.currentId(), int(OnboardingWizard::Expectations));
        QSignalSpy rejected(&orphan, &QDialog::rejected);
        practice.reset();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!orphan.isVisible());
        QVERIFY(orphan.records() == nullptr);
    }

    // Not a check: with MANDAAT_SCREENSHOT_DIR set, the steps and the confirmation in Dutch
    // (last, for the language stays).
    void dutchScreenshots()
    {
        if (qEnvironmentVariable("MANDAAT_SCREENSHOT_DIR").isEmpty()) {
            return;
        }
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
        Client sofie;
        sofie.name = QStringLiteral("Sofie Claes");
        QVERIFY(records().clients().save(sofie));
        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), sofie.id);
        choose(find<QComboBox>(page, "principalComboBox"), PartiesPage::NoPrincipal);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("career_coaching"));
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));
        find<QCheckBox>(wizard->currentPage(), "independenceCheckBox")->click();
        shot(*wizard, QStringLiteral("nl-onboarding-2-conflict"));
        QVERIFY(next(*wizard, OnboardingWizard::Expectations));
        page = wizard->currentPage();
        type(find<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"), QStringLiteral("Een volgende stap."));
        type(find<QPlainTextEdit>(page, "objectivesPlainTextEdit"), QStringLiteral("Een richting kiezen"));
        QVERIFY(next(*wizard, OnboardingWizard::Methods));
        page = wizard->currentPage();
        type(find<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("Loopbaanankers"));
        type(find<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("Edgar Schein"));
        type(find<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"), QStringLiteral("Een vragenlijst."));
        QVERIFY(next(*wizard, OnboardingWizard::Terms));
        page = wizard->currentPage();
        choose(find<QComboBox>(page, "feeModelComboBox"), QStringLiteral("per_session"));
        type(find<QLineEdit>(page, "rateLineEdit"), QStringLiteral("95"));
        type(find<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("Geen."));
        choose(find<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer"));
        type(find<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Binnen 14 dagen"));
        test::person::typeInto(find<DateEdit>(page, "plannedStartDateEdit"), formats::shortDate(QDate(2026, 3, 20)));
        test::person::typeInto(find<DateEdit>(page, "plannedEndDateEdit"), formats::shortDate(QDate(2026, 6, 20)));
        find<QSpinBox>(page, "plannedSessionsSpinBox")->setValue(5);
        find<QCheckBox>(page, "adequacyCheckBox")->click();
        shot(*wizard, QStringLiteral("nl-onboarding-5-terms"));
        QVERIFY(next(*wizard, OnboardingWizard::Disclosures));
        page = wizard->currentPage();
        find<QRadioButton>(page, "followsAdviceNoRadioButton")->click();
        find<QRadioButton>(page, "endOfEmploymentNoRadioButton")->click();
        tick(page, "freedomToStopEvidenceField");
        QVERIFY(next(*wizard, OnboardingWizard::Consent));
        shot(*wizard, QStringLiteral("nl-onboarding-7-consent"));
        QVERIFY(next(*wizard, OnboardingWizard::Handover));
        page = wizard->currentPage();
        tick(page, "codeClientEvidenceField");
        tick(page, "privacyNoticeEvidenceField");
        QVERIFY(next(*wizard, OnboardingWizard::Confirmation));
        page = wizard->currentPage();
        shot(*wizard, QStringLiteral("nl-onboarding-9-confirmation"));
        find<QPushButton>(page, "issuePushButton")->click();
        auto* save = wizard->findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"));
        QVERIFY(save);
        save->reject();
        QApplication::processEvents(); // the dialog deletes itself
        shot(*wizard, QStringLiteral("nl-onboarding-9-issued"));
        find<QPushButton>(page, "acceptedByEmailPushButton")->click();
        shot(*wizard->findChild<EmailAcceptanceDialog*>(), QStringLiteral("nl-onboarding-9-email-dialog"));
        QVERIFY(acceptByEmail(*wizard, 1, {QStringLiteral("client")})); // no principal here
        shot(*wizard, QStringLiteral("nl-onboarding-9-active"));
        wizard->button(QWizard::CancelButton)->click();
    }

    // Issue 17, item 4: a coaching engagement under MW and ICF is asked what those codes ask,
    // with their articles in the headers, and none of CMI's questions (earlier advice, the end
    // of employment), which would otherwise stand unanswered in a practice that never
    // subscribed to CMI for it. Run last: the ICF subscription stays.
    void mwAndIcfAskOnlyTheirQuestions()
    {
        CodeSubscription icf;
        icf.codeId = QStringLiteral("ICF-2025");
        icf.version = QStringLiteral("2025");
        icf.subscribedOn = QDate(2024, 1, 1);
        QVERIFY(records().practice().saveCodeSubscription(icf));
        Client lotte;
        lotte.name = QStringLiteral("Lotte Goossens");
        QVERIFY(records().clients().save(lotte));

        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), lotte.id);
        choose(find<QComboBox>(page, "principalComboBox"), PartiesPage::NoPrincipal);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("coaching"));
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));
        const qint64 id = wizard->engagementId();
        page = wizard->currentPage();
        const QString conflictHeader = find<QLabel>(page, "articlesLabel")->text();
        QVERIFY2(conflictHeader.contains(QLatin1String("ICF-3.1")) &&
                     conflictHeader.contains(QLatin1String("MW-5.1")) &&
                     !conflictHeader.contains(QLatin1String("CMI-")),
                 qPrintable(conflictHeader));
        QVERIFY(!find<QCheckBox>(page, "independenceCheckBox")->isVisible()); // CMI-6
        {
            auto* box = find<QCheckBox>(page, "clientInterestCheckBox");
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
            QVERIFY(box->isChecked());
        }
        QVERIFY(next(*wizard, OnboardingWizard::Expectations));

        page = wizard->currentPage();
        type(find<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"), QStringLiteral("More calm at work."));
        type(find<QPlainTextEdit>(page, "objectivesPlainTextEdit"), QStringLiteral("Setting limits"));
        QVERIFY(next(*wizard, OnboardingWizard::Methods));
        page = wizard->currentPage();
        type(find<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("Values game"));
        type(find<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("J. de Vries"));
        type(find<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"), QStringLiteral("Cards to name values."));
        QVERIFY(next(*wizard, OnboardingWizard::Terms));
        page = wizard->currentPage();
        choose(find<QComboBox>(page, "feeModelComboBox"), QStringLiteral("per_session"));
        type(find<QLineEdit>(page, "rateLineEdit"), QStringLiteral("95"));
        type(find<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("None."));
        choose(find<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer"));
        type(find<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Within 14 days"));
        type(find<QLineEdit>(page, "cancellationPolicyLineEdit"), QStringLiteral("Cancelled late: charged."));
        test::person::typeInto(find<QSpinBox>(page, "plannedSessionsSpinBox"), QStringLiteral("8"));
        {
            auto* box = find<QCheckBox>(page, "adequacyCheckBox");
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
            QVERIFY(box->isChecked());
        }
        QVERIFY(next(*wizard, OnboardingWizard::Disclosures));

        page = wizard->currentPage();
        const QString header = find<QLabel>(page, "articlesLabel")->text();
        QVERIFY2(header.contains(QLatin1String("ICF-1.2")) && !header.contains(QLatin1String("CMI-")),
                 qPrintable(header));
        QVERIFY(!find<QWidget>(page, "earlierAdviceGroupBox")->isVisible());
        QVERIFY(!find<QWidget>(page, "endOfEmploymentGroupBox")->isVisible());
        QVERIFY(find<QWidget>(page, "freedomGroupBox")->isVisible());
        // ICF-1.2: the freedom to stop is explained to every party, and required.
        QVERIFY(stays(*wizard));
        tick(page, "freedomToStopEvidenceField");
        QVERIFY(next(*wizard, OnboardingWizard::Consent));
        const Engagement e = stored(id);
        QVERIFY(!e.followsEarlierAdvice.has_value());
        QVERIFY(!e.endOfEmployment.has_value());
        QCOMPARE(evidence(id, evidence::freedomToStop()).size(), 1);
        QCOMPARE(evidence(id, evidence::freedomToStop()).constFirst().articleId, QStringLiteral("ICF-1.2"));
    }

    // Issue 17, acceptance: in a practice under ICF alone, an engagement is onboarded, activated
    // and ended through the wizards: the pages ask ICF's questions, the letter names ICF, the
    // evidence cites ICF's articles and never one of MW or CMI.
    void icfAloneThroughTheWizards()
    {
        // A practice of its own (the codes of this one are pinned by its engagements).
        m_practice.reset();
        VaultError vaultError;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("icf.mandaat")), test::passphrase(), &vaultError);
        QVERIFY2(m_vault, qPrintable(vaultError.message));
        m_practice = std::make_unique<OpenPractice>(*m_vault);
        ComplianceGuard::install(records());
        records().setClock([this] {
            m_now = m_now.addSecs(1);
            return m_now;
        });
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Inge Vermeulen");
        profile.address = {
            QStringLiteral("Kouter 7"), QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE")};
        profile.email = QStringLiteral("inge@example.org");
        QVERIFY(records().practice().saveProfile(profile));
        CodeSubscription icf;
        icf.codeId = QStringLiteral("ICF-2025");
        icf.version = QStringLiteral("2025");
        icf.subscribedOn = QDate(2025, 6, 1);
        QVERIFY(records().practice().saveCodeSubscription(icf));
        Client anna;
        anna.name = QStringLiteral("Anna Claes");
        QVERIFY(records().clients().save(anna));

        auto wizard = open();
        QWizardPage* page = wizard->currentPage();
        choose(find<QComboBox>(page, "clientComboBox"), anna.id);
        choose(find<QComboBox>(page, "principalComboBox"), PartiesPage::NoPrincipal);
        choose(find<QComboBox>(page, "kindComboBox"), QStringLiteral("coaching"));
        choose(find<QComboBox>(page, "letterLanguageComboBox"), QStringLiteral("nl"));
        QVERIFY(next(*wizard, OnboardingWizard::Conflict));
        const qint64 id = wizard->engagementId();
        QCOMPARE(stored(id).pinnedCodes, (QList<PinnedCode>{{QStringLiteral("ICF-2025"), QStringLiteral("2025")}}));
        page = wizard->currentPage();
        const QString conflictHeader = find<QLabel>(page, "articlesLabel")->text();
        QVERIFY2(conflictHeader.contains(QLatin1String("ICF-")) && !conflictHeader.contains(QLatin1String("MW-")) &&
                     !conflictHeader.contains(QLatin1String("CMI-")),
                 qPrintable(conflictHeader));
        for (const char* name : {"independenceCheckBox", "clientInterestCheckBox", "neutralityCheckBox"}) {
            auto* box = find<QCheckBox>(page, name);
            if (box->isVisible()) {
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
            }
        }
        QVERIFY(next(*wizard, OnboardingWizard::Expectations));
        page = wizard->currentPage();
        type(find<QPlainTextEdit>(page, "clientExpectationsPlainTextEdit"), QStringLiteral("Rust in het werk."));
        type(find<QPlainTextEdit>(page, "objectivesPlainTextEdit"), QStringLiteral("Grenzen stellen"));
        QVERIFY(next(*wizard, OnboardingWizard::Methods));
        page = wizard->currentPage();
        type(find<QLineEdit>(page, "methodNameLineEdit"), QStringLiteral("GROW"));
        type(find<QLineEdit>(page, "methodAuthorLineEdit"), QStringLiteral("John Whitmore"));
        type(find<QPlainTextEdit>(page, "methodDescriptionPlainTextEdit"), QStringLiteral("Een gespreksmodel."));
        QVERIFY(next(*wizard, OnboardingWizard::Terms));
        page = wizard->currentPage();
        choose(find<QComboBox>(page, "feeModelComboBox"), QStringLiteral("per_session"));
        type(find<QLineEdit>(page, "rateLineEdit"), QStringLiteral("120"));
        type(find<QPlainTextEdit>(page, "expensesPlainTextEdit"), QStringLiteral("Geen."));
        choose(find<QComboBox>(page, "paymentMethodComboBox"), QStringLiteral("bank_transfer"));
        type(find<QLineEdit>(page, "paymentTermsLineEdit"), QStringLiteral("Binnen 30 dagen"));
        // ICF-1.1: the cancellation policy is asked, and required.
        QVERIFY(find<QLineEdit>(page, "cancellationPolicyLineEdit")->isVisible());
        test::person::typeInto(find<QSpinBox>(page, "plannedSessionsSpinBox"), QStringLiteral("6"));
        {
            auto* box = find<QCheckBox>(page, "adequacyCheckBox");
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        }
        QVERIFY(stays(*wizard));
        QVERIFY2(message(*wizard).contains(QLatin1String("cancellation policy")), qPrintable(message(*wizard)));
        type(find<QLineEdit>(page, "cancellationPolicyLineEdit"),
             QStringLiteral("Minder dan 48 uur vooraf afgezegd: aangerekend."));
        QVERIFY(next(*wizard, OnboardingWizard::Disclosures));
        QCOMPARE(stored(id).cancellationPolicy, QStringLiteral("Minder dan 48 uur vooraf afgezegd: aangerekend."));
        page = wizard->currentPage();
        tick(page, "freedomToStopEvidenceField");
        QVERIFY(next(*wizard, OnboardingWizard::Consent));
        // CMI-14's use restrictions are not ICF's question.
        QVERIFY(!find<QWidget>(wizard->currentPage(), "restrictionsGroupBox")->isVisible());
        QVERIFY(next(*wizard, OnboardingWizard::Handover));
        page = wizard->currentPage();
        for (EvidenceField* field : page->findChildren<EvidenceField*>()) {
            if (field->isVisible() && !field->isChecked()) {
                tick(page, qPrintable(field->objectName()));
            }
        }
        QVERIFY(next(*wizard, OnboardingWizard::Confirmation));
        page = wizard->currentPage();
        find<QPushButton>(page, "issuePushButton")->click();
        if (auto* save = wizard->findChild<QFileDialog*>(QStringLiteral("savePdfFileDialog"))) {
            save->reject();
            QApplication::processEvents();
        }
        const QList<IssuedLetter> letters = records().letters().lettersFor(id);
        QCOMPARE(letters.size(), 1);
        const QString letter =
            test::printedText(records().attachments().attachment(letters.constFirst().attachmentId)->content);
        QVERIFY2(letter.contains(QLatin1String("International Coaching Federation")), qPrintable(letter));
        QVERIFY2(!letter.contains(QLatin1String("Mens(en)werk")) && !letter.contains(QLatin1String("CMI")),
                 qPrintable(letter));
        find<QPushButton>(page, "acceptedByEmailPushButton")->click();
        QVERIFY(acceptByEmail(*wizard, 1, {QStringLiteral("client")}));
        QCOMPARE(stored(id).status, EngagementStatus::Active);
        wizard.reset();

        TerminationWizard ending(records(), id);
        ending.setToday(Today);
        ending.show();
        page = ending.currentPage();
        choose(find<QComboBox>(page, "reasonComboBox"), static_cast<int>(EndReason::Completed));
        const auto said = [&ending] {
            auto* label = ending.currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel"));
            return label ? label->text() : QString();
        };
        for (int step = 0; step < 6 && ending.currentId() != TerminationWizard::ExportPageId; ++step) {
            const int before = ending.currentId();
            QTest::mouseClick(ending.button(QWizard::NextButton), Qt::LeftButton);
            QVERIFY2(ending.currentId() != before, qPrintable(said()));
        }
        QTest::mouseClick(ending.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY2(!ending.isVisible(), qPrintable(said()));
        QCOMPARE(stored(id).status, EngagementStatus::Ended);
        const QList<Evidence> rows = records().compliance().evidenceFor(id);
        QVERIFY(rows.size() >= 4);
        for (const Evidence& row : rows) {
            QVERIFY2(!row.articleId.startsWith(QLatin1String("MW-")) &&
                         !row.articleId.startsWith(QLatin1String("CMI-")),
                     qPrintable(row.topic + QLatin1Char(' ') + row.articleId));
        }
        QCOMPARE(evidence(id, evidence::freedomToStop()).constFirst().articleId, QStringLiteral("ICF-1.2"));
    }
};

QTEST_MAIN(OnboardingWizardTest)
#include "OnboardingWizardTest.moc"
