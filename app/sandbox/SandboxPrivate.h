#pragma once

// SandboxServer's private state, shared by SandboxServer.cpp (routes, API) and
// SandboxFaults.cpp (answer delivery and injected faults).

#include "sandbox/RateBuckets.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxOAuth.h"
#include "sandbox/SandboxServer.h"

#include <deque>
#include <optional>

namespace whop::sandbox {

struct SandboxServer::Private
{
    struct QueuedFault
    {
        Fault fault;
        int remaining = 0;
    };

    SandboxServer *q = nullptr;
    data::UserStore users;
    QHash<QByteArray, QString> tokens; // user tokens (OAuth access tokens too) -> user id
    accounts::Store accountStore;      // accounts, API keys, per-account overrides
    oauth::State oauthState;           // codes, access and refresh tokens
    RateBuckets rateBuckets;           // per credential and operation, on the OAuth clock
    int retryAfterSeconds = 1;
    std::deque<QueuedFault> faults;
    RequestLog log; // the most recent requests; late answers to dropped ones are not recorded
    QList<QPointer<http::ResponseWriter>> writers;
    QHash<QString, QByteArray> avatarCache;
    quint16 port = 0;
    int elsewhereCount = 0; // pictures made by changeElsewhere()

    bool tls = false;            // listening with listenLocalTls()
    bool controlEnabled = false; // setControlEnabled()

    QString origin() const
    {
        return QString("%1://127.0.0.1:%2").arg(tls ? "https" : "http").arg(port);
    }

    // SandboxServer.cpp: the normal answer (with its side effects, e.g. an applied PATCH).
    http::Response route(const RecordedRequest &request);
    http::Response users_(const RecordedRequest &request, const QString &routeTemplate,
                          const QString &idSegment);
    http::Response avatar(const QString &name);
    // SandboxFiles.cpp: /files, with the credential and version rules of /users.
    http::Response files_(const RecordedRequest &request);
    SandboxFiles *files = nullptr; // POST /files, GET /files/{id} and the storage host

    // SandboxAccountRoutes.cpp: who a bearer credential is; GET /accounts; account_id on the
    // users routes (nullopt: answer the global profile as usual).
    accounts::Caller callerFor(const QByteArray &token);
    http::Response accounts_(const RecordedRequest &request, const accounts::Caller &caller);
    std::optional<http::Response> accountUsers_(const RecordedRequest &request,
                                                const QString &idSegment,
                                                const accounts::Caller &caller,
                                                const QString &version);

    // SandboxControl.cpp: /_sandbox/... when setControlEnabled(true).
    http::Response control_(const RecordedRequest &request);

    // SandboxOAuth.cpp: /oauth/authorize, token, revoke, userinfo.
    http::Response oauth_(const RecordedRequest &request);
    http::Response authorize_(const RecordedRequest &request);
    http::Response token_(const RecordedRequest &request);
    http::Response revoke_(const RecordedRequest &request);
    http::Response userinfo_(const RecordedRequest &request);

    // SandboxFaults.cpp: answering, with or without a fault, and recording the answer.
    std::optional<Fault> takeFault(const RecordedRequest &request);
    // `id` is the request's id in `log`.
    void deliver(quint64 id, QTcpSocket *socket, const RecordedRequest &request,
                 const std::optional<Fault> &fault);
    void sendNow(quint64 id, QTcpSocket *socket, const http::Response &response, bool keepAlive,
                 bool headOnly);
    http::ResponseWriter *writer(quint64 id, QTcpSocket *socket, int status, const QByteArray &body,
                                 qint64 headBytes);
    void finishRecord(quint64 id, int status, const QByteArray &body);
};

} // namespace whop::sandbox
