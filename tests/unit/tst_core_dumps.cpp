// The app's process leaves no core dump and cannot be attached to by its own user
// (app/core/platform/CoreDumps.h): what disableCoreDumps() does, checked with the kernel
// itself. That main() calls it is checked on the real binary by tst_process_death.
#include "CoreDumps.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace whop::platform;

class CoreDumpsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disableCoreDumps_makesTheProcessNonDumpable_withNoCoreLimit()
    {
        // Start from a process that could dump core: dumpable, and a core limit as high as
        // this environment allows.
        QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
        before.rlim_cur = before.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_CORE, &before), 0);
        QVERIFY(coreDumpState().dumpable);
        QVERIFY(!coreDumpState().disabled());

        QString why;
        QVERIFY2(disableCoreDumps(&why), qPrintable(why));
        QVERIFY(why.isEmpty());

        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit after{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0));
        const CoreDumpState state = coreDumpState();
        QVERIFY(!state.dumpable);
        QCOMPARE(state.softLimit, 0);
        QCOMPARE(state.hardLimit, 0);
        QVERIFY(state.disabled());
    }
};

QTEST_GUILESS_MAIN(CoreDumpsTest)
#include "tst_core_dumps.moc"
