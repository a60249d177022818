#pragma once

#include "util/Error.h"
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mandaat {

/// How many records of each kind a vault holds, for `mandaat-cli info` and the practice's
/// overview. Reads only.
struct RecordCount
{
    const char* table;
    QString label; // translated, plural: "Clients"
    qint64 count = 0;
};

class RecordCounts
{
    Q_DECLARE_TR_FUNCTIONS(RecordCounts)

public:
    /// Principals, clients, engagements, sessions, notes, consents, evidence, complaints,
    /// attachments and audit entries, in that order; empty with \a error set on failure.
    static QList<RecordCount> of(const QSqlDatabase& database, Error* error);
};

} // namespace mandaat
