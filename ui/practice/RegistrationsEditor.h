#pragma once

#include "common/forms/ItemListEditor.h"
#include "domain/Practice.h"
#include "domain/RecordError.h"

#include <memory>

namespace Ui {
class RegistrationsEditor;
}

namespace mandaat {

class Records;

/// The registers and associations the consultant belongs to (CMI-1, MW-3.1), in the profile
/// dialog. Changes are kept here until the dialog is saved.
class RegistrationsEditor : public ItemListEditor<PracticeRegistration>
{
    Q_OBJECT

public:
    explicit RegistrationsEditor(QWidget* parent = nullptr);
    ~RegistrationsEditor() override;

    void load(const Records& records);
    /// Writes the removals and additions; call inside a transaction.
    bool apply(Records& records, RecordError* error);

protected:
    void changeEvent(QEvent* event) override;
    PracticeRegistration collect() const override;
    QStringList cells(const PracticeRegistration& item) const override;
    void clearAddForm() override;

private:
    void retranslate();

    std::unique_ptr<Ui::RegistrationsEditor> m_ui;
};

} // namespace mandaat
