#include "common/SandboxFixture.h"
#include "common/TestSupport.h"

#include <QElapsedTimer>
#include <QTcpServer>

using namespace whop;
using namespace whop::test;
using api::ErrorKind;
using sandbox::Fault;

class WhopClientTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;

private Q_SLOTS:
    void init() { f.setUp(); }
    void cleanup() { f.tearDown(); }

    void retrieveMe_parsesTheSeededUser()
    {
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        const auto user = r.value;
        QCOMPARE(user.id, QLatin1String(sandbox::SandboxServer::DemoUserId));
        QCOMPARE(user.username, QStringLiteral("demo-creator"));
        QVERIFY(user.totalUsd.has_value());
    }

    void everyRequest_carriesAuthVersionAcceptAndUserAgent()
    {
        const QString account = sandbox::SandboxServer::DemoAccountId; // the demo user's
        QVERIFY(waitFor(f.client->retrieveUser({QStringLiteral("me"), account})).ok);
        const auto req = f.server->requests().last();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/users/me"));
        QCOMPARE(req.query.queryItemValue(QStringLiteral("account_id")), account);
        QCOMPARE(req.header("authorization"),
                 QByteArray("Bearer ") + sandbox::SandboxServer::DemoToken);
        QCOMPARE(req.header("Api-Version-Date"), QByteArray("2026-07-01"));
        QCOMPARE(req.header("Accept"), QByteArray("application/json"));
        const QByteArray ua = req.header("User-Agent");
        QVERIFY2(ua.startsWith("WhopProfileEditor/") && ua.contains(qVersion()), ua.constData());
    }

    void pinBefore20260608_namesTheAccountCompanyId_inEveryRequestThatNamesOne()
    {
        api::ClientConfig c = f.client->config();
        c.apiVersion = QStringLiteral("2025-01-01");
        QVERIFY(f.client->setConfig(c));
        const QString account = sandbox::SandboxServer::DemoAccountId;
        auto onlyCompanyId = [&](const sandbox::RecordedRequest &req) {
            return req.query.queryItemValue(QStringLiteral("company_id")) == account &&
                   !req.query.hasQueryItem(QStringLiteral("account_id"));
        };

        const auto read = waitFor(f.client->retrieveUser({QStringLiteral("me"), account}));
        QVERIFY2(read.ok, qPrintable(read.error.userMessage()));
        QVERIFY(onlyCompanyId(f.server->requests().last()));

        const auto lookUp = waitFor(f.client->lookUpUser(QStringLiteral("alice"), account, 5000));
        QVERIFY2(lookUp.ok, qPrintable(lookUp.error.userMessage()));
        QVERIFY(onlyCompanyId(f.server->requests().last()));

        const api::UserChanges changes{.bio = QStringLiteral("Old-era override")};
        const auto write = waitFor(f.client->updateUser({QStringLiteral("me"), account}, changes));
        QVERIFY2(write.ok, qPrintable(write.error.userMessage()));
        QVERIFY(onlyCompanyId(f.server->requests().last()));
        // The override of that account changed, not the global profile.
        QCOMPARE(f.server->storedOverride(account, sandbox::SandboxServer::DemoUserId)
                     .value(QStringLiteral("bio"))
                     .toString(),
                 QStringLiteral("Old-era override"));
        QVERIFY(f.server->storedUser(sandbox::SandboxServer::DemoUserId)
                    .value(QStringLiteral("bio"))
                    .toString() != QStringLiteral("Old-era override"));

        // From 2026-06-08 on, the same requests say account_id.
        c.apiVersion = QStringLiteral("2026-06-08");
        QVERIFY(f.client->setConfig(c));
        QVERIFY(waitFor(f.client->retrieveUser({QStringLiteral("me"), account})).ok);
        QCOMPARE(f.server->requests().last().query.queryItemValue(QStringLiteral("account_id")),
                 account);
        QVERIFY(!f.server->requests().last().query.hasQueryItem(QStringLiteral("company_id")));
    }

    void configuredVersion_isSent()
    {
        api::ClientConfig c = f.client->config();
        c.apiVersion = QStringLiteral("2026-07-20");
        QVERIFY(f.client->setConfig(c));
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY(r.ok);
        QCOMPARE(f.server->requests().last().header("Api-Version-Date"), QByteArray("2026-07-20"));
        // The nested balance shape of that version is read too.
        QVERIFY(r.value.totalUsd.has_value());
    }

    void update_sendsExactlyTheGivenFields()
    {
        const api::UserChanges changes{.bio = QStringLiteral("New bio")};
        const auto r = waitFor(f.client->updateUser({}, changes));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        const auto req = f.server->requests().last();
        QCOMPARE(req.method, QByteArray("PATCH"));
        QCOMPARE(jsonOf(req.body),
                 QJsonObject({{QStringLiteral("bio"), QStringLiteral("New bio")}}));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.value.bioText(), QStringLiteral("New bio"));
    }

    void errors_reachTheCallerTyped_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("update");
        QTest::addColumn<api::UserChanges>("patch");
        const api::UserChanges none;
        QTest::newRow("401 wrong token") << int(ErrorKind::Unauthorized) << QByteArray("nope")
                                         << QString() << QStringLiteral("me") << false << none;
        QTest::newRow("400 unknown version")
            << int(ErrorKind::UnknownVersion) << QByteArray() << QStringLiteral("2099-01-01")
            << QStringLiteral("me") << false << none;
        QTest::newRow("404 unknown user") << int(ErrorKind::NotFound) << QByteArray() << QString()
                                          << QStringLiteral("user_doesnotexist") << false << none;
        QTest::newRow("403 someone else")
            << int(ErrorKind::Forbidden) << QByteArray() << QString() << QStringLiteral("alice")
            << true << api::UserChanges{.bio = QStringLiteral("x")};
        QTest::newRow("409 taken")
            << int(ErrorKind::Conflict) << QByteArray() << QString() << QStringLiteral("me") << true
            << api::UserChanges{.username = QStringLiteral("taken-name")};
        QTest::newRow("422 invalid")
            << int(ErrorKind::Validation) << QByteArray() << QString() << QStringLiteral("me")
            << true << api::UserChanges{.username = QStringLiteral("bad name!")};
        QTest::newRow("400 nothing to update") << int(ErrorKind::BadRequest) << QByteArray()
                                               << QString() << QStringLiteral("me") << true << none;
    }
    void errors_reachTheCallerTyped()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, token);
        QFETCH(QString, version);
        QFETCH(QString, user);
        QFETCH(bool, update);
        QFETCH(api::UserChanges, patch);
        if (!token.isEmpty())
            f.client->setToken(token);
        if (!version.isEmpty()) {
            api::ClientConfig c = f.client->config();
            c.apiVersion = version;
            QVERIFY(f.client->setConfig(c));
        }
        api::UserTarget target{user, {}};
        const auto r =
            waitFor(update ? f.client->updateUser(target, patch) : f.client->retrieveUser(target));
        QVERIFY(r.finished);
        QVERIFY(!r.ok);
        QCOMPARE(api::ApiError::kindName(r.error.kind), api::ApiError::kindName(ErrorKind(kind)));
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(r.retries, 0); // none of these is retried
        if (ErrorKind(kind) == ErrorKind::UnknownVersion)
            QVERIFY(r.error.supportedVersions.contains(QStringLiteral("2026-07-01")));
        if (ErrorKind(kind) == ErrorKind::Conflict || ErrorKind(kind) == ErrorKind::Validation)
            QCOMPARE(r.error.field, QStringLiteral("username"));
    }

    void serverError_thenSuccess_isRetried()
    {
        f.server->injectFault(makeFault(Fault::Kind::Status, 500), 1);
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        QCOMPARE(r.retries, 1);
        QCOMPARE(f.server->requests().size(), 2);
    }

    void serverErrorForever_givesUpAfterTwoRetries()
    {
        f.server->injectFault(makeFault(Fault::Kind::Status, 503), 10);
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, ErrorKind::Server);
        QCOMPARE(f.server->requests().size(), 3);
    }

    void rateLimited_waitsForRetryAfter()
    {
        Fault fault = makeFault(Fault::Kind::Status, 429);
        fault.headers = {{"Retry-After", "1"}};
        f.server->injectFault(fault, 1);
        QElapsedTimer timer;
        timer.start();
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(f.server->requests().size(), 2);
    }

    // An answer's x-should-retry decides over the status rule, as in Whop's official SDKs
    // (@whop/sdk 0.0.42, src/client.ts, shouldRetry).
    void shouldRetryFalse_onA503_isNotRetried()
    {
        Fault fault = makeFault(Fault::Kind::Status, 503);
        fault.headers = {{"x-should-retry", "false"}};
        f.server->injectFault(fault, 3);
        const auto r = waitFor(f.client->retrieveUser({}));
        QCOMPARE(r.error.kind, ErrorKind::Server);
        QCOMPARE(r.retries, 0);
        QCOMPARE(f.server->requests().size(), 1);
    }

    void shouldRetryTrue_onA409_isRetried_afterRetryAfterMs()
    {
        Fault fault = makeFault(Fault::Kind::Status, 409);
        fault.headers = {{"x-should-retry", "true"}, {"retry-after-ms", "20"}};
        f.server->injectFault(fault, 1);
        const auto r =
            waitFor(f.client->updateUser({}, api::UserChanges{.bio = QStringLiteral("Still me.")}));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        QCOMPARE(r.delays, QList<int>({20}));
        QCOMPARE(f.server->requests().size(), 2);
        QCOMPARE(f.server->storedUser(sandbox::SandboxServer::DemoUserId).value("bio").toString(),
                 QStringLiteral("Still me."));
    }

    void retryAfterMs_isTheWait_beforeRetryAfter()
    {
        Fault fault = makeFault(Fault::Kind::Status, 429);
        fault.headers = {{"Retry-After", "30"}, {"retry-after-ms", "30"}};
        f.server->injectFault(fault, 1);
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        QCOMPARE(r.delays, QList<int>({30}));
    }

    void sandboxRateLimit_isReportedWithItsWait()
    {
        f.server->setRateLimit(1, 60000);
        f.server->setRetryAfterSeconds(120); // longer than the client is willing to wait
        QVERIFY(waitFor(f.client->retrieveUser({})).ok);
        const auto r = waitFor(f.client->retrieveUser({}));
        QCOMPARE(r.error.kind, ErrorKind::RateLimited);
        QCOMPARE(r.error.retryAfterSeconds, 120);
        QVERIFY(r.error.userMessage().contains(QStringLiteral("120 seconds")));
    }

    void timeout_isReportedAsTimeout()
    {
        api::ClientConfig c = f.client->config();
        c.timeoutMs = 200;
        c.retry.maxRetries = 0;
        QVERIFY(f.client->setConfig(c));
        Fault fault = makeFault(Fault::Kind::Delay);
        fault.delayMs = 2000;
        f.server->injectFault(fault, 1);
        const auto r = waitFor(f.client->retrieveUser({}));
        QCOMPARE(r.error.kind, ErrorKind::Timeout);
    }

    void truncatedJson_isABadResponse()
    {
        f.server->injectFault(makeFault(Fault::Kind::Truncate), 1);
        const auto r = waitFor(f.client->retrieveUser({}));
        QCOMPARE(r.error.kind, ErrorKind::BadResponse);
        QCOMPARE(r.retries, 0);
    }

    void connectionRefused_isOffline()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        api::ClientConfig c = f.client->config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort));
        c.retry.maxRetries = 1;
        QVERIFY(f.client->setConfig(c));
        const auto r = waitFor(f.client->retrieveUser({}));
        QCOMPARE(r.error.kind, ErrorKind::Offline);
        QCOMPARE(r.retries, 1);
    }

    void redirectToAnotherHost_isRefused_andCarriesNoToken()
    {
        sandbox::SandboxServer other;
        QVERIFY(other.listenLocal(0));
        Fault fault = makeFault(Fault::Kind::Redirect);
        // Same machine, other port: another origin as far as credentials go.
        fault.location =
            QUrl(QStringLiteral("http://localhost:%1/api/v1/users/me").arg(other.port()));
        f.server->injectFault(fault, 1);
        const auto r = waitFor(f.client->retrieveUser({}));
        QCOMPARE(r.error.kind, ErrorKind::BadResponse);
        QVERIFY(r.error.message.contains(QStringLiteral("another host")));
        QVERIFY(other.requests().isEmpty());
    }

    void redirectOnTheSameOrigin_isFollowed()
    {
        Fault fault = makeFault(Fault::Kind::Redirect);
        fault.location =
            f.server->baseUrl().resolved(QUrl(QStringLiteral("v1/users/demo-creator")));
        f.server->injectFault(fault, 1);
        const auto r = waitFor(f.client->retrieveUser({}));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage()));
        QCOMPARE(f.server->requests().last().path, QStringLiteral("/api/v1/users/demo-creator"));
        QVERIFY(f.server->requests().last().hasHeader("Authorization"));
    }

    void cancel_stopsTheCall()
    {
        Fault fault = makeFault(Fault::Kind::Delay);
        fault.delayMs = 3000;
        f.server->injectFault(fault, 1);
        auto *call = f.client->updateUser({}, api::UserChanges{.bio = QStringLiteral("x")});
        QTimer::singleShot(100, call, &api::ApiCall::cancel);
        const auto r = waitFor(call);
        QCOMPARE(r.error.kind, ErrorKind::Cancelled);
    }

    void plainHttpToARemoteHost_isNeverUsed()
    {
        api::ClientConfig c = f.client->config();
        c.baseUrl = QUrl(QStringLiteral("http://example.com/api/v1"));
        QString why;
        QVERIFY(!f.client->setConfig(c, &why));
        QVERIFY(why.contains(QStringLiteral("https")));
    }

    void invalidTarget_failsWithoutARequest()
    {
        const auto r = waitFor(f.client->retrieveUser({QStringLiteral("../admin"), {}}));
        QCOMPARE(r.error.kind, ErrorKind::BadRequest);
        QVERIFY(f.server->requests().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    WhopClientTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_whop_client.moc"
