#include "RegistrationsEditor.h"
#include "ui_RegistrationsEditor.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/forms/FormSupport.h"
#include "domain/DisplayNames.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>

namespace mandaat {

RegistrationsEditor::RegistrationsEditor(QWidget* parent)
    : ItemListEditor(parent)
    , m_ui(std::make_unique<Ui::RegistrationsEditor>())
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    forms::fillCombo<RegistrationKind>(m_ui->kindComboBox);
    m_ui->validFromDateEdit->setOptional(true);
    m_ui->validUntilDateEdit->setOptional(true);
    errors().add(QStringLiteral("kind"), m_ui->kindComboBox);
    errors().add(QStringLiteral("body"), m_ui->bodyLineEdit);
    errors().add(QStringLiteral("registerNumber"), m_ui->registerNumberLineEdit);
    errors().add(QStringLiteral("validFrom"), m_ui->validFromDateEdit);
    errors().add(QStringLiteral("validUntil"), m_ui->validUntilDateEdit);
    setUpList(m_ui->tableWidget, 4, m_ui->addButton, m_ui->removeButton, m_ui->generalErrorLabel);
    retranslate();
}

RegistrationsEditor::~RegistrationsEditor() = default;

void RegistrationsEditor::load(const Records& records)
{
    setItems(records.practice().registrations());
}

bool RegistrationsEditor::apply(Records& records, RecordError* error)
{
    return applyChanges(
        records.practice(), &PracticeRepository::removeRegistration, &PracticeRepository::saveRegistration, error);
}

PracticeRegistration RegistrationsEditor::collect() const
{
    PracticeRegistration registration;
    registration.kind = forms::comboValue<RegistrationKind>(m_ui->kindComboBox);
    registration.body = m_ui->bodyLineEdit->text().trimmed();
    registration.registerNumber = m_ui->registerNumberLineEdit->text().trimmed();
    registration.validFrom = m_ui->validFromDateEdit->date();
    registration.validUntil = m_ui->validUntilDateEdit->date();
    return registration;
}

QStringList RegistrationsEditor::cells(const PracticeRegistration& item) const
{
    const QString until = item.validUntil.isValid() ? formats::shortDate(item.validUntil) : tr("open-ended");
    return {displayName(item.kind), item.body, item.registerNumber, until};
}

void RegistrationsEditor::clearAddForm()
{
    m_ui->bodyLineEdit->clear();
    m_ui->registerNumberLineEdit->clear();
    m_ui->validFromDateEdit->setDate({});
    m_ui->validUntilDateEdit->setDate({});
}

void RegistrationsEditor::retranslate()
{
    m_ui->hintLabel->setText(tr("Professional registers (such as Noloc's register of career professionals) and "
                                "associations you are a member of. Letters print them."));
    m_ui->addLabel->setText(tr("Add a registration:"));
    m_ui->tableWidget->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Register or association"), tr("Number"), tr("Valid until")});
    m_ui->tableWidget->setAccessibleName(tr("Registrations"));
    forms::retranslateCombo<RegistrationKind>(m_ui->kindComboBox);
    fillTable();
}

void RegistrationsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
