#pragma once

#include <QCoreApplication>
#include <QDir>
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

// Settings and data go to Qt's test locations (~/.qttest/...), one set per test program (so that
// programs running in parallel do not share them), emptied when the program starts.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WhopProfileEditorTests"));
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    QCoreApplication::setApplicationName(program.isEmpty() ? QStringLiteral("tests") : program);
    QSettings().clear();
    removeAppData();
}

} // namespace whop::test
