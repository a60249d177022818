#include "LetterDocument.h"

#include "util/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace mandaat {

namespace {

// The letter is laid out in points on an A4 page with 20 mm margins; the footer sits in the
// bottom margin.
constexpr qreal PointsPerMm = 72.0 / 25.4;
constexpr qreal MarginMm = 20.0;
constexpr qreal FooterGapMm = 8.0;
const QString LetterFont = QStringLiteral("DejaVu Sans");
constexpr qreal BodyPointSize = 10.0;

// No shaping: no ligatures ("fi" as one glyph), so that the text copied out of a letter, or
// read by a screen reader or pdftotext, is the text that was written.
QFont letterFont(qreal pointSize)
{
    QFont font(LetterFont);
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QTextCharFormat textFormat(qreal pointSize, bool bold)
{
    QTextCharFormat format;
    format.setFont(letterFont(pointSize));
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat blockFormat(qreal spaceBefore, qreal spaceAfter)
{
    QTextBlockFormat format;
    format.setTopMargin(spaceBefore);
    format.setBottomMargin(spaceAfter);
    return format;
}

} // namespace

static void setUpPdfWriter(QPdfWriter& writer)
{
    writer.setCreator(QStringLiteral("Mandaat"));
    writer.setResolution(72); // one device unit = one point: the layout's units
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

LetterDocument::LetterDocument()
    : m_measureBuffer(std::make_unique<QBuffer>())
    , m_document(std::make_unique<QTextDocument>())
{
    m_measureDevice = std::make_unique<QPdfWriter>(m_measureBuffer.get());
    setUpPdfWriter(*m_measureDevice);
    // No layout while the letter is built: QTextDocument lays out again on every insert once
    // it has a layout, which made a long document (the export of a whole practice) quadratic.
    // layout() creates it when the pages are first needed, and lays the letter out once.
    m_document->setDefaultFont(letterFont(BodyPointSize));
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false);
}

LetterDocument::~LetterDocument() = default;

QTextCursor LetterDocument::endCursor()
{
    m_paginated = false;
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    return cursor;
}

void LetterDocument::setLetterhead(const QStringList& lines, const QImage& logo)
{
    m_letterhead = lines;
    m_logo = logo;
    QTextCursor cursor = endCursor();
    if (!logo.isNull()) {
        const QString name = QStringLiteral("mandaat-letterhead-logo");
        m_document->addResource(QTextDocument::ImageResource, QUrl(name), logo);
        QTextImageFormat image;
        image.setName(name);
        const qreal height = 40.0;
        image.setHeight(height);
        image.setWidth(height * logo.width() / std::max(1, logo.height()));
        cursor.insertImage(image);
        cursor.insertBlock(blockFormat(0, 0));
    }
    for (int i = 0; i < lines.size(); ++i) {
        cursor.setBlockFormat(blockFormat(0, 0));
        cursor.insertText(lines.at(i), textFormat(i == 0 ? 12.0 : 8.5, i == 0));
        cursor.insertBlock();
    }
    addSpacer(12);
}

void LetterDocument::setFooter(const QString& text, const QString& pageFormat)
{
    m_footerText = text;
    m_pageFormat = pageFormat;
}

int LetterDocument::addTitle(const QString& text)
{
    QTextCursor cursor = endCursor();
    cursor.setBlockFormat(blockFormat(6, 10));
    cursor.insertText(text, textFormat(15, true));
    const int mark = cursor.block().blockNumber();
    cursor.insertBlock(blockFormat(0, 0), textFormat(BodyPointSize, false));
    return mark;
}

int LetterDocument::addHeading(const QString& text)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(10, 4);
    // A heading is never the last line of a page.
    format.setNonBreakableLines(true);
    cursor.setBlockFormat(format);
    cursor.insertText(text, textFormat(11.5, true));
    const int mark = cursor.block().blockNumber();
    m_headingBlocks << mark;
    cursor.insertBlock(blockFormat(0, 0), textFormat(BodyPointSize, false));
    return mark;
}

void LetterDocument::addParagraph(const QString& text)
{
    QTextCursor cursor = endCursor();
    cursor.setBlockFormat(blockFormat(0, 6));
    // insertText is literal: no markup is interpreted. Line breaks in user text stay.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            cursor.insertText(QString(QChar::LineSeparator));
        }
        cursor.insertText(lines.at(i), textFormat(BodyPointSize, false));
    }
    cursor.insertBlock(blockFormat(0, 0));
}

void LetterDocument::addFields(const QList<QPair<QString, QString>>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    QTextCursor cursor = endCursor();
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 68)});
    QTextTable* table = cursor.insertTable(static_cast<int>(rows.size()), 2, format);
    for (int row = 0; row < rows.size(); ++row) {
        QTextCursor label = table->cellAt(row, 0).firstCursorPosition();
        label.insertText(rows.at(row).first, textFormat(BodyPointSize, true));
        QTextCursor value = table->cellAt(row, 1).firstCursorPosition();
        const QStringList lines = rows.at(row).second.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                value.insertText(QString(QChar::LineSeparator));
            }
            value.insertText(lines.at(i), textFormat(BodyPointSize, false));
        }
    }
    addSpacer(6);
}

void LetterDocument::addBullets(const QStringList& items)
{
    if (items.isEmpty()) {
        return;
    }
    QTextCursor cursor = endCursor();
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    cursor.setBlockFormat(blockFormat(0, 2));
    cursor.createList(list);
    for (int i = 0; i < items.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock();
        }
        cursor.insertText(items.at(i), textFormat(BodyPointSize, false));
    }
    cursor.insertBlock(blockFormat(0, 0));
    cursor.setBlockFormat(blockFormat(0, 0));
    if (QTextList* current = cursor.currentList()) {
        current->remove(cursor.block());
    }
}

// The width of the text column: the page between the margins.
static qreal textWidth()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Point).width() - 2 * MarginMm * PointsPerMm;
}

static void insertLines(QTextCursor& cursor, const QString& text, const QTextCharFormat& format)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            cursor.insertText(QString(QChar::LineSeparator), format);
        }
        cursor.insertText(lines.at(i), format);
    }
}

// A tab position is not in the layout's units: Qt scales it by the paint device's resolution
// over the screen's. Measured once on the device the letter is laid out for, so that the
// columns fall where they are meant to on any screen.
qreal LetterDocument::tabPosition(qreal points)
{
    if (m_tabUnit <= 0) {
        QTextDocument probe;
        probe.documentLayout()->setPaintDevice(m_measureDevice.get());
        probe.setDefaultFont(letterFont(BodyPointSize));
        probe.setDocumentMargin(0);
        constexpr qreal Probe = 100.0;
        QTextBlockFormat format;
        format.setTabPositions({QTextOption::Tab(Probe, QTextOption::LeftTab)});
        QTextCursor cursor(&probe);
        cursor.setBlockFormat(format);
        cursor.insertText(QStringLiteral("\tx"));
        probe.documentLayout()->blockBoundingRect(probe.begin()); // lays the probe out
        const QTextLayout* layout = probe.begin().layout();
        const qreal x = layout && layout->lineCount() > 0 ? layout->lineAt(0).cursorToX(1) : Probe;
        m_tabUnit = x > 0 ? x / Probe : 1.0;
    }
    return points / m_tabUnit;
}

void LetterDocument::addFieldParagraphs(const QList<QPair<QString, QString>>& given)
{
    // A row without a value is left out: a label with nothing beside it says nothing.
    QList<QPair<QString, QString>> rows;
    for (const auto& row : given) {
        if (!row.second.trimmed().isEmpty()) {
            rows << row;
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    // The labels in the first 32 % of the width, as addFields' table; a label too wide for it
    // has a line of its own, its value below it in the value column.
    const qreal column = textWidth() * 0.32;
    constexpr qreal Gap = 6.0;
    const QTextCharFormat label = textFormat(BodyPointSize, true);
    const QTextCharFormat value = textFormat(BodyPointSize, false);
    const QFontMetricsF metrics(label.font(), m_measureDevice.get());
    QTextCursor cursor = endCursor();
    for (const auto& [name, text] : rows) {
        const bool fits = metrics.horizontalAdvance(name) <= column - Gap;
        QTextBlockFormat format = blockFormat(0, 3);
        if (!fits) {
            format.setBottomMargin(0);
            cursor.setBlockFormat(format);
            cursor.insertText(name, label);
            cursor.insertBlock();
            format.setBottomMargin(3);
        }
        format.setLeftMargin(column);
        if (fits) {
            // A hanging indent: the label starts at the margin, the value at the column, and
            // the value's further lines under its first.
            format.setTextIndent(-column);
            format.setTabPositions({QTextOption::Tab(tabPosition(column), QTextOption::LeftTab)});
        }
        cursor.setBlockFormat(format);
        if (fits) {
            cursor.insertText(name, label);
            cursor.insertText(QStringLiteral("\t"), value);
        }
        insertLines(cursor, text, value);
        cursor.insertBlock(blockFormat(0, 0), value);
    }
    addSpacer(3);
}

void LetterDocument::addBulletParagraphs(const QStringList& items)
{
    constexpr qreal Indent = 14.0;
    const QTextCharFormat format = textFormat(BodyPointSize, false);
    QTextCursor cursor = endCursor();
    for (const QString& item : items) {
        QTextBlockFormat block = blockFormat(0, 2);
        block.setLeftMargin(Indent * 2);
        block.setTextIndent(-Indent);
        // A tab position counts from where the line starts, here the bullet's place.
        block.setTabPositions({QTextOption::Tab(tabPosition(Indent), QTextOption::LeftTab)});
        cursor.setBlockFormat(block);
        cursor.insertText(QStringLiteral("\u2022\t"), format);
        insertLines(cursor, item, format);
        cursor.insertBlock(blockFormat(0, 0), format);
    }
    if (!items.isEmpty()) {
        addSpacer(2);
    }
}

void LetterDocument::addContentsLines(const QList<ContentsLine>& lines)
{
    constexpr qreal Indent = 16.0;
    QTextCursor cursor = endCursor();
    for (const ContentsLine& line : lines) {
        const qreal left = Indent * (line.level - 1);
        QTextBlockFormat block = blockFormat(line.level == 1 ? 5 : 0, 2);
        block.setLeftMargin(left + Indent);
        block.setTextIndent(-Indent);
        // The page number right-aligned at the margin (a tab counts from where the line starts).
        block.setTabPositions({QTextOption::Tab(tabPosition(textWidth() - left), QTextOption::RightTab)});
        cursor.setBlockFormat(block);
        cursor.insertText(line.text, textFormat(BodyPointSize, line.level == 1));
        cursor.insertText(QStringLiteral("\t") + line.page, textFormat(BodyPointSize, false));
        cursor.insertBlock(blockFormat(0, 0), textFormat(BodyPointSize, false));
    }
}

void LetterDocument::addSpacer(qreal points)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(0, points);
    cursor.setBlockFormat(format);
    cursor.insertText(QString(), textFormat(2, false));
    cursor.insertBlock(blockFormat(0, 0), textFormat(BodyPointSize, false));
}

void LetterDocument::addSignatures(const QList<SignatureParty>& parties,
                                   const QString& placeLabel,
                                   const QString& dateLabel,
                                   const QString& heading,
                                   const QString& intro)
{
    if (parties.isEmpty()) {
        return;
    }
    // One table for the whole section, kept whole on one page (pagination moves it), so the
    // heading is never cut from the blocks. Each line of a block is a row of the table, so the
    // blocks stay level whatever one of them holds (an organisation, a scanned signature).
    constexpr int PerRow = 3;
    enum Line { Role, Name, Organisation, Place, Date, Signature, Rule, LinesPerBlock };
    const int columns = std::max(2, std::min<int>(PerRow, static_cast<int>(parties.size())));
    const int blocks = (static_cast<int>(parties.size()) + PerRow - 1) / PerRow;
    const int top = (heading.isEmpty() ? 0 : 1) + (intro.isEmpty() ? 0 : 1);
    QTextCursor cursor = endCursor();
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(1);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int column = 0; column < columns; ++column) {
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / columns);
    }
    format.setColumnWidthConstraints(widths);
    QTextTable* table = cursor.insertTable(top + blocks * LinesPerBlock, columns, format);
    int row = 0;
    if (!heading.isEmpty()) {
        table->mergeCells(row, 0, 1, columns);
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        cell.setBlockFormat(blockFormat(10, 4));
        cell.insertText(heading, textFormat(11.5, true));
        ++row;
    }
    if (!intro.isEmpty()) {
        table->mergeCells(row, 0, 1, columns);
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        cell.setBlockFormat(blockFormat(0, 8));
        cell.insertText(intro, textFormat(BodyPointSize, false));
        ++row;
    }
    // Room to sign by hand: as high as a scanned signature, so the lines below stay level.
    constexpr qreal SignatureHeight = 45.0;
    const QString blank = QStringLiteral("mandaat-signature-room");
    QImage room(1, 1, QImage::Format_ARGB32);
    room.fill(Qt::transparent);
    m_document->addResource(QTextDocument::ImageResource, QUrl(blank), room);
    for (int index = 0; index < parties.size(); ++index) {
        const SignatureParty& party = parties.at(index);
        const int first = row + (index / PerRow) * LinesPerBlock;
        const int column = index % PerRow;
        const auto line = [&](int which, const QString& text, bool bold, qreal spaceBefore) {
            QTextCursor cell = table->cellAt(first + which, column).firstCursorPosition();
            cell.setBlockFormat(blockFormat(spaceBefore, 0));
            cell.insertText(text, textFormat(BodyPointSize, bold));
        };
        line(Role, party.role, true, index >= PerRow && column == 0 ? 12 : 0);
        line(Name, party.name, false, 0);
        line(Organisation, party.organisation, false, 0);
        line(Place,
             placeLabel + QStringLiteral(": ") +
                 (party.place.isEmpty() ? QStringLiteral("______________") : party.place),
             false,
             8);
        line(Date,
             dateLabel + QStringLiteral(": ") + (party.date.isEmpty() ? QStringLiteral("______________") : party.date),
             false,
             6);
        QTextCursor cell = table->cellAt(first + Signature, column).firstCursorPosition();
        cell.setBlockFormat(blockFormat(6, 0));
        QTextImageFormat image;
        if (!party.signature.isNull()) {
            const QString name = QStringLiteral("mandaat-signature-%1").arg(index);
            m_document->addResource(QTextDocument::ImageResource, QUrl(name), party.signature);
            image.setName(name);
            // As high as the room to sign, or narrower when a wide scan would not fit its column.
            const qreal aspect = qreal(party.signature.width()) / std::max(1, party.signature.height());
            constexpr qreal MaxWidth = 140.0;
            image.setWidth(std::min(SignatureHeight * aspect, MaxWidth));
            image.setHeight(std::min(SignatureHeight, MaxWidth / aspect));
        } else {
            image.setName(blank);
            image.setWidth(1);
            image.setHeight(SignatureHeight);
        }
        cell.insertImage(image);
        line(Rule, QStringLiteral("______________________"), false, 0);
    }
    m_keepTogether << table;
    addSpacer(8);
}

QAbstractTextDocumentLayout* LetterDocument::layout()
{
    if (!m_laidOut) {
        m_laidOut = true;
        m_document->documentLayout()->setPaintDevice(m_measureDevice.get());
        // The layout made when documentLayout() was first called used the screen's metrics:
        // lay the whole letter out again with the PDF's.
        m_document->markContentsDirty(0, m_document->characterCount());
    }
    return m_document->documentLayout();
}

namespace {

// The page within the text frame: A4 less the margins and the footer.
QSizeF textPageSize()
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const qreal margin = MarginMm * PointsPerMm;
    return {a4.width() - 2 * margin, a4.height() - 2 * margin - FooterGapMm * PointsPerMm};
}

} // namespace

void LetterDocument::relayoutFrom(int position)
{
    // QTextDocumentLayout's own relayout after a format change keeps some of the old
    // positions further down (seen as headings moved to pages they did not end, and pages
    // left blank); everything after the change is laid out again, at once.
    m_document->markContentsDirty(position, m_document->characterCount() - position);
    layout()->documentSize();
}

void LetterDocument::paginate()
{
    if (m_paginated) {
        return;
    }
    m_paginated = true;
    const qreal pageHeight = textPageSize().height();
    layout();
    m_document->setPageSize(textPageSize());
    layout()->documentSize(); // the whole letter laid out, once
    // A heading is kept with what follows: one that ends within the last lines of a page
    // moves to the next page. Done first, as it shifts the signature blocks below. Each move
    // shifts what follows, so they are walked in order, laid out again after each move.
    constexpr qreal KeepWithNext = 40.0;
    for (const int number : std::as_const(m_headingBlocks)) {
        QTextBlock block = m_document->findBlockByNumber(number);
        QTextBlockFormat format = block.blockFormat();
        if (!block.isValid() || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            continue;
        }
        const QRectF box = layout()->blockBoundingRect(block);
        const qreal pageEnd = (std::floor(box.top() / pageHeight) + 1) * pageHeight;
        if (box.top() > 0 && box.bottom() > pageEnd - KeepWithNext && box.bottom() <= pageEnd) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor cursor(block);
            cursor.setBlockFormat(format);
            relayoutFrom(block.position());
        }
    }
    // Move every keep-together table that straddles a page boundary to the next page.
    for (QTextTable* table : std::as_const(m_keepTogether)) {
        QTextTableFormat format = table->format();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            continue;
        }
        const QRectF box = layout()->frameBoundingRect(table);
        const int firstPage = static_cast<int>(std::floor(box.top() / pageHeight));
        const int lastPage = static_cast<int>(std::floor((box.bottom() - 0.5) / pageHeight));
        if (firstPage != lastPage && box.height() < pageHeight) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            relayoutFrom(table->firstPosition());
        }
    }
}

int LetterDocument::pageCount()
{
    paginate();
    return m_document->pageCount();
}

int LetterDocument::pageOf(int mark)
{
    paginate();
    const QTextBlock block = m_document->findBlockByNumber(mark);
    if (!block.isValid()) {
        return 0;
    }
    return static_cast<int>(std::floor(layout()->blockBoundingRect(block).top() / textPageSize().height()));
}

bool LetterDocument::writePdf(QIODevice* device, const QString& title, Error* error)
{
    return writePdf({this}, device, title, error);
}

bool LetterDocument::writePdf(const QList<LetterDocument*>& parts,
                              QIODevice* device,
                              const QString& title,
                              Error* error)
{
    QPdfWriter writer(device);
    setUpPdfWriter(writer);
    writer.setTitle(title);
    return paintParts(parts, writer, error);
}

bool LetterDocument::print(QPagedPaintDevice* device, Error* error)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    return paintParts({this}, *device, error);
}

bool LetterDocument::paintParts(const QList<LetterDocument*>& parts, QPagedPaintDevice& device, Error* error)
{
    int total = 0;
    for (LetterDocument* part : parts) {
        total += part->pageCount();
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             QCoreApplication::translate("LetterDocument", "The PDF could not be started.")));
        return false;
    }
    // The layout is in points (72 per inch); a printer has its own resolution.
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    int done = 0;
    for (LetterDocument* part : parts) {
        part->paintPages(painter, device, done, total);
        done += part->pageCount();
    }
    if (!painter.end()) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             QCoreApplication::translate("LetterDocument", "The PDF could not be completed.")));
        return false;
    }
    return true;
}

void LetterDocument::paintPages(QPainter& painter, QPagedPaintDevice& device, int before, int total)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const qreal margin = MarginMm * PointsPerMm;
    const qreal footerGap = FooterGapMm * PointsPerMm;
    const QSizeF page = textPageSize();
    const int pages = pageCount();
    // In pixels, which are points here: a point size would be resolved again for the device.
    QFont footerFont = letterFont(8);
    footerFont.setPixelSize(8);
    for (int index = 0; index < pages; ++index) {
        if (before + index > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(margin, margin - index * page.height());
        const QRectF clip(0, index * page.height(), page.width(), page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        layout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        const QRectF footer(margin, a4.height() - margin - footerGap / 2, page.width(), footerGap);
        painter.drawLine(QPointF(margin, footer.top() - 2), QPointF(margin + page.width(), footer.top() - 2));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
        const int number = before + index + 1;
        const QString text = m_pageFormat.isEmpty() ? QString::number(number) : m_pageFormat.arg(number).arg(total);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, text);
        painter.restore();
    }
}

bool LetterDocument::writePdf(const QString& path, const QString& title, Error* error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writePdf(&buffer, title, error)) {
        return false;
    }
    // Owner-only, beside the destination and renamed; never over a vault or a folder. The save
    // dialog asked before an existing file is replaced.
    return OutputFile::writeAll(path, bytes, OutputFile::Existing::Replace, error);
}

QString LetterDocument::toPlainText() const
{
    return m_document->toPlainText();
}

} // namespace mandaat
