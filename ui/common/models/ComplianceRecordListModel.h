#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"

#include <QDate>
#include <QPointer>

namespace mandaat {

/// Everything recorded as evidence for one engagement, oldest first: evidence of the
/// articles, consents (CMI-8), reports to the principal, referrals (CMI-11), supervision and
/// consultations (MW-4.3), complaints (CMI-17), written warnings (CMI-12), disclosures
/// (ICF-2.3), suspensions and the tools used with the client's data (ICF-2.5).
class ComplianceRecordListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, WhatColumn, ColumnCount };
    /// What a row is a record of.
    enum class RecordType {
        Evidence = 1,
        Consent,
        Report,
        Referral,
        Consultation,
        Complaint,
        Warning,
        Disclosure,
        Suspension,
        ToolUse
    };

    explicit ComplianceRecordListModel(QObject* parent = nullptr);
    ~ComplianceRecordListModel() override;

    void setPractice(OpenPractice* practice);
    void setEngagement(qint64 engagementId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    RecordType typeAt(int row) const;
    /// The id of the record in its own table (the consent's, the referral's…).
    qint64 recordIdAt(int row) const;
    /// The row of the record of \a type with \a recordId; -1 when it is not listed.
    int rowOf(RecordType type, qint64 recordId) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool isAttached() const override { return m_practice != nullptr && m_engagementId > 0; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

private:
    struct Row
    {
        qint64 id = 0; // unique over the kinds: the kind in the high digits
        QDate date;
        QString kind;
        QString what;
    };

    QPointer<OpenPractice> m_practice;
    qint64 m_engagementId = 0;
    QList<Row> m_rows;
};

} // namespace mandaat
