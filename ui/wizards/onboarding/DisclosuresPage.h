#pragma once

#include "wizards/onboarding/OnboardingPage.h"

#include <QList>

#include <memory>
#include <optional>

class QRadioButton;

namespace Ui {
class DisclosuresPage;
}

namespace mandaat {

class EvidenceField;

/// Step 6: what the parties are told beforehand: the consultant's other roles for the
/// principal (CMI-3), an assignment that follows earlier advice (CMI-4), one that is part of
/// an end-of-employment arrangement (CMI-7), and, at the first contact, the client's freedom
/// to accept, refuse or stop (CMI-10).
class DisclosuresPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit DisclosuresPage(QWidget* parent = nullptr);
    ~DisclosuresPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    void loadRoles();
    void updateVisibility();
    /// The fields in use now: the roles, the disclosures answered yes, the freedom to stop.
    QList<EvidenceField*> activeFields() const;

    std::unique_ptr<Ui::DisclosuresPage> m_ui;
    QList<EvidenceField*> m_roleFields;
};

} // namespace mandaat
