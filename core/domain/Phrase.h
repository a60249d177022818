#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace mandaat {

/// A sentence Mandaat itself writes into the vault: the text of evidence it records ("the
/// engagement confirmation was issued"), the summary of an audit entry. It is stored as the
/// id of the sentence and its arguments (ids, dates, enum ids), never in the language of the
/// moment, and told in the reader's language when shown (issue 17, item 5). The sentences
/// and the kind of each argument are listed once, in Phrase.cpp.
///
/// Stored form: compact JSON, {"args":["12","2026-03-02"],"phrase":"audit.referral"}. A
/// text that is not a known phrase (what the user typed; an audit summary written before
/// phrases were stored) is shown as it is, except that an audit summary of a known English
/// shape is recognised and told in the reader's language too.
class Phrase
{
public:
    /// The stored form of the phrase \a id with \a args. An unknown id is a programming error
    /// (asserted); it is stored all the same and shown as its id.
    static QString store(const char* id, const QStringList& args = {});
    /// An argument of kind date: its ISO form (empty for an invalid date).
    static QString day(QDate date);
    /// Whether \a stored is a phrase this build knows.
    static bool isPhrase(const QString& stored);
    /// \a stored told in the language of the interface (the installed translators).
    static QString render(const QString& stored);
    /// The ids of every phrase, for tests.
    static QStringList ids();
    /// The name of a record table ("written_warning") as a reader says it ("written warning"),
    /// translated; the table's own id when it has no name yet.
    static QString tableName(const QString& table);
    /// Whether every table of \a tables has a name (tableName).
    static QStringList tablesWithoutName(const QStringList& tables);
};

} // namespace mandaat
