#include "EmergencySheet.h"

#include "documents/LetterDocument.h"

#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace mandaat {

EmergencySheet::EmergencySheet(const QString& displayPath, const SecureBytes& key, const QByteArray& salt, QDate madeOn)
    : m_displayPath(displayPath)
    , m_key(key)
    , m_salt(salt)
    , m_madeOn(madeOn)
{ }

EmergencySheet::~EmergencySheet() = default;

QString EmergencySheet::groupedKey(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    QString text;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 32 == 0) {
            text += QLatin1Char('\n');
        } else if (i > 0 && i % 4 == 0) {
            text += QLatin1Char(' ');
        }
        text += QLatin1Char(static_cast<char>(hex.data()[i]));
    }
    return text;
}

QString EmergencySheet::title() const
{
    return tr("Emergency sheet");
}

QList<QPair<QString, QString>> EmergencySheet::fields() const
{
    return {
        {tr("Vault"), QFileInfo(m_displayPath).fileName()},
        {tr("Location"), m_displayPath},
        {tr("Made on"), QLocale().toString(m_madeOn, QLocale::LongFormat)},
        {tr("Emergency key"), groupedKey(m_key)},
        {tr("Salt"), QString::fromLatin1(m_salt.toHex())},
    };
}

QStringList EmergencySheet::paragraphs() const
{
    return {
        tr("This sheet opens the vault above without its passphrase. Keep it where you keep your passport: "
           "whoever holds it can read every record in the vault."),
        tr("To unlock with it, tick “Use the emergency key instead” on the unlock page and type the key; "
           "spaces and line breaks do not matter."),
        tr("After a change of passphrase this sheet no longer opens the vault, but it still opens the backups "
           "made before the change."),
        tr("Without Mandaat, the sqlcipher tool opens the file with PRAGMA key = \"x'KEYSALT'\", where KEY is the "
           "emergency key and SALT the salt above, both without spaces, and PRAGMA cipher_page_size = 4096."),
    };
}

std::unique_ptr<LetterDocument> EmergencySheet::letter() const
{
    auto document = std::make_unique<LetterDocument>();
    document->setFooter(QStringLiteral("Mandaat"), tr("Page %1 of %2"));
    document->addTitle(title());
    document->addFields(fields());
    document->addSpacer(12);
    for (const QString& paragraph : paragraphs()) {
        document->addParagraph(paragraph);
    }
    return document;
}

bool EmergencySheet::writePdf(const QString& path, Error* error) const
{
    return letter()->writePdf(path, title(), error);
}

void EmergencySheet::print(QPagedPaintDevice* device) const
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(18);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.insertText(title(), titleFormat);
    cursor.insertBlock();
    const QList<QPair<QString, QString>> rows = fields();
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(4);
    QTextTable* table = cursor.insertTable(static_cast<int>(rows.size()), 2, tableFormat);
    QTextCharFormat keyFormat;
    keyFormat.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    keyFormat.setFontPointSize(14);
    for (int row = 0; row < rows.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(rows.at(row).first);
        const bool mono = row >= 3; // the key and the salt are copied character by character
        table->cellAt(row, 1).firstCursorPosition().insertText(rows.at(row).second,
                                                               mono ? keyFormat : QTextCharFormat());
    }
    cursor.movePosition(QTextCursor::End);
    for (const QString& paragraph : paragraphs()) {
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(paragraph, QTextCharFormat());
    }
    document.print(device);
}

QString EmergencySheet::toPlainText() const
{
    return letter()->toPlainText();
}

} // namespace mandaat
