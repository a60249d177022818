#pragma once

#include "domain/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mandaat {

class DateEdit;
class OpenPractice;

/// A session planned from the agenda: the engagement, the day and hour, how long, how and
/// where. Saved through the session repository, with its rules (intake sessions only before an
/// engagement is active; none once it has ended); a refusal is shown in the dialog.
class PlanSessionDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a engagementId is chosen first when it is one that takes sessions.
    PlanSessionDialog(OpenPractice& practice, qint64 engagementId, QWidget* parent = nullptr);

    /// The session as stored, once the dialog was accepted.
    const Session& plannedSession() const { return m_session; }

    void accept() override;

private:
    void updateIntake();
    /// The time typed ("10:30", "1030", "9.15"), or an invalid time.
    QTime typedTime() const;

    OpenPractice& m_practice;
    Session m_session;
    QComboBox* m_engagementCombo = nullptr;
    DateEdit* m_dateEdit = nullptr;
    QLineEdit* m_timeEdit = nullptr;
    QSpinBox* m_durationSpin = nullptr;
    QComboBox* m_modeCombo = nullptr;
    QLineEdit* m_locationEdit = nullptr;
    QCheckBox* m_intakeCheck = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace mandaat
