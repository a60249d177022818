// A running engagement through the real widgets (issue 6): an overdue complaint at the top of
// the Overview, worked out on its worker with the injected clock (CMI-17); the consent register
// in the Records tab, a report within it accepted and after its withdrawal refused with the
// reason (CMI-8); a referral (CMI-11); the complaints register: recorded, acknowledged in a
// stored letter, handled through the external complaints body, settled, and off the Overview
// (CMI-17).
//
// MANDAAT_SCREENSHOT_DIR=folder saves the dialogs and the Records tab there;
// MANDAAT_SCREENSHOT_LANG=nl takes them in Dutch (the English texts are then not checked).
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/forms/DateEdit.h"
#include "common/models/ComplianceRecordListModel.h"
#include "common/models/ObligationListModel.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintForm.h"
#include "compliance/EvidenceTopics.h"
#include "domain/Phrase.h"
#include "engagements/ConsentDialog.h"
#include "engagements/DisclosureDialog.h"
#include "engagements/RecordsPanel.h"
#include "engagements/ReferralDialog.h"
#include "engagements/ReportDialog.h"
#include "engagements/ToolUseDialog.h"
#include "overview/OverviewPage.h"
#include "practice/ProfileDialog.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;
using namespace mandaat::test;

namespace {

const QDate Today(2026, 5, 12);

} // namespace

class RunningEngagementTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<OpenPractice> m_practice;
    qint64 m_engagement = 0;
    qint64 m_memberBram = 0;
    bool m_dutch = false;

    Records& records() { return m_practice->records(); }

    void shot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MANDAAT_SCREENSHOT_DIR");
        if (!folder.isEmpty() && widget) {
            QApplication::processEvents();
            widget->grab().save(folder + QLatin1Char('/') + name + (m_dutch ? QStringLiteral("-nl") : QString()) +
                                QStringLiteral(".png"));
        }
    }

    /// The entry of \a combo whose data is \a data, chosen as a person does: the list opened
    /// with a click and the entry clicked.
    static void choose(QComboBox* combo, const QVariant& data)
    {
        QVERIFY2(combo->findData(data) >= 0, qPrintable(data.toString()));
        QVERIFY2(person::choose(combo, data), qPrintable(data.toString()));
    }

    static void save(QDialog* dialog) { click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)); }

    /// The texts of the Records tab's rows, "kind | what".
    static QStringList rows(RecordsPanel* panel)
    {
        QStringList texts;
        const QAbstractItemModel* model = panel->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            texts << model->index(row, ComplianceRecordListModel::KindColumn).data().toString() +
                    QStringLiteral(" | ") + model->index(row, ComplianceRecordListModel::WhatColumn).data().toString();
        }
        return texts;
    }

    /// Records a report to the principal through the Records tab's dialog; the dialog, still
    /// open when the report was refused.
    QPointer<ReportDialog> report(RecordsPanel* panel, ReportKind kind, const QString& title, QDate sentOn)
    {
        click(named<QPushButton>(panel, "reportButton"));
        QPointer<ReportDialog> dialog = waitForDialog<ReportDialog>();
        if (!dialog) {
            return dialog;
        }
        auto* kindCombo = named<QComboBox>(dialog, "kindComboBox");
        kindCombo->setCurrentIndex(kindCombo->findData(toId(kind)));
        typeText(named<QLineEdit>(dialog, "titleLineEdit"), title);
        person::typeInto(named<DateEdit>(dialog, "sentOnDateEdit"), formats::shortDate(sentOn));
        save(dialog);
        return dialog;
    }

    QString pdfText(const QByteArray& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        if (!writeFile(path, pdf)) {
            return {};
        }
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput())
            .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    }

    /// The Overview's rows' articles, worked out on its worker for Today.
    QStringList overviewArticles()
    {
        OverviewPage page;
        page.setClock([] { return Today; });
        page.setPractice(m_practice.get());
        page.show();
        if (!QTest::qWaitFor([&page]() { return !page.isWorking() && page.model()->rowCount() > 0; }, 60000)) {
            return {QStringLiteral("(the Overview did not finish)")};
        }
        QStringList articles;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            articles << page.model()->index(row, ObligationListModel::ArticleColumn).data().toString();
        }
        return articles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dutch = qEnvironmentVariable("MANDAAT_SCREENSHOT_LANG") == QLatin1String("nl");
        if (m_dutch) {
            QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
            installTranslations(*qApp, QLocale(QLocale::Dutch, QLocale::Belgium));
        }
        VaultError vaultError;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("t.mandaat")), passphrase(), &vaultError);
        QVERIFY2(m_vault, qPrintable(vaultError.message));
        // Set up before the practice opens: without the compliance guard OpenPractice installs, an
        // engagement can be active without its onboarding's evidence.
        auto setup = std::make_unique<Records>(*m_vault);
        Records& records = *setup;
        RecordError error;
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Annelies Claes");
        profile.complaintsBody = QStringLiteral("Klachtencommissie Mens(en)werk");
        QVERIFY(records.practice().saveProfile(profile, &error));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek BV");
        QVERIFY(records.principals().save(principal, &error));
        // A client system: its members consent each for themselves (CMI-8).
        Client client;
        client.kind = ClientKind::System;
        client.name = QStringLiteral("Team Finance");
        client.members = {ClientMember{0, QStringLiteral("Ann Peeters"), QStringLiteral("Team lead"), {}},
                          ClientMember{0, QStringLiteral("Bram Maes"), QStringLiteral("Controller"), {}}};
        QVERIFY2(records.clients().save(client, &error), qPrintable(error.message));
        m_memberBram = client.members.at(1).id;
        QVERIFY(m_memberBram > 0);
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.principalId = principal.id;
        engagement.kind = EngagementKind::CareerCoaching;
        engagement.title = QStringLiteral("Team coaching");
        engagement.pinnedCodes = {PinnedCode{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        QVERIFY2(records.engagements().save(engagement, &error), qPrintable(error.message));
        m_engagement = engagement.id;
        // Active without the onboarding's evidence: the Overview has other obligations,
        // overdue since the start, older than the complaint's.
        QVERIFY2(records.engagements().transition(
                     m_engagement, EngagementStatus::Onboarding, QDate(2026, 1, 5), {}, {}, &error),
                 qPrintable(error.message));
        QVERIFY2(records.engagements().transition(
                     m_engagement, EngagementStatus::Active, QDate(2026, 1, 12), {}, {}, &error),
                 qPrintable(error.message));
        setup.reset();
        m_practice = std::make_unique<OpenPractice>(*m_vault);
    }

    void cleanupTestCase()
    {
        m_practice.reset();
        if (m_vault) {
            m_vault->close();
        }
    }

    void overdueComplaintIsTheFirstRowOfTheOverview()
    {
        // CMI-17: received 29 days ago, acknowledged, not settled: one day past its four weeks.
        Complaint complaint;
        complaint.engagementId = m_engagement;
        complaint.receivedOn = Today.addDays(-29);
        complaint.summary = QStringLiteral("The report to the company was sent without my knowledge.");
        complaint.acknowledgedOn = Today.addDays(-27);
        complaint.status = ComplaintStatus::InProgress;
        RecordError error;
        QVERIFY2(records().compliance().save(complaint, &error), qPrintable(error.message));

        OverviewPage page;
        page.setClock([] { return Today; });
        page.setPractice(m_practice.get());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.isWorking(), 60000);
        shot(&page, QStringLiteral("overview-complaint"));

        const QAbstractItemModel* model = page.model();
        QVERIFY2(model->rowCount() > 1, "other obligations are listed too");
        const QModelIndex text = model->index(0, ObligationListModel::TextColumn);
        const QModelIndex article = model->index(0, ObligationListModel::ArticleColumn);
        const QModelIndex due = model->index(0, ObligationListModel::DueColumn);
        QVERIFY2(text.data().toString().contains(QStringLiteral("Team Finance (Team coaching)")),
                 qPrintable(text.data().toString()));
        QCOMPARE(article.data().toString(), QStringLiteral("CMI-17"));
        if (!m_dutch) {
            QVERIFY2(text.data().toString().contains(QStringLiteral("Settle the complaint within four weeks")),
                     qPrintable(text.data().toString()));
            // "%n day(s)": the English plural comes from mandaat_en.qm, which this test does not load.
            QVERIFY2(due.data().toString().startsWith(QStringLiteral("1 day")), qPrintable(due.data().toString()));
        }
        QCOMPARE(due.data(Qt::ToolTipRole).toString(), QLocale().toString(Today.addDays(-1), QLocale::LongFormat));
        // Overdue stands out: the warning icon and the date in red; a row not yet due has neither.
        const QImage warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16).toImage();
        QCOMPARE(text.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage(), warning);
        QCOMPARE(due.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        // It is first because it is an overdue complaint: others are overdue for longer.
        bool olderOverdue = false;
        for (int row = 1; row < model->rowCount(); ++row) {
            const QString other = model->index(row, ObligationListModel::ArticleColumn).data().toString();
            QVERIFY2(!other.contains(QStringLiteral("CMI-17")), qPrintable(other));
            const Obligation& obligation = page.model()->obligation(row);
            olderOverdue = olderOverdue || (obligation.dueOn.isValid() && obligation.dueOn < Today.addDays(-1));
        }
        QVERIFY(olderOverdue);
        // What the user sees in the table: the same row on top.
        auto* view = page.findChild<QTableView*>(QStringLiteral("obligationsTableView"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->indexAt(QPoint(5, 5)).row(), 0);
        // The counts per kind above the list, counted from the rows shown.
        int overdue = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Obligation& obligation = page.model()->obligation(row);
            overdue += obligation.dueOn.isValid() && obligation.dueOn < Today ? 1 : 0;
        }
        const QString summary = page.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        if (m_dutch) {
            QVERIFY2(summary.contains(QStringLiteral("%1 te laat").arg(overdue)), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("1 voor een klacht")), qPrintable(summary));
        } else {
            QVERIFY2(summary.contains(QStringLiteral("%1 overdue").arg(overdue)), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("1 for complaints")), qPrintable(summary));
        }

        // Settled: the obligation goes away.
        complaint.status = ComplaintStatus::Settled;
        complaint.settledOn = Today;
        complaint.outcome = QStringLiteral("Apologised; the company was told the report was withdrawn.");
        QVERIFY2(records().compliance().save(complaint, &error), qPrintable(error.message));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isWorking() &&
                                     !page.model()
                                          ->index(0, ObligationListModel::ArticleColumn)
                                          .data()
                                          .toString()
                                          .contains(QStringLiteral("CMI-17")),
                                 60000);
    }

    void consentThenReportThenWithdrawal()
    {
        RecordsPanel panel;
        panel.setPractice(m_practice.get());
        panel.showEngagement(m_engagement, false);
        panel.resize(1000, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int before = panel.model()->rowCount();
        QVERIFY(!named<QPushButton>(&panel, "withdrawConsentButton")->isEnabled());

        // Nothing consented yet: a progress report is refused, with the reason.
        QPointer<ReportDialog> refused =
            report(&panel, ReportKind::Progress, QStringLiteral("Voortgang februari"), QDate(2026, 2, 20));
        QVERIFY(refused && refused->isVisible());
        auto* reason = named<QLabel>(refused, "errorLabel");
        QVERIFY(reason->isVisible());
        if (!m_dutch) {
            QVERIFY2(
                reason->text().contains(QStringLiteral("No consent of the client was in force on 20 February 2026")),
                qPrintable(reason->text()));
        }
        refused->reject();

        // CMI-8: Bram consents to progress information going to the principal.
        click(named<QPushButton>(&panel, "consentButton"));
        QPointer<ConsentDialog> consent = waitForDialog<ConsentDialog>();
        QVERIFY(consent);
        auto* member = named<QComboBox>(consent, "memberComboBox");
        QVERIFY(member->isVisibleTo(consent));
        QCOMPARE(member->count(), 3); // the system as a whole, Ann, Bram
        choose(member, m_memberBram);
        choose(named<QComboBox>(consent, "scopeComboBox"), toId(ConsentScope::ProgressOnly));
        QVERIFY(!named<QPlainTextEdit>(consent, "listedReportsPlainTextEdit")->isEnabled());
        QVERIFY(!named<DateEdit>(consent, "withdrawnOnDateEdit")->isVisibleTo(consent));
        person::typeInto(named<DateEdit>(consent, "givenOnDateEdit"), formats::shortDate(QDate(2026, 3, 1)));
        shot(consent, QStringLiteral("consent"));
        save(consent);
        QTRY_VERIFY(!consent || !consent->isVisible());
        QList<Consent> consents = records().compliance().consentsFor(m_engagement);
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().memberId, m_memberBram);
        QCOMPARE(consents.first().scope, ConsentScope::ProgressOnly);
        QCOMPARE(consents.first().givenOn, QDate(2026, 3, 1));
        QTRY_COMPARE(panel.model()->rowCount(), before + 1);
        if (!m_dutch) {
            QVERIFY2(rows(&panel).contains(QStringLiteral("Consent | Progress only, for Bram Maes")),
                     qPrintable(rows(&panel).join(QLatin1Char('\n'))));
        }

        // A progress report within the consent is recorded.
        QPointer<ReportDialog> accepted =
            report(&panel, ReportKind::Progress, QStringLiteral("Voortgang maart"), QDate(2026, 3, 20));
        QTRY_VERIFY(!accepted || !accepted->isVisible());
        QCOMPARE(records().compliance().reportsFor(m_engagement).size(), 1);
        QCOMPARE(records().compliance().reportsFor(m_engagement).first().consentId, consents.first().id);
        QTRY_COMPARE(panel.model()->rowCount(), before + 2);

        // Test results are beyond it: refused, with the reason, and nothing recorded.
        QPointer<ReportDialog> beyond =
            report(&panel, ReportKind::Report, QStringLiteral("Testresultaten"), QDate(2026, 3, 25));
        QVERIFY(beyond && beyond->isVisible());
        QVERIFY(named<QLabel>(beyond, "errorLabel")->isVisible());
        if (!m_dutch) {
            QVERIFY2(named<QLabel>(beyond, "errorLabel")
                         ->text()
                         .contains(QStringLiteral("“Testresultaten” is beyond the client's consent, which covers "
                                                  "progress information only. (CMI-8")),
                     qPrintable(named<QLabel>(beyond, "errorLabel")->text()));
        }
        shot(beyond, QStringLiteral("report-refused"));
        beyond->reject();
        QCOMPARE(records().compliance().reportsFor(m_engagement).size(), 1);

        // Withdrawn on 1 April: select the consent in the list and withdraw it.
        const int consentRow =
            panel.model()->rowOf(ComplianceRecordListModel::RecordType::Consent, consents.first().id);
        QVERIFY(consentRow >= 0);
        panel.view()->selectRow(consentRow);
        auto* withdraw = named<QPushButton>(&panel, "withdrawConsentButton");
        QVERIFY(withdraw->isEnabled());
        click(withdraw);
        QPointer<ConsentDialog> withdrawal = waitForDialog<ConsentDialog>();
        QVERIFY(withdrawal && withdrawal->isWithdrawal());
        QVERIFY(!named<QComboBox>(withdrawal, "scopeComboBox")->isEnabled());
        auto* withdrawnOn = named<DateEdit>(withdrawal, "withdrawnOnDateEdit");
        QVERIFY(withdrawnOn->isVisibleTo(withdrawal) && withdrawnOn->isEnabled());
        person::typeInto(withdrawnOn, formats::shortDate(QDate(2026, 4, 1)));
        shot(withdrawal, QStringLiteral("consent-withdrawal"));
        save(withdrawal);
        QTRY_VERIFY(!withdrawal || !withdrawal->isVisible());
        consents = records().compliance().consentsFor(m_engagement);
        QCOMPARE(consents.first().withdrawnOn, QDate(2026, 4, 1));
        QCOMPARE(consents.first().scope, ConsentScope::ProgressOnly); // the rest as it was given
        if (!m_dutch) {
            const QString withdrawn = QStringLiteral("Consent | Progress only, for Bram Maes (withdrawn %1)")
                                          .arg(formats::shortDate(QDate(2026, 4, 1)));
            QTRY_VERIFY2(rows(&panel).contains(withdrawn), qPrintable(rows(&panel).join(QLatin1Char('\n'))));
        }
        QTRY_VERIFY(!withdraw->isEnabled()); // withdrawn once: the list shows it so

        // After the withdrawal even progress is refused, with the reason.
        QPointer<ReportDialog> after =
            report(&panel, ReportKind::Progress, QStringLiteral("Voortgang april"), QDate(2026, 4, 15));
        QVERIFY(after && after->isVisible());
        if (!m_dutch) {
            QVERIFY2(named<QLabel>(after, "errorLabel")
                         ->text()
                         .contains(QStringLiteral("No consent of the client was in force on 15 April 2026")),
                     qPrintable(named<QLabel>(after, "errorLabel")->text()));
        }
        after->reject();
        QCOMPARE(records().compliance().reportsFor(m_engagement).size(), 1);
        shot(&panel, QStringLiteral("records-tab"));
    }

    void referral()
    {
        RecordsPanel panel;
        panel.setPractice(m_practice.get());
        panel.showEngagement(m_engagement, false);
        panel.resize(1000, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int before = panel.model()->rowCount();

        click(named<QPushButton>(&panel, "referralButton"));
        QPointer<ReferralDialog> dialog = waitForDialog<ReferralDialog>();
        QVERIFY(dialog);
        typeText(named<QLineEdit>(dialog, "referredToLineEdit"), QStringLiteral("Praktijk Jansen"));
        typeText(named<QPlainTextEdit>(dialog, "reasonPlainTextEdit"), QStringLiteral("Burn-out complaints"));
        person::typeInto(named<DateEdit>(dialog, "referredOnDateEdit"), formats::shortDate(QDate(2026, 5, 4)));
        // CMI-11 names the discipline: refused without it, in place, and nothing recorded.
        save(dialog);
        QVERIFY(dialog->isVisible());
        if (!m_dutch) {
            bool explained = false;
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                explained = explained ||
                    (label->isVisible() &&
                     label->text().contains(QStringLiteral("Enter the discipline the client is referred to.")));
            }
            QVERIFY(explained);
        }
        QCOMPARE(records().compliance().referralsFor(m_engagement).size(), 0);
        typeText(named<QLineEdit>(dialog, "disciplineLineEdit"), QStringLiteral("Psychotherapy"));
        shot(dialog, QStringLiteral("referral"));
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        const QList<Referral> referrals = records().compliance().referralsFor(m_engagement);
        QCOMPARE(referrals.size(), 1);
        QCOMPARE(referrals.first().referredTo, QStringLiteral("Praktijk Jansen"));
        QCOMPARE(referrals.first().discipline, QStringLiteral("Psychotherapy"));
        QCOMPARE(referrals.first().reason, QStringLiteral("Burn-out complaints"));
        QCOMPARE(referrals.first().referredOn, QDate(2026, 5, 4));
        QTRY_COMPARE(panel.model()->rowCount(), before + 1);
        if (!m_dutch) {
            QVERIFY2(
                rows(&panel).contains(QStringLiteral("Referral | Praktijk Jansen, Psychotherapy: Burn-out complaints")),
                qPrintable(rows(&panel).join(QLatin1Char('\n'))));
        }

        // ICF-3.8: the benefit to the consultant, told to the client later: a double-click on
        // the referral's row opens it as it was, to complete it; nothing else changes.
        auto* view = panel.findChild<QTableView*>();
        QVERIFY(view);
        const QModelIndex row =
            person::rowShowing(view,
                               m_dutch ? QStringLiteral("Doorverwijzing") : QStringLiteral("Referral"),
                               ComplianceRecordListModel::KindColumn);
        QVERIFY(person::clickItem(view, row, true));
        QPointer<ReferralDialog> completing = waitForDialog<ReferralDialog>();
        QVERIFY(completing);
        QCOMPARE(named<QLineEdit>(completing, "referredToLineEdit")->text(), QStringLiteral("Praktijk Jansen"));
        QCOMPARE(named<DateEdit>(completing, "referredOnDateEdit")->date(), QDate(2026, 5, 4));
        QVERIFY(!named<DateEdit>(completing, "benefitDisclosedOnDateEdit")->date().isValid());
        // A disclosure day without the benefit is refused in place.
        person::typeInto(named<DateEdit>(completing, "benefitDisclosedOnDateEdit"),
                         formats::shortDate(QDate(2026, 5, 6)));
        save(completing);
        QVERIFY(completing->isVisible());
        QVERIFY(records().compliance().referralsFor(m_engagement).first().benefitDisclosedOn.isNull());
        typeText(named<QLineEdit>(completing, "benefitLineEdit"), QStringLiteral("A book voucher"));
        shot(completing, QStringLiteral("referral-benefit"));
        save(completing);
        QTRY_VERIFY(!completing || !completing->isVisible());
        const QList<Referral> completed = records().compliance().referralsFor(m_engagement);
        QCOMPARE(completed.size(), 1);
        QCOMPARE(completed.first().id, referrals.first().id);
        QCOMPARE(completed.first().benefit, QStringLiteral("A book voucher"));
        QCOMPARE(completed.first().benefitDisclosedOn, QDate(2026, 5, 6));
        QCOMPARE(completed.first().reason, QStringLiteral("Burn-out complaints"));
        if (!m_dutch) {
            QTRY_VERIFY2(
                rows(&panel).contains(
                    QStringLiteral(
                        "Referral | Praktijk Jansen, Psychotherapy: Burn-out complaints (benefit to you: A book "
                        "voucher, disclosed %1)")
                        .arg(formats::shortDate(QDate(2026, 5, 6)))),
                qPrintable(rows(&panel).join(QLatin1Char('\n'))));
        }
    }

    // ICF-2.3, the disclosure log: recorded from the Records tab with the mouse and keyboard;
    // told and not told at once is refused in place; the row reads back as typed.
    void disclosure()
    {
        RecordsPanel panel;
        panel.setPractice(m_practice.get());
        panel.showEngagement(m_engagement, false);
        panel.resize(1000, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        click(named<QPushButton>(&panel, "disclosureButton"));
        QPointer<DisclosureDialog> dialog = waitForDialog<DisclosureDialog>();
        QVERIFY(dialog);
        person::typeInto(named<DateEdit>(dialog, "disclosedOnDateEdit"), formats::shortDate(QDate(2026, 5, 10)));
        typeText(named<QLineEdit>(dialog, "disclosedToLineEdit"), QStringLiteral("Arbeidsauditoraat Gent"));
        choose(named<QComboBox>(dialog, "groundComboBox"), QStringLiteral("legal_duty"));
        typeText(named<QPlainTextEdit>(dialog, "whatPlainTextEdit"), QStringLiteral("The dates of the sessions"));
        person::typeInto(named<DateEdit>(dialog, "clientToldOnDateEdit"), formats::shortDate(QDate(2026, 5, 11)));
        typeText(named<QPlainTextEdit>(dialog, "notToldWhyPlainTextEdit"), QStringLiteral("Asked not to"));
        save(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(records().compliance().disclosuresFor(m_engagement).isEmpty());
        if (!m_dutch) {
            bool explained = false;
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                explained = explained ||
                    (label->isVisible() &&
                     label->text().contains(QStringLiteral("leave the reason for not telling them empty")));
            }
            QVERIFY(explained);
        }
        auto* why = named<QPlainTextEdit>(dialog, "notToldWhyPlainTextEdit");
        person::click(why);
        QTest::keyClick(why, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(why, Qt::Key_Delete);
        QVERIFY(why->toPlainText().isEmpty());
        shot(dialog, QStringLiteral("disclosure"));
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        const QList<Disclosure> stored = records().compliance().disclosuresFor(m_engagement);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().disclosedOn, QDate(2026, 5, 10));
        QCOMPARE(stored.first().disclosedTo, QStringLiteral("Arbeidsauditoraat Gent"));
        QCOMPARE(stored.first().ground, DisclosureGround::LegalDuty);
        QCOMPARE(stored.first().what, QStringLiteral("The dates of the sessions"));
        QCOMPARE(stored.first().clientToldOn, QDate(2026, 5, 11));
        QVERIFY(stored.first().notToldWhy.isEmpty());
        const QString row = m_dutch
            ? QStringLiteral("Bekendmaking | Aan Arbeidsauditoraat Gent (een wettelijke plicht), cliënt ingelicht %1: "
                             "The dates of the sessions")
            : QStringLiteral("Disclosure | To Arbeidsauditoraat Gent (a legal duty), client told %1: The dates of "
                             "the sessions");
        QTRY_VERIFY2(rows(&panel).contains(row.arg(formats::shortDate(QDate(2026, 5, 11)))),
                     qPrintable(rows(&panel).join(QLatin1Char('\n'))));
    }

    // Evidence Mandaat wrote itself is told in the reader's language, whichever language wrote
    // it: a row stored in English by an older Mandaat (or a CLI that spoke English) and a row
    // stored as a phrase both read in Dutch in the Records tab (issue 17, item 5).
    void evidenceIsToldInTheReadersLanguage()
    {
        RecordError error;
        Evidence older;
        older.engagementId = m_engagement;
        older.articleId = QStringLiteral("CMI-5");
        older.topic = evidence::confirmationAccepted();
        older.party = Party::Client;
        older.occurredOn = QDate(2026, 1, 9);
        older.channel = Channel::Email;
        older.text = QStringLiteral("Confirmation accepted by e-mail.");
        QVERIFY2(records().compliance().save(older, &error), qPrintable(error.message));
        Evidence phrase = older;
        phrase.id = 0;
        phrase.topic = evidence::confirmationIssued();
        phrase.party = Party::AllParties;
        phrase.occurredOn = QDate(2026, 1, 8);
        phrase.text = Phrase::store("evidence.confirmation.issued", {QStringLiteral("c0ffee")});
        QVERIFY2(records().compliance().save(phrase, &error), qPrintable(error.message));

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        installTranslations(*qApp, QLocale(QLocale::Dutch, QLocale::Belgium));
        RecordsPanel panel;
        panel.setPractice(m_practice.get());
        panel.showEngagement(m_engagement, false);
        panel.resize(1000, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(rows(&panel).size() > 1);
        const QString shown = rows(&panel).join(QLatin1Char('\n'));
        shot(&panel, QStringLiteral("records-evidence"));
        QLocale::setDefault(before);
        installTranslations(*qApp, before);
        QVERIFY2(shown.contains(QStringLiteral("Opdrachtbevestiging per e-mail aanvaard.")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Opdrachtbevestiging uitgegeven (SHA-256 c0ffee).")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Confirmation accepted")) && !shown.contains(QStringLiteral("phrase")),
                 qPrintable(shown));
    }

    // ICF-2.5 through the real widgets: a tool added to the technology register on the profile's
    // Technology tab, then chosen in the engagement's Records tab with the day the client agreed;
    // what the vault holds afterwards is what was typed.
    void technologyRegisterAndToolUse()
    {
        ProfileDialog profile(m_practice.get());
        profile.resize(900, 760);
        profile.open();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        person::showTab(named<QTabWidget>(&profile, "tabWidget"), named<QWidget>(&profile, "technologyTab"));
        // The editor's own fields: the other tabs have an addButton and a tableWidget too.
        QWidget* editor = named<QWidget>(&profile, "toolsEditor");
        QTRY_VERIFY(editor->isVisible());
        person::typeInto(named<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Otter Notes"));
        person::typeInto(named<QLineEdit>(editor, "purposeLineEdit"), QStringLiteral("Transcribing sessions"));
        person::typeInto(named<QLineEdit>(editor, "dataLocationLineEdit"), QStringLiteral("EU (Dublin)"));
        person::click(named<QCheckBox>(editor, "aiCheckBox"));
        QVERIFY(named<QCheckBox>(editor, "aiCheckBox")->isChecked());
        // A review dated tomorrow is refused where it was typed; today's is kept.
        auto* reviewed = named<DateEdit>(editor, "reviewedOnDateEdit");
        person::typeInto(reviewed, formats::shortDate(QDate::currentDate().addDays(1)));
        QTest::keyClick(person::keyTarget(reviewed), Qt::Key_Tab);
        QVERIFY(!reviewed->refusal().isEmpty());
        QVERIFY(!reviewed->date().isValid());
        QCOMPARE(named<QTableWidget>(editor, "tableWidget")->rowCount(), 0);
        person::typeInto(reviewed, formats::shortDate(QDate::currentDate()));
        click(named<QPushButton>(editor, "addButton"));
        QCOMPARE(named<QTableWidget>(editor, "tableWidget")->rowCount(), 1);
        QVERIFY(named<QLineEdit>(editor, "nameLineEdit")->text().isEmpty());
        QVERIFY(records().practice().tools().isEmpty()); // kept until the profile is saved
        shot(&profile, QStringLiteral("technology-register"));
        save(&profile);
        QTRY_VERIFY(!profile.isVisible());
        const QList<TechnologyTool> tools = records().practice().tools();
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.first().name, QStringLiteral("Otter Notes"));
        QCOMPARE(tools.first().purpose, QStringLiteral("Transcribing sessions"));
        QCOMPARE(tools.first().dataLocation, QStringLiteral("EU (Dublin)"));
        QVERIFY(tools.first().ai);
        QVERIFY(!tools.first().processorAgreement);
        QCOMPARE(tools.first().reviewedOn, QDate::currentDate());

        // Again: a second tool added, the first one's purpose changed, the second one retired.
        qint64 retiredId = 0;
        {
            ProfileDialog again(m_practice.get());
            again.resize(900, 760);
            again.open();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            person::showTab(named<QTabWidget>(&again, "tabWidget"), named<QWidget>(&again, "technologyTab"));
            QWidget* tab = named<QWidget>(&again, "toolsEditor");
            QTRY_VERIFY(tab->isVisible());
            auto* table = named<QTableWidget>(tab, "tableWidget");
            QCOMPARE(table->rowCount(), 1);
            person::typeInto(named<QLineEdit>(tab, "nameLineEdit"), QStringLiteral("Old Drive"));
            person::typeInto(named<QLineEdit>(tab, "purposeLineEdit"), QStringLiteral("Files"));
            person::typeInto(named<QLineEdit>(tab, "dataLocationLineEdit"), QStringLiteral("US"));
            person::click(named<QCheckBox>(tab, "processorAgreementCheckBox"));
            click(named<QPushButton>(tab, "addButton"));
            QCOMPARE(table->rowCount(), 2);
            QVERIFY(person::clickItem(table, person::rowShowing(table, QStringLiteral("Otter Notes"))));
            QCOMPARE(named<QLineEdit>(tab, "nameLineEdit")->text(), QStringLiteral("Otter Notes"));
            person::typeInto(named<QLineEdit>(tab, "purposeLineEdit"), QStringLiteral("Transcribing and summarising"));
            click(named<QPushButton>(tab, "changeButton"));
            QVERIFY(person::clickItem(table, person::rowShowing(table, QStringLiteral("Old Drive"))));
            click(named<QPushButton>(tab, "retireButton"));
            QVERIFY(!named<QPushButton>(tab, "retireButton")->isEnabled());
            save(&again);
            QTRY_VERIFY(!again.isVisible());
        }
        const QList<TechnologyTool> changed = records().practice().tools();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).id, tools.first().id);
        QCOMPARE(changed.at(0).purpose, QStringLiteral("Transcribing and summarising"));
        QVERIFY(!changed.at(0).isRetired());
        QCOMPARE(changed.at(1).name, QStringLiteral("Old Drive"));
        QVERIFY(changed.at(1).processorAgreement && !changed.at(1).ai);
        QCOMPARE(changed.at(1).retiredOn, QDate::currentDate());
        retiredId = changed.at(1).id;

        RecordsPanel panel;
        panel.setPractice(m_practice.get());
        panel.showEngagement(m_engagement, false);
        panel.resize(1000, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        click(named<QPushButton>(&panel, "toolsButton"));
        QPointer<ToolUseDialog> dialog = waitForDialog<ToolUseDialog>();
        QVERIFY(dialog);
        // A retired tool is not offered for a new use.
        QCOMPARE(named<QComboBox>(dialog, "toolComboBox")->findData(retiredId), -1);
        choose(named<QComboBox>(dialog, "toolComboBox"), tools.first().id);
        const QDate agreed = QDate::currentDate().addDays(-2);
        person::typeInto(named<DateEdit>(dialog, "clientAgreedOnDateEdit"), formats::shortDate(agreed));
        shot(dialog, QStringLiteral("tool-use"));
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const QList<ToolUse> uses = records().compliance().toolUsesFor(m_engagement);
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().toolId, tools.first().id);
        QCOMPARE(uses.first().clientAgreedOn, agreed);
        QVERIFY(!uses.first().principalAgreedOn.isValid());
        const QString row = m_dutch ? QStringLiteral("Hulpmiddel met cliëntgegevens | Otter Notes "
                                                     "(gebruikt AI): door de cliënt aanvaard op %1")
                                    : QStringLiteral("Tool with client data | Otter Notes (uses AI): agreed "
                                                     "by the client %1");
        QTRY_VERIFY2(rows(&panel).contains(row.arg(formats::shortDate(agreed))),
                     qPrintable(rows(&panel).join(QLatin1Char('\n'))));

        // Double-clicked, its agreements are completed: the principal agreed yesterday.
        auto* view = panel.view();
        const int listed = panel.model()->rowOf(ComplianceRecordListModel::RecordType::ToolUse, uses.first().id);
        QVERIFY(listed >= 0);
        QVERIFY(person::clickItem(view, view->model()->index(listed, ComplianceRecordListModel::WhatColumn), true));
        dialog = waitForDialog<ToolUseDialog>();
        QVERIFY(dialog);
        QVERIFY(!named<QComboBox>(dialog, "toolComboBox")->isEnabled());
        person::typeInto(named<DateEdit>(dialog, "principalAgreedOnDateEdit"),
                         formats::shortDate(QDate::currentDate().addDays(-1)));
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(records().compliance().toolUse(uses.first().id)->principalAgreedOn, QDate::currentDate().addDays(-1));
        QCOMPARE(records().compliance().toolUse(uses.first().id)->clientAgreedOn, agreed);
    }

    void complaintRecordedAcknowledgedHandledAndClosed()
    {
        QVERIFY(!overviewArticles().join(QLatin1Char(' ')).contains(QStringLiteral("CMI-17")));
        ComplaintDialog dialog(m_practice.get(), m_engagement);
        ComplaintForm* form = dialog.form();
        form->setLetterDate(Today);
        dialog.resize(620, 720);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!named<QComboBox>(form, "engagementComboBox")->isEnabled()); // about this engagement
        person::typeInto(named<DateEdit>(form, "receivedDateEdit"), formats::shortDate(Today.addDays(-3)));
        if (!m_dutch) {
            QVERIFY2(named<QLabel>(form, "dueLabel")->text().contains(QStringLiteral("6 June 2026")),
                     qPrintable(named<QLabel>(form, "dueLabel")->text()));
        }
        // CMI-17: the external complaints body of the profile, by name.
        QVERIFY(named<QCheckBox>(form, "advisoryBoardCheckBox")
                    ->text()
                    .contains(QStringLiteral("Klachtencommissie Mens(en)werk")));
        typeText(named<QPlainTextEdit>(form, "summaryPlainTextEdit"),
                 QStringLiteral("The progress report named my sick leave."));
        click(named<QPushButton>(form, "saveButton"));
        const qint64 id = form->recordId();
        QVERIFY(id > 0);
        std::optional<Complaint> stored = records().compliance().complaint(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, ComplaintStatus::Received);
        QCOMPARE(stored->receivedOn, Today.addDays(-3));
        QVERIFY(overviewArticles().contains(QStringLiteral("CMI-17"))); // to acknowledge, to settle
        shot(&dialog, QStringLiteral("complaint"));

        // The written acknowledgement: printed, stored with the engagement, offered to save.
        click(named<QPushButton>(form, "acknowledgeButton"));
        QPointer<QFileDialog> saveAs = waitForDialog<QFileDialog>();
        QVERIFY(saveAs);
        saveAs->reject();
        stored = records().compliance().complaint(id);
        QCOMPARE(stored->status, ComplaintStatus::Acknowledged);
        QCOMPARE(stored->acknowledgedOn, Today);
        QVERIFY(stored->acknowledgementAttachmentId > 0);
        QCOMPARE(records().letters().lettersFor(m_engagement, LetterKind::ComplaintAcknowledgement).size(), 1);
        QCOMPARE(named<DateEdit>(form, "acknowledgedDateEdit")->date(), Today);
        const QString letter = pdfText(form->acknowledgementPdf());
        QVERIFY2(letter.contains(QStringLiteral("The progress report named my sick leave.")), qPrintable(letter));

        // Handled: in progress, through the external complaints body, with notes of what was done.
        const QString handling = QStringLiteral("Called the client on Monday; asked the company to delete the report.");
        auto* status = named<QComboBox>(form, "statusComboBox");
        choose(status, toId(ComplaintStatus::InProgress));
        named<QCheckBox>(form, "advisoryBoardCheckBox")->setChecked(true);
        typeText(named<QPlainTextEdit>(form, "handlingPlainTextEdit"), handling);
        click(named<QPushButton>(form, "saveButton"));
        stored = records().compliance().complaint(id);
        QCOMPARE(stored->status, ComplaintStatus::InProgress);
        QVERIFY(stored->advisoryBoardInvolved);
        QCOMPARE(stored->handlingNotes, handling);
        // The audit log names the complaint, never what was done.
        for (const AuditEntry& entry : records().audit().entries(m_engagement)) {
            QVERIFY2(!entry.summary.contains(QStringLiteral("Called the client")), qPrintable(entry.summary));
        }

        // Closed without an outcome: refused in place, nothing changes.
        choose(status, toId(ComplaintStatus::Settled));
        person::typeInto(named<DateEdit>(form, "settledDateEdit"), formats::shortDate(Today));
        click(named<QPushButton>(form, "saveButton"));
        QCOMPARE(records().compliance().complaint(id)->status, ComplaintStatus::InProgress);
        if (!m_dutch) {
            bool explained = false;
            for (const QLabel* label : form->findChildren<QLabel*>()) {
                explained = explained ||
                    (label->isVisible() &&
                     label->text().contains(QStringLiteral("Describe how the complaint was settled.")));
            }
            QVERIFY(explained);
        }
        typeText(named<QPlainTextEdit>(form, "outcomePlainTextEdit"),
                 QStringLiteral("The report was corrected and sent again; the client accepted."));
        shot(&dialog, QStringLiteral("complaint-settled"));
        click(named<QPushButton>(form, "saveButton"));
        stored = records().compliance().complaint(id);
        QCOMPARE(stored->status, ComplaintStatus::Settled);
        QCOMPARE(stored->settledOn, Today);
        QCOMPARE(stored->outcome, QStringLiteral("The report was corrected and sent again; the client accepted."));
        QCOMPARE(stored->handlingNotes, handling);
        dialog.close();

        // Opened again from the engagement: the handling notes are there.
        ComplaintDialog reopened(m_practice.get(), m_engagement, id);
        reopened.open();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(named<QPlainTextEdit>(reopened.form(), "handlingPlainTextEdit")->toPlainText(), handling);
        QCOMPARE(named<QPlainTextEdit>(reopened.form(), "outcomePlainTextEdit")->toPlainText(),
                 QStringLiteral("The report was corrected and sent again; the client accepted."));
        reopened.close();

        // Settled within four weeks: the Overview has nothing left of it.
        const QStringList articles = overviewArticles();
        QVERIFY(!articles.isEmpty());
        QVERIFY2(!articles.join(QLatin1Char(' ')).contains(QStringLiteral("CMI-17")),
                 qPrintable(articles.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(RunningEngagementTest)
#include "RunningEngagementTest.moc"
