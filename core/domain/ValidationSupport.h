#pragma once

#include "domain/Address.h"
#include "domain/ValidationIssue.h"

#include <QDate>
#include <QString>

#include <utility>

namespace mandaat {

/// Collects the issues of one value; the checks shared by every validate() overload.
/// Internal to core/domain. \a what arguments are translated nouns ("the client's name").
class ValidationSupport
{
public:
    explicit ValidationSupport(QString prefix = {})
        : m_prefix(std::move(prefix))
    { }

    void add(const QString& field, const QString& message);
    /// The issues of a nested value (a member, a method), under "field[index]."
    void addNested(const QString& field, int index, const ValidationIssues& nested);

    void required(const QString& field, const QString& value, const QString& message);
    void maxLength(const QString& field, const QString& value, int limit, const QString& what);
    void requiredName(const QString& field, const QString& value, const QString& what, const QString& missing);
    void email(const QString& field, const QString& value);
    void phone(const QString& field, const QString& value);
    void address(const QString& field, const Address& address);
    void requiredDate(const QString& field, QDate date, const QString& missing);
    /// \a later must not be before \a earlier (both set); \a message has %1 = later, %2 = earlier.
    void notBefore(const QString& field, QDate later, QDate earlier, const QString& message);
    /// An enum value outside its table (a stored or imported id no longer known).
    void knownValue(const QString& field, bool known, const QString& what);

    const ValidationIssues& issues() const { return m_issues; }

private:
    QString m_prefix;
    ValidationIssues m_issues;
};

} // namespace mandaat
