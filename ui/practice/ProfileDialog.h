#pragma once

#include "domain/Practice.h"

#include <QDialog>
#include <QPointer>

#include <array>
#include <memory>

class QLabel;

namespace Ui {
class ProfileDialog;
}

namespace mandaat {

class InlineErrors;
class OpenPractice;

/// The practice profile (docs/journey.md, First day): who the consultant is, the registrations,
/// qualifications and codes, the technology register (ICF-2.5), the letterhead and signature,
/// the privacy notice and general terms. Offered after a vault is created and from the Practice
/// menu. Everything is written in one transaction when Save is pressed; Cancel, or a lock,
/// writes nothing.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(OpenPractice* practice, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    /// Validates and writes everything; the dialog closes only when that worked.
    void accept() override;
    /// The file an image or document slot gets on save.
    void setFile(int slot, const QString& path);

    enum Slot { Logo, Signature, PrivacyNotice, GeneralTerms, SlotCount };

protected:
    void changeEvent(QEvent* event) override;

private:
    PracticeProfile collect() const;
    void fill(const PracticeProfile& profile);
    bool write(QString* error);
    void chooseFile(int slot);
    void updateSlot(int slot);
    void retranslate();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QPointer<OpenPractice> m_practice;
    InlineErrors* m_errors = nullptr;
    PracticeProfile m_profile;
    std::array<QString, SlotCount> m_paths; // chosen files, attached on save
    std::array<bool, SlotCount> m_cleared{}; // "None" pressed
};

} // namespace mandaat
