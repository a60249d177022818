#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RetentionPage;
}

namespace mandaat {

class TerminationWizard;

/// The two retention clocks (GDPR art. 5(1)(e), MW-4.2): the dossier and the financial
/// records, with the practice policy's defaults counted from the end date.
class RetentionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RetentionPage(TerminationWizard* wizard);
    ~RetentionPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void collect();

    std::unique_ptr<Ui::RetentionPage> m_ui;
    TerminationWizard* m_wizard;
};

} // namespace mandaat
