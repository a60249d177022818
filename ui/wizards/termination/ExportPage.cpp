#include "wizards/termination/ExportPage.h"

#include "common/Formats.h"
#include "domain/DisplayNames.h"
#include "ui_ExportPage.h"
#include "wizards/termination/TerminationWizard.h"

namespace mandaat {

ExportPage::ExportPage(TerminationWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ExportPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("Finish"));
    setSubTitle(tr("Finish records everything at once; Cancel changes nothing."));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    connect(
        m_ui->exportCheckBox, &QCheckBox::toggled, this, [this](bool on) { m_wizard->plan().exportAfterwards = on; });
}

ExportPage::~ExportPage() = default;

void ExportPage::initializePage()
{
    const TerminationPlan& plan = m_wizard->plan();
    QStringList lines;
    lines << tr("The engagement ends on %1: %2.")
                 .arg(formats::longDate(plan.endDate), plan.reason ? displayName(*plan.reason) : QString());
    lines << tr("The termination letter (%1) is stored.").arg(displayName(plan.language));
    if (plan.reason == EndReason::ConflictOfInterest) {
        lines << tr("The handover letter proposing %1 is stored.").arg(plan.successor);
    }
    if (plan.referral == ReferralAnswer::Referred) {
        lines << tr("The referral to %1 (%2) is recorded.").arg(plan.referredTo, plan.referralDiscipline);
    } else if (plan.referral == ReferralAnswer::Considered) {
        lines << tr("That a referral was considered is recorded.");
    }
    if (plan.finalReport) {
        lines << tr("The final report \u201c%1\u201d is recorded.").arg(plan.finalReport->title);
    }
    lines << tr("The dossier is kept until %1, the financial records until %2.")
                 .arg(formats::longDate(plan.dossierUntil), formats::longDate(plan.financialUntil));
    m_ui->summaryLabel->setText(QStringLiteral("\u2022 ") + lines.join(QStringLiteral("\n\u2022 ")));
    m_ui->exportCheckBox->setChecked(plan.exportAfterwards);
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

} // namespace mandaat
