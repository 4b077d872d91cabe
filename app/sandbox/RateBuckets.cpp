#include "sandbox/RateBuckets.h"

#include <QtGlobal>

#include <limits>

namespace whop::sandbox {

void RateBuckets::setLimit(int requests, int windowMs)
{
    m_limit = qMax(0, requests);
    m_windowMs = qMax(1, windowMs);
    m_hits.clear();
}

bool RateBuckets::admit(const QByteArray &key, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= m_windowMs || m_hits.size() >= MaxBuckets)
        sweep(nowMs);
    auto it = m_hits.find(key);
    if (it == m_hits.end()) {
        if (m_limit == 0)
            return false;
        if (m_hits.size() >= MaxBuckets)
            dropLeastRecent();
        it = m_hits.insert(key, {});
    }
    std::deque<qint64> &hits = *it;
    while (!hits.empty() && hits.front() <= nowMs - m_windowMs)
        hits.pop_front();
    if (qsizetype(hits.size()) >= m_limit)
        return false;
    hits.push_back(nowMs);
    return true;
}

void RateBuckets::sweep(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    for (auto it = m_hits.begin(); it != m_hits.end();) {
        std::deque<qint64> &hits = *it;
        while (!hits.empty() && hits.front() <= nowMs - m_windowMs)
            hits.pop_front();
        it = hits.empty() ? m_hits.erase(it) : std::next(it);
    }
}

// Still full after a sweep: every bucket had a request within the window. The one whose last
// request is oldest goes; its key starts afresh if it comes back (a bounded table matters more
// than an exact limit for the few thousandth credential).
void RateBuckets::dropLeastRecent()
{
    const auto lastOf = [](const std::deque<qint64> &hits) {
        return hits.empty() ? std::numeric_limits<qint64>::min() : hits.back();
    };
    auto oldest = m_hits.end();
    for (auto it = m_hits.begin(); it != m_hits.end(); ++it) {
        if (oldest == m_hits.end() || lastOf(*it) < lastOf(*oldest))
            oldest = it;
    }
    if (oldest != m_hits.end())
        m_hits.erase(oldest);
}

} // namespace whop::sandbox
