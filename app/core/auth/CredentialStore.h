#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace whop::auth {

// Why the OS secret store could not do what was asked, in the terms a person can act on.
struct KeychainError
{
    enum class Kind
    {
        None,
        NoService, // no Secret Service / keychain is running or reachable
        Locked,    // the keyring is locked, or access was denied
        NotFound,  // no entry under that key
        Other,
    };
    Kind kind = Kind::None;
    QString detail; // QtKeychain's own text, for the curious; never contains the secret

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const; // what happened and what to do
};

// Classifies QtKeychain's (often generic) error into the kinds above.
KeychainError classifyKeychainError(int qtKeychainError, const QString &errorString);

// Secrets in the operating system's secret store through QtKeychain: one entry per key under
// the application's service name. Everything is asynchronous. Entries chosen "for this session
// only" live in memory and vanish at exit. There is no plaintext fallback.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &key);
    void write(const QString &key, const QByteArray &secret);
    void remove(const QString &key);

    // Keeps the secret in memory for this run; read() answers from here first.
    void keepForSession(const QString &key, const QByteArray &secret);
    bool isSessionOnly(const QString &key) const { return m_session.contains(key); }

Q_SIGNALS:
    void readFinished(const QString &key, const QByteArray &secret,
                      const whop::auth::KeychainError &error);
    void writeFinished(const QString &key, const whop::auth::KeychainError &error);
    void removeFinished(const QString &key, const whop::auth::KeychainError &error);

private:
    QString m_service;
    QHash<QString, QByteArray> m_session;
};

} // namespace whop::auth

Q_DECLARE_METATYPE(whop::auth::KeychainError)
