#pragma once

// Drives the sandbox's OAuth endpoints the way a browser and a public client do: PKCE pairs
// computed here (independently of the sandbox), authorize up to its redirect, token requests.

#include "integration/SandboxTestHttp.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace whop::test {

inline const QString Redirect = "http://127.0.0.1:53682/callback";
inline constexpr auto NoPad = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;
};

// Computed here, independently of the sandbox: BASE64URL-NOPAD(SHA256(verifier)).
inline Pkce makePkce()
{
    quint32 words[8];
    QRandomGenerator::global()->fillRange(words);
    const QByteArray verifier =
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64(NoPad);
    return {verifier,
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(NoPad)};
}

inline QByteArray encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[key, value] : items)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' +
               QUrl::toPercentEncoding(value);
    return out;
}

inline QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), NoPad)).object();
}

// The OAuth requests of a browser and a public client, on SandboxHttpFixture's sandbox.
class OAuthDriver : protected SandboxHttpFixture
{
protected:
    using SandboxServer = sandbox::SandboxServer;

    QUrl authorizeUrl(const QByteArray &challenge, const QString &state = "state-1",
                      QList<QPair<QString, QString>> overrides = {}) const
    {
        QList<QPair<QString, QString>> items{{"response_type", "code"},
                                             {"client_id", SandboxServer::OAuthClientId},
                                             {"redirect_uri", Redirect},
                                             {"scope", "openid profile user:profile:update"},
                                             {"state", state},
                                             {"nonce", "nonce-1"},
                                             {"code_challenge", QString::fromLatin1(challenge)},
                                             {"code_challenge_method", "S256"}};
        for (const auto &[key, value] : overrides) {
            items.removeIf([&key = key](const auto &item) { return item.first == key; });
            if (!value.isNull())
                items.append({key, value});
        }
        return QUrl(m_server->oauthBaseUrl().toString() + "/authorize?" +
                        QString::fromLatin1(encodeQuery(items)),
                    QUrl::StrictMode);
    }

    // Follows authorize as a browser would, up to the redirect; the code (empty on failure).
    QString authorize(const QByteArray &challenge, const QString &state = "state-1",
                      const QList<QPair<QString, QString>> &overrides = {})
    {
        const HttpResult r = m_http->getUrl(authorizeUrl(challenge, state, overrides));
        if (r.status != 302)
            return {};
        return QUrlQuery(QUrl(QString::fromUtf8(r.headers.value("location"))))
            .queryItemValue("code", QUrl::FullyDecoded);
    }

    HttpResult exchange(const QString &code, const QByteArray &verifier,
                        const QString &redirect = Redirect)
    {
        QUrlQuery form;
        form.setQueryItems({{"grant_type", "authorization_code"},
                            {"code", code},
                            {"redirect_uri", redirect},
                            {"client_id", SandboxServer::OAuthClientId},
                            {"code_verifier", QString::fromLatin1(verifier)}});
        return m_http->postForm("/oauth/token", form);
    }

    HttpResult refresh(const QString &refreshToken)
    {
        QUrlQuery form;
        form.setQueryItems({{"grant_type", "refresh_token"},
                            {"refresh_token", refreshToken},
                            {"client_id", SandboxServer::OAuthClientId}});
        return m_http->postForm("/oauth/token", form);
    }

    HttpResult revoke(const QString &token)
    {
        QUrlQuery form;
        form.setQueryItems({{"token", token}, {"client_id", SandboxServer::OAuthClientId}});
        return m_http->postForm("/oauth/revoke", form);
    }

    // A whole sign-in; the token answer.
    QJsonObject signIn(const QList<QPair<QString, QString>> &overrides = {})
    {
        const Pkce pkce = makePkce();
        const HttpResult r = exchange(authorize(pkce.challenge, "s", overrides), pkce.verifier);
        return r.status == 200 ? r.json() : QJsonObject();
    }

    int meStatus(const QJsonObject &tokens)
    {
        return m_http->get("/users/me", tokens.value("access_token").toString().toLatin1()).status;
    }
};

} // namespace whop::test
