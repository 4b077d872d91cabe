#pragma once

#include "CredentialStore.h"

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

} // namespace whop::test
