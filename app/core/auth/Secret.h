#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace whop::auth {

// What one keychain entry holds. OAuth tokens are kept together so that the access token,
// the (rotating) refresh token and the expiry can never be half-updated.
struct Secret
{
    QByteArray token;        // the pasted token or key, or the OAuth access token
    QByteArray refreshToken; // OAuth only
    QDateTime expiresAt;     // OAuth only; invalid when unknown

    bool isEmpty() const { return token.isEmpty(); }
    QByteArray serialize() const;
    static std::optional<Secret> deserialize(const QByteArray &data);
};

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
