#pragma once

// Catches, while a test runs in Dutch, every string that was looked up and that no translator
// knew: a source string missing from the .ts file, or looked up under another context than the
// one lupdate gave it (a free tr() helper in namespace mandaat is filed as "mandaat::X").

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace mandaat::test {

class UntranslatedStrings : public QTranslator
{
public:
    /// Installs itself before any other translator, so that it is asked last: only after
    /// Mandaat's and Qt's own translators have had the string and had no answer.
    UntranslatedStrings() { QCoreApplication::installTranslator(this); }
    ~UntranslatedStrings() override { QCoreApplication::removeTranslator(this); }

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString text = QString::fromUtf8(source);
        const QString where = QString::fromUtf8(context);
        // Qt's own contexts (QDialogButtonBox, QFileDialog, …): Qt's translation, not ours.
        const bool qtOwn = where.size() > 1 && where.at(0) == QLatin1Char('Q') && where.at(1).isUpper();
        if (!text.trimmed().isEmpty() && !qtOwn) {
            const QMutexLocker lock(&m_mutex);
            m_missing.insert(where + QStringLiteral(" | ") + text);
        }
        return {};
    }

    /// "context | source" of each string no translator knew, sorted.
    QStringList missing() const
    {
        const QMutexLocker lock(&m_mutex);
        QStringList list(m_missing.cbegin(), m_missing.cend());
        list.sort();
        return list;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_missing;
};

} // namespace mandaat::test
