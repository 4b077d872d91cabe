#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace whop::test {

// Settings and data go to Qt's test locations (~/.qttest/...), emptied for each test program.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WhopProfileEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tests"));
    QSettings().clear();
}

} // namespace whop::test
