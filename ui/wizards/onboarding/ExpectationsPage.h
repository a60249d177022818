#pragma once

#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

namespace Ui {
class ExpectationsPage;
}

namespace mandaat {

/// Step 3: the client's and the principal's expectations, other stakeholders, and the agreed
/// objectives (MW-2.4, CMI-11).
class ExpectationsPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit ExpectationsPage(QWidget* parent = nullptr);
    ~ExpectationsPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    std::unique_ptr<Ui::ExpectationsPage> m_ui;
};

} // namespace mandaat
