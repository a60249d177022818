#pragma once

#include "util/Progress.h"

#include <QCoreApplication>
#include <QString>

namespace mandaat::cli {

/// The progress of a long command (backup, restore, export, import, demo) as one line on
/// standard error that updates in place, "Backing up… 42 %", when standard error is a
/// terminal; nothing at all when it is a pipe or a file, so that scripts see only the result.
/// The line is cleared when this object goes, before the result is printed.
class TerminalProgress
{
    Q_DECLARE_TR_FUNCTIONS(TerminalProgress)

public:
    /// \a label says what runs, translated ("Backing up…").
    explicit TerminalProgress(const QString& label);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    /// What the work reports to.
    Progress* progress() { return &m_progress; }
    /// Clears the line (also done when this object goes).
    void finish();

private:
    void show(const Progress& progress);
    static void write(const QString& text);

    QString m_label;
    Progress m_progress;
    bool m_terminal = false;
    int m_shown = -2; ///< the percentage on the line; -2 before the first
};

} // namespace mandaat::cli
