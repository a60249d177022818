#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PracticePage;
}

namespace mandaat {

class Vault;

/// What an unlocked vault shows until the Overview and the lists exist: which file is open,
/// its schema version, and the lock.
class PracticePage : public QWidget
{
    Q_OBJECT

public:
    explicit PracticePage(QWidget* parent = nullptr);
    ~PracticePage() override;

    void showVault(const Vault& vault);
    /// Forgets everything shown (on lock).
    void clear();

Q_SIGNALS:
    void lockRequested();

private:
    std::unique_ptr<Ui::PracticePage> m_ui;
};

} // namespace mandaat
