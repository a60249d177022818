#pragma once

#include "common/forms/RecordDialog.h"
#include "domain/Technology.h"

#include <memory>

namespace Ui {
class ToolUseDialog;
}

namespace mandaat {

class OpenPractice;

/// ICF-2.5: a tool of the practice's technology register used with this engagement's client
/// data, and the day each party agreed to it (the principal only when there is one). A new use
/// chooses among the tools still in use; an existing one keeps its tool and records the
/// agreements.
class ToolUseDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// \a useId 0: a tool newly used; else the use whose agreements to record.
    ToolUseDialog(OpenPractice* practice, qint64 engagementId, qint64 useId = 0, QWidget* parent = nullptr);
    ~ToolUseDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    ValidationIssues validateFields() const override;
    bool store(RecordError* error) override;

private:
    ToolUse collect() const;
    void showTool();
    void retranslate();

    std::unique_ptr<Ui::ToolUseDialog> m_ui;
    qint64 m_engagementId = 0;
    qint64 m_useId = 0;
    bool m_hasPrincipal = false;
    QList<TechnologyTool> m_tools; // the register's tools offered (and this use's own, retired or not)
};

} // namespace mandaat
