#pragma once

#include "common/forms/InlineErrors.h"
#include "domain/RecordError.h"
#include "domain/Validation.h"

#include <QHeaderView>
#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QTableWidget>
#include <QWidget>

namespace mandaat {

/// The base of the profile dialog's lists of the practice's items of type T (registrations,
/// qualifications): the items in a table, a form below it to add one, checked with core's
/// validate(T) and its messages under the form's fields, and a button to remove the chosen
/// line. Changes are kept here until apply(). A template, so no QObject of its own: the
/// subclass has the Q_OBJECT, the form and the texts.
template <typename T>
class ItemListEditor : public QWidget
{
public:
    bool hasChanges() const { return !m_removed.isEmpty() || m_added; }

    /// Adds what the add form holds; false, with the problems shown, when it is not valid.
    bool add()
    {
        const T item = collect();
        if (QWidget* invalid = m_errors->show(validate(item))) {
            invalid->setFocus(Qt::OtherFocusReason);
            return false;
        }
        m_items.append(item);
        m_added = true;
        fillTable();
        clearAddForm();
        return true;
    }

protected:
    explicit ItemListEditor(QWidget* parent)
        : QWidget(parent)
        , m_errors(new InlineErrors(this))
    { }

    InlineErrors& errors() const { return *m_errors; }

    /// Wires the table of \a columns columns, the buttons and the label for messages of no field
    /// of their own; call after setupUi and errors().add() for the add form's fields.
    void
    setUpList(QTableWidget* table, int columns, QPushButton* addButton, QPushButton* removeButton, QLabel* generalError)
    {
        m_table = table;
        m_removeButton = removeButton;
        table->setColumnCount(columns);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        m_errors->setGeneralLabel(generalError);
        m_errors->touchAll();
        connect(addButton, &QPushButton::clicked, this, [this]() { add(); });
        connect(removeButton, &QPushButton::clicked, this, [this]() {
            const int row = m_table->currentRow();
            if (row < 0 || row >= m_items.size()) {
                return;
            }
            if (m_items.at(row).id > 0) {
                m_removed.append(m_items.at(row).id);
            }
            m_items.removeAt(row);
            fillTable();
        });
    }

    /// Shows the stored \a items, nothing removed or added yet.
    void setItems(const QList<T>& items)
    {
        m_items = items;
        m_removed.clear();
        m_added = false;
        fillTable();
    }

    /// Writes the removals and additions through \a repository's \a remove and \a save; call
    /// inside a transaction.
    template <typename Repository>
    bool applyChanges(Repository& repository,
                      bool (Repository::*remove)(qint64, RecordError*),
                      bool (Repository::*save)(T&, RecordError*),
                      RecordError* error) const
    {
        for (const qint64 id : std::as_const(m_removed)) {
            if (!(repository.*remove)(id, error)) {
                return false;
            }
        }
        // On copies: when the transaction is undone, the ids given here do not exist.
        QList<T> items = m_items;
        for (T& item : items) {
            if (item.id == 0 && !(repository.*save)(item, error)) {
                return false;
            }
        }
        return true;
    }

    void fillTable()
    {
        m_table->setRowCount(static_cast<int>(m_items.size()));
        for (int row = 0; row < m_items.size(); ++row) {
            const QStringList texts = cells(m_items.at(row));
            for (int column = 0; column < texts.size(); ++column) {
                m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
            }
        }
        m_removeButton->setEnabled(!m_items.isEmpty());
    }

    /// The values in the add form.
    virtual T collect() const = 0;
    /// The texts of \a item's line in the table.
    virtual QStringList cells(const T& item) const = 0;
    /// Empties the add form for the next item.
    virtual void clearAddForm() = 0;

private:
    InlineErrors* m_errors = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_removeButton = nullptr;
    QList<T> m_items;
    QList<qint64> m_removed;
    bool m_added = false;
};

} // namespace mandaat
