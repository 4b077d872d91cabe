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
// Where the browser comes back after sign-in unless Preferences name another redirect URI:
// http://127.0.0.1:<port>/callback, the port chosen once (Preferences::redirectPort()). An IP
// literal rather than `localhost`, as RFC 8252, 8.3 recommends: the browser cannot resolve it to
// another address than the one the app listens on.
inline constexpr const char *FixedRedirectTemplate = "http://127.0.0.1:%1/callback";

// Empty (no sign-in outside the demo), or `app_` and letters, digits, '_' or '-'.
bool checkClientId(const QString &clientId, QString *why = nullptr);
// http to 127.0.0.1, ::1 or localhost, with a port (0 = any free port) and a path, nothing else.
// (In PreferenceValues an empty redirect URI stands for the fixed one.)
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
