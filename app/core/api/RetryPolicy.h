#pragma once

#include "api/ApiError.h"

#include <QDateTime>

#include <functional>

namespace whop::api {

// When to try a failed request again, and after how long (docs/api/whop-api.md, "Errors, retries,
// limits"). Pure: the random source and the clock are passed in, so tests need no sleeping.
struct RetrySettings
{
    int maxRetries = 2;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterSeconds = 60; // a longer wait is reported instead of waited out
};

class RetryPolicy
{
public:
    using Settings = RetrySettings;

    explicit RetryPolicy(Settings settings = {}, std::function<double()> random = {});

    // Milliseconds to wait before retry number `retriesDone + 1`, or -1 for "do not retry":
    // the wait the server asked for (error.retryAfterMs, else retryAfterSeconds), unless it is
    // longer than maxRetryAfterSeconds (then the error is reported instead), else exponential
    // backoff with jitter.
    int delayBeforeRetryMs(int retriesDone, const ApiError &error) const;

    // Whether the error is of a retryable kind at all: connection errors, timeouts, 408,
    // 429 and 5xx. Never 400/401/403/404/409/422, bad responses, TLS errors or cancellation.
    static bool isRetryable(const ApiError &error);
    // Whether to retry at all: what the server said with `x-should-retry`, else isRetryable().
    static bool shouldRetry(const ApiError &error);

    // Seconds to wait from `Retry-After` (seconds or an HTTP date) or, failing that, from a
    // message such as "Try again in 12 seconds."; -1 when neither says.
    static int retryAfterSeconds(const QByteArray &header, const QString &message,
                                 const QDateTime &nowUtc);
    // Milliseconds to wait: `retry-after-ms` (`millisHeader`) when it is a number, taking
    // precedence over `Retry-After` as in Whop's official SDKs, else retryAfterSeconds() in
    // milliseconds; -1 when nothing says.
    static int retryAfterMs(const QByteArray &millisHeader, const QByteArray &header,
                            const QString &message, const QDateTime &nowUtc);

    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    std::function<double()> m_random;
};

} // namespace whop::api
