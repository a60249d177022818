#pragma once

#include "domain/ValidationIssue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QFormLayout;
class QLabel;
class QWidget;

namespace mandaat {

/// Shows core's validation messages (Validation.h) in place: under the field they concern, in
/// the form layout's next row, with the field's tool tip set to the message. Issues about
/// fields without a widget of their own (a member in a table) go to a general label.
class InlineErrors : public QObject
{
    Q_OBJECT

public:
    explicit InlineErrors(QWidget* form);
    ~InlineErrors() override;

    /// Issues about \a field (and its nested fields, "address.city" under "address" unless
    /// registered themselves) show under \a widget, which sits in a QFormLayout of the form.
    void add(const QString& field, QWidget* widget);
    /// The label for issues that no registered field takes.
    void setGeneralLabel(QLabel* label);
    /// Notes that the user edited \a widget: its issues show from now on.
    void touch(QWidget* widget);
    /// Issues of every field show from now on (after a save was tried).
    void touchAll() { m_all = true; }

    /// Shows \a issues of the touched fields, hiding the others; returns the first widget with
    /// an issue shown, for the focus.
    QWidget* show(const ValidationIssues& issues);
    /// Hides everything and forgets what was touched (another record).
    void reset();
    /// The message shown under \a field, empty when none (for tests).
    QString messageFor(const QString& field) const;

private:
    struct Field
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
        QString toolTip; // the widget's own tool tip
    };
    QLabel* makeLabel(QWidget* widget, const QString& field);
    QString fieldFor(const QString& issueField) const;

    QWidget* m_form;
    QHash<QString, Field> m_fields;
    QStringList m_order; // registration order: the focus goes to the first
    QSet<QWidget*> m_touched;
    QPointer<QLabel> m_general;
    bool m_all = false;
};

} // namespace mandaat
