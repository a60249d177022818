#pragma once

#include <QObject>

#include <memory>

namespace mandaat {

class AttachmentFolder;
class NoteDrafts;
class RecordListing;
class Records;
class SearchService;
class Vault;

/// Everything the windows use of one unlocked vault: the repositories, the light lists, the
/// note drafts and the search. Made on unlock and destroyed before the vault closes; nothing
/// else keeps a pointer into it past a lock. Its destruction empties the attachment folder.
class OpenPractice : public QObject
{
    Q_OBJECT

public:
    explicit OpenPractice(Vault& vault, QObject* parent = nullptr);
    ~OpenPractice() override;

    Vault& vault() const { return m_vault; }
    Records& records() const { return *m_records; }
    RecordListing& listing() const { return *m_listing; }
    NoteDrafts& drafts() const { return *m_drafts; }
    SearchService& search() const { return *m_search; }
    /// Where attachments are written for viewing; emptied when this goes (a lock, a quit).
    AttachmentFolder& attachmentFolder() const { return *m_attachmentFolder; }

private:
    Vault& m_vault;
    std::unique_ptr<Records> m_records;
    std::unique_ptr<RecordListing> m_listing;
    std::unique_ptr<NoteDrafts> m_drafts;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<AttachmentFolder> m_attachmentFolder;
};

} // namespace mandaat
