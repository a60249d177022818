#include "SessionForm.h"
#include "ui_SessionForm.h"

#include "common/Formats.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

namespace mandaat {

SessionForm::SessionForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::SessionForm>())
{
    m_ui->setupUi(this);
    QFont font = m_ui->titleLabel->font();
    font.setBold(true);
    m_ui->titleLabel->setFont(font);
    forms::fillCombo<SessionMode>(m_ui->modeComboBox);
    retranslate();
    followChanges(RecordKind::Session);
    setUpButtons(m_ui->saveButton, m_ui->revertButton, m_ui->deleteButton, m_ui->generalErrorLabel);
    errors().add(QStringLiteral("startsAt"), m_ui->startsDateTimeEdit);
    errors().add(QStringLiteral("durationMinutes"), m_ui->durationSpinBox);
    errors().add(QStringLiteral("mode"), m_ui->modeComboBox);
    errors().add(QStringLiteral("location"), m_ui->locationLineEdit);
    errors().add(QStringLiteral("intake"), m_ui->intakeCheckBox);
    errors().add(QStringLiteral("engagementId"), m_ui->startsDateTimeEdit);
    watchFields();
    clear();
}

SessionForm::~SessionForm() = default;

void SessionForm::retranslate()
{
    m_ui->retranslateUi(this);
    // The date written as everywhere else in this language (formats::dateFormat()).
    m_ui->startsDateTimeEdit->setDisplayFormat(formats::dateFormat() + QStringLiteral(" HH:mm"));
    forms::retranslateCombo<SessionMode>(m_ui->modeComboBox);
    m_ui->durationSpinBox->setSuffix(tr(" min"));
    recordShown();
}

void SessionForm::setEngagement(qint64 engagementId, EngagementStatus status)
{
    m_engagementId = engagementId;
    m_status = status;
}

bool SessionForm::load(qint64 id, RecordError* error)
{
    if (id == 0) {
        m_session = Session();
        m_session.engagementId = m_engagementId;
        // The next whole hour, in the computer's time.
        const QDateTime now = QDateTime::currentDateTime();
        m_session.startsAt = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600).toUTC();
        m_session.intake = m_status == EngagementStatus::Draft || m_status == EngagementStatus::Onboarding;
    } else {
        std::optional<Session> session = practice()->records().sessions().session(id, error);
        if (!session) {
            return false;
        }
        m_session = *session;
    }
    fill(m_session);
    return true;
}

void SessionForm::fill(const Session& session)
{
    m_ui->startsDateTimeEdit->setDateTime(session.startsAt.isValid() ? session.startsAt.toLocalTime()
                                                                     : QDateTime::currentDateTime());
    m_ui->durationSpinBox->setValue(session.durationMinutes);
    forms::setComboValue(m_ui->modeComboBox, session.mode);
    m_ui->locationLineEdit->setText(session.location);
    m_ui->intakeCheckBox->setChecked(session.intake);
}

void SessionForm::clearFields()
{
    m_session = Session();
    fill(m_session);
}

Session SessionForm::collect() const
{
    Session session = m_session;
    session.engagementId = m_session.id > 0 ? m_session.engagementId : m_engagementId;
    session.startsAt = m_ui->startsDateTimeEdit->dateTime().toUTC();
    session.durationMinutes = m_ui->durationSpinBox->value();
    session.mode = forms::comboValue<SessionMode>(m_ui->modeComboBox);
    session.location = m_ui->locationLineEdit->text().trimmed();
    session.intake = m_ui->intakeCheckBox->isChecked();
    return session;
}

ValidationIssues SessionForm::validateFields() const
{
    const Session session = collect();
    ValidationIssues issues = validate(session);
    if (session.id == 0) {
        issues += validateSessionFor(session, m_status);
    }
    return issues;
}

bool SessionForm::store(qint64* id, RecordError* error)
{
    Session session = collect();
    if (!practice()->records().sessions().save(session, error)) {
        return false;
    }
    *id = session.id;
    return true;
}

bool SessionForm::removeRecord(RecordError* error)
{
    return practice()->records().sessions().remove(recordId(), error);
}

QString SessionForm::removeQuestion() const
{
    return tr("Remove the session of %1? Only a session without a note can be removed.")
        .arg(formats::dateTime(m_session.startsAt));
}

void SessionForm::recordShown()
{
    m_ui->titleLabel->setText(!isShowing()         ? tr("No session chosen")
                                  : recordId() > 0 ? tr("Session of %1").arg(formats::dateTime(m_session.startsAt))
                                                   : tr("New session"));
}

} // namespace mandaat
