#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace whop::auth {

// What one keychain entry holds. OAuth tokens are kept together so that the access token,
// the (rotating) refresh token and the expiry can never be half-updated.
struct Secret
{
    QByteArray token;        // the pasted token or key, or the OAuth access token
    QByteArray refreshToken; // OAuth only
    QDateTime expiresAt;     // OAuth only; invalid when unknown
    // Where the credential belongs (scheme://host[:port] of the API it was added for): it is
    // sent nowhere else, whatever identities.json says. Empty in entries of older versions.
    QString origin;

    bool isEmpty() const { return token.isEmpty(); }
    QByteArray serialize() const;
    static std::optional<Secret> deserialize(const QByteArray &data);
};

// scheme://host[:port] of `url`: what a credential is bound to.
QString originOf(const QUrl &url);

// Whether a stored credential may be sent to an identity's API at `apiBaseUrl`.
enum class Binding
{
    Bound,     // its origin is that API's
    Adoptable, // it records none (an older version wrote it) and the API is one of Whop's own
    Elsewhere, // it belongs to another origin, or records none and the API is a custom address
};
Binding bindingOf(const Secret &secret, const QUrl &apiBaseUrl);

// Parses an OAuth token endpoint answer: {access_token, refresh_token, expires_in, ...}.
// `now` is the time the answer arrived (expires_in counts from it).
std::optional<Secret> parseTokenResponse(const QByteArray &body, const QDateTime &nowUtc,
                                         QString *error = nullptr);

// PKCE (RFC 7636) with S256.
struct Pkce
{
    QByteArray verifier;  // 64 characters of base64url
    QByteArray challenge; // BASE64URL-NOPAD(SHA-256(verifier))
    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

// Random URL-safe text for `state` and `nonce`.
QByteArray randomUrlSafe(int bytes);

} // namespace whop::auth

Q_DECLARE_METATYPE(whop::auth::Secret)
