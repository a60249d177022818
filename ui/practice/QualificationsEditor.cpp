#include "QualificationsEditor.h"
#include "ui_QualificationsEditor.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/forms/FormSupport.h"
#include "domain/DisplayNames.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>

namespace mandaat {

QualificationsEditor::QualificationsEditor(QWidget* parent)
    : ItemListEditor(parent)
    , m_ui(std::make_unique<Ui::QualificationsEditor>())
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    forms::fillCombo<QualificationKind>(m_ui->kindComboBox);
    m_ui->expiresOnDateEdit->setOptional(true);
    m_ui->issuedOnDateEdit->setDate(QDate::currentDate());
    errors().add(QStringLiteral("kind"), m_ui->kindComboBox);
    errors().add(QStringLiteral("title"), m_ui->titleLineEdit);
    errors().add(QStringLiteral("issuer"), m_ui->issuerLineEdit);
    errors().add(QStringLiteral("issuedOn"), m_ui->issuedOnDateEdit);
    errors().add(QStringLiteral("expiresOn"), m_ui->expiresOnDateEdit);
    setUpList(m_ui->tableWidget, 4, m_ui->addButton, m_ui->removeButton, m_ui->generalErrorLabel);
    retranslate();
}

QualificationsEditor::~QualificationsEditor() = default;

void QualificationsEditor::load(const Records& records)
{
    setItems(records.practice().qualifications());
}

bool QualificationsEditor::apply(Records& records, RecordError* error)
{
    return applyChanges(
        records.practice(), &PracticeRepository::removeQualification, &PracticeRepository::saveQualification, error);
}

PracticeQualification QualificationsEditor::collect() const
{
    PracticeQualification qualification;
    qualification.kind = forms::comboValue<QualificationKind>(m_ui->kindComboBox);
    qualification.title = m_ui->titleLineEdit->text().trimmed();
    qualification.issuer = m_ui->issuerLineEdit->text().trimmed();
    qualification.issuedOn = m_ui->issuedOnDateEdit->date();
    qualification.expiresOn = m_ui->expiresOnDateEdit->date();
    return qualification;
}

QStringList QualificationsEditor::cells(const PracticeQualification& item) const
{
    // MW-3.1: an expired certification is never presented as current.
    const QString expires = !item.expiresOn.isValid() ? tr("does not expire")
        : item.isExpiredOn(QDate::currentDate())      ? tr("expired %1").arg(formats::shortDate(item.expiresOn))
                                                      : formats::shortDate(item.expiresOn);
    return {displayName(item.kind), item.title, item.issuer, expires};
}

void QualificationsEditor::clearAddForm()
{
    m_ui->titleLineEdit->clear();
    m_ui->issuerLineEdit->clear();
    m_ui->expiresOnDateEdit->setDate({});
}

void QualificationsEditor::retranslate()
{
    m_ui->hintLabel->setText(tr("Your qualifications, certifications and accreditations. Letters print "
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
