#pragma once

#include "scenario/language.h"

#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

namespace ck {

// Installs the app's and Qt's own translations for a language; English is the source language.
class Translations
{
public:
    // Korean when the system locale is Korean, else English.
    static Language systemLanguage();

    // Replaces whatever this object installed before.
    void install(Language language);

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace ck
