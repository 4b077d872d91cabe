#include "session/CommandLine.h"

#include "AppInfo.h"
#include "api/ClientConfig.h"
#include "api/WhopClient.h"
#include "session/PreferenceRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace whop::app {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct CommandLineTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::app::CommandLine)
};

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLineTr::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLineTr::tr("Show the version and exit.")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        CommandLineTr::tr("Use a local Whop-compatible sandbox with demo data; no account "
                          "needed.")};
    QCommandLineOption changedElsewhere{
        QStringLiteral("demo-changed-elsewhere"),
        CommandLineTr::tr(
            "Like --demo, and once you start editing, the sandbox changes the profile's name, bio "
            "and picture as if on another device, so that saving shows how that is handled.")};
    QCommandLineOption baseUrl{
        QStringLiteral("base-url"),
        CommandLineTr::tr("The Whop API base URL (https, or http to this computer). "
                          "Default: %1; overrides WHOP_BASE_URL.")
            .arg(api::productionBaseUrl().toString()),
        CommandLineTr::tr("url")};
    QCommandLineOption apiVersion{
        QStringLiteral("api-version"),
        CommandLineTr::tr("The Api-Version-Date to send (YYYY-MM-DD[-N]). Default: "
                          "%1; overrides WHOP_API_VERSION.")
            .arg(QLatin1String(api::DefaultApiVersion)),
        CommandLineTr::tr("date")};
    QCommandLineOption user{
        QStringLiteral("user"),
        CommandLineTr::tr("Whose profile to open: me, a user_ id or a username. "
                          "Default: me."),
        CommandLineTr::tr("user")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        CommandLineTr::tr("Seconds to wait for each attempt of a request (1-600). "
                          "Default: 60."),
        CommandLineTr::tr("seconds")};

    QCommandLineOption oauthClientId{
        QStringLiteral("oauth-client-id"),
        CommandLineTr::tr("The OAuth client id (app_...) used for \"Sign in with "
                          "Whop\". Default: from the settings."),
        CommandLineTr::tr("id")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLineTr::tr("Edit your Whop profile: display name, username, bio and picture."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, version, demo, changedElsewhere, baseUrl, apiVersion, user,
                           timeout, oauthClientId});
    }
};

CommandLineResult fail(const QString &message)
{
    CommandLineResult r;
    r.action = CommandLineResult::Action::Exit;
    r.exitCode = 2;
    r.output = QStringLiteral("%1: %2\n%3\n")
                   .arg(QLatin1String(AppExecutable), message,
                        CommandLineTr::tr("Try '%1 --help' for the list of options.")
                            .arg(QLatin1String(AppExecutable)));
    return r;
}

} // namespace

QString helpText()
{
    // Formatted here rather than by QCommandLineParser::helpText(), which needs an application
    // object: --help must work before the GUI starts.
    Parser p;
    QString text = p.parser.applicationDescription() + QStringLiteral("\n\n") +
                   CommandLineTr::tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption *o :
         {&p.help, &p.version, &p.demo, &p.changedElsewhere, &p.baseUrl, &p.apiVersion, &p.user,
          &p.timeout, &p.oauthClientId}) {
        QStringList names;
        for (const QString &n : o->names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!o->valueName().isEmpty())
            left += QStringLiteral(" <%1>").arg(o->valueName());
        text += QStringLiteral("  %1  %2\n").arg(left, -24).arg(o->description());
    }
    text += CommandLineTr::tr(
        "\nEnvironment:\n"
        "  WHOP_BASE_URL             The API base URL, as --base-url.\n"
        "  WHOP_API_VERSION          The Api-Version-Date, as --api-version.\n"
        "  WHOP_API_KEY              An API key to use for this run only (never stored).\n"
        "  QT_LOGGING_RULES          Logging categories, e.g. \"whop.*.debug=true\"; tokens "
        "are never logged.\n");
    return text;
}

QByteArray takeApiKeyFromEnvironment()
{
    const QByteArray key = qgetenv("WHOP_API_KEY");
    qunsetenv("WHOP_API_KEY");
    return key;
}

CommandLineResult parseCommandLine(const QStringList &arguments, const QProcessEnvironment &env)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText());
    if (!p.parser.positionalArguments().isEmpty())
        return fail(CommandLineTr::tr("Unexpected argument '%1'.")
                        .arg(p.parser.positionalArguments().first()));

    CommandLineResult r;
    if (p.parser.isSet(p.help)) {
        r.action = CommandLineResult::Action::Exit;
        r.output = CommandLineTr::tr("Usage: %1 [options]").arg(QLatin1String(AppExecutable)) +
                   QLatin1Char('\n') + helpText();
        return r;
    }
    if (p.parser.isSet(p.version)) {
        r.action = CommandLineResult::Action::Exit;
        r.output =
            QStringLiteral("%1 %2\n").arg(QLatin1String(AppExecutable), QLatin1String(AppVersion));
        return r;
    }

    Options &o = r.options;
    o.demoChangedElsewhere = p.parser.isSet(p.changedElsewhere);
    o.demo = p.parser.isSet(p.demo) || o.demoChangedElsewhere;

    QString base = env.value(QStringLiteral("WHOP_BASE_URL"));
    QString baseFrom = base.isEmpty() ? QString() : QStringLiteral("WHOP_BASE_URL");
    if (p.parser.isSet(p.baseUrl)) {
        base = p.parser.value(p.baseUrl);
        baseFrom = QStringLiteral("--base-url");
    }
    if (!base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        QString why;
        if (!api::isAcceptableBaseUrl(url, &why))
            return fail(CommandLineTr::tr("Bad base URL '%1': %2").arg(base, why));
        if (o.demo)
            return fail(
                CommandLineTr::tr("--demo uses its own local sandbox; it cannot be combined with a "
                                  "base URL."));
        o.baseUrl = url;
        o.baseUrlFrom = baseFrom;
    }

    QString version = env.value(QStringLiteral("WHOP_API_VERSION"));
    QString versionFrom = version.isEmpty() ? QString() : QStringLiteral("WHOP_API_VERSION");
    if (p.parser.isSet(p.apiVersion)) {
        version = p.parser.value(p.apiVersion);
        versionFrom = QStringLiteral("--api-version");
    }
    if (!version.isEmpty()) {
        if (!rules::checkApiVersion(version))
            return fail(CommandLineTr::tr("Bad API version '%1': expected a date like %2.")
                            .arg(version, QLatin1String(api::DefaultApiVersion)));
        o.apiVersion = version;
        o.apiVersionFrom = versionFrom;
    }

    if (p.parser.isSet(p.user)) {
        api::UserTarget target;
        target.user = p.parser.value(p.user);
        QString why;
        if (!target.isValid(&why))
            return fail(CommandLineTr::tr("Bad --user: %1.").arg(why));
        o.user = target.user;
    }

    if (p.parser.isSet(p.timeout)) {
        bool ok = false;
        const int seconds = p.parser.value(p.timeout).toInt(&ok);
        if (!ok || !rules::checkTimeoutSeconds(seconds))
            return fail(
                CommandLineTr::tr("Bad --timeout '%1': expected a number of seconds from %2 to %3.")
                    .arg(p.parser.value(p.timeout))
                    .arg(rules::MinTimeoutSeconds)
                    .arg(rules::MaxTimeoutSeconds));
        o.timeoutSeconds = seconds;
        o.timeoutFrom = QStringLiteral("--timeout");
    }
    if (p.parser.isSet(p.oauthClientId)) {
        const QString id = p.parser.value(p.oauthClientId).trimmed();
        if (id.isEmpty() || !rules::checkClientId(id))
            return fail(
                CommandLineTr::tr("Bad --oauth-client-id '%1': expected an app id like app_abc123.")
                    .arg(id));
        o.oauthClientId = id;
        o.oauthClientIdFrom = QStringLiteral("--oauth-client-id");
    }
    return r;
}

} // namespace whop::app
