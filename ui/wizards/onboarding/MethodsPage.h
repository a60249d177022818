#pragma once

#include "domain/Engagement.h"
#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

namespace Ui {
class MethodsPage;
}

namespace mandaat {

/// Step 4: the methods and tools, each described (MW-2.5) and credited to its author or owner
/// (MW-3.2); the confirmation states them (CMI-5).
class MethodsPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit MethodsPage(QWidget* parent = nullptr);
    ~MethodsPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    /// Adds the method in the fields to the list; false with the problems shown.
    bool addMethod();
    void editMethod();
    void removeMethod();
    void showMethods();
    bool fieldsEmpty() const;

    std::unique_ptr<Ui::MethodsPage> m_ui;
    QList<EngagementMethod> m_methods;
    qint64 m_editingId = 0;
};

} // namespace mandaat
