#include "retention/DestructionDialog.h"
#include "ui_DestructionDialog.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "domain/Phrase.h"
#include "exchange/AuditHeads.h"
#include "exchange/AuditVerifier.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/Records.h"
#include "retention/RetentionService.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QPushButton>

namespace mandaat {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace

DestructionDialog::DestructionDialog(
    OpenPractice& practice, Settings& settings, qint64 engagementId, QDate at, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DestructionDialog>())
    , m_practice(practice)
    , m_settings(settings)
    , m_engagementId(engagementId)
    , m_at(at.isValid() ? at : QDate::currentDate())
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->keptLabel);
    m_ui->progressBar->hide();
    m_ui->messageLabel->hide();
    m_destroyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_destroyButton->setObjectName(QStringLiteral("destroyPushButton"));
    m_destroyButton->setAutoDefault(false);
    // Destructive, and looks it: white on the error red, on light and dark palettes.
    QPalette palette = m_destroyButton->palette();
    palette.setColor(QPalette::Active, QPalette::Button, QColor(0xb3, 0x26, 0x1e));
    palette.setColor(QPalette::Inactive, QPalette::Button, QColor(0xb3, 0x26, 0x1e));
    palette.setColor(QPalette::Active, QPalette::ButtonText, Qt::white);
    palette.setColor(QPalette::Inactive, QPalette::ButtonText, Qt::white);
    m_destroyButton->setPalette(palette);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    QHeaderView* header = m_ui->itemsTableWidget->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->itemsTableWidget->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->itemsTableWidget->setFocusPolicy(Qt::NoFocus);
    connect(m_destroyButton, &QPushButton::clicked, this, &DestructionDialog::destroy);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DestructionDialog::reject);
    connect(m_ui->confirmCheckBox, &QCheckBox::toggled, this, &DestructionDialog::update);
    connect(m_ui->reasonLineEdit, &QLineEdit::textChanged, this, &DestructionDialog::update);

    m_defaultReason = tr("Retention period over");
    m_ui->reasonLineEdit->setText(m_defaultReason);
    showPlan();
    resize(620, 520);
}

DestructionDialog::~DestructionDialog()
{
    delete m_task; // waits for a running destruction
}

void DestructionDialog::showPlan()
{
    m_destroyButton->setText(tr("&Destroy"));
    // Made again for each language: core names the kinds of records in the language of the moment.
    RecordError error;
    m_plan = RetentionService(m_practice.vault(), m_practice.records()).plan(m_engagementId, m_at, &error);
    m_planError = error.message;
    if (!m_plan) {
        setWindowTitle(tr("Destroy after the retention date"));
        m_ui->introLabel->setText(tr("Nothing can be destroyed for this engagement now."));
        m_ui->messageLabel->setText(m_planError);
        appearance::makeErrorText(m_ui->messageLabel);
        m_ui->messageLabel->show();
        for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->itemsLabel,
                                                               m_ui->itemsTableWidget,
                                                               m_ui->keptLabel,
                                                               m_ui->reasonLabel,
                                                               m_ui->reasonLineEdit,
                                                               m_ui->confirmCheckBox}) {
            widget->hide();
        }
        update();
        return;
    }
    setWindowTitle(tr("Destroy: %1").arg(m_plan->engagementTitle));
    const std::optional<Client> client = m_practice.records().clients().client(m_plan->clientId);
    QStringList intro;
    intro << tr("Engagement “%1” with %2 has ended.")
                 .arg(m_plan->engagementTitle, client ? client->name : tr("client %1").arg(m_plan->clientId));
    for (const DestructionScope scope : m_plan->scopes) {
        intro << (scope == DestructionScope::Dossier
                      ? tr("Its dossier was to be kept until %1: the notes, reports and attachments are deleted, and "
                           "the text of the evidence is cleared.")
                            .arg(formats::longDate(m_plan->dossierRetentionUntil))
                      : tr("Its financial records were to be kept until %1: the engagement confirmation and the fee "
                           "records are deleted.")
                            .arg(formats::longDate(m_plan->financialRetentionUntil)));
    }
    m_ui->introLabel->setText(intro.join(QLatin1Char('\n')));

    // How many of each kind, deleted or only their text cleared.
    QMap<QString, std::pair<int, int>> counts;
    for (const DestructionItem& item : m_plan->items) {
        auto& [deleted, cleared] = counts[item.kind];
        (item.cleared ? cleared : deleted) += 1;
    }
    m_ui->itemsTableWidget->setRowCount(static_cast<int>(counts.size()));
    int row = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++row) {
        const auto cell = [](const QString& text, Qt::Alignment alignment) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            return item;
        };
        const auto number = [](int n) { return n > 0 ? QLocale().toString(n) : QString(); };
        m_ui->itemsTableWidget->setItem(row, 0, cell(capitalised(it.key()), Qt::AlignLeft));
        m_ui->itemsTableWidget->setItem(row, 1, cell(number(it.value().first), Qt::AlignRight));
        m_ui->itemsTableWidget->setItem(row, 2, cell(number(it.value().second), Qt::AlignRight));
    }
    update();
}

void DestructionDialog::update()
{
    const bool running = m_task != nullptr;
    m_destroyButton->setVisible(m_plan.has_value() && !m_destroyed);
    m_destroyButton->setEnabled(m_plan && !m_destroyed && !running && m_ui->confirmCheckBox->isChecked() &&
                                !m_ui->reasonLineEdit->text().trimmed().isEmpty());
    m_ui->confirmCheckBox->setEnabled(!m_destroyed && !running);
    m_ui->reasonLineEdit->setEnabled(!m_destroyed && !running);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!running);
    if (m_destroyed) {
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
}

void DestructionDialog::destroy()
{
    if (!m_plan || m_destroyed || m_task || !m_ui->confirmCheckBox->isChecked()) {
        return;
    }
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const DestructionPlan plan = *m_plan;
    const QString reason = m_ui->reasonLineEdit->text().trimmed();
    m_task = new VaultJob(this);
    m_task->setObjectName(QStringLiteral("destructionJob"));
    connect(m_task, &VaultJob::finished, this, [this, outcome]() {
        m_task->deleteLater();
        m_task = nullptr;
        finish(outcome->ok, outcome->error);
    });
    // Its own connection on the worker (VACUUM rewrites the whole file); the window's
    // connection sees the result once it commits. It runs to its end, in one transaction: a
    // lock waits for it.
    m_task->start(
        m_practice.vault().path(),
        m_practice.vault().key(),
        Vault::Access::ReadWrite,
        [plan, reason, outcome](Vault& vault, Progress& progress) {
            Records records(vault);
            RecordError error;
            outcome->ok = RetentionService(vault, records).destroy(plan, reason, &error, &progress);
            outcome->error = error.message;
        },
        [outcome](const VaultError& error) { outcome->error = error.message; });
    m_ui->progressBar->show();
    m_ui->messageLabel->setText(tr("Destroying… The vault is rewritten without the deleted records; this may take a "
                                   "minute for a large practice."));
    appearance::makeSecondary(m_ui->messageLabel);
    m_ui->messageLabel->show();
    update();
}

void DestructionDialog::finish(bool ok, const QString& error)
{
    m_ui->progressBar->hide();
    Records& records = m_practice.records();
    // What the window shows of this engagement was read before: every list reloads.
    Q_EMIT records.batchRolledBack();
    // The tombstones and the audit entry are read back, as the vault now holds them.
    RecordError readError;
    QList<Tombstone> tombstones;
    for (const Tombstone& tombstone : RetentionService(m_practice.vault(), records).tombstones(&readError)) {
        if (tombstone.engagementId == m_engagementId) {
            tombstones << tombstone;
        }
    }
    qint64 auditId = 0;
    for (const AuditEntry& entry : records.audit().entries(m_engagementId)) {
        if (entry.kind.startsWith(QStringLiteral("destruction"))) {
            auditId = entry.id;
        }
    }
    if (!ok) {
        // The destruction runs in one transaction: when it fails, nothing is deleted.
        const QString message = tr("Nothing was destroyed: %1").arg(error);
        m_ui->messageLabel->setText(message);
        appearance::makeErrorText(m_ui->messageLabel);
        update();
        Q_EMIT destructionFinished(false, message);
        return;
    }
    m_destroyed = true;
    m_ui->itemsLabel->setText(tr("What was destroyed:"));
    AuditHeads::noteSeen(m_settings, m_practice.vault().saltHex(), AuditVerifier(m_practice.vault().database()).head());
    QStringList lines;
    lines << tr("Destroyed. What remains:");
    for (const Tombstone& tombstone : std::as_const(tombstones)) {
        lines << tr("• Tombstone %1: %2 of engagement %3 (client %4), kept until %5, destroyed on %6; reason: %7")
                     .arg(QLocale().toString(tombstone.id),
                          tombstone.scope == DestructionScope::Dossier ? tr("the dossier")
                                                                       : tr("the financial records"),
                          QLocale().toString(tombstone.engagementId),
                          QLocale().toString(tombstone.clientId),
                          formats::shortDate(tombstone.retentionUntil),
                          formats::dateTime(tombstone.destroyedAt),
                          Phrase::render(tombstone.reason));
    }
    if (auditId > 0) {
        lines << tr("• Audit log entry %1 records the destruction.").arg(QLocale().toString(auditId));
    }
    const QString message = lines.join(QLatin1Char('\n'));
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setPalette(palette()); // plain text again, after the progress note
    update();
    Q_EMIT destructionFinished(true, message);
}

void DestructionDialog::reject()
{
    if (m_task) {
        // A lock or a quit: the destruction runs to its end, in one transaction, before the
        // vault closes. The dialog closes with it, so its result is not shown: the practice
        // it would be read from may be closing too.
        m_task->wait();
        delete m_task; // its finished() is not delivered
    }
    QDialog::reject();
}

void DestructionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_destroyed && !m_task) {
        const QString reason = m_ui->reasonLineEdit->text();
        const bool defaultReason = reason == m_defaultReason;
        m_ui->retranslateUi(this);
        m_ui->reasonLineEdit->setText(defaultReason ? tr("Retention period over") : reason);
        m_defaultReason = tr("Retention period over");
        showPlan();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
