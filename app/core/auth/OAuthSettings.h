#pragma once

#include "api/ApiCall.h"
#include "api/Call.h"
#include "auth/Secret.h"

#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace whop::auth {

// Where and how to sign in with Whop (OAuth 2.1 authorization code + PKCE; docs/api/whop-api.md,
// "Sign-in"). No client secret: the app is a public client.
struct OAuthSettings
{
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QString clientId; // app_...
    QUrl redirectUri; // loopback; port 0 picks a free port when listening
    QString scopes = QStringLiteral("openid profile user:profile:update");
    int timeoutMs = 5 * 60 * 1000;

    // The endpoints beside an API base URL: https://api.whop.com/api/v1 ->
    // https://api.whop.com/oauth/...
    static OAuthSettings forApiBase(const QUrl &apiBaseUrl);
    enum class Problem
    {
        None,
        NoClientId,        // no Whop app to sign in with
        InsecureEndpoints, // the API base URL is not https (or http to this computer)
        BadRedirectUri,    // not http to this computer
    };
    Problem problem() const;
    bool isUsable(QString *why = nullptr) const;
};

// POSTs a form to the token endpoint; succeeds with the tokens of the answer.
api::Call<Secret> *requestTokens(QNetworkAccessManager *nam, const QUrl &tokenUrl,
                                 const QUrlQuery &form, QObject *parent);
// POSTs a form to an OAuth endpoint whose answer carries nothing the app needs (revoke).
api::ApiCall *postOAuthForm(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                            QObject *parent);

} // namespace whop::auth
