#pragma once

#include "common/VaultJob.h"
#include "exchange/AuditVerifier.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace mandaat {

class AuditLogModel;
class FilterProxyModel;
class OpenPractice;
class Settings;

/// Practice > Audit log… (issue 7; docs/architecture.md, Compliance): the log's entries with a filter, and
/// Verify, which walks the hash chain on a worker (AuditVerifier, over a read-only connection
/// of its own) and compares its length with the heads recorded in the latest backup and on
/// this computer. A finding is reported with its position and marked in the list.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(OpenPractice& practice, Settings& settings, QWidget* parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel* model() const { return m_model; }
    /// Starts the check (the Verify button).
    void verify();
    bool isVerifying() const { return m_task != nullptr; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void verified(const AuditReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showReport(const AuditReport& report);
    void updateCount();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    OpenPractice& m_practice;
    Settings& m_settings;
    AuditLogModel* m_model = nullptr;
    FilterProxyModel* m_proxy = nullptr;
    QPointer<VaultJob> m_task;
};

} // namespace mandaat
