#include "sandbox/SandboxPrivate.h"

#include <QSslCertificate>
#include <QSslKey>

namespace whop::sandbox {

bool SandboxServer::listenLocalTls(const QSslCertificate &certificate, const QSslKey &key,
                                   quint16 port)
{
    if (certificate.isNull() || key.isNull())
        return false;
    // QAbstractHttpServer makes the listening server a QSslServer once sslSetup() was called.
    sslSetup(certificate, key);
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    if (!d->files->listenLocal(0)) // the storage host, as with listenLocal()
        return false;
    const QString oldOrigin = d->origin();
    d->tls = true;
    d->port = bound;
    d->users.rebaseAvatars(oldOrigin, d->origin());
    return true;
}

} // namespace whop::sandbox
