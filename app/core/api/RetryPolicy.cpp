#include "RetryPolicy.h"

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
    default:
        return false;
    }
}

int RetryPolicy::delayBeforeRetryMs(int retriesDone, const ApiError &error) const
{
    if (retriesDone >= m_settings.maxRetries || !isRetryable(error))
        return -1;
    if (error.retryAfterSeconds >= 0) {
        if (error.retryAfterSeconds > m_settings.maxRetryAfterSeconds)
            return -1;
        return error.retryAfterSeconds * 1000;
    }
    const double exponential = std::min<double>(m_settings.baseDelayMs * std::pow(2.0, retriesDone),
                                                m_settings.maxDelayMs);
    // Up to a quarter less, so that many clients failing together do not retry together.
    const double jitter = 1.0 - 0.25 * std::clamp(m_random(), 0.0, 1.0);
    return static_cast<int>(std::lround(exponential * jitter));
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
