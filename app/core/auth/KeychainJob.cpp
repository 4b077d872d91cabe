#include "auth/KeychainJob.h"

namespace whop::auth {

KeychainJob::KeychainJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent), m_operation(operation), m_key(key)
{}

void KeychainJob::finish(const QByteArray &secret, const KeychainError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_secret = error.isError() ? QByteArray() : secret;
    m_error = error;
    Q_EMIT finished(m_error);
    deleteLater();
}

} // namespace whop::auth
