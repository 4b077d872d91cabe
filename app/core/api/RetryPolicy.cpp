#include "api/RetryPolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace whop::api {

RetryPolicy::RetryPolicy(Settings settings, std::function<double()> random)
    : m_settings(settings), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimited:
    case ErrorKind::Server:
        return true;
    // Whop's official SDKs also retry a 409, as a lock timeout (@whop/sdk 0.0.42, src/client.ts,
    // shouldRetry). This app does not: the 409 it meets is PATCH /users answering a username
    // that is taken (docs/api/whop-api.md, "Errors, retries, limits"), which no retry can change;
    // retrying would only make the person wait seconds longer for the message they need.
    case ErrorKind::Conflict:
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const ApiError &error)
{
    // The server's explicit word decides over the status, as in Whop's official SDKs
    // (src/client.ts, shouldRetry). That includes "true" on a 409: the server then says the
    // conflict is passing (a lock, not a taken name), so the reason above for never retrying one
    // does not hold.
    switch (error.retryHint) {
    case RetryHint::Retry:
        return true;
    case RetryHint::DontRetry:
        return false;
    case RetryHint::None:
        break;
    }
    return isRetryable(error);
}

int RetryPolicy::delayBeforeRetryMs(int retriesDone, const ApiError &error) const
{
    if (retriesDone >= m_settings.maxRetries || !shouldRetry(error))
        return -1;
    const qint64 asked = error.retryAfterMs >= 0        ? qint64(error.retryAfterMs)
                         : error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000
                                                        : -1;
    if (asked >= 0) {
        // A very long wait is reported (with the wait it asks for) instead of waited out.
        if (asked > qint64(m_settings.maxRetryAfterSeconds) * 1000)
            return -1;
        return int(asked);
    }
    const double exponential = std::min<double>(m_settings.baseDelayMs * std::pow(2.0, retriesDone),
                                                m_settings.maxDelayMs);
    // Up to a quarter less, so that many clients failing together do not retry together.
    const double jitter = 1.0 - 0.25 * std::clamp(m_random(), 0.0, 1.0);
    return static_cast<int>(std::lround(exponential * jitter));
}

int RetryPolicy::retryAfterMs(const QByteArray &millisHeader, const QByteArray &header,
                              const QString &message, const QDateTime &nowUtc)
{
    // Any wait longer than this is simply "too long" (and far over maxRetryAfterSeconds); the
    // bound keeps the arithmetic within an int.
    constexpr double Longest = 1e9;
    bool ok = false;
    const double millis = millisHeader.trimmed().toDouble(&ok);
    const bool hasMillis = ok && millis >= 0 && std::isfinite(millis);
    // As the SDKs' retryRequest: a zero retry-after-ms gives way to a Retry-After.
    if (hasMillis && (millis > 0 || header.trimmed().isEmpty()))
        return static_cast<int>(std::min(std::ceil(millis), Longest));
    const int seconds = retryAfterSeconds(header, message, nowUtc);
    if (seconds >= 0)
        return static_cast<int>(std::min(double(seconds) * 1000, Longest));
    return hasMillis ? 0 : -1;
}

int RetryPolicy::retryAfterSeconds(const QByteArray &header, const QString &message,
                                   const QDateTime &nowUtc)
{
    const QByteArray value = header.trimmed();
    if (!value.isEmpty()) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok && seconds >= 0 && seconds < 1e7)
            return static_cast<int>(std::ceil(seconds));
        // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; it is +0000.
        QString text = QString::fromLatin1(value);
        if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
            text = text.left(text.size() - 4) + QLatin1String(" +0000");
        const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid()) {
            const qint64 secs = nowUtc.secsTo(when);
            return static_cast<int>(std::clamp<qint64>(secs, 0, 10'000'000));
        }
    }
    static const QRegularExpression re(
        QStringLiteral("try again in (\\d{1,7})(?:\\.\\d+)? ?(seconds?|secs?|s|minutes?|mins?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(message);
    if (match.hasMatch()) {
        const int n = match.captured(1).toInt();
        return match.captured(2).startsWith(QLatin1Char('m'), Qt::CaseInsensitive) ? n * 60 : n;
    }
    return -1;
}

} // namespace whop::api
