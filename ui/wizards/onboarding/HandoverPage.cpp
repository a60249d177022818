#include "HandoverPage.h"
#include "ui_HandoverPage.h"

#include "compliance/EvidenceTopics.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/EvidenceField.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <algorithm>

namespace mandaat {

namespace {

struct Binding
{
    EvidenceField* field;
    QString topic;
    Party party;
};

} // namespace

HandoverPage::HandoverPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::HandoverPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Handing over"));
    setSubTitle(tr("The code you work by and your privacy notice, handed to each party before the start."));
    m_ui->codeClientEvidenceField->setPhrase("evidence.handed.client");
    m_ui->codePrincipalEvidenceField->setPhrase("evidence.handed.principal");
    m_ui->privacyNoticeEvidenceField->setPhrase("evidence.handed.client");
    m_ui->financeClientEvidenceField->setPhrase("evidence.finance.client");
    m_ui->financePrincipalEvidenceField->setPhrase("evidence.finance.principal");
    m_ui->logisticsClientEvidenceField->setPhrase("evidence.logistics.client");
    m_ui->logisticsPrincipalEvidenceField->setPhrase("evidence.logistics.principal");
    m_ui->confidentialityClientEvidenceField->setPhrase("evidence.confidentiality.client");
    m_ui->confidentialityPrincipalEvidenceField->setPhrase("evidence.confidentiality.principal");
    m_ui->exceptionsClientEvidenceField->setPhrase("evidence.agreed.client");
    m_ui->exceptionsPrincipalEvidenceField->setPhrase("evidence.agreed.principal");
    for (EvidenceField* field :
         {m_ui->codeClientEvidenceField, m_ui->codePrincipalEvidenceField, m_ui->privacyNoticeEvidenceField}) {
        field->setDefaultChannel(Channel::Email);
    }
}

HandoverPage::~HandoverPage() = default;

QStringList HandoverPage::ruleIds() const
{
    return {QStringLiteral("code-handed-over"),
            QStringLiteral("terms-explained"),
            QStringLiteral("privacy-notice-handed-over"),
            QStringLiteral("confidentiality-exceptions-agreed")};
}

bool HandoverPage::isDone() const
{
    const OnboardingWizard& w = *onboarding();
    if (w.engagementId() == 0) {
        return false;
    }
    for (const Party party : w.parties()) {
        const bool handed = std::any_of(w.evidence().cbegin(), w.evidence().cend(), [party](const Evidence& row) {
            return row.topic == evidence::codeHandedOver() && (row.party == party || row.party == Party::AllParties);
        });
        if (!handed) {
            return false;
        }
    }
    return !w.anyOutstanding({QStringLiteral("code-handed-over"),
                              QStringLiteral("privacy-notice-handed-over"),
                              QStringLiteral("terms-explained"),
                              QStringLiteral("confidentiality-exceptions-agreed")});
}

QList<EvidenceField*> HandoverPage::activeFields() const
{
    const bool principal = onboarding()->engagement().principalId != 0;
    QList<EvidenceField*> fields = {m_ui->codeClientEvidenceField, m_ui->privacyNoticeEvidenceField};
    if (principal) {
        fields.append(m_ui->codePrincipalEvidenceField);
    }
    if (onboarding()->ruleInForce(QStringLiteral("terms-explained"))) {
        fields += {m_ui->financeClientEvidenceField,
                   m_ui->logisticsClientEvidenceField,
                   m_ui->confidentialityClientEvidenceField};
        if (principal) {
            fields += {m_ui->financePrincipalEvidenceField,
                       m_ui->logisticsPrincipalEvidenceField,
                       m_ui->confidentialityPrincipalEvidenceField};
        }
    }
    // ICF-2.3: only where a code of the engagement asks the exceptions agreed in advance.
    if (onboarding()->ruleInForce(QStringLiteral("confidentiality-exceptions-agreed"))) {
        fields.append(m_ui->exceptionsClientEvidenceField);
        if (principal) {
            fields.append(m_ui->exceptionsPrincipalEvidenceField);
        }
    }
    return fields;
}

void HandoverPage::load()
{
    OnboardingWizard& w = *onboarding();
    Records& all = *records();
    m_ui->codeClientEvidenceField->bind(evidence::codeHandedOver(), Party::Client);
    m_ui->codePrincipalEvidenceField->bind(evidence::codeHandedOver(), Party::Principal);
    m_ui->privacyNoticeEvidenceField->bind(evidence::privacyNoticeHandedOver(), Party::Client);
    const QList<Binding> explained = {
        {m_ui->financeClientEvidenceField, evidence::termsFinance(), Party::Client},
        {m_ui->financePrincipalEvidenceField, evidence::termsFinance(), Party::Principal},
        {m_ui->logisticsClientEvidenceField, evidence::termsLogistics(), Party::Client},
        {m_ui->logisticsPrincipalEvidenceField, evidence::termsLogistics(), Party::Principal},
        {m_ui->confidentialityClientEvidenceField, evidence::termsConfidentiality(), Party::Client},
        {m_ui->confidentialityPrincipalEvidenceField, evidence::termsConfidentiality(), Party::Principal},
        {m_ui->exceptionsClientEvidenceField, evidence::confidentialityExceptions(), Party::Client},
        {m_ui->exceptionsPrincipalEvidenceField, evidence::confidentialityExceptions(), Party::Principal},
    };
    for (const Binding& b : explained) {
        b.field->bind(b.topic, b.party);
    }
    const QList<EvidenceField*> active = activeFields();
    for (EvidenceField* field : findChildren<EvidenceField*>()) {
        field->setToday(w.today());
        field->load(w.evidence());
        field->setVisible(active.contains(field));
    }
    m_ui->explainedGroupBox->setVisible(w.ruleInForce(QStringLiteral("terms-explained")));
    m_ui->exceptionsGroupBox->setVisible(w.ruleInForce(QStringLiteral("confidentiality-exceptions-agreed")));

    // Which files: the consultant's own copy of the code, and the privacy notice, from the profile.
    QStringList codeFiles;
    for (const CodeSubscription& subscription : all.practice().codeSubscriptions()) {
        if (subscription.attachmentId != 0) {
            if (const std::optional<Attachment> file = all.attachments().info(subscription.attachmentId)) {
                codeFiles.append(tr("%1 (%2)").arg(file->fileName, subscription.codeId));
            }
        }
    }
    m_ui->codeFileLabel->setText(codeFiles.isEmpty()
                                     ? tr("No copy of the code is attached to the practice profile. Hand over the "
                                          "official text you have, and attach it to the profile.")
                                     : tr("Your copy of the code: %1.").arg(codeFiles.join(tr(", "))));
    const qint64 notice = all.practice().profile().privacyNoticeAttachmentId;
    const std::optional<Attachment> noticeFile = notice != 0 ? all.attachments().info(notice) : std::nullopt;
    m_ui->privacyFileLabel->setText(noticeFile ? tr("Your privacy notice: %1.").arg(noticeFile->fileName)
                                               : tr("No privacy notice is attached to the practice profile."));
}

bool HandoverPage::save(QString* error)
{
    const QList<EvidenceField*> fields = activeFields();
    if (!isClosing()) {
        ValidationIssues issues;
        QHash<QString, QWidget*> widgets;
        for (EvidenceField* field : fields) {
            if (!field->isChecked()) {
                QString what = field->parentWidget() ? field->parentWidget()->property("title").toString() : QString();
                issues.append({field->objectName(),
                               tr("Record when: %1 – %2.").arg(what.remove(QLatin1Char('&')), field->text())});
                widgets.insert(field->objectName(), field);
            }
        }
        if (!issues.isEmpty()) {
            showIssues(issues, widgets);
            return false;
        }
    }
    Records& all = *records();
    const qint64 id = onboarding()->engagementId();
    RecordError recordError;
    const bool saved = all.transaction(
        [&](RecordError* failure) {
            for (EvidenceField* field : fields) {
                if (!field->save(all, id, failure)) {
                    return false;
                }
            }
            return true;
        },
        &recordError);
    if (!saved) {
        *error = recordError.message;
        return false;
    }
    return true;
}

} // namespace mandaat
