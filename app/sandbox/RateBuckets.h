#pragma once

// The sandbox's rate limit: a sliding window of request times per key (credential and
// operation). Buckets whose window has passed are dropped, and there are never more than
// MaxBuckets: a local process minting credentials (the sandbox's OAuth approves by itself)
// must not be able to grow the app's memory while it runs in demo mode.

#include <QByteArray>
#include <QHash>

#include <deque>

namespace whop::sandbox {

class RateBuckets
{
public:
    static constexpr int MaxBuckets = 1024;

    // `requests` per `windowMs` for each key; forgets every bucket.
    void setLimit(int requests, int windowMs);
    // Counts a request for `key` at `nowMs` and says whether it is within the limit. A refused
    // request is not counted, and a limit of 0 refuses without keeping anything.
    bool admit(const QByteArray &key, qint64 nowMs);
    int size() const { return int(m_hits.size()); }

private:
    void sweep(qint64 nowMs);
    void dropLeastRecent();

    QHash<QByteArray, std::deque<qint64>> m_hits; // key -> times within the window, oldest first
    int m_limit = 600;
    int m_windowMs = 60000;
    qint64 m_lastSweepMs = 0;
};

} // namespace whop::sandbox
