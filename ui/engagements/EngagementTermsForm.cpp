#include "EngagementTermsForm.h"
#include "ui_EngagementTermsForm.h"

#include "common/Appearance.h"
#include "common/forms/FeeTermsFields.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "compliance/TermsAmendment.h"
#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"

#include <QFormLayout>
#include <QHeaderView>

#include <cmath>

namespace mandaat {

namespace {

// A yes/no question that may not have been answered yet.
void fillQuestion(QComboBox* combo)
{
    const int index = std::max(combo->currentIndex(), 0);
    combo->clear();
    combo->addItem(EngagementTermsForm::tr("Not answered yet"), -1);
    combo->addItem(EngagementTermsForm::tr("Yes"), 1);
    combo->addItem(EngagementTermsForm::tr("No"), 0);
    combo->setCurrentIndex(index);
}

void setAnswer(QComboBox* combo, std::optional<bool> answer)
{
    combo->setCurrentIndex(combo->findData(answer ? (*answer ? 1 : 0) : -1));
}

std::optional<bool> answer(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<bool>(value == 1);
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

EngagementTermsForm::EngagementTermsForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::EngagementTermsForm>())
{
    m_ui->setupUi(this);
    forms::fillCombo<PayerKind>(m_ui->payerKindComboBox);
    forms::fillCombo<EngagementKind>(m_ui->kindComboBox);
    forms::fillCombo<Language>(m_ui->letterLanguageComboBox);
    m_ui->plannedStartDateEdit->setOptional(true);
    m_ui->plannedEndDateEdit->setOptional(true);
    m_ui->methodsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The fee rows, right under their heading: the same fields as the onboarding's terms page
    // (issue 17, item 3).
    int feeRow = 0;
    QFormLayout::ItemRole role;
    m_ui->formLayout->getWidgetPosition(m_ui->feeHeadingLabel, &feeRow, &role);
    m_fees = new FeeTermsFields(m_ui->formLayout, feeRow + 1);
    for (QLabel* heading : {m_ui->partiesHeadingLabel,
                            m_ui->assignmentHeadingLabel,
                            m_ui->methodHeadingLabel,
                            m_ui->feeHeadingLabel,
                            m_ui->durationHeadingLabel,
                            m_ui->agreementsHeadingLabel}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    retranslate();

    followChanges(RecordKind::Engagement);
    setUpButtons(m_ui->saveButton, m_ui->revertButton, m_ui->deleteButton, m_ui->generalErrorLabel);
    const std::pair<const char*, QWidget*> fields[] = {
        {"title", m_ui->titleLineEdit},
        {"clientId", m_ui->clientComboBox},
        {"principalId", m_ui->principalComboBox},
        {"payerKind", m_ui->payerKindComboBox},
        {"payerName", m_ui->payerNameLineEdit},
        {"payerReference", m_ui->payerReferenceLineEdit},
        {"kind", m_ui->kindComboBox},
        {"topCivilServant", m_ui->topCivilServantCheckBox},
        {"objectives", m_ui->objectivesPlainTextEdit},
        {"clientExpectations", m_ui->clientExpectationsPlainTextEdit},
        {"principalExpectations", m_ui->principalExpectationsPlainTextEdit},
        {"otherStakeholders", m_ui->otherStakeholdersPlainTextEdit},
        {"methods", m_ui->methodsTableWidget},
        {"expensesArrangement", m_ui->expensesPlainTextEdit},
        {"paymentMethod", m_ui->paymentMethodComboBox},
        {"paymentTerms", m_ui->paymentTermsLineEdit},
        {"cancellationPolicy", m_ui->cancellationPolicyLineEdit},
        {"plannedStart", m_ui->plannedStartDateEdit},
        {"plannedEnd", m_ui->plannedEndDateEdit},
        {"plannedSessions", m_ui->plannedSessionsSpinBox},
        {"followsEarlierAdvice", m_ui->earlierAdviceComboBox},
        {"earlierAdviceDescription", m_ui->earlierAdviceDescriptionLineEdit},
        {"endOfEmployment", m_ui->endOfEmploymentComboBox},
        {"useRestrictions", m_ui->useRestrictionsPlainTextEdit},
        {"letterLanguage", m_ui->letterLanguageComboBox},
    };
    for (const auto& [field, widget] : fields) {
        errors().add(QString::fromLatin1(field), widget);
    }
    for (const auto& [field, widget] : m_fees->fields()) {
        errors().add(field, widget);
    }
    watchFields();
    connect(m_ui->addMethodButton, &QPushButton::clicked, this, &EngagementTermsForm::addMethod);
    connect(m_ui->removeMethodButton, &QPushButton::clicked, this, [this]() {
        const int row = m_ui->methodsTableWidget->currentRow();
        if (row >= 0) {
            m_ui->methodsTableWidget->removeRow(row);
            edited(m_ui->methodsTableWidget);
        }
    });
    for (QComboBox* combo : {m_ui->payerKindComboBox, m_ui->kindComboBox, m_ui->earlierAdviceComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &EngagementTermsForm::updateEnabled);
    }
    clear();
}

EngagementTermsForm::~EngagementTermsForm() = default;

void EngagementTermsForm::retranslate()
{
    m_ui->retranslateUi(this);
    forms::retranslateCombo<PayerKind>(m_ui->payerKindComboBox);
    forms::retranslateCombo<EngagementKind>(m_ui->kindComboBox);
    forms::retranslateCombo<Language>(m_ui->letterLanguageComboBox);
    fillQuestion(m_ui->earlierAdviceComboBox);
    fillQuestion(m_ui->endOfEmploymentComboBox);
    const int payment = std::max(m_ui->paymentMethodComboBox->currentIndex(), 0);
    m_ui->paymentMethodComboBox->clear();
    m_ui->paymentMethodComboBox->addItem(tr("Not agreed yet"), QString());
    for (const PaymentMethod method : allValues<PaymentMethod>()) {
        m_ui->paymentMethodComboBox->addItem(displayName(method), toId(method));
    }
    m_ui->paymentMethodComboBox->setCurrentIndex(payment);
    m_ui->partiesHeadingLabel->setText(tr("Parties"));
    m_ui->assignmentHeadingLabel->setText(tr("The assignment"));
    m_ui->methodHeadingLabel->setText(tr("Method"));
    m_ui->feeHeadingLabel->setText(tr("Fee and payment"));
    m_ui->durationHeadingLabel->setText(tr("Duration"));
    m_ui->agreementsHeadingLabel->setText(tr("Agreements"));
    m_ui->plannedSessionsSpinBox->setSpecialValueText(tr("not set"));
    if (isShowing()) {
        updateFrozen();
    }
    if (isShowing()) {
        const qint64 client = m_ui->clientComboBox->currentData().toLongLong();
        const qint64 principal = m_ui->principalComboBox->currentData().toLongLong();
        fillParties();
        m_ui->clientComboBox->setCurrentIndex(std::max(m_ui->clientComboBox->findData(client), 0));
        m_ui->principalComboBox->setCurrentIndex(std::max(m_ui->principalComboBox->findData(principal), 0));
    }
}

void EngagementTermsForm::newEngagementFor(qint64 clientId)
{
    showRecord(0);
    const int index = m_ui->clientComboBox->findData(clientId);
    if (index >= 0) {
        m_ui->clientComboBox->setCurrentIndex(index);
    }
}

void EngagementTermsForm::fillParties()
{
    m_ui->clientComboBox->clear();
    m_ui->principalComboBox->clear();
    m_ui->clientComboBox->addItem(tr("Choose the client"), 0);
    m_ui->principalComboBox->addItem(tr("None: the client commissions it"), 0);
    if (!practice()) {
        return;
    }
    for (const ClientSummary& client : practice()->listing().clients().value_or(QList<ClientSummary>())) {
        m_ui->clientComboBox->addItem(client.name, client.id);
    }
    for (const PrincipalSummary& principal : practice()->listing().principals().value_or(QList<PrincipalSummary>())) {
        m_ui->principalComboBox->addItem(principal.organisation, principal.id);
    }
}

bool EngagementTermsForm::load(qint64 id, RecordError* error)
{
    if (id == 0) {
        m_engagement = Engagement();
        m_engagement.letterLanguage = practice()->records().practice().policy().letterLanguage;
    } else {
        std::optional<Engagement> engagement = practice()->records().engagements().engagement(id, error);
        if (!engagement) {
            return false;
        }
        m_engagement = *engagement;
    }
    fillParties();
    fill(m_engagement);
    return true;
}

void EngagementTermsForm::fill(const Engagement& engagement)
{
    m_ui->titleLineEdit->setText(engagement.title);
    m_ui->clientComboBox->setCurrentIndex(std::max(m_ui->clientComboBox->findData(engagement.clientId), 0));
    m_ui->principalComboBox->setCurrentIndex(std::max(m_ui->principalComboBox->findData(engagement.principalId), 0));
    forms::setComboValue(m_ui->payerKindComboBox, engagement.payerKind);
    m_ui->payerNameLineEdit->setText(engagement.payerName);
    m_ui->payerReferenceLineEdit->setText(engagement.payerReference);
    forms::setComboValue(m_ui->kindComboBox, engagement.kind);
    m_ui->topCivilServantCheckBox->setChecked(engagement.topCivilServant);
    m_ui->objectivesPlainTextEdit->setPlainText(engagement.objectives);
    m_ui->clientExpectationsPlainTextEdit->setPlainText(engagement.clientExpectations);
    m_ui->principalExpectationsPlainTextEdit->setPlainText(engagement.principalExpectations);
    m_ui->otherStakeholdersPlainTextEdit->setPlainText(engagement.otherStakeholders);
    m_ui->methodsTableWidget->setRowCount(0);
    for (const EngagementMethod& method : engagement.methods) {
        const int row = m_ui->methodsTableWidget->rowCount();
        m_ui->methodsTableWidget->insertRow(row);
        auto* name = new QTableWidgetItem(method.name);
        name->setData(Qt::UserRole, method.id);
        m_ui->methodsTableWidget->setItem(row, 0, name);
        m_ui->methodsTableWidget->setItem(row, 1, new QTableWidgetItem(method.description));
        m_ui->methodsTableWidget->setItem(row, 2, new QTableWidgetItem(method.author));
    }
    m_fees->show(engagement);
    m_ui->expensesPlainTextEdit->setPlainText(engagement.expensesArrangement);
    m_ui->paymentMethodComboBox->setCurrentIndex(std::max(
        m_ui->paymentMethodComboBox->findData(engagement.paymentMethod ? toId(*engagement.paymentMethod) : QString()),
        0));
    m_ui->paymentTermsLineEdit->setText(engagement.paymentTerms);
    m_ui->cancellationPolicyLineEdit->setText(engagement.cancellationPolicy);
    m_ui->plannedStartDateEdit->setDate(engagement.plannedStart);
    m_ui->plannedEndDateEdit->setDate(engagement.plannedEnd);
    m_ui->plannedSessionsSpinBox->setValue(engagement.plannedSessions.value_or(0));
    setAnswer(m_ui->earlierAdviceComboBox, engagement.followsEarlierAdvice);
    m_ui->earlierAdviceDescriptionLineEdit->setText(engagement.earlierAdviceDescription);
    setAnswer(m_ui->endOfEmploymentComboBox, engagement.endOfEmployment);
    m_ui->useRestrictionsPlainTextEdit->setPlainText(engagement.useRestrictions);
    forms::setComboValue(m_ui->letterLanguageComboBox, engagement.letterLanguage);
    updateEnabled();
}

void EngagementTermsForm::clearFields()
{
    m_engagement = Engagement();
    fill(m_engagement);
    m_ui->clientComboBox->clear();
    m_ui->principalComboBox->clear();
}

Engagement EngagementTermsForm::collect() const
{
    Engagement engagement = m_engagement;
    engagement.title = m_ui->titleLineEdit->text().trimmed();
    engagement.clientId = m_ui->clientComboBox->currentData().toLongLong();
    engagement.principalId = m_ui->principalComboBox->currentData().toLongLong();
    engagement.payerKind = forms::comboValue<PayerKind>(m_ui->payerKindComboBox);
    engagement.payerName = m_ui->payerNameLineEdit->text().trimmed();
    engagement.payerReference = m_ui->payerReferenceLineEdit->text().trimmed();
    engagement.kind = forms::comboValue<EngagementKind>(m_ui->kindComboBox);
    engagement.topCivilServant =
        m_ui->topCivilServantCheckBox->isEnabled() && m_ui->topCivilServantCheckBox->isChecked();
    engagement.objectives = m_ui->objectivesPlainTextEdit->toPlainText().trimmed();
    engagement.clientExpectations = m_ui->clientExpectationsPlainTextEdit->toPlainText().trimmed();
    engagement.principalExpectations = m_ui->principalExpectationsPlainTextEdit->toPlainText().trimmed();
    engagement.otherStakeholders = m_ui->otherStakeholdersPlainTextEdit->toPlainText().trimmed();
    engagement.methods.clear();
    const QTableWidget* methods = m_ui->methodsTableWidget;
    for (int row = 0; row < methods->rowCount(); ++row) {
        EngagementMethod method;
        method.id = methods->item(row, 0) ? methods->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
        method.name = cellText(methods, row, 0);
        method.description = cellText(methods, row, 1);
        method.author = cellText(methods, row, 2);
        if (!method.name.isEmpty() || !method.description.isEmpty() || !method.author.isEmpty()) {
            engagement.methods.append(method);
        }
    }
    m_fees->collect(engagement); // an amount that is not one stays as it was: validateFields() says so
    engagement.expensesArrangement = m_ui->expensesPlainTextEdit->toPlainText().trimmed();
    engagement.paymentMethod = fromId<PaymentMethod>(m_ui->paymentMethodComboBox->currentData().toString());
    engagement.paymentTerms = m_ui->paymentTermsLineEdit->text().trimmed();
    engagement.cancellationPolicy = m_ui->cancellationPolicyLineEdit->text().trimmed();
    engagement.plannedStart = m_ui->plannedStartDateEdit->date();
    engagement.plannedEnd = m_ui->plannedEndDateEdit->date();
    const int sessions = m_ui->plannedSessionsSpinBox->value();
    engagement.plannedSessions = sessions > 0 ? std::optional<int>(sessions) : std::nullopt;
    engagement.followsEarlierAdvice = answer(m_ui->earlierAdviceComboBox);
    engagement.earlierAdviceDescription = m_ui->earlierAdviceDescriptionLineEdit->text().trimmed();
    engagement.endOfEmployment = answer(m_ui->endOfEmploymentComboBox);
    engagement.useRestrictions = m_ui->useRestrictionsPlainTextEdit->toPlainText().trimmed();
    engagement.letterLanguage = forms::comboValue<Language>(m_ui->letterLanguageComboBox);
    return engagement;
}

ValidationIssues EngagementTermsForm::validateFields() const
{
    Engagement engagement = collect();
    ValidationIssues issues = m_fees->collect(engagement);
    issues += validate(engagement);
    return issues;
}

bool EngagementTermsForm::store(qint64* id, RecordError* error)
{
    Engagement engagement = collect();
    // CMI-5: once the confirmation is issued, a changed term is an amendment, recorded with its date.
    if (!TermsAmendment::save(practice()->records(), engagement, QDate::currentDate(), nullptr, error)) {
        return false;
    }
    *id = engagement.id;
    return true;
}

bool EngagementTermsForm::removeRecord(RecordError* error)
{
    return practice()->records().engagements().remove(recordId(), error);
}

QString EngagementTermsForm::removeQuestion() const
{
    // Only a draft that nothing refers to yet can go; the rest leaves through destruction.
    if (m_engagement.status != EngagementStatus::Draft) {
        return {};
    }
    return tr("Delete the draft engagement %1? This cannot be undone.").arg(m_engagement.title);
}

void EngagementTermsForm::recordShown()
{
    // An ended engagement's record is final.
    const bool ended = m_engagement.status == EngagementStatus::Ended;
    m_ui->saveButton->setVisible(!ended);
    m_ui->revertButton->setVisible(!ended);
    m_ui->clientComboBox->setEnabled(recordId() == 0);
    updateFrozen();
}

void EngagementTermsForm::updateFrozen()
{
    const std::optional<IssuedLetter> confirmation =
        isShowing() && practice() ? TermsAmendment::frozenBy(practice()->records(), recordId()) : std::nullopt;
    if (!confirmation || m_engagement.status == EngagementStatus::Ended) {
        m_ui->frozenLabel->hide();
        return;
    }
    const QString issued = displayDate(confirmation->issuedAt.toLocalTime().date());
    const std::optional<TermsAmendment::State> amendment =
        TermsAmendment::lastAmendment(practice()->records(), recordId());
    QString text;
    if (amendment && !amendment->reissued) {
        text = tr("The terms were amended on %1, after the confirmation of %2. Issue a new version of the "
                  "confirmation and have every party accept it: Status, Issue the amended confirmation.")
                   .arg(displayDate(amendment->amendedOn), issued);
    } else if (amendment && !amendment->accepted) {
        text = tr("The terms were amended on %1 and the new version of the confirmation was issued on %2. Record "
                  "its acceptance by every party: Status, Issue the amended confirmation.")
                   .arg(displayDate(amendment->amendedOn), issued);
    } else {
        text = tr("The confirmation of these terms was issued on %1. A change to a term is now an amendment: it is "
                  "recorded with its date, and a new version of the confirmation must be issued and accepted.")
                   .arg(issued);
    }
    m_ui->frozenLabel->setText(text);
    m_ui->frozenLabel->show();
}

void EngagementTermsForm::updateEnabled()
{
    const PayerKind payer = forms::comboValue<PayerKind>(m_ui->payerKindComboBox);
    const bool named = payer == PayerKind::Scheme || payer == PayerKind::ThirdParty;
    m_ui->payerNameLineEdit->setEnabled(named);
    m_ui->payerReferenceLineEdit->setEnabled(named);
    const EngagementKind kind = forms::comboValue<EngagementKind>(m_ui->kindComboBox);
    m_ui->topCivilServantCheckBox->setEnabled(kind == EngagementKind::Evaluation || kind == EngagementKind::Selection);
    m_ui->earlierAdviceDescriptionLineEdit->setEnabled(answer(m_ui->earlierAdviceComboBox).value_or(false));
}

void EngagementTermsForm::addMethod()
{
    QTableWidget* table = m_ui->methodsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem());
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

} // namespace mandaat
