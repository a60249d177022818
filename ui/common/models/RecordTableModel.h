#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace mandaat {

/// The base of the hand-written table models over core's records (CONTRIBUTING.md, point 11). Rows are
/// loaded lazily, through canFetchMore()/fetchMore() (a view asks when it first shows the model)
/// or reload(); changes announced by the repositories are gathered and applied once the event
/// loop runs, a row at a time, or as one reload after a batch (a CSV import). Texts follow the
/// interface language without a restart.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the record's id (qint64)
        SortRole, ///< the raw value a column sorts by (a date, a number, a text)
        FilterRole, ///< the row's texts, case and diacritics folded, for the instant filter
    };

    explicit RecordTableModel(QObject* parent = nullptr);
    ~RecordTableModel() override;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role) const override;

    /// Loads every row again now.
    void reload();
    /// Forgets every row and the source (a lock).
    void clear();
    bool isLoaded() const { return m_loaded; }
    /// The row of the record \a id, or -1.
    virtual int rowOf(qint64 id) const = 0;
    QString lastError() const { return m_lastError; }
    /// Applies the changes gathered from the repositories now, instead of when the event loop
    /// runs (before selecting a record just saved).
    void applyPendingChanges();

    /// \a text folded for matching: lower case, without diacritics ("Zoë" matches "zoe").
    static QString fold(const QString& text);

Q_SIGNALS:
    void loadFailed(const QString& message);

protected:
    /// Whether there is a source to load from.
    virtual bool isAttached() const = 0;
    /// Replaces the rows (called between beginResetModel and endResetModel).
    virtual bool loadRows(QString* error) = 0;
    virtual void clearRows() = 0;
    /// The text of a cell; rowData() answers the other roles from it.
    virtual QVariant displayData(int row, int column) const = 0;
    virtual QVariant sortData(int row, int column) const;
    virtual QVariant otherData(int row, int column, int role) const;
    virtual qint64 idAt(int row) const = 0;
    /// Brings the row of \a id up to date; the default reloads everything.
    virtual void refreshRow(qint64 id);

    /// Asks for the row of \a id (0: every row) to be refreshed once the event loop runs.
    void scheduleRefresh(qint64 id = 0);
    /// Keeps a connection to a source's change signal, so that detach() can drop it.
    void track(const QMetaObject::Connection& connection) { m_connections.append(connection); }
    /// Drops the source's connections and every row.
    void detach();

    /// Replaces, inserts or removes the row of \a id in \a rows, with the matching signals.
    template <typename T>
    void applyRow(QList<T>& rows, qint64 id, const std::optional<T>& value)
    {
        int row = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id) {
                row = i;
                break;
            }
        }
        if (value && row >= 0) {
            rows[row] = *value;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount({}) - 1));
        } else if (value) {
            beginInsertRows({}, static_cast<int>(rows.size()), static_cast<int>(rows.size()));
            rows.append(*value);
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            rows.removeAt(row);
            endRemoveRows();
        }
    }

    template <typename T>
    static int indexOfId(const QList<T>& rows, qint64 id)
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id) {
                return i;
            }
        }
        return -1;
    }

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_loaded = false;
    bool m_scheduled = false;
    bool m_pendingAll = false;
    QSet<qint64> m_pending;
    QString m_lastError;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace mandaat
