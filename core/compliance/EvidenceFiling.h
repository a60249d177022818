#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace mandaat {

class CodeCatalogue;
class Records;
class RuleRegistry;

/// Where an Evidence row is filed. Evidence is keyed by its topic (EvidenceTopics.h): the rules
/// find it by topic, whichever article it carries. The article it carries says which article of
/// the engagement's own codes asked for it, for the reader of the dossier and the export; it is
/// looked up in the catalogue (the articles in force that name a rule reading the topic), never
/// written in code (docs/compliance-evidence.md, "Topics").
namespace EvidenceFiling {

/// The articles among \a codeIds (pinned or subscribed code versions) that apply to
/// \a engagementKind and name a rule of \a registry reading \a topic, in catalogue order.
QStringList articlesAsking(const CodeCatalogue& catalogue,
                           const RuleRegistry& registry,
                           const QStringList& codeIds,
                           const QString& engagementKind,
                           const QString& topic);

/// The articles of the engagement's codes (pinned, or those subscribed to on \a on) that name
/// \a ruleId, for a message to cite; empty when none does or the records cannot be read.
QStringList articlesNaming(const Records& records, qint64 engagementId, const QString& ruleId, QDate on);

/// \a message followed by the articles of the engagement's codes (pinned, or those subscribed
/// to on \a on) that name any of \a ruleIds, "Message (CMI-10, MW-2.1)."; \a message alone when
/// none does. For a hint or refusal that cites its articles without naming one in code.
QString
citing(const Records& records, qint64 engagementId, const QStringList& ruleIds, QDate on, const QString& message);

/// The first article of the engagement's codes (pinned, or those subscribed to on \a on) that
/// names \a ruleId; empty, with \a failure set to a refusal, when none does.
QString
articleServing(const Records& records, qint64 engagementId, const QString& ruleId, QDate on, RecordError* failure);

/// Sets \a row's article to the first article of its engagement's codes asking for its topic
/// (the built-in catalogue and rules), or to none when no code of the engagement asks for it
/// (a record the user keeps by choice, such as the code handed over under a code that does not
/// demand it: the rules still find it by its topic). False with \a failure set when the
/// engagement or the practice's codes cannot be read.
bool file(const Records& records, Evidence& row, RecordError* failure);

} // namespace EvidenceFiling
} // namespace mandaat
