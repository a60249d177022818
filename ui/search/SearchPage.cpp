#include "SearchPage.h"
#include "ui_SearchPage.h"

#include "common/Appearance.h"
#include "common/models/SearchResultModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace mandaat {

SearchPage::SearchPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPage>())
    , m_model(new SearchResultModel(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->hintLabel);
    m_ui->resultsTableView->setModel(m_model);
    QHeaderView* header = m_ui->resultsTableView->horizontalHeader();
    header->setSectionResizeMode(SearchResultModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SearchResultModel::TitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SearchResultModel::SnippetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SearchResultModel::DateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(SearchResultModel::TitleColumn, 260);
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SearchPage::search);
    connect(m_ui->queryLineEdit, &QLineEdit::textChanged, this, [this]() { m_timer.start(); });
    connect(m_ui->queryLineEdit, &QLineEdit::returnPressed, this, &SearchPage::search);
    connect(m_ui->resultsTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT hitActivated(m_model->hit(index.row()));
    });
    connect(m_model, &SearchResultModel::loadFailed, m_ui->hintLabel, &QLabel::setText);
    m_ui->queryLineEdit->installEventFilter(this);
    updateHint();
}

bool SearchPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the query goes into the results, as in a browser's address bar (issue 15).
    if (watched == m_ui->queryLineEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        search(); // what was typed, not what was found 250 ms ago
        if (m_model->rowCount() > 0) {
            QTableView* results = m_ui->resultsTableView;
            results->setFocus(Qt::TabFocusReason);
            if (!results->currentIndex().isValid()) {
                results->setCurrentIndex(m_model->index(0, 0));
            }
            results->selectRow(results->currentIndex().row());
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

SearchPage::~SearchPage() = default;

void SearchPage::setPractice(OpenPractice* practice)
{
    m_timer.stop();
    m_ui->queryLineEdit->clear();
    m_model->setPractice(practice);
    updateHint();
}

void SearchPage::setQuery(const QString& text)
{
    m_ui->queryLineEdit->setText(text);
    search();
}

void SearchPage::focusQuery()
{
    m_ui->queryLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->queryLineEdit->selectAll();
}

void SearchPage::search()
{
    m_timer.stop();
    if (m_model->query() != m_ui->queryLineEdit->text()) {
        m_model->setQuery(m_ui->queryLineEdit->text());
    }
    updateHint();
}

void SearchPage::updateHint()
{
    const QString query = m_ui->queryLineEdit->text().trimmed();
    if (query.isEmpty()) {
        m_ui->hintLabel->setText(tr("Searches the notes, clients, principals and engagements. Words match by their "
                                    "beginning: “loopbaan” finds “loopbaancoach”."));
    } else if (m_model->rowCount() == 0) {
        m_ui->hintLabel->setText(tr("Nothing found for “%1”.").arg(query));
    } else {
        m_ui->hintLabel->setText(
            tr("Found: %1. Press Enter on a line to open it.").arg(QLocale().toString(m_model->rowCount())));
    }
}

void SearchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->resultsTableView->setAccessibleName(tr("Search results"));
        updateHint();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
