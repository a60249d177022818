#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace mandaat {

/// The first page when no vault is known: create a practice, open a vault, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void setRecentVaults(const QStringList& paths);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void recentVaultChosen(const QString& path);

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace mandaat
