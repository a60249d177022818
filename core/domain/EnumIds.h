#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace mandaat {

/// Each enum stored in the vault has a table of stable lowercase text ids ("career_guidance"):
/// the stored form, the form in exports and in CSV files. Never reuse or rename an id; add new
/// ones. Specialise EnumIds<E> with a static constexpr array `entries` of {value, id} pairs.
template <typename E>
struct EnumIds;

template <typename E>
QString toId(E value)
{
    for (const auto& [entry, id] : EnumIds<E>::entries) {
        if (entry == value) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

template <typename E>
std::optional<E> fromId(QStringView id)
{
    for (const auto& [entry, text] : EnumIds<E>::entries) {
        if (id == QLatin1String(text)) {
            return entry;
        }
    }
    return std::nullopt;
}

template <typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto& entry : EnumIds<E>::entries) {
        values.append(entry.first);
    }
    return values;
}

template <typename E>
QStringList allIds()
{
    QStringList ids;
    for (const auto& entry : EnumIds<E>::entries) {
        ids.append(QString::fromLatin1(entry.second));
    }
    return ids;
}

} // namespace mandaat

/// Declares the id table of an enum: MANDAAT_ENUM_IDS(Kind, {Kind::A, "a"}, {Kind::B, "b"}).
#define MANDAAT_ENUM_IDS(Enum, ...)                                                                                    \
    template <>                                                                                                        \
    struct EnumIds<Enum>                                                                                               \
    {                                                                                                                  \
        static constexpr std::pair<Enum, const char*> entries[] = {__VA_ARGS__};                                       \
    };
