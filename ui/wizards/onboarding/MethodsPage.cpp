#include "MethodsPage.h"
#include "ui_MethodsPage.h"

#include "compliance/TermsAmendment.h"
#include "domain/Validation.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QHeaderView>

namespace mandaat {

MethodsPage::MethodsPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::MethodsPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Methods and tools"));
    setSubTitle(tr("How you will work: each method described so that you can explain it openly, with its author or "
                   "owner."));
    m_ui->methodsTreeWidget->setHeaderLabels({tr("Method or tool"), tr("Author or owner"), tr("Description")});
    m_ui->methodsTreeWidget->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->methodsTreeWidget->header()->setStretchLastSection(true);
    m_ui->methodsTreeWidget->setMinimumHeight(fontMetrics().height() * 7);
    connect(m_ui->addMethodPushButton, &QPushButton::clicked, this, &MethodsPage::addMethod);
    connect(m_ui->editMethodPushButton, &QPushButton::clicked, this, &MethodsPage::editMethod);
    connect(m_ui->removeMethodPushButton, &QPushButton::clicked, this, &MethodsPage::removeMethod);
    connect(m_ui->methodsTreeWidget, &QTreeWidget::itemDoubleClicked, this, &MethodsPage::editMethod);
    connect(m_ui->methodsTreeWidget, &QTreeWidget::currentItemChanged, this, [this]() {
        const bool chosen = m_ui->methodsTreeWidget->currentItem() != nullptr;
        m_ui->editMethodPushButton->setEnabled(chosen);
        m_ui->removeMethodPushButton->setEnabled(chosen);
    });
}

MethodsPage::~MethodsPage() = default;

QStringList MethodsPage::ruleIds() const
{
    return {QStringLiteral("method-described"),
            QStringLiteral("method-attributed"),
            QStringLiteral("confirmation-complete")};
}

bool MethodsPage::isDone() const
{
    return onboarding()->engagementId() != 0 && !onboarding()->engagement().methods.isEmpty() &&
        !onboarding()->anyOutstanding({QStringLiteral("method-described"), QStringLiteral("method-attributed")});
}

void MethodsPage::load()
{
    m_methods = onboarding()->engagement().methods;
    showMethods();
}

void MethodsPage::showMethods()
{
    m_ui->methodsTreeWidget->clear();
    for (const EngagementMethod& method : std::as_const(m_methods)) {
        auto* item =
            new QTreeWidgetItem(m_ui->methodsTreeWidget, {method.name, method.author, method.description.simplified()});
        item->setToolTip(2, method.description);
    }
    // Name and author whole, the header included ("Auteur of eigenaar"); the description takes the rest.
    m_ui->methodsTreeWidget->resizeColumnToContents(0);
    m_ui->methodsTreeWidget->resizeColumnToContents(1);
    m_ui->editMethodPushButton->setEnabled(false);
    m_ui->removeMethodPushButton->setEnabled(false);
}

bool MethodsPage::fieldsEmpty() const
{
    return m_ui->methodNameLineEdit->text().trimmed().isEmpty() &&
        m_ui->methodAuthorLineEdit->text().trimmed().isEmpty() &&
        m_ui->methodDescriptionPlainTextEdit->toPlainText().trimmed().isEmpty();
}

bool MethodsPage::addMethod()
{
    EngagementMethod method;
    method.id = m_editingId;
    method.name = m_ui->methodNameLineEdit->text().simplified();
    method.author = m_ui->methodAuthorLineEdit->text().simplified();
    method.description = m_ui->methodDescriptionPlainTextEdit->toPlainText().trimmed();
    ValidationIssues issues = validate(method);
    // MW-2.5: a method you can explain openly is described.
    if (method.description.isEmpty()) {
        issues.append({QStringLiteral("description"),
                       tr("Describe “%1” and how you use it: the confirmation states it.").arg(method.name)});
    }
    if (!issues.isEmpty()) {
        showIssues(issues,
                   {{QStringLiteral("name"), m_ui->methodNameLineEdit},
                    {QStringLiteral("author"), m_ui->methodAuthorLineEdit},
                    {QStringLiteral("description"), m_ui->methodDescriptionPlainTextEdit}});
        return false;
    }
    clearMessage();
    m_methods.append(method);
    m_editingId = 0;
    m_ui->methodNameLineEdit->clear();
    m_ui->methodAuthorLineEdit->clear();
    m_ui->methodDescriptionPlainTextEdit->clear();
    showMethods();
    m_ui->methodNameLineEdit->setFocus();
    return true;
}

void MethodsPage::editMethod()
{
    const int row = m_ui->methodsTreeWidget->indexOfTopLevelItem(m_ui->methodsTreeWidget->currentItem());
    if (row < 0 || row >= m_methods.size() || !fieldsEmpty()) {
        if (!fieldsEmpty()) {
            showMessage(tr("Add the method in the fields to the list first, or clear them."));
        }
        return;
    }
    // Back into the fields; "Add to the list" puts it back. Its id stays, so it is updated.
    const EngagementMethod method = m_methods.takeAt(row);
    m_editingId = method.id;
    m_ui->methodNameLineEdit->setText(method.name);
    m_ui->methodAuthorLineEdit->setText(method.author);
    m_ui->methodDescriptionPlainTextEdit->setPlainText(method.description);
    showMethods();
    m_ui->methodNameLineEdit->setFocus();
}

void MethodsPage::removeMethod()
{
    const int row = m_ui->methodsTreeWidget->indexOfTopLevelItem(m_ui->methodsTreeWidget->currentItem());
    if (row >= 0 && row < m_methods.size()) {
        m_methods.removeAt(row);
        showMethods();
    }
}

bool MethodsPage::save(QString* error)
{
    // A method typed but not yet added is what the user means to keep.
    if (!fieldsEmpty() && !addMethod() && !isClosing()) {
        return false;
    }
    if (m_methods.isEmpty() && !isClosing()) {
        showIssues({{QStringLiteral("methods"), tr("Add at least one method or tool: the confirmation states it.")}},
                   {{QStringLiteral("methods"), m_ui->methodNameLineEdit}});
        return false;
    }
    Engagement e = onboarding()->engagement();
    e.methods = m_methods;
    const ValidationIssues issues = validate(e);
    if (!issues.isEmpty()) {
        showIssues(issues);
        return false;
    }
    RecordError recordError;
    if (!TermsAmendment::save(*records(), e, onboarding()->today(), nullptr, &recordError)) {
        *error = recordError.message;
        return false;
    }
    m_methods = e.methods;
    return true;
}

} // namespace mandaat
