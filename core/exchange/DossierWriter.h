#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

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
    QStringList evidence;
};

/// dossier.pdf of an export: the readable record of what data.json holds (DESIGN.md,
/// Export): parties, terms, evidence per article, sessions and notes with their history,
/// consents, reports, referrals, consultations, complaints, warnings, letters and files.
/// Built from data.json's tree, so that the two always say the same.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierWriter)

public:
    explicit DossierWriter(const QJsonObject& root);

    /// Per engagement id; without it the evidence is listed per article, without a status.
    void setCompliance(const QHash<qint64, QList<DossierArticle>>& compliance) { m_compliance = compliance; }
    /// Called after each engagement with (done, total); returning false stops (a cancel).
    void setProgressHandler(std::function<bool(int, int)> handler) { m_progress = std::move(handler); }

    /// The PDF's bytes; empty with \a error set on failure, or when stopped.
    QByteArray write(QString* error);

private:
    void addPractice(LetterDocument& document) const;
    void addClient(LetterDocument& document, const QJsonObject& client) const;
    void addPrincipal(LetterDocument& document, const QJsonObject& principal) const;
    void addEngagement(LetterDocument& document, const QJsonObject& engagement) const;
    void addTerms(LetterDocument& document, const QJsonObject& engagement) const;
    void addEvidence(LetterDocument& document, const QJsonObject& engagement) const;
    void addSessions(LetterDocument& document, const QJsonObject& engagement) const;
    void addRegisters(LetterDocument& document, const QJsonObject& engagement) const;
    void addLetters(LetterDocument& document, const QJsonObject& engagement) const;
    QString fileLabel(const QJsonValue& attachmentId) const;

    QJsonObject m_root;
    QHash<qint64, QJsonObject> m_clients;
    QHash<qint64, QJsonObject> m_principals;
    QHash<qint64, QJsonObject> m_attachments;
    QHash<qint64, QList<DossierArticle>> m_compliance;
    std::function<bool(int, int)> m_progress;
};

} // namespace mandaat
