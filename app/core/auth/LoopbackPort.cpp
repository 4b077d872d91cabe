#include "auth/LoopbackPort.h"

#include <QRandomGenerator>
#include <QTcpServer>

namespace whop::auth {

bool isLoopbackPortFree(quint16 port)
{
    if (port == 0)
        return false;
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

quint16 pickLoopbackPort(quint16 avoid)
{
    // Random rather than the first free one: two copies of the app (two users of one computer)
    // should not both pick the same port.
    constexpr int Tries = 64;
    for (int i = 0; i < Tries; ++i) {
        const auto port = quint16(
            QRandomGenerator::global()->bounded(int(FirstDynamicPort), int(LastDynamicPort) + 1));
        if (port != avoid && isLoopbackPortFree(port))
            return port;
    }
    return 0;
}

} // namespace whop::auth
