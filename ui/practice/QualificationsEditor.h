#pragma once

#include "common/forms/ItemListEditor.h"
#include "domain/Practice.h"
#include "domain/RecordError.h"

#include <memory>

namespace Ui {
class QualificationsEditor;
}

namespace mandaat {

class Records;

/// The consultant's qualifications, certifications and accreditations with their expiry
/// (MW-3.1), in the profile dialog. Changes are kept here until the dialog is saved.
class QualificationsEditor : public ItemListEditor<PracticeQualification>
{
    Q_OBJECT

public:
    explicit QualificationsEditor(QWidget* parent = nullptr);
    ~QualificationsEditor() override;

    void load(const Records& records);
    /// Writes the removals and additions; call inside a transaction.
    bool apply(Records& records, RecordError* error);

protected:
    void changeEvent(QEvent* event) override;
    PracticeQualification collect() const override;
    QStringList cells(const PracticeQualification& item) const override;
    void clearAddForm() override;

private:
    void retranslate();

    std::unique_ptr<Ui::QualificationsEditor> m_ui;
};

} // namespace mandaat
