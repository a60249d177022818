#pragma once

#include "domain/ComplianceRecord.h"
#include "forms/RecordForm.h"

#include <memory>

namespace Ui {
class ComplaintForm;
}

namespace mandaat {

/// A complaint in the register (CMI-17): received, acknowledged in writing, settled within
/// four weeks of receipt. Complaints are not deleted: a wrong one is corrected, or withdrawn.
class ComplaintForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ComplaintForm(QWidget* parent = nullptr);
    ~ComplaintForm() override;

    /// A new complaint about \a engagementId.
    void newComplaintFor(qint64 engagementId);

protected:
    bool load(qint64 id, RecordError* error) override;
    void clearFields() override;
    ValidationIssues validateFields() const override;
    bool store(qint64* id, RecordError* error) override;
    void recordShown() override;
    void retranslate() override;

private:
    Complaint collect() const;
    void fill(const Complaint& complaint);
    void fillEngagements();
    void updateDue();

    std::unique_ptr<Ui::ComplaintForm> m_ui;
    Complaint m_complaint;
};

} // namespace mandaat
