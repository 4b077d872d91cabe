#include "CredentialStore.h"

#include "SecretServiceProbe.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcAuth, "whop.auth", QtInfoMsg)

namespace whop::auth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("whop::auth::CredentialStore", text);
}
} // namespace

QString KeychainError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoService:
        return tr("No keychain is available to keep your token safe. Start a Secret Service "
                  "provider (GNOME Keyring, KWallet or KeePassXC with Secret Service "
                  "integration); in Flatpak, allow access to org.freedesktop.secrets. You can "
                  "also keep the token for this session only.");
    case Kind::Locked:
        return tr("The keychain is locked or refused access. Unlock it (for example in GNOME "
                  "Keyring or KWallet) and try again, or keep the token for this session only.");
    case Kind::NotFound:
        return tr("No saved token was found in the keychain. Connect again.");
    case Kind::Other:
        return tr("The keychain reported a problem: %1").arg(detail);
    }
    return detail;
}

KeychainError classifyKeychainError(int code, const QString &errorString)
{
    KeychainError e;
    e.detail = errorString;
    const QString text = errorString.toLower();
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        e.kind = KeychainError::Kind::None;
        return e;
    case QKeychain::EntryNotFound:
        e.kind = KeychainError::Kind::NotFound;
        return e;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = KeychainError::Kind::Locked;
        return e;
    case QKeychain::NoBackendAvailable:
        e.kind = KeychainError::Kind::NoService;
        return e;
    default:
        break;
    }
    // On Linux QtKeychain reports a missing Secret Service and a locked collection as
    // OtherError; the D-Bus and libsecret texts tell them apart.
    if (text.contains(QLatin1String("not provided by any .service")) ||
        text.contains(QLatin1String("serviceunknown")) ||
        text.contains(QLatin1String("no such interface")) ||
        text.contains(QLatin1String("was not provided")) ||
        text.contains(QLatin1String("cannot autolaunch")) ||
        text.contains(QLatin1String("unable to autolaunch")) ||
        text.contains(QLatin1String("no secret service")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("not connected")) ||
        text.contains(QLatin1String("no backend")) || text.contains(QLatin1String("dbus")) ||
        text.contains(QLatin1String("d-bus")))
        e.kind = KeychainError::Kind::NoService;
    else if (text.contains(QLatin1String("lock")) || text.contains(QLatin1String("denied")) ||
             text.contains(QLatin1String("dismissed")) || text.contains(QLatin1String("cancel")))
        e.kind = KeychainError::Kind::Locked;
    else if (text.contains(QLatin1String("not found")) || text.contains(QLatin1String("no match")))
        e.kind = KeychainError::Kind::NotFound;
    else
        e.kind = KeychainError::Kind::Other;
    return e;
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{}

void CredentialStore::keepForSession(const QString &key, const QByteArray &secret)
{
    m_session.insert(key, secret);
}

void CredentialStore::read(const QString &key)
{
    if (m_session.contains(key)) {
        const QByteArray secret = m_session.value(key);
        QTimer::singleShot(0, this, [this, key, secret] { Q_EMIT readFinished(key, secret, {}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const KeychainError error = classifyKeychainError(job->error(), job->errorString());
        if (error.kind == KeychainError::Kind::NotFound) {
            // libsecret answers "not found" for a locked collection it cannot unlock (no
            // prompt possible): ask the Secret Service, so the person is told to unlock it
            // rather than to connect again.
            probeDefaultCollectionLocked(this, [this, key, error](bool locked) {
                KeychainError e = error;
                if (locked)
                    e.kind = KeychainError::Kind::Locked;
                qCInfo(lcAuth) << "keychain read failed:" << static_cast<int>(e.kind);
                Q_EMIT readFinished(key, QByteArray(), e);
            });
            return;
        }
        if (error.isError())
            qCInfo(lcAuth) << "keychain read failed:" << static_cast<int>(error.kind);
        Q_EMIT readFinished(key, error.isError() ? QByteArray() : job->binaryData(), error);
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const KeychainError error = classifyKeychainError(job->error(), job->errorString());
        if (!error.isError())
            m_session.remove(key); // the keychain copy now rules
        else
            qCInfo(lcAuth) << "keychain write failed:" << static_cast<int>(error.kind);
        Q_EMIT writeFinished(key, error);
    });
    job->start();
}

void CredentialStore::remove(const QString &key)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        KeychainError error = classifyKeychainError(job->error(), job->errorString());
        if (error.kind == KeychainError::Kind::NotFound)
            error = {}; // already gone is what was wanted
        Q_EMIT removeFinished(key, error);
    });
    job->start();
}

} // namespace whop::auth
