#pragma once

// The editor's main window for tests: a session made by makeSession() (DemoSession.h) and its
// MainWindow, as app/main.cpp pairs them. Widget tests, the fault matrix, the i18n test and the
// journeys (tests/journeys/JourneyApp.h) make it here, in steps or all at once (openDemo()).

#include "common/DemoSession.h"
#include "common/TestSupport.h"
#include "ui/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace whop::test {

struct DemoWindow
{
    std::unique_ptr<app::AppSession> session;
    std::unique_ptr<ui::MainWindow> window;

    // The session alone (no window yet): on a sandbox of its own, or on `backend`.
    void
    createSession(const app::Options &options = demoOptions(),
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  std::unique_ptr<app::DemoBackend> backend = nullptr)
    {
        closeDemo();
        session = makeSession(options, environment, std::move(backend));
    }
    // The session's window, not shown yet.
    void createWindow() { window = std::make_unique<ui::MainWindow>(session.get()); }
    // The window shown (at `size` unless empty: the size it opens with); true once exposed.
    bool showWindow(QSize size = {})
    {
        if (!window)
            createWindow();
        if (!size.isEmpty())
            window->resize(size);
        window->show();
        if (QTest::qWaitForWindowExposed(window.get()))
            return true;
        qWarning("DemoWindow: the main window was not exposed");
        return false;
    }
    // Starts the session; true once the window has shown the first profile.
    bool startSession(int ms = 10000)
    {
        QSignalSpy shown(window.get(), &ui::MainWindow::profileShown);
        session->start();
        if (shown.wait(ms))
            return true;
        qWarning("DemoWindow: no profile shown within %d ms", ms);
        return false;
    }
    // All of it on a fresh data folder (no draft of an earlier test is offered back): the
    // session, its window shown at `size`, the first profile shown.
    bool openDemo(QSize size = {}, const app::Options &options = demoOptions(),
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        closeDemo();
        removeAppData();
        createSession(options, environment);
        return showWindow(size) && startSession();
    }
    void closeDemo()
    {
        window.reset();
        session.reset();
    }

    // The sandbox behind the demo (null until the demo has started).
    sandbox::SandboxServer *server() const { return sandboxOf(*session); }
};

} // namespace whop::test
