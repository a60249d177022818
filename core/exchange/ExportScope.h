#pragma once

#include <QString>

namespace mandaat {

/// What an export holds (docs/architecture.md, Export): one engagement, everything about one client
/// across engagements (GDPR art. 15 and 20), or the whole practice.
struct ExportScope
{
    enum class Kind { Engagement, Client, Practice };

    Kind kind = Kind::Engagement;
    qint64 id = 0; ///< the engagement's or client's id; unused for the practice

    static ExportScope engagement(qint64 id) { return {Kind::Engagement, id}; }
    static ExportScope client(qint64 id) { return {Kind::Client, id}; }
    static ExportScope practice() { return {Kind::Practice, 0}; }

    /// "engagement", "client" or "practice", as in data.json.
    QString kindId() const
    {
        switch (kind) {
        case Kind::Engagement:
            return QStringLiteral("engagement");
        case Kind::Client:
            return QStringLiteral("client");
        case Kind::Practice:
            break;
        }
        return QStringLiteral("practice");
    }
};

} // namespace mandaat
