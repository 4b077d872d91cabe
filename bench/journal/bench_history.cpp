// Opening History with 10,000 changes, printed (no pass/fail):
//
//  1. The list alone: reading the journal, gathering batches (history::historyEntries) and
//     handing them to the model the window shows (history::HistoryModel).
//  2. The window: Profile → History as the editor opens it (ui::HistoryDialog: reading the
//     journal of the identity in use, the list of the profile on screen), to its first paint;
//     then switching it to every profile, to the next paint.
//
// Median and worst of N runs, in ms, with the CPU time (a busy machine does not inflate it).
// Target: at most 200 ms to open.
//
//    bench/journal/run.sh [--runs N]     (or build/ci/bench/journal/bench_history, offscreen)
#include "AppInfo.h"
#include "BenchJournalFill.h"
#include "BenchTiming.h"
#include "demo/SandboxDemo.h"
#include "history/HistoryModel.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "ui/dialogs/HistoryDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace whop;
using whop::bench::cpuMs;
using whop::bench::msSince;
using whop::bench::percentile;

namespace {

// Notes the first paint of a widget after arm().
class PaintWatch : public QObject
{
public:
    bool painted = false;
    void arm() { painted = false; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

void report(const char *what, const QList<double> &wall, const QList<double> &cpu)
{
    std::printf("  %-52s median %6.1f ms  worst %6.1f ms  CPU median %6.1f ms\n", what,
                percentile(wall, 0.5), percentile(wall, 1.0), percentile(cpu, 0.5));
}

} // namespace

int main(int argc, char **argv)
{
    // A throw-away home: the session reads (and may write) settings, identities and journals.
    QTemporaryDir home;
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, home.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(whop::AppName));
    QApplication::setOrganizationName(QLatin1String(whop::OrganizationName));
    QLoggingCategory::setFilterRules(QStringLiteral("whop.*.info=false"));
    int runs = 10;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0)
        runs = std::max(1, args.value(at + 1).toInt());

    // The demo, on its global profile, with 10,000 changes in its journal: nine in ten to the
    // profile on screen, one in ten from batches over 10 accounts.
    app::Options options;
    options.demo = true;
    app::AppSession session(options);
    session.setJournalFolder(home.path() + QStringLiteral("/journal"));
    session.setDemoBackend(std::make_unique<demo::SandboxDemo>());
    session.start();
    if (!waitFor([&] { return session.editor()->hasSnapshot(); }))
        qFatal("the demo profile did not load");
    QDir().mkpath(QFileInfo(session.journal()->path()).absolutePath());
    bench::fill(session.journal(), 10'000, QLatin1String(sandbox::SandboxServer::DemoUserId));

    QList<double> model, modelCpu, open, openCpu, every, everyCpu;
    int entries = 0, shown = 0, shownEvery = 0;
    QWidget window;
    window.resize(900, 620);
    window.show();
    for (int r = 0; r < runs; ++r) {
        {
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuMs();
            journal::ChangeFilter filter;
            filter.accountId = QString();
            filter.userId = session.editor()->snapshot().id;
            history::HistoryModel list;
            list.setEntries(history::historyEntries(session.journal()->read(), filter));
            model << msSince(timer);
            modelCpu << cpuMs() - cpu;
            entries = list.entryCount();
        }
        PaintWatch watch;
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        auto *dialog = new ui::HistoryDialog(&session, &window);
        dialog->tree()->viewport()->installEventFilter(&watch);
        dialog->reload();
        dialog->resize(820, 600);
        dialog->show();
        if (!waitFor([&] { return watch.painted; }))
            qFatal("History was never painted");
        open << msSince(timer);
        openCpu << cpuMs() - cpu;
        shown = dialog->tree()->model()->rowCount();

        watch.arm();
        timer.restart();
        cpu = cpuMs();
        dialog->findChild<QCheckBox *>(QStringLiteral("everyProfileCheck"))->setChecked(true);
        if (!waitFor([&] { return watch.painted; }))
            qFatal("History was not painted again");
        every << msSince(timer);
        everyCpu << cpuMs() - cpu;
        shownEvery = dialog->tree()->model()->rowCount();
        delete dialog;
        QCoreApplication::processEvents();
    }
    std::printf("History with 10,000 changes in the journal (%d runs):\n", runs);
    report(qPrintable(QStringLiteral("the list alone (%1 entries of this profile)").arg(entries)),
           model, modelCpu);
    report(
        qPrintable(QStringLiteral("opening the window, to its first paint (%1 rows)").arg(shown)),
        open, openCpu);
    report(qPrintable(QStringLiteral("every profile, to the next paint (%1 rows)").arg(shownEvery)),
           every, everyCpu);
    std::printf("  target: opening in at most 200 ms\n");
    return 0;
}
