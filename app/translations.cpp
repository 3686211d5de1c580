#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace ck {

Language Translations::fromArguments(const QStringList &arguments)
{
    QString lang;
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (arguments[i].startsWith(option + QLatin1Char('=')))
            lang = arguments[i].mid(option.size() + 1);
    }
    if (lang.isEmpty())
        return systemLanguage();
    return lang == QLatin1String("ko") ? Language::Korean : Language::English;
}

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
