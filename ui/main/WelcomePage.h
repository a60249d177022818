#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace mandaat {

/// The first page when no vault is known: create a practice, open a vault, try the demo practice,
/// or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void setRecentVaults(const QStringList& paths);
    /// While the demo practice is being made.
    void setDemoBusy(bool busy);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentVaultChosen(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
    bool m_demoBusy = false;
};

} // namespace mandaat
