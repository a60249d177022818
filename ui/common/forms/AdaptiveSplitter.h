#pragma once

#include <QSplitter>

namespace mandaat {

/// A splitter that puts its parts side by side when the width holds all of them, and one above
/// the other when it does not, so that a narrow window (Dutch at 1100 px, issue 15) scrolls
/// down instead of sideways. Its minimum width is that of the widest part.
class AdaptiveSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit AdaptiveSplitter(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    /// The width the parts need side by side.
    int sideBySideWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace mandaat
