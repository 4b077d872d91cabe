#pragma once

#include "auth/CredentialStore.h"
#include "auth/IdentityRegistry.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace whop::test {

// What one keychain request answered.
struct KeychainOutcome
{
    bool finished = false;
    QByteArray secret; // for a read
    auth::KeychainError error;
};

// Waits for the job's answer without blocking the event loop (the job deletes itself after it).
inline KeychainOutcome waitForJob(auth::KeychainJob *job, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<KeychainOutcome>();
    QObject::connect(job, &auth::KeychainJob::finished, [outcome, job] {
        outcome->finished = true;
        outcome->secret = job->secret();
        outcome->error = job->error();
    });
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

// Removes every identity of this test program: its keychain entries (under the app's own service
// name, as the session stores them) and identities.json.
inline void forgetStoredIdentities()
{
    auth::IdentityRegistry registry;
    registry.load();
    auth::CredentialStore keychain(QStringLiteral("com.whop.ProfileEditor"));
    for (const auto &i : registry.identities())
        (void)waitForJob(keychain.remove(i.id), 5000);
    QFile::remove(registry.path());
}

} // namespace whop::test
