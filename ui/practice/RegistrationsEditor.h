#pragma once

#include "domain/Practice.h"
#include "domain/RecordError.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RegistrationsEditor;
}

namespace mandaat {

class InlineErrors;
class Records;

/// The registers and associations the consultant belongs to (CMI-1, MW-3.1), in the profile
/// dialog. Changes are kept here until the dialog is saved.
class RegistrationsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationsEditor(QWidget* parent = nullptr);
    ~RegistrationsEditor() override;

    void load(const Records& records);
    /// Writes the removals and additions; call inside a transaction.
    bool apply(Records& records, RecordError* error);
    bool hasChanges() const { return !m_removed.isEmpty() || m_added; }
    /// Adds what the add form holds; false, with the problems shown, when it is not valid.
    bool add();

protected:
    void changeEvent(QEvent* event) override;

private:
    PracticeRegistration collect() const;
    void fillTable();
    void retranslate();

    std::unique_ptr<Ui::RegistrationsEditor> m_ui;
    InlineErrors* m_errors = nullptr;
    QList<PracticeRegistration> m_items;
    QList<qint64> m_removed;
    bool m_added = false;
};

} // namespace mandaat
