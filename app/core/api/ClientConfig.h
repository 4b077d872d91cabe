#pragma once

#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace whop::api {

QUrl productionBaseUrl(); // https://api.whop.com/api/v1
QUrl sandboxBaseUrl();    // https://sandbox-api.whop.com/api/v1
inline constexpr const char *DefaultApiVersion = "2026-07-01";
// The Api-Version-Date values this app knows, oldest first (docs/api/whop-api.md, "Versions"):
// what Preferences offers. Any well-formed value may still be used.
QStringList knownApiVersions();

bool isLoopbackHost(const QString &host);
// https anywhere, plain http only to a loopback address. Says why not in `why`.
bool isAcceptableBaseUrl(const QUrl &url, QString *why = nullptr);
// https, or plain http to a loopback address: where a credential may travel.
bool isSecureTransport(const QUrl &url);
// Whether two URLs share scheme, host and port (the only place a credential may go).
bool isSameOrigin(const QUrl &a, const QUrl &b);
// An API version value as Whop writes it: a real calendar date YYYY-MM-DD (2026-13-45 is not one),
// optionally with a -N suffix.
bool isWellFormedApiVersion(const QString &version);
// From this version on, the users endpoints name an account `account_id`; before it, `company_id`
// (docs/api/whop-api.md, "Versions").
inline constexpr const char *AccountIdSince = "2026-06-08";
// The query parameter that names an account for a well-formed `apiVersion`.
QString accountParameter(const QString &apiVersion);

struct ClientConfig
{
    QUrl baseUrl = productionBaseUrl();
    QString apiVersion = QString::fromLatin1(DefaultApiVersion);
    QByteArray userAgent;   // filled by WhopClient when empty
    int timeoutMs = 60'000; // per attempt
    qint64 maxResponseBytes = 10 * 1024 * 1024;
    RetryPolicy::Settings retry;
};

} // namespace whop::api
