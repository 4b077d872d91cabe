#pragma once

#include <QString>
#include <QStringList>

// What a value of each setting in Preferences must look like. Each check returns false with the
// reason, in one plain sentence, in `why`; the command line (--api-version, --timeout,
// --oauth-client-id) and the Preferences dialog use the same checks.
namespace whop::app::rules {

inline constexpr int MinTimeoutSeconds = 1;
inline constexpr int MaxTimeoutSeconds = 600;
inline constexpr int DefaultTimeoutSeconds = 60;
// The scope the editor cannot work without: saving a profile needs it (docs/api/whop-api.md,
// "Users").
inline constexpr const char *RequiredScope = "user:profile:update";
inline constexpr const char *DefaultScopes = "openid profile user:profile:update";
// Where the browser comes back after sign-in: any free port on this computer.
inline constexpr const char *AnyPortRedirectUri = "http://127.0.0.1:0/callback";

// Empty (no sign-in outside the demo), or `app_` and letters, digits, '_' or '-'.
bool checkClientId(const QString &clientId, QString *why = nullptr);
// http to 127.0.0.1, ::1 or localhost, with a port (0 = any free port) and a path, nothing else.
bool checkRedirectUri(const QString &uri, QString *why = nullptr);
// Space-separated OAuth scope tokens (RFC 6749, 3.3), including user:profile:update.
bool checkScopes(const QString &scopes, QString *why = nullptr);
// A real calendar date YYYY-MM-DD with an optional -N, as Whop writes them
// (api::isWellFormedApiVersion).
bool checkApiVersion(const QString &version, QString *why = nullptr);
// Whether a well-formed version is one before accounts were called accounts in requests
// (company_id instead of account_id; api::accountParameter()).
bool namesAccountsAsCompanies(const QString &version);
bool checkTimeoutSeconds(int seconds, QString *why = nullptr);

// Whether a well-formed version is one this app knows (api::knownApiVersions()).
bool isKnownApiVersion(const QString &version);

} // namespace whop::app::rules
