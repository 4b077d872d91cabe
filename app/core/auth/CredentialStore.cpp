#include "auth/CredentialStore.h"

#include "auth/AuthLogging.h"
#include "auth/SecretServiceProbe.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace whop::auth {

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{}

void CredentialStore::keepForSession(const QString &key, const QByteArray &secret)
{
    m_session.insert(key, secret);
}

KeychainJob *CredentialStore::read(const QString &key)
{
    auto *job = new KeychainJob(KeychainJob::Operation::Read, key, this);
    if (m_session.contains(key)) {
        const QByteArray secret = m_session.value(key);
        QTimer::singleShot(0, job, [job, secret] { job->finish(secret, {}); });
        return job;
    }
    auto *read = new QKeychain::ReadPasswordJob(m_service, job);
    read->setAutoDelete(true);
    read->setKey(key);
    connect(read, &QKeychain::Job::finished, job, [job, read] {
        const KeychainError error = classifyKeychainError(read->error(), read->errorString());
        if (error.kind == KeychainError::Kind::NotFound) {
            // libsecret answers "not found" for a locked collection it cannot unlock (no
            // prompt possible): ask the Secret Service, so the person is told to unlock it
            // rather than to connect again.
            probeDefaultCollectionLocked(job, [job, error](bool locked) {
                KeychainError e = error;
                if (locked)
                    e.kind = KeychainError::Kind::Locked;
                qCInfo(lcAuth) << "keychain read failed:" << static_cast<int>(e.kind);
                job->finish({}, e);
            });
            return;
        }
        if (error.isError())
            qCInfo(lcAuth) << "keychain read failed:" << static_cast<int>(error.kind);
        job->finish(read->binaryData(), error);
    });
    read->start();
    return job;
}

KeychainJob *CredentialStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new KeychainJob(KeychainJob::Operation::Write, key, this);
    auto *write = new QKeychain::WritePasswordJob(m_service, job);
    write->setAutoDelete(true);
    write->setKey(key);
    write->setBinaryData(secret);
    connect(write, &QKeychain::Job::finished, job, [this, job, write, key] {
        const KeychainError error = classifyKeychainError(write->error(), write->errorString());
        if (!error.isError())
            m_session.remove(key); // the keychain copy now rules
        else
            qCInfo(lcAuth) << "keychain write failed:" << static_cast<int>(error.kind);
        job->finish({}, error);
    });
    write->start();
    return job;
}

KeychainJob *CredentialStore::remove(const QString &key)
{
    auto *job = new KeychainJob(KeychainJob::Operation::Remove, key, this);
    auto *remove = new QKeychain::DeletePasswordJob(m_service, job);
    remove->setAutoDelete(true);
    remove->setKey(key);
    connect(remove, &QKeychain::Job::finished, job, [this, job, remove, key] {
        KeychainError error = classifyKeychainError(remove->error(), remove->errorString());
        if (error.isError() && error.kind != KeychainError::Kind::NotFound) {
            qCInfo(lcAuth) << "keychain remove failed:" << static_cast<int>(error.kind);
            job->finish({}, error);
            return;
        }
        // libsecret reports success (or "not found") for a delete in a locked collection it
        // cannot unlock, and the entry stays. Only an unlocked collection means it is gone.
        probeDefaultCollectionLocked(job, [this, job, key](bool locked) {
            if (locked) {
                qCInfo(lcAuth) << "keychain remove failed: the collection is locked";
                job->finish({}, KeychainError{KeychainError::Kind::Locked,
                                              QStringLiteral("the collection is locked")});
                return;
            }
            m_session.remove(key); // already gone is what was wanted
            job->finish({}, {});
        });
    });
    remove->start();
    return job;
}

} // namespace whop::auth
