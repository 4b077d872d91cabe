#include "auth/RefreshBackoff.h"

#include <algorithm>

namespace whop::auth {

int RefreshBackoff::notBeforeMs(const api::ApiError &error) const
{
    if (error.retryAfterSeconds <= 0)
        return 0;
    return std::min(error.retryAfterSeconds, m_settings.maxRetryAfterSeconds) * 1000;
}

int RefreshBackoff::delayAfterFailureMs(int failures, const api::ApiError &error) const
{
    if (failures < 1)
        return 0;
    if (failures >= m_settings.maxFailures)
        return -1;
    qint64 delay = m_settings.firstDelayMs;
    for (int i = 1; i < failures && delay < m_settings.maxDelayMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, m_settings.maxDelayMs);
    return int(std::max<qint64>(delay, notBeforeMs(error)));
}

} // namespace whop::auth
