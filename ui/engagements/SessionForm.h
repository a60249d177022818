#pragma once

#include "common/forms/RecordForm.h"
#include "domain/EngagementStatus.h"
#include "domain/Session.h"

#include <memory>

namespace Ui {
class SessionForm;
}

namespace mandaat {

/// One session of an engagement: when, how long, how and where, and whether it is an intake
/// (the only kind before activation). A session with a note is part of the record and stays.
class SessionForm : public RecordForm
{
    Q_OBJECT

public:
    explicit SessionForm(QWidget* parent = nullptr);
    ~SessionForm() override;

    /// The engagement new sessions belong to, and its status (which sessions it takes).
    void setEngagement(qint64 engagementId, EngagementStatus status);

protected:
    bool load(qint64 id, RecordError* error) override;
    void clearFields() override;
    ValidationIssues validateFields() const override;
    bool store(qint64* id, RecordError* error) override;
    bool removeRecord(RecordError* error) override;
    QString removeQuestion() const override;
    void recordShown() override;
    void retranslate() override;

private:
    Session collect() const;
    void fill(const Session& session);

    std::unique_ptr<Ui::SessionForm> m_ui;
    Session m_session;
    qint64 m_engagementId = 0;
    EngagementStatus m_status = EngagementStatus::Draft;
};

} // namespace mandaat
