#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace whop::app {

namespace {
const QString Catalog = QStringLiteral("whop-profile-editor");
}

QStringList translationDirectories()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(appDir + QStringLiteral("/../share/whop-profile-editor/translations")),
            QDir::cleanPath(appDir + QStringLiteral("/translations")),
            QDir::cleanPath(appDir + QStringLiteral("/../Resources/translations"))};
}

QString installTranslations(QCoreApplication *app, const QLocale &locale,
                            const QStringList &directories)
{
    QString loaded;
    auto *own = new QTranslator(app);
    for (const QString &dir : directories) {
        if (own->load(locale, Catalog, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(own);
            loaded = own->language();
            break;
        }
    }
    if (loaded.isEmpty()) {
        delete own;
        return {};
    }
    // Qt's own strings (the buttons of standard dialogs, the file dialog, context menus), from
    // Qt's translations folder (Debian: qt6-translations-l10n) or one deployed beside the program.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), directories.value(0)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace whop::app
