#include "session/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <algorithm>

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
    // English first, in every language: its catalog holds the plural forms ("1 second",
    // "2 seconds") of texts written as "%n second(s)"; a translation installed after it wins.
    auto *english = new QTranslator(app);
    if (std::any_of(directories.begin(), directories.end(), [english](const QString &dir) {
            return english->load(Catalog + QStringLiteral("_en"), dir);
        }))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    QString loaded;
    auto *own = new QTranslator(app);
    for (const QString &dir : directories) {
        if (own->load(locale, Catalog, QStringLiteral("_"), dir)) {
            loaded = own->language();
            break;
        }
    }
    if (loaded.isEmpty() || loaded.startsWith(QLatin1String("en"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
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
