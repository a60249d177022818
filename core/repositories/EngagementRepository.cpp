#include "EngagementRepository.h"

#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "domain/Validation.h"
#include "repositories/AuditLog.h"
#include "repositories/ChildRows.h"
#include "repositories/EngagementRows.h"
#include "repositories/PracticeRepository.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

PinnedCode readPinnedCode(const RowReader& row)
{
    return {row.text("code_id"), row.text("version")};
}

RecordError refused(const QString& message)
{
    return RecordError::make(RecordError::Kind::Refused, message);
}

} // namespace

EngagementRepository::EngagementRepository(RecordStore& store,
                                           AuditLog& audit,
                                           const PracticeRepository& practice,
                                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_audit(audit)
    , m_practice(practice)
{ }

void EngagementRepository::setTransitionGuard(const TransitionGuard* guard)
{
    m_guard = guard;
}

bool EngagementRepository::loadChildren(QList<Engagement>& engagements, RecordError* error) const
{
    return attachChildren(m_store,
                          engagements,
                          &Engagement::methods,
                          "engagement_method",
                          "engagement_id",
                          "position, id",
                          readMethod,
                          error) &&
        attachChildren(m_store,
                       engagements,
                       &Engagement::pinnedCodes,
                       "engagement_code",
                       "engagement_id",
                       "code_id",
                       readPinnedCode,
                       error);
}

std::optional<Engagement> EngagementRepository::engagement(qint64 id, RecordError* error) const
{
    QList<Engagement> rows;
    if (!loadRows<Engagement>(
            m_store, QStringLiteral("SELECT * FROM engagement WHERE id = ?"), {id}, readEngagement, &rows, error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::NotFound,
                              QCoreApplication::translate("Records", "There is no engagement number %1.").arg(id)));
        return std::nullopt;
    }
    rows.resize(1);
    if (!loadChildren(rows, error)) {
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<Engagement> EngagementRepository::engagements(const EngagementFilter& filter, RecordError* error) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.clientId > 0) {
        conditions.append(QStringLiteral("client_id = ?"));
        values.append(filter.clientId);
    }
    if (filter.principalId > 0) {
        conditions.append(QStringLiteral("principal_id = ?"));
        values.append(filter.principalId);
    }
    if (filter.kind) {
        conditions.append(QStringLiteral("kind = ?"));
        values.append(toId(*filter.kind));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const EngagementStatus status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(toId(status));
        }
        conditions.append(QStringLiteral("status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    QString sql = QStringLiteral("SELECT * FROM engagement");
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC");
    QList<Engagement> rows;
    if (!loadRows<Engagement>(m_store, sql, values, readEngagement, &rows, error)) {
        return {};
    }
    QList<Engagement> result;
    for (const Engagement& value : std::as_const(rows)) {
        if (filter.titleContains.isEmpty() || value.title.contains(filter.titleContains, Qt::CaseInsensitive)) {
            result.append(value);
        }
    }
    if (!loadChildren(result, error)) {
        return {};
    }
    return result;
}

ValidationIssues EngagementRepository::checkReferences(const Engagement& engagement) const
{
    ValidationIssues issues;
    m_store.requireRow(issues,
                       "client",
                       engagement.clientId,
                       QStringLiteral("clientId"),
                       QCoreApplication::translate("Records", "The chosen client (number %1) no longer exists.")
                           .arg(engagement.clientId));
    m_store.requireRow(issues,
                       "principal",
                       engagement.principalId,
                       QStringLiteral("principalId"),
                       QCoreApplication::translate("Records", "The chosen principal (number %1) no longer exists.")
                           .arg(engagement.principalId));
    return issues;
}

bool EngagementRepository::writeChildren(Engagement& engagement, RecordError* error)
{
    if (!syncChildren(
            m_store, "engagement_method", "engagement_id", engagement.id, engagement.methods, methodFields, error)) {
        return false;
    }
    // Pinned codes are values without identity of their own: replaced as a whole, and only
    // when they changed (each replaced row is an audit entry).
    std::optional<QSqlQuery> stored =
        m_store.run(QStringLiteral("SELECT code_id, version FROM engagement_code WHERE engagement_id = ? ORDER BY id"),
                    {engagement.id},
                    error);
    if (!stored) {
        return false;
    }
    QStringList before;
    while (stored->next()) {
        before << stored->value(0).toString() + QLatin1Char(' ') + stored->value(1).toString();
    }
    QStringList after;
    for (const PinnedCode& code : engagement.pinnedCodes) {
        after << code.codeId + QLatin1Char(' ') + code.version;
    }
    if (before == after) {
        return true;
    }
    const QList<qint64> old =
        m_store.ids(QStringLiteral("SELECT id FROM engagement_code WHERE engagement_id = ?"), {engagement.id}, error);
    for (const qint64 id : old) {
        if (!m_store.remove("engagement_code", id, error)) {
            return false;
        }
    }
    for (const PinnedCode& code : engagement.pinnedCodes) {
        const Fields fields = {{"engagement_id", engagement.id}, {"code_id", code.codeId}, {"version", code.version}};
        if (m_store.insert("engagement_code", fields, error) == 0) {
            return false;
        }
    }
    return true;
}

bool EngagementRepository::save(Engagement& engagement, RecordError* error)
{
    ValidationIssues issues = validate(engagement);
    issues += checkReferences(engagement);
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    const bool isNew = engagement.id == 0;
    std::optional<Engagement> stored;
    if (!isNew) {
        stored = this->engagement(engagement.id, error);
        if (!stored) {
            return false;
        }
        if (stored->status == EngagementStatus::Ended) {
            setRecordError(error,
                           refused(QCoreApplication::translate("Records",
                                                               "Engagement %1 has ended; its record is final and "
                                                               "cannot change. Only its retention dates can.")
                                       .arg(engagement.id)));
            return false;
        }
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const QDateTime now = m_store.now();
    Fields fields = editableEngagementFields(engagement);
    fields.emplace_back("updated_at", timeValue(now));
    if (isNew) {
        fields.emplace_back("status", toId(EngagementStatus::Draft));
        fields.emplace_back("created_at", timeValue(now));
        const qint64 id = m_store.insert("engagement", fields, error);
        if (id == 0) {
            return false;
        }
        engagement.id = id;
    } else if (!m_store.update("engagement", engagement.id, fields, error)) {
        return false;
    }
    if (!writeChildren(engagement, error) || !transaction.commit(error)) {
        if (isNew) {
            engagement.id = 0;
        }
        return false;
    }
    // What the vault now holds: the status fields as they were, the timestamps as written.
    const Engagement base = stored ? *stored : Engagement{};
    engagement.status = base.status;
    engagement.endReason = base.endReason;
    engagement.endNote = base.endNote;
    engagement.onboardingOn = base.onboardingOn;
    engagement.activatedOn = base.activatedOn;
    engagement.endingOn = base.endingOn;
    engagement.endedOn = base.endedOn;
    engagement.dossierRetentionUntil = base.dossierRetentionUntil;
    engagement.financialRetentionUntil = base.financialRetentionUntil;
    engagement.createdAt = isNew ? now : base.createdAt;
    engagement.updatedAt = now;
    Q_EMIT engagementChanged(engagement.id);
    Q_EMIT engagementsChanged();
    return true;
}

bool EngagementRepository::transition(
    qint64 id, EngagementStatus to, QDate on, std::optional<EndReason> reason, const QString& note, RecordError* error)
{
    const std::optional<Engagement> current = engagement(id, error);
    if (!current) {
        return false;
    }
    for (const TransitionCheck& check :
         {EngagementLifecycle::check(current->status, to, reason), EngagementLifecycle::checkDate(*current, to, on)}) {
        if (!check.allowed) {
            setRecordError(error, refused(check.reason));
            return false;
        }
    }
    // The compliance rules come last: they may assume a valid lifecycle step.
    if (m_guard) {
        const TransitionCheck check = m_guard->check(*current, to, reason, on);
        if (!check.allowed) {
            setRecordError(error, refused(check.reason));
            return false;
        }
    }
    Fields fields = {{"status", toId(to)}, {"updated_at", timeValue(m_store.now())}};
    if (current->status == EngagementStatus::Ending && to == EngagementStatus::Active) {
        // The ending was called off: the engagement keeps its activation date; the audit log
        // keeps the date it resumed.
        fields.emplace_back("ending_on", QVariant());
    } else {
        fields.emplace_back(statusDateColumn(to), dateValue(on));
    }
    if (to == EngagementStatus::Ended) {
        fields.emplace_back("end_reason", enumValue(reason));
        fields.emplace_back("end_note", note);
        const PracticePolicy policy = m_practice.policy(nullptr);
        if (!current->dossierRetentionUntil.isValid()) {
            fields.emplace_back("dossier_retention_until", dateValue(on.addMonths(policy.dossierRetentionMonths)));
        }
        if (!current->financialRetentionUntil.isValid()) {
            fields.emplace_back("financial_retention_until", dateValue(on.addYears(policy.financialRetentionYears)));
        }
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen() || !m_store.update("engagement", id, fields, error)) {
        return false;
    }
    QStringList args = {QString::number(id), toId(current->status), toId(to), Phrase::day(on)};
    const bool ended = reason && to == EngagementStatus::Ended;
    if (ended) {
        args.append(toId(*reason));
    }
    const QString summary = Phrase::store(ended ? "audit.engagement.ended" : "audit.engagement.status", args);
    if (m_audit.append(QStringLiteral("engagement.status"), summary, id, error) == 0 || !transaction.commit(error)) {
        return false;
    }
    Q_EMIT engagementChanged(id);
    Q_EMIT engagementsChanged();
    return true;
}

bool EngagementRepository::setRetention(qint64 id, QDate dossierUntil, QDate financialUntil, RecordError* error)
{
    const std::optional<Engagement> current = engagement(id, error);
    if (!current) {
        return false;
    }
    ValidationIssues issues;
    const QDate end = current->endedOn;
    const QString message =
        QCoreApplication::translate("Records", "The retention date (%1) is before the engagement ended (%2).");
    if (end.isValid() && dossierUntil.isValid() && dossierUntil < end) {
        issues.append(
            {QStringLiteral("dossierRetentionUntil"), message.arg(displayDate(dossierUntil), displayDate(end))});
    }
    if (end.isValid() && financialUntil.isValid() && financialUntil < end) {
        issues.append(
            {QStringLiteral("financialRetentionUntil"), message.arg(displayDate(financialUntil), displayDate(end))});
    }
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    const Fields fields = {
        {"dossier_retention_until", dateValue(dossierUntil)},
        {"financial_retention_until", dateValue(financialUntil)},
        {"updated_at", timeValue(m_store.now())},
    };
    if (!m_store.update("engagement", id, fields, error)) {
        return false;
    }
    Q_EMIT engagementChanged(id);
    Q_EMIT engagementsChanged();
    return true;
}

bool EngagementRepository::remove(qint64 id, RecordError* error)
{
    const std::optional<Engagement> current = engagement(id, error);
    if (!current) {
        return false;
    }
    if (current->status != EngagementStatus::Draft) {
        setRecordError(error,
                       refused(QCoreApplication::translate("Records",
                                                           "Engagement %1 is %2, not a draft: its records leave the "
                                                           "vault only through destruction, when their retention "
                                                           "ends.")
                                   .arg(id)
                                   .arg(displayName(current->status).toLower())));
        return false;
    }
    const std::pair<const char*, const char*> dependants[] = {
        {"session", QT_TRANSLATE_NOOP("Records", "sessions")},
        {"note", QT_TRANSLATE_NOOP("Records", "notes")},
        {"evidence", QT_TRANSLATE_NOOP("Records", "evidence")},
        {"consent", QT_TRANSLATE_NOOP("Records", "consents")},
        {"principal_report", QT_TRANSLATE_NOOP("Records", "reports to the principal")},
        {"referral", QT_TRANSLATE_NOOP("Records", "referrals")},
        {"consultation", QT_TRANSLATE_NOOP("Records", "consultations")},
        {"complaint", QT_TRANSLATE_NOOP("Records", "complaints")},
        {"written_warning", QT_TRANSLATE_NOOP("Records", "written warnings")},
        {"disclosure", QT_TRANSLATE_NOOP("Records", "disclosures")},
        {"suspension", QT_TRANSLATE_NOOP("Records", "suspensions")},
        {"engagement_tool", QT_TRANSLATE_NOOP("Records", "tools used with the client's data")},
        {"attachment", QT_TRANSLATE_NOOP("Records", "attachments")},
    };
    for (const auto& [table, what] : dependants) {
        const qint64 count = m_store.scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE engagement_id = ?").arg(QLatin1String(table)), {id}, error);
        if (count < 0) {
            return false;
        }
        if (count > 0) {
            setRecordError(error,
                           refused(QCoreApplication::translate("Records",
                                                               "Engagement %1 already has %2; it cannot be deleted. "
                                                               "End it as declined instead.")
                                       .arg(id)
                                       .arg(QCoreApplication::translate("Records", what))));
            return false;
        }
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen() || !m_store.remove("engagement", id, error) || !transaction.commit(error)) {
        return false;
    }
    Q_EMIT engagementRemoved(id);
    Q_EMIT engagementsChanged();
    return true;
}

} // namespace mandaat
