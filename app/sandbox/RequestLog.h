#pragma once

// What the sandbox remembers of the requests it answered, for tests and for the demo's own
// diagnostics: the most recent ones only. In demo mode any local process can send the sandbox
// requests for as long as the app runs, so the record must not grow with them; it keeps at
// most a number of requests and a number of bytes (bodies and headers), dropping the oldest.

#include "sandbox/SandboxServer.h"

namespace whop::sandbox {

class RequestLog
{
public:
    static constexpr int DefaultMaxRequests = 2000;
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    // At least one request is always kept, however large.
    void setLimits(int maxRequests, qint64 maxBytes);
    int maxRequests() const { return m_maxRequests; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Records `request` and returns its id: ids only grow, so an id names one request for
    // good, while its index in list() shifts as older ones are dropped.
    quint64 append(RecordedRequest request);
    // The answer to request `id`, unless it was dropped or clear()ed meanwhile (then false).
    bool finish(quint64 id, int status, const QByteArray &body);
    bool setResponseBytes(quint64 id, qint64 bytes);
    // Index of `id` in list(), or -1 when it is no longer kept.
    int indexOf(quint64 id) const;

    // Shared with the log until either changes (copies of it are cheap).
    QList<RecordedRequest> list() const { return m_records; }
    int size() const { return int(m_records.size()); }
    qint64 bytes() const { return m_bytes; }
    quint64 total() const { return m_nextId; } // requests ever recorded, dropped ones too
    void clear();

private:
    static qint64 weight(const RecordedRequest &request);
    RecordedRequest *find(quint64 id);
    void trim();

    QList<RecordedRequest> m_records; // removeFirst() is O(1) in Qt 6
    quint64 m_firstId = 0;            // id of m_records.front()
    quint64 m_nextId = 0;
    qint64 m_bytes = 0;
    int m_maxRequests = DefaultMaxRequests;
    qint64 m_maxBytes = DefaultMaxBytes;
};

} // namespace whop::sandbox
