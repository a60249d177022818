#pragma once

#include <QByteArray>
#include <QLocale>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace mandaat {

/// Per-machine settings (CONTRIBUTING.md, point 14): the only things Mandaat keeps in QSettings. Practice
/// policy and anything that names a client live in the vault (docs/architecture.md, Storage); the recent
/// vaults are file paths and nothing else.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        InterfaceLanguage, ///< "system", "nl" or "en"
        RecentVaults, ///< absolute paths, the most recently used first
        WindowGeometry, ///< QWidget::saveGeometry() of the main window
        AuditHeadsSeen, ///< per vault salt (hex): the audit log's length and last hash, nothing more
    };
    Q_ENUM(Key)

    enum class Language { System, Dutch, English };

    static constexpr int MaxRecentVaults = 8;

    /// The user's settings, where QSettings keeps them for the organisation and application
    /// names of the running application.
    explicit Settings(QObject* parent = nullptr);
    /// Settings in the INI file \a path; for tests.
    explicit Settings(const QString& path, QObject* parent = nullptr);
    ~Settings() override;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    /// Stores \a value and emits changed() when it differs from the current value.
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

    Language interfaceLanguage() const;
    void setInterfaceLanguage(Language language);
    /// The locale the interface is translated to: the system's unless a language was chosen.
    QLocale interfaceLocale() const;

    QStringList recentVaults() const;
    /// Moves \a path (made absolute) to the front of the recent vaults, keeping at most
    /// MaxRecentVaults.
    void noteRecentVault(const QString& path);
    void removeRecentVault(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    /// The audit log's length and last hash as last seen on this machine for the vault with
    /// salt \a saltHex (docs/architecture.md, Compliance): an outside record against which a truncated log
    /// shows. A count and a hash only, nothing that names a client. -1 and empty when none.
    QPair<qint64, QString> auditHeadSeen(const QString& saltHex) const;
    void setAuditHeadSeen(const QString& saltHex, qint64 count, const QString& hash);

Q_SIGNALS:
    void changed(mandaat::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mandaat
