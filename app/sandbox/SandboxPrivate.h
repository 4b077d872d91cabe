#pragma once

// SandboxServer's private state, shared by SandboxServer.cpp (routes, API) and
// SandboxFaults.cpp (answer delivery and injected faults).

#include "SandboxData.h"
#include "SandboxHttp.h"
#include "SandboxServer.h"

#include <QElapsedTimer>

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
    QHash<QByteArray, QString> tokens;
    int rateLimit = 600;
    int rateWindowMs = 60000;
    int retryAfterSeconds = 1;
    QHash<QByteArray, std::deque<qint64>> rateHits; // credential + operation -> request times
    QElapsedTimer clock;
    std::deque<QueuedFault> faults;
    QList<RecordedRequest> records;
    quint64 generation = 0; // bumped by clearRequests(): late answers then stay unrecorded
    QList<QPointer<http::ResponseWriter>> writers;
    QHash<QString, QByteArray> avatarCache;
    quint16 port = 0;

    QString origin() const { return QString("http://127.0.0.1:%1").arg(port); }

    // SandboxServer.cpp: the normal answer (with its side effects, e.g. an applied PATCH).
    http::Response route(const RecordedRequest &request);
    http::Response users_(const RecordedRequest &request, const QString &routeTemplate,
                          const QString &idSegment);
    http::Response avatar(const QString &name);

    // SandboxFaults.cpp: answering, with or without a fault, and recording the answer.
    std::optional<Fault> takeFault(const RecordedRequest &request);
    void deliver(int index, QTcpSocket *socket, const RecordedRequest &request,
                 const std::optional<Fault> &fault);
    void sendNow(int index, QTcpSocket *socket, const http::Response &response, bool keepAlive,
                 bool headOnly);
    http::ResponseWriter *writer(int index, QTcpSocket *socket, int status, const QByteArray &body,
                                 qint64 headBytes);
    void finishRecord(int index, int status, const QByteArray &body);
};

} // namespace whop::sandbox
