#include "Printing.h"

#include "common/Formats.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

namespace mandaat::printing {

void prepare(QPrinter& printer, const QString& title, const QString& folder)
{
    printer.setDocName(title);
    if (!printer.outputFileName().isEmpty() || !QPrinterInfo::availablePrinterNames().isEmpty()) {
        return; // a printer to choose, or a file chosen before
    }
    QString name = title;
    for (const QChar bad : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':')}) {
        name.replace(bad, QLatin1Char('-'));
    }
    printer.setOutputFileName(QDir(folder).filePath(name + QStringLiteral(".pdf")));
}

QString outcome(const QPrinter& printer)
{
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        return QCoreApplication::translate("Printing", "Saved as %1.")
            .arg(formats::displayPath(printer.outputFileName()));
    }
    return QCoreApplication::translate("Printing", "Sent to the printer.");
}

} // namespace mandaat::printing
