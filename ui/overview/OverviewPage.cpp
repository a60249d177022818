#include "OverviewPage.h"
#include "ui_OverviewPage.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/VaultJob.h"
#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ObligationCache.h"
#include "exchange/BackupService.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "retention/RetentionService.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace mandaat {

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_model(new ObligationListModel(this))
    , m_cache(std::make_shared<ObligationCache>())
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeSecondary(m_ui->summaryLabel);
    appearance::makeSecondary(m_ui->emptyLabel);
    appearance::makeErrorText(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    m_ui->obligationsTableView->setModel(m_model);
    QHeaderView* header = m_ui->obligationsTableView->horizontalHeader();
    header->setSectionResizeMode(ObligationListModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ObligationListModel::ArticleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObligationListModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObligationListModel::ActionColumn, QHeaderView::Fixed);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(m_ui->obligationsTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        act(index.row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewPage::updateTexts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewPage::placeButtons);
    updateTexts();
}

struct OverviewPage::Result
{
    std::optional<QList<OpenObligation>> obligations;
    QString error;
    QDate today;
    std::optional<BackupStatus> backup;
    QList<RetentionDue> retention;
};

void OverviewPage::setClock(std::function<QDate()> clock)
{
    m_clock = std::move(clock);
    scheduleRefresh();
}

void OverviewPage::act(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const Obligation& obligation = m_model->obligation(row);
    if (obligation.kind == Obligation::Kind::Backup) {
        Q_EMIT backupRequested();
    } else if (obligation.kind == Obligation::Kind::Retention) {
        Q_EMIT destructionRequested(obligation.engagementId, m_today);
    } else if (obligation.engagementId > 0) {
        Q_EMIT engagementActivated(obligation.engagementId);
    }
}

// The reminders' buttons (a backup, a destruction), over the model's last column.
void OverviewPage::placeButtons()
{
    int width = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Obligation& obligation = m_model->obligation(row);
        if (obligation.kind != Obligation::Kind::Backup && obligation.kind != Obligation::Kind::Retention) {
            continue;
        }
        auto* button =
            new QPushButton(obligation.kind == Obligation::Kind::Backup ? tr("Back up now…") : tr("Destroy…"));
        button->setObjectName(obligation.kind == Obligation::Kind::Backup
                                  ? QStringLiteral("backupNowButton")
                                  : QStringLiteral("destroyButton%1").arg(obligation.engagementId));
        button->setAutoDefault(false);
        const Obligation::Kind kind = obligation.kind;
        const qint64 engagementId = obligation.engagementId;
        connect(button, &QPushButton::clicked, this, [this, kind, engagementId]() {
            if (kind == Obligation::Kind::Backup) {
                Q_EMIT backupRequested();
            } else {
                Q_EMIT destructionRequested(engagementId, m_today);
            }
        });
        m_ui->obligationsTableView->setIndexWidget(m_model->index(row, ObligationListModel::ActionColumn), button);
        width = std::max(width, button->sizeHint().width());
    }
    // The column is as wide as its widest button, and hidden without one.
    m_ui->obligationsTableView->setColumnHidden(ObligationListModel::ActionColumn, width == 0);
    if (width > 0) {
        m_ui->obligationsTableView->horizontalHeader()->resizeSection(ObligationListModel::ActionColumn, width + 4);
    }
    m_ui->obligationsTableView->resizeRowsToContents();
}

OverviewPage::~OverviewPage()
{
    stopWorker();
}

void OverviewPage::stopWorker()
{
    ++m_generation;
    if (m_worker) {
        // Its copy of the key is wiped before the lock completes.
        delete m_worker; // cancels and waits
        m_worker = nullptr;
    }
    m_refreshAgain = false;
}

void OverviewPage::setPractice(OpenPractice* practice)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_refreshTimer.stop();
    stopWorker();
    m_practice = practice;
    m_activeEngagements = 0;
    m_model->setObligations({});
    m_ui->errorLabel->hide();
    m_stale = true;
    m_cache->invalidateAll();
    if (!practice) {
        updateTexts();
        return;
    }
    Records& records = practice->records();
    const auto stale = [this]() { scheduleRefresh(); };
    // An engagement's own records: its cached obligations go (the cache sees changes to the
    // engagement, its client and the practice by itself).
    const auto written = [this](qint64 engagementId) {
        m_cache->invalidate(engagementId);
        scheduleRefresh();
    };
    m_connections << connect(&records.engagements(), &EngagementRepository::engagementsChanged, this, stale)
                  << connect(&records.compliance(), &ComplianceRecords::recordsChanged, this, written)
                  << connect(&records.compliance(), &ComplianceRecords::complaintsChanged, this, stale)
                  << connect(&records.sessions(), &SessionRepository::sessionsChanged, this, written)
                  << connect(&records.practice(), &PracticeRepository::qualificationsChanged, this, stale)
                  << connect(&records.practice(), &PracticeRepository::registrationsChanged, this, stale)
                  << connect(&records.practice(), &PracticeRepository::policyChanged, this, stale)
                  << connect(&records, &Records::batchRolledBack, this, [this]() {
                         m_cache->invalidateAll();
                         scheduleRefresh();
                     });
    if (isVisible()) {
        scheduleRefresh();
    }
}

void OverviewPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer.start();
    }
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_practice) {
        // After the first paint: unlocking shows the window at once.
        m_refreshTimer.start(0);
    }
}

void OverviewPage::refresh()
{
    if (!m_practice) {
        return;
    }
    if (m_worker) {
        m_refreshAgain = true;
        return;
    }
    m_stale = false;
    auto result = std::make_shared<Result>();
    const quint64 generation = ++m_generation;
    const std::function<QDate()> clock = m_clock;
    const std::shared_ptr<ObligationCache> cache = m_cache;
    m_worker = new VaultJob(this);
    m_worker->setObjectName(QStringLiteral("overviewJob"));
    connect(m_worker, &VaultJob::finished, this, [this, result, generation]() { collect(result, generation); });
    m_worker->start(
        m_practice->vault().path(),
        m_practice->vault().key(),
        Vault::Access::ReadOnly,
        [result, clock, cache](Vault& vault, Progress& progress) {
            Records records(vault);
            ComplianceEngine engine(records);
            if (clock) {
                engine.setClock(clock);
            }
            RecordError error;
            result->today = engine.today();
            result->obligations = engine.openObligations({}, &error, cache.get());
            result->error = error.message;
            // The reminders of issue 7: a backup older than the practice's interval, and the
            // engagements past a retention date (MW-4.2). A lock drops the result: it stops here.
            if (result->obligations && progress.keepGoing()) {
                result->backup = BackupService::status(vault, records, result->today);
                RecordError retentionError;
                result->retention = RetentionService(vault, records).due(result->today, &retentionError);
                if (retentionError.kind != RecordError::Kind::None) {
                    result->obligations.reset();
                    result->error = retentionError.message;
                }
            }
        },
        [result](const VaultError& error) { result->error = error.message; });
    updateTexts();
}

namespace {

// What a reminder about keeping records cites: for each code the practice follows, and for
// each law that binds every practice (the GDPR), the article most specifically about keeping
// records: of those naming the rule "retention-set", the one naming the fewest rules (MW-4.2
// rather than MW-3.4 on complying with the law). Never an article of a code it does not follow.
QString recordKeepingArticles(const QList<CodeSubscription>& subscriptions)
{
    const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
    const auto mostSpecific = [](const CodeVersion& version) {
        const CodeArticle* best = nullptr;
        for (const CodeArticle& article : version.articles) {
            if (article.rules.contains(QLatin1String("retention-set")) &&
                (!best || article.rules.size() < best->rules.size())) {
                best = &article;
            }
        }
        return best ? best->id : QString();
    };
    QStringList followed;
    for (const CodeSubscription& subscription : subscriptions) {
        const std::optional<CodeVersion> version = catalogue.code(subscription.codeId);
        const QString article = version ? mostSpecific(*version) : QString();
        if (!article.isEmpty() && !followed.contains(article)) {
            followed.append(article);
        }
    }
    followed.sort();
    for (const QString& family : catalogue.families()) {
        const std::optional<CodeVersion> latest = catalogue.latestVersion(family);
        if (latest && latest->binding == CodeBinding::Law) {
            const QString article = mostSpecific(*latest);
            if (!article.isEmpty()) {
                followed.append(article);
            }
        }
    }
    return followed.join(QStringLiteral(", "));
}

} // namespace

void OverviewPage::collect(const std::shared_ptr<Result>& result, quint64 generation)
{
    if (generation != m_generation || !m_worker) {
        return; // stopped meanwhile (a lock): stopWorker() cleaned up
    }
    m_worker->deleteLater();
    m_worker = nullptr;
    if (!m_practice) {
        return;
    }
    if (!result->obligations) {
        m_ui->errorLabel->setText(tr("What is due could not be worked out: %1").arg(result->error));
        m_ui->errorLabel->show();
    } else {
        m_ui->errorLabel->hide();
        QList<Obligation> obligations;
        for (const OpenObligation& item : std::as_const(*result->obligations)) {
            Obligation obligation;
            obligation.kind = ComplianceEngine::isComplaintRule(item.ruleId) ? Obligation::Kind::Complaint
                : item.engagementId > 0                                      ? Obligation::Kind::Engagement
                                                                             : Obligation::Kind::Practice;
            obligation.recordId = item.engagementId;
            obligation.engagementId = item.engagementId;
            obligation.text = item.engagementId > 0
                ? tr("%1 (%2): %3").arg(item.clientName, item.engagementTitle, item.explanation)
                : item.explanation;
            obligation.articleId = item.articleIds.join(QStringLiteral(", "));
            obligation.dueOn = item.due;
            obligations.append(obligation);
        }
        const std::optional<QList<EngagementSummary>> engagements = m_practice->listing().engagements();
        m_activeEngagements = 0;
        QHash<qint64, QString> clientNames;
        for (const EngagementSummary& engagement : engagements.value_or(QList<EngagementSummary>())) {
            m_activeEngagements += engagement.status == EngagementStatus::Active ? 1 : 0;
            clientNames.insert(engagement.id, engagement.clientName);
        }
        // The rules' own "retention-due" row of an engagement the destruction flow can take now
        // gets the flow's button; the others get a row of their own.
        QSet<qint64> dueNow;
        for (const RetentionDue& due : std::as_const(result->retention)) {
            dueNow.insert(due.engagementId);
        }
        QSet<qint64> withRow;
        for (int i = 0; i < result->obligations->size() && i < obligations.size(); ++i) {
            const OpenObligation& item = result->obligations->at(i);
            if (item.ruleId == QStringLiteral("retention-due") && dueNow.contains(item.engagementId)) {
                obligations[i].kind = Obligation::Kind::Retention;
                withRow.insert(item.engagementId);
            }
        }
        const QString keepingArticles = recordKeepingArticles(m_practice->records().practice().codeSubscriptions());
        if (result->backup && result->backup->due) {
            const BackupStatus& backup = *result->backup;
            Obligation obligation;
            obligation.kind = Obligation::Kind::Backup;
            obligation.articleId = keepingArticles;
            if (backup.lastBackupAt.isValid()) {
                const int days = static_cast<int>(backup.lastBackupAt.toUTC().date().daysTo(result->today));
                obligation.text = tr("The last backup is %1 days old; the practice backs up every %n day(s).",
                                     nullptr,
                                     backup.intervalDays)
                                      .arg(QLocale().toString(days));
                obligation.dueOn = backup.lastBackupAt.toUTC().date().addDays(backup.intervalDays);
            } else {
                obligation.text = tr("This vault has no backup yet.");
                obligation.dueOn = result->today;
            }
            obligations.append(obligation);
        }
        for (const RetentionDue& due : std::as_const(result->retention)) {
            if (withRow.contains(due.engagementId)) {
                continue;
            }
            Obligation obligation;
            obligation.kind = Obligation::Kind::Retention;
            obligation.recordId = due.engagementId;
            obligation.engagementId = due.engagementId;
            QString what;
            if (due.dossierDue && due.financialDue) {
                what = tr("the dossier and the financial records are past their retention dates");
            } else if (due.dossierDue) {
                what = tr("the dossier is past its retention date (%1)")
                           .arg(formats::shortDate(due.dossierRetentionUntil));
            } else {
                what = tr("the financial records are past their retention date (%1)")
                           .arg(formats::shortDate(due.financialRetentionUntil));
            }
            obligation.text = tr("%1 (%2): %3").arg(clientNames.value(due.engagementId), due.title, what);
            obligation.articleId = keepingArticles;
            obligation.dueOn = due.dossierDue ? due.dossierRetentionUntil : due.financialRetentionUntil;
            obligations.append(obligation);
        }
        m_today = result->today;
        m_model->setToday(result->today);
        setObligations(obligations);
    }
    if (std::exchange(m_refreshAgain, false)) {
        refresh();
    }
}

void OverviewPage::setObligations(const QList<Obligation>& obligations)
{
    m_model->setObligations(obligations);
    updateTexts();
}

void OverviewPage::updateTexts()
{
    const int due = m_model->rowCount();
    m_ui->titleLabel->setText(due > 0 ? tr("Due now (%1)").arg(QLocale().toString(due)) : tr("Due now"));
    // The counts per kind, so that the length of the list can be read at a glance.
    int overdue = 0;
    int complaints = 0;
    int engagements = 0;
    int retention = 0;
    int practice = 0;
    for (int row = 0; row < due; ++row) {
        const Obligation& obligation = m_model->obligation(row);
        overdue += obligation.dueOn.isValid() && obligation.dueOn < m_today ? 1 : 0;
        switch (obligation.kind) {
        case Obligation::Kind::Complaint:
            ++complaints;
            break;
        case Obligation::Kind::Engagement:
            ++engagements;
            break;
        case Obligation::Kind::Retention:
            ++retention;
            break;
        case Obligation::Kind::Practice:
        case Obligation::Kind::Backup:
            ++practice;
            break;
        }
    }
    QStringList summary;
    if (m_practice) {
        summary.append(tr("Active engagements: %1").arg(QLocale().toString(m_activeEngagements)));
    }
    const std::pair<int, QString> counts[] = {
        {overdue, tr("%n overdue", nullptr, overdue)},
        {complaints, tr("%n for complaints", nullptr, complaints)},
        {engagements, tr("%n for engagements", nullptr, engagements)},
        {retention, tr("%n past a retention date", nullptr, retention)},
        {practice, tr("%n for the practice", nullptr, practice)},
    };
    for (const auto& [count, text] : counts) {
        if (m_practice && count > 0) {
            summary.append(text);
        }
    }
    m_ui->summaryLabel->setText(summary.join(QStringLiteral(" · ")));
    m_ui->emptyLabel->setText((m_stale || m_worker) && m_practice ? tr("Working out what is due…")
                                                                  : tr("Nothing is due."));
    m_ui->emptyLabel->setVisible(due == 0);
    m_ui->obligationsTableView->setVisible(due > 0);
    m_ui->obligationsTableView->setAccessibleName(tr("What is due"));
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        // The explanations come from core in the language of the moment.
        m_cache->invalidateAll();
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
