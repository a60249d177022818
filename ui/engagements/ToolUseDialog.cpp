#include "ToolUseDialog.h"
#include "ui_ToolUseDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

ToolUseDialog::ToolUseDialog(OpenPractice* practice, qint64 engagementId, qint64 useId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::ToolUseDialog>())
    , m_engagementId(engagementId)
    , m_useId(useId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    appearance::makeSecondary(m_ui->toolDetailsLabel);
    m_ui->toolDetailsLabel->setWordWrap(true);
    // What has happened: not after today (as mandaat-cli tools refuses it).
    for (DateEdit* edit : {m_ui->clientAgreedOnDateEdit, m_ui->principalAgreedOnDateEdit}) {
        edit->setMaximumDate(QDate::currentDate());
        edit->setOptional(true);
        edit->setDate({});
    }
    std::optional<ToolUse> existing;
    if (practice) {
        const Records& records = practice->records();
        if (const std::optional<Engagement> engagement = records.engagements().engagement(engagementId)) {
            m_hasPrincipal = engagement->principalId != 0;
        }
        if (m_useId > 0) {
            existing = records.compliance().toolUse(m_useId);
        }
        for (const TechnologyTool& tool : records.practice().tools()) {
            if (!tool.isRetired() || (existing && existing->toolId == tool.id)) {
                m_tools << tool;
                m_ui->toolComboBox->addItem(tool.name, tool.id);
            }
        }
    }
    if (existing) {
        m_ui->toolComboBox->setCurrentIndex(m_ui->toolComboBox->findData(existing->toolId));
        m_ui->toolComboBox->setEnabled(false);
        m_ui->clientAgreedOnDateEdit->setDate(existing->clientAgreedOn);
        m_ui->principalAgreedOnDateEdit->setDate(existing->principalAgreedOn);
    }
    m_ui->principalAgreedOnLabel->setVisible(m_hasPrincipal);
    m_ui->principalAgreedOnDateEdit->setVisible(m_hasPrincipal);
    errors().add(QStringLiteral("toolId"), m_ui->toolComboBox);
    errors().add(QStringLiteral("clientAgreedOn"), m_ui->clientAgreedOnDateEdit);
    errors().add(QStringLiteral("principalAgreedOn"), m_ui->principalAgreedOnDateEdit);
    connect(m_ui->toolComboBox, &QComboBox::currentIndexChanged, this, &ToolUseDialog::showTool);
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    retranslate();
}

ToolUseDialog::~ToolUseDialog() = default;

ToolUse ToolUseDialog::collect() const
{
    ToolUse use;
    use.id = m_useId;
    use.engagementId = m_engagementId;
    use.toolId = m_ui->toolComboBox->currentData().toLongLong();
    use.clientAgreedOn = m_ui->clientAgreedOnDateEdit->date();
    use.principalAgreedOn = m_hasPrincipal ? m_ui->principalAgreedOnDateEdit->date() : QDate();
    return use;
}

ValidationIssues ToolUseDialog::validateFields() const
{
    return validate(collect(), QDate::currentDate());
}

bool ToolUseDialog::store(RecordError* error)
{
    ToolUse use = collect();
    return practice()->records().compliance().save(use, error);
}

// What the register says of the chosen tool: what for, where the data goes, AI or not.
void ToolUseDialog::showTool()
{
    const qint64 id = m_ui->toolComboBox->currentData().toLongLong();
    QString details = m_tools.isEmpty() ? tr("The technology register is empty: add the tools you use under "
                                             "Practice, Profile, Technology.")
                                        : QString();
    for (const TechnologyTool& tool : std::as_const(m_tools)) {
        if (tool.id == id) {
            details = tr("%1. Data stored or processed: %2. %3")
                          .arg(tool.purpose,
                               tool.dataLocation,
                               tool.ai ? tr("Uses AI: every party agrees to it before it is used.") : tr("No AI."));
        }
    }
    m_ui->toolDetailsLabel->setText(details);
}

void ToolUseDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setText(m_useId > 0 ? tr("&Save the agreements") : tr("&Record the tool"));
    showTool();
}

void ToolUseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
