#pragma once

#include "common/forms/RecordForm.h"
#include "domain/Client.h"

#include <memory>

namespace Ui {
class ClientForm;
}

namespace mandaat {

class EngagementListModel;

/// A client's details: a person or a client system with its members (MW-1), contact details,
/// the language of their letters, and the client's engagements.
class ClientForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ClientForm(QWidget* parent = nullptr);
    ~ClientForm() override;

Q_SIGNALS:
    void engagementActivated(qint64 engagementId);
    void newEngagementRequested(qint64 clientId);

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
    Client collect() const;
    void fill(const Client& client);
    void updateKind();
    void addMember();

    std::unique_ptr<Ui::ClientForm> m_ui;
    EngagementListModel* m_engagements = nullptr;
    Client m_client;
};

} // namespace mandaat
