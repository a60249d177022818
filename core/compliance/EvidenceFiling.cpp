#include "EvidenceFiling.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceContextLoader.h"
#include "compliance/RuleRegistry.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>

namespace mandaat::EvidenceFiling {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mandaat::EvidenceFiling", text);
}

/// The code versions of the engagement: pinned, or those subscribed to on \a on.
std::optional<QStringList>
codeIdsOf(const Records& records, const Engagement& engagement, QDate on, RecordError* failure)
{
    RecordError error;
    const QList<CodeSubscription> subscriptions = records.practice().codeSubscriptions(&error);
    if (error.kind != RecordError::Kind::None) {
        setRecordError(failure, error);
        return std::nullopt;
    }
    return ComplianceContextLoader::codeIdsFor(engagement, subscriptions, CodeCatalogue::builtIn(), on);
}

} // namespace

QStringList articlesAsking(const CodeCatalogue& catalogue,
                           const RuleRegistry& registry,
                           const QStringList& codeIds,
                           const QString& engagementKind,
                           const QString& topic)
{
    const QStringList readers = registry.idsReading(topic);
    QStringList ids;
    for (const CodeArticle& article : catalogue.articlesFor(codeIds, engagementKind)) {
        const bool asks = std::any_of(article.rules.cbegin(), article.rules.cend(), [&readers](const QString& id) {
            return readers.contains(id);
        });
        if (asks && !ids.contains(article.id)) {
            ids.append(article.id);
        }
    }
    return ids;
}

QStringList articlesNaming(const Records& records, qint64 engagementId, const QString& ruleId, QDate on)
{
    RecordError error;
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId, &error);
    if (!engagement) {
        return {};
    }
    const std::optional<QStringList> codeIds = codeIdsOf(records, *engagement, on, &error);
    return codeIds ? CodeCatalogue::builtIn().articlesNaming(*codeIds, toId(engagement->kind), ruleId) : QStringList();
}

QString
citing(const Records& records, qint64 engagementId, const QStringList& ruleIds, QDate on, const QString& message)
{
    QStringList articles;
    for (const QString& ruleId : ruleIds) {
        for (const QString& article : articlesNaming(records, engagementId, ruleId, on)) {
            if (!articles.contains(article)) {
                articles << article;
            }
        }
    }
    if (articles.isEmpty()) {
        return message;
    }
    // "Say why you did not refer the client (CMI-11)." rather than "client. (CMI-11)".
    const bool sentence = message.endsWith(QLatin1Char('.'));
    //: %1 is a hint or refusal, %2 the articles that ask for it, "CMI-10, MW-2.1".
    const QString cited =
        tr("%1 (%2)").arg(sentence ? message.chopped(1) : message, articles.join(QStringLiteral(", ")));
    return sentence ? cited + QLatin1Char('.') : cited;
}

QString
articleServing(const Records& records, qint64 engagementId, const QString& ruleId, QDate on, RecordError* failure)
{
    RecordError error;
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId, &error);
    if (!engagement) {
        setRecordError(failure, error);
        return {};
    }
    const std::optional<QStringList> codeIds = codeIdsOf(records, *engagement, on, failure);
    if (!codeIds) {
        return {};
    }
    const QStringList articles = CodeCatalogue::builtIn().articlesNaming(*codeIds, toId(engagement->kind), ruleId);
    if (articles.isEmpty()) {
        setRecordError(failure,
                       RecordError::make(RecordError::Kind::Refused,
                                         tr("No code of this engagement asks for this record: subscribe to a code "
                                            "in the practice profile.")));
        return {};
    }
    return articles.constFirst();
}

bool file(const Records& records, Evidence& row, RecordError* failure)
{
    RecordError error;
    const std::optional<Engagement> engagement = records.engagements().engagement(row.engagementId, &error);
    if (!engagement) {
        setRecordError(failure, error);
        return false;
    }
    const QDate on = row.occurredOn.isValid() ? row.occurredOn : QDate::currentDate();
    const std::optional<QStringList> codeIds = codeIdsOf(records, *engagement, on, failure);
    if (!codeIds) {
        return false;
    }
    const QStringList articles =
        articlesAsking(CodeCatalogue::builtIn(), RuleRegistry::builtIn(), *codeIds, toId(engagement->kind), row.topic);
    row.articleId = articles.value(0);
    return true;
}

} // namespace mandaat::EvidenceFiling
