#pragma once

#include "util/Error.h"
#include "util/Progress.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace mandaat {

class LetterDocument;

/// The compliance status of one article of an engagement, as the rules engine found it on
/// the day of the export (core/compliance), for dossier.pdf.
struct DossierArticle
{
    QString articleId;
    QString title;
    QString status; ///< the rule status id: met, open, due, overdue, not_applicable
    QString explanation;
};

/// dossier.pdf of an export: the readable record of what data.json holds (docs/architecture.md,
/// Export), in the interface's language, with a table of contents: the practice, the
/// principals, each client followed by its engagements (terms in words, the compliance per
/// article with its evidence, sessions and notes with their history, consents, reports,
/// referrals, consultations, complaints and their handling, warnings, letters with their
/// fingerprints, files, retention), destructions and the audit log. Built from data.json's
/// tree, so that the two always say the same; each record is told once, where it belongs.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierWriter)

public:
    explicit DossierWriter(const QJsonObject& root);
    ~DossierWriter();

    /// Per engagement id; without it the evidence is listed per article, without a status.
    void setCompliance(const QHash<qint64, QList<DossierArticle>>& compliance) { m_compliance = compliance; }
    /// Hears each engagement written (done of total), and stops the writing once cancelled.
    void setProgress(Progress* progress) { m_progress = progress; }

    /// The PDF's bytes; empty with \a error set on failure, or when stopped.
    QByteArray write(Error* error);

private:
    struct TocEntry
    {
        int level = 1;
        QString text;
        LetterDocument* part = nullptr;
        int mark = 0;
    };

    /// Label and value rows into \a document, leaving out the empty ones.
    static void addRows(LetterDocument& document, const QList<QPair<QString, QString>>& rows);
    LetterDocument& chapter(const QString& title);
    void section(const QString& title);
    void addCover();
    void addContents(LetterDocument& contents, const QList<int>& pages) const;
    void addPractice();
    void addPrincipals();
    void addClient(const QJsonObject& client);
    void addEngagement(const QJsonObject& engagement);
    void addTerms(const QJsonObject& engagement);
    void addCompliance(const QJsonObject& engagement);
    void addSessions(const QJsonObject& engagement);
    void addRegisters(const QJsonObject& engagement);
    void addComplaints(const QJsonObject& engagement);
    void addLetters(const QJsonObject& engagement);
    void addRetention(const QJsonObject& engagement);
    void addConsultations(const QJsonArray& consultations, bool withEngagement);
    void addDestructions();
    void addAudit();
    QString fileLabel(const QJsonValue& attachmentId) const;
    QString scopeKind() const;
    bool detailedContents() const;

    QJsonObject m_root;
    QHash<qint64, QJsonObject> m_clients;
    QHash<qint64, QJsonObject> m_principals;
    QHash<qint64, QJsonObject> m_attachments;
    QHash<qint64, QList<DossierArticle>> m_compliance;
    Progress* m_progress = nullptr;
    std::vector<std::unique_ptr<LetterDocument>> m_parts;
    LetterDocument* m_part = nullptr;
    QList<TocEntry> m_toc;
    QString m_footer;
};

} // namespace mandaat
