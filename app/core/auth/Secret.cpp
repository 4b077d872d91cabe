#include "auth/Secret.h"

#include "api/ClientConfig.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

namespace whop::auth {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray Secret::serialize() const
{
    QJsonObject o{{QStringLiteral("v"), 1}, {QStringLiteral("token"), QString::fromUtf8(token)}};
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken));
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch());
    if (!origin.isEmpty())
        o.insert(QStringLiteral("origin"), origin);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Secret> Secret::deserialize(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("v")).toInt() != 1)
        return std::nullopt;
    Secret s;
    s.token = o.value(QLatin1String("token")).toString().toUtf8();
    s.refreshToken = o.value(QLatin1String("refresh_token")).toString().toUtf8();
    const QJsonValue expires = o.value(QLatin1String("expires_at"));
    // Range-checked before the cast: a huge number cast to an integer is undefined behaviour.
    if (expires.isDouble() && std::abs(expires.toDouble()) < 1e11)
        s.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expires.toDouble()), QTimeZone::utc());
    s.origin = o.value(QLatin1String("origin")).toString();
    if (s.token.isEmpty())
        return std::nullopt;
    return s;
}

QString originOf(const QUrl &url)
{
    QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::RemoveUserInfo);
    if ((origin.scheme() == QLatin1String("https") && origin.port() == 443) ||
        (origin.scheme() == QLatin1String("http") && origin.port() == 80))
        origin.setPort(-1);
    return origin.toString(QUrl::FullyEncoded).toLower();
}

Binding bindingOf(const Secret &secret, const QUrl &apiBaseUrl)
{
    const QString target = originOf(apiBaseUrl);
    if (!secret.origin.isEmpty())
        return secret.origin == target ? Binding::Bound : Binding::Elsewhere;
    // An entry from before origins were stored. Only Whop's own APIs, whose addresses are built
    // into the app, may take it over: then editing identities.json can at most move a token
    // between Whop's production and sandbox hosts, never to a host someone else chose. A custom
    // address (and the demo sandbox's port of an earlier run, which any local program may hold
    // now) gets nothing: the person adds that identity again.
    if (target == originOf(api::productionBaseUrl()) || target == originOf(api::sandboxBaseUrl()))
        return Binding::Adoptable;
    return Binding::Elsewhere;
}

std::optional<Secret> parseTokenResponse(const QByteArray &body, const QDateTime &nowUtc,
                                         QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the token answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QJsonValue access = o.value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("the token answer has no access token");
        return std::nullopt;
    }
    const QString type = o.value(QLatin1String("token_type")).toString();
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("unexpected token type '%1'").arg(type);
        return std::nullopt;
    }
    Secret s;
    s.token = access.toString().toUtf8();
    s.refreshToken = o.value(QLatin1String("refresh_token")).toString().toUtf8();
    const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
    double seconds = -1;
    if (expiresIn.isDouble())
        seconds = expiresIn.toDouble();
    else if (expiresIn.isString())
        seconds = expiresIn.toString().toDouble();
    if (seconds > 0 && seconds < 10.0 * 365 * 24 * 3600)
        s.expiresAt = nowUtc.addSecs(qint64(seconds));
    return s;
}

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    auto *rng = QRandomGenerator::system();
    for (char &c : raw)
        c = char(rng->bounded(256));
    return raw.toBase64(Base64Url);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64Url);
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
    p.challenge = challengeFor(p.verifier);
    return p;
}

} // namespace whop::auth
