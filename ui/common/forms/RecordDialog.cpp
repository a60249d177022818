#include "RecordDialog.h"

#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"

#include <QDialogButtonBox>
#include <QLabel>

namespace mandaat {

RecordDialog::RecordDialog(OpenPractice* practice, QWidget* parent)
    : QDialog(parent)
    , m_practice(practice)
    , m_errors(new InlineErrors(this))
{ }

RecordDialog::~RecordDialog() = default;

void RecordDialog::setUpForm(QDialogButtonBox* buttonBox, QLabel* generalError)
{
    m_generalError = generalError;
    m_errors->setGeneralLabel(generalError);
    forms::watchEdits(this, this, [this](QWidget* widget) {
        m_errors->touch(widget);
        m_errors->show(validateFields());
    });
    connect(buttonBox, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordDialog::accept()
{
    if (!m_practice) {
        reject();
        return;
    }
    m_errors->touchAll();
    if (QWidget* invalid = m_errors->show(validateForSave())) {
        invalid->setFocus(Qt::OtherFocusReason);
        return;
    }
    RecordError error;
    if (!store(&error)) {
        m_errors->show(error.issues);
        if (error.issues.isEmpty() && m_generalError) {
            m_generalError->setText(error.message);
            m_generalError->show();
        }
        return;
    }
    QDialog::accept();
}

} // namespace mandaat
