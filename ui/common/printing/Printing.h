#pragma once

#include <QString>

class QPrinter;

/// What every Print… button does before its print dialog opens.
namespace mandaat::printing {

/// Names the print job \a title and, where no printer is installed (the dialog can then only
/// print to a file), proposes "<folder>/<title>.pdf" as that file instead of an empty name.
void prepare(QPrinter& printer, const QString& title, const QString& folder);
/// What became of a job sent to \a printer: "Sent to the printer." or "Saved as <file>.".
QString outcome(const QPrinter& printer);

} // namespace mandaat::printing
