#pragma once

// A test program run in another language (WHOP_TEST_LANGUAGE=de or pt_BR, set by
// whop_add_language_runs in tests/widgets/CMakeLists.txt): the catalogs are installed as the app
// installs them, and dates and numbers follow the language as LANG=de_DE would make them.
// Needs WHOP_TEST_QM_DIR (the build tree's compiled catalogs, common/TreePath.h).

#include "common/TreePath.h"
#include "session/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace whop::test {

// The language installed, or an empty string when the test runs in English.
inline QString installTestLanguage()
{
    const QString language = qEnvironmentVariable("WHOP_TEST_LANGUAGE");
    if (language.isEmpty())
        return {};
    QLocale::setDefault(QLocale(language));
    if (app::installTranslations(QCoreApplication::instance(), QLocale(language),
                                 {treePath(WHOP_TEST_QM_DIR)}) != language)
        qFatal("no translation for %s in %s", qPrintable(language),
               qPrintable(treePath(WHOP_TEST_QM_DIR)));
    return language;
}

} // namespace whop::test
