// The in-process sandbox stays bounded however long a demo runs and whatever local processes
// send it: it keeps only the most recent requests (API and storage), and its rate-limit buckets
// expire, are never made for credentials it does not know, and never pass RateBuckets::MaxBuckets.
#include "integration/SandboxTestHttp.h"
#include "sandbox/RateBuckets.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using whop::sandbox::Fault;
using whop::sandbox::RateBuckets;
using whop::sandbox::RecordedRequest;
using whop::sandbox::RequestLog;
using whop::sandbox::SandboxServer;

class SandboxLimitsTest : public QObject, whop::test::SandboxHttpFixture
{
    Q_OBJECT

    // A request with its own path, so that the record shows which one it was.
    int getNumbered(int n, const QByteArray &token = Demo)
    {
        return m_http->get(QStringLiteral("/users/me?n=%1").arg(n), token).status;
    }
    static int numberOf(const RecordedRequest &r)
    {
        return r.query.queryItemValue(QStringLiteral("n")).toInt();
    }

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }

    void requests_byDefault_keepOnlyTheMostRecent()
    {
        // Past the default bound, the oldest go: the record holds the last ones, in order.
        m_server->setRateLimit(100000, 60000);
        const int sent = RequestLog::DefaultMaxRequests + 25;
        for (int n = 0; n < sent; ++n)
            QCOMPARE(getNumbered(n), 200);
        const QList<RecordedRequest> kept = m_server->requests();
        QCOMPARE(kept.size(), RequestLog::DefaultMaxRequests);
        QCOMPARE(numberOf(kept.first()), sent - RequestLog::DefaultMaxRequests);
        QCOMPARE(numberOf(kept.last()), sent - 1);
        QCOMPARE(kept.last().responseStatus, 200);
        QCOMPARE(m_server->requestsSeen(), quint64(sent));
    }

    void requests_boundedByBytesToo()
    {
        // Large bodies (a PATCH the sandbox refuses still has its body recorded).
        // Large bodies: each PATCH carries 40 KB, and its answer repeats them.
        m_server->setRequestLogLimits(1000, 300 * 1024);
        const QString bio(40 * 1024, QLatin1Char('b'));
        for (int i = 0; i < 8; ++i)
            m_http->patch(QStringLiteral("/users/me"), QJsonObject{{"bio", bio}}, Demo);
        qint64 held = 0;
        for (const RecordedRequest &r : m_server->requests())
            held += r.body.size() + r.responseBody.size();
        QVERIFY2(held <= 300 * 1024, qPrintable(QString::number(held)));
        QVERIFY(m_server->requests().size() >= 2);
        QVERIFY(m_server->requests().size() < 8);
        QCOMPARE(m_server->requestsSeen(), quint64(8));
    }

    void requestHandled_indexNamesTheRequest_afterOlderOnesWereDropped()
    {
        m_server->setRequestLogLimits(3, RequestLog::DefaultMaxBytes);
        QList<int> seen;
        connect(m_server.get(), &SandboxServer::requestHandled, this,
                [&](int index) { seen << numberOf(m_server->requests().value(index)); });
        for (int n = 1; n <= 7; ++n)
            QCOMPARE(getNumbered(n), 200);
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(numberOf(m_server->requests().first()), 5);
    }

    void clearRequests_lateAnswersStayUnrecorded()
    {
        Fault delayed;
        delayed.kind = Fault::Kind::Delay;
        delayed.delayMs = 100;
        m_server->injectFault(delayed);
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/users/me")));
        request.setRawHeader("Authorization", "Bearer " + Demo);
        QNetworkReply *reply = nam.get(request);
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_server->clearRequests();
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(handled.size(), 0);
        QCOMPARE(getNumbered(1), 200); // recorded again from here
        QCOMPARE(m_server->requests().size(), 1);
    }

    void storageRequests_keepOnlyTheMostRecent()
    {
        m_server->setRequestLogLimits(4, RequestLog::DefaultMaxBytes);
        const QUrl origin = m_server->files()->storageOrigin();
        for (int n = 0; n < 10; ++n) {
            QUrl url = origin;
            url.setPath(QStringLiteral("/objects/file_nope/%1.png").arg(n));
            QCOMPARE(m_http->getUrl(url).status, 404);
        }
        const auto kept = m_server->files()->storageRequests();
        QCOMPARE(kept.size(), 4);
        QCOMPARE(kept.first().path, QStringLiteral("/objects/file_nope/6.png"));
        QCOMPARE(kept.last().path, QStringLiteral("/objects/file_nope/9.png"));
    }

    void rateBuckets_notMadeForUnknownCredentials()
    {
        for (int i = 0; i < 50; ++i)
            QCOMPARE(m_http->get("/users/me", "unknown-" + QByteArray::number(i)).status, 401);
        QCOMPARE(m_http->get("/users/me", {}).status, 401);
        QCOMPARE(m_server->rateBucketCount(), 0);
    }

    void rateBuckets_expireWithTheirWindow()
    {
        m_server->setRateLimit(100, 60000);
        for (const char *token : {"alice-token", "taken-token", SandboxServer::DemoToken})
            QCOMPARE(m_http->get("/users/me", token).status, 200);
        QCOMPARE(m_server->rateBucketCount(), 3);
        m_server->advanceClock(61);
        QCOMPARE(m_http->get("/users/me", Demo).status, 200);
        QCOMPARE(m_server->rateBucketCount(), 1); // the others' windows had passed
    }

    void rateBuckets_neverMoreThanTheCap_andTheLimitStillHolds()
    {
        const int credentials = RateBuckets::MaxBuckets + 40;
        for (int i = 0; i < credentials; ++i)
            m_server->addUserToken("minted-" + QByteArray::number(i), SandboxServer::DemoUserId);
        for (int i = 0; i < credentials; ++i)
            QCOMPARE(m_http->get("/users/me", "minted-" + QByteArray::number(i)).status, 200);
        QVERIFY2(m_server->rateBucketCount() <= RateBuckets::MaxBuckets,
                 qPrintable(QString::number(m_server->rateBucketCount())));

        m_server->setRateLimit(2, 60000);
        QCOMPARE(getNumbered(1), 200);
        QCOMPARE(getNumbered(2), 200);
        QCOMPARE(getNumbered(3), 429);
    }

    void rateBuckets_leastRecentlyUsedGoesFirst()
    {
        RateBuckets buckets;
        buckets.setLimit(1, 60000);
        QVERIFY(buckets.admit("first", 0));
        for (int i = 1; i < RateBuckets::MaxBuckets; ++i)
            QVERIFY(buckets.admit("key-" + QByteArray::number(i), i));
        QCOMPARE(buckets.size(), RateBuckets::MaxBuckets);
        QVERIFY(!buckets.admit("key-5", 2000)); // still within its window: refused
        QVERIFY(buckets.admit("newcomer", 2001));
        QCOMPARE(buckets.size(), RateBuckets::MaxBuckets);
        QVERIFY(buckets.admit("first", 2002)); // "first" was dropped to make room
        QVERIFY(!buckets.admit("newcomer", 2003));
    }
};

QTEST_GUILESS_MAIN(SandboxLimitsTest)
#include "tst_sandbox_limits.moc"
