#pragma once

#include "util/Error.h"
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>

class QAbstractTextDocumentLayout;
class QBuffer;
class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextCursor;
class QTextTable;

namespace mandaat {

/// One party's signature block: who signs, in which capacity, and the scanned signature
/// when the consultant has one. A letter that only the consultant signs states its place and
/// date; blank, they are lines to fill in by hand.
struct SignatureParty
{
    QString role;
    QString name;
    QString organisation;
    QImage signature;
    QString place;
    QString date;
};

/// One line of a table of contents: its text, indented by its level (1, 2), and its page.
struct ContentsLine
{
    int level = 1;
    QString text;
    QString page;
};

/// A letter built from blocks into a QTextDocument and written as an A4 PDF with our own
/// pagination (docs/architecture.md, Documents): a footer with "page X of Y" on every page, and
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

    /// The title and heading return a mark for pageOf().
    int addTitle(const QString& text);
    int addHeading(const QString& text);
    void addParagraph(const QString& text);
    /// A two-column table of labels and values; a value may hold several lines.
    void addFields(const QList<QPair<QString, QString>>& rows);
    void addBullets(const QStringList& items);
    /// The same as addFields and addBullets for long documents (the export's dossier): plain
    /// paragraphs with a hanging indent instead of a table or a list. QTextDocument's upkeep
    /// of tables and lists grows with their number, so thousands of them made a dossier of a
    /// whole practice quadratic in its size; paragraphs cost the same however many there are.
    /// A row with an empty value is left out.
    void addFieldParagraphs(const QList<QPair<QString, QString>>& rows);
    void addBulletParagraphs(const QStringList& items);
    /// A table of contents: each line's text, and its page number at the right margin.
    void addContentsLines(const QList<ContentsLine>& lines);
    void addSpacer(qreal points);
    /// Side by side, up to three to a row, level (each line of a block beside the same line of
    /// the others), kept whole on one page with their \a heading and \a intro when given.
    void addSignatures(const QList<SignatureParty>& parties,
                       const QString& placeLabel,
                       const QString& dateLabel,
                       const QString& heading = {},
                       const QString& intro = {});

    /// Lays the letter out on A4 pages and returns their number.
    int pageCount();
    /// The page, counted from 0, a title or heading is on (\a mark from addTitle, addHeading).
    int pageOf(int mark);
    /// Writes the PDF; \a title goes into the document information.
    bool writePdf(QIODevice* device, const QString& title, Error* error);
    bool writePdf(const QString& path, const QString& title, Error* error);
    /// One PDF of several documents, each starting on a new page, numbered through: a long
    /// document (the export's dossier) is made of parts so that laying out one part again,
    /// after moving a heading to the next page, does not cost the whole.
    static bool writePdf(const QList<LetterDocument*>& parts, QIODevice* device, const QString& title, Error* error);
    /// Paints the same pages on \a device (a QPrinter, the print preview's printer): A4, the
    /// same layout and pagination as the PDF, scaled to the device's resolution. Give a
    /// QPrinter setFullPage(true) first, so that its origin is the corner of the paper.
    bool print(QPagedPaintDevice* device, Error* error);

    /// The plain text of the letter, as laid out (for tests and previews).
    QString toPlainText() const;

private:
    void paginate();
    void relayoutFrom(int position);
    static bool paintParts(const QList<LetterDocument*>& parts, QPagedPaintDevice& device, Error* error);
    void paintPages(QPainter& painter, QPagedPaintDevice& device, int before, int total);
    QTextCursor endCursor();
    QAbstractTextDocumentLayout* layout();
    qreal tabPosition(qreal points);

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
    bool m_laidOut = false;
    bool m_paginated = false;
    qreal m_tabUnit = 0; // the points one unit of a tab position moves, measured once
};

} // namespace mandaat
