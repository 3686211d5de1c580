#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace ck {

Language Translations::systemLanguage()
{
    return QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
}

void Translations::install(Language language)
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
    if (language != Language::Korean)
        return;
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("corokitchen"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, folder] : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(korean, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator.get());
            m_installed.push_back(std::move(translator));
        }
    }
}

} // namespace ck
