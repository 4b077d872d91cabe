#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace whop::app {

// What the person asked for on the command line and in the environment.
struct Options
{
    bool demo = false;
    // --demo-changed-elsewhere (implies --demo): the sandbox changes the profile once the person
    // starts editing, as someone elsewhere would, so that the save meets it.
    bool demoChangedElsewhere = false;
    QUrl baseUrl;       // empty: from settings, else production
    QString apiVersion; // empty: from settings, else the default pin
    QString user = QStringLiteral("me");
    int timeoutSeconds = 0; // 0: from settings, else 60
    QString oauthClientId;  // empty: from settings

    // Where each value above came from when given: the option or environment variable as the
    // person wrote it ("--api-version", "WHOP_API_VERSION"); empty when not given. Preferences
    // shows it beside the setting it overrides for this run.
    QString baseUrlFrom;
    QString apiVersionFrom;
    QString timeoutFrom;
    QString oauthClientIdFrom;
};

struct CommandLineResult
{
    enum class Action
    {
        Run,
        Exit
    };
    Action action = Action::Run;
    int exitCode = 0;
    QString output; // text for stdout (help, version) or stderr (errors)
    Options options;
};

// Parses the arguments (argv[0] first) and WHOP_BASE_URL / WHOP_API_VERSION. Unknown options and
// bad values give a clear message and exit code 2; --help and --version exit with 0.
CommandLineResult parseCommandLine(const QStringList &arguments,
                                   const QProcessEnvironment &environment);

// WHOP_API_KEY, read once and removed from this process's environment, so that no program it
// starts (the browser opened for sign-in, a helper) inherits the key. Empty when unset.
QByteArray takeApiKeyFromEnvironment();

// The option list as the man page and README show it (generated from the same table).
QString helpText();

} // namespace whop::app
