#pragma once

#include "exchange/ExportScope.h"
#include "util/Error.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

namespace mandaat {

/// A file of the export, under its neutral name.
struct ExportAttachment
{
    qint64 id = 0;
    QString path; ///< "attachments/0001.pdf": never the real name, which may name a client
    qint64 size = 0;
};

/// What goes into data.json, and the files that go beside it.
struct ExportData
{
    QJsonObject root;
    QList<ExportAttachment> attachments;
    QList<qint64> engagementIds;
    int notes = 0;
};

/// Reads the records of an ExportScope from a vault's connection into data.json's tree
/// (docs/export-format.md). Reads only.
class ExportCollector
{
    Q_DECLARE_TR_FUNCTIONS(ExportCollector)

public:
    explicit ExportCollector(const QSqlDatabase& database);

    /// Asked between engagements; once cancelled the collection stops.
    void setProgress(const Progress* progress) { m_progress = progress; }

    bool collect(const ExportScope& scope, ExportData* data, Error* error);
    /// The bytes of an attachment, read when the archive is written.
    QByteArray content(qint64 attachmentId, Error* error) const;

private:
    QJsonArray rows(const QString& table, const QString& where, const QVariantList& values = {});
    QList<qint64> ids(const QString& sql, const QVariantList& values = {});
    QJsonObject engagement(const QJsonObject& row);
    QJsonObject practice();
    QJsonObject audit(const QList<qint64>& engagementIds, bool everything);
    void noteAttachments(const QJsonArray& rows);

    QSqlDatabase m_database;
    QString m_error;
    QList<qint64> m_attachmentIds;
    const Progress* m_progress = nullptr;
};

} // namespace mandaat
