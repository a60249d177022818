#pragma once

class QLabel;

namespace mandaat::appearance {

/// A page's heading: larger and bold.
void makeTitle(QLabel* label);
/// Secondary text (a path, a hint): the palette's placeholder colour.
void makeSecondary(QLabel* label);
/// An inline error: a red text with the style's error icon beside it, readable on light and
/// dark palettes.
void makeError(QLabel* iconLabel, QLabel* textLabel);
/// Only the red text, for errors shown under a field without an icon.
void makeErrorText(QLabel* textLabel);

} // namespace mandaat::appearance
