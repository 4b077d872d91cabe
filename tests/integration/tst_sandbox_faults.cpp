// The sandbox's injected faults, and its end mid-answer, through a real QNetworkAccessManager.

#include "common/SandboxFixture.h"
#include "integration/SandboxTestHttp.h"

#include <QtTest>

using whop::sandbox::Fault;
using whop::sandbox::SandboxServer;
using whop::test::HttpResult;
using whop::test::makeFault;

class TestSandboxFaults : public QObject, whop::test::SandboxHttpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }

    void statusFault_appliesCountTimesThenNormal()
    {
        Fault f = makeFault(Fault::Kind::Status);
        f.status = 503;
        f.headers = {{"Retry-After", "3"}};
        m_server->injectFault(f, 2);
        QCOMPARE(m_server->pendingFaults(), 2);
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = m_http->get("/users/me");
            QCOMPARE(r.status, 503);
            QCOMPARE(r.apiError().value("message").toString(), "Service unavailable");
            QCOMPARE(r.headers.value("retry-after"), "3");
        }
        QCOMPARE(m_server->pendingFaults(), 0);
        QCOMPARE(m_http->get("/users/me").status, 200);
    }

    void fault_onlyMatchesItsPathAndMethod()
    {
        Fault f = makeFault(Fault::Kind::Status);
        f.status = 500;
        f.body = R"({"error":{"message":"custom"}})";
        f.pathContains = "/users/alice";
        f.method = "PATCH";
        m_server->injectFault(f);
        QCOMPARE(m_http->get("/users/alice").status, 200);
        QCOMPARE(m_http->patch("/users/me", R"({"bio":"x"})").status, 200);
        const HttpResult r = m_http->patch("/users/alice", R"({"bio":"x"})");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, f.body);
    }

    void dropFaults_clientSeesError_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("Drop") << int(Fault::Kind::Drop);
        QTest::newRow("DropMidResponse") << int(Fault::Kind::DropMidResponse);
    }
    void dropFaults_clientSeesError()
    {
        QFETCH(int, kind);
        // QNAM silently re-sends a request whose connection closed before any answer:
        // enough faults for all its attempts.
        m_server->injectFault(makeFault(Fault::Kind(kind)), 5);
        const HttpResult r = m_http->get("/users/me");
        QVERIFY(r.finished);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        const auto records = m_server->requests();
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().responseStatus, kind == int(Fault::Kind::Drop) ? 0 : 200);
        m_server->clearFaults();
        QCOMPARE(m_http->get("/users/me").status, 200);
    }

    void truncateFault_cutsBodyInHalf()
    {
        const QByteArray full = m_http->get("/users/me").body;
        m_server->injectFault(makeFault(Fault::Kind::Truncate));
        const HttpResult r = m_http->get("/users/me");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, full.left(full.size() / 2));
        QCOMPARE(r.headers.value("content-length").toInt(), r.body.size());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void badBodyFaults_reachClient_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("validJson");
        const QByteArray json = "application/json; charset=utf-8";
        QTest::newRow("Malformed") << int(Fault::Kind::Malformed) << json << false;
        QTest::newRow("Empty") << int(Fault::Kind::Empty) << json << false;
        QTest::newRow("Html") << int(Fault::Kind::Html) << QByteArray("text/html; charset=utf-8")
                              << false;
        QTest::newRow("WrongShape") << int(Fault::Kind::WrongShape) << json << true;
    }
    void badBodyFaults_reachClient()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, contentType);
        QFETCH(bool, validJson);
        m_server->injectFault(makeFault(Fault::Kind(kind)));
        const HttpResult r = m_http->get("/users/me");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), contentType);
        QCOMPARE(r.body.isEmpty(), kind == int(Fault::Kind::Empty));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error == QJsonParseError::NoError, validJson);
        if (validJson)
            QVERIFY(!doc.object().value("id").isString()); // not a User
        QCOMPARE(m_http->get("/users/me").status, 200);    // one use only
    }

    void hugeFault_streamsMoreThan12MB()
    {
        m_server->injectFault(makeFault(Fault::Kind::Huge));
        QNetworkReply *reply = m_http->nam()->get(m_http->request("/users/me"));
        qint64 received = 0;
        QByteArray first;
        QByteArray last;
        connect(reply, &QNetworkReply::readyRead, this, [&] {
            const QByteArray chunk = reply->readAll();
            received += chunk.size();
            if (first.size() < 16)
                first += chunk.left(16);
            last = (last + chunk).right(2);
        });
        const qint64 length = [&] {
            QSignalSpy meta(reply, &QNetworkReply::metaDataChanged);
            meta.wait(15000);
            return reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        }();
        const HttpResult r = m_http->wait(reply, 60000);
        QVERIFY(r.finished);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(received > 12 * 1024 * 1024);
        QCOMPARE(received, length);
        QVERIFY(first.startsWith(R"({"data":"xxx)"));
        QCOMPARE(last, QByteArray(R"("})"));
        QTRY_COMPARE(m_server->requests().value(0).responseStatus, 200);
    }

    void trickleFault_arrivesSlowly()
    {
        m_server->injectFault(makeFault(Fault::Kind::Trickle, 500, 20));
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_http->nam()->get(m_http->request("/users/me"));
        qint64 received = 0;
        connect(reply, &QNetworkReply::readyRead, this,
                [&] { received += reply->readAll().size(); });
        QTRY_VERIFY_WITH_TIMEOUT(received >= 5, 10000);
        QVERIFY(timer.elapsed() >= 5 * 20);
        QVERIFY(!reply->isFinished());
        QVERIFY(received < reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
        QCOMPARE(handled.count(), 0);
        reply->abort(); // the server notices and stops trickling
        QTRY_COMPARE(handled.count(), 1);
        delete reply;
    }

    void trickleFault_deliversWholeBody()
    {
        const QByteArray full = m_http->get("/users/taken-name", Demo, "2026-07-20").body;
        m_server->injectFault(makeFault(Fault::Kind::Trickle, 500, 1));
        const HttpResult r = m_http->get("/users/taken-name", Demo, "2026-07-20");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, full);
        QVERIFY(r.elapsedMs >= full.size());
    }

    void redirectFault_gives302WithLocation()
    {
        Fault f = makeFault(Fault::Kind::Redirect);
        f.location = QUrl("https://login.example.invalid/moved");
        m_server->injectFault(f);
        QNetworkRequest req = m_http->request("/users/me");
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        const HttpResult r = m_http->wait(m_http->nam()->get(req));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.headers.value("location"), "https://login.example.invalid/moved");
    }

    void delayFault_delaysByAtLeastDelayMs()
    {
        m_server->injectFault(makeFault(Fault::Kind::Delay, 500, 300));
        const HttpResult r = m_http->get("/users/me");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 300, QByteArray::number(r.elapsedMs).constData());
        QCOMPARE(r.json().value("id").toString(), SandboxServer::DemoUserId);
    }

    void destroyingServerMidAnswer_isClean()
    {
        m_server->injectFault(makeFault(Fault::Kind::Delay, 500, 60000));
        m_server->injectFault(makeFault(Fault::Kind::Trickle, 500, 50));
        QNetworkReply *delayed = m_http->nam()->get(m_http->request("/users/me"));
        QNetworkReply *trickled = m_http->nam()->get(m_http->request("/users/me"));
        QTRY_COMPARE(m_server->requests().size(), 2);
        QTRY_VERIFY(trickled->bytesAvailable() > 0 || trickled->rawHeaderPairs().size() > 0);
        m_server.reset();
        QVERIFY(m_http->wait(delayed).error != QNetworkReply::NoError);
        QVERIFY(m_http->wait(trickled).error != QNetworkReply::NoError);
        m_server = std::make_unique<SandboxServer>(); // for cleanup()
    }
};

QTEST_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
