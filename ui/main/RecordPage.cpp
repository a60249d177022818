#include "RecordPage.h"

#include "common/forms/RecordForm.h"
#include "common/models/RecordTableModel.h"
#include "main/RecordListPane.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>

namespace mandaat {

RecordPage::RecordPage(RecordTableModel* model, RecordForm* form, QWidget* detail, QWidget* parent)
    : QWidget(parent)
    , m_list(new RecordListPane(this))
    , m_form(form)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_list->setModel(model, 0);
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(detail ? detail : form);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);

    connect(m_list, &RecordListPane::currentChanged, this, &RecordPage::currentChanged);
    // A double-click or Return on the record shown goes on into its form, at its first field.
    connect(m_list, &RecordListPane::activated, this, [this](qint64 id) {
        if (m_form->recordId() != id) {
            return;
        }
        for (QWidget* next = m_form->nextInFocusChain(); next && m_form->isAncestorOf(next);
             next = next->nextInFocusChain()) {
            if ((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(m_form) && next->isEnabled()) {
                next->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    });
    connect(m_list, &RecordListPane::newRequested, this, [this]() { showRecord(0); });
    connect(m_form, &RecordForm::saved, this, [this](qint64 id) {
        m_reverting = true;
        m_list->select(id);
        m_reverting = false;
    });
    connect(m_form, &RecordForm::removed, this, [this]() {
        m_reverting = true;
        m_list->clearSelection();
        m_reverting = false;
    });
}

RecordPage::~RecordPage() = default;

void RecordPage::setTexts(const QString& newText, const QString& listName)
{
    m_list->setTexts(newText, listName);
}

bool RecordPage::leave()
{
    return m_form->saveIfDirty();
}

bool RecordPage::showRecord(qint64 id)
{
    if (!leave()) {
        return false;
    }
    m_reverting = true;
    if (id == 0 || !m_list->select(id)) {
        m_list->clearSelection();
    }
    m_reverting = false;
    m_form->showRecord(id);
    if (id == 0) {
        focusFirstField();
    }
    return true;
}

void RecordPage::focusFirstField()
{
    // A new record is typed in at once (Ctrl+N, the New button): the form's first field in its
    // tab order takes the focus, not the list's filter (issue 15).
    QWidget* widget = m_form;
    while ((widget = widget->nextInFocusChain()) != m_form) {
        if (m_form->isAncestorOf(widget) && widget->isVisibleTo(m_form) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QAbstractButton*>(widget)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void RecordPage::currentChanged(qint64 id)
{
    if (m_reverting) {
        return;
    }
    if (!leave()) {
        // Back to the record with the problems.
        m_reverting = true;
        if (m_form->recordId() > 0) {
            m_list->select(m_form->recordId());
        } else {
            m_list->clearSelection();
        }
        m_reverting = false;
        return;
    }
    if (id > 0) {
        m_form->showRecord(id);
    } else if (m_form->recordId() > 0) {
        m_form->clear();
    }
}

} // namespace mandaat
