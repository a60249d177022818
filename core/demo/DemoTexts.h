#pragma once

#include "demo/DemoRandom.h"
#include "domain/Engagement.h"

#include <QString>

namespace mandaat::demo {

/// Dutch texts of the demo: engagement titles and objectives, and session notes as a
/// consultant writes them (short sentences, the client's first name, compounds such as
/// loopbaanbegeleiding). No real person or case is described.
QString engagementTitle(DemoRandom& random, EngagementKind kind, const QString& firstName);
QString objectives(DemoRandom& random, EngagementKind kind);
QString clientExpectations(DemoRandom& random);
QString principalExpectations(DemoRandom& random);

enum class NotePhase { Intake, Middle, Closing };
QString sessionNote(DemoRandom& random, EngagementKind kind, NotePhase phase, const QString& firstName);

/// A method or tool with its author (MW-2.5, MW-3.2).
EngagementMethod method(DemoRandom& random, EngagementKind kind);

} // namespace mandaat::demo
