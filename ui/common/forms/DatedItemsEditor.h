#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace mandaat {

/// A small table of dated items with a kind and a description, edited in place: a client's or
/// principal's declared relationships (MW-5.1), a principal's other roles (CMI-3). Rows are
/// built at run time (a combo box and date fields per row), hence no .ui file.
class DatedItemsEditor : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString kindId;
        QString description;
        QDate from;
        QDate until; // invalid: ongoing
    };

    explicit DatedItemsEditor(QWidget* parent = nullptr);
    ~DatedItemsEditor() override;

    /// The kinds offered (stored id, translated name); call again when the language changes.
    void setKinds(const QList<QPair<QString, QString>>& kinds);
    /// Column titles and the add button's text.
    void setTexts(const QString& fromTitle, const QString& untilTitle, const QString& addText);

    void setItems(const QList<Item>& items);
    QList<Item> items() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const Item& item);
    void retranslateHeader();

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QList<QPair<QString, QString>> m_kinds;
    QString m_fromTitle;
    QString m_untilTitle;
};

} // namespace mandaat
