#pragma once

#include "common/VaultJob.h"
#include "retention/Destruction.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class DestructionDialog;
}

namespace mandaat {

class OpenPractice;
class Settings;

/// The destruction flow (MW-4.2; docs/architecture.md, Export): shows exactly what
/// destroying an engagement's records past their retention date deletes, asks for an explicit
/// confirmation, runs RetentionService on a worker (the VACUUM may take a while), and shows
/// the tombstone and the audit entry that remain. A refusal changes nothing. Open it with
/// open(); a lock waits for a running destruction, then closes it.
class DestructionDialog : public QDialog
{
    Q_OBJECT

public:
    DestructionDialog(
        OpenPractice& practice, Settings& settings, qint64 engagementId, QDate at, QWidget* parent = nullptr);
    ~DestructionDialog() override;

    bool hasPlan() const { return m_plan.has_value(); }
    bool isDestroyed() const { return m_destroyed; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// The destruction ended: \a ok, and the text shown.
    void destructionFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPlan();
    void destroy();
    void finish(bool ok, const QString& error);
    void update();

    std::unique_ptr<Ui::DestructionDialog> m_ui;
    OpenPractice& m_practice;
    Settings& m_settings;
    qint64 m_engagementId;
    QDate m_at;
    std::optional<DestructionPlan> m_plan;
    QString m_planError;
    QString m_defaultReason; ///< the reason proposed, in the language of the moment
    QPushButton* m_destroyButton = nullptr;
    QPointer<VaultJob> m_task;
    bool m_destroyed = false;
};

} // namespace mandaat
