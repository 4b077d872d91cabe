#include "files/AppFolders.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace whop::files {

namespace {
QString folderIn(QStandardPaths::StandardLocation base)
{
    return QStandardPaths::writableLocation(base) + QLatin1Char('/') +
           QCoreApplication::applicationName();
}
} // namespace

QString configFolder()
{
    return folderIn(QStandardPaths::GenericConfigLocation);
}

QString dataFolder()
{
    return folderIn(QStandardPaths::GenericDataLocation);
}

QString cacheFolder()
{
    return folderIn(QStandardPaths::GenericCacheLocation);
}

} // namespace whop::files
