#include "RegistrationsEditor.h"
#include "ui_RegistrationsEditor.h"

#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "forms/FormSupport.h"
#include "forms/InlineErrors.h"
#include "main/Appearance.h"
#include "main/Formats.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QHeaderView>

namespace mandaat {

RegistrationsEditor::RegistrationsEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegistrationsEditor>())
    , m_errors(new InlineErrors(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    forms::fillCombo<RegistrationKind>(m_ui->kindComboBox);
    forms::makeOptional(m_ui->validFromDateEdit);
    forms::makeOptional(m_ui->validUntilDateEdit);
    m_ui->tableWidget->setColumnCount(4);
    m_ui->tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_errors->add(QStringLiteral("kind"), m_ui->kindComboBox);
    m_errors->add(QStringLiteral("body"), m_ui->bodyLineEdit);
    m_errors->add(QStringLiteral("registerNumber"), m_ui->registerNumberLineEdit);
    m_errors->add(QStringLiteral("validFrom"), m_ui->validFromDateEdit);
    m_errors->add(QStringLiteral("validUntil"), m_ui->validUntilDateEdit);
    m_errors->setGeneralLabel(m_ui->generalErrorLabel);
    m_errors->touchAll();
    connect(m_ui->addButton, &QPushButton::clicked, this, &RegistrationsEditor::add);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this]() {
        const int row = m_ui->tableWidget->currentRow();
        if (row < 0 || row >= m_items.size()) {
            return;
        }
        if (m_items.at(row).id > 0) {
            m_removed.append(m_items.at(row).id);
        }
        m_items.removeAt(row);
        fillTable();
    });
    retranslate();
}

RegistrationsEditor::~RegistrationsEditor() = default;

void RegistrationsEditor::load(const Records& records)
{
    m_items = records.practice().registrations();
    m_removed.clear();
    m_added = false;
    fillTable();
}

PracticeRegistration RegistrationsEditor::collect() const
{
    PracticeRegistration registration;
    registration.kind = forms::comboValue<RegistrationKind>(m_ui->kindComboBox);
    registration.body = m_ui->bodyLineEdit->text().trimmed();
    registration.registerNumber = m_ui->registerNumberLineEdit->text().trimmed();
    registration.validFrom = forms::date(m_ui->validFromDateEdit);
    registration.validUntil = forms::date(m_ui->validUntilDateEdit);
    return registration;
}

bool RegistrationsEditor::add()
{
    const PracticeRegistration registration = collect();
    if (QWidget* invalid = m_errors->show(validate(registration))) {
        invalid->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_items.append(registration);
    m_added = true;
    fillTable();
    m_ui->bodyLineEdit->clear();
    m_ui->registerNumberLineEdit->clear();
    forms::setDate(m_ui->validFromDateEdit, {});
    forms::setDate(m_ui->validUntilDateEdit, {});
    return true;
}

bool RegistrationsEditor::apply(Records& records, RecordError* error)
{
    for (const qint64 id : std::as_const(m_removed)) {
        if (!records.practice().removeRegistration(id, error)) {
            return false;
        }
    }
    // On copies: when the transaction is undone, the ids given here do not exist.
    QList<PracticeRegistration> items = m_items;
    for (PracticeRegistration& registration : items) {
        if (registration.id == 0 && !records.practice().saveRegistration(registration, error)) {
            return false;
        }
    }
    return true;
}

void RegistrationsEditor::fillTable()
{
    QTableWidget* table = m_ui->tableWidget;
    table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const PracticeRegistration& item = m_items.at(row);
        const QString until = item.validUntil.isValid() ? formats::shortDate(item.validUntil) : tr("open-ended");
        const QStringList cells = {displayName(item.kind), item.body, item.registerNumber, until};
        for (int column = 0; column < cells.size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_ui->removeButton->setEnabled(!m_items.isEmpty());
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
