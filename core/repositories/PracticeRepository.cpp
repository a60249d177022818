#include "PracticeRepository.h"

#include "domain/Validation.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// practice_setting keys of the policy.
const char* const DossierRetentionKey = "policy.dossier_retention_months";
const char* const FinancialRetentionKey = "policy.financial_retention_years";
const char* const BackupIntervalKey = "policy.backup_interval_days";
const char* const LetterLanguageKey = "policy.letter_language";
const char* const IdleLockKey = "policy.idle_lock_minutes";

PracticeRegistration readRegistration(const RowReader& row)
{
    PracticeRegistration value;
    value.id = row.id("id");
    value.kind = row.enumeration("kind", RegistrationKind::Registration);
    value.body = row.text("body");
    value.registerNumber = row.text("register_number");
    value.validFrom = row.date("valid_from");
    value.validUntil = row.date("valid_until");
    return value;
}

PracticeQualification readQualification(const RowReader& row)
{
    PracticeQualification value;
    value.id = row.id("id");
    value.kind = row.enumeration("kind", QualificationKind::Qualification);
    value.title = row.text("title");
    value.issuer = row.text("issuer");
    value.issuedOn = row.date("issued_on");
    value.expiresOn = row.date("expires_on");
    value.attachmentId = row.id("attachment_id");
    return value;
}

CodeSubscription readSubscription(const RowReader& row)
{
    CodeSubscription value;
    value.id = row.id("id");
    value.codeId = row.text("code_id");
    value.version = row.text("version");
    value.subscribedOn = row.date("subscribed_on");
    value.attachmentId = row.id("attachment_id");
    return value;
}

TechnologyTool readTool(const RowReader& row)
{
    TechnologyTool value;
    value.id = row.id("id");
    value.name = row.text("name");
    value.purpose = row.text("purpose");
    value.dataLocation = row.text("data_location");
    value.ai = row.flag("ai");
    value.processorAgreement = row.flag("processor_agreement");
    value.reviewedOn = row.date("reviewed_on");
    value.retiredOn = row.date("retired_on");
    return value;
}

bool invalid(const ValidationIssues& issues, RecordError* error)
{
    if (issues.isEmpty()) {
        return false;
    }
    setRecordError(error, RecordError::invalid(issues));
    return true;
}

} // namespace

PracticeRepository::PracticeRepository(RecordStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

PracticeProfile PracticeRepository::profile(RecordError* error) const
{
    PracticeProfile value;
    std::optional<QSqlQuery> query =
        m_store.run(QStringLiteral("SELECT * FROM practice_profile WHERE id = 1"), {}, error);
    if (!query || !query->next()) {
        return value;
    }
    const RowReader row(*query);
    value.consultantName = row.text("consultant_name");
    value.tradeName = row.text("trade_name");
    value.address = {row.text("street"), row.text("postal_code"), row.text("city"), row.text("country")};
    value.email = row.text("email");
    value.phone = row.text("phone");
    value.vatNumber = row.text("vat_number");
    value.companyNumber = row.text("company_number");
    value.iban = row.text("iban");
    value.vatStatus = row.enumeration("vat_status", VatStatus::Liable);
    value.vatExemptionWording = row.text("vat_exemption_wording");
    value.logoAttachmentId = row.id("logo_attachment_id");
    value.signatureAttachmentId = row.id("signature_attachment_id");
    value.complaintsProcedure = row.text("complaints_procedure");
    value.complaintsBody = row.text("complaints_body");
    value.privacyNoticeAttachmentId = row.id("privacy_notice_attachment_id");
    value.generalTermsAttachmentId = row.id("general_terms_attachment_id");
    value.updatedAt = row.time("updated_at");
    if (!row.ok()) {
        setRecordError(error, row.error());
    }
    return value;
}

bool PracticeRepository::saveProfile(PracticeProfile& profile, RecordError* error)
{
    ValidationIssues issues = validate(profile);
    m_store.requireAttachment(issues, profile.logoAttachmentId, QStringLiteral("logoAttachmentId"));
    m_store.requireAttachment(issues, profile.signatureAttachmentId, QStringLiteral("signatureAttachmentId"));
    m_store.requireAttachment(issues, profile.privacyNoticeAttachmentId, QStringLiteral("privacyNoticeAttachmentId"));
    m_store.requireAttachment(issues, profile.generalTermsAttachmentId, QStringLiteral("generalTermsAttachmentId"));
    if (invalid(issues, error)) {
        return false;
    }
    profile.updatedAt = m_store.now();
    const Fields fields = {
        {"consultant_name", profile.consultantName},
        {"trade_name", profile.tradeName},
        {"street", profile.address.street},
        {"postal_code", profile.address.postalCode},
        {"city", profile.address.city},
        {"country", profile.address.country},
        {"email", profile.email},
        {"phone", profile.phone},
        {"vat_number", profile.vatNumber},
        {"company_number", profile.companyNumber},
        {"iban", profile.iban},
        {"vat_status", enumValue(profile.vatStatus)},
        {"vat_exemption_wording", profile.vatExemptionWording},
        {"logo_attachment_id", idValue(profile.logoAttachmentId)},
        {"signature_attachment_id", idValue(profile.signatureAttachmentId)},
        {"complaints_procedure", profile.complaintsProcedure},
        {"complaints_body", profile.complaintsBody},
        {"privacy_notice_attachment_id", idValue(profile.privacyNoticeAttachmentId)},
        {"general_terms_attachment_id", idValue(profile.generalTermsAttachmentId)},
        {"updated_at", timeValue(profile.updatedAt)},
    };
    bool saved = false;
    if (m_store.exists("practice_profile", 1)) {
        saved = m_store.update("practice_profile", 1, fields, error);
    } else {
        Fields withId = fields;
        withId.emplace_back("id", 1);
        saved = m_store.insert("practice_profile", withId, error) != 0;
    }
    if (saved) {
        Q_EMIT profileChanged();
    }
    return saved;
}

QList<PracticeRegistration> PracticeRepository::registrations(RecordError* error) const
{
    QList<PracticeRegistration> rows;
    loadRows<PracticeRegistration>(m_store,
                                   QStringLiteral("SELECT * FROM practice_registration ORDER BY body, id"),
                                   {},
                                   readRegistration,
                                   &rows,
                                   error);
    return rows;
}

bool PracticeRepository::saveRegistration(PracticeRegistration& registration, RecordError* error)
{
    if (invalid(validate(registration), error)) {
        return false;
    }
    const Fields fields = {
        {"kind", enumValue(registration.kind)},
        {"body", registration.body},
        {"register_number", registration.registerNumber},
        {"valid_from", dateValue(registration.validFrom)},
        {"valid_until", dateValue(registration.validUntil)},
    };
    if (registration.id > 0) {
        if (!m_store.update("practice_registration", registration.id, fields, error)) {
            return false;
        }
    } else if ((registration.id = m_store.insert("practice_registration", fields, error)) == 0) {
        return false;
    }
    Q_EMIT registrationsChanged();
    return true;
}

bool PracticeRepository::removeRegistration(qint64 id, RecordError* error)
{
    if (!removeRow("practice_registration", id, error)) {
        return false;
    }
    Q_EMIT registrationsChanged();
    return true;
}

QList<PracticeQualification> PracticeRepository::qualifications(RecordError* error) const
{
    QList<PracticeQualification> rows;
    loadRows<PracticeQualification>(m_store,
                                    QStringLiteral("SELECT * FROM practice_qualification ORDER BY issued_on DESC, id"),
                                    {},
                                    readQualification,
                                    &rows,
                                    error);
    return rows;
}

bool PracticeRepository::saveQualification(PracticeQualification& qualification, RecordError* error)
{
    ValidationIssues issues = validate(qualification);
    m_store.requireAttachment(issues, qualification.attachmentId, QStringLiteral("attachmentId"));
    if (invalid(issues, error)) {
        return false;
    }
    const Fields fields = {
        {"kind", enumValue(qualification.kind)},
        {"title", qualification.title},
        {"issuer", qualification.issuer},
        {"issued_on", dateValue(qualification.issuedOn)},
        {"expires_on", dateValue(qualification.expiresOn)},
        {"attachment_id", idValue(qualification.attachmentId)},
    };
    if (qualification.id > 0) {
        if (!m_store.update("practice_qualification", qualification.id, fields, error)) {
            return false;
        }
    } else if ((qualification.id = m_store.insert("practice_qualification", fields, error)) == 0) {
        return false;
    }
    Q_EMIT qualificationsChanged();
    return true;
}

bool PracticeRepository::removeQualification(qint64 id, RecordError* error)
{
    if (!removeRow("practice_qualification", id, error)) {
        return false;
    }
    Q_EMIT qualificationsChanged();
    return true;
}

QList<CodeSubscription> PracticeRepository::codeSubscriptions(RecordError* error) const
{
    QList<CodeSubscription> rows;
    loadRows<CodeSubscription>(m_store,
                               QStringLiteral("SELECT * FROM practice_code_subscription ORDER BY code_id, version"),
                               {},
                               readSubscription,
                               &rows,
                               error);
    return rows;
}

bool PracticeRepository::saveCodeSubscription(CodeSubscription& subscription, RecordError* error)
{
    ValidationIssues issues = validate(subscription);
    m_store.requireAttachment(issues, subscription.attachmentId, QStringLiteral("attachmentId"));
    if (issues.isEmpty() &&
        m_store.scalar(QStringLiteral("SELECT count(*) FROM practice_code_subscription "
                                      "WHERE code_id = ? AND version = ? AND id <> ?"),
                       {subscription.codeId, subscription.version, subscription.id},
                       nullptr) > 0) {
        issues.append({QStringLiteral("version"),
                       QCoreApplication::translate("Records", "You already subscribe to %1 version %2.")
                           .arg(subscription.codeId, subscription.version)});
    }
    if (invalid(issues, error)) {
        return false;
    }
    const Fields fields = {
        {"code_id", subscription.codeId},
        {"version", subscription.version},
        {"subscribed_on", dateValue(subscription.subscribedOn)},
        {"attachment_id", idValue(subscription.attachmentId)},
    };
    if (subscription.id > 0) {
        if (!m_store.update("practice_code_subscription", subscription.id, fields, error)) {
            return false;
        }
    } else if ((subscription.id = m_store.insert("practice_code_subscription", fields, error)) == 0) {
        return false;
    }
    Q_EMIT codeSubscriptionsChanged();
    return true;
}

bool PracticeRepository::removeCodeSubscription(qint64 id, RecordError* error)
{
    std::optional<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT code_id, version FROM practice_code_subscription WHERE id = ?"), {id}, error);
    if (!query) {
        return false;
    }
    if (query->next()) {
        const QString codeId = query->value(0).toString();
        const QString version = query->value(1).toString();
        const QList<qint64> pinned = m_store.ids(
            QStringLiteral("SELECT engagement_id FROM engagement_code WHERE code_id = ? AND version = ? ORDER BY 1"),
            {codeId, version},
            error);
        if (!pinned.isEmpty()) {
            setRecordError(error,
                           RecordError::make(RecordError::Kind::Refused,
                                             QCoreApplication::translate("Records",
                                                                         "%1 version %2 cannot be removed: it governs "
                                                                         "%3.")
                                                 .arg(codeId, version, RecordStore::engagementList(pinned))));
            return false;
        }
    }
    if (!removeRow("practice_code_subscription", id, error)) {
        return false;
    }
    Q_EMIT codeSubscriptionsChanged();
    return true;
}

PracticePolicy PracticeRepository::policy(RecordError* error) const
{
    PracticePolicy value;
    std::optional<QSqlQuery> query =
        m_store.run(QStringLiteral("SELECT key, value FROM practice_setting WHERE key LIKE 'policy.%'"), {}, error);
    if (!query) {
        return value;
    }
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QVariant stored = query->value(1);
        if (key == QLatin1String(DossierRetentionKey)) {
            value.dossierRetentionMonths = stored.toInt();
        } else if (key == QLatin1String(FinancialRetentionKey)) {
            value.financialRetentionYears = stored.toInt();
        } else if (key == QLatin1String(BackupIntervalKey)) {
            value.backupIntervalDays = stored.toInt();
        } else if (key == QLatin1String(IdleLockKey)) {
            value.idleLockMinutes = stored.toInt();
        } else if (key == QLatin1String(LetterLanguageKey)) {
            value.letterLanguage = fromId<Language>(stored.toString()).value_or(Language::Dutch);
        }
    }
    return value;
}

bool PracticeRepository::savePolicy(const PracticePolicy& policy, RecordError* error)
{
    if (invalid(validate(policy), error)) {
        return false;
    }
    const Fields settings = {
        {DossierRetentionKey, policy.dossierRetentionMonths},
        {FinancialRetentionKey, policy.financialRetentionYears},
        {BackupIntervalKey, policy.backupIntervalDays},
        {LetterLanguageKey, toId(policy.letterLanguage)},
        {IdleLockKey, policy.idleLockMinutes},
    };
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    for (const auto& [key, value] : settings) {
        if (!m_store.run(QStringLiteral("INSERT OR REPLACE INTO practice_setting (key, value) VALUES (?, ?)"),
                         {QString::fromLatin1(key), value},
                         error)) {
            return false;
        }
    }
    if (!transaction.commit(error)) {
        return false;
    }
    Q_EMIT policyChanged();
    return true;
}

QList<TechnologyTool> PracticeRepository::tools(RecordError* error) const
{
    QList<TechnologyTool> rows;
    loadRows<TechnologyTool>(m_store,
                             QStringLiteral("SELECT * FROM technology_tool "
                                            "ORDER BY retired_on IS NOT NULL, name COLLATE NOCASE, id"),
                             {},
                             readTool,
                             &rows,
                             error);
    return rows;
}

std::optional<TechnologyTool> PracticeRepository::tool(qint64 id, RecordError* error) const
{
    QList<TechnologyTool> rows;
    if (!loadRows<TechnologyTool>(
            m_store, QStringLiteral("SELECT * FROM technology_tool WHERE id = ?"), {id}, readTool, &rows, error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(error,
                       RecordError::make(RecordError::Kind::NotFound,
                                         QCoreApplication::translate("Records",
                                                                     "There is no tool number %1 in the technology "
                                                                     "register.")
                                             .arg(id)));
        return std::nullopt;
    }
    return rows.constFirst();
}

bool PracticeRepository::saveTool(TechnologyTool& tool, RecordError* error)
{
    tool.name = tool.name.trimmed();
    tool.purpose = tool.purpose.trimmed();
    tool.dataLocation = tool.dataLocation.trimmed();
    if (invalid(validate(tool, m_store.today()), error)) {
        return false;
    }
    const Fields fields = {
        {"name", tool.name},
        {"purpose", tool.purpose},
        {"data_location", tool.dataLocation},
        {"ai", tool.ai ? 1 : 0},
        {"processor_agreement", tool.processorAgreement ? 1 : 0},
        {"reviewed_on", dateValue(tool.reviewedOn)},
        {"retired_on", dateValue(tool.retiredOn)},
    };
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const bool isNew = tool.id == 0;
    if (!isNew) {
        if (!m_store.update("technology_tool", tool.id, fields, error)) {
            return false;
        }
    } else if ((tool.id = m_store.insert("technology_tool", fields, error)) == 0) {
        return false;
    }
    if (!transaction.commit(error)) {
        if (isNew) {
            tool.id = 0;
        }
        return false;
    }
    Q_EMIT toolsChanged();
    return true;
}

bool PracticeRepository::removeRow(const char* table, qint64 id, RecordError* error)
{
    if (!m_store.exists(table, id)) {
        setRecordError(error,
                       RecordError::make(
                           RecordError::Kind::NotFound,
                           QCoreApplication::translate("Records", "There is no record number %1 to remove.").arg(id)));
        return false;
    }
    Transaction transaction(m_store, error);
    return transaction.isOpen() && m_store.remove(table, id, error) && transaction.commit(error);
}

} // namespace mandaat
