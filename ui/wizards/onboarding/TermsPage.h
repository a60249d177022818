#pragma once

#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

namespace Ui {
class TermsPage;
}

namespace mandaat {

class FeeTermsFields;

/// Step 5: fee, expenses, payment and payer (CMI-5), and the duration with the explicit
/// check that it suffices for the objectives (MW-2.6, recorded as evidence).
class TermsPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit TermsPage(QWidget* parent = nullptr);
    ~TermsPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    void updateVisibility();
    void durationEdited();
    bool adequacyRecorded() const;

    std::unique_ptr<Ui::TermsPage> m_ui;
    FeeTermsFields* m_fees = nullptr; // owned by the page
    bool m_loading = false;
    bool m_adequacyStale = false;
};

} // namespace mandaat
