// The termination wizard driven through its real pages (JOURNEY.md, step 13): ending a career
// coaching for obstruction is refused, with the reason, until a written warning is issued
// through the warning dialog (CMI-12); then it goes through, with the retention dates from the
// practice policy, and the stored termination letter names the reason and the date. A wizard
// closed half-way changes nothing. The complaint dialog records a complaint and prints its
// acknowledgement (CMI-17).
#include "TestSupport.h"

#include "complaints/ComplaintDialog.h"
#include "compliance/ComplianceGuard.h"
#include "engagements/WarningDialog.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"
#include "wizards/termination/TerminationWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

const QDate Today(2026, 5, 12);

} // namespace

class TerminationWizardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Records> m_records;
    QDateTime m_now{Today, QTime(9, 0), Qt::UTC};
    qint64 m_engagement = 0;

    Records& records() { return *m_records; }

    template <typename T>
    static T* find(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qWarning("no %s", name);
        }
        return widget;
    }

    static void choose(QComboBox* combo, int data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    static void type(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
    }

    static QString message(QWizard& wizard)
    {
        auto* label = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }

    static void shot(QWidget& widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MANDAAT_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QApplication::processEvents();
            widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

    static bool next(QWizard& wizard, int expected)
    {
        QAbstractButton* button = wizard.button(QWizard::NextButton);
        if (!button->isEnabled()) {
            qWarning("Next is disabled on page %d: %s", wizard.currentId(), qPrintable(message(wizard)));
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        if (wizard.currentId() != expected) {
            qWarning("still on page %d: %s", wizard.currentId(), qPrintable(message(wizard)));
            return false;
        }
        return true;
    }

    QString pdfText(const QByteArray& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        if (!test::writeFile(path, pdf)) {
            return {};
        }
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput())
            .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    }

    /// Opens the wizard and chooses "early termination: obstruction" with a referral.
    std::unique_ptr<TerminationWizard> openForObstruction()
    {
        auto wizard = std::make_unique<TerminationWizard>(records(), m_engagement);
        wizard->setToday(Today);
        wizard->show();
        QWidget* page = wizard->currentPage();
        choose(find<QComboBox>(page, "reasonComboBox"), static_cast<int>(EndReason::EarlyObstruction));
        choose(find<QComboBox>(page, "referralComboBox"), static_cast<int>(ReferralAnswer::Referred));
        type(find<QLineEdit>(page, "referralDisciplineLineEdit"), QStringLiteral("Psychotherapy"));
        type(find<QLineEdit>(page, "referredToLineEdit"), QStringLiteral("Praktijk Jansen"));
        type(find<QLineEdit>(page, "referralExplanationLineEdit"), QStringLiteral("Burn-out complaints"));
        type(find<QPlainTextEdit>(page, "notePlainTextEdit"), QStringLiteral("Referred to a therapist."));
        return wizard;
    }

    Engagement engagement() { return *records().engagements().engagement(m_engagement); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultError vaultError;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("t.mandaat")), test::passphrase(), &vaultError);
        QVERIFY2(m_vault, qPrintable(vaultError.message));
        m_records = std::make_unique<Records>(*m_vault);
        m_records->setClock([this] {
            m_now = m_now.addSecs(1);
            return m_now;
        });
        RecordError error;
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Pieter de Vries");
        profile.complaintsBody = QStringLiteral("Geschillencommissie Noloc");
        QVERIFY(records().practice().saveProfile(profile, &error));
        PracticePolicy policy = records().practice().policy();
        policy.dossierRetentionMonths = 24;
        policy.financialRetentionYears = 7;
        QVERIFY(records().practice().savePolicy(policy, &error));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek BV");
        QVERIFY(records().principals().save(principal, &error));
        Client client;
        client.name = QStringLiteral("Sander Bos");
        QVERIFY(records().clients().save(client, &error));
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.principalId = principal.id;
        engagement.kind = EngagementKind::CareerCoaching;
        engagement.title = QStringLiteral("Career coaching Sander");
        engagement.letterLanguage = Language::English;
        engagement.pinnedCodes = {PinnedCode{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        QVERIFY2(records().engagements().save(engagement, &error), qPrintable(error.message));
        m_engagement = engagement.id;
        // Started without the onboarding evidence; the rules guard the end from here on.
        QVERIFY2(records().engagements().transition(
                     m_engagement, EngagementStatus::Onboarding, QDate(2026, 1, 5), {}, {}, &error),
                 qPrintable(error.message));
        QVERIFY2(records().engagements().transition(
                     m_engagement, EngagementStatus::Active, QDate(2026, 1, 12), {}, {}, &error),
                 qPrintable(error.message));
        ComplianceGuard::install(records());
    }

    void cleanupTestCase()
    {
        m_records.reset();
        if (m_vault) {
            m_vault->close();
        }
    }

    void obstructionWithoutWarningIsRefused()
    {
        auto wizard = openForObstruction();
        const QString refusal = message(*wizard);
        QVERIFY2(refusal.contains(QStringLiteral("CMI-12")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("in writing")), qPrintable(refusal));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        shot(*wizard, QStringLiteral("termination-refused"));
        // Forcing it past the page is refused by the guard as well, and changes nothing.
        QString before = message(*wizard);
        wizard->accept();
        QVERIFY(wizard->isVisible());
        QCOMPARE(engagement().status, EngagementStatus::Active);
        QVERIFY(message(*wizard).contains(QStringLiteral("CMI-12")));
        Q_UNUSED(before)
    }

    void warningThenTheWizardGoesThrough()
    {
        auto wizard = openForObstruction();
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // CMI-12: the written warning, through the real dialog.
        WarningDialog dialog(records(), m_engagement);
        dialog.setDate(QDate(2026, 4, 7));
        dialog.open();
        QVERIFY(!find<QPushButton>(&dialog, "issuePushButton")->isEnabled());
        type(find<QPlainTextEdit>(&dialog, "reasonPlainTextEdit"),
             QStringLiteral("Three appointments in a row cancelled without a new date."));
        QSignalSpy issued(&dialog, &WarningDialog::issued);
        QTest::mouseClick(find<QPushButton>(&dialog, "issuePushButton"), Qt::LeftButton);
        QCOMPARE(issued.size(), 1);
        QVERIFY(find<QPushButton>(&dialog, "savePdfPushButton")->isEnabled());
        shot(dialog, QStringLiteral("written-warning"));
        const QString warningText = pdfText(dialog.pdf());
        QVERIFY2(warningText.contains(QStringLiteral("Three appointments in a row cancelled")),
                 qPrintable(warningText));
        QCOMPARE(records().compliance().warningsFor(m_engagement).size(), 1);
        dialog.close();

        // The open wizard sees the warning at once.
        QVERIFY2(message(*wizard).isEmpty(), qPrintable(message(*wizard)));
        shot(*wizard, QStringLiteral("termination-reason"));
        QVERIFY(next(*wizard, TerminationWizard::FinalReportPageId));
        shot(*wizard, QStringLiteral("termination-report"));
        QVERIFY(next(*wizard, TerminationWizard::LetterPageId));
        shot(*wizard, QStringLiteral("termination-letter"));
        QVERIFY(next(*wizard, TerminationWizard::RetentionPageId));
        // The practice policy's defaults, counted from the end date.
        QCOMPARE(find<QDateEdit>(wizard->currentPage(), "dossierDateEdit")->date(), Today.addMonths(24));
        QCOMPARE(find<QDateEdit>(wizard->currentPage(), "financialDateEdit")->date(), Today.addYears(7));
        shot(*wizard, QStringLiteral("termination-retention"));
        QVERIFY(next(*wizard, TerminationWizard::ExportPageId));
        shot(*wizard, QStringLiteral("termination-export"));

        // Closed half-way (on the last page): nothing changes.
        wizard->reject();
        QCOMPARE(engagement().status, EngagementStatus::Active);
        QCOMPARE(records().letters().lettersFor(m_engagement, LetterKind::Termination).size(), 0);
        QCOMPARE(records().compliance().referralsFor(m_engagement).size(), 0);

        // Again, to the end.
        wizard = openForObstruction();
        QVERIFY(next(*wizard, TerminationWizard::FinalReportPageId));
        QVERIFY(next(*wizard, TerminationWizard::LetterPageId));
        QVERIFY(next(*wizard, TerminationWizard::RetentionPageId));
        QVERIFY(next(*wizard, TerminationWizard::ExportPageId));
        QSignalSpy exportRequested(wizard.get(), &TerminationWizard::exportRequested);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY2(!wizard->isVisible(), qPrintable(message(*wizard)));
        QCOMPARE(exportRequested.size(), 1);

        const Engagement ended = engagement();
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.endReason, std::optional<EndReason>(EndReason::EarlyObstruction));
        QCOMPARE(ended.endedOn, Today);
        QCOMPARE(ended.dossierRetentionUntil, Today.addMonths(24));
        QCOMPARE(ended.financialRetentionUntil, Today.addYears(7));
        QCOMPARE(records().compliance().referralsFor(m_engagement).size(), 1);

        const QList<IssuedLetter> letters = records().letters().lettersFor(m_engagement, LetterKind::Termination);
        QCOMPARE(letters.size(), 1);
        const auto attachment = records().attachments().attachment(letters.first().attachmentId);
        QVERIFY(attachment);
        const QString text = pdfText(attachment->content);
        for (const QString& part : {QStringLiteral("ends on 12 May 2026"),
                                    QStringLiteral("the agreed work was obstructed, also after a written warning"),
                                    QStringLiteral("Referred to a therapist.")}) {
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n") + text));
        }
    }

    void complaintIsRecordedAndAcknowledged()
    {
        ComplaintDialog dialog(records(), m_engagement);
        dialog.setLetterDate(QDate(2026, 5, 13));
        dialog.open();
        find<QDateEdit>(&dialog, "receivedOnDateEdit")->setDate(QDate(2026, 5, 11));
        QVERIFY(find<QLabel>(&dialog, "dueLabel")->text().contains(QStringLiteral("8 June 2026")));
        type(find<QPlainTextEdit>(&dialog, "summaryPlainTextEdit"), QStringLiteral("The report misquoted me."));
        QTest::mouseClick(find<QPushButton>(&dialog, "savePushButton"), Qt::LeftButton);
        QVERIFY(dialog.complaint().id > 0);
        QCOMPARE(dialog.complaint().status, ComplaintStatus::Received);
        shot(dialog, QStringLiteral("complaint"));

        QVERIFY(dialog.printAcknowledgement());
        const auto stored = records().compliance().complaint(dialog.complaint().id);
        QVERIFY(stored);
        QCOMPARE(stored->status, ComplaintStatus::Acknowledged);
        QCOMPARE(stored->acknowledgedOn, QDate(2026, 5, 13));
        QVERIFY(stored->acknowledgementAttachmentId > 0);
        QCOMPARE(records().letters().lettersFor(m_engagement, LetterKind::ComplaintAcknowledgement).size(), 1);
        const QString text = pdfText(dialog.acknowledgementPdf());
        QVERIFY2(text.contains(QStringLiteral("The report misquoted me.")), qPrintable(text));
        QVERIFY(find<QLabel>(&dialog, "acknowledgedLabel")->text().contains(QStringLiteral("13 May 2026")));
        shot(dialog, QStringLiteral("complaint-acknowledged"));
    }
};

QTEST_MAIN(TerminationWizardTest)
#include "TerminationWizardTest.moc"
