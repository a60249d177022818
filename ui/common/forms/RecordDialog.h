#pragma once

#include "domain/RecordError.h"
#include "domain/ValidationIssue.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace mandaat {

class InlineErrors;
class OpenPractice;

/// The base of the dialogs that record one thing about an engagement (a consultation, a
/// referral, a consent, a report to the principal): validated as the user types, with core's
/// messages under the fields; on Save validated again, stored through the repository and
/// closed. What the repository refuses is shown in place and the dialog stays open. The
/// subclass registers its fields with errors(), validates the values in them and stores them.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    ~RecordDialog() override;

    void accept() override;

protected:
    RecordDialog(OpenPractice* practice, QWidget* parent);

    OpenPractice* practice() const { return m_practice; }
    InlineErrors& errors() const { return *m_errors; }
    /// Wires Save and Cancel of \a buttonBox, the label for messages of no field of their own
    /// and the validation as the user types; call after setupUi and errors().add().
    void setUpForm(QDialogButtonBox* buttonBox, QLabel* generalError);

    /// The issues of the values in the fields now (core's validate()).
    virtual ValidationIssues validateFields() const = 0;
    /// The issues that keep Save from storing; validateFields() unless the subclass has more.
    virtual ValidationIssues validateForSave() const { return validateFields(); }
    /// Stores the values in the fields.
    virtual bool store(RecordError* error) = 0;

private:
    QPointer<OpenPractice> m_practice;
    InlineErrors* m_errors = nullptr;
    QLabel* m_generalError = nullptr;
};

} // namespace mandaat
