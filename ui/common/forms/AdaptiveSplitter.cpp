#include "AdaptiveSplitter.h"

#include <QResizeEvent>

#include <algorithm>

namespace mandaat {

namespace {

QSize minimumOf(const QWidget* widget)
{
    return widget->minimumSize().expandedTo(widget->minimumSizeHint());
}

} // namespace

AdaptiveSplitter::AdaptiveSplitter(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
{ }

int AdaptiveSplitter::sideBySideWidth() const
{
    int width = 0;
    int parts = 0;
    for (int index = 0; index < count(); ++index) {
        if (const QWidget* part = widget(index); !part->isHidden()) {
            width += minimumOf(part).width();
            ++parts;
        }
    }
    return width + std::max(0, parts - 1) * handleWidth();
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    int width = 0;
    int height = 0;
    int parts = 0;
    for (int index = 0; index < count(); ++index) {
        if (const QWidget* part = widget(index); !part->isHidden()) {
            const QSize minimum = minimumOf(part);
            width = std::max(width, minimum.width());
            height = orientation() == Qt::Horizontal ? std::max(height, minimum.height()) : height + minimum.height();
            ++parts;
        }
    }
    if (orientation() == Qt::Vertical) {
        height += std::max(0, parts - 1) * handleWidth();
    }
    return {width, height};
}

void AdaptiveSplitter::resizeEvent(QResizeEvent* event)
{
    const Qt::Orientation wanted = event->size().width() >= sideBySideWidth() ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation()) {
        setOrientation(wanted);
        updateGeometry(); // one above the other needs more height
    }
    QSplitter::resizeEvent(event);
}

} // namespace mandaat
