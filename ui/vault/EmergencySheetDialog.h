#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class EmergencySheetDialog;
}

namespace mandaat {

class EmergencySheet;
class Vault;

/// Shows the vault's emergency key and prints it, or saves it as a PDF (docs/architecture.md, Keys).
/// Offered after a vault is created and from the Practice menu. Its copy of the key is wiped
/// when it closes (a lock closes it).
class EmergencySheetDialog : public QDialog
{
    Q_OBJECT

public:
    EmergencySheetDialog(const Vault& vault, QWidget* parent = nullptr);
    ~EmergencySheetDialog() override;

    /// Writes the sheet as a PDF to \a path.
    bool savePdf(const QString& path);
    /// Where Save as PDF and a print to a file propose to put the sheet: never Documents.
    static QString suggestedFolder();

Q_SIGNALS:
    /// The sheet went to a printer or a PDF: the audit log records it (issue 15, item 6).
    void printed(bool asPdf);

protected:
    void changeEvent(QEvent* event) override;

private:
    void print();
    void choosePdf();
    void retranslate();
    void showStatus(const QString& text);
    QString fileTitle() const;

    std::unique_ptr<Ui::EmergencySheetDialog> m_ui;
    std::unique_ptr<EmergencySheet> m_sheet;
    QString m_displayPath;
};

} // namespace mandaat
