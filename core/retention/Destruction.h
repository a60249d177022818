#pragma once

#include "domain/EnumIds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mandaat {

/// The two retention clocks (docs/codes.md, GDPR-2016; MW-4.2): the dossier (notes, reports,
/// attachments, evidence text) and the financial records (the confirmation and the fees).
enum class DestructionScope { Dossier, Financial };

MANDAAT_ENUM_IDS(DestructionScope, {DestructionScope::Dossier, "dossier"}, {DestructionScope::Financial, "financial"})

/// One record a destruction deletes, or whose text it clears while keeping the row (the
/// evidence's who, when and how; the sessions' dates; the engagement's terms).
struct DestructionItem
{
    QString table;
    qint64 id = 0;
    bool cleared = false; ///< the row stays, its text goes
    QString kind; ///< translated, singular: "note", "attachment"
};

/// What a destruction would do, for the screen that asks for confirmation.
struct DestructionPlan
{
    qint64 engagementId = 0;
    qint64 clientId = 0;
    QString engagementTitle;
    QList<DestructionScope> scopes;
    QDate dossierRetentionUntil;
    QDate financialRetentionUntil;
    QDate at; ///< the date the plan was made for
    QList<DestructionItem> items;

    bool isEmpty() const { return scopes.isEmpty(); }
    /// Translated lines: "12 notes deleted", "evidence: text cleared on 4 records".
    QStringList summary() const;
};

/// What remains of a destruction: ids, dates, reason and when (schema v6, table destruction).
struct Tombstone
{
    qint64 id = 0;
    QString uid;
    qint64 engagementId = 0;
    qint64 clientId = 0;
    DestructionScope scope = DestructionScope::Dossier;
    QDate retentionUntil;
    QString reason;
    QDateTime destroyedAt;
    QString destroyedIds; ///< "note:1,2;attachment:7"
};

/// An engagement with a retention date past, for the Overview.
struct RetentionDue
{
    qint64 engagementId = 0;
    qint64 clientId = 0;
    QString title;
    QDate dossierRetentionUntil;
    QDate financialRetentionUntil;
    bool dossierDue = false;
    bool financialDue = false;
};

} // namespace mandaat
