#pragma once

// Sessions for tests, wired like the application's main(): the demo backend is the local sandbox
// (app/demo), which the test reaches to inject faults and to read what was sent. DemoWindow.h adds
// the main window.

#include "demo/SandboxDemo.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"

#include <QProcessEnvironment>

#include <memory>

namespace whop::test {

// The options of `--demo`.
inline app::Options demoOptions()
{
    app::Options options;
    options.demo = true;
    return options;
}

// A session whose demo runs on a sandbox of its own (started with the demo, port 0), or on
// `backend` when one is given.
inline std::unique_ptr<app::AppSession>
makeSession(const app::Options &options,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            std::unique_ptr<app::DemoBackend> backend = nullptr)
{
    auto session = std::make_unique<app::AppSession>(options, nullptr, environment);
    session->setDemoBackend(backend ? std::move(backend) : std::make_unique<demo::SandboxDemo>());
    return session;
}

// The sandbox behind the session's demo; null before the demo has started (and for a backend of
// the test's own).
inline sandbox::SandboxServer *sandboxOf(const app::AppSession &session)
{
    const auto *demo = dynamic_cast<const demo::SandboxDemo *>(session.demoBackend());
    return demo ? demo->server() : nullptr;
}

} // namespace whop::test
