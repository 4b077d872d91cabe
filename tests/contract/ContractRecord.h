#pragma once

// How tst_contract_traffic writes one exchange for validate.mjs: the request as the sandbox
// received it (method, path, query, the headers the contract speaks of, the body) and the answer
// (status, content type as the client saw it, body). The credential itself never goes to the file.

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace whop::test::contract {

// What the client saw of one answer (the sandbox records everything but the response headers).
struct ClientSide
{
    QString path;
    int status = 0;
    QByteArray contentType;
    QString step;
};

// A body as JSON when it is JSON (`isJson`), else as text; null when empty.
inline QJsonValue bodyValue(const QByteArray &body, bool *isJson)
{
    *isJson = false;
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    *isJson = true;
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue::Null;
}

inline QString outputPath()
{
    const QString fromEnv = qEnvironmentVariable("WHOP_CONTRACT_OUT");
    return fromEnv.isEmpty() ? QDir(QDir::tempPath()).filePath("whop-contract-traffic.json")
                             : fromEnv;
}

inline QJsonObject exchangeJson(const sandbox::RecordedRequest &r, const ClientSide &side,
                                int index)
{
    QJsonObject query;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded))
        query.insert(key, value);

    QJsonObject headers;
    for (const char *name : {"Content-Type", "Api-Version-Date", "Accept", "Idempotency-Key"}) {
        if (r.hasHeader(name))
            headers.insert(QString::fromLatin1(name).toLower(),
                           QString::fromLatin1(r.header(name)));
    }
    const QByteArray authorization = r.header("Authorization").trimmed();
    headers.insert("authorization_present", r.hasHeader("Authorization"));
    // The scheme only ("Bearer"): the credential itself never goes to the file.
    headers.insert("authorization_scheme",
                   QString::fromLatin1(authorization.left(authorization.indexOf(' '))));

    QJsonObject request{{"method", QString::fromLatin1(r.method)},
                        {"path", r.path},
                        {"query", query},
                        {"headers", headers}};
    bool isJson = false;
    const QJsonValue requestBody = bodyValue(r.body, &isJson);
    if (r.body.isEmpty())
        request.insert("body", QJsonValue::Null);
    else
        request.insert(isJson ? "body" : "body_raw", requestBody);

    QJsonObject response{{"status", r.responseStatus},
                         {"content_type", QString::fromLatin1(side.contentType)}};
    const QJsonValue responseBody = bodyValue(r.responseBody, &isJson);
    if (r.responseBody.isEmpty())
        response.insert("body", QJsonValue::Null);
    else
        response.insert(isJson ? "body" : "body_raw", responseBody);

    return QJsonObject{
        {"index", index}, {"step", side.step}, {"request", request}, {"response", response}};
}

} // namespace whop::test::contract
