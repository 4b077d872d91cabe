#pragma once

#include "auth/KeychainError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace whop::auth {

class CredentialStore;

// One request to the keychain (read, write or remove one entry), as CredentialStore hands it
// out: it reports once, with finished(), and deletes itself afterwards. Whoever asked listens to
// this object only, so no reply meant for another request has to be filtered out.
class KeychainJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };

    Operation operation() const { return m_operation; }
    const QString &key() const { return m_key; }
    // What the entry holds (a finished read without error); empty otherwise.
    const QByteArray &secret() const { return m_secret; }
    const KeychainError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const whop::auth::KeychainError &error);

private:
    friend class CredentialStore;
    KeychainJob(Operation operation, const QString &key, QObject *parent);
    void finish(const QByteArray &secret, const KeychainError &error);

    Operation m_operation;
    QString m_key;
    QByteArray m_secret;
    KeychainError m_error;
    bool m_finished = false;
};

} // namespace whop::auth
