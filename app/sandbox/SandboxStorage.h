#pragma once

// The storage host of the sandbox's Files API: a second HTTP server, on its own port, that
// takes presigned PUTs and serves uploaded files. Internal to SandboxFiles.

#include "sandbox/RequestLog.h"
#include "sandbox/SandboxServer.h"

#include <deque>

namespace whop::sandbox {

class SandboxFiles;

class SandboxStorage : public QAbstractHttpServer
{
public:
    explicit SandboxStorage(SandboxFiles *files);
    ~SandboxStorage() override;

    bool listenLocal(quint16 port);
    quint16 port() const { return m_port; }

    void injectFault(const Fault &fault, int count);
    void clearFaults() { m_faults.clear(); }
    QList<RecordedRequest> requests() const { return m_log.list(); }
    void clearRequests() { m_log.clear(); }
    void setRequestLogLimits(int maxRequests, qint64 maxBytes)
    {
        m_log.setLimits(maxRequests, maxBytes);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::optional<Fault> takeFault(const RecordedRequest &request);
    void finish(quint64 id, int status, const QByteArray &body);

    SandboxFiles *m_files;
    quint16 m_port = 0;
    std::deque<std::pair<Fault, int>> m_faults;
    RequestLog m_log; // the most recent requests only
};

} // namespace whop::sandbox
