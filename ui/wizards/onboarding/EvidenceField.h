#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace mandaat {

class DateEdit;
class Records;

/// One piece of evidence the onboarding asks for (docs/compliance-evidence.md): "done" for
/// one party, with the date and the channel. Saved as an Evidence row on its topic, filed
/// under the engagement's article that asks for it (EvidenceFiling); a row once saved is corrected (date, channel),
/// never removed (ComplianceRecords).
class EvidenceField : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceField(QWidget* parent = nullptr);
    ~EvidenceField() override;

    /// What is recorded: evidence on \a topic for \a party (an existing row counts, whichever
    /// article it was filed under).
    void bind(const QString& topic, Party party);
    /// What the field says, and what a new row records as its text: the Phrase \a id with
    /// \a args (stored as ids, told in the reader's language; issue 17, item 5).
    void setPhrase(const char* id, const QStringList& args = {});
    QString text() const;
    void setDefaultChannel(Channel channel);
    /// The latest date that can be chosen (evidence is never dated in the future).
    void setToday(QDate today);
    /// The note saved with a new row.
    void setNote(const QString& note) { m_note = note; }

    /// Shows the saved row among \a rows, or an unticked field dated today.
    void load(const QList<Evidence>& rows);
    bool isChecked() const;
    void setChecked(bool checked);
    QDate date() const;
    void setDate(QDate date);
    Channel channel() const;
    bool isSaved() const { return m_row.id != 0; }
    const QString& topic() const { return m_topic; }
    Party party() const { return m_party; }

    /// Saves the row when ticked (new, or a corrected date or channel); nothing otherwise.
    bool save(Records& records, qint64 engagementId, RecordError* error);

Q_SIGNALS:
    void changed();

protected:
    /// A click on the text ticks the box, as on a check box's own text.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEnabled();

    QCheckBox* m_check = nullptr;
    QLabel* m_text = nullptr; // wraps, unlike a check box's own text
    DateEdit* m_date = nullptr;
    QComboBox* m_channel = nullptr;
    QString m_topic;
    Party m_party = Party::Client;
    Channel m_defaultChannel = Channel::InPerson;
    QDate m_today;
    QString m_note;
    QString m_phrase; // stored form
    Evidence m_row;
};

} // namespace mandaat
