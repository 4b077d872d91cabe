#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxMoney.h"
#include "sandbox/SandboxPrivate.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace whop::sandbox {

using data::ApiError;
using http::Response;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

Response jsonResponse(int status, const QJsonObject &object)
{
    return Response{
        status, http::JsonType, {}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Response errorResponse(const ApiError &error)
{
    return Response{error.status, http::JsonType, {}, data::errorBody(error)};
}

Response notFound(const QString &message)
{
    return errorResponse(ApiError{404, "invalid_request_error", "not_found", message, {}, {}});
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Response SandboxServer::Private::route(const RecordedRequest &request)
{
    static const QRegularExpression avatarPath("^/avatars/([A-Za-z0-9_-]{1,128})\\.png$");
    static const QRegularExpression userPath("^/api/v1/users/([^/]+)$");
    const QString routeName = QString::fromLatin1(request.method) + ' ' + request.path;
    if (request.method == "GET") {
        if (const auto m = avatarPath.match(request.path); m.hasMatch())
            return avatar(m.captured(1));
    }
    if (request.path == QLatin1String("/api/v1/files") ||
        request.path.startsWith(QLatin1String("/api/v1/files/")))
        return files_(request);
    if (request.path.startsWith(QLatin1String("/oauth/")))
        return oauth_(request);
    if (request.path == QLatin1String("/api/v1/accounts") && request.method == "GET")
        return users_(request, "GET /accounts", {}); // same credential, rate limit, version
    const auto m = userPath.match(request.path);
    if (!m.hasMatch() || (request.method != "GET" && request.method != "PATCH"))
        return notFound(QString("No route matches %1.").arg(routeName));
    const QString id = m.captured(1);
    const QString routeTemplate = QString::fromLatin1(request.method) +
                                  (id == QLatin1String("me") ? " /users/me" : " /users/{id}");
    return users_(request, routeTemplate, id);
}

Response SandboxServer::Private::users_(const RecordedRequest &request,
                                        const QString &routeTemplate, const QString &idSegment)
{
    // Credential.
    static const QRegularExpression bearer("^\\s*Bearer\\s+(\\S+)\\s*$",
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = bearer.match(QString::fromLatin1(request.header("Authorization")));
    if (!m.hasMatch()) {
        return errorResponse({401,
                              "unauthorized",
                              "invalid_token",
                              "Missing bearer token: send Authorization: Bearer <token>.",
                              {},
                              {}});
    }
    const QByteArray token = m.captured(1).toLatin1();
    const accounts::Caller caller = callerFor(token); // user token, OAuth token or API key
    const QString callerId = caller.userId;           // empty for API keys
    if (caller.kind == accounts::Caller::Kind::None) {
        return errorResponse({401,
                              "unauthorized",
                              "invalid_token",
                              "The access token is invalid or expired.",
                              {},
                              {}});
    }

    // Rate limit: a sliding window per credential and operation.
    if (!rateBuckets.admit(token + ' ' + routeTemplate.toLatin1(), oauthState.now())) {
        Response response = errorResponse(
            {429,
             "rate_limit_error",
             "rate_limit_exceeded",
             QString("Rate limit exceeded. Try again in %1 seconds.").arg(retryAfterSeconds),
             {},
             {}});
        response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        return response;
    }

    // Version.
    QString version = QString::fromLatin1(request.header("Api-Version-Date")).trimmed();
    if (version.isEmpty())
        version = data::UnversionedDefault;
    if (!data::supportedVersions().contains(version)) {
        const QStringList &all = data::supportedVersions();
        return errorResponse(
            {400,
             "invalid_request_error",
             "unsupported_api_version",
             QString("Api-Version-Date '%1' is not supported. Supported versions: %2.")
                 .arg(version, all.join(QLatin1String(", "))),
             {},
             QJsonObject{{"supported_versions", QJsonArray::fromStringList(all)}}});
    }

    if (routeTemplate == QLatin1String("GET /accounts"))
        return accounts_(request, caller);
    // account_id (from 2026-06-08) or company_id (before), and what API keys may do.
    if (std::optional<Response> answer = accountUsers_(request, idSegment, caller, version))
        return *answer;
    const QJsonObject target = users.find(idSegment == QLatin1String("me") ? callerId : idSegment);
    if (target.isEmpty()) {
        return errorResponse({404,
                              "invalid_request_error",
                              "not_found",
                              QString("User '%1' was not found.").arg(idSegment),
                              "id",
                              {}});
    }
    const QString targetId = target.value("id").toString();
    if (request.method == "GET") {
        QJsonObject shown = data::renderUser(target, version, targetId == callerId);
        if (targetId == callerId) { // ignored for other users (@whop/sdk, src/resources/users.ts)
            if (const ApiError e = data::addBalanceHistory(&shown, target, request.query);
                e.isError())
                return errorResponse(e);
        }
        return jsonResponse(200, shown);
    }

    if (targetId != callerId) {
        return errorResponse({403,
                              "permission_error",
                              "forbidden",
                              "This credential cannot update that user.",
                              {},
                              {}});
    }
    if (const ApiError error = files->checkAttach(request.body, callerId); error.isError())
        return errorResponse(error);
    if (const ApiError error = users.applyUpdate(targetId, request.body, origin()); error.isError())
        return errorResponse(error);
    files->applyAttach(request.body, users, targetId); // the uploaded file's own URL
    avatarCache.remove(targetId);                      // the initials may have changed
    return jsonResponse(200, data::renderUser(users.find(targetId), version, true));
}

Response SandboxServer::Private::avatar(const QString &name)
{
    auto it = avatarCache.constFind(name);
    if (it == avatarCache.cend()) {
        if (avatarCache.size() > 64)
            avatarCache.clear();
        const QJsonObject user = users.find(name);
        const QString label = user.isEmpty()                  ? accountStore.label(name)
                              : user.value("name").isString() ? user.value("name").toString()
                                                              : user.value("username").toString();
        it = avatarCache.insert(name, data::avatarPng(name, label));
    }
    return Response{200, "image/png", {{"Cache-Control", "max-age=60"}}, it.value()};
}

SandboxServer::SandboxServer(QObject *parent) : QAbstractHttpServer(parent), d(new Private)
{
    d->q = this;
    d->files = new SandboxFiles(this);
    d->users.seed(d->origin());
    addUserToken(DemoToken, DemoUserId);
    d->accountStore.seed();
    addApiKey(DemoApiKey, DemoAccountId);
    addApiKey(DemoAppApiKey, DemoAccountId, true);
    for (const data::SeedUser &seed : data::seedTokens())
        addUserToken(seed.token, seed.id);
}

SandboxServer::~SandboxServer()
{
    // Writers call back into `d`: end them (without callbacks) while `d` still exists.
    for (const QPointer<http::ResponseWriter> &writer : std::as_const(d->writers))
        delete writer.data();
    d->writers.clear();
}

bool SandboxServer::listenLocal(quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return false;
    }
    bind(server);
    if (!d->files->listenLocal(0)) // the storage host: another origin
        return false;
    const QString oldOrigin = d->origin();
    d->port = server->serverPort();
    d->users.rebaseAvatars(oldOrigin, d->origin());
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(d->origin() + "/api/v1");
}

void SandboxServer::addUserToken(const QByteArray &token, const QString &userId)
{
    d->tokens.insert(token, userId);
}

void SandboxServer::removeToken(const QByteArray &token)
{
    d->tokens.remove(token);
    d->accountStore.removeKey(token);
}

QStringList SandboxServer::supportedVersions() const
{
    return data::supportedVersions();
}

QJsonObject SandboxServer::storedUser(const QString &idOrUsername) const
{
    return d->users.find(idOrUsername);
}

void SandboxServer::putUser(const QJsonObject &user)
{
    d->users.put(user);
    d->avatarCache.remove(user.value("id").toString());
}

void SandboxServer::setRateLimit(int requests, int windowMs)
{
    d->rateBuckets.setLimit(requests, windowMs);
}

void SandboxServer::setRetryAfterSeconds(int seconds)
{
    d->retryAfterSeconds = qMax(0, seconds);
}

void SandboxServer::injectFault(const Fault &fault, int count)
{
    if (count > 0)
        d->faults.push_back({fault, count});
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

int SandboxServer::pendingFaults() const
{
    int total = 0;
    for (const Private::QueuedFault &queued : d->faults)
        total += queued.remaining;
    return total;
}

void SandboxServer::setControlEnabled(bool enabled)
{
    d->controlEnabled = enabled;
}

SandboxFiles *SandboxServer::files() const
{
    return d->files;
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return d->log.list();
}

void SandboxServer::clearRequests()
{
    d->log.clear();
}

void SandboxServer::setRequestLogLimits(int maxRequests, qint64 maxBytes)
{
    d->log.setLimits(maxRequests, maxBytes);
    d->files->setStorageRequestLogLimits(maxRequests, maxBytes);
}

quint64 SandboxServer::requestsSeen() const
{
    return d->log.total();
}

int SandboxServer::rateBucketCount() const
{
    return int(d->rateBuckets.size());
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest record;
    record.method = methodName(request.method());
    record.path = request.url().path();
    record.query = request.query();
    record.headers = request.headers();
    record.body = request.body();
    if (d->controlEnabled && record.path.startsWith(QLatin1String("/_sandbox/"))) {
        const Response response = socket->peerAddress().isLoopback()
                                      ? d->control_(record)
                                      : notFound(QString("No route matches %1.").arg(record.path));
        socket->write(http::serialize(response, true));
        return true;
    }
    record.requestId =
        "req_" +
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    const quint64 id = d->log.append(record);
    d->deliver(id, socket, record, d->takeFault(record));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers everything. Answer 404 all the same.
    const Response response = notFound(QString("No route matches %1.").arg(request.url().path()));
    if (socket)
        socket->write(http::serialize(response, true));
}

} // namespace whop::sandbox
