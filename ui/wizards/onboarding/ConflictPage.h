#pragma once

#include "compliance/ConflictCheck.h"
#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

namespace Ui {
class ConflictPage;
}

namespace mandaat {

/// Step 2: the conflict check (MW-5.1, MW-5.2, MW-2.8), run as soon as the parties are known.
/// A finding stops the consultant here until a resolution (the boundary agreement, dated) is
/// recorded, or the engagement is declined. Also the consultant's own declarations
/// (independence CMI-6, the client's interests first MW-2.7, neutrality MW-2.8), and the
/// other roles for the principal the client must hear of (CMI-3).
class ConflictPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit ConflictPage(QWidget* parent = nullptr);
    ~ConflictPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;
    /// Next stays disabled while a finding has no resolution, or once declined.
    bool isComplete() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    struct Finding
    {
        ConflictFinding finding;
        bool resolved = false;
    };
    void runCheck();
    void showFindings();
    void recordResolution();
    void updateDecline();
    void askDecline();
    void decline();
    void loadDeclarations();

    std::unique_ptr<Ui::ConflictPage> m_ui;
    QList<Finding> m_findings;
};

} // namespace mandaat
