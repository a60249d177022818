#pragma once

#include <QDate>
#include <QString>

namespace mandaat {

/// ICF-2.5, the practice's technology register: a tool, platform or piece of software the
/// practice uses with client data, what for, where it stores or processes that data, whether
/// it uses AI, whether a processor agreement covers it, and when the practice last reviewed
/// it. A tool no longer used is retired, never deleted: the engagements that used it keep
/// naming it. Practice data, not client data: it survives an engagement's destruction.
struct TechnologyTool
{
    qint64 id = 0;
    QString name;
    QString purpose;
    QString dataLocation; // where the data is stored or processed
    bool ai = false;
    bool processorAgreement = false;
    QDate reviewedOn; // invalid: never reviewed
    QDate retiredOn; // invalid: in use

    bool isRetired() const { return retiredOn.isValid(); }
    bool operator==(const TechnologyTool&) const = default;
};

/// ICF-2.5: a tool of the register used with one engagement's client data, and the day each
/// party agreed to it (invalid: not agreed, or not asked yet). The principal's agreement
/// counts only when the engagement has a principal.
struct ToolUse
{
    qint64 id = 0;
    qint64 engagementId = 0;
    qint64 toolId = 0;
    QDate clientAgreedOn;
    QDate principalAgreedOn;

    bool operator==(const ToolUse&) const = default;
};

} // namespace mandaat
