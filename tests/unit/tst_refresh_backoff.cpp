// When a failing OAuth refresh is tried again: doubling, capped, never sooner than Retry-After,
// and not at all after a few failures in a row.
#include "auth/RefreshBackoff.h"

#include <QTest>

using whop::api::ApiError;
using whop::api::ErrorKind;
using whop::auth::RefreshBackoff;

namespace {
ApiError failure(ErrorKind kind = ErrorKind::Server, int retryAfterSeconds = -1)
{
    ApiError e = whop::api::localError(kind, QString());
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}
} // namespace

class RefreshBackoffTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void doubles_fromFiveSeconds_andGivesUpAfterFourFailures()
    {
        const RefreshBackoff backoff;
        QCOMPARE(backoff.delayAfterFailureMs(1, failure()), 5'000);
        QCOMPARE(backoff.delayAfterFailureMs(2, failure()), 10'000);
        QCOMPARE(backoff.delayAfterFailureMs(3, failure()), 20'000);
        QCOMPARE(backoff.delayAfterFailureMs(4, failure()), -1);
        QCOMPARE(backoff.delayAfterFailureMs(40, failure()), -1);
    }

    void atMostThreeAttempts_inTheFirstFiveSeconds()
    {
        // Attempts at 0 and after each delay: the second one is due at 5 s at the earliest.
        const RefreshBackoff backoff;
        qint64 at = 0;
        int attempts = 1;
        for (int failures = 1;; ++failures) {
            const int delay = backoff.delayAfterFailureMs(failures, failure(ErrorKind::BadRequest));
            if (delay < 0 || at + delay >= 5'000)
                break;
            at += delay;
            ++attempts;
        }
        QVERIFY(attempts <= 3);
    }

    void isCapped()
    {
        RefreshBackoff::Settings s;
        s.maxFailures = 100;
        const RefreshBackoff backoff(s);
        QCOMPARE(backoff.delayAfterFailureMs(30, failure()), s.maxDelayMs);
    }

    void retryAfter_isNeverCutShort_evenPastTheCap()
    {
        const RefreshBackoff backoff;
        QCOMPARE(backoff.delayAfterFailureMs(1, failure(ErrorKind::RateLimited, 120)), 120'000);
        QCOMPARE(backoff.delayAfterFailureMs(2, failure(ErrorKind::RateLimited, 3600)), 3'600'000);
        QCOMPARE(backoff.delayAfterFailureMs(1, failure(ErrorKind::RateLimited, 2)), 5'000);
        QCOMPARE(backoff.notBeforeMs(failure(ErrorKind::RateLimited, 120)), 120'000);
        QCOMPARE(backoff.notBeforeMs(failure(ErrorKind::Server)), 0);
        // An absurd Retry-After is taken as a day, not as an overflow.
        QCOMPARE(backoff.notBeforeMs(failure(ErrorKind::RateLimited, 10'000'000)), 86'400'000);
    }
};

QTEST_APPLESS_MAIN(RefreshBackoffTest)
#include "tst_refresh_backoff.moc"
