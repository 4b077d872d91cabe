#include "sandbox/SandboxPrivate.h"

#include <QTcpSocket>

#include <algorithm>

namespace whop::sandbox {

using data::ApiError;
using http::Response;

namespace {

constexpr qint64 HugeFillBytes = 13 * 1024 * 1024; // a Huge body is a bit more than this
constexpr qsizetype RecordedHugeBytes = 4096;      // and is recorded only this far

// The error envelope a Status fault sends when it has no body of its own.
QByteArray faultBody(int status, int retryAfter)
{
    struct Known
    {
        int status;
        const char *code;
        const char *message;
    };
    static const Known known[] = {
        {400, "bad_request", "Bad request"},
        {401, "invalid_token", "The access token is invalid or expired."},
        {403, "forbidden", "Forbidden"},
        {404, "not_found", "Not found"},
        {408, "request_timeout", "Request timeout"},
        {409, "conflict", "Conflict"},
        {422, "unprocessable_entity", "Validation failed"},
        {500, "internal_error", "Internal server error"},
        {502, "bad_gateway", "Bad gateway"},
        {503, "service_unavailable", "Service unavailable"},
        {504, "gateway_timeout", "Gateway timeout"},
    };
    ApiError error{status,  status >= 500 ? "api_error" : "invalid_request_error",
                   "error", QString("HTTP %1").arg(status),
                   {},      {}};
    for (const Known &k : known) {
        if (k.status == status) {
            error.code = k.code;
            error.message = k.message;
        }
    }
    if (status == 429) {
        error.type = "rate_limit_error";
        error.code = "rate_limit_exceeded";
        error.message = QString("Rate limit exceeded. Try again in %1 seconds.").arg(retryAfter);
    }
    return data::errorBody(error);
}

// Bodies of the "200 but wrong" faults.
constexpr const char *MalformedBody =
    "{\"id\": 'user_DemoCreator01', username: demo-creator, \"name\": \"Demo Creator\",,";
constexpr const char *WrongShapeBody =
    "{\"id\":42,\"username\":[\"demo-creator\"],\"name\":{\"first\":\"Demo\"},"
    "\"bio\":7,\"created_at\":false,\"profile_picture\":\"not-an-object\"}";
constexpr const char *HtmlBody =
    "<!DOCTYPE html>\n<html><head><title>Sign in to the network</title></head>\n"
    "<body><h1>Welcome</h1><p>Please accept the terms to continue browsing.</p></body>"
    "</html>\n";

int retryAfterOf(const Fault &fault, int fallback)
{
    for (const auto &[name, value] : fault.headers) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0 && value.toInt() > 0)
            return value.toInt();
    }
    return fallback;
}

} // namespace

std::optional<Fault> SandboxServer::Private::takeFault(const RecordedRequest &request)
{
    for (auto it = faults.begin(); it != faults.end(); ++it) {
        const Fault &f = it->fault;
        if (!f.pathContains.isEmpty() && !request.path.contains(f.pathContains))
            continue;
        if (!f.queryContains.isEmpty() &&
            !request.query.toString(QUrl::FullyDecoded).contains(f.queryContains))
            continue;
        if (!f.method.isEmpty() && f.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        Fault taken = f;
        if (--it->remaining <= 0)
            faults.erase(it);
        return taken;
    }
    return std::nullopt;
}

void SandboxServer::Private::deliver(quint64 id, QTcpSocket *socket, const RecordedRequest &request,
                                     const std::optional<Fault> &fault)
{
    const bool keepAlive = request.header("Connection").compare("close", Qt::CaseInsensitive) != 0;
    const bool headOnly = request.method == "HEAD";
    // Every answer names its request, as a support-minded API does (X-Request-Id); a fault's
    // own headers may name another.
    const auto withRequestId = [&request](Response r) {
        const bool named = std::any_of(r.headers.cbegin(), r.headers.cend(), [](const auto &h) {
            return h.first.compare("X-Request-Id", Qt::CaseInsensitive) == 0;
        });
        if (!named)
            r.headers.append({"X-Request-Id", request.requestId});
        return r;
    };
    if (!fault)
        return sendNow(id, socket, withRequestId(route(request)), keepAlive, headOnly);

    const Fault &f = *fault;
    Response response;
    switch (f.kind) {
    case Fault::Kind::Status:
        response.status = f.status;
        response.body =
            f.body.isEmpty() ? faultBody(f.status, retryAfterOf(f, retryAfterSeconds)) : f.body;
        break;
    case Fault::Kind::Drop:
        finishRecord(id, 0, {});
        if (socket)
            socket->abort();
        return;
    case Fault::Kind::Delay: {
        response = route(request);
        response.headers += f.headers;
        response = withRequestId(response);
        const QByteArray head = http::head(response, response.body.size(), keepAlive);
        auto *w = writer(id, socket, response.status, response.body, head.size());
        w->setCloseAfter(!keepAlive);
        w->sendLater(head + response.body, f.delayMs);
        return;
    }
    case Fault::Kind::DropMidResponse: {
        response = route(request);
        response.headers += f.headers;
        response = withRequestId(response);
        const QByteArray head = http::head(response, response.body.size(), keepAlive);
        const QByteArray half = response.body.left(response.body.size() / 2);
        writer(id, socket, response.status, half, head.size())->sendThenAbort(head + half);
        return;
    }
    case Fault::Kind::Truncate:
        response = route(request);
        response.body.truncate(response.body.size() / 2);
        break;
    case Fault::Kind::Malformed:
        response.body = MalformedBody;
        break;
    case Fault::Kind::Empty:
        break;
    case Fault::Kind::Html:
        response.contentType = "text/html; charset=utf-8";
        response.body = HtmlBody;
        break;
    case Fault::Kind::WrongShape:
        response.body = WrongShapeBody;
        break;
    case Fault::Kind::Huge: {
        response.headers = f.headers;
        response = withRequestId(response);
        const QByteArray prefix = "{\"data\":\"";
        const QByteArray suffix = "\"}";
        const qint64 length = prefix.size() + HugeFillBytes + suffix.size();
        const QByteArray head = http::head(response, length, keepAlive);
        const QByteArray recorded = prefix + QByteArray(RecordedHugeBytes - prefix.size(), 'x');
        auto *w = writer(id, socket, 200, recorded, head.size());
        w->setCloseAfter(!keepAlive);
        w->stream(head, prefix, HugeFillBytes, suffix);
        return;
    }
    case Fault::Kind::Trickle: {
        response = route(request);
        response.headers += f.headers;
        response = withRequestId(response);
        const QByteArray head = http::head(response, response.body.size(), keepAlive);
        auto *w = writer(id, socket, response.status, response.body, head.size());
        w->setCloseAfter(!keepAlive);
        w->trickle(head, response.body, f.delayMs);
        return;
    }
    case Fault::Kind::Redirect:
        response.status = 302;
        response.contentType.clear();
        response.headers.append({"Location", f.location.isEmpty()
                                                 ? (origin() + "/api/v1/redirected").toLatin1()
                                                 : f.location.toEncoded()});
        break;
    }
    response.headers += f.headers;
    sendNow(id, socket, withRequestId(response), keepAlive, headOnly);
}

void SandboxServer::Private::sendNow(quint64 id, QTcpSocket *socket, const Response &response,
                                     bool keepAlive, bool headOnly)
{
    const bool connected = socket && socket->state() == QAbstractSocket::ConnectedState;
    if (connected) {
        socket->write(http::head(response, response.body.size(), keepAlive));
        if (!headOnly)
            socket->write(response.body);
        if (!keepAlive)
            socket->disconnectFromHost();
    }
    if (connected)
        log.setResponseBytes(id, http::head(response, response.body.size(), keepAlive).size() +
                                     (headOnly ? 0 : response.body.size()));
    finishRecord(id, connected ? response.status : 0,
                 connected && !headOnly ? response.body : QByteArray());
}

http::ResponseWriter *SandboxServer::Private::writer(quint64 id, QTcpSocket *socket, int status,
                                                     const QByteArray &body, qint64 headBytes)
{
    auto done = [this, id, status, body, headBytes](bool completed, qint64 sent) {
        if (!log.setResponseBytes(id, sent))
            return; // clearRequests() came first, or the record was dropped
        if (sent == 0)
            return finishRecord(id, 0, {});
        finishRecord(id, status, completed ? body : body.left(qMax<qint64>(0, sent - headBytes)));
    };
    auto *w = new http::ResponseWriter(socket, q, std::move(done));
    writers.removeIf([](const QPointer<http::ResponseWriter> &p) { return p.isNull(); });
    writers.append(w);
    return w;
}

void SandboxServer::Private::finishRecord(quint64 id, int status, const QByteArray &body)
{
    if (log.finish(id, status, body))
        Q_EMIT q->requestHandled(log.indexOf(id));
}

} // namespace whop::sandbox
