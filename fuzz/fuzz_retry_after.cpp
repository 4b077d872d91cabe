// Retry-After (seconds or an HTTP date), retry-after-ms and "Try again in N seconds" in a
// message: whop::api::RetryPolicy::retryAfterSeconds and retryAfterMs. Input:
// "<header>\n<message>"; the header is tried as Retry-After, as retry-after-ms, and as both.
#include "FuzzInput.h"
#include "api/RetryPolicy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    const auto [header, message] = whop::fuzz::splitLine(whop::fuzz::bytes(data, size));
    const int seconds =
        whop::api::RetryPolicy::retryAfterSeconds(header, QString::fromUtf8(message), now);
    WHOP_FUZZ_EXPECT(seconds >= -1);
    // The retry decision built on it stays within its bounds.
    whop::api::ApiError e;
    e.kind = whop::api::ErrorKind::RateLimited;
    e.retryAfterSeconds = seconds;
    const whop::api::RetryPolicy policy({}, [] { return 0.5; });
    const int delay = policy.delayBeforeRetryMs(0, e);
    WHOP_FUZZ_EXPECT(delay >= -1 && delay <= policy.settings().maxRetryAfterSeconds * 1000);
    for (const auto &[millis, plain] : {std::pair<QByteArray, QByteArray>{header, {}},
                                        std::pair<QByteArray, QByteArray>{header, header}}) {
        e.retryAfterMs =
            whop::api::RetryPolicy::retryAfterMs(millis, plain, QString::fromUtf8(message), now);
        WHOP_FUZZ_EXPECT(e.retryAfterMs >= -1);
        const int wait = policy.delayBeforeRetryMs(0, e);
        WHOP_FUZZ_EXPECT(wait >= -1 && wait <= policy.settings().maxRetryAfterSeconds * 1000);
    }
    return 0;
}
