#pragma once

#include <QLocale>

class QCoreApplication;

namespace mandaat {

/// Installs Qt's own translations and Mandaat's for \a locale on \a app, replacing any
/// installed earlier. English needs no translator for our strings (they are the source),
/// but Qt's own are loaded all the same.
void installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace mandaat
