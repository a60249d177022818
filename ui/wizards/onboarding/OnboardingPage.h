#pragma once

#include "domain/Engagement.h"
#include "domain/ValidationIssue.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWizardPage>

#include <optional>

class QLabel;
class QScrollArea;

namespace mandaat {

class OnboardingWizard;
class Records;

/// The base of the onboarding pages: the articles the page serves at the top (ids, with
/// their titles in the interface language as tool tip), the page's form in a scroll area,
/// and a message line at the bottom. A page loads from the saved records when shown and
/// saves through the repositories when the user goes on (validatePage()).
class OnboardingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OnboardingPage(QWidget* parent = nullptr);
    ~OnboardingPage() override;

    /// The rules the page serves; the articles of the engagement's codes that name them are
    /// shown (the catalogue's, never named in code).
    virtual QStringList ruleIds() const = 0;
    /// Whether what the page asks is done: from the rules' results and the saved records.
    virtual bool isDone() const = 0;
    /// Saves what the user entered when the wizard closes half-way (best effort, no questions).
    virtual void saveOnClose();

    void initializePage() override;
    bool validatePage() override;
    /// Going back keeps what was typed on this page.
    void cleanupPage() override { }

    /// The message shown at the bottom (for tests).
    QString message() const;

protected:
    OnboardingWizard* onboarding() const;
    /// nullptr once the practice is closed.
    Records* records() const;
    /// The widget the page's form is set up on.
    QWidget* form() const { return m_form; }

    /// Fills the fields from the saved records (the wizard's state is fresh).
    virtual void load() = 0;
    /// Validates with core and saves; false with \a error (translated) when it could not.
    virtual bool save(QString* error) = 0;

    /// True while saveOnClose() saves: save() then keeps what is valid and leaves out the
    /// checks that something required is there.
    bool isClosing() const { return m_closing; }
    /// Shows core's validation messages, and focuses the first field named in \a fields.
    void showIssues(const ValidationIssues& issues, const QHash<QString, QWidget*>& fields = {});
    /// \a toolTip: more than the line says (a full hash, for instance).
    void showMessage(const QString& text, bool error = true, const QString& toolTip = {});
    void clearMessage();
    /// The articles line again (the kind chose other codes).
    void updateArticles(std::optional<EngagementKind> kind = std::nullopt);

private:
    QLabel* m_articles = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_message = nullptr;
    bool m_closing = false;
};

} // namespace mandaat
