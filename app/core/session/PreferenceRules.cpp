#include "session/PreferenceRules.h"

#include "api/ClientConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace whop::app::rules {

namespace {

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

// The translation context of this file's texts (lupdate reads it from the macro).
struct PreferenceRulesTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::app::Preferences)
};

} // namespace

bool checkClientId(const QString &clientId, QString *why)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty())
        return true;
    static const QRegularExpression re(QStringLiteral("^app_[A-Za-z0-9_-]+$"));
    if (!id.startsWith(QLatin1String("app_")))
        return fail(why, PreferenceRulesTr::tr("A client id starts with app_, e.g. app_AbC123."));
    if (!re.match(id).hasMatch())
        return fail(why, PreferenceRulesTr::tr(
                             "After app_ a client id has only letters, digits, _ and -."));
    return true;
}

bool checkRedirectUri(const QString &uri, QString *why)
{
    const QString text = uri.trimmed();
    if (text.isEmpty())
        return fail(
            why, PreferenceRulesTr::tr("Give the redirect URI registered with your Whop app, e.g. "
                                       "http://localhost:8765/callback."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(why, PreferenceRulesTr::tr("This is not an address. Write it like "
                                               "http://localhost:8765/callback."));
    if (url.scheme() != QLatin1String("http"))
        return fail(why, PreferenceRulesTr::tr(
                             "The redirect URI starts with http:// (the browser comes back to "
                             "this computer, not over the internet)."));
    if (!api::isLoopbackHost(url.host()))
        return fail(why, PreferenceRulesTr::tr(
                             "The host must be this computer: localhost, 127.0.0.1 or [::1]."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(
            why, PreferenceRulesTr::tr("Only host, port and path: no user name, no ? and no #."));
    if (url.port() < 0)
        return fail(why, PreferenceRulesTr::tr(
                             "Give the port as registered with Whop, e.g. :8765 (:0 means any "
                             "free port)."));
    if (url.path().isEmpty())
        return fail(
            why, PreferenceRulesTr::tr("Give the path as registered with Whop, e.g. /callback."));
    return true;
}

bool checkScopes(const QString &scopes, QString *why)
{
    const QStringList tokens = scopes.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return fail(why,
                    PreferenceRulesTr::tr("Give at least %1.").arg(QLatin1String(RequiredScope)));
    // RFC 6749, 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
    static const QRegularExpression token(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    for (const QString &t : tokens) {
        if (!token.match(t).hasMatch())
            return fail(why, PreferenceRulesTr::tr(
                                 "“%1” is not a scope: scopes are words separated by spaces, "
                                 "without quotes or backslashes.")
                                 .arg(t));
    }
    if (!tokens.contains(QLatin1String(RequiredScope)))
        return fail(why,
                    PreferenceRulesTr::tr("Include %1: without it your profile cannot be saved.")
                        .arg(QLatin1String(RequiredScope)));
    return true;
}

bool checkApiVersion(const QString &version, QString *why)
{
    if (api::isWellFormedApiVersion(version))
        return true;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-\\d{1,3})?$"));
    if (shape.match(version).hasMatch())
        return fail(why, PreferenceRulesTr::tr(
                             "There is no date %1. An API version is a real date like %2.")
                             .arg(version.left(10), QLatin1String(api::DefaultApiVersion)));
    return fail(
        why, PreferenceRulesTr::tr("An API version is a date like %1, sometimes with -1 after it.")
                 .arg(QLatin1String(api::DefaultApiVersion)));
}

bool namesAccountsAsCompanies(const QString &version)
{
    return api::accountParameter(version) == QLatin1String("company_id");
}

bool checkTimeoutSeconds(int seconds, QString *why)
{
    if (seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds)
        return true;
    return fail(why, PreferenceRulesTr::tr("From %1 to %2 seconds.")
                         .arg(MinTimeoutSeconds)
                         .arg(MaxTimeoutSeconds));
}

bool isKnownApiVersion(const QString &version)
{
    return api::knownApiVersions().contains(version);
}

} // namespace whop::app::rules
