#include "AppInfo.h"
#include "DemoScript.h"
#include "api/TlsWarmup.h"
#include "demo/SandboxDemo.h"
#include "files/DoubledFolders.h"
#include "platform/CoreDumps.h"
#include "session/AppSession.h"
#include "session/CommandLine.h"
#include "session/Translations.h"
#include "ui/AppStyle.h"
#include "ui/DemoActions.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

namespace {
constexpr int IconDelayMs = 300;
}

int main(int argc, char *argv[])
{
#ifndef WHOP_KEEP_CORE_DUMPS
    // Before anything can hold a token: a crash must not write one to a core file, nor may
    // another process of the user read this one's memory. Where the dialogs go through the
    // desktop portal, which must read /proc/<pid>/root, only the core files go.
    {
        const auto environment = QProcessEnvironment::systemEnvironment();
        QString why;
        const bool done = whop::platform::usesDesktopPortal(environment)
                              ? whop::platform::disableCoreFiles(&why)
                              : whop::platform::disableCoreDumps(&why);
        if (!done)
            std::fprintf(stderr, "whop-profile-editor: core dumps stay possible (%s)\n",
                         why.toLocal8Bit().constData());
    }
#endif
    // Taken out of the environment before the GUI starts (no other thread reads it meanwhile), so
    // that no program started later (the browser for sign-in) inherits the key.
    QProcessEnvironment apiKey;
    if (const QByteArray key = whop::app::takeApiKeyFromEnvironment(); !key.isEmpty())
        apiKey.insert(QStringLiteral("WHOP_API_KEY"), QString::fromUtf8(key));
    // Options are read before the GUI starts, so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto parsed =
        whop::app::parseCommandLine(arguments, QProcessEnvironment::systemEnvironment());
    if (parsed.action == whop::app::CommandLineResult::Action::Exit) {
        // Help, version or a mistake: said in the person's language, without a display.
        QCoreApplication core(argc, argv);
        whop::app::installTranslations(&core);
        const auto said =
            whop::app::parseCommandLine(arguments, QProcessEnvironment::systemEnvironment());
        std::fputs(said.output.toLocal8Bit().constData(), said.exitCode ? stderr : stdout);
        return said.exitCode;
    }

    QApplication app(argc, argv);
    whop::app::installTranslations(&app);
    // One folder of each kind, named after the app (app/core/files/AppFolders.h); the
    // organization has the same name, which puts QSettings' file in that folder too.
    QApplication::setApplicationName(QLatin1String(whop::AppName));
    QApplication::setOrganizationName(QLatin1String(whop::OrganizationName));
    QApplication::setApplicationVersion(QLatin1String(whop::AppVersion));
    // Before anything reads identities or drafts: what earlier versions kept in the doubled
    // folders moves into those.
    const whop::files::MovedFiles moved = whop::files::moveFromDoubledFolders();
    QGuiApplication::setDesktopFileName(QLatin1String(whop::AppId));
    QApplication::setStyle(new whop::ui::AppStyle);

    whop::api::TlsWarmup tls; // waited for at exit
    whop::app::AppSession session(parsed.options, nullptr, apiKey);
    session.reportFilesNotMoved(moved.failed);
    // The demo (--demo, or no account yet) runs on the local sandbox; it starts only when needed.
    // A test may point --demo at a sandbox of its own, which outlives this process.
    std::unique_ptr<whop::app::DemoBackend> demo;
    if (parsed.options.demo)
        demo = whop::app::demoBackendFromEnvironment(QProcessEnvironment::systemEnvironment());
    if (!demo)
        demo = std::make_unique<whop::demo::SandboxDemo>();
    session.setDemoBackend(std::move(demo));
    whop::ui::MainWindow window(&session);
    if (parsed.options.demo) { // test hooks and the demo's switches; never with an account
        whop::app::installDemoScript(&session, QProcessEnvironment::systemEnvironment());
        whop::ui::installDemoActions(&window, &session, parsed.options);
    }
    // Show the window first; the sandbox and the keychain follow once it is on screen. TLS (for
    // https, and for the demo sandbox's server, which sets it up even for plain http) loads on
    // another thread while the window's children paint. The window icon (its SVG loads a
    // plugin, about a millisecond) comes last, when the first load is under way.
    QObject::connect(
        &window, &whop::ui::MainWindow::firstPaintStarted, &session, [&tls] { tls.start(); },
        Qt::SingleShotConnection);
    QObject::connect(
        &window, &whop::ui::MainWindow::firstPainted, &session,
        [&session] {
            session.start();
            QTimer::singleShot(IconDelayMs, &session, [] {
                QApplication::setWindowIcon(
                    QIcon(QStringLiteral(":/icons/whop-profile-editor.svg")));
            });
        },
        Qt::SingleShotConnection);
    window.show();
    return QApplication::exec();
}
