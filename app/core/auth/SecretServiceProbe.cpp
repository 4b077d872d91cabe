#include "auth/SecretServiceProbe.h"

#include <QTimer>

#if defined(WHOP_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace whop::auth {

void probeDefaultCollectionLocked(QObject *context, std::function<void(bool locked)> done)
{
#if defined(WHOP_HAVE_QTDBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage get = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, 5000), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [watcher, done = std::move(done)] {
                             watcher->deleteLater();
                             const QDBusPendingReply<QDBusVariant> reply = *watcher;
                             done(!reply.isError() && reply.value().variant().toBool());
                         });
        return;
    }
#endif
    QTimer::singleShot(0, context, [done = std::move(done)] { done(false); });
}

} // namespace whop::auth
