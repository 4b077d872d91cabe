#pragma once

// A loopback HTTP server that answers every request with 200, no Content-Length and a body of
// `bodyBytes` spaces streamed as fast as the client takes them, then closes: for the size caps
// that cannot rely on an announced length.

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace whop::test {

class StreamingServer
{
public:
    StreamingServer(qint64 bodyBytes, const QByteArray &contentType)
        : m_bodyBytes(bodyBytes), m_contentType(contentType)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                         [this] { answer(m_server.nextPendingConnection()); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
    // Bytes of body handed to the sockets so far (they may still sit in a socket buffer).
    qint64 bytesSent() const { return m_sent; }

private:
    void answer(QTcpSocket *socket)
    {
        auto left = std::make_shared<qint64>(m_bodyBytes);
        auto pump = [this, socket, left] {
            static const QByteArray chunk(64 * 1024, ' ');
            while (*left > 0 && socket->bytesToWrite() < 256 * 1024 &&
                   socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = std::min<qint64>(*left, chunk.size());
                m_sent += socket->write(chunk.constData(), n);
                *left -= n;
            }
            if (*left == 0)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pump] {
            if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + m_contentType +
                          "\r\nConnection: close\r\n\r\n");
            pump();
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    qint64 m_bodyBytes;
    QByteArray m_contentType;
    qint64 m_sent = 0;
};

} // namespace whop::test
