#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class FinalReportPage;
}

namespace mandaat {

class TerminationWizard;

/// An optional final report to the principal, checked against the client's consent (CMI-8)
/// as it is typed: a report beyond the consent keeps Next disabled, with the reason.
class FinalReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinalReportPage(TerminationWizard* wizard);
    ~FinalReportPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void update();

    std::unique_ptr<Ui::FinalReportPage> m_ui;
    TerminationWizard* m_wizard;
    bool m_allowed = true;
};

} // namespace mandaat
