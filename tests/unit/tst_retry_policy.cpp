#include "RetryPolicy.h"

#include <QTest>

using namespace whop::api;

namespace {
ApiError withKind(ErrorKind kind, int retryAfter = -1)
{
    ApiError e = localError(kind, QString());
    e.retryAfterSeconds = retryAfter;
    return e;
}
} // namespace

class RetryPolicyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryableKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retry");
        QTest::newRow("offline") << int(ErrorKind::Offline) << true;
        QTest::newRow("timeout") << int(ErrorKind::Timeout) << true;
        QTest::newRow("429") << int(ErrorKind::RateLimited) << true;
        QTest::newRow("5xx") << int(ErrorKind::Server) << true;
        QTest::newRow("400") << int(ErrorKind::BadRequest) << false;
        QTest::newRow("version") << int(ErrorKind::UnknownVersion) << false;
        QTest::newRow("401") << int(ErrorKind::Unauthorized) << false;
        QTest::newRow("403") << int(ErrorKind::Forbidden) << false;
        QTest::newRow("404") << int(ErrorKind::NotFound) << false;
        QTest::newRow("409") << int(ErrorKind::Conflict) << false;
        QTest::newRow("422") << int(ErrorKind::Validation) << false;
        QTest::newRow("bad response") << int(ErrorKind::BadResponse) << false;
        QTest::newRow("tls") << int(ErrorKind::Tls) << false;
        QTest::newRow("cancelled") << int(ErrorKind::Cancelled) << false;
    }
    void retryableKinds()
    {
        QFETCH(int, kind);
        QFETCH(bool, retry);
        RetryPolicy policy({}, [] { return 0.0; });
        QCOMPARE(policy.delayBeforeRetryMs(0, withKind(ErrorKind(kind))) >= 0, retry);
    }

    void backoff_isExponentialFromHalfASecond_withAtMostTwoRetries()
    {
        RetryPolicy policy({}, [] { return 0.0; });
        const ApiError e = withKind(ErrorKind::Server);
        QCOMPARE(policy.delayBeforeRetryMs(0, e), 500);
        QCOMPARE(policy.delayBeforeRetryMs(1, e), 1000);
        QCOMPARE(policy.delayBeforeRetryMs(2, e), -1);
    }

    void backoff_isCappedAtEightSeconds()
    {
        RetryPolicy::Settings s;
        s.maxRetries = 10;
        RetryPolicy policy(s, [] { return 0.0; });
        QCOMPARE(policy.delayBeforeRetryMs(6, withKind(ErrorKind::Offline)), 8000);
    }

    void jitter_shortensByUpToAQuarter()
    {
        RetryPolicy full({}, [] { return 1.0; });
        QCOMPARE(full.delayBeforeRetryMs(1, withKind(ErrorKind::Timeout)), 750);
        RetryPolicy half({}, [] { return 0.5; });
        QCOMPARE(half.delayBeforeRetryMs(0, withKind(ErrorKind::Timeout)), 438);
    }

    void retryAfter_overridesBackoff_andTooLongIsNotWaited()
    {
        RetryPolicy policy({}, [] { return 0.0; });
        QCOMPARE(policy.delayBeforeRetryMs(0, withKind(ErrorKind::RateLimited, 3)), 3000);
        QCOMPARE(policy.delayBeforeRetryMs(0, withKind(ErrorKind::RateLimited, 0)), 0);
        QCOMPARE(policy.delayBeforeRetryMs(0, withKind(ErrorKind::RateLimited, 61)), -1);
    }

    void retryAfterHeader_seconds_httpDate_andMessage()
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::retryAfterSeconds("5", {}, now), 5);
        QCOMPARE(RetryPolicy::retryAfterSeconds(" 2.5 ", {}, now), 3);
        QCOMPARE(RetryPolicy::retryAfterSeconds("Fri, 27 Nov 2026 10:00:30 GMT", {}, now), 30);
        QCOMPARE(RetryPolicy::retryAfterSeconds("Fri, 27 Nov 2026 09:59:00 GMT", {}, now), 0);
        QCOMPARE(
            RetryPolicy::retryAfterSeconds({}, QStringLiteral("Try again in 12 seconds."), now),
            12);
        QCOMPARE(RetryPolicy::retryAfterSeconds({}, QStringLiteral("try again in 2 minutes"), now),
                 120);
        QCOMPARE(RetryPolicy::retryAfterSeconds("garbage", QStringLiteral("Slow down"), now), -1);
        QCOMPARE(RetryPolicy::retryAfterSeconds({}, {}, now), -1);
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "tst_retry_policy.moc"
