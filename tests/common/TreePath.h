#pragma once

// A path of the build or source tree that CMake hands a test at compile time (whop_tree_path in
// tests/CMakeLists.txt), relative to the folder of the test programs: an absolute path would
// differ between two clones, and ccache would compile each clone's copy again.

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace whop::test {

inline QString treePath(const char *relative)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QString::fromUtf8(relative));
}

} // namespace whop::test
