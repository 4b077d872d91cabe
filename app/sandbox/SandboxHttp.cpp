#include "sandbox/SandboxHttp.h"

#include <QTcpSocket>

namespace whop::sandbox::http {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024; // at most this much waits in the socket's buffer

const QByteArray &fillChunk()
{
    static const QByteArray chunk(ChunkSize, 'x');
    return chunk;
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray head(const Response &response, qint64 contentLength, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

ResponseWriter::ResponseWriter(QTcpSocket *socket, QObject *parent, Done done)
    : QObject(parent), m_socket(socket), m_done(std::move(done))
{
    m_timer.setTimerType(Qt::PreciseTimer); // never fires early: delays are lower bounds
    if (socket) {
        connect(socket, &QAbstractSocket::disconnected, this, [this] { finish(false); });
        connect(socket, &QObject::destroyed, this, [this] { finish(false); });
    }
}

ResponseWriter::~ResponseWriter() = default;

bool ResponseWriter::alive() const
{
    return !m_finished && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseWriter::write(const QByteArray &bytes)
{
    m_sent += m_socket->write(bytes);
}

void ResponseWriter::sendLater(const QByteArray &bytes, int delayMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this, bytes] {
        if (!alive())
            return finish(false);
        write(bytes);
        finish(true);
    });
    m_timer.start(qMax(0, delayMs));
}

void ResponseWriter::trickle(const QByteArray &headBytes, const QByteArray &body, int byteDelayMs)
{
    if (!alive())
        return finish(false);
    write(headBytes);
    m_pending = body;
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!alive())
            return finish(false);
        if (!m_pending.isEmpty()) {
            write(m_pending.first(1));
            m_pending.remove(0, 1);
        }
        if (m_pending.isEmpty())
            finish(true);
    });
    m_timer.start(qMax(1, byteDelayMs));
}

void ResponseWriter::stream(const QByteArray &headBytes, const QByteArray &prefix, qint64 fillBytes,
                            const QByteArray &suffix)
{
    if (!alive())
        return finish(false);
    write(headBytes + prefix);
    m_fillLeft = fillBytes;
    m_suffix = suffix;
    connect(m_socket, &QIODevice::bytesWritten, this, [this] { pump(); });
    pump();
}

void ResponseWriter::pump()
{
    if (!alive())
        return;
    while (m_fillLeft > 0 && m_socket->bytesToWrite() < HighWater) {
        const qint64 n = qMin(m_fillLeft, ChunkSize);
        write(n == ChunkSize ? fillChunk() : fillChunk().first(n));
        m_fillLeft -= n;
    }
    if (m_fillLeft == 0) {
        write(m_suffix);
        finish(true);
    }
}

void ResponseWriter::sendThenAbort(const QByteArray &bytes)
{
    if (!alive())
        return finish(false);
    write(bytes);
    m_socket->flush();
    connect(m_socket, &QIODevice::bytesWritten, this, [this] { abortWhenFlushed(); });
    abortWhenFlushed();
}

void ResponseWriter::abortWhenFlushed()
{
    if (!alive() || m_socket->bytesToWrite() > 0)
        return;
    // Cut the connection without a goodbye; the client has half a body.
    // abort() emits disconnected: that is the plan here, not a failure.
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    finish(true);
}

void ResponseWriter::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        if (completed && m_closeAfter)
            m_socket->disconnectFromHost();
    }
    deleteLater();
    if (Done done = std::move(m_done))
        done(completed, m_sent);
}

} // namespace whop::sandbox::http
