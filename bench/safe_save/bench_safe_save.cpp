// The cost of the safe-save features, printed (no pass/fail):
//
//  1. Username checks per typed username: a 10-letter username typed into the editor at several
//     realistic paces (key intervals with a fixed ±35 % jitter), with the real 400 ms debounce,
//     against the local sandbox; the number of GET /users/{username} requests each one caused.
//  2. Ctrl+S → "Saved" in the real window (offscreen) against the local sandbox, with and without
//     the re-read before the PATCH: median, 90th percentile and best of N runs each, taking turns.
//
//    build/ci/bench/safe_save/bench_safe_save [--runs N]     (QT_QPA_PLATFORM=offscreen is set)
#include "common/DemoSession.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace whop;

namespace {

struct Pace
{
    const char *name;
    int keyMs;       // the mean interval between key presses
    int pauseAfter;  // a longer pause after this many letters (0: none)
    int pauseMs = 0; // how long
};

// Waiting without QTest::qWait/qWaitFor: those sleep the thread in 10 ms steps, and each of a
// request's hops between the network thread and this one (the sandbox runs here) would wait for
// such a step. A local event loop wakes the moment anything happens.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` is true (checked whenever `sender` emits `signal`) or 10 s.
template <typename Sender, typename Signal>
bool runUntil(const std::function<bool()> &done, Sender *sender, Signal signal)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// Moves the checker's clock on by a minute before each run.
qint64 s_minutesLater = 0;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1)));
    return values.at(i);
}

// Types `username` one letter at a time into the username field's view-model, waiting like a
// person between keys; returns the requests the checker sent, once it has settled.
int typeAtPace(app::AppSession &session, const QString &username, const Pace &pace,
               QRandomGenerator &random)
{
    auto *editor = session.editor();
    auto *checker = editor->usernameChecker();
    editor->revert();
    checker->clearCache();    // each run starts as a new session would
    s_minutesLater += 61'000; // ... and in a minute of its own (the per-minute cap)
    runFor(600);
    const int before = checker->requestsSent();
    for (int i = 1; i <= username.size(); ++i) {
        editor->setValue(profile::Field::Username, username.left(i));
        const double jitter = 0.65 + 0.7 * random.generateDouble(); // ±35 %
        int wait = int(pace.keyMs * jitter);
        if (pace.pauseAfter > 0 && i == pace.pauseAfter)
            wait = pace.pauseMs;
        if (i < username.size())
            runFor(wait);
    }
    // Settle: the debounce, then the answer.
    runFor(checker->settings().debounceMs + 50);
    runUntil([&] { return !checker->isRunning(); }, checker,
             &profile::UsernameChecker::statusChanged);
    return checker->requestsSent() - before;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "whop.*.info=false\nqt.qpa.*=false");
    QApplication app(argc, argv);
    test::isolateSettings();
    int runs = 30;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(3, args.at(i + 1).toInt());

    app::Options options;
    options.demo = true;
    auto session = test::makeSession(options, QProcessEnvironment());
    ui::MainWindow window(session.get());
    window.show();
    window.activateWindow();
    QSignalSpy shown(&window, &ui::MainWindow::profileShown);
    session->start();
    if (!shown.wait(20000)) {
        std::fprintf(stderr, "the demo profile did not load\n");
        return 1;
    }
    auto *editor = session->editor();
    QElapsedTimer checkerClock;
    checkerClock.start();
    editor->usernameChecker()->setClock([&] { return checkerClock.elapsed() + s_minutesLater; });

    // 1. Checks per typed username.
    std::printf("1. Username checks while typing \"newhandle1\" (10 letters), debounce %d ms, "
                "against the local sandbox:\n",
                editor->usernameChecker()->settings().debounceMs);
    const Pace paces[] = {
        {"fast typist, 120 ms a key", 120, 0},
        {"average, 200 ms a key (~60 wpm)", 200, 0},
        {"average, with a 1 s pause after 5 letters", 200, 5, 1000},
        {"slow, 320 ms a key", 320, 0},
        {"hunting for keys, 600 ms a key", 600, 0},
    };
    QRandomGenerator random(42);
    for (const Pace &pace : paces) {
        QList<int> counts;
        for (int run = 0; run < 3; ++run)
            counts << typeAtPace(*session, QStringLiteral("newhandle1"), pace, random);
        std::printf("   %-44s %d, %d, %d requests (3 runs)\n", pace.name, counts[0], counts[1],
                    counts[2]);
    }
    editor->revert();

    // 2. Ctrl+S → "Saved".
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLine"));
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QList<double> with;
    QList<double> without;
    for (int run = 0; run < 2 * runs + 2; ++run) {
        const bool check = run % 2 == 0;
        editor->setCheckBeforeSave(check);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Bench %1").arg(run));
        bool savedShown = false;
        double ms = 0;
        QElapsedTimer clock;
        // Connected after the window: its slot has written "Saved at …" when this one runs.
        const auto connection = QObject::connect(editor, &profile::ProfileEditor::saved, &app, [&] {
            ms = clock.nsecsElapsed() / 1e6;
            savedShown = status->text().startsWith(QStringLiteral("Saved at"));
        });
        clock.start();
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        if (!runUntil([&] { return savedShown; }, editor, &profile::ProfileEditor::saved)) {
            std::fprintf(stderr, "run %d: no \"Saved\" (%s)\n", run, qPrintable(status->text()));
            return 1;
        }
        QObject::disconnect(connection);
        if (run >= 2) // the first of each is a warm-up
            (check ? with : without) << ms;
    }
    std::printf(
        "\n2. Ctrl+S -> \"Saved\" in the window, local sandbox, %d runs each (taking turns):\n",
        runs);
    std::printf(
        "   with the re-read (GET, then PATCH):  median %.2f ms, p90 %.2f ms, best %.2f ms\n",
        percentile(with, 0.5), percentile(with, 0.9), percentile(with, 0.0));
    std::printf(
        "   without it (PATCH only):             median %.2f ms, p90 %.2f ms, best %.2f ms\n",
        percentile(without, 0.5), percentile(without, 0.9), percentile(without, 0.0));
    std::printf("   the re-read adds %.2f ms at the median\n",
                percentile(with, 0.5) - percentile(without, 0.5));

    // What one GET of the profile costs on its own here, for scale: the re-read is one of them.
    QList<double> gets;
    for (int run = 0; run < runs; ++run) {
        bool done = false;
        double ms = 0;
        QElapsedTimer clock;
        clock.start();
        auto *call = session->client()->retrieveUser(editor->target());
        QObject::connect(call, &api::ApiCall::succeeded, &app, [&] {
            ms = clock.nsecsElapsed() / 1e6;
            done = true;
        });
        if (!runUntil([&] { return done; }, call, &api::ApiCall::succeeded))
            return 1;
        gets << ms;
    }
    std::printf("   one GET of the profile alone:          median %.2f ms, p90 %.2f ms, best %.2f "
                "ms\n",
                percentile(gets, 0.5), percentile(gets, 0.9), percentile(gets, 0.0));
    return 0;
}
