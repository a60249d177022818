#include "ConflictPage.h"
#include "ui_ConflictPage.h"

#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "lifecycle/Onboarding.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QMessageBox>
#include <QStyle>

#include <algorithm>

namespace mandaat {

namespace {

struct Declaration
{
    QCheckBox* box;
    QString rule;
    QString topic;
    const char* phrase; // what the evidence says (Phrase), the box's text without its mnemonic
};

QString plain(const QString& text)
{
    QString out = text;
    return out.remove(QLatin1Char('&'));
}

} // namespace

ConflictPage::ConflictPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::ConflictPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Conflict check"));
    setSubTitle(tr("Your other engagements and declared relationships, checked against these parties before any "
                   "work is done."));
    for (const EndReason reason : {EndReason::ConflictOfInterest, EndReason::Declined}) {
        m_ui->declineReasonComboBox->addItem(displayName(reason), toId(reason));
    }
    connect(m_ui->recordResolutionPushButton, &QPushButton::clicked, this, &ConflictPage::recordResolution);
    connect(m_ui->declinePushButton, &QPushButton::clicked, this, &ConflictPage::askDecline);
    connect(m_ui->findingsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool open = row >= 0 && row < m_findings.size() && !m_findings.at(row).resolved;
        m_ui->resolutionGroupBox->setEnabled(open);
    });
    connect(m_ui->declineReasonComboBox, &QComboBox::currentIndexChanged, this, &ConflictPage::updateDecline);
}

ConflictPage::~ConflictPage() = default;

QStringList ConflictPage::ruleIds() const
{
    return {QStringLiteral("conflict-check"),
            QStringLiteral("prior-relation-check"),
            QStringLiteral("neutrality-declared"),
            QStringLiteral("client-interest-confirmed"),
            QStringLiteral("independence-confirmed"),
            QStringLiteral("conflict-termination")};
}

bool ConflictPage::isDone() const
{
    return onboarding()->engagementId() != 0 && onboarding()->engagement().status != EngagementStatus::Ended &&
        !onboarding()->anyOutstanding({QStringLiteral("conflict-check"),
                                       QStringLiteral("prior-relation-check"),
                                       QStringLiteral("independence-confirmed"),
                                       QStringLiteral("client-interest-confirmed"),
                                       QStringLiteral("neutrality-declared")});
}

bool ConflictPage::isComplete() const
{
    if (!onboarding() || onboarding()->engagementId() == 0 ||
        onboarding()->engagement().status == EngagementStatus::Ended) {
        return false;
    }
    return std::none_of(m_findings.cbegin(), m_findings.cend(), [](const Finding& f) { return !f.resolved; });
}

void ConflictPage::load()
{
    m_ui->agreedOnDateEdit->setMaximumDate(onboarding()->today());
    m_ui->agreedOnDateEdit->setDate(onboarding()->today());
    runCheck();
    loadDeclarations();

    // CMI-3: other roles for the principal are no conflict, but the client hears of them.
    QStringList roles;
    const Engagement& engagement = onboarding()->engagement();
    if (engagement.principalId != 0) {
        if (const std::optional<Principal> principal = records()->principals().principal(engagement.principalId)) {
            for (const PrincipalRole& role : principal->roles) {
                if (role.startedOn.isValid() && role.startedOn <= onboarding()->today() &&
                    (!role.endedOn.isValid() || role.endedOn >= onboarding()->today().addYears(-1))) {
                    roles.append(
                        tr("%1 (since %2)").arg(displayName(role.kind).toLower(), displayDate(role.startedOn)));
                }
            }
            m_ui->otherRolesLabel->setText(
                tr("You also work for %1 as: %2. That is no conflict, but the client must be told of it; the "
                   "disclosures step records when.")
                    .arg(principal->organisation, roles.join(tr(", "))));
        }
    }
    m_ui->otherRolesLabel->setVisible(!roles.isEmpty());

    const bool ended = engagement.status == EngagementStatus::Ended;
    m_ui->declineGroupBox->setEnabled(!ended);
    m_ui->declarationsGroupBox->setEnabled(!ended);
    m_ui->declineReasonComboBox->setCurrentIndex(m_findings.isEmpty() ? 1 : 0);
    updateDecline();
    m_ui->declinedLabel->setVisible(ended);
    if (ended) {
        m_ui->declinedLabel->setText(
            tr("The engagement was declined on %1 (%2). Close the wizard.")
                .arg(displayDate(engagement.endedOn),
                     engagement.endReason ? displayName(*engagement.endReason).toLower() : QString()));
    }
}

void ConflictPage::runCheck()
{
    m_findings.clear();
    if (const std::optional<ComplianceContext> context = onboarding()->context()) {
        for (const ConflictFinding& finding : ConflictCheck::find(*context)) {
            m_findings.append({finding, ConflictCheck::resolutionOf(*context, finding).has_value()});
        }
    }
    showFindings();
    Q_EMIT completeChanged();
}

void ConflictPage::showFindings()
{
    m_ui->findingsListWidget->clear();
    int open = 0;
    int firstOpen = -1;
    for (const Finding& item : std::as_const(m_findings)) {
        auto* row = new QListWidgetItem(item.finding.explanation, m_ui->findingsListWidget);
        row->setIcon(
            style()->standardIcon(item.resolved ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        QStringList articles;
        for (const CodeArticle& article : onboarding()->articlesServing(item.finding.ruleIds)) {
            articles.append(article.id);
        }
        row->setToolTip(articles.join(tr(", ")));
        if (item.resolved) {
            row->setText(tr("Resolved: %1").arg(item.finding.explanation));
        } else if (firstOpen < 0) {
            firstOpen = m_ui->findingsListWidget->count() - 1;
        }
        open += item.resolved ? 0 : 1;
    }
    m_ui->findingsListWidget->setVisible(!m_findings.isEmpty());
    m_ui->resolutionGroupBox->setVisible(open > 0);
    m_ui->findingsListWidget->setCurrentRow(firstOpen);
    if (m_findings.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("No conflict of interest was found among your engagements and declared relationships."));
    } else if (open == 0) {
        m_ui->summaryLabel->setText(tr("Every conflict found has a recorded resolution."));
    } else {
        m_ui->summaryLabel->setText(tr("%n conflict(s) of interest found. Record how each is resolved with the "
                                       "parties, or decline the engagement: the onboarding cannot go on before.",
                                       nullptr,
                                       open));
    }
}

void ConflictPage::recordResolution()
{
    const int row = m_ui->findingsListWidget->currentRow();
    if (!records() || row < 0 || row >= m_findings.size()) {
        return;
    }
    Evidence resolution = ConflictCheck::resolution(onboarding()->engagementId(),
                                                    m_findings.at(row).finding,
                                                    m_ui->agreementPlainTextEdit->toPlainText().trimmed(),
                                                    m_ui->agreedOnDateEdit->date(),
                                                    Channel::Letter,
                                                    Party::AllParties);
    RecordError error;
    if (!ConflictCheck::recordResolution(*records(), resolution, &error)) {
        showMessage(error.message);
        return;
    }
    clearMessage();
    m_ui->agreementPlainTextEdit->clear();
    onboarding()->refresh();
    runCheck();
}

void ConflictPage::loadDeclarations()
{
    const QList<Declaration> declarations = {
        {m_ui->independenceCheckBox,
         QStringLiteral("independence-confirmed"),
         evidence::independenceConfirmed(),
         "evidence.declared.independent"},
        {m_ui->clientInterestCheckBox,
         QStringLiteral("client-interest-confirmed"),
         evidence::clientInterestFirst(),
         "evidence.declared.client_interest"},
        {m_ui->neutralityCheckBox,
         QStringLiteral("neutrality-declared"),
         evidence::neutralityDeclared(),
         "evidence.declared.neutral"},
    };
    bool any = false;
    for (const Declaration& d : declarations) {
        const bool applies = onboarding()->ruleApplies(d.rule);
        bool recorded = false;
        for (const Evidence& row : onboarding()->evidence()) {
            recorded = recorded || row.topic == d.topic;
        }
        d.box->setVisible(applies);
        if (recorded) {
            d.box->setChecked(true);
        }
        d.box->setEnabled(!recorded);
        d.box->setProperty("mandaatRule", d.rule);
        d.box->setProperty("mandaatTopic", d.topic);
        d.box->setProperty("mandaatPhrase", QString::fromLatin1(d.phrase));
        any = any || applies;
    }
    m_ui->declarationsGroupBox->setVisible(any);
}

bool ConflictPage::save(QString* error)
{
    if (!isComplete()) {
        *error = tr("Record how each conflict is resolved, or decline the engagement.");
        return false;
    }
    Records& all = *records();
    const QList<QCheckBox*> boxes = {
        m_ui->independenceCheckBox, m_ui->clientInterestCheckBox, m_ui->neutralityCheckBox};
    QStringList missing;
    for (QCheckBox* box : boxes) {
        if (!box->isVisibleTo(form()) || !box->isEnabled()) {
            continue;
        }
        if (!box->isChecked()) {
            missing.append(plain(box->text()));
            continue;
        }
        Evidence row;
        row.engagementId = onboarding()->engagementId();
        row.topic = box->property("mandaatTopic").toString();
        row.party = Party::AllParties;
        row.occurredOn = onboarding()->today();
        row.channel = Channel::Other;
        row.text = Phrase::store(box->property("mandaatPhrase").toString().toLatin1().constData());
        RecordError recordError;
        if (!Onboarding::record(all, row, onboarding()->today(), &recordError)) {
            *error = recordError.message;
            return false;
        }
        box->setEnabled(false);
    }
    if (!missing.isEmpty()) {
        *error = tr("Confirm, or decline the engagement:") + QLatin1Char('\n') + missing.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

void ConflictPage::updateDecline()
{
    // MW-5.3: ending for a conflict proposes a consultant without it.
    const bool conflict = m_ui->declineReasonComboBox->currentData().toString() == toId(EndReason::ConflictOfInterest);
    m_ui->declineLayout->setRowVisible(m_ui->successorLineEdit,
                                       conflict && onboarding() &&
                                           onboarding()->ruleInForce(QStringLiteral("conflict-termination")));
}

void ConflictPage::askDecline()
{
    const QString reason = m_ui->declineReasonComboBox->currentText();
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("Decline the engagement"),
                                tr("The engagement ends as “%1” before it started. This cannot be undone.").arg(reason),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("declineMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Decline"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeclinePushButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, &ConflictPage::decline);
    box->open();
}

void ConflictPage::decline()
{
    if (!records()) {
        return;
    }
    Records& all = *records();
    const EndReason reason =
        fromId<EndReason>(m_ui->declineReasonComboBox->currentData().toString()).value_or(EndReason::Declined);
    const QString successor = m_ui->successorLineEdit->text().simplified();
    // MW-5.3: a conflict that cannot be solved ends with a consultant without it proposed.
    const bool needsSuccessor =
        reason == EndReason::ConflictOfInterest && onboarding()->ruleInForce(QStringLiteral("conflict-termination"));
    if (needsSuccessor && successor.isEmpty()) {
        showMessage(tr("Name the consultant you proposed to the parties instead."));
        m_ui->successorLineEdit->setFocus();
        return;
    }
    QStringList findings;
    for (const Finding& item : std::as_const(m_findings)) {
        findings.append(item.finding.explanation);
    }
    const QDate today = onboarding()->today();
    const qint64 id = onboarding()->engagementId();
    RecordError error;
    const bool done = all.transaction(
        [&](RecordError* failure) {
            if (!successor.isEmpty()) {
                Evidence row;
                row.engagementId = id;
                row.topic = evidence::successorProposed();
                row.party = Party::AllParties;
                row.occurredOn = today;
                row.channel = Channel::Letter;
                row.text = Phrase::store("evidence.successor.proposed", {successor});
                if (!EvidenceFiling::file(all, row, failure) || !all.compliance().save(row, failure)) {
                    return false;
                }
            }
            return all.engagements().transition(
                id, EngagementStatus::Ended, today, reason, findings.join(QLatin1Char('\n')), failure);
        },
        &error);
    if (!done) {
        showMessage(error.message);
        return;
    }
    clearMessage();
    onboarding()->refresh();
    load();
    Q_EMIT completeChanged();
}

} // namespace mandaat
