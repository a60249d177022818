#include "CalendarExportDialog.h"

#include "util/OutputFile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mandaat {

CalendarExportDialog::CalendarExportDialog(const QList<AgendaItem>& items, QWidget* parent)
    : QDialog(parent)
    , m_items(items)
    , m_oneFileRadio(new QRadioButton(this))
    , m_perWeekRadio(new QRadioButton(this))
    , m_destinationEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_namesCheck(new QCheckBox(this))
    , m_previewLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("CalendarExportDialog"));
    setWindowTitle(tr("Export to a calendar"));
    m_oneFileRadio->setObjectName(QStringLiteral("oneFileRadioButton"));
    m_perWeekRadio->setObjectName(QStringLiteral("perWeekRadioButton"));
    m_destinationEdit->setObjectName(QStringLiteral("destinationLineEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_namesCheck->setObjectName(QStringLiteral("namesCheckBox"));
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_oneFileRadio->setText(tr("&One calendar file"));
    m_perWeekRadio->setText(tr("A &folder with one file per week"));
    m_oneFileRadio->setChecked(true);
    m_browseButton->setText(tr("&Browse…"));
    m_namesCheck->setText(tr("Show the clients' &names and the places"));
    m_namesCheck->setToolTip(tr("A calendar is copied to phones and servers the vault does not protect."));
    auto* privacy = new QLabel(tr("Without it the calendar shows only the client's initials and the kind of "
                                  "session (“K.J. Session (in person)”): a calendar is copied to phones and "
                                  "servers the vault does not protect."),
                               this);
    privacy->setWordWrap(true);
    m_previewLabel->setWordWrap(true);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* destination = new QHBoxLayout;
    destination->addWidget(m_destinationEdit, 1);
    destination->addWidget(m_browseButton);
    auto* destinationLabel = new QLabel(tr("&Save to"), this);
    destinationLabel->setBuddy(m_destinationEdit);
    auto* form = new QFormLayout;
    form->addRow(tr("What"), m_oneFileRadio);
    form->addRow(QString(), m_perWeekRadio);
    form->addRow(destinationLabel, destination);
    form->addRow(QString(), m_namesCheck);
    form->addRow(QString(), privacy);
    form->addRow(tr("First entry"), m_previewLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &CalendarExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%n session(s) of the weeks shown.", nullptr, static_cast<int>(items.size())), this));
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &CalendarExportDialog::chooseDestination);
    connect(m_oneFileRadio, &QRadioButton::toggled, this, &CalendarExportDialog::updateDestination);
    connect(m_namesCheck, &QCheckBox::toggled, this, [this]() {
        if (!m_items.isEmpty()) {
            const CalendarDetail detail =
                m_namesCheck->isChecked() ? CalendarDetail::NamesAndPlaces : CalendarDetail::InitialsAndKind;
            m_previewLabel->setText(Agenda::calendarTitle(m_items.constFirst(), detail));
        }
    });
    connect(m_destinationEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_exportButton->setEnabled(!text.trimmed().isEmpty());
    });
    if (!m_items.isEmpty()) {
        m_previewLabel->setText(Agenda::calendarTitle(m_items.constFirst(), CalendarDetail::InitialsAndKind));
    }
    updateDestination();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void CalendarExportDialog::updateDestination()
{
    // A proposal in the user's home folder, never in the vault's own folder by itself.
    const QString home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QDate first = m_items.isEmpty() ? QDate::currentDate() : m_items.constFirst().localStart().date();
    const QString proposal = m_oneFileRadio->isChecked()
        ? QDir(home).filePath(tr("agenda-%1.ics").arg(Agenda::weekKey(first)))
        : QDir(home).filePath(tr("agenda"));
    m_destinationEdit->setText(QDir::toNativeSeparators(proposal));
}

void CalendarExportDialog::chooseDestination()
{
    QString chosen;
    if (m_oneFileRadio->isChecked()) {
        // The file dialog asks before it replaces a file.
        chosen = QFileDialog::getSaveFileName(
            this, tr("Save the calendar"), m_destinationEdit->text(), tr("Calendar files (*.ics)"));
        if (!chosen.isEmpty() && !chosen.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive)) {
            chosen += QStringLiteral(".ics");
        }
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("The folder for the weekly calendar files"));
    }
    if (!chosen.isEmpty()) {
        m_destinationEdit->setText(QDir::toNativeSeparators(chosen));
    }
}

void CalendarExportDialog::showMessage(const QString& text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setProperty("error", error);
    m_messageLabel->setVisible(true);
}

void CalendarExportDialog::exportNow()
{
    const QString destination = QDir::fromNativeSeparators(m_destinationEdit->text().trimmed());
    if (destination.isEmpty()) {
        return;
    }
    const CalendarDetail detail =
        m_namesCheck->isChecked() ? CalendarDetail::NamesAndPlaces : CalendarDetail::InitialsAndKind;
    Error error;
    m_written.clear();
    bool replace = false;
    if (m_oneFileRadio->isChecked()) {
        QString path = destination;
        if (!QFileInfo(path).isDir() && !path.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive)) {
            path += QStringLiteral(".ics");
        }
        if (QFileInfo(path).isFile() && OutputFile::refusal(path, OutputFile::Existing::Replace).isEmpty()) {
            replace = QMessageBox::question(
                          this,
                          tr("Replace the file?"),
                          tr("%1 exists. Replace it with this calendar?").arg(QDir::toNativeSeparators(path)),
                          QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No) == QMessageBox::Yes;
            if (!replace) {
                return;
            }
        }
        if (!Agenda::writeCalendar(path, m_items, detail, replace, &error)) {
            showMessage(tr("The calendar was not saved: %1").arg(error.message), true);
            return;
        }
        m_written = {path};
    } else {
        bool existing = false;
        for (const AgendaItem& item : std::as_const(m_items)) {
            const QString path =
                QDir(destination).filePath(Agenda::weekKey(item.localStart().date()) + QStringLiteral(".ics"));
            existing = existing || QFileInfo(path).isFile();
        }
        if (existing) {
            replace = QMessageBox::question(this,
                                            tr("Replace the files?"),
                                            tr("Calendar files of these weeks exist in %1. Replace them?")
                                                .arg(QDir::toNativeSeparators(destination)),
                                            QMessageBox::Yes | QMessageBox::No,
                                            QMessageBox::No) == QMessageBox::Yes;
            if (!replace) {
                return;
            }
        }
        if (!Agenda::writeWeeks(destination, m_items, detail, replace, &m_written, &error)) {
            showMessage(tr("The calendar files were not saved: %1").arg(error.message), true);
            return;
        }
    }
    // Said only of files that are there, complete.
    for (const QString& path : std::as_const(m_written)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().endsWith("END:VCALENDAR\r\n")) {
            showMessage(
                tr("%1 could not be read back after saving; check the disk.").arg(QDir::toNativeSeparators(path)),
                true);
            return;
        }
    }
    QStringList shown;
    for (const QString& path : std::as_const(m_written)) {
        shown << QDir::toNativeSeparators(path);
    }
    showMessage(tr("Saved %n calendar file(s): %1", nullptr, static_cast<int>(m_written.size()))
                    .arg(shown.join(QStringLiteral(", "))),
                false);
}

} // namespace mandaat
