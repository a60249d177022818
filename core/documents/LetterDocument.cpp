#include "LetterDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

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
    m_document->documentLayout()->setPaintDevice(m_measureDevice.get());
    m_document->setDefaultFont(letterFont(BodyPointSize));
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false);
}

LetterDocument::~LetterDocument() = default;

QTextCursor LetterDocument::endCursor()
{
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

void LetterDocument::addTitle(const QString& text)
{
    QTextCursor cursor = endCursor();
    cursor.setBlockFormat(blockFormat(6, 10));
    cursor.insertText(text, textFormat(15, true));
    cursor.insertBlock(blockFormat(0, 0), textFormat(BodyPointSize, false));
}

void LetterDocument::addHeading(const QString& text)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(10, 4);
    // A heading is never the last line of a page.
    format.setNonBreakableLines(true);
    cursor.setBlockFormat(format);
    cursor.insertText(text, textFormat(11.5, true));
    m_headingBlocks << cursor.block().blockNumber();
    cursor.insertBlock(blockFormat(0, 0), textFormat(BodyPointSize, false));
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
                                   const QString& dateLabel)
{
    // Two blocks to a row; each row is a table of its own so that pagination can keep it
    // whole (a signature block is never split across pages).
    for (int first = 0; first < parties.size(); first += 2) {
        const int columns = std::min<int>(2, static_cast<int>(parties.size()) - first);
        QTextCursor cursor = endCursor();
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
        QTextTable* table = cursor.insertTable(1, 2, format);
        for (int column = 0; column < columns; ++column) {
            const SignatureParty& party = parties.at(first + column);
            QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
            cell.insertText(party.role, textFormat(BodyPointSize, true));
            cell.insertText(QString(QChar::LineSeparator));
            cell.insertText(party.name, textFormat(BodyPointSize, false));
            if (!party.organisation.isEmpty()) {
                cell.insertText(QString(QChar::LineSeparator));
                cell.insertText(party.organisation, textFormat(BodyPointSize, false));
            }
            cell.insertText(QString(QChar::LineSeparator));
            cell.insertText(QString(QChar::LineSeparator));
            cell.insertText(placeLabel + QStringLiteral(": ______________________"), textFormat(BodyPointSize, false));
            cell.insertText(QString(QChar::LineSeparator));
            cell.insertText(QString(QChar::LineSeparator));
            cell.insertText(dateLabel + QStringLiteral(": ______________________"), textFormat(BodyPointSize, false));
            cell.insertText(QString(QChar::LineSeparator));
            if (!party.signature.isNull()) {
                const QString name = QStringLiteral("mandaat-signature-%1").arg(first + column);
                m_document->addResource(QTextDocument::ImageResource, QUrl(name), party.signature);
                QTextImageFormat image;
                image.setName(name);
                const qreal height = 45.0;
                image.setHeight(height);
                image.setWidth(height * party.signature.width() / std::max(1, party.signature.height()));
                cell.insertText(QString(QChar::LineSeparator));
                cell.insertImage(image);
            } else {
                // Room to sign by hand.
                cell.insertText(QString(QChar::LineSeparator));
                cell.insertText(QString(QChar::LineSeparator));
                cell.insertText(QString(QChar::LineSeparator));
            }
            cell.insertText(QStringLiteral("______________________________"), textFormat(BodyPointSize, false));
        }
        m_keepTogether << table;
        addSpacer(8);
    }
}

void LetterDocument::paginate(qreal pageWidth, qreal pageHeight)
{
    m_document->setPageSize(QSizeF(pageWidth, pageHeight));
    // A heading is kept with what follows: one that ends within the last lines of a page
    // moves to the next page. Done first, as it shifts the signature blocks below.
    constexpr qreal KeepWithNext = 40.0;
    for (const int number : std::as_const(m_headingBlocks)) {
        QTextBlock block = m_document->findBlockByNumber(number);
        QTextBlockFormat format = block.blockFormat();
        if (!block.isValid() || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            continue;
        }
        const QRectF box = m_document->documentLayout()->blockBoundingRect(block);
        const qreal pageEnd = (std::floor(box.top() / pageHeight) + 1) * pageHeight;
        if (box.top() > 0 && box.bottom() > pageEnd - KeepWithNext && box.bottom() <= pageEnd) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor cursor(block);
            cursor.setBlockFormat(format);
        }
    }
    // Move every keep-together table that straddles a page boundary to the next page. Each
    // move can shift what follows, so walk them in order and relayout after each change.
    for (QTextTable* table : std::as_const(m_keepTogether)) {
        QTextTableFormat format = table->format();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            continue;
        }
        const QRectF box = m_document->documentLayout()->frameBoundingRect(table);
        const int firstPage = static_cast<int>(std::floor(box.top() / pageHeight));
        const int lastPage = static_cast<int>(std::floor((box.bottom() - 0.5) / pageHeight));
        if (firstPage != lastPage && box.height() < pageHeight) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

int LetterDocument::pageCount()
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const qreal margin = MarginMm * PointsPerMm;
    paginate(a4.width() - 2 * margin, a4.height() - 2 * margin - FooterGapMm * PointsPerMm);
    return m_document->pageCount();
}

bool LetterDocument::writePdf(QIODevice* device, const QString& title, QString* error)
{
    QPdfWriter writer(device);
    setUpPdfWriter(writer);
    writer.setTitle(title);
    return paintPages(writer, error);
}

bool LetterDocument::print(QPagedPaintDevice* device, QString* error)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    return paintPages(*device, error);
}

bool LetterDocument::paintPages(QPagedPaintDevice& device, QString* error)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const qreal margin = MarginMm * PointsPerMm;
    const qreal footerGap = FooterGapMm * PointsPerMm;
    const qreal width = a4.width() - 2 * margin;
    const qreal height = a4.height() - 2 * margin - footerGap;

    paginate(width, height);
    const int pages = m_document->pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        if (error) {
            *error = QCoreApplication::translate("LetterDocument", "The PDF could not be started.");
        }
        return false;
    }
    // The layout is in points (72 per inch); a printer has its own resolution.
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    // In pixels, which are points here: a point size would be resolved again for the device.
    QFont footerFont = letterFont(8);
    footerFont.setPixelSize(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(margin, margin - page * height);
        const QRectF clip(0, page * height, width, height);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        const QRectF footer(margin, a4.height() - margin - footerGap / 2, width, footerGap);
        painter.drawLine(QPointF(margin, footer.top() - 2), QPointF(margin + width, footer.top() - 2));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
        const QString number = m_pageFormat.isEmpty() ? QString::number(page + 1)
                                                       : m_pageFormat.arg(page + 1).arg(pages);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
        painter.restore();
    }
    if (!painter.end()) {
        if (error) {
            *error = QCoreApplication::translate("LetterDocument", "The PDF could not be completed.");
        }
        return false;
    }
    return true;
}

bool LetterDocument::writePdf(const QString& path, const QString& title, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QCoreApplication::translate("LetterDocument", "%1 cannot be written: %2.")
                         .arg(path, file.errorString());
        }
        return false;
    }
    if (!writePdf(&file, title, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("LetterDocument", "%1 cannot be written: %2.")
                         .arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

QString LetterDocument::toPlainText() const
{
    return m_document->toPlainText();
}

} // namespace mandaat
