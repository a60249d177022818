#pragma once

#include "wizards/onboarding/OnboardingPage.h"

#include <memory>

class QPrintPreviewWidget;
class QPrinter;

namespace Ui {
class ConfirmationPage;
}

namespace mandaat {

class LetterDocument;

/// Step 9: the engagement confirmation (CMI-5, MW-2.2): previewed as it prints, issued (kept
/// in the vault with its hash; issuing again keeps the earlier versions), saved as PDF or
/// printed; then the signed copy or the acceptance by e-mail, after which the engagement
/// becomes active, unless a blocking obligation is still open: the page says which and why.
class ConfirmationPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit ConfirmationPage(QWidget* parent = nullptr);
    ~ConfirmationPage() override;

    QStringList ruleIds() const override;
    bool isDone() const override;
    /// Finish only once the engagement is active: before, the onboarding is not finished and
    /// "Save and close" is the way out.
    bool isComplete() const override;
    void saveOnClose() override { }

    /// Prints the confirmation on \a printer, issuing it first when no version was issued
    /// (what goes out on paper is kept). The print dialog's accept; public for tests.
    bool printTo(QPrinter* printer);
    /// Attaches the signed copy in \a path (PDF or image) to the latest issued letter and
    /// tries to activate. What the file dialog's choice does; public for tests.
    void attachSignedCopy(const QString& path);
    QPrintPreviewWidget* preview() const { return m_preview; }

protected:
    void load() override;
    bool save(QString* error) override;

private:
    void updatePreview();
    void showLetters();
    void updateState();
    void languageChosen();
    void issueAndSave();
    void chooseSignedCopy();
    void acceptedByEmail();
    void tryActivate();
    void savePdf(const QString& path, const QByteArray& pdf, qint64 letterId);

    std::unique_ptr<Ui::ConfirmationPage> m_ui;
    std::unique_ptr<QPrinter> m_previewPrinter;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<LetterDocument> m_letter;
    QPrintPreviewWidget* m_preview = nullptr;
    QString m_refusal;
};

} // namespace mandaat
