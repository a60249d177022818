#include "TerminalProgress.h"

#include "CliIo.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace mandaat::cli {

TerminalProgress::TerminalProgress(const QString& label)
    : m_label(label)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
    if (m_terminal) {
        m_progress.setObserver([this](Progress& progress) { show(progress); });
    }
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::show(const Progress& progress)
{
    const int percent = progress.percent();
    if (percent == m_shown) {
        return; // reported often, with the same value again
    }
    m_shown = percent;
    write(percent < 0 ? m_label : tr("%1 %2 %").arg(m_label, QLocale().toString(percent)));
}

void TerminalProgress::finish()
{
    if (m_terminal && m_shown != -2) {
        // The line goes, so that what the command prints next starts on a clean line.
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_shown = -2;
    }
}

// Straight to the terminal, past err(), which shows control characters escaped: the carriage
// return and "erase to the end of the line" are ours; the text is the label and a number.
void TerminalProgress::write(const QString& text)
{
    err().flush();
    const QByteArray line = "\r" + text.toUtf8() + "\x1b[K";
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace mandaat::cli
