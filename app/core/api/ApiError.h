#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace whop::api {

// What went wrong, as the person needs to tell it apart.
enum class ErrorKind
{
    None,
    Offline,        // could not connect: no network, DNS failure, refused, reset
    Timeout,        // no complete answer within the per-attempt timeout
    Tls,            // the secure connection could not be verified
    BadRequest,     // 400
    UnknownVersion, // 400 naming the Api-Version-Date as unsupported
    Unauthorized,   // 401: missing, invalid or expired credential, or wrong environment
    Forbidden,      // 403: lacks permission or scope
    NotFound,       // 404
    Conflict,       // 409 (username taken, ...)
    Validation,     // 422
    RateLimited,    // 429
    Server,         // 5xx
    BadResponse,    // the answer could not be understood (not JSON, wrong shape, too large, ...)
    Cancelled,      // the person (or the app) cancelled the request
    // Nothing was sent: the change could not be written to the change journal first
    // (app/core/journal/ChangeJournal.h); `message` says why (no space left, ...).
    NotRecorded,
    // Nothing was sent: the credential this request was bound to is gone (its identity was
    // removed, or its sign-in refused); `message` says which (WhopClient::retire()).
    NoCredential,
};

// What an answer's `x-should-retry` header says (docs/api/whop-api.md, "Errors, retries,
// limits"): Whop's official SDKs obey it over their own status rule.
enum class RetryHint
{
    None,      // absent, or neither "true" nor "false"
    Retry,     // "true"
    DontRetry, // "false"
};

struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString code;    // the server's error.code, else error.type
    QString message; // the server's error.message, or a description of what happened locally
    QString field;   // the request field the error concerns (name, username, bio), when known
    QStringList supportedVersions; // for UnknownVersion
    int retryAfterSeconds = -1;    // for RateLimited, when the server said
    // The wait the server asked for in milliseconds (`retry-after-ms`, else `Retry-After`), for
    // the retry policy; -1 when it did not say. retryAfterSeconds is this, rounded up.
    int retryAfterMs = -1;
    RetryHint retryHint = RetryHint::None; // x-should-retry
    // The id the server gave this request (an X-Request-Id or Request-Id header), for support;
    // empty when it sent none, or one that is not a plain identifier.
    QString requestId;

    bool isError() const { return kind != ErrorKind::None; }
    // One or two plain sentences for the person: what happened and what to do.
    QString userMessage() const;
    // A short stable name of the kind, for logs and tests ("offline", "conflict", ...).
    static QString kindName(ErrorKind kind);
};

// Builds the typed error for an HTTP error status from its body. A body that is not the
// JSON envelope is kept as text, cut short.
ApiError errorFromResponse(int httpStatus, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers = {});

ApiError localError(ErrorKind kind, const QString &message);

// The request id among response headers: X-Request-Id or Request-Id, when it is a plain
// identifier (letters, digits and . _ : -, at most 128), else empty. Nothing else of a header
// is ever kept.
QString requestIdFrom(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace whop::api

Q_DECLARE_METATYPE(whop::api::ApiError)
