#pragma once

#include "domain/ComplianceRecord.h"
#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

namespace Ui {
class ConsentPage;
}

namespace mandaat {

/// Step 7: confidentiality and reporting: what the client consents to the principal hearing
/// (CMI-8, CMI-15, MW-4.1; for an evaluation, the report's agreed content), and the
/// restrictions on the use of information (CMI-14).
class ConsentPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit ConsentPage(QWidget* parent = nullptr);
    ~ConsentPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    bool asksConsent() const;
    bool asksReportContent() const;
    void updateVisibility();

    std::unique_ptr<Ui::ConsentPage> m_ui;
    Consent m_consent;
};

} // namespace mandaat
