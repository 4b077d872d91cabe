#include "auth/OAuthSettings.h"

#include "auth/Secret.h"

#include <QCoreApplication>
#include <QTimer>

namespace whop::auth {

OAuthSettings OAuthSettings::forApiBase(const QUrl &apiBaseUrl)
{
    OAuthSettings s;
    QUrl root = apiBaseUrl;
    root.setPath({});
    root.setQuery(QString());
    auto endpoint = [&root](const char *name) {
        QUrl u = root;
        u.setPath(QStringLiteral("/oauth/") + QLatin1String(name));
        return u;
    };
    s.authorizeUrl = endpoint("authorize");
    s.tokenUrl = endpoint("token");
    s.revokeUrl = endpoint("revoke");
    s.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:0/callback"));
    return s;
}

OAuthSettings::Problem OAuthSettings::problem() const
{
    if (clientId.trimmed().isEmpty())
        return Problem::NoClientId;
    if (!api::isSecureTransport(authorizeUrl) || !api::isSecureTransport(tokenUrl))
        return Problem::InsecureEndpoints;
    if (redirectUri.scheme() != QLatin1String("http") || !api::isLoopbackHost(redirectUri.host()))
        return Problem::BadRedirectUri;
    return Problem::None;
}

bool OAuthSettings::isUsable(QString *why) const
{
    // The texts are marked for lupdate where they are written and translated here.
    auto fail = [why](const char *text) {
        if (why)
            *why = QCoreApplication::translate("whop::auth::OAuthSettings", text);
        return false;
    };
    switch (problem()) {
    case Problem::None:
        return true;
    case Problem::NoClientId:
        return fail(QT_TRANSLATE_NOOP(
            "whop::auth::OAuthSettings",
            "No OAuth client id is set. Set up sign-in… shows what to register in Whop's "
            "developer dashboard and asks for your app's client id (app_…)."));
    case Problem::InsecureEndpoints:
        return fail(QT_TRANSLATE_NOOP("whop::auth::OAuthSettings",
                                      "The sign-in endpoints must use https."));
    case Problem::BadRedirectUri:
        return fail(QT_TRANSLATE_NOOP("whop::auth::OAuthSettings",
                                      "The redirect URI must be http://127.0.0.1:PORT/... or "
                                      "http://localhost:PORT/.... Change it in Preferences."));
    }
    return false;
}

namespace {

api::ClientConfig oauthConfig(const QUrl &url)
{
    api::ClientConfig config;
    config.baseUrl = url; // only this origin; the call carries no bearer token
    config.userAgent = QByteArrayLiteral("WhopProfileEditor");
    return config;
}

// A token request is sent once: an authorization code is single-use and a refresh token rotates
// on use, so a retry after a lost answer would replay a spent grant (invalid_grant, signed out).
// The caller decides what a failure means.
api::ClientConfig tokenConfig(const QUrl &url)
{
    api::ClientConfig config = oauthConfig(url);
    config.retry.maxRetries = 0;
    return config;
}

api::ApiCall::Spec formSpec(const QUrl &url, const QUrlQuery &form)
{
    api::ApiCall::Spec spec;
    spec.verb = "POST";
    spec.url = url;
    // application/x-www-form-urlencoded, with every reserved character (also '+') escaped.
    QByteArrayList pairs;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    spec.body = pairs.join('&');
    spec.extraHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    return spec;
}

} // namespace

api::Call<Secret> *requestTokens(QNetworkAccessManager *nam, const QUrl &tokenUrl,
                                 const QUrlQuery &form, QObject *parent)
{
    auto *call = new api::Call<Secret>(
        nam, tokenConfig(tokenUrl), {}, formSpec(tokenUrl, form),
        [](const QByteArray &body, QString *error) {
            return parseTokenResponse(body, QDateTime::currentDateTimeUtc(), error);
        },
        parent);
    QTimer::singleShot(0, call, &api::ApiCall::start);
    return call;
}

api::ApiCall *postOAuthForm(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                            QObject *parent)
{
    auto *call = new api::ApiCall(nam, oauthConfig(url), {}, formSpec(url, form), parent);
    QTimer::singleShot(0, call, &api::ApiCall::start);
    return call;
}

} // namespace whop::auth
