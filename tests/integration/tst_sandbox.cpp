// The sandbox server's user API, rate limit, recording, avatars and keep-alive, driven through a
// real QNetworkAccessManager on 127.0.0.1 (its faults: tst_sandbox_faults.cpp).

#include "integration/SandboxTestHttp.h"

#include <QImage>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using whop::sandbox::SandboxServer;
using whop::test::HttpResult;

class TestSandbox : public QObject, whop::test::SandboxHttpFixture
{
    Q_OBJECT

private:
    int openConnections() const
    {
        return int(m_server->servers().value(0)->findChildren<QTcpSocket *>().size());
    }

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }

    void getMe_returnsSeededUserWithEveryRequiredKey()
    {
        const HttpResult r = m_http->get("/users/me");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), "application/json; charset=utf-8");
        const QJsonObject user = r.json();
        for (const char *key : {"id", "username", "name", "bio", "created_at", "profile_picture",
                                "total_usd", "balances", "verification"})
            QVERIFY2(user.contains(QLatin1String(key)), key);
        QCOMPARE(user.value("id").toString(), SandboxServer::DemoUserId);
        QCOMPARE(user.value("username").toString(), "demo-creator");
        QCOMPARE(user.value("name").toString(), "Demo Creator");
        QCOMPARE(user.value("bio").toString().count('\n'), 1);
        QCOMPARE(QDateTime::fromString(user.value("created_at").toString(), Qt::ISODate),
                 QDateTime(QDate(2023, 4, 12), QTime(9, 30), Qt::UTC));
        QCOMPARE(user.value("profile_picture").toObject().value("url").toString(),
                 QString("http://127.0.0.1:%1/avatars/%2.png")
                     .arg(m_server->port())
                     .arg(SandboxServer::DemoUserId));
        QCOMPARE(user.value("total_usd").toString(), "1234.56");
        const QJsonArray balances = user.value("balances").toArray();
        QCOMPARE(balances.size(), 2);
        QStringList symbols;
        for (const QJsonValue &b : balances) {
            for (const char *key :
                 {"symbol", "name", "balance", "value_usd", "price_usd", "icon_url", "breakdown"})
                QVERIFY2(b.toObject().contains(QLatin1String(key)), key);
            symbols << b.toObject().value("symbol").toString();
        }
        QCOMPARE(symbols, QStringList({"USD", "USDT"}));
        const QJsonObject verification = user.value("verification").toObject();
        QCOMPARE(verification.value("individual").toObject().value("status").toString(),
                 "approved");
        QVERIFY(verification.contains("business") && verification.value("business").isNull());
    }

    void getMe_withoutOrWithWrongToken_returns401_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("unknown") << QByteArray("not-a-real-token");
    }
    void getMe_withoutOrWithWrongToken_returns401()
    {
        QFETCH(QByteArray, token);
        const HttpResult r = m_http->get("/users/me", token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.apiError().value("type").toString(), "unauthorized");
        QCOMPARE(r.apiError().value("code").toString(), "invalid_token");
        QVERIFY(!r.apiError().value("message").toString().isEmpty());
    }

    void unknownVersion_returns400ListingSupportedVersions()
    {
        const HttpResult r = m_http->get("/users/me", Demo, "2099-01-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.apiError().value("code").toString(), "unsupported_api_version");
        const QStringList listed =
            r.apiError().value("supported_versions").toVariant().toStringList();
        QCOMPARE(listed, m_server->supportedVersions());
        // As Whop publishes them (its versions page and its SDKs' pins), oldest first.
        QCOMPARE(listed, QStringList({"2025-01-01", "2026-06-08", "2026-06-09", "2026-06-20",
                                      "2026-07-01", "2026-07-08-1", "2026-07-20"}));
        QCOMPARE(r.apiError().value("message").toString(),
                 "Api-Version-Date '2099-01-01' is not supported. Supported versions: "
                 "2025-01-01, 2026-06-08, 2026-06-09, 2026-06-20, 2026-07-01, 2026-07-08-1, "
                 "2026-07-20.");
    }

    void balanceShape_followsVersion_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("nested");
        QTest::newRow("missing header") << QByteArray() << false;
        QTest::newRow("2025-01-01") << QByteArray("2025-01-01") << false;
        QTest::newRow("2026-06-08") << QByteArray("2026-06-08") << false;
        QTest::newRow("2026-06-09") << QByteArray("2026-06-09") << false;
        QTest::newRow("2026-06-20") << QByteArray("2026-06-20") << false;
        QTest::newRow("2026-07-01") << QByteArray("2026-07-01") << false;
        QTest::newRow("2026-07-08-1") << QByteArray("2026-07-08-1") << true;
        QTest::newRow("2026-07-20") << QByteArray("2026-07-20") << true;
    }
    void balanceShape_followsVersion()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, nested);
        const HttpResult r = m_http->get("/users/me", Demo, version);
        QCOMPARE(r.status, 200);
        const QJsonObject user = r.json();
        QCOMPARE(user.contains("balance"), nested);
        QCOMPARE(user.contains("total_usd"), !nested);
        QCOMPARE(user.contains("balances"), !nested);
        if (nested) {
            const QJsonObject balance = user.value("balance").toObject();
            QCOMPARE(balance.value("total_usd").toString(), "1234.56");
            QVERIFY(balance.value("cash_usd").isString() && balance.value("crypto_usd").isString());
        } else {
            QCOMPARE(user.value("total_usd").toString(), "1234.56");
        }
    }

    void otherUsersView_hidesSelfOnlyFields()
    {
        const HttpResult flat =
            m_http->get(QString("/users/%1").arg(SandboxServer::DemoUserId), "alice-token");
        QCOMPARE(flat.status, 200);
        QCOMPARE(flat.json().value("username").toString(), "demo-creator");
        QVERIFY(flat.json().contains("total_usd") && flat.json().value("total_usd").isNull());
        QCOMPARE(flat.json().value("balances").toArray().size(), 0);
        const QJsonObject verification = flat.json().value("verification").toObject();
        QVERIFY(verification.value("individual").isNull() && verification.contains("individual"));
        QVERIFY(verification.value("business").isNull() && verification.contains("business"));
        const HttpResult nested = m_http->get("/users/demo-creator", "alice-token", "2026-07-20");
        QVERIFY(nested.json().contains("balance") && nested.json().value("balance").isNull());
    }

    void getByUsername_isCaseInsensitive()
    {
        const HttpResult r = m_http->get("/users/DEMO-Creator");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("id").toString(), SandboxServer::DemoUserId);
        QCOMPARE(r.json().value("total_usd").toString(), "1234.56"); // the caller's own
        const HttpResult missing = m_http->get("/users/nobody-here");
        QCOMPARE(missing.status, 404);
        QVERIFY(!missing.apiError().value("message").toString().isEmpty());
    }

    void unknownRoute_returns404Envelope()
    {
        const HttpResult r = m_http->get("/nothing/here");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.apiError().value("code").toString(), "not_found");
        QVERIFY(!r.apiError().value("message").toString().isEmpty());
    }

    void patchNameAndBio_updatesResponseAndStore()
    {
        const HttpResult r =
            m_http->patch("/users/me", R"({"name":"New Name","bio":"Line one\nLine two"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name").toString(), "New Name");
        QCOMPARE(r.json().value("bio").toString(), "Line one\nLine two");
        QCOMPARE(r.json().value("total_usd").toString(), "1234.56"); // full self view
        const QJsonObject stored = m_server->storedUser(SandboxServer::DemoUserId);
        QCOMPARE(stored.value("name").toString(), "New Name");
        QCOMPARE(stored.value("bio").toString(), "Line one\nLine two");
        QCOMPARE(m_http->get("/users/me").json().value("name").toString(), "New Name");
    }

    void patchWithBadBody_returns400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("name number") << QByteArray(R"({"name":5})") << "'name' must be a string";
        QTest::newRow("bio null") << QByteArray(R"({"bio":null})") << "'bio' must be a string";
        QTest::newRow("username array") << QByteArray(R"({"username":["a"]})") << "'username'";
        QTest::newRow("picture string") << QByteArray(R"({"profile_picture":"file_1"})")
                                        << "'profile_picture' must be an object";
        QTest::newRow("unknown key") << QByteArray(R"({"email":"a@b.c"})") << "'email'";
        QTest::newRow("array body") << QByteArray("[1,2]") << "Request body must be a JSON object";
        QTest::newRow("not json") << QByteArray("name=x") << "Request body must be a JSON object";
        QTest::newRow("empty object") << QByteArray("{}") << "Nothing to update";
    }
    void patchWithBadBody_returns400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const HttpResult r = m_http->patch("/users/me", body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.apiError().value("message").toString().contains(mentions), r.body.constData());
        QCOMPARE(m_server->storedUser(SandboxServer::DemoUserId).value("name").toString(),
                 "Demo Creator");
    }

    void patchWithInvalidUsername_returns422_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("space") << "two words";
        QTest::newRow("underscore") << "under_score";
        QTest::newRow("empty") << "";
        QTest::newRow("43 chars") << QString(43, 'a');
    }
    void patchWithInvalidUsername_returns422()
    {
        QFETCH(QString, username);
        const QJsonObject body{{"username", username}};
        const HttpResult r = m_http->patch("/users/me", QJsonDocument(body).toJson());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.apiError().value("code").toString(), "invalid_username");
        QCOMPARE(r.apiError().value("param").toString(), "username");
        QCOMPARE(r.apiError().value("message").toString(),
                 "Username may only contain letters, digits and hyphens, at most 42 characters.");
        const HttpResult ok = m_http->patch(
            "/users/me", QJsonDocument(QJsonObject{{"username", QString(42, 'b')}}).toJson());
        QCOMPARE(ok.status, 200);
    }

    void patchWithTakenUsername_returns409()
    {
        const HttpResult r = m_http->patch("/users/me", R"({"username":"ALICE"})");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.apiError().value("code").toString(), "username_taken");
        QCOMPARE(r.apiError().value("param").toString(), "username");
        QCOMPARE(r.apiError().value("message").toString(),
                 "The username 'ALICE' is already taken.");
        QCOMPARE(m_server->storedUser(SandboxServer::DemoUserId).value("username").toString(),
                 "demo-creator");
        QCOMPARE(m_http->patch("/users/me", R"({"username":"Demo-Creator"})").status,
                 200); // own name
    }

    void patchName_countsCodePoints()
    {
        const QString face = QString::fromUtf8("\xF0\x9F\x98\x80"); // two UTF-16 units
        const HttpResult tooLong = m_http->patch(
            "/users/me", QJsonDocument(QJsonObject{{"name", face.repeated(101)}}).toJson());
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.apiError().value("code").toString(), "invalid_name");
        QCOMPARE(tooLong.apiError().value("param").toString(), "name");
        const HttpResult ok = m_http->patch(
            "/users/me", QJsonDocument(QJsonObject{{"name", face.repeated(100)}}).toJson());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("name").toString(), face.repeated(100));
    }

    void patchAnotherUsersId_returns403()
    {
        const HttpResult r = m_http->patch("/users/alice", R"({"name":"Hijacked"})");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.apiError().value("code").toString(), "forbidden");
        QCOMPARE(r.apiError().value("message").toString(),
                 "This credential cannot update that user.");
        QCOMPARE(m_server->storedUser("alice").value("name").toString(), "Alice Example");
    }

    void patchProfilePicture_needsFileId()
    {
        const HttpResult bad = m_http->patch("/users/me", R"({"profile_picture":{"id":"img_1"}})");
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.apiError().value("param").toString(), "profile_picture");
        const HttpResult ok =
            m_http->patch("/users/me", R"({"profile_picture":{"id":"file_Abc123"}})");
        QCOMPARE(ok.status, 200);
        const QString url = ok.json().value("profile_picture").toObject().value("url").toString();
        QCOMPARE(url, QString("http://127.0.0.1:%1/avatars/file_Abc123.png").arg(m_server->port()));
    }

    void rateLimit_returns429WithRetryAfter()
    {
        m_server->setRateLimit(2, 60000);
        m_server->setRetryAfterSeconds(7);
        QCOMPARE(m_http->get("/users/me").status, 200);
        QCOMPARE(m_http->get("/users/me").status, 200);
        const HttpResult limited = m_http->get("/users/me");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("retry-after"), "7");
        QCOMPARE(limited.apiError().value("message").toString(),
                 "Rate limit exceeded. Try again in 7 seconds.");
        QCOMPARE(m_http->get("/users/me", "alice-token").status, 200); // another credential
        QCOMPARE(m_http->get("/users/alice").status, 200);             // another operation
    }

    void recording_capturesRequestAndAnswer()
    {
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QNetworkRequest req =
            m_http->request(QString("/users/me?account_id=") + SandboxServer::DemoAccountId);
        req.setRawHeader("X-Trace-Id", "trace-42");
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const QByteArray body = R"({"bio":"recorded"})";
        QCOMPARE(m_http->wait(m_http->nam()->sendCustomRequest(req, "PATCH", body)).status, 200);
        QCOMPARE(m_http->get("/nope", "").status, 404);
        QTRY_COMPARE(handled.count(), 2);
        QCOMPARE(handled.at(0).at(0).toInt(), 0);
        const auto records = m_server->requests();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].method, "PATCH");
        QCOMPARE(records[0].path, "/api/v1/users/me");
        QCOMPARE(records[0].query.queryItemValue("account_id"), SandboxServer::DemoAccountId);
        QCOMPARE(records[0].header("x-trace-id"), "trace-42");
        QVERIFY(records[0].hasHeader("AUTHORIZATION"));
        QCOMPARE(records[0].body, body);
        QCOMPARE(records[0].responseStatus, 200);
        QCOMPARE(QJsonDocument::fromJson(records[0].responseBody)["bio"].toString(), "recorded");
        QCOMPARE(records[1].responseStatus, 404);
        m_server->clearRequests();
        QVERIFY(m_server->requests().isEmpty());
    }

    void avatar_isDecodablePng()
    {
        const QJsonValue url =
            m_http->get("/users/me").json().value("profile_picture").toObject().value("url");
        const HttpResult r = m_http->wait(
            m_http->nam()->get(QNetworkRequest(QUrl(url.toString())))); // no credential
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), "image/png");
        const QImage image = QImage::fromData(r.body, "PNG");
        QCOMPARE(image.size(), QSize(256, 256));
        QVERIFY(!QImage::fromData(m_http->get("/avatars/x.png", "").body, "PNG").isNull());
    }

    void keepAlive_fiftySequentialRequestsShareOneConnection()
    {
        for (int i = 0; i < 50; ++i) {
            const bool odd = i % 5 == 4; // errors must not break the connection either
            const HttpResult r =
                odd ? m_http->get("/users/me", "bad-token") : m_http->get("/users/me");
            QVERIFY(r.finished);
            QCOMPARE(r.status, odd ? 401 : 200);
        }
        QCOMPARE(m_server->requests().size(), 50);
        QCOMPARE(openConnections(), 1);
    }
};

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
