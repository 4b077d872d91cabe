#pragma once

#include "auth/CredentialStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace whop::auth {

// Whether the OS secret store answers, found by reading an entry that is never written (under
// `service`): "not found" means it is there and open; the rest is CredentialStore's
// classification, including its Secret Service probe that tells a locked keyring from an empty
// one. Asynchronous: `done` runs later, in `context`'s thread, and not once `context` is gone.
// Kind::None stands for "reachable".
void checkKeychain(const QString &service, QObject *context,
                   std::function<void(KeychainError::Kind state)> done);

// "reachable", "locked", "missing" or "failing": for diagnostics, never translated.
QString keychainStateName(KeychainError::Kind state);

} // namespace whop::auth
