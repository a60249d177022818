#pragma once

#include "domain/Practice.h"
#include "domain/RecordError.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class CodesEditor;
}

namespace mandaat {

class InlineErrors;
class Records;

/// The codes of conduct the consultant subscribes to (MW-2.1, CMI-1), each with their own copy
/// of the official text as a PDF (MW-2.2: handed to the parties). From the catalogue of codes
/// Mandaat knows. Changes are kept here until the profile dialog is saved.
class CodesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CodesEditor(QWidget* parent = nullptr);
    ~CodesEditor() override;

    void load(const Records& records);
    /// Stores the chosen PDFs as attachments and writes removals and additions; call inside a
    /// transaction.
    bool apply(Records& records, RecordError* error);
    bool hasChanges() const { return !m_removed.isEmpty() || m_added; }
    bool add();
    /// The PDF the next added code gets.
    void setPdf(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Item
    {
        CodeSubscription subscription;
        QString pdfPath; // a file to attach on apply
    };
    void fillCodes();
    void fillTable();
    void choosePdf();
    void retranslate();

    std::unique_ptr<Ui::CodesEditor> m_ui;
    InlineErrors* m_errors = nullptr;
    QList<Item> m_items;
    QList<qint64> m_removed;
    QString m_pdfPath;
    bool m_added = false;
};

} // namespace mandaat
