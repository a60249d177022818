#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class AttachmentsPanel;
}

namespace mandaat {

class AttachmentListModel;
class OpenPractice;

/// The files of an engagement, or the practice's own (engagement 0): add one from disk, view
/// one in the system's viewer after a warning (docs/architecture.md, Storage), remove one when the vault
/// allows it.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsPanel(QWidget* parent = nullptr);
    ~AttachmentsPanel() override;

    void setPractice(OpenPractice* practice);
    void showEngagement(qint64 engagementId);
    AttachmentListModel* model() const { return m_model; }

    /// Stores \a path in the vault; false with the reason shown when it cannot be.
    bool addFile(const QString& path);
    /// Asks, then writes the chosen file to the private folder and opens it.
    void viewCurrent();

Q_SIGNALS:
    void added(qint64 attachmentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseFile();
    void removeCurrent();
    qint64 currentId() const;
    void updateButtons();
    void showError(const QString& message);

    std::unique_ptr<Ui::AttachmentsPanel> m_ui;
    AttachmentListModel* m_model = nullptr;
    QPointer<OpenPractice> m_practice;
    qint64 m_engagementId = 0;
};

} // namespace mandaat
