#include "QualificationsEditor.h"
#include "ui_QualificationsEditor.h"

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

QualificationsEditor::QualificationsEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QualificationsEditor>())
    , m_errors(new InlineErrors(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    forms::fillCombo<QualificationKind>(m_ui->kindComboBox);
    forms::makeOptional(m_ui->expiresOnDateEdit);
    forms::setDate(m_ui->issuedOnDateEdit, QDate::currentDate());
    m_ui->tableWidget->setColumnCount(4);
    m_ui->tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_errors->add(QStringLiteral("kind"), m_ui->kindComboBox);
    m_errors->add(QStringLiteral("title"), m_ui->titleLineEdit);
    m_errors->add(QStringLiteral("issuer"), m_ui->issuerLineEdit);
    m_errors->add(QStringLiteral("issuedOn"), m_ui->issuedOnDateEdit);
    m_errors->add(QStringLiteral("expiresOn"), m_ui->expiresOnDateEdit);
    m_errors->setGeneralLabel(m_ui->generalErrorLabel);
    m_errors->touchAll();
    connect(m_ui->addButton, &QPushButton::clicked, this, &QualificationsEditor::add);
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

QualificationsEditor::~QualificationsEditor() = default;

void QualificationsEditor::load(const Records& records)
{
    m_items = records.practice().qualifications();
    m_removed.clear();
    m_added = false;
    fillTable();
}

PracticeQualification QualificationsEditor::collect() const
{
    PracticeQualification qualification;
    qualification.kind = forms::comboValue<QualificationKind>(m_ui->kindComboBox);
    qualification.title = m_ui->titleLineEdit->text().trimmed();
    qualification.issuer = m_ui->issuerLineEdit->text().trimmed();
    qualification.issuedOn = forms::date(m_ui->issuedOnDateEdit);
    qualification.expiresOn = forms::date(m_ui->expiresOnDateEdit);
    return qualification;
}

bool QualificationsEditor::add()
{
    const PracticeQualification qualification = collect();
    if (QWidget* invalid = m_errors->show(validate(qualification))) {
        invalid->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_items.append(qualification);
    m_added = true;
    fillTable();
    m_ui->titleLineEdit->clear();
    m_ui->issuerLineEdit->clear();
    forms::setDate(m_ui->expiresOnDateEdit, {});
    return true;
}

bool QualificationsEditor::apply(Records& records, RecordError* error)
{
    for (const qint64 id : std::as_const(m_removed)) {
        if (!records.practice().removeQualification(id, error)) {
            return false;
        }
    }
    // On copies: when the transaction is undone, the ids given here do not exist.
    QList<PracticeQualification> items = m_items;
    for (PracticeQualification& qualification : items) {
        if (qualification.id == 0 && !records.practice().saveQualification(qualification, error)) {
            return false;
        }
    }
    return true;
}

void QualificationsEditor::fillTable()
{
    QTableWidget* table = m_ui->tableWidget;
    table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const PracticeQualification& item = m_items.at(row);
        // MW-3.1: an expired certification is never presented as current.
        const QString expires = !item.expiresOn.isValid() ? tr("does not expire")
            : item.isExpiredOn(QDate::currentDate())      ? tr("expired %1").arg(formats::shortDate(item.expiresOn))
                                                          : formats::shortDate(item.expiresOn);
        const QStringList cells = {displayName(item.kind), item.title, item.issuer, expires};
        for (int column = 0; column < cells.size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_ui->removeButton->setEnabled(!m_items.isEmpty());
}

void QualificationsEditor::retranslate()
{
    m_ui->hintLabel->setText(tr("Your qualifications, certifications and accreditations (MW-3.1). Letters print "
                                "the current ones; an expired one is never printed as current."));
    m_ui->addLabel->setText(tr("Add a qualification:"));
    m_ui->tableWidget->setHorizontalHeaderLabels({tr("Kind"), tr("Title"), tr("Issued by"), tr("Expires")});
    m_ui->tableWidget->setAccessibleName(tr("Qualifications"));
    forms::retranslateCombo<QualificationKind>(m_ui->kindComboBox);
    fillTable();
}

void QualificationsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
