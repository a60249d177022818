#include "ClientForm.h"
#include "ui_ClientForm.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "common/forms/PartyRelations.h"
#include "common/models/EngagementListModel.h"
#include "domain/Validation.h"
#include "exchange/ExportDialog.h"
#include "repositories/ClientRepository.h"
#include "repositories/Records.h"

#include <QHeaderView>

namespace mandaat {

namespace {

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ClientForm::ClientForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::ClientForm>())
    , m_engagements(new EngagementListModel(this))
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    forms::fillCombo<ClientKind>(m_ui->kindComboBox);
    forms::fillCombo<Language>(m_ui->languageComboBox);
    m_ui->membersTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->engagementsTableView->setModel(m_engagements);
    for (int column :
         {EngagementListModel::ClientColumn, EngagementListModel::KindColumn, EngagementListModel::EndColumn}) {
        m_ui->engagementsTableView->hideColumn(column);
    }
    retranslate();

    followChanges(RecordKind::Client);
    setUpButtons(m_ui->saveButton, m_ui->revertButton, m_ui->deleteButton, m_ui->generalErrorLabel);
    errors().add(QStringLiteral("kind"), m_ui->kindComboBox);
    errors().add(QStringLiteral("name"), m_ui->nameLineEdit);
    errors().add(QStringLiteral("email"), m_ui->emailLineEdit);
    errors().add(QStringLiteral("phone"), m_ui->phoneLineEdit);
    errors().add(QStringLiteral("address.street"), m_ui->streetLineEdit);
    errors().add(QStringLiteral("address"), m_ui->cityLineEdit);
    errors().add(QStringLiteral("language"), m_ui->languageComboBox);
    errors().add(QStringLiteral("members"), m_ui->membersTableWidget);
    errors().add(QStringLiteral("notes"), m_ui->notesPlainTextEdit);
    errors().add(QStringLiteral("relationships"), m_ui->relationshipsEditor);
    watchFields();
    connect(
        m_ui->relationshipsEditor, &DatedItemsEditor::edited, this, [this]() { edited(m_ui->relationshipsEditor); });

    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ClientForm::updateKind);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &ClientForm::addMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, [this]() {
        const int row = m_ui->membersTableWidget->currentRow();
        if (row >= 0) {
            m_ui->membersTableWidget->removeRow(row);
            edited(m_ui->membersTableWidget);
        }
    });
    connect(m_ui->engagementsTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT engagementActivated(index.data(RecordTableModel::IdRole).toLongLong());
    });
    connect(m_ui->newEngagementButton, &QPushButton::clicked, this, [this]() {
        if (saveIfDirty() && recordId() > 0) {
            Q_EMIT newEngagementRequested(recordId());
        }
    });
    // GDPR art. 15 and 20 (issue 7): every record about the client, across engagements.
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this]() {
        if (practice() && saveIfDirty() && recordId() > 0) {
            ExportDialog::openFor(*practice(), ExportScope::client(recordId()), this);
        }
    });
    clear();
}

ClientForm::~ClientForm() = default;

void ClientForm::retranslate()
{
    m_ui->retranslateUi(this);
    forms::retranslateCombo<ClientKind>(m_ui->kindComboBox);
    forms::retranslateCombo<Language>(m_ui->languageComboBox);
    m_ui->countryLineEdit->setAccessibleName(tr("Country code"));
    m_ui->countryLineEdit->setToolTip(tr("Two capital letters: BE, NL"));
    m_ui->postalCodeLineEdit->setAccessibleName(tr("Postal code"));
    m_ui->cityLineEdit->setAccessibleName(tr("City"));
    m_ui->engagementsTableView->setAccessibleName(tr("The client's engagements"));
    m_ui->relationshipsEditor->setKinds(forms::relationshipKinds());
    m_ui->relationshipsEditor->setTexts(tr("Declared on"), tr("Ended on"), tr("Declare a &relationship"));
    m_ui->relationshipsEditor->setToolTip(
        tr("A relationship with this client besides the work (family, friend, business); the onboarding "
           "checks it for conflicts."));
    recordShown();
}

bool ClientForm::load(qint64 id, RecordError* error)
{
    if (id == 0) {
        m_client = Client();
    } else {
        std::optional<Client> client = practice()->records().clients().client(id, error);
        if (!client) {
            return false;
        }
        m_client = *client;
    }
    fill(m_client);
    return true;
}

void ClientForm::fill(const Client& client)
{
    forms::setComboValue(m_ui->kindComboBox, client.kind);
    m_ui->nameLineEdit->setText(client.name);
    m_ui->emailLineEdit->setText(client.email);
    m_ui->phoneLineEdit->setText(client.phone);
    m_ui->streetLineEdit->setText(client.address.street);
    m_ui->postalCodeLineEdit->setText(client.address.postalCode);
    m_ui->cityLineEdit->setText(client.address.city);
    m_ui->countryLineEdit->setText(client.address.country);
    forms::setComboValue(m_ui->languageComboBox, client.language);
    m_ui->notesPlainTextEdit->setPlainText(client.notes);
    m_ui->relationshipsEditor->setItems(forms::itemsOf(client.relationships));
    m_ui->membersTableWidget->setRowCount(0);
    for (const ClientMember& member : client.members) {
        const int row = m_ui->membersTableWidget->rowCount();
        m_ui->membersTableWidget->insertRow(row);
        auto* name = new QTableWidgetItem(member.name);
        name->setData(Qt::UserRole, member.id);
        m_ui->membersTableWidget->setItem(row, 0, name);
        m_ui->membersTableWidget->setItem(row, 1, new QTableWidgetItem(member.role));
        m_ui->membersTableWidget->setItem(row, 2, new QTableWidgetItem(member.email));
    }
    updateKind();
}

void ClientForm::clearFields()
{
    m_client = Client();
    fill(m_client);
    m_engagements->setPractice(nullptr);
}

Client ClientForm::collect() const
{
    Client client = m_client;
    client.kind = forms::comboValue<ClientKind>(m_ui->kindComboBox);
    client.name = m_ui->nameLineEdit->text().trimmed();
    client.email = m_ui->emailLineEdit->text().trimmed();
    client.phone = m_ui->phoneLineEdit->text().trimmed();
    client.address = {m_ui->streetLineEdit->text().trimmed(),
                      m_ui->postalCodeLineEdit->text().trimmed(),
                      m_ui->cityLineEdit->text().trimmed(),
                      m_ui->countryLineEdit->text().trimmed().toUpper()};
    client.language = forms::comboValue<Language>(m_ui->languageComboBox);
    client.notes = m_ui->notesPlainTextEdit->toPlainText();
    client.relationships = forms::relationshipsOf(m_ui->relationshipsEditor->items());
    client.members.clear();
    if (client.kind == ClientKind::System) {
        const QTableWidget* table = m_ui->membersTableWidget;
        for (int row = 0; row < table->rowCount(); ++row) {
            ClientMember member;
            member.id = table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
            member.name = cellText(table, row, 0);
            member.role = cellText(table, row, 1);
            member.email = cellText(table, row, 2);
            if (!member.name.isEmpty() || !member.role.isEmpty() || !member.email.isEmpty()) {
                client.members.append(member);
            }
        }
    }
    return client;
}

ValidationIssues ClientForm::validateFields() const
{
    return validate(collect());
}

bool ClientForm::store(qint64* id, RecordError* error)
{
    Client client = collect();
    if (!practice()->records().clients().save(client, error)) {
        return false;
    }
    *id = client.id;
    return true;
}

bool ClientForm::removeRecord(RecordError* error)
{
    return practice()->records().clients().remove(recordId(), error);
}

QString ClientForm::removeQuestion() const
{
    return tr("Delete the client %1? This cannot be undone. A client with engagements cannot be deleted.")
        .arg(m_client.name);
}

void ClientForm::recordShown()
{
    const bool existing = isShowing() && recordId() > 0;
    m_ui->titleLabel->setText(!isShowing() ? tr("No client chosen") : existing ? m_client.name : tr("New client"));
    m_ui->engagementsLabel->setVisible(existing);
    m_ui->engagementsTableView->setVisible(existing);
    m_ui->newEngagementButton->setVisible(existing);
    m_ui->exportButton->setVisible(existing);
    if (existing && practice()) {
        m_engagements->setPractice(practice());
        m_engagements->setParty(recordId(), 0);
        m_engagements->reload();
        m_ui->engagementsTableView->resizeColumnsToContents();
    }
}

void ClientForm::updateKind()
{
    const bool system = forms::comboValue<ClientKind>(m_ui->kindComboBox) == ClientKind::System;
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->membersLabel, m_ui->membersTableWidget, m_ui->addMemberButton, m_ui->removeMemberButton}) {
        widget->setVisible(system);
    }
    m_ui->nameLabel->setText(system ? tr("&Name of the team") : tr("&Name"));
}

void ClientForm::addMember()
{
    QTableWidget* table = m_ui->membersTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem());
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

} // namespace mandaat
