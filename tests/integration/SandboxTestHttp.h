#pragma once

// A plain HTTP client for the sandbox tests: a real QNetworkAccessManager on 127.0.0.1, no
// redirects followed, every answer collected whole.

#include "SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace whop::test {

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject apiError() const { return json().value("error").toObject(); }
    QString errorCode() const { return apiError().value("code").toString(); }
    QString oauthError() const { return json().value("error").toString(); }
};

class SandboxHttp
{
public:
    static constexpr const char *Version = "2026-07-01";

    explicit SandboxHttp(sandbox::SandboxServer *server) : m_server(server)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    // `path` under /api/v1, or from the root when it starts with /oauth/ or /avatars/.
    QUrl url(const QString &path) const
    {
        const bool root = path.startsWith("/oauth/") || path.startsWith("/avatars/");
        const QString base = root ? QString("http://127.0.0.1:%1").arg(m_server->port())
                                  : m_server->baseUrl().toString();
        return QUrl(base + path);
    }

    QNetworkRequest request(const QUrl &url, const QByteArray &token,
                            const QByteArray &version = Version) const
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        if (!version.isEmpty())
            req.setRawHeader("Api-Version-Date", version);
        return req;
    }

    HttpResult get(const QString &path, const QByteArray &token,
                   const QByteArray &version = Version)
    {
        return wait(m_nam.get(request(url(path), token, version)));
    }

    HttpResult getUrl(const QUrl &url) { return wait(m_nam.get(request(url, {}, {}))); }

    HttpResult patch(const QString &path, const QJsonObject &body, const QByteArray &token,
                     const QByteArray &version = Version)
    {
        QNetworkRequest req = request(url(path), token, version);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return wait(m_nam.sendCustomRequest(req, "PATCH",
                                            QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    // An OAuth form POST (application/x-www-form-urlencoded).
    HttpResult postForm(const QString &path, const QUrlQuery &form)
    {
        QNetworkRequest req = request(url(path), {}, {});
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QByteArray body;
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' +
                    QUrl::toPercentEncoding(value);
        return wait(m_nam.post(req, body));
    }

    HttpResult postJson(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest req = request(url(path), {}, {});
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return wait(m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    HttpResult wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult r;
        r.finished = reply->isFinished() || finished.wait(15000);
        if (!r.finished)
            reply->abort();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        delete reply;
        return r;
    }

private:
    sandbox::SandboxServer *m_server;
    QNetworkAccessManager m_nam;
};

} // namespace whop::test
