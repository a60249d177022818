#pragma once

#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

namespace Ui {
class PartiesPage;
}

namespace mandaat {

/// Step 1: who the engagement is for, who commissions it, and its kind (MW-1, CMI-3). Going on
/// creates the engagement, or updates it, and moves it from draft to onboarding.
class PartiesPage : public OnboardingPage
{
    Q_OBJECT

public:
    /// The item data of "New client…" / "New principal…", and of "no principal".
    static constexpr qint64 NewRecord = -1;
    static constexpr qint64 NoPrincipal = 0;

    explicit PartiesPage(QWidget* parent = nullptr);
    ~PartiesPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    void fillChoices();
    void updateVisibility();
    void suggestTitle();
    QString suggestedTitle() const;

    std::unique_ptr<Ui::PartiesPage> m_ui;
    QString m_lastSuggestion;
};

} // namespace mandaat
