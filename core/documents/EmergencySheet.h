#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class QPagedPaintDevice;

namespace mandaat {

class LetterDocument;

/// The printable page with a vault's raw key (docs/architecture.md, Keys): it opens the vault without the
/// passphrase, in Mandaat (the unlock page's emergency key) and without it (the sqlcipher
/// tool). Written as an A4 PDF through LetterDocument, or printed. In the interface's language.
class EmergencySheet
{
    Q_DECLARE_TR_FUNCTIONS(EmergencySheet)

public:
    /// \a displayPath is the vault's path as the user knows it ("~/Documents/Praktijk.mandaat").
    EmergencySheet(const QString& displayPath, const SecureBytes& key, const QByteArray& salt, QDate madeOn);
    ~EmergencySheet();

    /// Lowercase hex in groups of four, eight groups to a line: what the unlock page accepts.
    static QString groupedKey(const SecureBytes& key);

    QString title() const;
    /// The labelled lines of the sheet (vault, date, key, salt), for the dialog that shows it.
    QList<QPair<QString, QString>> fields() const;
    /// The explanations under the fields: what the sheet is, how to use it, the way out.
    QStringList paragraphs() const;

    bool writePdf(const QString& path, Error* error) const;
    /// Prints the same content on \a device (a printer from the print dialog).
    void print(QPagedPaintDevice* device) const;
    QString toPlainText() const;

private:
    std::unique_ptr<LetterDocument> letter() const;

    QString m_displayPath;
    SecureBytes m_key;
    QByteArray m_salt;
    QDate m_madeOn;
};

} // namespace mandaat
