#pragma once

// The fixture of tst_sandbox.cpp and tst_sandbox_faults.cpp: raw requests to a fresh sandbox.

#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace whop::test {

class RawSandboxFixture
{
protected:
    static inline const QByteArray Demo = sandbox::SandboxServer::DemoToken;

    struct Result
    {
        bool finished = false;
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        qint64 elapsedMs = 0;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonObject error_() const { return json().value("error").toObject(); }
    };

    static sandbox::Fault fault(sandbox::Fault::Kind kind, int delayMs = 0)
    {
        sandbox::Fault f;
        f.kind = kind;
        f.delayMs = delayMs;
        return f;
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QNetworkRequest request(const QString &path, const QByteArray &token = Demo,
                            const QByteArray &version = "2026-07-01") const
    {
        const bool api = !path.startsWith("/avatars/");
        const QString root = api ? m_server->baseUrl().toString()
                                 : QString("http://127.0.0.1:%1").arg(m_server->port());
        QNetworkRequest req(QUrl(root + path));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        if (!version.isEmpty())
            req.setRawHeader("Api-Version-Date", version);
        return req;
    }

    Result wait(QNetworkReply *reply, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Result r;
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

    Result get(const QString &path, const QByteArray &token = Demo,
               const QByteArray &version = "2026-07-01")
    {
        return wait(m_nam->get(request(path, token, version)));
    }

    Result patch(const QString &path, const QByteArray &body, const QByteArray &token = Demo,
                 const QByteArray &version = "2026-07-01")
    {
        QNetworkRequest req = request(path, token, version);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return wait(m_nam->sendCustomRequest(req, "PATCH", body));
    }
};

} // namespace whop::test
