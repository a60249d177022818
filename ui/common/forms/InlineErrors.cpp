#include "InlineErrors.h"

#include "common/Appearance.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace mandaat {

namespace {

bool layoutContains(QLayout* layout, QWidget* widget)
{
    if (!layout) {
        return false;
    }
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == widget || layoutContains(item->layout(), widget)) {
            return true;
        }
    }
    return false;
}

// The form layout and row that hold \a widget, directly or inside a nested layout.
QFormLayout* formRowOf(QWidget* form, QWidget* widget, int* row)
{
    QList<QFormLayout*> layouts = form->findChildren<QFormLayout*>();
    if (auto* own = qobject_cast<QFormLayout*>(form->layout())) {
        layouts.prepend(own);
    }
    for (QFormLayout* layout : std::as_const(layouts)) {
        for (int r = 0; r < layout->rowCount(); ++r) {
            for (const QFormLayout::ItemRole role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
                QLayoutItem* item = layout->itemAt(r, role);
                if (item && (item->widget() == widget || layoutContains(item->layout(), widget))) {
                    *row = r;
                    return layout;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

InlineErrors::InlineErrors(QWidget* form)
    : QObject(form)
    , m_form(form)
{ }

InlineErrors::~InlineErrors() = default;

QLabel* InlineErrors::makeLabel(QWidget* widget, const QString& field)
{
    int row = -1;
    QFormLayout* layout = formRowOf(m_form, widget, &row);
    if (!layout) {
        return nullptr;
    }
    auto* label = new QLabel(m_form);
    label->setObjectName(QString(field).replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("ErrorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    appearance::makeErrorText(label);
    layout->insertRow(row + 1, QString(), label);
    label->hide();
    return label;
}

void InlineErrors::add(const QString& field, QWidget* widget)
{
    Field entry;
    entry.widget = widget;
    entry.label = makeLabel(widget, field);
    entry.toolTip = widget->toolTip();
    m_fields.insert(field, entry);
    m_order.append(field);
}

void InlineErrors::setGeneralLabel(QLabel* label)
{
    m_general = label;
    appearance::makeErrorText(label);
    label->setWordWrap(true);
    label->hide();
}

void InlineErrors::touch(QWidget* widget)
{
    for (QWidget* w = widget; w && w != m_form; w = w->parentWidget()) {
        m_touched.insert(w);
    }
}

QString InlineErrors::fieldFor(const QString& issueField) const
{
    // "members[2].name" -> "members", "address.city" -> "address.city" or "address".
    QString field = issueField;
    while (!field.isEmpty()) {
        if (m_fields.contains(field)) {
            return field;
        }
        const qsizetype cut = std::max(field.lastIndexOf(QLatin1Char('.')), field.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0) {
            break;
        }
        field = field.left(cut);
    }
    return {};
}

QWidget* InlineErrors::show(const ValidationIssues& issues)
{
    QHash<QString, QStringList> messages;
    QStringList general;
    for (const ValidationIssue& issue : issues) {
        const QString field = fieldFor(issue.field);
        const Field entry = m_fields.value(field);
        if (field.isEmpty() || !entry.label) {
            if (m_all) {
                general.append(issue.message);
            }
            continue;
        }
        if (m_all || m_touched.contains(entry.widget)) {
            messages[field].append(issue.message);
        }
    }
    QWidget* first = nullptr;
    for (const QString& field : std::as_const(m_order)) {
        const Field& entry = m_fields[field];
        if (!entry.label || !entry.widget) {
            continue;
        }
        const QStringList text = messages.value(field);
        entry.label->setText(text.join(QLatin1Char('\n')));
        entry.label->setVisible(!text.isEmpty());
        entry.widget->setToolTip(text.isEmpty() ? entry.toolTip : text.join(QLatin1Char('\n')));
        if (!text.isEmpty() && !first) {
            first = entry.widget;
        }
    }
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
    return first;
}

void InlineErrors::reset()
{
    m_touched.clear();
    m_all = false;
    show({});
}

QString InlineErrors::messageFor(const QString& field) const
{
    const Field entry = m_fields.value(field);
    return entry.label && !entry.label->isHidden() ? entry.label->text() : QString();
}

} // namespace mandaat
