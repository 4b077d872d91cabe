#include "sandbox/RequestLog.h"

namespace whop::sandbox {

void RequestLog::setLimits(int maxRequests, qint64 maxBytes)
{
    m_maxRequests = qMax(1, maxRequests);
    m_maxBytes = qMax<qint64>(0, maxBytes);
    trim();
}

qint64 RequestLog::weight(const RecordedRequest &request)
{
    qint64 total = request.body.size() + request.responseBody.size() + request.path.size() * 2 +
                   request.query.query().size() * 2;
    for (const auto &[name, value] : request.headers)
        total += name.size() + value.size();
    return total;
}

quint64 RequestLog::append(RecordedRequest request)
{
    m_bytes += weight(request);
    m_records.append(std::move(request));
    const quint64 id = m_nextId++;
    if (m_records.size() == 1)
        m_firstId = id;
    trim();
    return id;
}

RecordedRequest *RequestLog::find(quint64 id)
{
    if (id < m_firstId || id - m_firstId >= quint64(m_records.size()))
        return nullptr;
    return &m_records[qsizetype(id - m_firstId)];
}

bool RequestLog::finish(quint64 id, int status, const QByteArray &body)
{
    RecordedRequest *record = find(id);
    if (!record)
        return false;
    m_bytes += body.size() - record->responseBody.size();
    record->responseStatus = status;
    record->responseBody = body;
    trim();
    return find(id) != nullptr;
}

bool RequestLog::setResponseBytes(quint64 id, qint64 bytes)
{
    RecordedRequest *record = find(id);
    if (record)
        record->responseBytes = bytes;
    return record != nullptr;
}

int RequestLog::indexOf(quint64 id) const
{
    if (id < m_firstId || id - m_firstId >= quint64(m_records.size()))
        return -1;
    return int(id - m_firstId);
}

void RequestLog::clear()
{
    m_records.clear();
    m_bytes = 0;
    m_firstId = m_nextId; // late answers to what was cleared find nothing
}

void RequestLog::trim()
{
    while (m_records.size() > 1 && (m_records.size() > m_maxRequests || m_bytes > m_maxBytes)) {
        m_bytes -= weight(m_records.first());
        m_records.removeFirst();
        ++m_firstId;
    }
}

} // namespace whop::sandbox
