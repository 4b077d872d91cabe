#pragma once

#include "files/AppFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace whop::test {

// Empties the app's data folder (drafts kept between runs live there), so that no draft of an
// earlier test is offered back. Call it where a test starts a fresh session.
inline void removeAppData()
{
    QDir(files::dataFolder()).removeRecursively();
}

// Settings and data go to Qt's test locations (~/.qttest/...), one set per running test program:
// the application name is the program's and its process id (the same test running at the same
// time in another build directory must not share them), and the app's folders are named after
// it (AppFolders.h). Empty at the start and removed at exit.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WhopProfileEditorTests"));
    QString program = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    if (program.isEmpty())
        program = QStringLiteral("tests");
    QCoreApplication::setApplicationName(
        QStringLiteral("%1-%2").arg(program).arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    removeAppData();

    struct RemoveAtExit
    {
        QStringList dirs;
        QString settingsFile;
        ~RemoveAtExit()
        {
            for (const QString &dir : dirs)
                QDir(dir).removeRecursively();
            QFile::remove(settingsFile);
        }
    };
    QDir(files::configFolder()).removeRecursively();
    static const RemoveAtExit cleanup{
        {files::dataFolder(), files::configFolder(), files::cacheFolder()}, QSettings().fileName()};
}

} // namespace whop::test
