#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <array>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mandaat {

namespace {

// Every key Mandaat writes to QSettings, with its default. All are per machine; practice
// settings are kept in the vault.
struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<Entry, 4>& entries()
{
    static const std::array<Entry, 4> table{{
        {Settings::Key::InterfaceLanguage, "interface/language", QStringLiteral("system")},
        {Settings::Key::RecentVaults, "vaults/recent", QStringList()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::AuditHeadsSeen, "audit/heads_seen", QVariantMap()},
    }};
    return table;
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries()) {
        if (e.key == key) {
            return e;
        }
    }
    Q_UNREACHABLE();
}

// The settings hold the vault's salt and the audit heads (issue 16, item 6): the file is its
// owner's only (0600) whatever the umask, and so is Mandaat's own folder (0700). A folder
// named otherwise (a test's, or MANDAAT_SETTINGS_FILE's) is created 0700 but never changed.
void restrictAccess(const QString& file)
{
    if (file.isEmpty()) {
        return;
    }
    const QFileInfo info(file);
    const QString folder = info.absolutePath();
    const bool ownFolder = QFileInfo(folder).fileName() == QLatin1String("Mandaat");
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder);
        ::chmod(QFile::encodeName(folder).constData(), S_IRWXU);
    } else if (ownFolder) {
        ::chmod(QFile::encodeName(folder).constData(), S_IRWXU);
    }
    // Created empty and owner-only before QSettings writes it: its saves keep the mode.
    const QByteArray name = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        struct stat status = {};
        if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_uid == ::getuid()) {
            ::fchmod(fd, S_IRUSR | S_IWUSR);
        }
        ::close(fd);
    }
}

QString normalisedPath(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    restrictAccess(m_settings->fileName());
}

Settings::Settings(const QString& path, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
    restrictAccess(m_settings->fileName());
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    QVariant stored = m_settings->value(QString::fromLatin1(e.name), e.defaultValue);
    if (!stored.isValid()) {
        return e.defaultValue; // an empty list is stored as an invalid value
    }
    // An INI file gives strings back; return the type of the default.
    if (stored.metaType() != e.defaultValue.metaType() && stored.canConvert(e.defaultValue.metaType())) {
        stored.convert(e.defaultValue.metaType());
    }
    return stored;
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (this->value(key) == value) {
        return;
    }
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    const bool wasSet = m_settings->contains(keyName(key));
    const bool differs = value(key) != defaultValue(key);
    m_settings->remove(keyName(key));
    if (wasSet && differs) {
        Q_EMIT changed(key);
    }
}

void Settings::sync()
{
    m_settings->sync();
    restrictAccess(m_settings->fileName());
}

Settings::Language Settings::interfaceLanguage() const
{
    const QString code = value(Key::InterfaceLanguage).toString();
    if (code == QLatin1String("nl")) {
        return Language::Dutch;
    }
    if (code == QLatin1String("en")) {
        return Language::English;
    }
    return Language::System;
}

void Settings::setInterfaceLanguage(Language language)
{
    switch (language) {
    case Language::Dutch:
        setValue(Key::InterfaceLanguage, QStringLiteral("nl"));
        return;
    case Language::English:
        setValue(Key::InterfaceLanguage, QStringLiteral("en"));
        return;
    case Language::System:
        break;
    }
    setValue(Key::InterfaceLanguage, QStringLiteral("system"));
}

QLocale Settings::interfaceLocale() const
{
    switch (interfaceLanguage()) {
    case Language::Dutch:
        return QLocale(QLocale::Dutch);
    case Language::English:
        return QLocale(QLocale::English);
    case Language::System:
        break;
    }
    return QLocale::system();
}

QStringList Settings::recentVaults() const
{
    QStringList paths = value(Key::RecentVaults).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, MaxRecentVaults);
}

void Settings::noteRecentVault(const QString& path)
{
    const QString normalised = normalisedPath(path);
    QStringList paths = recentVaults();
    paths.removeAll(normalised);
    paths.prepend(normalised);
    setValue(Key::RecentVaults, paths.mid(0, MaxRecentVaults));
}

void Settings::removeRecentVault(const QString& path)
{
    QStringList paths = recentVaults();
    if (paths.removeAll(normalisedPath(path)) > 0) {
        setValue(Key::RecentVaults, paths);
    }
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QPair<qint64, QString> Settings::auditHeadSeen(const QString& saltHex) const
{
    // "count:hash"
    const QString stored = value(Key::AuditHeadsSeen).toMap().value(saltHex).toString();
    bool ok = false;
    const qint64 count = stored.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
    if (!ok || count < 0) {
        return {-1, QString()};
    }
    return {count, stored.section(QLatin1Char(':'), 1)};
}

void Settings::setAuditHeadSeen(const QString& saltHex, qint64 count, const QString& hash)
{
    QVariantMap heads = value(Key::AuditHeadsSeen).toMap();
    heads.insert(saltHex, QStringLiteral("%1:%2").arg(count).arg(hash));
    setValue(Key::AuditHeadsSeen, heads);
}

} // namespace mandaat
