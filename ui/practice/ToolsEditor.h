#pragma once

#include "domain/RecordError.h"
#include "domain/Technology.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ToolsEditor;
}

namespace mandaat {

class InlineErrors;
class Records;

/// ICF-2.5, the practice's technology register in the profile dialog: the tools used with client
/// data, what for, where the data is stored or processed, AI, processor agreement, the day last
/// reviewed. A tool is added, changed (choose its line, change the fields) or retired, never
/// removed: the engagements that used it keep naming it. Changes are kept here until the dialog
/// is saved.
class ToolsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ToolsEditor(QWidget* parent = nullptr);
    ~ToolsEditor() override;

    void load(const Records& records);
    /// Writes the new and changed tools; call inside a transaction.
    bool apply(Records& records, RecordError* error);

protected:
    void changeEvent(QEvent* event) override;

private:
    TechnologyTool collect() const;
    bool checked(const TechnologyTool& tool);
    void add();
    void change();
    void retire();
    void showChosen();
    void fillTable();
    void clearForm();
    int chosenRow() const;
    void retranslate();

    std::unique_ptr<Ui::ToolsEditor> m_ui;
    InlineErrors* m_errors = nullptr;
    QList<TechnologyTool> m_tools;
    QList<bool> m_changed; // per tool: new or changed since load()
};

} // namespace mandaat
