#pragma once

#include "auth/CredentialStore.h"
#include "auth/Identity.h"
#include "auth/Secret.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace whop::app {

// What reading an identity's keychain entry for use gave: the secret, or why it cannot be used,
// in words for the person.
struct StoredSecret
{
    Q_DECLARE_TR_FUNCTIONS(StoredSecret)
public:
    std::optional<auth::Secret> secret;
    QString problem;
};

// Reads `identity`'s keychain entry and checks that it may be used for that identity: an entry
// this app wrote, bound to the identity's API origin (identities.json alone must not decide where
// a token goes). An entry of an older version that auth::bindingOf lets the identity take over is
// rewritten with the origin. `done` runs later, in `context`'s thread, not once it is gone.
void readStoredSecret(auth::CredentialStore *store, const auth::Identity &identity,
                      QObject *context, std::function<void(const StoredSecret &)> done);

} // namespace whop::app
