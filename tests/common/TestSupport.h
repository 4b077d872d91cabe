#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace whop::test {

// Empties the app's data directory (drafts kept between runs live there), so that no draft of
// an earlier test is offered back. Call it where a test starts a fresh session.
inline void removeAppData()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

// Settings and data go to Qt's test locations (~/.qttest/...), one set per running test program
// (named after the program and its process id: the same test running at the same time in
// another build directory must not share them), empty at the start and removed at exit.
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
    static const RemoveAtExit cleanup{
        {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
         QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
         QStandardPaths::writableLocation(QStandardPaths::CacheLocation)},
        QSettings().fileName()};
}

} // namespace whop::test
