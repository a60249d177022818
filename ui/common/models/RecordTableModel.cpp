#include "RecordTableModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace mandaat {

namespace {

// More changes than this at once (an import) are applied as one reload.
constexpr int MaxRowRefreshes = 50;

} // namespace

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

RecordTableModel::~RecordTableModel() = default;

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loaded && isAttached();
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        reload();
    }
}

void RecordTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_pending.clear();
    m_pendingAll = false;
    QString error;
    m_loaded = isAttached() && loadRows(&error);
    if (!m_loaded) {
        clearRows();
    }
    endResetModel();
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT loadFailed(error);
    }
}

void RecordTableModel::clear()
{
    beginResetModel();
    clearRows();
    m_loaded = false;
    m_pending.clear();
    m_pendingAll = false;
    endResetModel();
}

void RecordTableModel::detach()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    clear();
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QVariant tip = otherData(index.row(), index.column(), role);
        return tip.isValid() ? tip : displayData(index.row(), index.column());
    }
    case IdRole:
        return idAt(index.row());
    case SortRole:
        return sortData(index.row(), index.column());
    case FilterRole: {
        QStringList texts;
        for (int column = 0; column < columnCount({}); ++column) {
            texts.append(displayData(index.row(), column).toString());
        }
        return fold(texts.join(QLatin1Char(' ')));
    }
    default:
        return otherData(index.row(), index.column(), role);
    }
}

QVariant RecordTableModel::sortData(int row, int column) const
{
    return displayData(row, column);
}

QVariant RecordTableModel::otherData(int, int, int) const
{
    return {};
}

void RecordTableModel::refreshRow(qint64)
{
    reload();
}

QString RecordTableModel::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c.toCaseFolded());
        }
    }
    return folded;
}

void RecordTableModel::scheduleRefresh(qint64 id)
{
    if (!m_loaded) {
        return; // loaded fresh when someone looks
    }
    if (id == 0 || m_pending.size() >= MaxRowRefreshes) {
        m_pendingAll = true;
    } else {
        m_pending.insert(id);
    }
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &RecordTableModel::applyPendingChanges);
    }
}

void RecordTableModel::applyPendingChanges()
{
    m_scheduled = false;
    if (!m_loaded || !isAttached() || (!m_pendingAll && m_pending.isEmpty())) {
        return;
    }
    if (m_pendingAll) {
        reload();
        return;
    }
    const QSet<qint64> ids = std::exchange(m_pending, {});
    for (const qint64 id : ids) {
        refreshRow(id);
    }
}

bool RecordTableModel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount({}) - 1);
        if (rowCount({}) > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount({}) - 1, columnCount({}) - 1));
        }
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace mandaat
