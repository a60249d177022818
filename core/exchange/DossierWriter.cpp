#include "DossierWriter.h"

#include "documents/LetterDocument.h"
#include "exchange/DossierText.h"

#include <QBuffer>
#include <QDateTime>
#include <QLocale>

namespace mandaat {

namespace {

using T = DossierText;

QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

qint64 idOf(const QJsonObject& object, const char* key = "id")
{
    return object.value(QLatin1String(key)).toInteger();
}

// The number of TOC entries a dossier's contents list in detail (every section of an
// engagement); a larger export lists its chapters only.
constexpr int DetailedEngagements = 3;

} // namespace

DossierWriter::DossierWriter(const QJsonObject& root)
    : m_root(root)
{
    for (const QJsonValue& value : array(root, "clients")) {
        m_clients.insert(idOf(value.toObject()), value.toObject());
    }
    for (const QJsonValue& value : array(root, "principals")) {
        m_principals.insert(idOf(value.toObject()), value.toObject());
    }
    for (const QJsonValue& value : array(root, "attachments")) {
        m_attachments.insert(idOf(value.toObject()), value.toObject());
    }
}

DossierWriter::~DossierWriter() = default;

QString DossierWriter::scopeKind() const
{
    return m_root.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString();
}

bool DossierWriter::detailedContents() const
{
    return array(m_root, "engagements").size() <= DetailedEngagements;
}

QString DossierWriter::fileLabel(const QJsonValue& attachmentId) const
{
    if (!attachmentId.isDouble()) {
        return {};
    }
    const QJsonObject file = m_attachments.value(attachmentId.toInteger());
    if (file.isEmpty()) {
        return tr("file %1 (not in this export)").arg(attachmentId.toInteger());
    }
    return tr("%1 (in the archive as %2)").arg(T::plain(file, "file_name"), T::plain(file, "path"));
}

void DossierWriter::addRows(LetterDocument& document, const QList<QPair<QString, QString>>& rows)
{
    QList<QPair<QString, QString>> kept;
    for (const auto& row : rows) {
        if (!row.second.trimmed().isEmpty()) {
            kept << row;
        }
    }
    document.addFieldParagraphs(kept);
}

LetterDocument& DossierWriter::chapter(const QString& title)
{
    // A part per chapter, each starting on a new page (LetterDocument's writePdf of parts):
    // a part is laid out on its own, so a dossier of a whole practice costs the sum of its
    // parts, not their square.
    auto part = std::make_unique<LetterDocument>();
    part->setFooter(m_footer, tr("Page %1 of %2"));
    m_part = part.get();
    m_parts.push_back(std::move(part));
    if (!title.isEmpty()) {
        m_toc << TocEntry{1, title, m_part, m_part->addTitle(title)};
    }
    return *m_part;
}

void DossierWriter::section(const QString& title)
{
    m_toc << TocEntry{2, title, m_part, m_part->addHeading(title)};
}

void DossierWriter::addCover()
{
    const QJsonObject practice = m_root.value(QStringLiteral("practice")).toObject();
    const QJsonObject profile = practice.value(QStringLiteral("profile")).toObject();
    LetterDocument& cover = chapter({});
    QStringList letterhead;
    for (const QString& line :
         {T::plain(profile, "trade_name"),
          T::plain(profile, "consultant_name"),
          T::plain(profile, "street"),
          T::list({T::plain(profile, "postal_code") + QLatin1Char(' ') + T::plain(profile, "city")}),
          T::plain(profile, "email"),
          T::plain(profile, "phone")}) {
        if (!line.trimmed().isEmpty() && !letterhead.contains(line)) {
            letterhead << line;
        }
    }
    cover.setLetterhead(letterhead);
    const QJsonObject scope = m_root.value(QStringLiteral("scope")).toObject();
    const QJsonArray engagements = array(m_root, "engagements");
    QString title = tr("Record of the practice");
    QString scopeText = tr("The whole practice: %n client(s)", nullptr, static_cast<int>(m_clients.size())) +
        tr(", %n engagement(s)", nullptr, static_cast<int>(engagements.size()));
    if (scopeKind() == QLatin1String("client")) {
        const QString name = T::plain(m_clients.value(idOf(scope)), "name");
        title = tr("Everything held about %1").arg(name);
        scopeText =
            tr("Every record about client %1, across %n engagement(s)", nullptr, static_cast<int>(engagements.size()))
                .arg(name);
    } else if (scopeKind() == QLatin1String("engagement")) {
        title = tr("Record of the engagement %1").arg(T::plain(engagements.at(0).toObject(), "title"));
        scopeText = tr("One engagement, with its client and principal");
    }
    cover.addTitle(title);
    const QJsonObject audit = m_root.value(QStringLiteral("audit")).toObject();
    const int entries = static_cast<int>(audit.value(QStringLiteral("count")).toInteger());
    cover.addFieldParagraphs(
        {{tr("Exported"), T::moment(m_root, "exported_at")},
         {tr("By"), T::plain(profile, "consultant_name")},
         {tr("What it holds"), scopeText},
         {tr("Made with"), T::plain(m_root, "generator")},
         {tr("Audit log"),
          (audit.value(QStringLiteral("intact")).toBool()
               ? tr("%n entries, the chain intact", nullptr, entries)
               : tr("%n entries, the chain NOT intact: an entry was changed or removed", nullptr, entries)) +
              QLatin1Char('\n') + tr("last entry's SHA-256: %1").arg(T::plain(audit, "head"))}});
    cover.addParagraph(tr("This record says in words what data.json in the same archive holds. The files it names "
                          "are in the archive under the name given; their SHA-256 fingerprints are listed with the "
                          "files of each engagement. Times are those of the computer that made the export."));
}

void DossierWriter::addContents(LetterDocument& contents, const QList<int>& pages) const
{
    contents.addTitle(tr("Contents"));
    const int levels = detailedContents() ? 2 : 1;
    QList<ContentsLine> lines;
    for (int i = 0; i < m_toc.size(); ++i) {
        const TocEntry& entry = m_toc.at(i);
        if (entry.level <= levels) {
            lines.append({entry.level, entry.text, QLocale().toString(pages.value(i))});
        }
    }
    contents.addContentsLines(lines);
}

QByteArray DossierWriter::write(Error* error)
{
    m_parts.clear();
    m_toc.clear();
    const QDateTime exported = QDateTime::fromString(T::plain(m_root, "exported_at"), Qt::ISODateWithMs).toLocalTime();
    m_footer = tr("Confidential record, exported %1").arg(displayDate(exported.date()));
    addCover();
    addPractice();
    addPrincipals();
    const QJsonArray engagements = array(m_root, "engagements");
    QHash<qint64, QList<QJsonObject>> byClient;
    for (const QJsonValue& value : engagements) {
        byClient[idOf(value.toObject(), "client_id")] << value.toObject();
    }
    int done = 0;
    const auto engagementDone = [&]() {
        ++done;
        return reportProgress(m_progress, done, engagements.size());
    };
    for (const QJsonValue& value : array(m_root, "clients")) {
        const QJsonObject client = value.toObject();
        addClient(client);
        for (const QJsonObject& engagement : byClient.take(idOf(client))) {
            addEngagement(engagement);
            if (!engagementDone()) {
                return {};
            }
        }
    }
    for (const QList<QJsonObject>& rest : std::as_const(byClient)) {
        for (const QJsonObject& engagement : rest) {
            addEngagement(engagement);
            if (!engagementDone()) {
                return {};
            }
        }
    }
    addConsultations(array(m_root, "consultations"), false);
    addDestructions();
    addAudit();

    // The contents come after the cover; their own length moves every page number, so they
    // are made once with the page numbers of a first count and again until they agree.
    auto contents = std::make_unique<LetterDocument>();
    QList<int> pages(m_toc.size(), 0);
    int contentsPages = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        contents = std::make_unique<LetterDocument>();
        contents->setFooter(m_footer, tr("Page %1 of %2"));
        addContents(*contents, pages);
        const int counted = contents->pageCount();
        if (attempt > 0 && counted == contentsPages) {
            break;
        }
        contentsPages = counted;
        QHash<const LetterDocument*, int> firstPage;
        int page = 1;
        for (std::size_t i = 0; i < m_parts.size(); ++i) {
            firstPage.insert(m_parts[i].get(), page);
            page += m_parts[i]->pageCount();
            if (i == 0) {
                page += contentsPages;
            }
        }
        for (int i = 0; i < m_toc.size(); ++i) {
            pages[i] = firstPage.value(m_toc.at(i).part) + m_toc.at(i).part->pageOf(m_toc.at(i).mark);
        }
    }

    QList<LetterDocument*> parts{m_parts.front().get(), contents.get()};
    for (std::size_t i = 1; i < m_parts.size(); ++i) {
        parts << m_parts[i].get();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Error message;
    if (!LetterDocument::writePdf(parts, &buffer, tr("Mandaat export"), &message)) {
        setError(error,
                 Error::make(Error::Kind::Failed, tr("dossier.pdf could not be written: %1").arg(message.message)));
        return {};
    }
    return bytes;
}

} // namespace mandaat
