#include "ToolsEditor.h"
#include "ui_ToolsEditor.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QHeaderView>

namespace mandaat {

ToolsEditor::ToolsEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ToolsEditor>())
    , m_errors(new InlineErrors(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    m_ui->reviewedOnDateEdit->setOptional(true);
    m_ui->reviewedOnDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->reviewedOnDateEdit->setDate({});
    m_errors->add(QStringLiteral("name"), m_ui->nameLineEdit);
    m_errors->add(QStringLiteral("purpose"), m_ui->purposeLineEdit);
    m_errors->add(QStringLiteral("dataLocation"), m_ui->dataLocationLineEdit);
    m_errors->add(QStringLiteral("reviewedOn"), m_ui->reviewedOnDateEdit);
    m_errors->setGeneralLabel(m_ui->generalErrorLabel);
    m_errors->touchAll();
    m_ui->tableWidget->setColumnCount(6);
    m_ui->tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ToolsEditor::add);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &ToolsEditor::change);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &ToolsEditor::retire);
    connect(m_ui->tableWidget, &QTableWidget::itemSelectionChanged, this, &ToolsEditor::showChosen);
    fillTable();
    retranslate();
}

ToolsEditor::~ToolsEditor() = default;

void ToolsEditor::load(const Records& records)
{
    m_tools = records.practice().tools();
    m_changed = QList<bool>(m_tools.size(), false);
    fillTable();
}

bool ToolsEditor::apply(Records& records, RecordError* error)
{
    // On copies: when the transaction is undone, the ids given here do not exist.
    QList<TechnologyTool> tools = m_tools;
    for (int i = 0; i < tools.size(); ++i) {
        if (m_changed.at(i) && !records.practice().saveTool(tools[i], error)) {
            return false;
        }
    }
    return true;
}

TechnologyTool ToolsEditor::collect() const
{
    TechnologyTool tool;
    tool.name = m_ui->nameLineEdit->text().trimmed();
    tool.purpose = m_ui->purposeLineEdit->text().trimmed();
    tool.dataLocation = m_ui->dataLocationLineEdit->text().trimmed();
    tool.ai = m_ui->aiCheckBox->isChecked();
    tool.processorAgreement = m_ui->processorAgreementCheckBox->isChecked();
    tool.reviewedOn = m_ui->reviewedOnDateEdit->date();
    return tool;
}

// Core's validation, its messages under the fields; false when the tool cannot be kept.
bool ToolsEditor::checked(const TechnologyTool& tool)
{
    if (QWidget* invalid = m_errors->show(validate(tool, QDate::currentDate()))) {
        invalid->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void ToolsEditor::add()
{
    const TechnologyTool tool = collect();
    if (!checked(tool)) {
        return;
    }
    m_tools.append(tool);
    m_changed.append(true);
    fillTable();
    clearForm();
}

void ToolsEditor::change()
{
    const int row = chosenRow();
    if (row < 0) {
        return;
    }
    TechnologyTool tool = collect();
    tool.id = m_tools.at(row).id;
    tool.retiredOn = m_tools.at(row).retiredOn;
    if (!checked(tool)) {
        return;
    }
    m_tools[row] = tool;
    m_changed[row] = true;
    fillTable();
}

void ToolsEditor::retire()
{
    const int row = chosenRow();
    if (row < 0 || m_tools.at(row).isRetired()) {
        return;
    }
    m_tools[row].retiredOn = QDate::currentDate();
    m_changed[row] = true;
    fillTable();
}

int ToolsEditor::chosenRow() const
{
    const QList<QTableWidgetItem*> selected = m_ui->tableWidget->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    return row >= 0 && row < m_tools.size() ? row : -1;
}

// The chosen tool in the fields, to change it.
void ToolsEditor::showChosen()
{
    const int row = chosenRow();
    m_ui->changeButton->setEnabled(row >= 0);
    m_ui->retireButton->setEnabled(row >= 0 && !m_tools.at(row).isRetired());
    if (row < 0) {
        return;
    }
    const TechnologyTool& tool = m_tools.at(row);
    m_ui->nameLineEdit->setText(tool.name);
    m_ui->purposeLineEdit->setText(tool.purpose);
    m_ui->dataLocationLineEdit->setText(tool.dataLocation);
    m_ui->aiCheckBox->setChecked(tool.ai);
    m_ui->processorAgreementCheckBox->setChecked(tool.processorAgreement);
    m_ui->reviewedOnDateEdit->setDate(tool.reviewedOn);
}

void ToolsEditor::fillTable()
{
    const int chosen = chosenRow();
    QTableWidget* table = m_ui->tableWidget;
    const QSignalBlocker blocker(table);
    table->setRowCount(static_cast<int>(m_tools.size()));
    for (int row = 0; row < m_tools.size(); ++row) {
        const TechnologyTool& tool = m_tools.at(row);
        const QStringList texts = {
            tool.isRetired() ? tr("%1 (retired %2)").arg(tool.name, formats::shortDate(tool.retiredOn)) : tool.name,
            tool.purpose,
            tool.dataLocation,
            tool.ai ? tr("Yes") : tr("No"),
            tool.processorAgreement ? tr("Yes") : tr("No"),
            tool.reviewedOn.isValid() ? formats::shortDate(tool.reviewedOn) : tr("not yet")};
        for (int column = 0; column < texts.size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        }
    }
    if (chosen >= 0 && chosen < table->rowCount()) {
        table->selectRow(chosen);
    }
    m_ui->changeButton->setEnabled(chosenRow() >= 0);
    m_ui->retireButton->setEnabled(chosenRow() >= 0 && !m_tools.at(chosenRow()).isRetired());
}

void ToolsEditor::clearForm()
{
    m_ui->nameLineEdit->clear();
    m_ui->purposeLineEdit->clear();
    m_ui->dataLocationLineEdit->clear();
    m_ui->aiCheckBox->setChecked(false);
    m_ui->processorAgreementCheckBox->setChecked(false);
    m_ui->reviewedOnDateEdit->setDate({});
}

void ToolsEditor::retranslate()
{
    m_ui->tableWidget->setHorizontalHeaderLabels({tr("Tool"),
                                                  tr("Purpose"),
                                                  tr("Data stored or processed"),
                                                  tr("AI"),
                                                  tr("Processor agreement"),
                                                  tr("Reviewed")});
    m_ui->tableWidget->setAccessibleName(tr("Technology register"));
    fillTable();
}

void ToolsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
