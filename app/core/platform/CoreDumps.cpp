#include "platform/CoreDumps.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace whop::platform {

namespace {

#if defined(Q_OS_UNIX)
qint64 bytesOf(rlim_t value)
{
    return value == RLIM_INFINITY ? -1 : qint64(value);
}
#endif

} // namespace

bool disableCoreDumps(QString *why)
{
    QStringList problems;
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems << QStringLiteral("PR_SET_DUMPABLE: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    QString limit;
    if (!disableCoreFiles(&limit))
        problems << limit;
    if (why)
        *why = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

bool disableCoreFiles(QString *why)
{
    QStringList problems;
#if defined(Q_OS_UNIX)
    // Also for what this process starts (the browser for sign-in): the soft and hard limit, so
    // that nothing in the process can raise it again.
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems
            << QStringLiteral("RLIMIT_CORE: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    if (why)
        *why = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

bool usesDesktopPortal(const QProcessEnvironment &environment, const QString &flatpakInfo)
{
    if (environment.contains(QStringLiteral("FLATPAK_ID")) || QFile::exists(flatpakInfo) ||
        environment.contains(QStringLiteral("SNAP")))
        return true;
    const QString theme = environment.value(QStringLiteral("QT_QPA_PLATFORMTHEME")).toLower();
    for (const char *portal : {"xdgdesktopportal", "flatpak", "snap"}) {
        if (theme == QLatin1String(portal))
            return true;
    }
    return environment.value(QStringLiteral("GTK_USE_PORTAL")) == QLatin1String("1");
}

CoreDumpState coreDumpState()
{
    CoreDumpState state;
#if defined(Q_OS_LINUX)
    state.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#endif
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) == 0) {
        state.softLimit = bytesOf(limit.rlim_cur);
        state.hardLimit = bytesOf(limit.rlim_max);
    }
#endif
    return state;
}

} // namespace whop::platform
