// Every test program speaks English as the app does: the app installs the English catalog (the
// plural forms of "%n second(s)" texts, see app/core/session/Translations.cpp) in every language,
// so the tests install it too before the test's first line runs.
#include "common/TreePath.h"

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishPlurals()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("whop-profile-editor_en"),
                      whop::test::treePath(WHOP_TEST_QM_DIR)))
        QCoreApplication::installTranslator(english);
    else
        qFatal("The English catalog is missing from %s (build the whop_plurals_lrelease target)",
               qPrintable(whop::test::treePath(WHOP_TEST_QM_DIR)));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
