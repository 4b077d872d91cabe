#pragma once

// OAuth 2.1 for the sandbox (docs/api/whop-api.md, "Sign-in"): authorization codes with PKCE
// S256, access tokens that expire, refresh tokens that rotate. This is the state; the routes
// (/oauth/authorize, token, revoke, userinfo) are SandboxServer::Private::oauth_ in
// SandboxOAuth.cpp.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

namespace whop::sandbox {

struct RecordedRequest;

// An app registered in Whop's developer dashboard, as far as signing in goes: its client type
// (`oauth_client_type` of Whop's App, public or confidential), its redirect URIs (compared
// exactly, as docs/api/whop-api.md, "Sign-in" says) and the scopes it may ask for.
struct OAuthApp
{
    bool confidential = false; // then the token endpoint wants `clientSecret`
    QString clientSecret;
    QStringList redirectUris;
    QStringList scopes{"openid", "profile", "user:profile:update"};
};

} // namespace whop::sandbox

namespace whop::sandbox::oauth {

struct Code
{
    QString userId;
    QString clientId;
    QString redirectUri;
    QString challenge; // BASE64URL-NOPAD(SHA256(verifier))
    QString scope;
    QString nonce;
    qint64 expiresAtMs = 0;
};

struct RefreshToken
{
    QString userId;
    QString clientId;
    QString scope;
    QByteArray family; // every token issued from one authorization code shares it
    bool used = false;
    bool revoked = false;
};

struct AccessToken
{
    QString userId;
    QStringList scopes;
    QByteArray family;
    qint64 expiresAtMs = 0;
};

struct State
{
    State() { clock.start(); }
    // Milliseconds on the OAuth clock: real time plus what advanceClock() added.
    qint64 now() const { return clock.elapsed() + offsetMs; }

    QElapsedTimer clock;
    qint64 offsetMs = 0;
    int lifetimeSeconds = 3600;
    QString authorizingUser;       // empty: the demo user
    QHash<QString, OAuthApp> apps; // by client id
    QHash<QByteArray, Code> codes;
    QHash<QByteArray, RefreshToken> refreshTokens;
    QHash<QByteArray, AccessToken> accessTokens; // also registered as user tokens
};

inline constexpr int CodeLifetimeMs = 60 * 1000;
inline constexpr const char *DefaultScope = "openid profile user:profile:update";
inline constexpr const char *UpdateScope = "user:profile:update";

// SandboxOAuthApps.cpp: the app registered as `clientId`, null for an unknown client (the
// sandbox's own client is registered the first time it is asked for: a public app with no
// redirect URI yet).
OAuthApp *appOf(State &state, const QString &clientId);
// A confidential app proves itself with its secret: client_secret in the body, or HTTP Basic
// (RFC 6749, 2.3.1). A public app has none to give.
bool authenticates(const OAuthApp &app, const RecordedRequest &request,
                   const QHash<QString, QString> &params);

// BASE64URL-NOPAD(SHA256(verifier)), as RFC 7636 defines S256.
QByteArray s256(const QByteArray &verifier);
// 32 random bytes, base64url without padding, after `prefix`.
QByteArray randomToken(const char *prefix = "");

} // namespace whop::sandbox::oauth
