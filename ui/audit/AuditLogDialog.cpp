#include "audit/AuditLogDialog.h"
#include "ui_AuditLogDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/models/AuditLogModel.h"
#include "common/models/FilterProxyModel.h"
#include "exchange/AuditHeads.h"
#include "exchange/BackupService.h"
#include "repositories/Records.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace mandaat {

AuditLogDialog::AuditLogDialog(OpenPractice& practice, Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_practice(practice)
    , m_settings(settings)
    , m_model(new AuditLogModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    appearance::makeSecondary(m_ui->countLabel);
    m_ui->progressBar->hide();
    m_ui->resultLabel->hide();
    m_proxy->setSourceModel(m_model);
    m_ui->entriesTableView->setModel(m_proxy);
    m_ui->entriesTableView->sortByColumn(AuditLogModel::PositionColumn, Qt::AscendingOrder);
    QHeaderView* header = m_ui->entriesTableView->horizontalHeader();
    for (const int column : {AuditLogModel::PositionColumn,
                             AuditLogModel::TimeColumn,
                             AuditLogModel::ActionColumn,
                             AuditLogModel::RecordColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(AuditLogModel::SummaryColumn, QHeaderView::Stretch);
    m_ui->entriesTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_ui->verifyPushButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AuditLogDialog::reject);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::updateCount);
    m_model->setRecords(&practice.records());
    m_ui->entriesTableView->scrollToBottom();
    updateCount();
}

AuditLogDialog::~AuditLogDialog()
{
    delete m_task; // waits for a running check
}

void AuditLogDialog::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_ui->countLabel->setText(shown == all ? tr("%n entries", nullptr, all)
                                           : tr("%1 of %n entries", nullptr, all).arg(QLocale().toString(shown)));
}

void AuditLogDialog::verify()
{
    if (m_task) {
        return;
    }
    const Vault& vault = m_practice.vault();
    // Heads recorded outside the log: in the latest backup, and on this computer.
    const AuditHead seen = AuditHeads::seen(m_settings, vault.saltHex());
    const QString backupPath = AuditHeads::recordedPath(vault.database(), BackupService::settingPrefix());
    auto report = std::make_shared<AuditReport>();
    auto backupNote = std::make_shared<QString>();
    m_task = new VaultJob(this);
    m_task->setObjectName(QStringLiteral("auditCheckJob"));
    connect(m_task, &VaultJob::finished, this, [this, report, backupNote]() {
        m_task->deleteLater();
        m_task = nullptr;
        m_ui->progressBar->hide();
        m_ui->verifyPushButton->setEnabled(true);
        showReport(*report);
        if (!backupNote->isEmpty()) {
            m_ui->resultLabel->setText(m_ui->resultLabel->text() + QLatin1Char('\n') + *backupNote);
        }
        // A wrapped label does not ask the layout for more height by itself once shown.
        m_ui->resultLabel->setMinimumHeight(m_ui->resultLabel->heightForWidth(m_ui->resultLabel->width()));
        Q_EMIT verified(*report);
    });
    m_ui->verifyPushButton->setEnabled(false);
    m_ui->progressBar->show();
    m_ui->resultLabel->setText(tr("Verifying the audit log…"));
    m_ui->resultLabel->setMinimumHeight(0);
    m_ui->resultLabel->setPalette(palette());
    m_ui->resultLabel->show();
    m_task->start(
        vault.path(),
        vault.key(),
        Vault::Access::ReadOnly,
        [seen, backupPath, report, backupNote](Vault& reader, Progress&) {
            QList<AuditHead> heads;
            if (!backupPath.isEmpty()) {
                // The backup is of this vault: the connection's key opens it.
                Error error;
                const AuditHead head = QFileInfo::exists(backupPath)
                    ? BackupService::recordedHead(backupPath, reader.key(), &error)
                    : AuditHead();
                if (head.isValid()) {
                    heads << head;
                } else {
                    *backupNote = tr("The latest backup (%1) could not be read, so the log was not compared with it.")
                                      .arg(QFileInfo(backupPath).fileName());
                }
            }
            if (seen.isValid()) {
                heads << seen;
            }
            *report = AuditVerifier(reader.database()).verify(heads);
        },
        [report](const VaultError& error) {
            report->readable = false;
            report->message = error.message;
        });
}

void AuditLogDialog::showReport(const AuditReport& report)
{
    QStringList lines;
    QSet<qint64> flagged;
    if (!report.readable) {
        lines << tr("The audit log could not be read: %1").arg(report.message);
    } else if (report.intact()) {
        lines << tr("The audit log is intact: %n entries, each linked to the one before by its hash.",
                    nullptr,
                    static_cast<int>(report.entries));
        if (report.comparedWith.isEmpty()) {
            lines << tr("Its length was not compared with a record outside this vault yet (a backup keeps one), so "
                        "entries removed from the end would not show.");
        } else {
            QStringList sources;
            for (const AuditHead& head : report.comparedWith) {
                sources << head.source;
            }
            lines << tr("Its length matches what was recorded outside the vault: %1.")
                         .arg(sources.join(QStringLiteral("; ")));
        }
        // A check that passed: this computer remembers the log's length and last hash.
        AuditHeads::noteSeen(
            m_settings, m_practice.vault().saltHex(), AuditVerifier(m_practice.vault().database()).head());
    } else {
        lines << tr(
            "The audit log has been changed or damaged (%n entries):", nullptr, static_cast<int>(report.entries));
        for (const AuditFinding& finding : report.findings) {
            lines << QStringLiteral("• ") + finding.message;
            for (qint64 position = finding.position; position < finding.position + std::max<qint64>(1, finding.missing);
                 ++position) {
                flagged.insert(position);
            }
        }
        lines << tr("Keep this vault as it is and compare it with your latest backup.");
    }
    m_model->setFlagged(flagged);
    m_ui->resultLabel->setText(lines.join(QLatin1Char('\n')));
    if (report.intact()) {
        m_ui->resultLabel->setPalette(palette());
    } else {
        appearance::makeErrorText(m_ui->resultLabel);
    }
    m_ui->resultLabel->show();
    // The first finding that names an entry: a dropped trigger or an altered file names none.
    for (const AuditFinding& finding : std::as_const(report.findings)) {
        const int row = finding.position > 0 ? m_model->rowOf(finding.position) : -1;
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_ui->entriesTableView->scrollTo(index);
            m_ui->entriesTableView->selectRow(index.row());
            break;
        }
    }
}

void AuditLogDialog::reject()
{
    if (m_task) {
        // A lock: the check ends (and its copy of the key with it) before the vault closes. The
        // dialog closes with it, so its report is not shown.
        m_task->wait();
        delete m_task; // its finished() is not delivered
    }
    QDialog::reject();
}

void AuditLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateCount();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
