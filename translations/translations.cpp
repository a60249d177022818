#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace mandaat {

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto& translator : installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed.clear();

    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(
            locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        installed.push_back(std::move(qtTranslator));
    }

    auto ownTranslator = std::make_unique<QTranslator>();
    if (ownTranslator->load(locale, QStringLiteral("mandaat"), QStringLiteral("_"), QStringLiteral(":/mandaat/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator.get());
        installed.push_back(std::move(ownTranslator));
    }
    Q_UNUSED(app)
}

} // namespace mandaat
