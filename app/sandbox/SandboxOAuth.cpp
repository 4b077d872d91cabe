#include "sandbox/SandboxOAuth.h"

#include "sandbox/SandboxPrivate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace whop::sandbox::oauth {

namespace {

constexpr auto NoPad = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr const char *IdTokenKey = "whop-sandbox-id-token-key"; // HS256; nothing to keep secret

using Params = QHash<QString, QString>;

// The body of a token or revoke request: a form (application/x-www-form-urlencoded), or JSON.
Params paramsOf(const RecordedRequest &request)
{
    Params params;
    if (request.header("Content-Type").contains("json")) {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString())
                params.insert(it.key(), it.value().toString());
        }
        return params;
    }
    for (QByteArray pair : request.body.split('&')) {
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        if (!key.isEmpty())
            params.insert(QUrl::fromPercentEncoding(key),
                          eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return params;
}

http::Response oauthError(int status, const QString &code, const QString &description)
{
    HeaderList headers{{"Cache-Control", "no-store"}};
    if (status == 401)
        headers.append({"WWW-Authenticate", "Bearer error=\"" + code.toLatin1() + "\""});
    return accounts::json(status, QJsonObject{{"error", code}, {"error_description", description}},
                          headers);
}

http::Response badRequest(const QString &code, const QString &description)
{
    return oauthError(400, code, description);
}

// http://127.0.0.1:PORT/..., http://localhost:PORT/... or http://[::1]:PORT/..., no fragment.
bool isLoopbackRedirect(const QUrl &uri)
{
    static const QStringList hosts{"127.0.0.1", "localhost", "::1"};
    return uri.isValid() && uri.scheme() == QLatin1String("http") &&
           hosts.contains(uri.host().toLower()) && uri.port() > 0 && !uri.hasFragment() &&
           uri.userInfo().isEmpty();
}

// RFC 7636: 43 to 128 characters of [A-Za-z0-9-._~].
bool isVerifier(const QString &verifier)
{
    static const QRegularExpression pattern("^[A-Za-z0-9._~-]{43,128}$");
    return pattern.match(verifier).hasMatch();
}

// invalid_client as RFC 6749, 5.2 answers it when the client did not authenticate.
http::Response clientUnauthenticated(const QString &description)
{
    return accounts::json(
        401, QJsonObject{{"error", "invalid_client"}, {"error_description", description}},
        {{"Cache-Control", "no-store"}, {"WWW-Authenticate", "Basic realm=\"oauth\""}});
}

QByteArray jwtPart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(NoPad);
}

} // namespace

QByteArray s256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(NoPad);
}

QByteArray randomToken(const char *prefix)
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return prefix + QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64(NoPad);
}

} // namespace whop::sandbox::oauth

namespace whop::sandbox {

using namespace oauth;
using http::Response;

Response SandboxServer::Private::oauth_(const RecordedRequest &request)
{
    const QString route = request.path.mid(QStringLiteral("/oauth/").size());
    if (route == QLatin1String("authorize") && request.method == "GET")
        return authorize_(request);
    if (route == QLatin1String("token") && request.method == "POST")
        return token_(request);
    if (route == QLatin1String("revoke") && request.method == "POST")
        return revoke_(request);
    if (route == QLatin1String("userinfo") && (request.method == "GET" || request.method == "POST"))
        return userinfo_(request);
    return oauthError(
        404, "not_found",
        QString("No route matches %1 %2.").arg(QString::fromLatin1(request.method), request.path));
}

Response SandboxServer::Private::authorize_(const RecordedRequest &request)
{
    const auto value = [&](const char *key) {
        return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    // An unknown client or a redirect URI the app did not register is told here, never sent to
    // that address (RFC 6749, 4.1.2.1): a browser shows this answer as an error page.
    const OAuthApp *app = appOf(oauthState, value("client_id"));
    if (!app)
        return badRequest("invalid_client",
                          QString("Unknown client_id '%1'.").arg(value("client_id")));
    const QString redirectUri = value("redirect_uri");
    const QUrl redirect(redirectUri, QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect)) {
        return badRequest("invalid_request", "redirect_uri must be http://127.0.0.1:PORT/... or "
                                             "http://localhost:PORT/... (no fragment).");
    }
    if (!app->redirectUris.contains(redirectUri)) {
        return badRequest("invalid_request",
                          QString("redirect_uri '%1' is not registered for this app; it must "
                                  "match one of its redirect URIs exactly.")
                              .arg(redirectUri));
    }
    if (value("response_type") != QLatin1String("code"))
        return badRequest("invalid_request", "response_type must be code.");
    const QString challenge = value("code_challenge");
    if (challenge.isEmpty())
        return badRequest("invalid_request", "code_challenge is required (PKCE).");
    if (value("code_challenge_method") != QLatin1String("S256"))
        return badRequest("invalid_request", "code_challenge_method must be S256.");
    if (challenge.size() != 43)
        return badRequest("invalid_request", "code_challenge must be 43 characters of base64url.");

    for (auto it = oauthState.codes.begin(); it != oauthState.codes.end();) {
        it = it->expiresAtMs <= oauthState.now() ? oauthState.codes.erase(it) : std::next(it);
    }
    QByteArray location = redirect.toEncoded();
    location += redirect.hasQuery() ? '&' : '?';
    const QString scope =
        request.query.hasQueryItem("scope") ? value("scope").simplified() : app->scopes.join(' ');
    QStringList notAllowed;
    for (const QString &s : scope.split(' ', Qt::SkipEmptyParts)) {
        if (!app->scopes.contains(s))
            notAllowed << s;
    }
    const QJsonObject user = users.find(
        oauthState.authorizingUser.isEmpty() ? QString(DemoUserId) : oauthState.authorizingUser);
    if (!notAllowed.isEmpty()) {
        location += "error=invalid_scope&error_description=" +
                    QUrl::toPercentEncoding(
                        QString("This app may not ask for %1.").arg(notAllowed.join(' ')));
    } else if (user.isEmpty()) {
        location += "error=access_denied"; // as if the person declined
    } else {
        const QByteArray code = randomToken();
        oauthState.codes.insert(code, Code{user.value("id").toString(), value("client_id"),
                                           redirectUri, challenge, scope, value("nonce"),
                                           oauthState.now() + CodeLifetimeMs});
        location += "code=" + code;
    }
    if (request.query.hasQueryItem("state"))
        location += "&state=" + QUrl::toPercentEncoding(value("state"));
    return Response{302, {}, {{"Location", location}, {"Cache-Control", "no-store"}}, {}};
}

Response SandboxServer::Private::token_(const RecordedRequest &request)
{
    const Params params = paramsOf(request);
    const QString grant = params.value("grant_type");
    if (grant.isEmpty())
        return badRequest("invalid_request", "grant_type is required.");
    if (grant != QLatin1String("authorization_code") && grant != QLatin1String("refresh_token"))
        return badRequest("unsupported_grant_type", QString("Unknown grant_type '%1'.").arg(grant));
    const QString clientId = params.value("client_id");
    const OAuthApp *app = appOf(oauthState, clientId);
    if (!app)
        return badRequest("invalid_client", QString("Unknown client_id '%1'.").arg(clientId));
    if (!authenticates(*app, request, params)) {
        return clientUnauthenticated("Client authentication failed: this app is confidential, "
                                     "and the request carries no valid client_secret.");
    }

    QString userId;
    QString scope;
    QString nonce;
    QByteArray family;
    if (grant == QLatin1String("authorization_code")) {
        for (const char *key : {"code", "redirect_uri", "code_verifier"}) {
            if (params.value(key).isEmpty())
                return badRequest("invalid_request", QString("%1 is required.").arg(key));
        }
        const QString verifier = params.value("code_verifier");
        if (!isVerifier(verifier)) {
            return badRequest("invalid_request",
                              "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
        }
        // Single use: taken out whatever happens next.
        const std::optional<Code> code = [&]() -> std::optional<Code> {
            const auto it = oauthState.codes.find(params.value("code").toLatin1());
            if (it == oauthState.codes.end())
                return std::nullopt;
            const Code c = it.value();
            oauthState.codes.erase(it);
            return c;
        }();
        if (!code || code->expiresAtMs <= oauthState.now() || code->clientId != clientId) {
            return badRequest("invalid_grant",
                              "The authorization code is invalid, expired or already used.");
        }
        if (code->redirectUri != params.value("redirect_uri")) {
            return badRequest("invalid_grant",
                              "redirect_uri differs from the one given to /oauth/authorize.");
        }
        if (s256(verifier.toLatin1()) != code->challenge.toLatin1())
            return badRequest("invalid_grant", "PKCE verification failed");
        userId = code->userId;
        scope = code->scope;
        nonce = code->nonce;
        family = randomToken();
    } else {
        const QByteArray presented = params.value("refresh_token").toLatin1();
        if (presented.isEmpty())
            return badRequest("invalid_request", "refresh_token is required.");
        const auto it = oauthState.refreshTokens.find(presented);
        if (it == oauthState.refreshTokens.end())
            return badRequest("invalid_grant", "Refresh token is invalid");
        if (it->revoked)
            return badRequest("invalid_grant", "Refresh token has been revoked");
        if (it->used)
            return badRequest("invalid_grant", "Refresh token has already been used");
        if (it->clientId != clientId)
            return badRequest("invalid_grant", "Refresh token was issued to another client");
        it->used = true; // rotation: this one is spent, the answer carries its successor
        userId = it->userId;
        scope = it->scope;
        family = it->family;
    }
    if (users.find(userId).isEmpty())
        return badRequest("invalid_grant", "The user no longer exists.");

    const QByteArray access = randomToken("sbx_at_");
    const QByteArray refresh = randomToken("sbx_rt_");
    const QStringList scopes = scope.split(' ', Qt::SkipEmptyParts);
    tokens.insert(access, userId);
    oauthState.accessTokens.insert(
        access, AccessToken{userId, scopes, family,
                            oauthState.now() + qint64(oauthState.lifetimeSeconds) * 1000});
    oauthState.refreshTokens.insert(refresh,
                                    RefreshToken{userId, clientId, scope, family, false, false});

    const QJsonObject user = users.find(userId);
    const qint64 issuedAt = QDateTime::currentSecsSinceEpoch() + oauthState.offsetMs / 1000;
    QJsonObject claims{{"iss", origin()},
                       {"sub", userId},
                       {"aud", clientId},
                       {"iat", issuedAt},
                       {"exp", issuedAt + oauthState.lifetimeSeconds},
                       {"preferred_username", user.value("username")}};
    if (!nonce.isEmpty())
        claims.insert("nonce", nonce);
    const QByteArray signedPart =
        jwtPart(QJsonObject{{"alg", "HS256"}, {"typ", "JWT"}}) + '.' + jwtPart(claims);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signedPart, IdTokenKey, QCryptographicHash::Sha256);

    return accounts::json(
        200,
        QJsonObject{{"access_token", QString::fromLatin1(access)},
                    {"refresh_token", QString::fromLatin1(refresh)},
                    {"id_token", QString::fromLatin1(signedPart + '.' + signature.toBase64(NoPad))},
                    {"token_type", "Bearer"},
                    {"expires_in", oauthState.lifetimeSeconds},
                    {"scope", scope}},
        {{"Cache-Control", "no-store"}, {"Pragma", "no-cache"}});
}

Response SandboxServer::Private::revoke_(const RecordedRequest &request)
{
    const Params params = paramsOf(request);
    const OAuthApp *app = appOf(oauthState, params.value("client_id"));
    if (!app) {
        return badRequest("invalid_client",
                          QString("Unknown client_id '%1'.").arg(params.value("client_id")));
    }
    if (!authenticates(*app, request, params))
        return clientUnauthenticated("Client authentication failed.");
    const QByteArray token = params.value("token").toLatin1();
    if (token.isEmpty())
        return badRequest("invalid_request", "token is required.");

    // A refresh token takes its whole grant with it (RFC 7009 2.1); an access token only itself.
    QByteArray family;
    if (const auto it = oauthState.refreshTokens.constFind(token);
        it != oauthState.refreshTokens.cend())
        family = it->family;
    if (family.isEmpty()) {
        if (oauthState.accessTokens.remove(token))
            tokens.remove(token);
    } else {
        for (RefreshToken &refresh : oauthState.refreshTokens) {
            if (refresh.family == family)
                refresh.revoked = true;
        }
        for (auto it = oauthState.accessTokens.begin(); it != oauthState.accessTokens.end();) {
            if (it->family != family) {
                ++it;
                continue;
            }
            tokens.remove(it.key());
            it = oauthState.accessTokens.erase(it);
        }
    }
    return accounts::json(200, QJsonObject{}, {{"Cache-Control", "no-store"}});
}

Response SandboxServer::Private::userinfo_(const RecordedRequest &request)
{
    static const QRegularExpression bearer("^\\s*Bearer\\s+(\\S+)\\s*$",
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = bearer.match(QString::fromLatin1(request.header("Authorization")));
    const accounts::Caller caller =
        m.hasMatch() ? callerFor(m.captured(1).toLatin1()) : accounts::Caller{};
    const QJsonObject user = users.find(caller.userId);
    if (caller.kind != accounts::Caller::Kind::User || user.isEmpty())
        return oauthError(401, "invalid_token", "The access token is invalid or expired.");
    QJsonObject info{{"sub", caller.userId},
                     {"preferred_username", user.value("username")},
                     {"name", user.value("name").isString() ? user.value("name")
                                                            : QJsonValue(QJsonValue::Null)}};
    if (const QJsonValue url = user.value("profile_picture").toObject().value("url");
        url.isString())
        info.insert("picture", url);
    return accounts::json(200, info);
}

QUrl SandboxServer::oauthBaseUrl() const
{
    return QUrl(d->origin() + "/oauth");
}

void SandboxServer::setAccessTokenLifetimeSeconds(int seconds)
{
    d->oauthState.lifetimeSeconds = qMax(0, seconds);
}

void SandboxServer::setAuthorizingUser(const QString &userId)
{
    d->oauthState.authorizingUser = userId;
}

void SandboxServer::advanceClock(int seconds)
{
    d->oauthState.offsetMs += qint64(qMax(0, seconds)) * 1000;
}

} // namespace whop::sandbox
