#include "RecordForm.h"

#include "common/forms/FieldValues.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

#include <utility>

namespace mandaat {

RecordForm::RecordForm(QWidget* parent)
    : QWidget(parent)
    , m_errors(new InlineErrors(this))
{
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this]() {
        if (m_showing) {
            save();
        }
    });
}

RecordForm::~RecordForm() = default;

void RecordForm::setUpButtons(QPushButton* save, QPushButton* revert, QPushButton* remove, QLabel* generalError)
{
    m_saveButton = save;
    m_revertButton = revert;
    m_removeButton = remove;
    m_generalError = generalError;
    m_errors->setGeneralLabel(generalError);
    connect(save, &QPushButton::clicked, this, &RecordForm::save);
    connect(revert, &QPushButton::clicked, this, &RecordForm::revert);
    if (remove) {
        connect(remove, &QPushButton::clicked, this, &RecordForm::askRemove);
    }
    save->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    updateButtons();
}

void RecordForm::watchFields()
{
    forms::watchEdits(this, this, [this](QWidget* widget) { edited(widget); });
}

void RecordForm::setPractice(OpenPractice* practice)
{
    disconnect(m_changes);
    m_practice = practice;
    if (practice && m_kind) {
        m_changes = connect(&practice->records(), &Records::changed, this, &RecordForm::changedElsewhere);
    }
    clear();
}

void RecordForm::changedElsewhere(RecordKind kind, qint64 id)
{
    // Its own save reloads anyway; a change inside a batch is read once the batch is over.
    if (kind != m_kind || m_storing || !m_showing || m_id == 0 || (id != 0 && id != m_id) || m_reloadPending) {
        return;
    }
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this, shown = m_id]() {
        m_reloadPending = false;
        if (m_showing && m_id == shown) {
            reloadKeepingEdits();
        }
    });
}

void RecordForm::reloadKeepingEdits()
{
    // What the user typed and has not saved stays; every other field shows the stored value.
    QList<std::pair<QPointer<QWidget>, QVariant>> edits;
    for (const QPointer<QWidget>& field : std::as_const(m_edited)) {
        if (field) {
            edits.append({field, forms::fieldValue(field)});
        }
    }
    const QList<QPointer<QWidget>> edited = m_edited;
    QWidget* focus = focusWidget();
    showRecord(m_id);
    if (!m_showing || edits.isEmpty()) {
        return;
    }
    m_filling = true;
    for (const auto& [field, value] : edits) {
        if (field) {
            forms::setFieldValue(field, value);
        }
    }
    m_filling = false;
    m_edited = edited;
    setDirty(true);
    m_errors->show(validateFields());
    if (focus && isAncestorOf(focus) && focus->isEnabled()) {
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::showRecord(qint64 id)
{
    if (!m_practice) {
        return;
    }
    m_errors->reset();
    m_filling = true;
    RecordError error;
    const bool loaded = load(id, &error);
    m_filling = false;
    m_id = loaded ? id : 0;
    m_showing = loaded;
    m_edited.clear();
    setEnabled(loaded);
    setDirty(false);
    if (!loaded) {
        clearFields();
        showError(error.message);
    }
    recordShown();
    updateButtons();
    Q_EMIT recordChanged(m_id);
}

bool RecordForm::saveIfDirty()
{
    return !m_showing || !m_dirty || save();
}

bool RecordForm::save()
{
    if (!m_practice || !m_showing) {
        return false;
    }
    m_errors->touchAll();
    if (QWidget* invalid = m_errors->show(validateFields())) {
        invalid->setFocus(Qt::OtherFocusReason);
        return false;
    }
    RecordError error;
    qint64 id = m_id;
    m_storing = true;
    const bool stored = store(&id, &error);
    m_storing = false;
    if (!stored) {
        if (error.kind == RecordError::Kind::Invalid) {
            if (QWidget* invalid = m_errors->show(error.issues)) {
                invalid->setFocus(Qt::OtherFocusReason);
            }
        } else {
            showError(error.message);
        }
        return false;
    }
    m_id = id;
    m_errors->reset();
    // Reloaded: the repository may have set ids, times and normalised values.
    showRecord(id);
    Q_EMIT saved(id);
    return true;
}

void RecordForm::revert()
{
    if (m_showing) {
        showRecord(m_id);
    }
}

void RecordForm::clear()
{
    m_filling = true;
    clearFields();
    m_filling = false;
    m_errors->reset();
    m_id = 0;
    m_showing = false;
    m_edited.clear();
    setEnabled(false);
    setDirty(false);
    recordShown();
    updateButtons();
    Q_EMIT recordChanged(0);
}

bool RecordForm::removeRecord(RecordError*)
{
    return false;
}

void RecordForm::askRemove()
{
    const QString question = removeQuestion();
    if (question.isEmpty() || m_id == 0) {
        return;
    }
    // open(), never exec(): a lock closes the question (docs/architecture.md, Locking and threads).
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete"), question, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes]() {
        if (box->clickedButton() != yes || !m_practice) {
            return;
        }
        const qint64 id = m_id;
        RecordError error;
        if (!removeRecord(&error)) {
            showError(error.message);
            return;
        }
        clear();
        Q_EMIT removed(id);
    });
    box->open();
}

void RecordForm::edited(QWidget* widget)
{
    if (m_filling || !m_showing) {
        return;
    }
    m_errors->touch(widget);
    m_errors->show(validateFields());
    if (!m_edited.contains(widget)) {
        m_edited.append(widget);
    }
    setDirty(true);
}

void RecordForm::showError(const QString& message)
{
    if (m_generalError) {
        m_generalError->setText(message);
        m_generalError->setVisible(!message.isEmpty());
    }
}

void RecordForm::setDirty(bool dirty)
{
    if (dirty == m_dirty) {
        return;
    }
    m_dirty = dirty;
    updateButtons();
    Q_EMIT dirtyChanged(dirty);
}

void RecordForm::updateButtons()
{
    if (m_saveButton) {
        m_saveButton->setEnabled(m_showing && (m_dirty || m_id == 0));
    }
    if (m_revertButton) {
        m_revertButton->setEnabled(m_showing && m_dirty);
    }
    if (m_removeButton) {
        m_removeButton->setEnabled(m_showing && m_id != 0 && !removeQuestion().isEmpty());
    }
}

void RecordForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_showing) {
            m_errors->show(validateFields()); // the messages in the new language
        }
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
