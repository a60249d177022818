#include "OnboardingPage.h"

#include "common/Appearance.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mandaat {

OnboardingPage::OnboardingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_articles(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new QWidget)
    , m_message(new QLabel(this))
{
    m_articles->setObjectName(QStringLiteral("articlesLabel"));
    m_articles->setWordWrap(true);
    m_articles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    appearance::makeSecondary(m_articles);
    m_scroll->setWidgetResizable(true);
    // Texts wrap instead: a sideways scroll hides half of every row.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_articles);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
}

OnboardingPage::~OnboardingPage() = default;

OnboardingWizard* OnboardingPage::onboarding() const
{
    return qobject_cast<OnboardingWizard*>(wizard());
}

Records* OnboardingPage::records() const
{
    return onboarding() ? onboarding()->records() : nullptr;
}

void OnboardingPage::initializePage()
{
    clearMessage();
    if (!records()) {
        return;
    }
    updateArticles();
    load();
}

bool OnboardingPage::validatePage()
{
    if (!onboarding() || onboarding()->isResuming()) {
        return true;
    }
    if (!records()) {
        return false;
    }
    clearMessage();
    QString error;
    if (!save(&error)) {
        if (!error.isEmpty()) {
            showMessage(error);
        }
        return false;
    }
    onboarding()->refresh();
    return true;
}

void OnboardingPage::saveOnClose()
{
    if (records() && onboarding()->engagementId() != 0 &&
        onboarding()->engagement().status != EngagementStatus::Ended) {
        m_closing = true;
        QString ignored;
        save(&ignored);
        m_closing = false;
    }
}

QString OnboardingPage::message() const
{
    return m_message->text();
}

void OnboardingPage::showIssues(const ValidationIssues& issues, const QHash<QString, QWidget*>& fields)
{
    QStringList lines;
    QWidget* focus = nullptr;
    for (const ValidationIssue& issue : issues) {
        if (!lines.contains(issue.message)) {
            lines.append(issue.message);
        }
        // "methods[1].author" belongs to "methods".
        const QString field = issue.field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
        if (!focus) {
            focus = fields.value(issue.field, fields.value(field));
        }
    }
    showMessage(lines.join(QLatin1Char('\n')));
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(focus);
    }
}

void OnboardingPage::showMessage(const QString& text, bool error, const QString& toolTip)
{
    m_message->setText(text);
    m_message->setToolTip(toolTip);
    m_message->setPalette(palette());
    if (error) {
        appearance::makeErrorText(m_message);
    }
    m_message->setVisible(!text.isEmpty());
}

void OnboardingPage::clearMessage()
{
    m_message->clear();
    m_message->setToolTip(QString());
    m_message->hide();
}

void OnboardingPage::updateArticles(std::optional<EngagementKind> kind)
{
    if (!onboarding() || !records()) {
        return;
    }
    const QList<CodeArticle> articles = onboarding()->articlesServing(ruleIds(), kind);
    QStringList titles;
    QStringList summaries;
    const QString language = QLocale().name();
    for (const CodeArticle& article : articles) {
        titles.append(tr("%1 %2").arg(article.id, article.title(language)));
        summaries.append(tr("%1: %2").arg(article.id, article.summary(language)));
    }
    m_articles->setText(titles.isEmpty() ? QString() : tr("Serves %1").arg(titles.join(QStringLiteral(" · "))));
    m_articles->setToolTip(summaries.join(QStringLiteral("\n\n")));
    m_articles->setVisible(!titles.isEmpty());
}

} // namespace mandaat
