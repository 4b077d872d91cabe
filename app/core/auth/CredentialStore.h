#pragma once

#include "auth/KeychainError.h"
#include "auth/KeychainJob.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace whop::auth {

// Secrets in the operating system's secret store through QtKeychain: one entry per key under
// the application's service name. Everything is asynchronous: each request returns its own
// KeychainJob, which reports once and deletes itself. Entries chosen "for this session only" live
// in memory and vanish at exit. There is no plaintext fallback.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    KeychainJob *read(const QString &key);
    // A successful write drops the in-memory copy of `key`: the keychain's now rules.
    KeychainJob *write(const QString &key, const QByteArray &secret);
    // An entry that is not there counts as removed. The in-memory copy goes once the keychain has
    // answered that the entry is gone.
    KeychainJob *remove(const QString &key);

    // Keeps the secret in memory for this run; read() answers from here first.
    void keepForSession(const QString &key, const QByteArray &secret);
    bool isSessionOnly(const QString &key) const { return m_session.contains(key); }
    // Drops the in-memory copy only (a session-only entry has nothing in the keychain).
    void forgetSession(const QString &key) { m_session.remove(key); }

private:
    QString m_service;
    QHash<QString, QByteArray> m_session;
};

} // namespace whop::auth
