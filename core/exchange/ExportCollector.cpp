#include "ExportCollector.h"

#include "exchange/AuditVerifier.h"
#include "exchange/ExportFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

namespace {

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

QString columnList(const exportformat::Table& table)
{
    QStringList names;
    for (const exportformat::Column& column : table.columns) {
        names << column.name;
    }
    return names.join(QStringLiteral(", "));
}

// The neutral name's extension: the real name's, when it is short and plain, else "bin".
QString extension(const QString& fileName)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return plain.match(suffix).hasMatch() ? suffix : QStringLiteral("bin");
}

QList<qint64> idsOf(const QJsonArray& rows)
{
    QList<qint64> result;
    for (const QJsonValue& row : rows) {
        result << row.toObject().value(QStringLiteral("id")).toInteger();
    }
    return result;
}

} // namespace

ExportCollector::ExportCollector(const QSqlDatabase& database)
    : m_database(database)
{ }

QJsonArray ExportCollector::rows(const QString& table, const QString& where, const QVariantList& values)
{
    const exportformat::Table& spec = exportformat::table(table);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // Table and column names come from ExportFormat, never from input.
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY id")
            .arg(columnList(spec), table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    QJsonArray result;
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return result;
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        QJsonObject object;
        for (int i = 0; i < spec.columns.size(); ++i) {
            object.insert(spec.columns.at(i).name, exportformat::jsonValue(spec.columns.at(i), query.value(i)));
        }
        result.append(object);
    }
    noteAttachments(result);
    return result;
}

QList<qint64> ExportCollector::ids(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_database);
    QList<qint64> result;
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return result;
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        result << query.value(0).toLongLong();
    }
    return result;
}

// Every file a record refers to goes into the archive.
void ExportCollector::noteAttachments(const QJsonArray& rows)
{
    for (const QJsonValue& row : rows) {
        const QJsonObject object = row.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().endsWith(QLatin1String("attachment_id")) && it.value().isDouble()) {
                const qint64 id = it.value().toInteger();
                if (!m_attachmentIds.contains(id)) {
                    m_attachmentIds << id;
                }
            }
        }
    }
}

QJsonObject ExportCollector::engagement(const QJsonObject& row)
{
    QJsonObject object = row;
    const QVariantList id = {row.value(QStringLiteral("id")).toInteger()};
    const QString byEngagement = QStringLiteral("engagement_id = ?");
    object.insert(QStringLiteral("methods"), rows(QStringLiteral("engagement_method"), byEngagement, id));
    object.insert(QStringLiteral("pinned_codes"), rows(QStringLiteral("engagement_code"), byEngagement, id));
    object.insert(QStringLiteral("sessions"), rows(QStringLiteral("session"), byEngagement, id));
    QJsonArray notes;
    for (const QJsonValue& note : rows(QStringLiteral("note"), byEngagement, id)) {
        QJsonObject withHistory = note.toObject();
        withHistory.insert(QStringLiteral("history"),
                           rows(QStringLiteral("note_version"),
                                QStringLiteral("note_id = ?"),
                                {withHistory.value(QStringLiteral("id")).toInteger()}));
        notes.append(withHistory);
    }
    object.insert(QStringLiteral("notes"), notes);
    object.insert(QStringLiteral("note_drafts"), rows(QStringLiteral("note_draft"), byEngagement, id));
    object.insert(QStringLiteral("evidence"), rows(QStringLiteral("evidence"), byEngagement, id));
    object.insert(QStringLiteral("consents"), rows(QStringLiteral("consent"), byEngagement, id));
    object.insert(QStringLiteral("reports"), rows(QStringLiteral("principal_report"), byEngagement, id));
    object.insert(QStringLiteral("referrals"), rows(QStringLiteral("referral"), byEngagement, id));
    object.insert(QStringLiteral("consultations"), rows(QStringLiteral("consultation"), byEngagement, id));
    const QJsonArray complaints = rows(QStringLiteral("complaint"), byEngagement, id);
    object.insert(QStringLiteral("complaints"), complaints);
    object.insert(QStringLiteral("warnings"), rows(QStringLiteral("written_warning"), byEngagement, id));
    object.insert(QStringLiteral("disclosures"), rows(QStringLiteral("disclosure"), byEngagement, id));
    object.insert(QStringLiteral("suspensions"), rows(QStringLiteral("suspension"), byEngagement, id));
    object.insert(QStringLiteral("tools"), rows(QStringLiteral("engagement_tool"), byEngagement, id));
    object.insert(QStringLiteral("letters"),
                  rows(QStringLiteral("issued_letter"),
                       QStringLiteral("engagement_id = ? OR complaint_id IN (%1)").arg(idList(idsOf(complaints))),
                       id));
    return object;
}

QJsonObject ExportCollector::practice()
{
    const QJsonArray profile = rows(QStringLiteral("practice_profile"), {});
    QJsonObject policy;
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT key, value FROM practice_setting WHERE key LIKE 'policy.%' ORDER BY key"))) {
        while (query.next()) {
            policy.insert(query.value(0).toString().mid(7), query.value(1).toString());
        }
    }
    return {
        {QStringLiteral("profile"), profile.isEmpty() ? QJsonValue(QJsonValue::Null) : profile.first()},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("registrations"), rows(QStringLiteral("practice_registration"), {})},
        {QStringLiteral("qualifications"), rows(QStringLiteral("practice_qualification"), {})},
        {QStringLiteral("code_subscriptions"), rows(QStringLiteral("practice_code_subscription"), {})},
        {QStringLiteral("technology_register"), rows(QStringLiteral("technology_tool"), {})},
    };
}

QJsonObject ExportCollector::audit(const QList<qint64>& engagementIds, bool everything)
{
    const AuditVerifier verifier(m_database);
    // The chain only: the records' check (verify) reads every record of the vault, which an
    // export of one engagement should not wait for.
    const AuditReport report = verifier.verify({}, AuditVerifier::Checks::Chain);
    const QJsonArray entries =
        rows(QStringLiteral("audit_entry"),
             everything ? QString() : QStringLiteral("engagement_id IN (%1)").arg(idList(engagementIds)));
    return {
        {QStringLiteral("entries"), entries},
        {QStringLiteral("head"), report.headHash},
        {QStringLiteral("count"), report.entries},
        {QStringLiteral("intact"), report.intact()},
    };
}

bool ExportCollector::collect(const ExportScope& scope, ExportData* data, Error* error)
{
    m_error.clear();
    m_attachmentIds.clear();
    const auto fail = [&](const QString& message) {
        setError(error, Error::make(Error::Kind::Storage, message));
        return false;
    };
    const bool everything = scope.kind == ExportScope::Kind::Practice;
    QList<qint64> engagementIds;
    QList<qint64> clientIds;
    switch (scope.kind) {
    case ExportScope::Kind::Engagement:
        engagementIds = ids(QStringLiteral("SELECT id FROM engagement WHERE id = ?"), {scope.id});
        if (engagementIds.isEmpty() && m_error.isEmpty()) {
            return fail(tr("There is no engagement %1.").arg(scope.id));
        }
        clientIds = ids(QStringLiteral("SELECT client_id FROM engagement WHERE id = ?"), {scope.id});
        break;
    case ExportScope::Kind::Client:
        clientIds = ids(QStringLiteral("SELECT id FROM client WHERE id = ?"), {scope.id});
        if (clientIds.isEmpty() && m_error.isEmpty()) {
            return fail(tr("There is no client %1.").arg(scope.id));
        }
        engagementIds = ids(QStringLiteral("SELECT id FROM engagement WHERE client_id = ? ORDER BY id"), {scope.id});
        break;
    case ExportScope::Kind::Practice:
        engagementIds = ids(QStringLiteral("SELECT id FROM engagement ORDER BY id"));
        clientIds = ids(QStringLiteral("SELECT id FROM client ORDER BY id"));
        break;
    }
    const QList<qint64> principalIds = everything
        ? ids(QStringLiteral("SELECT id FROM principal ORDER BY id"))
        : ids(QStringLiteral("SELECT DISTINCT principal_id FROM engagement WHERE id IN (%1) AND "
                             "principal_id IS NOT NULL ORDER BY principal_id")
                  .arg(idList(engagementIds)));

    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(exportformat::FormatName));
    root.insert(QStringLiteral("version"), exportformat::FormatVersion);
    root.insert(QStringLiteral("generator"),
                QStringLiteral("Mandaat %1").arg(QCoreApplication::applicationVersion()).trimmed());
    root.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("scope"),
                QJsonObject{{QStringLiteral("kind"), scope.kindId()},
                            {QStringLiteral("id"), everything ? QJsonValue(QJsonValue::Null) : QJsonValue(scope.id)}});
    root.insert(QStringLiteral("practice"), practice());

    QJsonArray principals;
    for (const QJsonValue& row :
         rows(QStringLiteral("principal"), QStringLiteral("id IN (%1)").arg(idList(principalIds)))) {
        QJsonObject principal = row.toObject();
        const QVariantList id = {principal.value(QStringLiteral("id")).toInteger()};
        principal.insert(QStringLiteral("roles"),
                         rows(QStringLiteral("principal_role"), QStringLiteral("principal_id = ?"), id));
        principal.insert(QStringLiteral("relationships"),
                         rows(QStringLiteral("declared_relationship"), QStringLiteral("principal_id = ?"), id));
        principals.append(principal);
    }
    root.insert(QStringLiteral("principals"), principals);

    QJsonArray clients;
    for (const QJsonValue& row : rows(QStringLiteral("client"), QStringLiteral("id IN (%1)").arg(idList(clientIds)))) {
        QJsonObject client = row.toObject();
        const QVariantList id = {client.value(QStringLiteral("id")).toInteger()};
        client.insert(QStringLiteral("members"),
                      rows(QStringLiteral("client_member"), QStringLiteral("client_id = ?"), id));
        client.insert(QStringLiteral("relationships"),
                      rows(QStringLiteral("declared_relationship"), QStringLiteral("client_id = ?"), id));
        clients.append(client);
    }
    root.insert(QStringLiteral("clients"), clients);

    QJsonArray engagements;
    for (const QJsonValue& row :
         rows(QStringLiteral("engagement"), QStringLiteral("id IN (%1)").arg(idList(engagementIds)))) {
        if (m_progress && m_progress->isCancelled()) {
            return fail(QString());
        }
        const QJsonObject object = engagement(row.toObject());
        data->notes += static_cast<int>(object.value(QStringLiteral("notes")).toArray().size());
        engagements.append(object);
    }
    root.insert(QStringLiteral("engagements"), engagements);
    root.insert(QStringLiteral("consultations"),
                everything ? rows(QStringLiteral("consultation"), QStringLiteral("engagement_id IS NULL"))
                           : QJsonArray());

    QString destructionWhere = QStringLiteral("engagement_id IN (%1)").arg(idList(engagementIds));
    if (scope.kind == ExportScope::Kind::Client) {
        destructionWhere += QStringLiteral(" OR client_id = %1").arg(scope.id);
    }
    root.insert(QStringLiteral("destructions"),
                rows(QStringLiteral("destruction"), everything ? QString() : destructionWhere));
    root.insert(QStringLiteral("audit"), audit(engagementIds, everything));

    // The files: those the records refer to, and every other file of the engagements.
    QString attachmentWhere =
        QStringLiteral("id IN (%1) OR engagement_id IN (%2)").arg(idList(m_attachmentIds), idList(engagementIds));
    const QJsonArray attachmentRows = rows(QStringLiteral("attachment"), everything ? QString() : attachmentWhere);
    QJsonArray attachments;
    int number = 0;
    for (const QJsonValue& row : attachmentRows) {
        QJsonObject attachment = row.toObject();
        ExportAttachment file;
        file.id = attachment.value(QStringLiteral("id")).toInteger();
        file.size = attachment.value(QStringLiteral("size")).toInteger();
        file.path = QStringLiteral("attachments/%1.%2")
                        .arg(++number, 4, 10, QLatin1Char('0'))
                        .arg(extension(attachment.value(QStringLiteral("file_name")).toString()));
        attachment.insert(QStringLiteral("path"), file.path);
        attachments.append(attachment);
        data->attachments.append(file);
    }
    root.insert(QStringLiteral("attachments"), attachments);
    if (!m_error.isEmpty()) {
        return fail(tr("The records could not be read: %1").arg(m_error));
    }
    data->root = root;
    data->engagementIds = engagementIds;
    return true;
}

QByteArray ExportCollector::content(qint64 attachmentId, Error* error) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT content FROM attachment WHERE id = ?"));
    query.bindValue(0, attachmentId);
    if (!query.exec() || !query.next()) {
        setError(
            error,
            Error::make(Error::Kind::Storage,
                        tr("Attachment %1 could not be read: %2").arg(attachmentId).arg(query.lastError().text())));
        return {};
    }
    return query.value(0).toByteArray();
}

} // namespace mandaat
