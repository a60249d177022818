#pragma once

#include "util/Error.h"
#include "util/Progress.h"
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mandaat {

struct DemoOptions
{
    static constexpr int DefaultClients = 40;
    static constexpr int MinimumClients = 8; // the cases every demo shows
    static constexpr int MaximumClients = 100000;

    int clients = DefaultClients;
    quint64 seed = 1;
    QDate today; // every date counts back from it; invalid: the current UTC date
};

struct DemoSummary
{
    int principals = 0;
    int clients = 0;
    int engagements = 0;
    int sessions = 0;
    int notes = 0;
};

/// A realistic practice of a Flemish consultant with Flemish and Dutch clients, for trying
/// Mandaat out and for tests: principals, clients (and a client system with members),
/// engagements of every kind and in every status, sessions with notes in Dutch, consents,
/// evidence, reports, a written warning, a referral, supervision, and complaints (one not yet
/// acknowledged, one past its four weeks). The Overview has something to say: an active
/// engagement without a session for over five months (CMI-10), a certification that expires
/// in 45 days (MW-3.1). The same seed and today give the same records, ids and texts. All
/// people are invented.
class DemoPractice
{
    Q_DECLARE_TR_FUNCTIONS(DemoPractice)

public:
    /// Fills the empty vault open on \a connectionName in one transaction; refuses a vault
    /// that already holds clients, principals or engagements. \a progress hears how far.
    static bool fill(const QString& connectionName,
                     const DemoOptions& options,
                     DemoSummary* summary,
                     Error* error,
                     Progress* progress = nullptr);
};

} // namespace mandaat
