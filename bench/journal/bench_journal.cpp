// The change journal's cost, printed (no pass/fail):
//
//  1. Recording one change: its intent written before the PATCH, and its outcome when the answer
//     comes (app/core/journal/SentChange.h), on a journal already at its bound of 10,000 changes,
//     so the rewrites that keep it there are included. Median, 95th percentile and worst, in ms.
//     Target: a median of at most 1 ms.
//  2. Loading 10,000 changes for display: reading the file, pairing intents with outcomes and
//     listing them newest first (what a History window does), and listing one account's
//     changes. Median and worst of N runs, in ms. Target: at most 200 ms.
//
//    bench/journal/run.sh [--runs N]     (or build/ci/bench/journal/bench_journal)
#include "BenchJournalFill.h"
#include "BenchTiming.h"
#include "common/JournalSamples.h"
#include "journal/ChangeJournal.h"
#include "journal/JournalReader.h"
#include "journal/SentChange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace whop;
using whop::bench::cpuMs;
using whop::bench::fill;
using whop::bench::msSince;
using whop::bench::percentile;

namespace {} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("whop.journal.info=false")); // the rewrites
    int runs = 10;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0)
        runs = std::max(1, args.value(at + 1).toInt());
    QTemporaryDir dir;

    // 1. Recording changes on a journal at its bound.
    auto j = std::make_shared<journal::ChangeJournal>(QStringLiteral("idn_bench"), dir.path());
    fill(j, journal::ChangeJournal::MaxChanges);
    const int changes = 3000;
    QList<double> intents;
    QList<double> whole;
    for (int n = 0; n < changes; ++n) {
        const journal::Intent intent = test::sampleIntent(n);
        QElapsedTimer timer;
        timer.start();
        journal::SentChange change;
        api::ApiError error;
        if (!change.record(j, intent, &error))
            qFatal("not recorded: %s", qPrintable(error.message));
        intents << msSince(timer);
        change.applied(test::sampleAnswer(change.intent()));
        whole << msSince(timer);
    }
    std::printf("Recording a change (%d changes on a journal at its bound of %d; %.1f MB now):\n",
                changes, journal::ChangeJournal::MaxChanges,
                double(QFileInfo(j->path()).size()) / 1e6);
    std::printf("  intent (before sending)   median %.3f ms  p95 %.3f ms  worst %.1f ms\n",
                percentile(intents, 0.5), percentile(intents, 0.95), percentile(intents, 1.0));
    std::printf("  intent + outcome          median %.3f ms  p95 %.3f ms  worst %.1f ms "
                "(target: median <= 1 ms)\n",
                percentile(whole, 0.5), percentile(whole, 0.95), percentile(whole, 1.0));

    // 2. Loading 10,000 changes for display.
    auto full = std::make_shared<journal::ChangeJournal>(QStringLiteral("idn_load"), dir.path());
    fill(full, 10'000);
    QList<double> all;
    QList<double> allCpu;
    QList<double> one;
    int listed = 0;
    int ofOne = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        listed = int(journal::listChanges(journal::readJournalFile(full->path())).size());
        all << msSince(timer);
        allCpu << cpuMs() - cpu;
        timer.restart();
        journal::ChangeFilter filter;
        filter.userId = QStringLiteral("user_Sample000001");
        filter.accountId = QStringLiteral("biz_Account3");
        ofOne = int(journal::listChanges(journal::readJournalFile(full->path()), filter).size());
        one << msSince(timer);
    }
    std::printf("Loading for display (%d runs, %.1f MB):\n", runs,
                double(QFileInfo(full->path()).size()) / 1e6);
    std::printf("  read + pair + list all %d newest first   median %.1f ms  worst %.1f ms "
                "(target: <= 200 ms); CPU time median %.1f ms\n",
                listed, percentile(all, 0.5), percentile(all, 1.0), percentile(allCpu, 0.5));
    std::printf("  read + list one account's %d              median %.1f ms  worst %.1f ms\n",
                ofOne, percentile(one, 0.5), percentile(one, 1.0));
    return 0;
}
