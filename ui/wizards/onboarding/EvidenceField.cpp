#include "EvidenceField.h"

#include "common/forms/DateEdit.h"
#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "lifecycle/Onboarding.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace mandaat {

EvidenceField::EvidenceField(QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_text(new QLabel(this))
    , m_date(new DateEdit(this))
    , m_channel(new QComboBox(this))
    , m_today(QDate::currentDate())
{
    m_check->setObjectName(QStringLiteral("checkBox"));
    m_text->setObjectName(QStringLiteral("textLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->installEventFilter(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_date->setAccessibleName(tr("Date"));
    m_channel->setAccessibleName(tr("How"));
    for (const Channel channel : allValues<Channel>()) {
        m_channel->addItem(displayName(channel), toId(channel));
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_date);
    layout->addWidget(m_channel);
    setToday(m_today);
    connect(m_check, &QCheckBox::toggled, this, [this]() {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_date, &DateEdit::dateChanged, this, &EvidenceField::changed);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &EvidenceField::changed);
    updateEnabled();
}

EvidenceField::~EvidenceField() = default;

void EvidenceField::bind(const QString& topic, Party party)
{
    m_topic = topic;
    m_party = party;
}

void EvidenceField::setPhrase(const char* id, const QStringList& args)
{
    m_phrase = Phrase::store(id, args);
    const QString text = Phrase::render(m_phrase);
    m_text->setText(text);
    m_check->setAccessibleName(text);
    m_date->setAccessibleDescription(text);
    m_channel->setAccessibleDescription(text);
}

QString EvidenceField::text() const
{
    return m_text->text();
}

bool EvidenceField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease && m_check->isEnabled()) {
        m_check->toggle();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EvidenceField::setDefaultChannel(Channel channel)
{
    m_defaultChannel = channel;
    if (!isSaved()) {
        m_channel->setCurrentIndex(m_channel->findData(toId(channel)));
    }
}

void EvidenceField::setToday(QDate today)
{
    m_today = today;
    m_date->setMaximumDate(today);
    m_date->setMinimumDate(today.addYears(-10));
}

void EvidenceField::load(const QList<Evidence>& rows)
{
    m_row = Evidence();
    for (const Evidence& row : rows) {
        // The latest row for this topic and party.
        if (row.topic == m_topic && row.party == m_party && (m_row.id == 0 || row.occurredOn >= m_row.occurredOn)) {
            m_row = row;
        }
    }
    const bool blocked = blockSignals(true);
    m_check->setChecked(isSaved());
    m_date->setDate(isSaved() ? m_row.occurredOn : m_today);
    m_channel->setCurrentIndex(m_channel->findData(toId(isSaved() ? m_row.channel : m_defaultChannel)));
    blockSignals(blocked);
    updateEnabled();
}

bool EvidenceField::isChecked() const
{
    return m_check->isChecked();
}

void EvidenceField::setChecked(bool checked)
{
    m_check->setChecked(checked);
}

QDate EvidenceField::date() const
{
    return m_date->date();
}

void EvidenceField::setDate(QDate date)
{
    m_date->setDate(date);
}

Channel EvidenceField::channel() const
{
    return fromId<Channel>(m_channel->currentData().toString()).value_or(m_defaultChannel);
}

bool EvidenceField::save(Records& records, qint64 engagementId, RecordError* error)
{
    if (!isChecked()) {
        return true;
    }
    Evidence row = m_row;
    if (row.id == 0) {
        row.engagementId = engagementId;
        row.topic = m_topic;
        row.party = m_party;
        row.text = m_note.isEmpty() ? m_phrase : m_note;
        row.occurredOn = date();
        row.channel = channel();
        if (!Onboarding::record(records, row, m_today.isValid() ? m_today : QDate::currentDate(), error)) {
            return false;
        }
    } else if (row.occurredOn == date() && row.channel == channel()) {
        return true; // nothing changed
    } else {
        row.occurredOn = date();
        row.channel = channel();
        if (!records.compliance().save(row, error)) {
            return false;
        }
    }
    m_row = row;
    updateEnabled();
    return true;
}

void EvidenceField::updateEnabled()
{
    // A saved row stays: the records keep what was recorded, and only its date and channel
    // can be corrected.
    m_check->setEnabled(!isSaved());
    m_check->setToolTip(isSaved() ? tr("Recorded. Correct the date or the channel if they are wrong.") : QString());
    m_date->setEnabled(m_check->isChecked());
    m_channel->setEnabled(m_check->isChecked());
}

} // namespace mandaat
