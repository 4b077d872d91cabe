#pragma once

// Raw HTTP against a fresh sandbox, for the tests of the sandbox itself: a real
// QNetworkAccessManager on 127.0.0.1, no proxy, no redirects followed, every answer collected
// whole (HttpResult), and the fixture that starts a sandbox for each test (SandboxHttpFixture).

#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace whop::test {

// One answer, whole: what the tests read of it.
struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    qint64 elapsedMs = 0;                  // from the wait's start to the answer's end

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject apiError() const { return json().value("error").toObject(); }
    QString errorCode() const { return apiError().value("code").toString(); }
    QString oauthError() const { return json().value("error").toString(); }
};

class SandboxHttp
{
public:
    static constexpr const char *Version = "2026-07-01";
    static inline const QByteArray Demo = sandbox::SandboxServer::DemoToken;

    explicit SandboxHttp(sandbox::SandboxServer *server) : m_server(server)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    QNetworkAccessManager *nam() { return &m_nam; }

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
    QNetworkRequest request(const QString &path, const QByteArray &token = Demo,
                            const QByteArray &version = Version) const
    {
        return request(url(path), token, version);
    }

    HttpResult get(const QString &path, const QByteArray &token = Demo,
                   const QByteArray &version = Version)
    {
        return wait(m_nam.get(request(path, token, version)));
    }

    HttpResult getUrl(const QUrl &url) { return wait(m_nam.get(request(url, {}, {}))); }

    // A PATCH with `body` sent as it is (malformed JSON included).
    HttpResult patch(const QString &path, const QByteArray &body, const QByteArray &token = Demo,
                     const QByteArray &version = Version)
    {
        QNetworkRequest req = request(path, token, version);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return wait(m_nam.sendCustomRequest(req, "PATCH", body));
    }
    HttpResult patch(const QString &path, const QJsonObject &body, const QByteArray &token = Demo,
                     const QByteArray &version = Version)
    {
        return patch(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, version);
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

    // Waits for `reply` (aborted after `timeoutMs`), takes all of it and deletes it.
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult r;
        r.finished = reply->isFinished() || finished.wait(timeoutMs);
        r.elapsedMs = timer.elapsed();
        if (!r.finished)
            reply->abort();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
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

// A sandbox on 127.0.0.1 (port 0) and a SandboxHttp talking to it, fresh for each test: the test
// calls startSandbox() in init() and stopSandbox() in cleanup().
class SandboxHttpFixture
{
protected:
    static inline const QByteArray Demo = sandbox::SandboxServer::DemoToken;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;

    void startSandbox()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->listenLocal(0));
        QVERIFY(m_server->port() != 0);
        m_http = std::make_unique<SandboxHttp>(m_server.get());
    }
    void stopSandbox()
    {
        m_http.reset();
        m_server.reset();
    }
};

} // namespace whop::test
