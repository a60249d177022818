#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ExportPage;
}

namespace mandaat {

class TerminationWizard;

/// What Finish records, and the offer to export the engagement (GDPR art. 15, 20).
class ExportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportPage(TerminationWizard* wizard);
    ~ExportPage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::ExportPage> m_ui;
    TerminationWizard* m_wizard;
};

} // namespace mandaat
