#pragma once

#include "agenda/Agenda.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace mandaat {

/// The agenda as a calendar file (.ics): one file, or a folder with a file per week. Shows only
/// the client's initials and the kind of session unless the user ticks the box for names and
/// places, with the reason next to it. Never writes over the vault, a folder or, unless the
/// user says so, an existing file; says what it wrote after checking that it is there.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarExportDialog(const QList<AgendaItem>& items, QWidget* parent = nullptr);

    /// The files written by the last export.
    const QStringList& written() const { return m_written; }

private:
    void chooseDestination();
    void updateDestination();
    void exportNow();
    void showMessage(const QString& text, bool error);

    QList<AgendaItem> m_items;
    QStringList m_written;
    QRadioButton* m_oneFileRadio = nullptr;
    QRadioButton* m_perWeekRadio = nullptr;
    QLineEdit* m_destinationEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QCheckBox* m_namesCheck = nullptr;
    QLabel* m_previewLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
};

} // namespace mandaat
