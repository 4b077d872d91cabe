#include "auth/KeychainCheck.h"

namespace whop::auth {

namespace {
// A key no identity ever has (identities are "idn_…"); reading it never prompts, as there is
// nothing to unlock it for.
const QString ProbeKey = QStringLiteral("keychain-check");
} // namespace

void checkKeychain(const QString &service, QObject *context,
                   std::function<void(KeychainError::Kind)> done)
{
    auto *store = new CredentialStore(service, context);
    KeychainJob *job = store->read(ProbeKey);
    QObject::connect(job, &KeychainJob::finished, context,
                     [store, done = std::move(done)](const KeychainError &error) {
                         store->deleteLater();
                         done(error.kind == KeychainError::Kind::NotFound
                                  ? KeychainError::Kind::None
                                  : error.kind);
                     });
}

QString keychainStateName(KeychainError::Kind state)
{
    switch (state) {
    case KeychainError::Kind::None:
    case KeychainError::Kind::NotFound:
        return QStringLiteral("reachable");
    case KeychainError::Kind::Locked:
        return QStringLiteral("locked");
    case KeychainError::Kind::NoService:
        return QStringLiteral("missing");
    case KeychainError::Kind::Other:
        return QStringLiteral("failing");
    }
    return QStringLiteral("failing");
}

} // namespace whop::auth
