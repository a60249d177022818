// Settings: the per-machine settings over QSettings, on a temporary file.
#include "util/Settings.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

class SettingsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void defaults()
    {
        Settings settings(file());
        QCOMPARE(settings.interfaceLanguage(), Settings::Language::System);
        QCOMPARE(settings.interfaceLocale(), QLocale::system());
        QVERIFY(settings.recentVaults().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        QCOMPARE(settings.value(Settings::Key::InterfaceLanguage).toString(), QStringLiteral("system"));
    }

    void keysHaveNames()
    {
        QCOMPARE(Settings::keyName(Settings::Key::InterfaceLanguage), QStringLiteral("interface/language"));
        QCOMPARE(Settings::keyName(Settings::Key::RecentVaults), QStringLiteral("vaults/recent"));
        QCOMPARE(Settings::keyName(Settings::Key::WindowGeometry), QStringLiteral("window/geometry"));
    }

    void valuesPersist()
    {
        const QByteArray geometry("\x01\x02\x00\xff", 4);
        {
            Settings settings(file());
            settings.setInterfaceLanguage(Settings::Language::Dutch);
            settings.noteRecentVault(m_dir.filePath(QStringLiteral("a.mandaat")));
            settings.setWindowGeometry(geometry);
            settings.sync();
        }
        Settings settings(file());
        QCOMPARE(settings.interfaceLanguage(), Settings::Language::Dutch);
        QCOMPARE(settings.interfaceLocale().language(), QLocale::Dutch);
        QCOMPARE(settings.recentVaults(), QStringList{m_dir.filePath(QStringLiteral("a.mandaat"))});
        QCOMPARE(settings.windowGeometry(), geometry);
    }

    void changedOnlyWhenDifferent()
    {
        Settings settings(file());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setInterfaceLanguage(Settings::Language::English);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::InterfaceLanguage);
        settings.setInterfaceLanguage(Settings::Language::English);
        QCOMPARE(spy.count(), 1);
        settings.reset(Settings::Key::InterfaceLanguage);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(settings.interfaceLanguage(), Settings::Language::System);
        settings.reset(Settings::Key::InterfaceLanguage);
        QCOMPARE(spy.count(), 2);
    }

    void unknownLanguageIsSystem()
    {
        Settings settings(file());
        settings.setValue(Settings::Key::InterfaceLanguage, QStringLiteral("klingon"));
        QCOMPARE(settings.interfaceLanguage(), Settings::Language::System);
    }

    void recentVaultsMostRecentFirstWithoutDuplicates()
    {
        Settings settings(file());
        const QString a = m_dir.filePath(QStringLiteral("a.mandaat"));
        const QString b = m_dir.filePath(QStringLiteral("b.mandaat"));
        settings.noteRecentVault(a);
        settings.noteRecentVault(b);
        settings.noteRecentVault(m_dir.path() + QStringLiteral("/sub/../a.mandaat"));
        QCOMPARE(settings.recentVaults(), (QStringList{a, b}));
        settings.removeRecentVault(a);
        QCOMPARE(settings.recentVaults(), QStringList{b});
        settings.removeRecentVault(b);
        QVERIFY(settings.recentVaults().isEmpty());
    }

    void recentVaultsAreCapped()
    {
        Settings settings(file());
        for (int i = 0; i < Settings::MaxRecentVaults + 3; ++i) {
            settings.noteRecentVault(m_dir.filePath(QStringLiteral("%1.mandaat").arg(i)));
        }
        const QStringList recent = settings.recentVaults();
        QCOMPARE(recent.size(), Settings::MaxRecentVaults);
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("%1.mandaat").arg(Settings::MaxRecentVaults + 2)));
    }

    void relativePathsAreMadeAbsolute()
    {
        Settings settings(file());
        settings.noteRecentVault(QStringLiteral("relative.mandaat"));
        QCOMPARE(settings.recentVaults(),
                 QStringList{QDir::current().absoluteFilePath(QStringLiteral("relative.mandaat"))});
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "SettingsTest.moc"
