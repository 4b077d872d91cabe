#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace whop::api {

// The last few requests that failed, in words that are safe to hand to someone else: when, the
// operation with every identifier taken out ("GET /api/v1/users/{id}"), the kind, the HTTP
// status, the server's error code and its request id. Never a message, a header, a query or a
// path segment that could name someone. Every ApiCall reports here; Help → Copy diagnostics
// reads it.
class ErrorHistory
{
public:
    struct Entry
    {
        QDateTime when; // UTC
        QString operation;
        ErrorKind kind = ErrorKind::None;
        int httpStatus = 0;
        QString code;      // the server's error code when it is a plain word, else empty
        QString requestId; // when the server sent one
    };
    static constexpr int Capacity = 8;

    static void record(const ApiError &error, const QByteArray &verb, const QUrl &url);
    // Oldest first, at most Capacity.
    static QList<Entry> entries();
    static void clear();

    // "GET /api/v1/users/{id}": the path's segments that are fixed words of the API stay, any
    // other becomes {id}.
    static QString operationOf(const QByteArray &verb, const QUrl &url);
};

} // namespace whop::api
