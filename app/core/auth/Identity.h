#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace whop::auth {

enum class IdentityKind
{
    OAuthUser,     // signed in with Whop in the browser
    UserToken,     // a pasted user (OAuth access) token
    AccountApiKey, // a business's account API key
    AppApiKey,     // an app's API key
};

enum class Environment
{
    Production,
    Sandbox,
    Custom
};

// Who the editor acts as. Everything here is non-secret; the secret lives in the keychain
// under `id`.
struct Identity
{
    QString id; // "idn_<uuid>", also the keychain key
    IdentityKind kind = IdentityKind::UserToken;
    Environment environment = Environment::Production;
    QUrl customBaseUrl; // for Environment::Custom
    QString label;

    // What the app learned about it.
    QString userId; // user identities: from GET /users/me
    QString username;
    QString accountId; // API keys: the key's account
    QString accountTitle;
    // Browser sign-ins: the Whop app (client id) that issued the tokens. Refreshing and revoking
    // must name the same app, whatever Preferences says later.
    QString oauthClientId;

    bool temporary = false;   // from WHOP_API_KEY: never stored
    bool needsSignIn = false; // the refresh token was refused: sign in again
    // Runtime only (never stored): renewing the sign-in kept failing, automatic attempts stopped.
    bool needsAttention = false;

    QUrl apiBaseUrl() const;
    bool isUser() const
    {
        return kind == IdentityKind::OAuthUser || kind == IdentityKind::UserToken;
    }
    bool isApiKey() const { return !isUser(); }
    // "Jo's account — Production · Signed in with Whop"
    QString displayText() const;
    // The label, to show and to name the identity in messages; never empty: an identity stored
    // without one (by hand, or when Whop told no username or account title) is named by its
    // kind, saying that it has no name ("User token without a name").
    QString shownLabel() const;

    QJsonObject toJson() const;
    static std::optional<Identity> fromJson(const QJsonObject &object);
    static QString newId();
    // A new identity of `kind` for `apiBaseUrl`: a fresh id, and the environment that URL is.
    static Identity create(IdentityKind kind, const QUrl &apiBaseUrl);

    static QString kindName(IdentityKind kind);
    static QString environmentName(Environment environment);
    static Environment environmentFor(const QUrl &apiBaseUrl);
    bool operator==(const Identity &other) const = default;
};

} // namespace whop::auth

Q_DECLARE_METATYPE(whop::auth::Identity)
