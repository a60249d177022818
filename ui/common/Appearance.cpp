#include "Appearance.h"

#include <QLabel>
#include <QStyle>

namespace mandaat::appearance {

void makeTitle(QLabel* label)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    label->setFont(font);
}

void makeSecondary(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

void makeErrorText(QLabel* textLabel)
{
    QPalette palette = textLabel->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    textLabel->setPalette(palette);
}

void makeError(QLabel* iconLabel, QLabel* textLabel)
{
    makeErrorText(textLabel);
    const int size = textLabel->fontMetrics().height();
    iconLabel->setPixmap(iconLabel->style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    iconLabel->setFixedSize(size, size);
}

} // namespace mandaat::appearance
