#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReasonPage;
}

namespace mandaat {

class TerminationWizard;

/// Why and when the engagement ends; the compliance rules' refusal (CMI-12: a written
/// warning first) is shown here and keeps Next disabled. Asks about a referral (CMI-11) when
/// ending early, and the successor for a conflict of interest (MW-5.3).
class ReasonPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReasonPage(TerminationWizard* wizard);
    ~ReasonPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// The final report only where there is a principal to report to (CMI-8); a client who pays
    /// for the guidance goes on to the letter.
    int nextId() const override;

private:
    void collect();
    void update();

    std::unique_ptr<Ui::ReasonPage> m_ui;
    TerminationWizard* m_wizard;
    QString m_refusal;
};

} // namespace mandaat
