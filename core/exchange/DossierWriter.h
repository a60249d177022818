#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace mandaat {

class LetterDocument;

/// dossier.pdf of an export: the readable record of what data.json holds (DESIGN.md,
/// Export): parties, terms, evidence per article, sessions and notes with their history,
/// consents, reports, referrals, consultations, complaints, warnings, letters and files.
/// Built from data.json's tree, so that the two always say the same.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierWriter)

public:
    explicit DossierWriter(const QJsonObject& root);

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
    std::function<bool(int, int)> m_progress;
};

} // namespace mandaat
