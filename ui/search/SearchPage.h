#pragma once

#include "search/SearchHit.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class SearchPage;
}

namespace mandaat {

class OpenPractice;
class SearchResultModel;

/// Full-text search over notes, clients, principals and engagements, as the user types.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(QWidget* parent = nullptr);
    ~SearchPage() override;

    void setPractice(OpenPractice* practice);
    void setQuery(const QString& text);
    void focusQuery();
    SearchResultModel* model() const { return m_model; }

Q_SIGNALS:
    /// A hit was opened: show its record.
    void hitActivated(const mandaat::SearchHit& hit);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void updateHint();

    std::unique_ptr<Ui::SearchPage> m_ui;
    SearchResultModel* m_model = nullptr;
    QTimer m_timer;
};

} // namespace mandaat
