#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class LetterPage;
}

namespace mandaat {

class TerminationWizard;

/// The termination letter (and for MW-5.3 the handover letter), in Dutch or English; stored
/// with the end when the wizard finishes.
class LetterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LetterPage(TerminationWizard* wizard);
    ~LetterPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void savePreview();

    std::unique_ptr<Ui::LetterPage> m_ui;
    TerminationWizard* m_wizard;
};

} // namespace mandaat
