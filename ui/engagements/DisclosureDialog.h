#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/ComplianceRecord.h"

#include <memory>

namespace Ui {
class DisclosureDialog;
}

namespace mandaat {

class OpenPractice;

/// ICF-2.3, the disclosure log: records confidential information that went to an authority or
/// another party under one of the exceptions agreed in advance: when, to whom, on which ground,
/// what, and whether and when the client was told, or why not.
class DisclosureDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// \a disclosureId 0: a new disclosure; else the disclosure to correct or complete.
    DisclosureDialog(OpenPractice* practice, qint64 engagementId, qint64 disclosureId = 0, QWidget* parent = nullptr);
    ~DisclosureDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    bool store(RecordError* error) override;

private:
    Disclosure collect() const;
    void retranslate();

    std::unique_ptr<Ui::DisclosureDialog> m_ui;
    qint64 m_engagementId = 0;
    qint64 m_disclosureId = 0;
};

} // namespace mandaat
