#pragma once

// Locks and unlocks the test keyring's login collection over D-Bus, as the person would with
// their desktop's keyring: for tests that run under their own dbus-run-session and
// scripts/with-keyring.sh, so that locking cannot disturb other tests.

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QThread>

#include <csignal>
#include <sys/types.h>

// The Secret Service's Secret struct (oayays), for handing gnome-keyring the unlock password.
struct MasterSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(MasterSecret)

inline QDBusArgument &operator<<(QDBusArgument &arg, const MasterSecret &s)
{
    arg.beginStructure();
    arg << s.session << s.parameters << s.value << s.contentType;
    arg.endStructure();
    return arg;
}

inline const QDBusArgument &operator>>(const QDBusArgument &arg, MasterSecret &s)
{
    arg.beginStructure();
    arg >> s.session >> s.parameters >> s.value >> s.contentType;
    arg.endStructure();
    return arg;
}

namespace whop::test {

inline bool lockLoginCollection(QString *why)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath>{
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
    if (reply.type() == QDBusMessage::ErrorMessage)
        *why = reply.errorMessage();
    return reply.type() != QDBusMessage::ErrorMessage;
}

// A locked collection is normally unlocked through a prompt, which needs a display.
// gnome-keyring also takes the password over D-Bus (the interface its own tools use), which
// unlocks the same collection in place, as the person typing the password would.
inline bool unlockLoginCollection(QString *why)
{
    const QByteArray password = qgetenv("WHOP_TEST_KEYRING_PASSWORD");
    if (password.isEmpty()) {
        *why = QStringLiteral("WHOP_TEST_KEYRING_PASSWORD is not set");
        return false;
    }
    qDBusRegisterMetaType<MasterSecret>();
    QDBusMessage open = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = QDBusConnection::sessionBus().call(open, QDBus::Block, 10000);
    if (opened.type() == QDBusMessage::ErrorMessage || opened.arguments().size() < 2) {
        *why = opened.errorMessage();
        return false;
    }
    MasterSecret master;
    master.session = opened.arguments().at(1).value<QDBusObjectPath>();
    master.value = password;
    master.contentType = QStringLiteral("text/plain");
    QDBusMessage unlock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(
                  QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login")))
           << QVariant::fromValue(master);
    const QDBusMessage done = QDBusConnection::sessionBus().call(unlock, QDBus::Block, 10000);
    if (done.type() == QDBusMessage::ErrorMessage)
        *why = done.errorMessage();
    return done.type() != QDBusMessage::ErrorMessage;
}

// Makes the keychain slow the way a busy or swapped-out Secret Service is: the daemon that owns
// org.freedesktop.secrets on this test's own session bus is stopped (SIGSTOP), so every request
// waits, and answers in order once it runs again (resume(), or at the end of the scope). Only for
// tests under their own dbus-run-session + scripts/with-keyring.sh, whose daemon they started.
class KeyringPause
{
public:
    KeyringPause()
    {
        // The daemon may still be claiming its name when the test starts.
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        const QString name = QStringLiteral("org.freedesktop.secrets");
        uint pid = 0;
        QDeadlineTimer deadline(10000);
        while (pid == 0 && bus && !deadline.hasExpired()) {
            const QDBusReply<uint> reply = bus->servicePid(name);
            if (reply.isValid())
                pid = reply.value();
            else
                QThread::msleep(20);
        }
        if (pid > 1 && ::kill(pid_t(pid), SIGSTOP) == 0)
            m_pid = pid_t(pid);
    }
    ~KeyringPause() { resume(); }
    KeyringPause(const KeyringPause &) = delete;
    KeyringPause &operator=(const KeyringPause &) = delete;

    bool isPaused() const { return m_pid > 0; }
    void resume()
    {
        if (m_pid > 0)
            ::kill(std::exchange(m_pid, 0), SIGCONT);
    }

private:
    pid_t m_pid = 0;
};

} // namespace whop::test
