#pragma once

#include "common/forms/RecordForm.h"
#include "domain/Engagement.h"

#include <memory>

namespace Ui {
class EngagementTermsForm;
}

namespace mandaat {

class FeeTermsFields;

/// An engagement's terms, in the order of the confirmation letter: the parties and who pays
/// (CMI-5), the assignment and expectations (MW-2.4), methods with their authors (MW-2.5,
/// MW-3.2), fee and payment (CMI-5), duration (MW-2.6), and the questions the onboarding asks
/// (CMI-4, CMI-7, CMI-14). Status changes go through the engagement page, not this form.
class EngagementTermsForm : public RecordForm
{
    Q_OBJECT

public:
    explicit EngagementTermsForm(QWidget* parent = nullptr);
    ~EngagementTermsForm() override;

    /// A new engagement for \a clientId (0: choose).
    void newEngagementFor(qint64 clientId);
    /// The engagement as last loaded or saved.
    const Engagement& engagement() const { return m_engagement; }

protected:
    bool load(qint64 id, RecordError* error) override;
    void clearFields() override;
    ValidationIssues validateFields() const override;
    bool store(qint64* id, RecordError* error) override;
    bool removeRecord(RecordError* error) override;
    QString removeQuestion() const override;
    void recordShown() override;
    void retranslate() override;

private:
    Engagement collect() const;
    void fill(const Engagement& engagement);
    void fillParties();
    void updateEnabled();
    void addMethod();
    void updateFrozen();

    std::unique_ptr<Ui::EngagementTermsForm> m_ui;
    FeeTermsFields* m_fees = nullptr; // owned by the form
    Engagement m_engagement;
};

} // namespace mandaat
