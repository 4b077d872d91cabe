// The control routes of `whop-sandbox --control` (SandboxServer::setControlEnabled): how a test
// in another process (tests/sdk/sdk_peer.mjs) injects faults, changes settings and reads what the
// sandbox saw. Only from a loopback peer, never recorded in requests(), never subject to faults.
//
//   POST   /_sandbox/faults            {kind, status, body, headers: {name: value}, delay_ms,
//                                       path_contains, query_contains, method, count}
//   DELETE /_sandbox/faults
//   GET    /_sandbox/requests          {requests: [{method, path, query, status, headers, body,
//                                       request_id}]}, Authorization values redacted
//   DELETE /_sandbox/requests
//   GET    /_sandbox/storage-requests  the same for the storage host
//   GET    /_sandbox/users/{id}        {user: as stored, override: {} or the account's override}
//                                       (?account_id=biz_...)
//   GET    /_sandbox/accounts          {ids: [...]}: what GET /accounts lists for the request's
//                                       bearer credential
//   POST   /_sandbox/settings          {file_size_as_integer, upload_header_values: {...},
//                                       processing_delay_ms, retry_after_seconds,
//                                       rate_limit: {requests, window_ms}}
//   POST   /_sandbox/quit              answers, then SandboxServer::quitRequested()

#include "sandbox/SandboxPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace whop::sandbox {

using http::Response;

namespace {

Response json(int status, const QJsonObject &object)
{
    return Response{
        status, http::JsonType, {}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Response refuse(int status, const QString &message)
{
    return Response{status,
                    http::JsonType,
                    {},
                    data::errorBody({status, "control_error", "control_error", message, {}, {}})};
}

std::optional<Fault::Kind> faultKind(const QString &name)
{
    static const QHash<QString, Fault::Kind> kinds{
        {"status", Fault::Kind::Status},
        {"delay", Fault::Kind::Delay},
        {"drop", Fault::Kind::Drop},
        {"drop_mid_response", Fault::Kind::DropMidResponse},
        {"truncate", Fault::Kind::Truncate},
        {"malformed", Fault::Kind::Malformed},
        {"empty", Fault::Kind::Empty},
        {"html", Fault::Kind::Html},
        {"wrong_shape", Fault::Kind::WrongShape},
        {"redirect", Fault::Kind::Redirect},
    };
    const auto it = kinds.constFind(name);
    return it == kinds.cend() ? std::nullopt : std::optional<Fault::Kind>(*it);
}

QJsonArray describe(const QList<RecordedRequest> &requests)
{
    QJsonArray out;
    for (const RecordedRequest &r : requests) {
        QJsonObject headers;
        for (const auto &[name, value] : r.headers) {
            const QString key = QString::fromLatin1(name).toLower();
            // What a test prints when it fails must not carry a credential.
            headers.insert(key, key == QLatin1String("authorization") ? QStringLiteral("<redacted>")
                                                                      : QString::fromLatin1(value));
        }
        out.append(QJsonObject{{"method", QString::fromLatin1(r.method)},
                               {"path", r.path},
                               {"query", r.query.toString(QUrl::FullyEncoded)},
                               {"status", r.responseStatus},
                               {"headers", headers},
                               {"body", QString::fromUtf8(r.body.left(4096))},
                               {"request_id", QString::fromLatin1(r.requestId)}});
    }
    return out;
}

} // namespace

Response SandboxServer::Private::control_(const RecordedRequest &request)
{
    static const QRegularExpression userPath("^/_sandbox/users/([^/]+)$");
    const QString path = request.path;
    const QByteArray method = request.method;
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (!request.body.isEmpty() && parseError.error != QJsonParseError::NoError)
        return refuse(400, "The body is not JSON.");

    if (path == QLatin1String("/_sandbox/faults") && method == "POST") {
        const auto kind = faultKind(body.value("kind").toString("status"));
        if (!kind)
            return refuse(400, "Unknown fault kind.");
        Fault fault;
        fault.kind = *kind;
        fault.status = body.value("status").toInt(500);
        fault.body = body.value("body").toString().toUtf8();
        const QJsonObject headers = body.value("headers").toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            fault.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        fault.delayMs = body.value("delay_ms").toInt();
        fault.pathContains = body.value("path_contains").toString();
        fault.queryContains = body.value("query_contains").toString();
        fault.method = body.value("method").toString().toLatin1();
        q->injectFault(fault, body.value("count").toInt(1));
        return json(200, QJsonObject{{"pending", q->pendingFaults()}});
    }
    if (path == QLatin1String("/_sandbox/faults") && method == "DELETE") {
        q->clearFaults();
        return json(200, QJsonObject{{"pending", 0}});
    }
    if (path == QLatin1String("/_sandbox/requests") && method == "GET")
        return json(200, QJsonObject{{"requests", describe(log.list())}});
    if (path == QLatin1String("/_sandbox/requests") && method == "DELETE") {
        log.clear();
        return json(200, QJsonObject{{"requests", QJsonArray()}});
    }
    if (path == QLatin1String("/_sandbox/storage-requests") && method == "GET")
        return json(200, QJsonObject{{"requests", describe(files->storageRequests())}});
    if (const auto m = userPath.match(path); m.hasMatch() && method == "GET") {
        const QJsonObject user = users.find(m.captured(1));
        if (user.isEmpty())
            return refuse(404, "No such user.");
        const QString accountId = request.query.queryItemValue("account_id", QUrl::FullyDecoded);
        const QString userId = user.value("id").toString();
        return json(200, QJsonObject{{"user", user},
                                     {"override", accountId.isEmpty() ? QJsonObject()
                                                                      : accountStore.override_(
                                                                            accountId, userId)}});
    }
    if (path == QLatin1String("/_sandbox/accounts") && method == "GET") {
        static const QRegularExpression bearer("^\\s*Bearer\\s+(\\S+)\\s*$",
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = bearer.match(QString::fromLatin1(request.header("Authorization")));
        const accounts::Caller caller =
            m.hasMatch() ? callerFor(m.captured(1).toLatin1()) : accounts::Caller{};
        if (caller.kind == accounts::Caller::Kind::None)
            return refuse(401, "Name a known credential in Authorization.");
        return json(
            200, QJsonObject{{"ids", QJsonArray::fromStringList(accountStore.visibleTo(caller))}});
    }
    if (path == QLatin1String("/_sandbox/settings") && method == "POST") {
        if (body.contains("file_size_as_integer"))
            files->setSizeAsInteger(body.value("file_size_as_integer").toBool());
        if (body.contains("upload_header_values"))
            files->setExtraUploadHeaderValues(body.value("upload_header_values").toObject());
        if (body.contains("processing_delay_ms"))
            files->setProcessingDelayMs(body.value("processing_delay_ms").toInt());
        if (body.contains("retry_after_seconds"))
            q->setRetryAfterSeconds(body.value("retry_after_seconds").toInt());
        if (body.contains("rate_limit")) {
            const QJsonObject limit = body.value("rate_limit").toObject();
            q->setRateLimit(limit.value("requests").toInt(600),
                            limit.value("window_ms").toInt(60000));
        }
        return json(200, QJsonObject{});
    }
    if (path == QLatin1String("/_sandbox/quit") && method == "POST") {
        // After this answer has been written (the caller writes it before the event loop runs).
        QTimer::singleShot(0, q, &SandboxServer::quitRequested);
        return json(200, QJsonObject{});
    }
    return refuse(404, QString("No control route %1 %2.").arg(QString::fromLatin1(method), path));
}

} // namespace whop::sandbox
