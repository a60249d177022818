#pragma once

#include <QMetaType>

namespace mandaat {

/// The kinds of record a form edits, for Records::changed(): which one another window changed.
enum class RecordKind { Client, Principal, Engagement, Session, Complaint, Practice };

} // namespace mandaat

Q_DECLARE_METATYPE(mandaat::RecordKind)
