#include "DoubledFolders.h"

#include "AppFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace whop::files {

namespace {

// Moves every file under `from` to the same place under `to`.
void moveTree(const QString &from, const QString &to, MovedFiles *result)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFileInfo::exists(target)) {
            if (QFileInfo(source).lastModified() <= QFileInfo(target).lastModified()) {
                result->kept << source;
                continue;
            }
            // The doubled folder's copy is newer: it takes the other's place, in one step where
            // the system can (POSIX rename); otherwise the older copy is removed first.
            const bool replaced = std::rename(QFile::encodeName(source).constData(),
                                              QFile::encodeName(target).constData()) == 0 ||
                                  (QFile::remove(target) && QFile::rename(source, target));
            if (!replaced) {
                result->failed << source;
                continue;
            }
        } else if (!QFile::rename(source, target)) {
            result->failed << source;
            continue;
        }
        result->moved << target;
    }
    // The emptied folders go, deepest first; a folder that still holds a file stays.
    QStringList folders;
    QDirIterator dirs(from, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                      QDirIterator::Subdirectories);
    while (dirs.hasNext())
        folders << dirs.next();
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    folders << from;
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
}

} // namespace

MovedFiles moveFromDoubledFolders()
{
    MovedFiles result;
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    if (organization.isEmpty() || application.isEmpty())
        return result;
    const std::pair<QStandardPaths::StandardLocation, QString> kinds[] = {
        {QStandardPaths::GenericConfigLocation, configFolder()},
        {QStandardPaths::GenericDataLocation, dataFolder()},
        {QStandardPaths::GenericCacheLocation, cacheFolder()}};
    for (const auto &[base, folder] : kinds) {
        const QString doubled = QStandardPaths::writableLocation(base) + QLatin1Char('/') +
                                organization + QLatin1Char('/') + application;
        if (QFileInfo(doubled).isDir())
            moveTree(doubled, folder, &result);
    }
    return result;
}

} // namespace whop::files
