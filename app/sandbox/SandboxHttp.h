#pragma once

// Raw HTTP/1.1 answers for the sandbox, and the writer that sends them late, slowly,
// in bounded chunks or only in part.

#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace whop::sandbox::http {

inline constexpr const char *JsonType = "application/json; charset=utf-8";

struct Response
{
    int status = 200;
    QByteArray contentType = JsonType; // no Content-Type header when empty
    HeaderList headers;
    QByteArray body;
};

QByteArray reasonPhrase(int status);
// Status line and headers, ending with the empty line.
QByteArray head(const Response &response, qint64 contentLength, bool keepAlive);
inline QByteArray serialize(const Response &response, bool keepAlive)
{
    return head(response, response.body.size(), keepAlive) + response.body;
}

// Sends one answer over time. Owned by the server; deletes itself (later) once done.
// `done(true)` when everything meant to be sent was queued on the socket (or, for
// sendThenAbort, the connection was cut as planned); `done(false)` when the socket
// went away first. Destroying the writer never calls `done`.
class ResponseWriter : public QObject
{
public:
    using Done = std::function<void(bool completed, qint64 bytesSent)>;
    ResponseWriter(QTcpSocket *socket, QObject *parent, Done done);
    ~ResponseWriter() override;

    void setCloseAfter(bool close) { m_closeAfter = close; }

    void sendLater(const QByteArray &bytes, int delayMs);
    void trickle(const QByteArray &head, const QByteArray &body, int byteDelayMs);
    // head + prefix + `fillBytes` times 'x' + suffix, written as the socket drains.
    void stream(const QByteArray &head, const QByteArray &prefix, qint64 fillBytes,
                const QByteArray &suffix);
    void sendThenAbort(const QByteArray &bytes);

private:
    bool alive() const;
    void write(const QByteArray &bytes);
    void pump();
    void abortWhenFlushed();
    void finish(bool completed);

    QPointer<QTcpSocket> m_socket;
    Done m_done;
    QTimer m_timer;
    QByteArray m_pending; // trickle: bytes still to send
    qint64 m_fillLeft = 0;
    QByteArray m_suffix;
    qint64 m_sent = 0;
    bool m_closeAfter = false;
    bool m_finished = false;
};

} // namespace whop::sandbox::http
