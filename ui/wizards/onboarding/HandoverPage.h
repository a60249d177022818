#pragma once

#include "wizards/onboarding/OnboardingPage.h"

#include <QList>

#include <memory>

namespace Ui {
class HandoverPage;
}

namespace mandaat {

class EvidenceField;

/// Step 8: handing over the code of conduct (MW-2.2) and the privacy notice (GDPR art. 13) to
/// each party, when and how; under the Mens(en)werk code also the terms explained and
/// understood (MW-2.3: finance, logistics, confidentiality).
class HandoverPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit HandoverPage(QWidget* parent = nullptr);
    ~HandoverPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;

protected:
    void load() override;
    bool save(QString* error) override;

private:
    /// The fields in use for this engagement.
    QList<EvidenceField*> activeFields() const;

    std::unique_ptr<Ui::HandoverPage> m_ui;
};

} // namespace mandaat
