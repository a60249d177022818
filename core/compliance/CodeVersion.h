#pragma once

#include "compliance/CodeArticle.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// Whether a code applies because the practice subscribes to it, or to every engagement.
enum class CodeBinding { Subscription, Law };

/// One version of a code of conduct (or of the privacy law), as one file of resources/codes.
struct CodeVersion
{
    QString id; ///< "MW-2020"
    QString family; ///< "MW"
    QString version; ///< The publisher's label: "2020", "002".
    CodeBinding binding = CodeBinding::Subscription;
    LocalizedText names;
    LocalizedText publishers;
    LocalizedText officialTextNotes; ///< Where the official text lives (the consultant's own PDF).
    QDate effectiveFrom;
    QStringList appliesTo; ///< The engagement kinds the code covers (MW-1, CMI-3).
    QList<CodeArticle> articles; ///< In display order.
    QString sourceFile; ///< Where it was loaded from, for messages.

    QString name(const QString& language) const { return names.text(language); }
    QString publisher(const QString& language) const { return publishers.text(language); }
    QString officialTextNote(const QString& language) const { return officialTextNotes.text(language); }

    std::optional<CodeArticle> article(const QString& articleId) const
    {
        for (const CodeArticle& article : articles) {
            if (article.id == articleId) {
                return article;
            }
        }
        return std::nullopt;
    }
};

} // namespace mandaat
