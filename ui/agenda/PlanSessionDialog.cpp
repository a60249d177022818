#include "PlanSessionDialog.h"

#include "common/OpenPractice.h"
#include "common/forms/DateEdit.h"
#include "domain/DisplayNames.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mandaat {

PlanSessionDialog::PlanSessionDialog(OpenPractice& practice, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_practice(practice)
    , m_engagementCombo(new QComboBox(this))
    , m_dateEdit(new DateEdit(this))
    , m_timeEdit(new QLineEdit(this))
    , m_durationSpin(new QSpinBox(this))
    , m_modeCombo(new QComboBox(this))
    , m_locationEdit(new QLineEdit(this))
    , m_intakeCheck(new QCheckBox(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("PlanSessionDialog"));
    setWindowTitle(tr("Plan a session"));
    m_engagementCombo->setObjectName(QStringLiteral("engagementComboBox"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_durationSpin->setObjectName(QStringLiteral("durationSpinBox"));
    m_modeCombo->setObjectName(QStringLiteral("modeComboBox"));
    m_locationEdit->setObjectName(QStringLiteral("locationLineEdit"));
    m_intakeCheck->setObjectName(QStringLiteral("intakeCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));

    // The engagements that take sessions: active or ending, and those not active yet for an
    // intake; ended ones take none.
    const std::optional<QList<EngagementSummary>> engagements = practice.listing().engagements();
    for (const EngagementSummary& engagement : engagements.value_or(QList<EngagementSummary>())) {
        if (engagement.status == EngagementStatus::Ended) {
            continue;
        }
        m_engagementCombo->addItem(tr("%1: %2").arg(engagement.clientName, engagement.title), engagement.id);
        m_engagementCombo->setItemData(
            m_engagementCombo->count() - 1, static_cast<int>(engagement.status), Qt::UserRole + 1);
    }
    const int chosen = m_engagementCombo->findData(engagementId);
    if (chosen >= 0) {
        m_engagementCombo->setCurrentIndex(chosen);
    }

    // The next full hour, as the session form proposes.
    const QDateTime next = QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0)).addSecs(3600);
    m_dateEdit->setDate(next.date());
    // A time is typed as on a clock: "10:30", "1030" or "10.30".
    m_timeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,2}[:.]?[0-9]{0,2}")), m_timeEdit));
    m_timeEdit->setText(next.time().toString(QStringLiteral("HH:mm")));
    m_timeEdit->setPlaceholderText(tr("hh:mm"));
    m_timeEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 3);
    m_durationSpin->setRange(5, 24 * 60);
    m_durationSpin->setSingleStep(15);
    m_durationSpin->setValue(60);
    m_durationSpin->setSuffix(tr(" min"));
    for (const SessionMode mode : {SessionMode::InPerson, SessionMode::Video, SessionMode::Phone}) {
        m_modeCombo->addItem(displayName(mode), static_cast<int>(mode));
    }
    m_locationEdit->setPlaceholderText(tr("optional"));
    m_intakeCheck->setText(tr("An &intake (the first conversation, before the engagement is active)"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    auto* form = new QFormLayout;
    auto* engagementLabel = new QLabel(tr("&Engagement"), this);
    engagementLabel->setBuddy(m_engagementCombo);
    form->addRow(engagementLabel, m_engagementCombo);
    auto* dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);
    auto* timeLabel = new QLabel(tr("St&arts at"), this);
    timeLabel->setBuddy(m_timeEdit);
    form->addRow(timeLabel, m_timeEdit);
    auto* durationLabel = new QLabel(tr("D&uration"), this);
    durationLabel->setBuddy(m_durationSpin);
    form->addRow(durationLabel, m_durationSpin);
    auto* modeLabel = new QLabel(tr("&How"), this);
    modeLabel->setBuddy(m_modeCombo);
    form->addRow(modeLabel, m_modeCombo);
    auto* locationLabel = new QLabel(tr("&Place"), this);
    locationLabel->setBuddy(m_locationEdit);
    form->addRow(locationLabel, m_locationEdit);
    form->addRow(QString(), m_intakeCheck);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_engagementCombo->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanSessionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (m_engagementCombo->count() == 0) {
        auto* none =
            new QLabel(tr("No engagement takes sessions now: start one with Practice → New engagement."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_engagementCombo, &QComboBox::currentIndexChanged, this, &PlanSessionDialog::updateIntake);
    updateIntake();
}

void PlanSessionDialog::updateIntake()
{
    // Before activation a session can only be an intake: ticked, and it cannot be unticked.
    const auto status = static_cast<EngagementStatus>(m_engagementCombo->currentData(Qt::UserRole + 1).toInt());
    const bool notActiveYet = status == EngagementStatus::Draft || status == EngagementStatus::Onboarding;
    if (notActiveYet) {
        m_intakeCheck->setChecked(true);
    }
    m_intakeCheck->setEnabled(!notActiveYet);
}

QTime PlanSessionDialog::typedTime() const
{
    static const QRegularExpression clock(QStringLiteral("^([0-9]{1,2})[:.]?([0-9]{2})$"));
    const QRegularExpressionMatch match = clock.match(m_timeEdit->text().trimmed());
    return match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
}

void PlanSessionDialog::accept()
{
    if (m_engagementCombo->currentIndex() < 0) {
        return;
    }
    // A date typed and not yet confirmed with Tab is taken (or refused) now.
    m_dateEdit->setFocus();
    m_engagementCombo->setFocus();
    if (!m_dateEdit->refusal().isEmpty()) {
        m_errorLabel->setText(m_dateEdit->refusal());
        m_errorLabel->setVisible(true);
        return;
    }
    const QTime time = typedTime();
    if (!time.isValid()) {
        m_errorLabel->setText(
            tr("“%1” is not a time of day. Type it as hh:mm, for example 14:30.").arg(m_timeEdit->text()));
        m_errorLabel->setVisible(true);
        m_timeEdit->setFocus();
        return;
    }
    Session session;
    session.engagementId = m_engagementCombo->currentData().toLongLong();
    session.startsAt = QDateTime(m_dateEdit->date(), time).toUTC();
    session.durationMinutes = m_durationSpin->value();
    session.mode = static_cast<SessionMode>(m_modeCombo->currentData().toInt());
    session.location = m_locationEdit->text().trimmed();
    session.intake = m_intakeCheck->isChecked();
    RecordError error;
    if (!m_practice.records().sessions().save(session, &error)) {
        m_errorLabel->setText(tr("The session was not planned: %1").arg(error.message));
        m_errorLabel->setVisible(true);
        return;
    }
    // Read back: only a stored session counts as planned.
    const std::optional<Session> stored = m_practice.records().sessions().session(session.id, &error);
    if (!stored) {
        m_errorLabel->setText(tr("The session could not be read back: %1").arg(error.message));
        m_errorLabel->setVisible(true);
        return;
    }
    m_session = *stored;
    QDialog::accept();
}

} // namespace mandaat
