#include "api/RetryPolicy.h"

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

    // x-should-retry decides over the status, as in Whop's official SDKs (src/client.ts,
    // shouldRetry): "false" stops a retryable 503, "true" retries what is otherwise final.
    void shouldRetryHeader_decidesOverTheStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("retry");
        QTest::newRow("503 false") << 503 << QByteArray("false") << false;
        QTest::newRow("429 false") << 429 << QByteArray("false") << false;
        QTest::newRow("503 absent") << 503 << QByteArray() << true;
        QTest::newRow("503 other") << 503 << QByteArray("maybe") << true;
        QTest::newRow("400 true") << 400 << QByteArray("true") << true;
        QTest::newRow("401 true") << 401 << QByteArray("true") << true;
        QTest::newRow("409 true") << 409 << QByteArray("true") << true;
        QTest::newRow("409 absent") << 409 << QByteArray() << false;
        QTest::newRow("422 absent") << 422 << QByteArray() << false;
    }
    void shouldRetryHeader_decidesOverTheStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(bool, retry);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!header.isNull())
            headers.append({"X-Should-Retry", header});
        const ApiError e = errorFromResponse(status, R"({"error":{"message":"x"}})", headers);
        RetryPolicy policy({}, [] { return 0.0; });
        QCOMPARE(RetryPolicy::shouldRetry(e), retry);
        QCOMPARE(policy.delayBeforeRetryMs(0, e), retry ? 500 : -1);
        QCOMPARE(policy.delayBeforeRetryMs(2, e), -1); // never more than the retries allowed
    }

    // retry-after-ms takes precedence over Retry-After, as in the SDKs' retryRequest, and is
    // kept to the millisecond; a very long one is still reported instead of waited out.
    void retryAfterMs_isUsed_beforeRetryAfter()
    {
        RetryPolicy policy({}, [] { return 0.0; });
        const auto error = [](QList<QPair<QByteArray, QByteArray>> headers) {
            return errorFromResponse(429, R"({"error":{"message":"Slow down"}})", headers);
        };
        ApiError e = error({{"retry-after-ms", "250"}, {"Retry-After", "30"}});
        QCOMPARE(e.retryAfterMs, 250);
        QCOMPARE(e.retryAfterSeconds, 1);
        QCOMPARE(policy.delayBeforeRetryMs(0, e), 250);
        QCOMPARE(policy.delayBeforeRetryMs(0, error({{"Retry-After-Ms", "1500.4"}})), 1501);
        QCOMPARE(policy.delayBeforeRetryMs(0, error({{"Retry-After", "2"}})), 2000);
        QCOMPARE(
            policy.delayBeforeRetryMs(0, error({{"retry-after-ms", "junk"}, {"Retry-After", "2"}})),
            2000);
        // A zero gives way to Retry-After, as in the SDKs; alone it means at once.
        QCOMPARE(
            policy.delayBeforeRetryMs(0, error({{"retry-after-ms", "0"}, {"Retry-After", "2"}})),
            2000);
        QCOMPARE(policy.delayBeforeRetryMs(0, error({{"retry-after-ms", "0"}})), 0);
        QCOMPARE(policy.delayBeforeRetryMs(0, error({{"retry-after-ms", "61000"}})), -1);
        const ApiError huge = error({{"retry-after-ms", "5e12"}});
        QCOMPARE(huge.retryAfterMs, 1'000'000'000); // bounded, not overflowing
        QCOMPARE(policy.delayBeforeRetryMs(0, huge), -1);
        // A 400 the server says to retry waits as it asks too.
        const ApiError retried =
            errorFromResponse(400, R"({"error":{"message":"x"}})",
                              {{"x-should-retry", "true"}, {"retry-after-ms", "40"}});
        QCOMPARE(policy.delayBeforeRetryMs(0, retried), 40);
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
