#include "PrincipalForm.h"
#include "ui_PrincipalForm.h"

#include "common/Appearance.h"
#include "common/forms/InlineErrors.h"
#include "common/forms/PartyRelations.h"
#include "common/models/EngagementListModel.h"
#include "domain/Validation.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

namespace mandaat {

PrincipalForm::PrincipalForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::PrincipalForm>())
    , m_engagements(new EngagementListModel(this))
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    m_ui->engagementsTableView->setModel(m_engagements);
    for (int column :
         {EngagementListModel::PrincipalColumn, EngagementListModel::KindColumn, EngagementListModel::EndColumn}) {
        m_ui->engagementsTableView->hideColumn(column);
    }
    retranslate();
    followChanges(RecordKind::Principal);
    setUpButtons(m_ui->saveButton, m_ui->revertButton, m_ui->deleteButton, m_ui->generalErrorLabel);
    errors().add(QStringLiteral("organisation"), m_ui->organisationLineEdit);
    errors().add(QStringLiteral("contactName"), m_ui->contactLineEdit);
    errors().add(QStringLiteral("email"), m_ui->emailLineEdit);
    errors().add(QStringLiteral("phone"), m_ui->phoneLineEdit);
    errors().add(QStringLiteral("address.street"), m_ui->streetLineEdit);
    errors().add(QStringLiteral("address"), m_ui->cityLineEdit);
    errors().add(QStringLiteral("notes"), m_ui->notesPlainTextEdit);
    errors().add(QStringLiteral("roles"), m_ui->rolesEditor);
    errors().add(QStringLiteral("relationships"), m_ui->relationshipsEditor);
    watchFields();
    for (DatedItemsEditor* editor : {m_ui->rolesEditor, m_ui->relationshipsEditor}) {
        connect(editor, &DatedItemsEditor::edited, this, [this, editor]() { edited(editor); });
    }
    connect(m_ui->engagementsTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT engagementActivated(index.data(RecordTableModel::IdRole).toLongLong());
    });
    clear();
}

PrincipalForm::~PrincipalForm() = default;

void PrincipalForm::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->countryLineEdit->setAccessibleName(tr("Country code"));
    m_ui->countryLineEdit->setToolTip(tr("Two capital letters: BE, NL"));
    m_ui->postalCodeLineEdit->setAccessibleName(tr("Postal code"));
    m_ui->cityLineEdit->setAccessibleName(tr("City"));
    m_ui->engagementsTableView->setAccessibleName(tr("The principal's engagements"));
    m_ui->rolesEditor->setKinds(forms::roleKinds());
    m_ui->rolesEditor->setTexts(tr("Since"), tr("Until"), tr("Add a r&ole"));
    m_ui->rolesEditor->setToolTip(tr("What else you do for this principal (recruitment, advice); the client "
                                     "is told of it."));
    m_ui->relationshipsEditor->setKinds(forms::relationshipKinds());
    m_ui->relationshipsEditor->setTexts(tr("Declared on"), tr("Ended on"), tr("Declare a &relationship"));
    m_ui->relationshipsEditor->setToolTip(
        tr("A relationship with this principal besides the work; the onboarding checks it for conflicts."));
    recordShown();
}

bool PrincipalForm::load(qint64 id, RecordError* error)
{
    if (id == 0) {
        m_principal = Principal();
    } else {
        std::optional<Principal> principal = practice()->records().principals().principal(id, error);
        if (!principal) {
            return false;
        }
        m_principal = *principal;
    }
    fill(m_principal);
    return true;
}

void PrincipalForm::fill(const Principal& principal)
{
    m_ui->organisationLineEdit->setText(principal.organisation);
    m_ui->contactLineEdit->setText(principal.contactName);
    m_ui->emailLineEdit->setText(principal.email);
    m_ui->phoneLineEdit->setText(principal.phone);
    m_ui->streetLineEdit->setText(principal.address.street);
    m_ui->postalCodeLineEdit->setText(principal.address.postalCode);
    m_ui->cityLineEdit->setText(principal.address.city);
    m_ui->countryLineEdit->setText(principal.address.country);
    m_ui->notesPlainTextEdit->setPlainText(principal.notes);
    m_ui->rolesEditor->setItems(forms::itemsOf(principal.roles));
    m_ui->relationshipsEditor->setItems(forms::itemsOf(principal.relationships));
}

void PrincipalForm::clearFields()
{
    m_principal = Principal();
    fill(m_principal);
    m_engagements->setPractice(nullptr);
}

Principal PrincipalForm::collect() const
{
    Principal principal = m_principal;
    principal.organisation = m_ui->organisationLineEdit->text().trimmed();
    principal.contactName = m_ui->contactLineEdit->text().trimmed();
    principal.email = m_ui->emailLineEdit->text().trimmed();
    principal.phone = m_ui->phoneLineEdit->text().trimmed();
    principal.address = {m_ui->streetLineEdit->text().trimmed(),
                         m_ui->postalCodeLineEdit->text().trimmed(),
                         m_ui->cityLineEdit->text().trimmed(),
                         m_ui->countryLineEdit->text().trimmed().toUpper()};
    principal.notes = m_ui->notesPlainTextEdit->toPlainText();
    principal.roles = forms::rolesOf(m_ui->rolesEditor->items());
    principal.relationships = forms::relationshipsOf(m_ui->relationshipsEditor->items());
    return principal;
}

ValidationIssues PrincipalForm::validateFields() const
{
    return validate(collect());
}

bool PrincipalForm::store(qint64* id, RecordError* error)
{
    Principal principal = collect();
    if (!practice()->records().principals().save(principal, error)) {
        return false;
    }
    *id = principal.id;
    return true;
}

bool PrincipalForm::removeRecord(RecordError* error)
{
    return practice()->records().principals().remove(recordId(), error);
}

QString PrincipalForm::removeQuestion() const
{
    return tr("Delete the principal %1? This cannot be undone. A principal with engagements cannot be deleted.")
        .arg(m_principal.organisation);
}

void PrincipalForm::recordShown()
{
    const bool existing = isShowing() && recordId() > 0;
    m_ui->titleLabel->setText(!isShowing()   ? tr("No principal chosen")
                                  : existing ? m_principal.organisation
                                             : tr("New principal"));
    m_ui->engagementsLabel->setVisible(existing);
    m_ui->engagementsTableView->setVisible(existing);
    if (existing && practice()) {
        m_engagements->setPractice(practice());
        m_engagements->setParty(0, recordId());
        m_engagements->reload();
        m_ui->engagementsTableView->resizeColumnsToContents();
    }
}

} // namespace mandaat
