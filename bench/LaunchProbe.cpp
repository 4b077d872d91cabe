// (b) and (c) of the launch benchmark. bench_editor_launch is the editor's own app/main.cpp,
// compiled unchanged, plus this file: it hooks in when QApplication is constructed, so the
// startup measured is exactly the shipped one (options, AppSession, MainWindow, show(),
// session.start()). It prints
//     first_paint_ms=<x> profile_ms=<y>
// where x is the time from process launch (see LaunchClock.h) to the first paint of the
// MainWindow and y the time to MainWindow::profileShown() plus the paint that puts the
// profile on screen, then quits the application. A second line gives the phases:
//     phases: before_main_ms=.. qapplication_ms=.. window_shown_ms=.. profile_signal_ms=..
// (qapplication_ms: when QApplication's constructor calls the startup functions, i.e. after
// QCoreApplication's part of it.)
// WHOP_BENCH_TRACE=1 also traces every paint on stderr.

#include "LaunchClock.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

// After profileShown(), how long to wait for a paint before concluding the profile was
// already painted before the signal (the singleShot(0) behind it can run after the repaint).
constexpr int SettleMs = 50;
constexpr int GiveUpMs = 60000;

// Taken while static objects are initialised, before main(): loading and relocation are done.
const double BeforeMainMs = whop::bench::msSinceLaunch();

class LaunchProbe : public QObject
{
public:
    explicit LaunchProbe(QObject *parent) : QObject(parent)
    {
        m_trace = qEnvironmentVariableIntValue("WHOP_BENCH_TRACE") != 0;
        m_giveUp.setSingleShot(true);
        connect(&m_giveUp, &QTimer::timeout, this, [] {
            std::fputs("bench_editor_launch: the profile was not shown within 60 s\n", stderr);
            QCoreApplication::exit(3);
        });
        m_giveUp.start(GiveUpMs);
        m_settle.setSingleShot(true);
        connect(&m_settle, &QTimer::timeout, this, [this] { finish(m_shownMs, "signal"); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !m_window) {
            attach(watched);
            if (m_window) {
                m_windowShownMs = whop::bench::msSinceLaunch();
                trace("MainWindow shown", m_windowShownMs);
            }
        } else if (event->type() == QEvent::Paint && m_window)
            painted(watched);
        return false;
    }

private:
    void attach(QObject *watched)
    {
        auto *window = qobject_cast<whop::ui::MainWindow *>(watched);
        if (!window)
            return;
        m_window = window;
        connect(window, &whop::ui::MainWindow::profileShown, this, [this] {
            m_shownMs = whop::bench::msSinceLaunch();
            trace("profileShown", m_shownMs);
            m_waitingForPaint = true;
            m_settle.start(SettleMs);
        });
    }

    void painted(QObject *watched)
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != m_window)
            return;
        const double ms = whop::bench::msSinceLaunch();
        if (m_trace)
            trace(widget->metaObject()->className(), ms);
        if (m_firstPaintMs < 0)
            m_firstPaintMs = ms;
        if (m_waitingForPaint)
            finish(ms, "paint");
    }

    void finish(double profileMs, const char *how)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_waitingForPaint = false;
        m_settle.stop();
        m_giveUp.stop();
        std::printf("first_paint_ms=%.2f profile_ms=%.2f clock=%s profile_at=%s\n", m_firstPaintMs,
                    profileMs, whop::bench::launchClockSource(), how);
        std::printf("phases: before_main_ms=%.2f qapplication_ms=%.2f window_shown_ms=%.2f "
                    "profile_signal_ms=%.2f\n",
                    BeforeMainMs, m_applicationMs, m_windowShownMs, m_shownMs);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }

public:
    void setApplicationMs(double ms) { m_applicationMs = ms; }
    void trace(const char *what, double ms) const
    {
        if (m_trace)
            std::fprintf(stderr, "%9.2f ms  %s\n", ms, what);
    }

private:
    QPointer<whop::ui::MainWindow> m_window;
    QTimer m_giveUp;
    QTimer m_settle;
    double m_applicationMs = -1;
    double m_windowShownMs = -1;
    double m_firstPaintMs = -1;
    double m_shownMs = -1;
    bool m_waitingForPaint = false;
    bool m_finished = false;
    bool m_trace = false;
};

void installLaunchProbe()
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *probe = new LaunchProbe(app);
    app->installEventFilter(probe);
    probe->setApplicationMs(whop::bench::msSinceLaunch());
    probe->trace("before main()", BeforeMainMs);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installLaunchProbe)
