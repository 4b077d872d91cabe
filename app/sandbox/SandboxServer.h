#pragma once

#include "sandbox/SandboxOAuth.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace whop::sandbox {
class SandboxFiles;
}

namespace whop::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the sandbox received it, and what it answered.
struct RecordedRequest
{
    QByteArray method; // "GET", "PATCH", ...
    QString path;      // decoded path, e.g. "/api/v1/users/me"
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QByteArray requestId;     // sent back as X-Request-Id ("req_" and 16 hex digits)
    int responseStatus = 0;   // 0 when the connection was dropped without a status line
    QByteArray responseBody;  // as sent (possibly truncated or malformed by a fault)
    qint64 responseBytes = 0; // bytes of the answer (head and body) written to the socket

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
};

// A misbehaviour the sandbox performs instead of (or on top of) its normal answer.
struct Fault
{
    enum class Kind
    {
        Status,          // answer `status` with `body` (an error envelope is made when empty)
        Delay,           // answer normally, after `delayMs`
        Drop,            // close the connection without answering
        DropMidResponse, // send the status line, headers and half the body, then abort
        Truncate,   // normal status and headers, body cut in half (Content-Length matches the cut)
        Malformed,  // status 200, body is not JSON
        Empty,      // status 200, empty body
        Html,       // status 200, Content-Type text/html, an HTML page
        WrongShape, // status 200, valid JSON of the wrong shape
        Huge,       // status 200, a JSON body larger than 12 MB
        Trickle,    // status 200, the body sent one byte every `delayMs`
        Redirect,   // 302 to `location`
    };
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray body;    // for Status: body to send verbatim (JSON error envelope made when empty)
    HeaderList headers; // extra response headers, e.g. {"Retry-After", "2"}
    int delayMs = 0;
    QUrl location;
    QString pathContains; // only requests whose path contains this (empty: every request)
    // only requests whose query contains this, e.g. "account_id=biz_Studio007" (empty: any)
    QString queryContains;
    QByteArray method; // only this method (empty: every method)
};

// A Whop-compatible HTTP server for --demo and the tests (see docs/api/openapi.yaml and
// docs/api/whop-api.md). Listens on 127.0.0.1 only. Everything runs on the thread that owns it;
// nothing blocks.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr const char *DemoToken = "whop-demo-token"; // user token of the demo user
    static constexpr const char *DemoUserId = "user_DemoCreator01";
    static constexpr const char *DefaultVersion = "2026-07-01";
    static constexpr const char *OAuthClientId = "app_SandboxEditor01";
    // Account API key of DemoAccountId, which has 4 connected accounts.
    static constexpr const char *DemoApiKey = "whop-demo-api-key";
    // App API key: acts on the accounts that installed the app (DemoAccountId and the demo
    // user's accounts).
    static constexpr const char *DemoAppApiKey = "whop-demo-app-key";
    static constexpr const char *DemoAccountId = "biz_DemoStudio01";

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listenLocal(quint16 port = 0); // 127.0.0.1; port 0 picks a free one
    // The same over https with `certificate` (e.g. a self-signed one made by a test): a client
    // that does not trust it must fail with a TLS error. baseUrl() is then https://...
    bool listenLocalTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/api/v1

    // Credentials: a user token acts as that user.
    void addUserToken(const QByteArray &token, const QString &userId);
    void removeToken(const QByteArray &token);
    // An account API key acts on `accountId` and its connected accounts; an app key
    // (`appKey`) on `accountId` and every account that installed the app.
    void addApiKey(const QByteArray &key, const QString &accountId, bool appKey = false);

    // OAuth 2.1 + PKCE S256 (SandboxOAuth.cpp). Authorize auto-approves as the demo user, or
    // as setAuthorizingUser() (an unknown user: redirect with error=access_denied).
    // Only registered apps sign in, with what Whop's developer dashboard holds for them: an
    // unknown client or a redirect URI not registered exactly is answered 400 without a redirect;
    // a scope the app may not ask for is a redirect with error=invalid_scope; a confidential
    // app's token request without its secret is invalid_client. OAuthClientId is registered
    // as a public app with no redirect URI yet: whoever signs in registers the one they use.
    QUrl oauthBaseUrl() const; // http://127.0.0.1:<port>/oauth
    // Registers (or replaces) `clientId`'s app.
    void registerOAuthApp(const QString &clientId, const OAuthApp &app);
    OAuthApp oauthApp(const QString &clientId) const; // a default one when not registered
    // Adds `uri` (exactly as given) to the redirect URIs of `clientId`'s app.
    void addOAuthRedirectUri(const QString &clientId, const QString &uri);
    void setAccessTokenLifetimeSeconds(int seconds); // default 3600; expires_in of new tokens
    void setAuthorizingUser(const QString &userId);  // empty: the demo user
    // Moves the sandbox's clock forward: codes (60 s), access tokens and rate-limit windows
    // age at once.
    void advanceClock(int seconds);

    // Accounts (SandboxAccounts.cpp): memberships and per-account profile overrides.
    QStringList accountIdsOf(const QString &userId) const; // accounts the user belongs to
    QJsonObject storedOverride(const QString &accountId,
                               const QString &userId) const; // {} if none
    // Sets the user's override in the account as stored (no checks): tests seed with it.
    void putOverride(const QString &accountId, const QString &userId, const QJsonObject &fields);

    QStringList supportedVersions() const;

    // Changes a profile the way someone elsewhere would (the web dashboard, another device, a
    // teammate's API key), for tests and the demo's "changed elsewhere" switch
    // (SandboxElsewhere.cpp). `fields` may hold "name", "bio" and "username" (text) and
    // "profile_picture" (any value: a new picture the sandbox draws). With `accountId` that
    // account's override of the profile changes, else the global profile. Returns false (and
    // changes nothing) for an unknown user or account, or a username that is invalid or taken.
    bool changeElsewhere(const QString &userId, const QJsonObject &fields,
                         const QString &accountId = {});

    // Data. Users are stored in their latest (2026-07-20) shape; the version header
    // of each request decides the shape of the answer.
    QJsonObject storedUser(const QString &idOrUsername) const; // empty when unknown
    void putUser(const QJsonObject &user);                     // insert or replace by "id"

    // Rate limit per credential and operation (method + route). Default 600 per 60 s. Buckets
    // exist only for credentials the sandbox knows, expire with their window, and number at
    // most RateBuckets::MaxBuckets.
    void setRateLimit(int requests, int windowMs);
    int rateBucketCount() const;
    void setRetryAfterSeconds(int seconds); // what a 429 says in Retry-After (default 1)

    // Faults apply to the next `count` matching requests, in the order injected.
    void injectFault(const Fault &fault, int count = 1);
    void clearFaults();
    int pendingFaults() const;

    // The Files API: processing delay, upload-address lifetime, storage faults and requests.
    SandboxFiles *files() const;

    // The most recent requests, oldest first: at most RequestLog::DefaultMaxRequests of them
    // and RequestLog::DefaultMaxBytes of bodies and headers (older ones are dropped), so that
    // a long demo session does not grow without end.
    QList<RecordedRequest> requests() const;
    void clearRequests();
    // Other limits for requests() and files()->storageRequests() (tests).
    void setRequestLogLimits(int maxRequests, qint64 maxBytes);
    quint64 requestsSeen() const; // every request received, those no longer kept too

    // The control routes under /_sandbox/ (SandboxControl.cpp), for a test in another process:
    // faults, settings, the request log, quitting. Off by default (`whop-sandbox --control`);
    // when on, they answer loopback peers only and are neither recorded nor faulted.
    void setControlEnabled(bool enabled);

Q_SIGNALS:
    void requestHandled(int index); // index into requests() when emitted
    void quitRequested();           // POST /_sandbox/quit was answered

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace whop::sandbox
