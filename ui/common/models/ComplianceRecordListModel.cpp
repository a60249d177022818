#include "ComplianceRecordListModel.h"

#include "common/Formats.h"
#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>

#include <algorithm>

namespace mandaat {

namespace {

constexpr qint64 KindStride = 1'000'000'000'000LL;

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).left(200);
}

} // namespace

ComplianceRecordListModel::ComplianceRecordListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

ComplianceRecordListModel::~ComplianceRecordListModel() = default;

void ComplianceRecordListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr;
    detach();
    m_practice = practice;
    m_engagementId = 0;
    if (!practice) {
        return;
    }
    ComplianceRecords& records = practice->records().compliance();
    track(connect(&records, &ComplianceRecords::recordsChanged, this, [this](qint64 engagementId) {
        if (engagementId == m_engagementId) {
            scheduleRefresh();
        }
    }));
    track(connect(&records, &ComplianceRecords::complaintsChanged, this, [this]() { scheduleRefresh(); }));
    // The tools used are named from the register: a renamed tool shows its new name.
    track(connect(
        &practice->records().practice(), &PracticeRepository::toolsChanged, this, [this]() { scheduleRefresh(); }));
}

void ComplianceRecordListModel::setEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    reload();
}

int ComplianceRecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplianceRecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceRecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Record");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

bool ComplianceRecordListModel::eventFilter(QObject* watched, QEvent* event)
{
    // The rows' texts are written when they are loaded ("Consent (CMI-8)", "withdrawn …"): in
    // another language they are loaded again, or the table stays in the old one (issue 15).
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && isLoaded()) {
        reload();
    }
    return RecordTableModel::eventFilter(watched, event);
}

bool ComplianceRecordListModel::loadRows(QString* error)
{
    const ComplianceRecords& records = m_practice->records().compliance();
    RecordError problem;
    const qint64 e = m_engagementId;
    for (const Evidence& item : records.evidenceFor(e, {}, &problem)) {
        m_rows.append(
            {KindStride * 1 + item.id,
             item.occurredOn,
             tr("Evidence, %1").arg(item.articleId),
             tr("%1, %2: %3")
                 .arg(displayName(item.party), displayName(item.channel), firstLine(Phrase::render(item.text)))});
    }
    QHash<qint64, QString> members; // CMI-8: a client system's members consent each for themselves
    if (const std::optional<Engagement> engagement = m_practice->records().engagements().engagement(e)) {
        if (const std::optional<Client> client = m_practice->records().clients().client(engagement->clientId)) {
            for (const ClientMember& member : client->members) {
                members.insert(member.id, member.name);
            }
        }
    }
    for (const Consent& item : records.consentsFor(e, &problem)) {
        QString what = displayName(item.scope);
        if (!item.listedReports.isEmpty()) {
            what = tr("%1: %2").arg(what, item.listedReports.join(QStringLiteral(", ")));
        }
        if (item.memberId > 0) {
            what = tr("%1, for %2").arg(what, members.value(item.memberId));
        }
        if (item.withdrawnOn.isValid()) {
            what = tr("%1 (withdrawn %2)").arg(what, formats::shortDate(item.withdrawnOn));
        }
        m_rows.append({KindStride * 2 + item.id, item.givenOn, tr("Consent"), what});
    }
    for (const PrincipalReport& item : records.reportsFor(e, &problem)) {
        m_rows.append({KindStride * 3 + item.id,
                       item.sentOn,
                       tr("Report to the principal"),
                       tr("%1: %2").arg(displayName(item.kind), item.title)});
    }
    for (const Referral& item : records.referralsFor(e, &problem)) {
        const QString whom =
            item.referredTo.isEmpty() ? item.discipline : tr("%1, %2").arg(item.referredTo, item.discipline);
        QString what = item.reason.isEmpty() ? whom : tr("%1: %2").arg(whom, firstLine(item.reason));
        if (!item.benefit.isEmpty()) { // ICF-3.8
            what = item.benefitDisclosedOn.isValid()
                ? tr("%1 (benefit to you: %2, disclosed %3)")
                      .arg(what, item.benefit, formats::shortDate(item.benefitDisclosedOn))
                : tr("%1 (benefit to you: %2, not disclosed)").arg(what, item.benefit);
        }
        m_rows.append({KindStride * 4 + item.id, item.referredOn, tr("Referral"), what});
    }
    for (const Consultation& item : records.consultationsFor(e, &problem)) {
        m_rows.append({KindStride * 5 + item.id,
                       item.heldOn,
                       displayName(item.kind),
                       tr("With %1: %2").arg(item.withWhom, firstLine(item.topic))});
    }
    for (const Complaint& item : records.complaintsFor(e, &problem)) {
        m_rows.append({KindStride * 6 + item.id,
                       item.receivedOn,
                       tr("Complaint"),
                       tr("%1: %2").arg(displayName(item.status), firstLine(item.summary))});
    }
    for (const WrittenWarning& item : records.warningsFor(e, &problem)) {
        m_rows.append({KindStride * 7 + item.id, item.issuedOn, tr("Written warning"), firstLine(item.reason)});
    }
    for (const Suspension& item : records.suspensionsFor(e, &problem)) {
        QString when;
        if (item.resumedOn.isValid()) {
            when = tr("resumed %1").arg(formats::shortDate(item.resumedOn));
        } else if (item.resumeOn.isValid()) {
            when = tr("to resume %1").arg(formats::shortDate(item.resumeOn));
        } else {
            when = tr("no day to resume yet");
        }
        m_rows.append({KindStride * 9 + item.id,
                       item.suspendedOn,
                       tr("Suspension"),
                       tr("%1, %2: %3").arg(displayName(item.ground), when, firstLine(item.reason))});
    }
    for (const Disclosure& item : records.disclosuresFor(e, &problem)) {
        const QString told = item.clientToldOn.isValid()
            ? tr("client told %1").arg(formats::shortDate(item.clientToldOn))
            : tr("client not told");
        m_rows.append({KindStride * 8 + item.id,
                       item.disclosedOn,
                       tr("Disclosure"),
                       tr("To %1 (%2), %3: %4")
                           .arg(item.disclosedTo, displayName(item.ground).toLower(), told, firstLine(item.what))});
    }
    // ICF-2.5: dated by the client's agreement (undated until it is given).
    QHash<qint64, TechnologyTool> tools;
    for (const TechnologyTool& tool : m_practice->records().practice().tools(&problem)) {
        tools.insert(tool.id, tool);
    }
    for (const ToolUse& item : records.toolUsesFor(e, &problem)) {
        const TechnologyTool tool = tools.value(item.toolId);
        QStringList agreed;
        agreed << (item.clientAgreedOn.isValid()
                       ? tr("agreed by the client %1").arg(formats::shortDate(item.clientAgreedOn))
                       : tr("not agreed by the client"));
        if (item.principalAgreedOn.isValid()) {
            agreed << tr("by the principal %1").arg(formats::shortDate(item.principalAgreedOn));
        }
        m_rows.append({KindStride * static_cast<qint64>(RecordType::ToolUse) + item.id,
                       item.clientAgreedOn,
                       tr("Tool with client data"),
                       tr("%1 (%2): %3")
                           .arg(tool.name, tool.ai ? tr("uses AI") : tr("no AI"), agreed.join(QStringLiteral(", ")))});
    }
    if (problem.kind != RecordError::Kind::None) {
        *error = problem.message;
        return false;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
    return true;
}

ComplianceRecordListModel::RecordType ComplianceRecordListModel::typeAt(int row) const
{
    return static_cast<RecordType>(m_rows.at(row).id / KindStride);
}

qint64 ComplianceRecordListModel::recordIdAt(int row) const
{
    return m_rows.at(row).id % KindStride;
}

int ComplianceRecordListModel::rowOf(RecordType type, qint64 recordId) const
{
    return rowOf(KindStride * static_cast<qint64>(type) + recordId);
}

QVariant ComplianceRecordListModel::displayData(int row, int column) const
{
    const Row& item = m_rows.at(row);
    switch (column) {
    case DateColumn:
        return formats::shortDate(item.date);
    case KindColumn:
        return item.kind;
    case WhatColumn:
        return item.what;
    default:
        return {};
    }
}

QVariant ComplianceRecordListModel::sortData(int row, int column) const
{
    return column == DateColumn ? QVariant(m_rows.at(row).date) : displayData(row, column);
}

} // namespace mandaat
