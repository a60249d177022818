#pragma once

#include "domain/Practice.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace mandaat {

class InlineErrors;
class OpenPractice;
class Settings;

/// The settings: per computer (the language of the program, applied at once; the remembered
/// vaults) and, with a vault open, per practice in the vault (idle lock, letter language,
/// retention periods, backup interval). Saved with Save; Cancel or a lock changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a practice may be null: only the computer's settings then.
    SettingsDialog(Settings& settings, OpenPractice* practice, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    PracticePolicy collect() const;
    void fillLanguages();
    void fillRecent();
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
    QPointer<OpenPractice> m_practice;
    InlineErrors* m_errors = nullptr;
    PracticePolicy m_policy;
    QStringList m_recent;
};

} // namespace mandaat
