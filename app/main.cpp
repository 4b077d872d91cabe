#include "AppInfo.h"
#include "AppSession.h"
#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QProcessEnvironment>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Options are read before the GUI starts, so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto parsed =
        whop::app::parseCommandLine(arguments, QProcessEnvironment::systemEnvironment());
    if (parsed.action == whop::app::CommandLineResult::Action::Exit) {
        std::fputs(parsed.output.toLocal8Bit().constData(), parsed.exitCode ? stderr : stdout);
        return parsed.exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(whop::AppName));
    QApplication::setOrganizationName(QLatin1String(whop::OrganizationName));
    QApplication::setApplicationVersion(QLatin1String(whop::AppVersion));
    QGuiApplication::setDesktopFileName(QLatin1String(whop::AppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/whop-profile-editor.svg")));

    whop::app::AppSession session(parsed.options);
    whop::ui::MainWindow window(&session);
    window.show();
    session.start();
    return QApplication::exec();
}
