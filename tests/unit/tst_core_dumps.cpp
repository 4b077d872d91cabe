// The app's process leaves no core dump and cannot be attached to by its own user
// (app/core/platform/CoreDumps.h): what disableCoreDumps() does, checked with the kernel
// itself; and where the desktop portal needs the process dumpable, only the core files go.
// That main() calls it is checked on the real binary by tst_process_death.
#include "platform/CoreDumps.h"

#include <QFile>
#include <QTemporaryDir>
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

    void disableCoreFiles_keepsTheProcessDumpable()
    {
        QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
        QString why;
        QVERIFY2(disableCoreFiles(&why), qPrintable(why));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); // the desktop portal can identify it
        QCOMPARE(coreDumpState().softLimit, 0);
        QCOMPARE(coreDumpState().hardLimit, 0);
    }

    void usesDesktopPortal_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value
        QTest::addColumn<bool>("flatpakInfo");
        QTest::addColumn<bool>("portal");
        QTest::newRow("plain desktop")
            << QStringList{"QT_QPA_PLATFORMTHEME=gtk3"} << false << false;
        QTest::newRow("no theme") << QStringList{} << false << false;
        QTest::newRow("KDE") << QStringList{"QT_QPA_PLATFORMTHEME=kde"} << false << false;
        QTest::newRow("Flatpak, by its marker file") << QStringList{} << true << true;
        QTest::newRow("Flatpak, by FLATPAK_ID")
            << QStringList{"FLATPAK_ID=com.whop.ProfileEditor"} << false << true;
        QTest::newRow("Snap") << QStringList{"SNAP=/snap/whop/1"} << false << true;
        QTest::newRow("Qt told to use the portal")
            << QStringList{"QT_QPA_PLATFORMTHEME=xdgdesktopportal"} << false << true;
        QTest::newRow("GTK told to use the portal")
            << QStringList{"GTK_USE_PORTAL=1"} << false << true;
    }
    void usesDesktopPortal()
    {
        QFETCH(QStringList, variables);
        QFETCH(bool, flatpakInfo);
        QFETCH(bool, portal);
        QProcessEnvironment environment;
        for (const QString &v : variables)
            environment.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("flatpak-info"));
        if (flatpakInfo) {
            QFile file(marker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(whop::platform::usesDesktopPortal(environment, marker), portal);
    }
};

QTEST_GUILESS_MAIN(CoreDumpsTest)
#include "tst_core_dumps.moc"
