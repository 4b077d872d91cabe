// (a) of the launch benchmark: a bare Qt Widgets window. Prints the milliseconds from process
// launch to its first paint ("first_paint_ms=<x>"), then the same phases as
// bench_editor_launch, and exits.

#include "LaunchClock.h"

#include <QApplication>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

// Taken while static objects are initialised, before main(): loading and relocation are done.
const double BeforeMainMs = whop::bench::msSinceLaunch();
double ApplicationMs = -1;
double ShownMs = -1;

// The same milestone as bench_editor_launch takes: QCoreApplication's part of the construction.
void takeApplicationTime()
{
    ApplicationMs = whop::bench::msSinceLaunch();
}
Q_COREAPP_STARTUP_FUNCTION(takeApplicationTime)

class BareWindow : public QWidget
{
public:
    BareWindow()
    {
        setWindowTitle(QStringLiteral("bench_bare_window"));
        resize(640, 480);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_painted)
            return;
        m_painted = true;
        const double ms = whop::bench::msSinceLaunch();
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        std::printf("first_paint_ms=%.2f clock=%s\n", ms, whop::bench::launchClockSource());
        std::printf("phases: before_main_ms=%.2f qapplication_ms=%.2f window_shown_ms=%.2f\n",
                    BeforeMainMs, ApplicationMs, ShownMs);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.show();
    ShownMs = whop::bench::msSinceLaunch();
    return QApplication::exec();
}
