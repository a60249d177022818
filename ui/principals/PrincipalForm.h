#pragma once

#include "common/forms/RecordForm.h"
#include "domain/Principal.h"

#include <memory>

namespace Ui {
class PrincipalForm;
}

namespace mandaat {

class EngagementListModel;

/// A principal's details: the organisation that commissions engagements, its contact person,
/// and its engagements. Other roles (CMI-3) and declared relationships (MW-5.1) are kept as
/// they are.
class PrincipalForm : public RecordForm
{
    Q_OBJECT

public:
    explicit PrincipalForm(QWidget* parent = nullptr);
    ~PrincipalForm() override;

Q_SIGNALS:
    void engagementActivated(qint64 engagementId);

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
    Principal collect() const;
    void fill(const Principal& principal);

    std::unique_ptr<Ui::PrincipalForm> m_ui;
    EngagementListModel* m_engagements = nullptr;
    Principal m_principal;
};

} // namespace mandaat
