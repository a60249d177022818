#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>

class QBuffer;
class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;
class QTextCursor;
class QTextTable;

namespace mandaat {

/// One party's signature block: who signs, in which capacity, and the scanned signature
/// when the consultant has one.
struct SignatureParty
{
    QString role;
    QString name;
    QString organisation;
    QImage signature;
};

/// A letter built from blocks into a QTextDocument and written as an A4 PDF with our own
/// pagination (DESIGN.md, Documents): a footer with "page X of Y" on every page, and
/// signature blocks that are never split across pages. All text is inserted literally:
/// user text such as "<b>Jan</b>" prints those characters, never markup.
///
/// The letter's language is the template's, not the interface's: the caller passes every
/// fixed text (the page-number format, the place and date labels) in that language.
class LetterDocument
{
public:
    LetterDocument();
    ~LetterDocument();

    /// Lines of the practice's letterhead (name, address, numbers), with its logo when set.
    void setLetterhead(const QStringList& lines, const QImage& logo = {});
    /// Footer: \a text on the left of every page, the page number on the right, made from
    /// \a pageFormat with %1 for the page and %2 for the page count ("Pagina %1 van %2").
    void setFooter(const QString& text, const QString& pageFormat);

    void addTitle(const QString& text);
    void addHeading(const QString& text);
    void addParagraph(const QString& text);
    /// A two-column table of labels and values; a value may hold several lines.
    void addFields(const QList<QPair<QString, QString>>& rows);
    void addBullets(const QStringList& items);
    void addSpacer(qreal points);
    /// Side by side, two to a row, each kept whole on one page.
    void addSignatures(const QList<SignatureParty>& parties, const QString& placeLabel, const QString& dateLabel);

    /// Lays the letter out on A4 pages and returns their number.
    int pageCount();
    /// Writes the PDF; \a title goes into the document information.
    bool writePdf(QIODevice* device, const QString& title, QString* error);
    bool writePdf(const QString& path, const QString& title, QString* error);
    /// Paints the same pages on \a device (a QPrinter, the print preview's printer): A4, the
    /// same layout and pagination as the PDF, scaled to the device's resolution. Give a
    /// QPrinter setFullPage(true) first, so that its origin is the corner of the paper.
    bool print(QPagedPaintDevice* device, QString* error);

    /// The plain text of the letter, as laid out (for tests and previews).
    QString toPlainText() const;

private:
    void paginate(qreal pageWidth, qreal pageHeight);
    bool paintPages(QPagedPaintDevice& device, QString* error);
    QTextCursor endCursor();

    // The layout is measured on a PDF device of the same resolution as the one written to,
    // so that pageCount() and the written PDF agree.
    std::unique_ptr<QBuffer> m_measureBuffer;
    std::unique_ptr<QPdfWriter> m_measureDevice;
    std::unique_ptr<QTextDocument> m_document;
    QList<QTextTable*> m_keepTogether;
    QList<int> m_headingBlocks; // block numbers of headings, kept with what follows them
    QString m_footerText;
    QString m_pageFormat;
    QStringList m_letterhead;
    QImage m_logo;
};

} // namespace mandaat
