// The termination wizard driven through its real pages (docs/journey.md, step 13): ending a career
// coaching for obstruction is refused, with the reason, until a written warning is issued
// through the warning dialog (CMI-12); then it goes through, with the retention dates from the
// practice policy, and the stored termination letter names the reason and the date. A wizard
// closed half-way changes nothing. (The complaints register, CMI-17: RunningEngagementTest.)
#include "CliRunner.h"
#include "TestSupport.h"

#include "common/Formats.h"
#include "common/forms/DateEdit.h"
#include "compliance/ComplianceGuard.h"
#include "compliance/EvidenceTopics.h"
#include "engagements/WarningDialog.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "vault/Vault.h"
#include "wizards/termination/TerminationWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
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
    qint64 m_conflicted = 0; // MW-5.3
    qint64 m_interrupted = 0; // CMI-10
    qint64 m_twinByWizard = 0; // ended by the wizard and by mandaat-cli end, with one plan
    qint64 m_twinByCli = 0;

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
        // ICF-3.8: the benefit to the consultant; its disclosure day shows once it is typed.
        auto* disclosedOn = find<DateEdit>(page, "benefitDisclosedOnDateEdit");
        if (disclosedOn->isVisibleTo(page)) {
            qWarning("the benefit's disclosure day shows before a benefit is typed");
            return {};
        }
        type(find<QLineEdit>(page, "referralBenefitLineEdit"), QStringLiteral("A book voucher"));
        if (!disclosedOn->isVisibleTo(page)) {
            qWarning("the benefit's disclosure day does not show");
            return {};
        }
        type(disclosedOn, formats::shortDate(Today.addDays(-2)));
        QTest::keyClick(disclosedOn, Qt::Key_Tab);
        type(find<QPlainTextEdit>(page, "notePlainTextEdit"), QStringLiteral("Referred to a therapist."));
        return wizard;
    }

    Engagement engagement(qint64 id = 0) { return *records().engagements().engagement(id ? id : m_engagement); }

    /// Another active engagement, for one principal's client.
    qint64 addActiveEngagement(EngagementKind kind,
                               const QString& clientName,
                               QDate activatedOn,
                               const PinnedCode& code = {QStringLiteral("CMI-2009"), QStringLiteral("002")})
    {
        RecordError error;
        Client client;
        client.name = clientName;
        if (!records().clients().save(client, &error)) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        Engagement e;
        e.clientId = client.id;
        e.principalId = engagement().principalId;
        e.kind = kind;
        e.title = clientName;
        e.letterLanguage = Language::English;
        e.pinnedCodes = {code};
        if (!records().engagements().save(e, &error) ||
            !records().engagements().transition(
                e.id, EngagementStatus::Onboarding, activatedOn.addDays(-7), {}, {}, &error) ||
            !records().engagements().transition(e.id, EngagementStatus::Active, activatedOn, {}, {}, &error)) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        return e.id;
    }

    /// Next through the remaining pages and Finish; false with the page's message when stuck.
    bool finish(TerminationWizard& wizard)
    {
        if (!next(wizard, TerminationWizard::FinalReportPageId) || !next(wizard, TerminationWizard::LetterPageId) ||
            !next(wizard, TerminationWizard::RetentionPageId) || !next(wizard, TerminationWizard::ExportPageId)) {
            return false;
        }
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        if (wizard.isVisible()) {
            qWarning("not finished: %s", qPrintable(message(wizard)));
        }
        return !wizard.isVisible();
    }

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
        // Two more, for the other reasons to end; the last session of the interrupted one on 31
        // October 2025.
        // MW-5.3 is an article of MW-2020, for coaching.
        m_conflicted = addActiveEngagement(EngagementKind::Coaching,
                                           QStringLiteral("Eva Jacobs"),
                                           {2026, 2, 2},
                                           {QStringLiteral("MW-2020"), QStringLiteral("2020")});
        m_interrupted = addActiveEngagement(EngagementKind::CareerCoaching, QStringLiteral("Tom Claes"), {2025, 9, 1});
        QVERIFY(m_conflicted > 0 && m_interrupted > 0);
        for (const QDate on : {QDate(2025, 9, 15), QDate(2025, 10, 31)}) {
            Session session;
            session.engagementId = m_interrupted;
            session.startsAt = QDateTime(on, QTime(10, 0), Qt::UTC);
            QVERIFY2(records().sessions().save(session, &error), qPrintable(error.message));
        }
        // Twins, one client name each, for the wizard and mandaat-cli end.
        m_twinByWizard =
            addActiveEngagement(EngagementKind::CareerCoaching, QStringLiteral("Lotte Peeters"), {2026, 2, 2});
        m_twinByCli =
            addActiveEngagement(EngagementKind::CareerCoaching, QStringLiteral("Lotte Peeters"), {2026, 2, 2});
        QVERIFY(m_twinByWizard > 0 && m_twinByCli > 0);
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
        QVERIFY(wizard);
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
        QVERIFY(wizard);
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
        QCOMPARE(find<DateEdit>(wizard->currentPage(), "dossierDateEdit")->date(), Today.addMonths(24));
        QCOMPARE(find<DateEdit>(wizard->currentPage(), "financialDateEdit")->date(), Today.addYears(7));
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
        QVERIFY(wizard);
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
        QCOMPARE(records().compliance().referralsFor(m_engagement).first().benefit, QStringLiteral("A book voucher"));
        QCOMPARE(records().compliance().referralsFor(m_engagement).first().benefitDisclosedOn, Today.addDays(-2));

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

    void conflictOfInterestProposesASuccessor()
    {
        // MW-5.3: an unsolvable conflict ends the engagement with a proposed successor and a
        // handover letter (docs/journey.md, step 12).
        const qint64 id = m_conflicted;
        TerminationWizard wizard(records(), id);
        wizard.setToday(Today);
        wizard.show();
        // MW alone knows no end after six months without a session (CMI-10): not offered.
        auto* reasons = find<QComboBox>(wizard.currentPage(), "reasonComboBox");
        QCOMPARE(reasons->findData(static_cast<int>(EndReason::Interruption)), -1);
        QVERIFY(reasons->findData(static_cast<int>(EndReason::ClientStopped)) >= 0);
        choose(reasons, static_cast<int>(EndReason::ConflictOfInterest));
        auto* successor = find<QLineEdit>(wizard.currentPage(), "successorLineEdit");
        QVERIFY(successor->isVisible());
        // Refused, with the reason, until a successor is named.
        QVERIFY2(message(wizard).contains(QStringLiteral("MW-5.3")), qPrintable(message(wizard)));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(successor, QStringLiteral("Hilde Wouters, loopbaancoach"));
        QVERIFY2(message(wizard).isEmpty(), qPrintable(message(wizard)));
        QVERIFY(finish(wizard));

        const Engagement ended = engagement(id);
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.endReason, std::optional<EndReason>(EndReason::ConflictOfInterest));
        QCOMPARE(ended.endedOn, Today);
        // The handover letter is stored beside the termination letter, and names the successor.
        const QList<IssuedLetter> handover = records().letters().lettersFor(id, LetterKind::Handover);
        QCOMPARE(handover.size(), 1);
        QCOMPARE(records().letters().lettersFor(id, LetterKind::Termination).size(), 1);
        const auto attachment = records().attachments().attachment(handover.first().attachmentId);
        QVERIFY(attachment);
        const QString text = pdfText(attachment->content);
        QVERIFY2(text.contains(QStringLiteral("Hilde Wouters, loopbaancoach")), qPrintable(text));
        // The proposal is evidence of MW-5.3, the engagement's article that asks for it (found
        // in the catalogue), with the handover letter attached.
        bool proposed = false;
        for (const Evidence& row : records().compliance().evidenceFor(id, QStringLiteral("MW-5.3"))) {
            proposed = proposed ||
                (row.topic == evidence::successorProposed() && row.text.contains(QStringLiteral("Hilde Wouters")) &&
                 row.attachmentId == handover.first().attachmentId);
        }
        QVERIFY(proposed);
    }

    void interruptionEndsTheDayAfterSixMonths()
    {
        // CMI-10: the last session on 31 October 2025; six calendar months later, clamped to
        // the month's end, is 30 April 2026; more than six months is the day after: the end is
        // dated 1 May 2026, not today (12 May).
        const qint64 id = m_interrupted;
        const QDate mark(2026, 5, 1);
        TerminationWizard wizard(records(), id);
        wizard.setToday(Today);
        wizard.show();
        QCOMPARE(wizard.interruptionDate(), mark);
        choose(find<QComboBox>(wizard.currentPage(), "reasonComboBox"), static_cast<int>(EndReason::Interruption));
        auto* endDate = find<DateEdit>(wizard.currentPage(), "endDateEdit");
        QCOMPARE(endDate->date(), mark);
        QVERIFY(!endDate->isEnabled()); // the date is the rule's, not a choice
        QVERIFY2(find<QLabel>(wizard.currentPage(), "reasonHintLabel")->text().contains(QStringLiteral("1 May 2026")),
                 qPrintable(find<QLabel>(wizard.currentPage(), "reasonHintLabel")->text()));
        QVERIFY(finish(wizard));

        const Engagement ended = engagement(id);
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.endReason, std::optional<EndReason>(EndReason::Interruption));
        QCOMPARE(ended.endedOn, mark);
        // Retention is counted from the end date (the practice policy: 24 months, 7 years).
        QCOMPARE(ended.dossierRetentionUntil, mark.addMonths(24));
        QCOMPARE(ended.financialRetentionUntil, mark.addYears(7));
        const QList<IssuedLetter> letters = records().letters().lettersFor(id, LetterKind::Termination);
        QCOMPARE(letters.size(), 1);
        const QString text = pdfText(records().attachments().attachment(letters.first().attachmentId)->content);
        QVERIFY2(text.contains(QStringLiteral("1 May 2026")), qPrintable(text));
    }

    // Issue 17, item 1: `mandaat-cli end` records what the wizard records (both call
    // Termination::end). Twin engagements, one plan: ending early as completing is not
    // feasible, a referral considered and not made (CMI-11), a note. The same evidence, referral
    // records, letters (their text too) and statuses, but for ids and timestamps.
    void cliAndWizardRecordTheSameEnd()
    {
        const qint64 byWizard = m_twinByWizard;
        const qint64 byCli = m_twinByCli;
        const QString why = QStringLiteral("No other discipline would help more now");
        const QString note = QStringLiteral("The new job leaves no room for the sessions.");

        TerminationWizard wizard(records(), byWizard);
        wizard.setToday(Today);
        wizard.show();
        QWidget* page = wizard.currentPage();
        choose(find<QComboBox>(page, "reasonComboBox"), static_cast<int>(EndReason::EarlyNotFeasible));
        // CMI-11: unanswered, the referral question holds the end (not a record to find first).
        QVERIFY2(message(wizard).contains(QStringLiteral("say whether you referred")), qPrintable(message(wizard)));
        choose(find<QComboBox>(page, "referralComboBox"), static_cast<int>(ReferralAnswer::Considered));
        type(find<QLineEdit>(page, "referralExplanationLineEdit"), why);
        type(find<QPlainTextEdit>(page, "notePlainTextEdit"), note);
        QVERIFY(finish(wizard));

        const test::CliRun run = test::runCli({QStringLiteral("end"),
                                               m_dir.filePath(QStringLiteral("t.mandaat")),
                                               QString::number(byCli),
                                               QStringLiteral("--reason"),
                                               QStringLiteral("early_not_feasible"),
                                               QStringLiteral("--at"),
                                               Today.toString(Qt::ISODate),
                                               QStringLiteral("--note"),
                                               note,
                                               QStringLiteral("--referral"),
                                               QStringLiteral("considered"),
                                               QStringLiteral("--referral-reason"),
                                               why});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Ended engagement %1").arg(byCli)), qPrintable(run.out));

        const auto recorded = [this](qint64 id) {
            QStringList lines;
            const Engagement e = engagement(id);
            lines << QStringList{toId(e.status),
                                 e.endReason ? toId(*e.endReason) : QString(),
                                 e.endingOn.toString(Qt::ISODate),
                                 e.endedOn.toString(Qt::ISODate),
                                 e.endNote,
                                 e.dossierRetentionUntil.toString(Qt::ISODate),
                                 e.financialRetentionUntil.toString(Qt::ISODate)}
                         .join(QLatin1Char('|'));
            QStringList rows;
            for (const Evidence& row : records().compliance().evidenceFor(id)) {
                rows << QStringList{QStringLiteral("evidence"),
                                    row.articleId,
                                    row.topic,
                                    toId(row.party),
                                    toId(row.channel),
                                    row.occurredOn.toString(Qt::ISODate),
                                    row.attachmentId > 0 ? QStringLiteral("attached") : QStringLiteral("none"),
                                    row.text}
                            .join(QLatin1Char('|'));
            }
            for (const Referral& referral : records().compliance().referralsFor(id)) {
                rows << QStringList{QStringLiteral("referral"),
                                    referral.referredOn.toString(Qt::ISODate),
                                    referral.discipline,
                                    referral.referredTo,
                                    referral.reason}
                            .join(QLatin1Char('|'));
            }
            for (const IssuedLetter& letter : records().letters().lettersFor(id)) {
                const auto attachment = records().attachments().attachment(letter.attachmentId);
                rows << QStringList{QStringLiteral("letter"),
                                    toId(letter.kind),
                                    toId(letter.language),
                                    attachment ? pdfText(attachment->content) : QString()}
                            .join(QLatin1Char('|'));
            }
            rows.sort();
            return lines + rows;
        };
        const QStringList wizardSide = recorded(byWizard);
        const QStringList cliSide = recorded(byCli);
        QCOMPARE(cliSide, wizardSide);
        // And they are the end asked for: ended, the referral question answered under the
        // engagement's own article (CMI-11, from the catalogue), the letter.
        const Engagement ended = engagement(byCli);
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.endedOn, Today);
        QCOMPARE(ended.dossierRetentionUntil, Today.addMonths(24));
        const QList<Evidence> rows = records().compliance().evidenceFor(byCli);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().topic, evidence::referralConsidered());
        QCOMPARE(rows.first().articleId, QStringLiteral("CMI-11"));
        QCOMPARE(rows.first().text, why);
        QCOMPARE(records().letters().lettersFor(byCli, LetterKind::Termination).size(), 1);
    }
};

QTEST_MAIN(TerminationWizardTest)
#include "TerminationWizardTest.moc"
