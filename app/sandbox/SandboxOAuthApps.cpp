// The sandbox's registered OAuth apps (SandboxServer::registerOAuthApp): which client ids sign
// in, with which client type, redirect URIs and scopes; the routes in SandboxOAuth.cpp ask here.

#include "sandbox/SandboxPrivate.h"

namespace whop::sandbox::oauth {

OAuthApp *appOf(State &state, const QString &clientId)
{
    if (clientId == QLatin1String(SandboxServer::OAuthClientId) && !state.apps.contains(clientId))
        state.apps.insert(clientId, OAuthApp{});
    const auto it = state.apps.find(clientId);
    return it == state.apps.end() ? nullptr : &it.value();
}

bool authenticates(const OAuthApp &app, const RecordedRequest &request,
                   const QHash<QString, QString> &params)
{
    if (!app.confidential)
        return true;
    QString secret = params.value("client_secret");
    const QByteArray authorization = request.header("Authorization");
    if (secret.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        secret = QUrl::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1));
    }
    return !app.clientSecret.isEmpty() && secret == app.clientSecret;
}

} // namespace whop::sandbox::oauth

namespace whop::sandbox {

void SandboxServer::registerOAuthApp(const QString &clientId, const OAuthApp &app)
{
    d->oauthState.apps.insert(clientId, app);
}

OAuthApp SandboxServer::oauthApp(const QString &clientId) const
{
    const OAuthApp *app = oauth::appOf(d->oauthState, clientId);
    return app ? *app : OAuthApp{};
}

void SandboxServer::addOAuthRedirectUri(const QString &clientId, const QString &uri)
{
    OAuthApp app = oauthApp(clientId);
    if (!app.redirectUris.contains(uri))
        app.redirectUris << uri;
    registerOAuthApp(clientId, app);
}

} // namespace whop::sandbox
